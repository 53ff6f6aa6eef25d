import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { parseYAML } from 'confbox';
import { describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { localName, TRANSLATED_NAMES } from '../../components/i18n';
import { SOURCE_OVERRIDE_PHRASE } from '../../components/prompts/strings';
import { OVERRIDE_PHRASE } from '../../lib/limits/decide';
import { SITES } from '../../lib/sites/registry';
import { chromeMessages, LANGUAGES, type Language, localeFile, setLanguage } from '../i18n';

// What the build turns each locales/<language>.yml into: _locales/<language>/messages.json.
const built = (language: Language) =>
  generateChromeMessages(parseMessagesText(readFileSync(localeFile(language), 'utf8'), 'YAML'));

/** What a translator must carry over unchanged: named placeholders, Chrome's $1…$9, and the markup tags. */
function placeholders(message: string): string[] {
  const named = [...message.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map(([, name]) => `{${name}}`);
  const positional = [...message.matchAll(/(?<!\$)\$([1-9])/g)].map(([, n]) => `$${n}`);
  const tags = [...message.matchAll(/<\/?([a-z]+)>/g)].map(([tag]) => tag);
  return [...new Set([...named, ...positional, ...tags])].sort();
}

/** Every leaf of the YAML file, as the parser read it (a number or boolean there would be a quoting slip). */
function leaves(value: unknown, path: string[] = []): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => leaves(inner, [...path, key]));
  }
  return [[path.join('.'), value]];
}

const english = built('en');
const names = Object.keys(english);

describe('the locale files', () => {
  test('English has every user-visible message; a few hundred of them', () => {
    expect(names.length).toBeGreaterThan(300);
  });

  test.each(LANGUAGES)('%s: every value is a non-empty string', (language) => {
    const raw = parseYAML(readFileSync(localeFile(language), 'utf8'));
    for (const [path, value] of leaves(raw)) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
    }
  });

  test.each(LANGUAGES)('%s: message names are ones browsers accept, unique regardless of case', (language) => {
    const keys = Object.keys(built(language));
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((key) => key.toLowerCase())).size).toBe(keys.length);
  });

  test("no message takes Chrome's positional $1…$9 (a content script outliving a reload keeps whole templates)", () => {
    for (const language of LANGUAGES) {
      for (const [name, message] of Object.entries(built(language))) {
        expect(message.message, `${language} ${name}`).not.toMatch(/(?<!\$)\$[1-9]/);
      }
    }
  });

  test('Chinese has exactly the English messages', () => {
    expect(Object.keys(built('zh_CN')).sort()).toEqual([...names].sort());
  });

  test('each translation keeps the placeholders and markup of the English', () => {
    const chinese = built('zh_CN');
    const differences = names.filter(
      (name) => placeholders(english[name]?.message ?? '').join() !== placeholders(chinese[name]?.message ?? '').join(),
    );
    expect(differences).toEqual([]);
  });

  test('a plural has the same placeholders in each of its forms', () => {
    for (const language of LANGUAGES) {
      for (const [name, { message }] of Object.entries(built(language))) {
        const forms = message.split(' | ');
        if (forms.length === 1) continue;
        // "One looser change…" may say the count in words; the other forms all carry it.
        const [, ...rest] = forms;
        for (const form of rest)
          expect(placeholders(form), `${language} ${name}`).toEqual(placeholders(forms.at(-1) ?? ''));
      }
    }
  });

  test('Chinese text uses Chinese punctuation, not ASCII commas or full stops after Chinese characters', () => {
    const slips = Object.entries(built('zh_CN'))
      .filter(([, { message }]) => /\p{Script=Han}[,.;:?!]/u.test(message))
      .map(([name]) => name);
    expect(slips).toEqual([]);
  });

  test.each(LANGUAGES)('%s: the locale tag is one Intl understands', (language) => {
    const tag = chromeMessages(language).get('locale') ?? '';
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
  });

  test('the manifest names only messages that exist, within the stores’ lengths', () => {
    const config = readFileSync(join(process.cwd(), 'wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map(([, name]) => name ?? '');
    expect(used).toEqual(['extension_name', 'extension_description', 'extension_notInterestedCommand']);
    expect(config).toMatch(/default_locale: 'en'/);
    for (const language of LANGUAGES) {
      const messages = chromeMessages(language);
      for (const name of used) expect(messages.get(name.toLowerCase()), `${language} ${name}`).toBeTruthy();
      expect(messages.get('extension_name')?.length).toBeLessThanOrEqual(75);
      expect(messages.get('extension_description')?.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('names and phrases that come from the rest of the extension', () => {
  test('every site of the registry has a translated name, the English one being the registry’s', () => {
    for (const site of SITES) {
      expect(TRANSLATED_NAMES).toContain(site.name);
      expect(localName(site.name)).toBe(site.name);
    }
    expect(localName('All feeds')).toBe('All feeds');
    expect(localName('Some new site')).toBe('Some new site');
  });

  test('in Chinese, RedNote is 小红书 and the product names stay', () => {
    setLanguage('zh_CN');
    expect(SITES.map((site) => localName(site.name))).toEqual([
      'TikTok',
      'YouTube Shorts',
      'Instagram Reels',
      'Facebook Reels',
      '小红书',
    ]);
    expect(localName('All feeds')).toBe('全部信息流');
  });

  test('the override sentence the rules ask for is the one the prompt translates', () => {
    expect(SOURCE_OVERRIDE_PHRASE).toBe(OVERRIDE_PHRASE);
    expect(chromeMessages('en').get('prompts_overridephrase')).toBe(OVERRIDE_PHRASE);
  });
});

describe('the test stub reads messages as Chrome does', () => {
  // WXT types getMessage with the names of public/_locales, which this project does not have.
  const getMessage = (name: string, substitutions?: string[]) =>
    (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(name, substitutions);

  test('names ignore case; $1 takes a substitution and $$ is a dollar sign', () => {
    setLanguage('en');
    expect(getMessage('POPUP_TODAY')).toBe('Today');
    chromeMessages('en').set('test_dollars', 'costs $$$1');
    expect(getMessage('test_dollars', ['5'])).toBe('costs $5');
    chromeMessages('en').delete('test_dollars');
  });

  test('an unknown name fails the test rather than showing nothing', () => {
    expect(() => getMessage('popup_nothing_here')).toThrow(/no message named/);
  });
});
