import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The real messages in tests. WXT's fake browser has no `i18n`, so `getMessage` is stubbed with what the build
 * ships: each `locales/<language>.yml` turned into `_locales/<language>/messages.json` by @wxt-dev/i18n, read the
 * way Chrome reads it (names ignore case, `$1`…`$9` take the substitutions, `$$` is a dollar sign).
 */

export const LANGUAGES = ['en', 'zh_CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What `browser.i18n.getUILanguage()` answers in a browser of that language. */
const UI_LANGUAGE: Record<Language, string> = { en: 'en-US', zh_CN: 'zh-CN' };

export const localeFile = (language: Language) => join(process.cwd(), 'locales', `${language}.yml`);

const cache = new Map<Language, Map<string, string>>();

/** The messages.json the build writes for a language, as name → message. */
export function chromeMessages(language: Language): Map<string, string> {
  let messages = cache.get(language);
  if (!messages) {
    const parsed = parseMessagesText(readFileSync(localeFile(language), 'utf8'), 'YAML');
    messages = new Map();
    for (const [name, entry] of Object.entries(generateChromeMessages(parsed))) {
      let text = entry.message;
      for (const [placeholder, value] of Object.entries(entry.placeholders ?? {})) {
        text = text.replaceAll(new RegExp(`\\$${placeholder}\\$`, 'gi'), value.content);
      }
      messages.set(name.toLowerCase(), text);
    }
    cache.set(language, messages);
  }
  return messages;
}

function getMessage(language: Language, name: string, substitutions?: string | string[]): string {
  const message = chromeMessages(language).get(name.toLowerCase());
  // Chrome answers "" for an unknown name; a test would rather hear about the typo.
  if (message === undefined) throw new Error(`no message named "${name}" in locales/${language}.yml`);
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
  );
}

/** The browser's language from now on (the setup goes back to English after each test). */
export function setLanguage(language: Language): void {
  Object.assign(fakeBrowser.i18n, {
    getMessage: (name: string, substitutions?: string | string[]) => getMessage(language, name, substitutions),
    getUILanguage: () => UI_LANGUAGE[language],
  });
}
