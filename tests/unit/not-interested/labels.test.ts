import { describe, expect, test } from 'vitest';
import * as labels from '../../../lib/not-interested/labels';
import {
  DONT_RECOMMEND_CHANNEL,
  LABEL_TABLES,
  type LabelTable,
  labelsOf,
  MORE,
  MORE_ACTIONS,
  matchesAnyLabel,
  matchesLabel,
  NEXT_CARD,
  NOT_INTERESTED,
  normaliseLabel,
  SHOW_LESS,
  UNDO,
} from '../../../lib/not-interested/labels';

const TABLES = Object.entries(LABEL_TABLES);
/** The menu items and the Undo are looked for in every language the extension expects users to browse in. */
const REQUIRED = ['en', 'es', 'fr', 'de', 'pt', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'ru'];
const ITEM_TABLES: [string, LabelTable][] = [
  ['NOT_INTERESTED', NOT_INTERESTED],
  ['DONT_RECOMMEND_CHANNEL', DONT_RECOMMEND_CHANNEL],
  ['SHOW_LESS', SHOW_LESS],
  ['UNDO', UNDO],
];

describe('normaliseLabel', () => {
  test('collapses whitespace (incl. NBSP), lower-cases, unifies apostrophes, drops bidi marks', () => {
    expect(normaliseLabel('  Don\u2019t\u00a0recommend \n this   CHANNEL ')).toBe("don't recommend this channel");
    expect(normaliseLabel("\u200eDon't recommend this channel\u200f")).toBe("don't recommend this channel");
    expect(normaliseLabel('Ｎｏｔ interested')).toBe('not interested');
    expect(normaliseLabel(null)).toBe('');
  });

  test('reads an icon-font glyph (private use areas) as a space, so a row of icon and label still matches', () => {
    expect(normaliseLabel('\u{F0381}Show less')).toBe('show less');
    expect(normaliseLabel('\uE90AShow\uE90Aless')).toBe('show less');
    expect(matchesLabel('\u{F0381} Show less', SHOW_LESS)).toBe(true);
    expect(matchesLabel('\u{F0381}Show more', SHOW_LESS)).toBe(false);
  });

  test('drops a trailing full stop, ellipsis or colon, but keeps a question or exclamation mark', () => {
    expect(normaliseLabel('Show less.')).toBe('show less');
    expect(normaliseLabel('Share to…')).toBe('share to');
    expect(normaliseLabel('不感兴趣。')).toBe('不感兴趣');
    expect(normaliseLabel('Not interested?')).toBe('not interested?');
    expect(normaliseLabel('Not interested!')).toBe('not interested!');
  });
});

describe('every label table', () => {
  test('is listed in LABEL_TABLES (no table lives outside it)', () => {
    const exported = Object.entries(labels).filter(([, value]) => typeof value === 'object' && value !== LABEL_TABLES);
    expect(exported.map(([name]) => name).sort()).toEqual(Object.keys(LABEL_TABLES).sort());
  });

  test.each(TABLES)('%s: each entry is marked attested or unverified, once', (_name, table) => {
    for (const [lang, wording] of Object.entries(table)) {
      expect(
        Object.keys(wording).every((key) => key === 'attested' || key === 'unverified'),
        lang,
      ).toBe(true);
      const attested = wording.attested ?? [];
      const unverified = wording.unverified ?? [];
      expect(attested.length + unverified.length, lang).toBeGreaterThan(0);
      for (const label of [...attested, ...unverified]) expect(label.trim(), lang).not.toBe('');
      expect(
        attested.filter((label) => unverified.includes(label)),
        lang,
      ).toEqual([]);
    }
  });

  test.each(TABLES)('%s: every label matches as shown, in any case and spacing', (_name, table) => {
    for (const label of labelsOf(table)) {
      expect(matchesLabel(label, table), label).toBe(true);
      expect(matchesLabel(` ${label.toUpperCase()}\u00a0`, table), label).toBe(true);
      expect(matchesLabel(label.replace(/ /g, '  '), table), label).toBe(true);
    }
  });

  test('English is attested wherever a site shows it', () => {
    for (const [name, table] of TABLES) expect(table.en?.attested?.length ?? 0, name).toBeGreaterThan(0);
  });
});

describe.each(ITEM_TABLES)('%s', (_name, table) => {
  test('covers the required languages', () => {
    for (const lang of REQUIRED) {
      const wording = table[lang];
      expect((wording?.attested?.length ?? 0) + (wording?.unverified?.length ?? 0), lang).toBeGreaterThan(0);
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
      ['Más opciones', MORE],
      ['More actions', MORE_ACTIONS],
      ['Next card', NEXT_CARD],
      ['Thẻ tiếp theo', NEXT_CARD],
    ];
    for (const [text, table] of examples) expect(matchesLabel(text, table), text).toBe(true);
  });

  test('never matches a part, a neighbour or nothing', () => {
    expect(matchesLabel('Show more', SHOW_LESS)).toBe(false);
    expect(matchesLabel('Ver más', SHOW_LESS)).toBe(false);
    expect(matchesLabel('Not interested in this channel', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('interested', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('Not interested?', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('Hide reel', SHOW_LESS)).toBe(false);
    expect(matchesLabel('Report', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('More actions', MORE)).toBe(false);
    expect(matchesLabel('', NOT_INTERESTED)).toBe(false);
    expect(matchesLabel('   ', UNDO)).toBe(false);
  });

  test('any of several texts: a title matches beside its description, the joined text does not', () => {
    const texts = ['Show lessWe’ll show fewer reels like this.', 'Show less', 'We’ll show fewer reels like this.'];
    expect(matchesAnyLabel(texts, SHOW_LESS)).toBe(true);
    expect(matchesAnyLabel([texts[0], texts[2]], SHOW_LESS)).toBe(false);
    expect(matchesAnyLabel(['Show more', 'See more of this'], SHOW_LESS)).toBe(false);
  });

  test('the item tables share no label (an icon match is refused when the text names another item)', () => {
    const items = [NOT_INTERESTED, DONT_RECOMMEND_CHANNEL, SHOW_LESS];
    for (const table of items) {
      for (const other of items.filter((candidate) => candidate !== table)) {
        for (const label of labelsOf(table)) expect(matchesLabel(label, other), label).toBe(false);
      }
    }
  });
});
