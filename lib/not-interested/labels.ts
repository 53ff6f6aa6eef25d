/**
 * Every label the "Not interested" flows read, by language: the items of the sites' menus, the "More" controls that
 * open them and the "next" controls. A label matches when it equals an entry after {@link normaliseLabel}: no
 * substring matching, so "Show more" never passes for "Show less" and "Report" never for anything. Labels are only
 * ever looked for inside the active item's region or the menu that opened for it.
 *
 * Each entry says how we know it: `attested` wording was seen in a public script, extension or announcement (named
 * in the table's comment); `unverified` is the site's usual translation of the English string, or the wording of a
 * fixture modelled on it, not seen live. Unknown languages simply do not match (the flow then refuses and closes
 * the menu).
 */

/** How each wording of one language is known. */
export interface Wording {
  readonly attested?: readonly string[];
  readonly unverified?: readonly string[];
}

/** Language tag → the labels used in that language (several where sites or builds word it differently). */
export type LabelTable = Readonly<Record<string, Wording>>;

/** Every label of a table, attested and unverified, in all languages. */
export function labelsOf(table: LabelTable): string[] {
  return Object.values(table).flatMap((wording) => [...(wording.attested ?? []), ...(wording.unverified ?? [])]);
}

/** Straight and curly apostrophes (and look-alikes) all read as '. */
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\uFF07`´]/g;
/** Zero-width characters and bidi marks, which `dir="auto"` UIs sprinkle into labels. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
/**
 * Icon-font glyphs (Unicode's private use areas): Facebook's mobile site draws its icons as such characters in a row's
 * text, so an icon and its label can share one text node.
 */
const ICON_GLYPHS = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
/**
 * Punctuation a label may end with without changing what it says ("Show less." or "Report…"). A question or an
 * exclamation mark does change it ("Not interested?" asks), so those stay.
 */
const TRAILING_PUNCTUATION = /[\s.…:。：]+$/u;

/**
 * Compatibility-normalised, one kind of apostrophe, invisible marks dropped, whitespace collapsed, trailing full
 * stops, ellipses and colons dropped, lower case.
 */
export function normaliseLabel(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(ICON_GLYPHS, ' ')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '')
    .toLowerCase();
}

const normalisedTables = new WeakMap<LabelTable, ReadonlySet<string>>();

function normalisedSet(table: LabelTable): ReadonlySet<string> {
  let set = normalisedTables.get(table);
  if (!set) {
    set = new Set(labelsOf(table).map(normaliseLabel));
    normalisedTables.set(table, set);
  }
  return set;
}

/** Whether `text` is one of the table's labels (in any language). Empty text never matches. */
export function matchesLabel(text: string | null | undefined, table: LabelTable): boolean {
  const normalised = normaliseLabel(text);
  return normalised.length > 0 && normalisedSet(table).has(normalised);
}

/** Whether any of `texts` is one of the table's labels. */
export function matchesAnyLabel(texts: Iterable<string | null | undefined>, table: LabelTable): boolean {
  for (const text of texts) if (matchesLabel(text, table)) return true;
  return false;
}

// ---------------------------------------------------------------- menu items

/**
 * "Not interested": TikTok, YouTube, Instagram. Attested: en (TikTok's menu in yvvw/browser-scripts and the mjb
 * hotkey script; YouTube in tommyktech/YouTubeNotInterestedButton), ja (tommyktech README_ja), ru (a script's
 * NOT_INTERESTED_VARIANTS).
 */
export const NOT_INTERESTED: LabelTable = {
  en: { attested: ['Not interested'] },
  es: { unverified: ['No me interesa', 'No estoy interesado'] },
  fr: { unverified: ['Pas intéressé', 'Pas intéressé(e)', 'Pas intéressée', 'Ça ne m’intéresse pas'] },
  de: { unverified: ['Kein Interesse', 'Nicht interessiert'] },
  pt: { unverified: ['Não tenho interesse', 'Não interessado', 'Sem interesse'] },
  it: { unverified: ['Non mi interessa', 'Non interessato'] },
  ja: { attested: ['興味なし'], unverified: ['興味がない'] },
  ko: { unverified: ['관심 없음', '관심없음'] },
  'zh-Hans': { unverified: ['不感兴趣'] },
  'zh-Hant': { unverified: ['不感興趣', '沒有興趣'] },
  ru: { attested: ['Не интересует'], unverified: ['Не интересно'] },
  uk: { unverified: ['Не цікавить', 'Не цікаво'] },
  vi: { unverified: ['Không quan tâm'] },
};

/**
 * YouTube's "Don't recommend (this) channel" (the home feed drops "this"). Attested: en (wilsonpaulraj/
 * YouTubeFeedTuner, garbhj's Shorts script), ja (tommyktech README_ja), ru (NOT_INTERESTED_VARIANTS), uk
 * (a Greasy Fork script, 534951).
 */
export const DONT_RECOMMEND_CHANNEL: LabelTable = {
  en: { attested: ['Don’t recommend channel', 'Don’t recommend this channel'] },
  es: { unverified: ['No recomendar este canal', 'No recomendar canal'] },
  fr: { unverified: ['Ne pas recommander la chaîne', 'Ne pas recommander cette chaîne'] },
  de: { unverified: ['Kanal nicht empfehlen', 'Diesen Kanal nicht empfehlen'] },
  pt: { unverified: ['Não recomendar o canal', 'Não recomendar este canal', 'Não recomendar canal'] },
  it: { unverified: ['Non consigliare il canale', 'Non consigliare questo canale'] },
  ja: { attested: ['チャンネルをおすすめに表示しない'] },
  ko: { unverified: ['채널 추천 안함', '이 채널 추천 안함', '채널 추천 안 함'] },
  'zh-Hans': { unverified: ['不推荐此频道', '不要推荐此频道'] },
  'zh-Hant': { unverified: ['不要推薦這個頻道', '不推薦此頻道'] },
  ru: {
    attested: ['Не рекомендовать видео с этого канала', 'Не рекомендовать этот канал'],
    unverified: ['Не рекомендовать канал'],
  },
  uk: { attested: ['Не рекомендувати цей канал'], unverified: ['Не рекомендувати канал'] },
  vi: { unverified: ['Không đề xuất kênh này'] },
};

/** Facebook's recommendation feedback "Show less". Attested: en, in Meta's announcement of 2023-05-03. */
export const SHOW_LESS: LabelTable = {
  en: { attested: ['Show less'], unverified: ['See less'] },
  es: { unverified: ['Ver menos', 'Mostrar menos'] },
  fr: { unverified: ['Voir moins', 'Afficher moins'] },
  de: { unverified: ['Weniger anzeigen'] },
  pt: { unverified: ['Ver menos', 'Mostrar menos'] },
  it: { unverified: ['Mostra meno', 'Vedi meno'] },
  ja: { unverified: ['表示を減らす'] },
  ko: { unverified: ['덜 보기'] },
  'zh-Hans': { unverified: ['减少显示'] },
  'zh-Hant': { unverified: ['減少顯示'] },
  ru: { unverified: ['Показывать меньше'] },
  uk: { unverified: ['Показувати менше'] },
  vi: { unverified: ['Hiển thị ít hơn'] },
};

/**
 * The Undo of a confirmation toast (only ever looked for inside the toast). Attested: en, YouTube's notification
 * after "Not interested" (tommyktech).
 */
export const UNDO: LabelTable = {
  en: { attested: ['Undo'] },
  es: { unverified: ['Deshacer'] },
  fr: { unverified: ['Annuler'] },
  de: { unverified: ['Rückgängig machen', 'Rückgängig'] },
  pt: { unverified: ['Desfazer'] },
  it: { unverified: ['Annulla'] },
  ja: { unverified: ['元に戻す'] },
  ko: { unverified: ['실행취소', '실행 취소'] },
  'zh-Hans': { unverified: ['撤消', '撤销'] },
  'zh-Hant': { unverified: ['復原', '撤銷'] },
  ru: { unverified: ['Отменить'] },
  uk: { unverified: ['Скасувати'] },
  vi: { unverified: ['Hoàn tác'] },
};

// ---------------------------------------------------------------- controls that open the menu

/**
 * The "…" control of a reel or video (Instagram, Facebook, TikTok), by its accessible name. Attested: en "More"
 * (Instagram, a Playwright reels script), en "More options" (Instagram builds, an index hit; TikTok's button), es
 * "Más opciones" (TikTok in Spanish, a Selenium script). Facebook's reel "More" is not seen in public code.
 */
export const MORE: LabelTable = {
  en: { attested: ['More', 'More options'] },
  es: { attested: ['Más opciones'], unverified: ['Más'] },
  fr: { unverified: ['Plus', 'Plus d’options'] },
  de: { unverified: ['Mehr', 'Weitere Optionen'] },
  pt: { unverified: ['Mais', 'Mais opções'] },
  it: { unverified: ['Altro', 'Altre opzioni'] },
  ja: { unverified: ['その他', 'その他のオプション'] },
  ko: { unverified: ['더 보기', '옵션 더 보기'] },
  'zh-Hans': { unverified: ['更多', '更多选项'] },
  'zh-Hant': { unverified: ['更多', '更多選項'] },
  ru: { unverified: ['Ещё', 'Еще', 'Другие параметры'] },
  vi: { unverified: ['Xem thêm'] },
};

/** YouTube's "More actions" (⋮) button. Attested: en (garbhj's Shorts script V4, 2026-07). */
export const MORE_ACTIONS: LabelTable = {
  en: { attested: ['More actions'] },
  es: { unverified: ['Más acciones'] },
  fr: { unverified: ['Autres actions'] },
  de: { unverified: ['Weitere Aktionen'] },
  pt: { unverified: ['Mais ações'] },
  it: { unverified: ['Altre azioni'] },
  ja: { unverified: ['その他の操作'] },
  ko: { unverified: ['추가 작업'] },
  'zh-Hans': { unverified: ['更多操作'] },
  'zh-Hant': { unverified: ['更多動作'] },
  ru: { unverified: ['Другие действия'] },
};

// ---------------------------------------------------------------- "next" controls

/** TikTok's feed "next" button. Attested: en (an index hit of TikTok's feed navigation). */
export const NEXT_VIDEO: LabelTable = {
  en: { attested: ['Go to next video'] },
  es: { unverified: ['Ir al siguiente video', 'Ir al vídeo siguiente'] },
  fr: { unverified: ['Aller à la vidéo suivante'] },
  de: { unverified: ['Zum nächsten Video'] },
  pt: { unverified: ['Ir para o próximo vídeo'] },
  ja: { unverified: ['次の動画へ'] },
  ko: { unverified: ['다음 동영상으로 이동'] },
  'zh-Hans': { unverified: ['转到下一个视频'] },
  ru: { unverified: ['Перейти к следующему видео'] },
};

/**
 * Facebook's "Next Card" (both casings are seen: one normalised entry). Attested: en (Greasy Fork 536925 and index
 * hits), vi (huynd4104/Facebook-reels-auto-scroll).
 */
export const NEXT_CARD: LabelTable = {
  en: { attested: ['Next Card'] },
  es: { unverified: ['Tarjeta siguiente'] },
  fr: { unverified: ['Carte suivante'] },
  de: { unverified: ['Nächste Karte'] },
  pt: { unverified: ['Próximo cartão'] },
  it: { unverified: ['Scheda successiva'] },
  ja: { unverified: ['次のカード'] },
  ko: { unverified: ['다음 카드'] },
  'zh-Hans': { unverified: ['下一张卡片'] },
  'zh-Hant': { unverified: ['下一張卡片'] },
  ru: { unverified: ['Следующая карточка'] },
  vi: { attested: ['Thẻ tiếp theo'] },
};

/** Every table above, by name (the tests check each one's entries are marked). */
export const LABEL_TABLES: Readonly<Record<string, LabelTable>> = {
  NOT_INTERESTED,
  DONT_RECOMMEND_CHANNEL,
  SHOW_LESS,
  UNDO,
  MORE,
  MORE_ACTIONS,
  NEXT_VIDEO,
  NEXT_CARD,
};
