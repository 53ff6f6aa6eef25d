import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { captureDownload, ExtensionBrowser } from './harness/launch';
import { ForbiddenNetworkRequests } from './harness/netlog';
import { openFeed, siteUsage, switchAway, watchFor } from './harness/watching';

// Every e2e browser checks its NetLog on close (harness/netlog.ts). These show the check can fail, and what a
// clean session looks like to it.
describe('no network requests of the extension, by Chromium NetLog', () => {
  let browser: ExtensionBrowser | undefined;
  // Ends the browser whatever happened; the findings are the tests' to assert.
  afterEach(() => browser?.shutDown());

  test("a request from the extension's service worker fails the browser's close, naming it", async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
    const worker = await browser.worker();
    const status = await worker.evaluate(() =>
      fetch('https://www.tiktok.com/mindful-feed-probe?from=worker').then((response) => response.status),
    );
    expect(status).toBe(404);
    const socket = await worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket('wss://www.youtube.com/mindful-feed-probe');
          ws.onopen = () => resolve('open');
          ws.onerror = () => resolve('refused');
        }),
    );
    expect(socket).toBe('refused');

    const error = await browser.close().then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ForbiddenNetworkRequests);
    const { findings, message } = error as ForbiddenNetworkRequests;
    expect(findings.byExtension.map((request) => request.url)).toEqual([
      'https://www.tiktok.com/mindful-feed-probe?from=worker',
      'wss://www.youtube.com/mindful-feed-probe',
    ]);
    const origin = `chrome-extension://${browser.extensionId}`;
    expect(findings.byExtension.map((request) => request.initiator)).toEqual([origin, origin]);
    expect(findings.toForeignHosts).toEqual([]);
    expect(message).toContain('GET https://www.tiktok.com/mindful-feed-probe?from=worker');
    // The log is kept for a real failure; this one was on purpose.
    await rm(findings.file);
  });

  test('a watching session, the popup and an export make no request of their own', async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
    const opened = browser;
    await openFeed(opened, 'https://www.tiktok.com/foryou');
    await watchFor(6_000);
    await switchAway(opened);
    await expect
      .poll(() => siteUsage(opened, 'tiktok').then((usage) => usage.seconds), { timeout: 10_000 })
      .toBeGreaterThan(4);
    const popup = await opened.openTab(opened.extensionUrl('popup.html'));
    await popup.locator('section', { hasText: 'TikTok' }).first().waitFor({ timeout: 10_000 });
    const options = await opened.openTab(opened.extensionUrl('options.html'));
    await captureDownload(opened, () => options.getByRole('button', { name: 'Export data (JSON)' }).click());

    await opened.close();
    const findings = await opened.shutDown();
    console.info(
      `NetLog: ${findings.total} requests, none by the extension; Chromium's own (not counted): ${[
        ...new Set(findings.byChromium.map((request) => new URL(request.url).hostname)),
      ].join(', ')}`,
    );
    expect(findings).toMatchObject({ byExtension: [], toForeignHosts: [], truncated: false });
    // The log was read: the feed's own requests are in it.
    expect(findings.total).toBeGreaterThan(3);
  });
});
