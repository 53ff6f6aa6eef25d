import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { defaultSettings } from '../../lib/settings/schema';
import { activeVideoId } from './harness/fixture-page';
import { EXTENSION_DIR, ExtensionBrowser } from './harness/launch';
import { dialogNamed, promptHostPresent } from './harness/prompts';
import { siteUsage, switchAway, watchFor, writeSettings } from './harness/watching';

interface HostileReport {
  violations: string[];
  reads: { name: string; shadowRoot: string | null; text: string }[];
  removed: number;
  errors: string[];
  ticks: number;
}

const hostile = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { __hostile: HostileReport }).__hostile);

describe('a hostile page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('synthetic play, clicks and keys count no time; Trusted Types see no violation; the page keeps working', async () => {
    const page = await browser.openTab('https://www.tiktok.com/foryou?hostile');
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await expect.poll(async () => (await hostile(page)).ticks, { timeout: 5_000 }).toBeGreaterThan(3);
    await watchFor(8_000);
    expect(await page.evaluate(() => (window as unknown as { __reallyPaused(): boolean }).__reallyPaused())).toBe(true);
    await switchAway(browser);
    await watchFor(1_000);
    const usage = await siteUsage(browser, 'tiktok');
    console.info(`hostile page: ${usage.seconds.toFixed(2)} s counted from 8 s of synthetic events`);
    expect(usage.seconds).toBeLessThan(0.5);
    const report = await hostile(page);
    expect(report.violations).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.reads.every((read) => read.shadowRoot === null && read.text === '')).toBe(true);
    expect(errors.filter((text) => /Mindful Feed|Extension context/.test(text))).toEqual([]);
    // The page's own feed still works.
    await page.bringToFront();
    const before = await activeVideoId(page);
    await page.evaluate(() => window.__fixture?.next?.());
    await expect.poll(() => activeVideoId(page)).not.toBe(before);
  }, 60_000);

  test('the prompt cannot be read, dismissed or removed for good by the page', async () => {
    const settings = defaultSettings();
    settings.quietHours = { enabled: true, start: '00:00', end: '23:59', days: [0, 1, 2, 3, 4, 5, 6] };
    await writeSettings(browser, settings);
    const page = await browser.openTab('https://www.tiktok.com/foryou?hostile');
    await expect.poll(async () => (await hostile(page)).removed, { timeout: 10_000 }).toBe(5);
    await expect.poll(() => promptHostPresent(page)).toBe(true);
    await watchFor(1_000);
    expect(await promptHostPresent(page)).toBe(true);
    expect(await dialogNamed(page, /quiet/i)).toBeDefined();
    const report = await hostile(page);
    expect(
      report.reads.filter((read) => read.name === 'mindful-feed-prompt').every((read) => read.shadowRoot === null),
    ).toBe(true);
    expect(report.violations).toEqual([]);
    // The page is not hung by the tug of war: its own timers keep running.
    await expect.poll(async () => (await hostile(page)).ticks, { timeout: 5_000 }).toBeGreaterThan(report.ticks);
  });

  test('cannot detect the extension by fetching any file it exposes at a fixed chrome-extension:// URL', async () => {
    const settings = defaultSettings();
    settings.quietHours = { enabled: true, start: '00:00', end: '23:59', days: [0, 1, 2, 3, 4, 5, 6] };
    await writeSettings(browser, settings);
    const page = await browser.openTab('https://www.tiktok.com/foryou');
    // The prompt's chunk has been loaded by the content script, so the files are in use, not just listed.
    await expect.poll(() => promptHostPresent(page)).toBe(true);
    const exposed = (await readdir(resolve(EXTENSION_DIR, 'content-ui'))).map((name) => `content-ui/${name}`);
    expect(exposed.length).toBeGreaterThan(1);
    const results = await page.evaluate(
      async (urls) =>
        Promise.all(
          urls.map((url) =>
            fetch(url).then(
              (response) => `${url}: fetched (${response.status})`,
              () => `${url}: refused`,
            ),
          ),
        ),
      exposed.map((file) => browser.extensionUrl(file)),
    );
    // With `use_dynamic_url` off, Chrome serves these to the page (tried: "fetched (200)").
    expect(results).toEqual(exposed.map((file) => `${browser.extensionUrl(file)}: refused`));
  });
});
