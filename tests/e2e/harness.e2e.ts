import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ExtensionBrowser } from './harness/launch';

// The harness itself: later tests rely on it to stop the worker and to see real tab visibility.
describe('e2e harness', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('stops the service worker on demand, and it starts again with fresh state', async () => {
    const worker = await browser.worker();
    await worker.evaluate(() => {
      (globalThis as { marker?: number }).marker = 1;
    });
    await browser.stopWorker();
    expect(await browser.workerStatus()).toBe('stopped');
    const restarted = await browser.worker();
    expect(await restarted.evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
  });

  test('a background tab is really hidden and unfocused, the front tab visible and focused', async () => {
    const state = (page: import('playwright-core').Page) =>
      page.evaluate(() => ({ visibility: document.visibilityState, focused: document.hasFocus() }));
    const first = await browser.openTab('https://www.tiktok.com/foryou');
    const second = await browser.openTab('https://www.tiktok.com/following');
    expect(await state(first)).toEqual({ visibility: 'hidden', focused: false });
    expect(await state(second)).toEqual({ visibility: 'visible', focused: true });
    await first.bringToFront();
    expect(await state(first)).toEqual({ visibility: 'visible', focused: true });
    expect(await state(second)).toEqual({ visibility: 'hidden', focused: false });
    await first.close();
    await second.close();
  });
});
