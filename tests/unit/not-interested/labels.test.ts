import { describe, expect, test } from 'vitest';
import {
  DONT_RECOMMEND_CHANNEL,
  type LabelTable,
  matchesLabel,
  NOT_INTERESTED,
  normaliseLabel,
  SHOW_LESS,
  UNDO,
} from '../../../lib/not-interested/labels';

const TABLES: [string, LabelTable][] = [
  ['NOT_INTERESTED', NOT_INTERESTED],
  ['DONT_RECOMMEND_CHANNEL', DONT_RECOMMEND_CHANNEL],
  ['SHOW_LESS', SHOW_LESS],
  ['UNDO', UNDO],
];
const REQUIRED = ['en', 'es', 'fr', 'de', 'pt', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'ru'];

describe('normaliseLabel', () => {
  test('collapses whitespace (incl. NBSP), lower-cases, unifies apostrophes, drops bidi marks', () => {
    expect(normaliseLabel('  Don\u2019t\u00a0recommend \n this   CHANNEL ')).toBe("don't recommend this channel");
    expect(normaliseLabel("\u200eDon't recommend this channel\u200f")).toBe("don't recommend this channel");
    expect(normaliseLabel('Ｎｏｔ interested')).toBe('not interested');
    expect(normaliseLabel(null)).toBe('');
  });
});

describe.each(TABLES)('%s', (_name, table) => {
  test('covers the required languages', () => {
    for (const lang of REQUIRED) expect(table[lang]?.length ?? 0, lang).toBeGreaterThan(0);
  });

  test.each(Object.entries(table))('%s labels match as shown, in any case and spacing', (_lang, labels) => {
    for (const label of labels) {
      expect(matchesLabel(label, table), label).toBe(true);
      expect(matchesLabel(` ${label.toUpperCase()}\u00a0`, table), label).toBe(true);
      expect(matchesLabel(label.replace(/ /g, '  '), table), label).toBe(true);
    }
  });
});

describe('matchesLabel', () => {
  test('accepts straight and curly apostrophes alike', () => {
    for (const text of ["Don't recommend this channel", 'Don’t recommend this channel', "Don't recommend channel"]) {
      expect(matchesLabel(text, DONT_RECOMMEND_CHANNEL), text).toBe(true);
    }
    expect(matchesLabel("Ça ne m'intéresse pas", NOT_INTERESTED)).toBe(true);
    expect(matchesLabel('Ça ne m’intéresse pas', NOT_INTERESTED)).toBe(true);
  });

  test('one example per language', () => {
    const examples: [string, LabelTable][] = [
      ['Not interested', NOT_INTERESTED],
      ['No me interesa', NOT_INTERESTED],
      ['Pas intéressé(e)', NOT_INTERESTED],
      ['Kein Interesse', NOT_INTERESTED],
      ['Não tenho interesse', NOT_INTERESTED],
      ['興味なし', NOT_INTERESTED],
      ['관심 없음', NOT_INTERESTED],
      ['不感兴趣', NOT_INTERESTED],
      ['不感興趣', NOT_INTERESTED],
      ['Не интересует', NOT_INTERESTED],
      ['チャンネルをおすすめに表示しない', DONT_RECOMMEND_CHANNEL],
      ['Не рекомендовать видео с этого канала', DONT_RECOMMEND_CHANNEL],
      ['Не рекомендувати цей канал', DONT_RECOMMEND_CHANNEL],
      ['Ver menos', SHOW_LESS],
      ['Weniger anzeigen', SHOW_LESS],
      ['Hiển thị ít hơn', SHOW_LESS],
      ['Rückgängig machen', UNDO],
      ['元に戻す', UNDO],
    ];
    for (const [text, table] of examples) expect(matchesLabel(text, table), text).toBe(true);
  });

  test('never matches a part, a neighbour or nothing', () => {
    expect(matchesLabel('Show more', SHOW_LESS)).toBe(false);
    expect(matchesLabel('Ver más', SHOW_LESS)).toBe(false);
    expect(matchesLabel('Not interested in this channel', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('interested', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('Hide reel', SHOW_LESS)).toBe(false);
    expect(matchesLabel('Report', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('   ', UNDO)).toBe(false);
  });

  test('the item tables share no label (an icon match is refused when the text names another item)', () => {
    const items = [NOT_INTERESTED, DONT_RECOMMEND_CHANNEL, SHOW_LESS];
    for (const table of items) {
      for (const other of items.filter((candidate) => candidate !== table)) {
        for (const label of Object.values(table).flat()) expect(matchesLabel(label, other), label).toBe(false);
      }
    }
  });
});
