/**
 * Menu labels by language, matched only as a last resort (after stable attributes and icons) and only inside the
 * site's own open menu or toast. A label matches when it equals an entry after {@link normaliseLabel}: no substring
 * matching, so "Show more" never passes for "Show less" and "Report" never for anything.
 *
 * Attested wording (public scripts, or a fixture modelled on them) is marked; the rest is each site's usual
 * translation of the English string, unverified live. Unknown languages simply do not match (the flow then reports
 * 'item-not-found' and closes the menu).
 */

/** Language tag → the labels used in that language (several where sites or builds word it differently). */
export type LabelTable = Readonly<Record<string, readonly string[]>>;

/** Straight and curly apostrophes (and look-alikes) all read as '. */
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\uFF07`´]/g;
/** Zero-width characters and bidi marks, which `dir="auto"` UIs sprinkle into labels. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Compatibility-normalised, one kind of apostrophe, invisible marks dropped, whitespace collapsed, lower case. */
export function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const normalisedTables = new WeakMap<LabelTable, ReadonlySet<string>>();

function normalisedSet(table: LabelTable): ReadonlySet<string> {
  let set = normalisedTables.get(table);
  if (!set) {
    set = new Set(Object.values(table).flatMap((labels) => labels.map(normaliseLabel)));
    normalisedTables.set(table, set);
  }
  return set;
}

/** Whether `text` is one of the table's labels (in any language). Empty text never matches. */
export function matchesLabel(text: string | null | undefined, table: LabelTable): boolean {
  const normalised = normaliseLabel(text);
  return normalised.length > 0 && normalisedSet(table).has(normalised);
}

/** "Not interested": TikTok, YouTube, Instagram. en/ja/ru attested for YouTube; the rest as the fixtures word it. */
export const NOT_INTERESTED: LabelTable = {
  en: ['Not interested'],
  es: ['No me interesa', 'No estoy interesado'],
  fr: ['Pas intéressé', 'Pas intéressé(e)', 'Pas intéressée', 'Ça ne m’intéresse pas'],
  de: ['Kein Interesse', 'Nicht interessiert'],
  pt: ['Não tenho interesse', 'Não interessado', 'Sem interesse'],
  it: ['Non mi interessa', 'Non interessato'],
  ja: ['興味なし', '興味がない'],
  ko: ['관심 없음', '관심없음'],
  'zh-Hans': ['不感兴趣'],
  'zh-Hant': ['不感興趣', '沒有興趣'],
  ru: ['Не интересует', 'Не интересно'],
  uk: ['Не цікавить', 'Не цікаво'],
  vi: ['Không quan tâm'],
};

/** YouTube's "Don't recommend (this) channel" (the home feed drops "this"); en/ja/ru/uk attested. */
export const DONT_RECOMMEND_CHANNEL: LabelTable = {
  en: ['Don’t recommend channel', 'Don’t recommend this channel'],
  es: ['No recomendar este canal', 'No recomendar canal'],
  fr: ['Ne pas recommander la chaîne', 'Ne pas recommander cette chaîne'],
  de: ['Kanal nicht empfehlen', 'Diesen Kanal nicht empfehlen'],
  pt: ['Não recomendar o canal', 'Não recomendar este canal', 'Não recomendar canal'],
  it: ['Non consigliare il canale', 'Non consigliare questo canale'],
  ja: ['チャンネルをおすすめに表示しない'],
  ko: ['채널 추천 안함', '이 채널 추천 안함', '채널 추천 안 함'],
  'zh-Hans': ['不推荐此频道', '不要推荐此频道'],
  'zh-Hant': ['不要推薦這個頻道', '不推薦此頻道'],
  ru: ['Не рекомендовать видео с этого канала', 'Не рекомендовать этот канал', 'Не рекомендовать канал'],
  uk: ['Не рекомендувати цей канал', 'Не рекомендувати канал'],
  vi: ['Không đề xuất kênh này'],
};

/** Facebook's recommendation feedback "Show less" (Meta, 2023); every language unverified live. */
export const SHOW_LESS: LabelTable = {
  en: ['Show less', 'See less'],
  es: ['Ver menos', 'Mostrar menos'],
  fr: ['Voir moins', 'Afficher moins'],
  de: ['Weniger anzeigen'],
  pt: ['Ver menos', 'Mostrar menos'],
  it: ['Mostra meno', 'Vedi meno'],
  ja: ['表示を減らす'],
  ko: ['덜 보기'],
  'zh-Hans': ['减少显示'],
  'zh-Hant': ['減少顯示'],
  ru: ['Показывать меньше'],
  uk: ['Показувати менше'],
  vi: ['Hiển thị ít hơn'],
};

/** The Undo of a confirmation toast (only ever looked for inside the toast). */
export const UNDO: LabelTable = {
  en: ['Undo'],
  es: ['Deshacer'],
  fr: ['Annuler'],
  de: ['Rückgängig machen', 'Rückgängig'],
  pt: ['Desfazer'],
  it: ['Annulla'],
  ja: ['元に戻す'],
  ko: ['실행취소', '실행 취소'],
  'zh-Hans': ['撤消', '撤销'],
  'zh-Hant': ['復原', '撤銷'],
  ru: ['Отменить'],
  uk: ['Скасувати'],
  vi: ['Hoàn tác'],
};
