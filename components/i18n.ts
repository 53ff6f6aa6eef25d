import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/*
 * The browser's i18n for every page and in-page surface: the words come from `locales/*.yml` (built into
 * `_locales/<lang>/messages.json`, read through `i18n.t` from '#i18n' with `browser.i18n.getMessage`, which content
 * scripts have too), and numbers and dates are written with `Intl` in the same language. These are the helpers.
 */

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

function canonical(tag: string | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? null;
  } catch {
    return null;
  }
}

function browserLanguage(): string | null {
  try {
    return canonical(browser.i18n.getUILanguage());
  } catch {
    // Not an extension context (or a test without the i18n stub): the page's own language.
    return canonical(globalThis.navigator?.language);
  }
}

/**
 * The locale numbers and dates are formatted in: the browser's UI language (`browser.i18n.getUILanguage()`), so a
 * zh-CN browser reads 6月2日 and en-GB reads 2 June. When the browser's language has no translation of its own and
 * the words fall back to English, figures follow the words ('en'), so one sentence never mixes two languages.
 */
export function uiLocale(): string {
  const language = canonical(i18n.t('locale')) ?? 'en';
  const ui = browserLanguage();
  return ui && primary(ui) === primary(language) ? ui : language;
}

/** One set of formatters per locale, made again only when the UI language changes (in tests, between languages). */
export function perLocale<T>(make: (locale: string) => T): () => T {
  let last: { locale: string; value: T } | undefined;
  return () => {
    const locale = uiLocale();
    if (last?.locale !== locale) last = { locale, value: make(locale) };
    return last.value;
  };
}

/** An hour or more: "1 hr 5 min" in English, "1小时5分钟" in Chinese. */
export function hoursAndMinutes(hours: string, minutes: string): string {
  return i18n.t('common.hoursMinutes', { hours, minutes });
}

/**
 * Watching time, written one way on every screen: whole minutes (rounded down, so a budget never reads as used up
 * before it is), "under 1 min" for a few seconds, hours and minutes from an hour. Never seconds next to minutes.
 */
export function durationFormat(locale: string): (ms: number) => string {
  const unit = (name: 'minute' | 'hour') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
  const minutes = unit('minute');
  const hours = unit('hour');
  return (ms) => {
    const total = Math.max(0, ms);
    if (total > 0 && total < 60_000) return i18n.t('common.underAMinute', { duration: minutes.format(1) });
    const whole = Math.floor(total / 60_000);
    if (whole < 60) return minutes.format(whole);
    const rest = whole % 60;
    const h = hours.format(Math.floor(whole / 60));
    return rest === 0 ? h : hoursAndMinutes(h, minutes.format(rest));
  };
}

/**
 * A time budget the person chose, in minutes: as a duration, except a trial budget under a minute ("0.5 min"),
 * which "under 1 min" would misstate.
 */
export function budgetFormat(locale: string): (minutes: number) => string {
  const duration = durationFormat(locale);
  const fraction = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'short',
    maximumFractionDigits: 2,
  });
  return (minutes) => (minutes > 0 && minutes < 1 ? fraction.format(minutes) : duration(minutes * 60_000));
}

/** "12 min of 30 min, 18 min left": a figure and what it means, joined the way the language joins them. */
export function andThen(first: string, then: string): string {
  return i18n.t('common.andThen', { first, then });
}

/** "TikTok 5 min, YouTube Shorts 3 min". */
export function listItems(items: readonly string[]): string {
  return items.reduceRight((rest, first) => (rest === '' ? first : i18n.t('common.listItems', { first, rest })), '');
}

// The names the rest of the extension uses (lib/sites, and 'All feeds' from lib/limits/decide.ts), as each language
// knows them. A name not listed here is shown as it is.
const LOCAL_NAMES: Record<string, () => string> = {
  TikTok: () => i18n.t('sites.tiktok'),
  'YouTube Shorts': () => i18n.t('sites.youtubeShorts'),
  'Instagram Reels': () => i18n.t('sites.instagramReels'),
  'Facebook Reels': () => i18n.t('sites.facebookReels'),
  RedNote: () => i18n.t('sites.rednote'),
  'All feeds': () => i18n.t('common.allFeeds'),
};

/** A site's name (or "All feeds") in the UI language: RedNote is 小红书 in Chinese. */
export function localName(name: string): string {
  return Object.hasOwn(LOCAL_NAMES, name) ? (LOCAL_NAMES[name]?.() ?? name) : name;
}

/** The names `localName` translates: tests check every site of the registry is among them. */
export const TRANSLATED_NAMES: readonly string[] = Object.keys(LOCAL_NAMES);

/** An extension page speaks the UI language: `<html lang>` (so fonts and screen readers pick it) and its title. */
export function useDocumentLanguage(title: string): void {
  useEffect(() => {
    document.documentElement.lang = uiLocale();
    document.title = title;
  }, [title]);
}
