import { expect, test } from 'vitest';
import { injectIntoOpenTabs, markInjected } from '../../../lib/background/inject';
import { SITE_URLS } from '../../../lib/sites/catalog';

function fakeTabs(open: Record<string, number[]>, failing: number[] = []) {
  const ran: [number, string][] = [];
  return {
    ran,
    deps: {
      tabsMatching: async (patterns: string[]) =>
        Object.entries(open)
          .filter(([pattern]) => patterns.includes(pattern))
          .flatMap(([, ids]) => ids.map((id) => ({ id }))),
      executeScript: async (tabId: number, file: string) => {
        if (failing.includes(tabId)) throw new Error('Cannot access contents of the page');
        ran.push([tabId, file]);
      },
    },
  };
}

test("on install and on update, every open feed tab gets its own site's script; one that refuses is skipped", async () => {
  const { ran, deps } = fakeTabs({ '*://www.tiktok.com/*': [4, 9], '*://www.youtube.com/*': [5] }, [9]);
  expect(await injectIntoOpenTabs('update', SITE_URLS, deps)).toBe(2);
  expect(ran).toEqual([
    [4, '/content-scripts/tiktok.js'],
    [5, '/content-scripts/youtube-shorts.js'],
  ]);
  expect(await injectIntoOpenTabs('install', SITE_URLS, fakeTabs({ '*://www.tiktok.com/*': [4] }).deps)).toBe(1);
});

test('a browser update or a shared-module update injects nothing', async () => {
  const { ran, deps } = fakeTabs({ '*://www.tiktok.com/*': [4] });
  expect(await injectIntoOpenTabs('chrome_update', SITE_URLS, deps)).toBe(0);
  expect(await injectIntoOpenTabs('shared_module_update', SITE_URLS, deps)).toBe(0);
  expect(ran).toEqual([]);
});

test('the mark set before injecting is the one the content script reads', () => {
  markInjected('mindful-feed:test-flag');
  expect((globalThis as unknown as Record<symbol, boolean>)[Symbol.for('mindful-feed:test-flag')]).toBe(true);
});
