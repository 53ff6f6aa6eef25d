import type { Page } from 'playwright-core';
import type { DayRow, TotalRow } from '../../../lib/db/database';
import type { Settings } from '../../../lib/settings/schema';
import type { ExtensionBrowser } from './launch';

/**
 * The truth of a watching session, measured in the page's own world and clock: when its video first played and
 * when the tab was hidden or the video paused.
 */
export const WATCH_RECORDER = `(() => {
  const marks = { firstPlaying: null, hidden: [], visible: [], paused: [], played: [] };
  window.__watch = marks;
  document.addEventListener('playing', () => {
    marks.firstPlaying ??= Date.now();
    marks.played.push(Date.now());
  }, true);
  document.addEventListener('pause', () => marks.paused.push(Date.now()), true);
  document.addEventListener('visibilitychange', () => {
    (document.visibilityState === 'hidden' ? marks.hidden : marks.visible).push(Date.now());
  });
})();`;

export interface WatchMarks {
  firstPlaying: number | null;
  hidden: number[];
  visible: number[];
  paused: number[];
  played: number[];
}

/** Opens a feed in a new front tab with the recorder installed before the page's own scripts. */
export async function openFeed(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(WATCH_RECORDER);
  await page.goto(url);
  await page.bringToFront();
  await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
  return page;
}

export function watchMarks(page: Page): Promise<WatchMarks> {
  return page.evaluate(() => (window as unknown as { __watch: WatchMarks }).__watch);
}

/** Deliberately lets time pass: watching time is what these tests measure. */
export function watchFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function storedDays(browser: ExtensionBrowser): Promise<DayRow[]> {
  return browser.readStore<DayRow>('days');
}

export async function storedTotals(browser: ExtensionBrowser): Promise<TotalRow[]> {
  return browser.readStore<TotalRow>('totals');
}

/** Seconds and videos stored for one site, summed over all dates. */
export async function siteUsage(browser: ExtensionBrowser, site: string): Promise<{ seconds: number; videos: number }> {
  const rows = (await storedDays(browser)).filter((row) => row.site === site);
  return {
    seconds: rows.reduce((sum, row) => sum + row.activeMs, 0) / 1000,
    videos: rows.reduce((sum, row) => sum + row.videos, 0),
  };
}

export async function allSitesSeconds(browser: ExtensionBrowser): Promise<number> {
  return (await storedTotals(browser)).reduce((sum, row) => sum + row.activeMs, 0) / 1000;
}

/** Hides a tab the way a person does: by switching to another tab (which is returned, on about:blank). */
export async function switchAway(browser: ExtensionBrowser): Promise<Page> {
  const other = await browser.context.newPage();
  await other.bringToFront();
  return other;
}

/** Writes settings as the options page does (the stored v3 shape, nothing pending), from the extension's worker. */
export async function writeSettings(browser: ExtensionBrowser, settings: Settings): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate((value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: Record<'sync' | 'local', { set(items: Record<string, unknown>): Promise<void> }> };
    };
    const items = { settings: { settings: value, pending: [], updatedAt: Date.now() }, settings$: { v: 3 } };
    return Promise.all([chrome.storage.sync.set(items), chrome.storage.local.set(items)]);
  }, settings);
}
