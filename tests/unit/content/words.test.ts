import { expect, test } from 'vitest';
import { CORE_WORDS, coreWords } from '../../../lib/content/words';
import { chromeMessages, LANGUAGES } from '../../i18n';

test("the button words are the locale files' own, in every language the extension has", () => {
  expect(Object.keys(CORE_WORDS).sort()).toEqual([...LANGUAGES].sort());
  for (const language of LANGUAGES) {
    const messages = chromeMessages(language);
    expect(CORE_WORDS[language].notInterested, language).toBe(messages.get('controls_notinterested'));
    expect(CORE_WORDS[language].notInterestedTitle, language).toBe(messages.get('controls_notinterestedtitle'));
  }
});

test('the language is chosen as Chrome chooses a locale: exact, then the language alone, else English', () => {
  expect(coreWords('zh-CN')).toBe(CORE_WORDS.zh_CN);
  expect(coreWords('zh_CN')).toBe(CORE_WORDS.zh_CN);
  expect(coreWords('zh-TW')).toBe(CORE_WORDS.en);
  expect(coreWords('en-GB')).toBe(CORE_WORDS.en);
  expect(coreWords('fr')).toBe(CORE_WORDS.en);
});
