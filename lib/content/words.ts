/**
 * The words the always-loaded script shows (the "Not interested" button), for each language the extension has.
 * In a page, the first `i18n.getMessage` loads every message of the extension (4–10 ms on each page load, measured),
 * so the button takes its words from here, chosen by the browser's UI language the way Chrome chooses a locale
 * (exact, then the language alone, else English). tests/unit/content/words.test.ts keeps them equal to locales/*.yml.
 */
export const CORE_WORDS = {
  en: {
    notInterested: 'Not interested',
    notInterestedTitle: 'Not interested in this video ({shortcut}): tells the site to show fewer like it',
  },
  zh_CN: {
    notInterested: '不感兴趣',
    notInterestedTitle: '对这个视频不感兴趣（{shortcut}）：让网站少推荐类似内容',
  },
} as const;

export type CoreWords = (typeof CORE_WORDS)[keyof typeof CORE_WORDS];

export function coreWords(uiLanguage: string): CoreWords {
  const tag = uiLanguage.replace('-', '_');
  const locales = CORE_WORDS as Record<string, CoreWords>;
  return locales[tag] ?? locales[tag.split('_')[0] ?? ''] ?? CORE_WORDS.en;
}
