import type { Page } from 'playwright-core';

/** What every fixture feed exposes in its page world as `window.__fixture`. */
export interface FixtureHooks {
  site: string;
  log: Array<{ action: string; videoId?: string; to?: string; item?: string; trusted?: boolean }>;
  activeVideoId(): string | null;
  next?(): void;
  previous?(): void;
}

declare global {
  interface Window {
    __fixture?: FixtureHooks;
  }
}

export function activeVideoId(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => window.__fixture?.activeVideoId());
}

export function fixtureLog(page: Page): Promise<FixtureHooks['log']> {
  return page.evaluate(() => window.__fixture?.log ?? []);
}

/** Whether the page's active <video> is really playing (time advancing, not paused). */
export function isPlaying(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const videos = [...document.querySelectorAll('video')].filter((video) => !video.paused && !video.ended);
    const video = videos[0];
    if (!video) return false;
    const before = video.currentTime;
    await new Promise((resolve) => setTimeout(resolve, 250));
    return video.currentTime !== before;
  });
}
