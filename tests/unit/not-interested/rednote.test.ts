import { afterEach, expect, test } from 'vitest';
import { rednoteAdapter } from '../../../lib/sites/rednote/adapter';
import { rednoteNotInterested as flows } from '../../../lib/sites/rednote/not-interested';
import { type FixturePage, openFixturePage } from './fixture-page';

let page: FixturePage;
/** The active item as the adapter finds it on each tick. */
const item = () => rednoteAdapter.activeItem(page.url(), page.document);
afterEach(async () => {
  await page?.close();
});

test('RedNote has no "Not interested" on the web: unsupported, the page untouched', async () => {
  page = await openFixturePage('rednote', 'https://www.xiaohongshu.com/explore/6b000f5b000000001e6c5580');
  expect(page.activeVideoId()).toBe('6b000f5b000000001e6c5580');
  const View = page.document.defaultView as Window & typeof globalThis;
  const records: MutationRecord[] = [];
  const observer = new View.MutationObserver((batch) => records.push(...batch));
  observer.observe(page.document, { subtree: true, childList: true, attributes: true, characterData: true });
  const logBefore = [...page.log()];

  expect(flows.supported).toBe(false);
  expect(await flows.notInterested(page.document, item())).toEqual({ ok: false, reason: 'unsupported' });
  expect(flows.goToNext(page.document, item())).toBe(false);

  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  expect(records).toEqual([]);
  expect(page.log()).toEqual(logBefore);
  expect(page.url().pathname).toBe('/explore/6b000f5b000000001e6c5580');
});
