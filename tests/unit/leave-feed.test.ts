import { render, screen } from '@testing-library/preact';
import { createElement } from 'preact';
import { describe, expect, test } from 'vitest';
import { browser } from 'wxt/browser';
import { DonePage } from '../../components/DonePage';
import { type FeedTabs, leaveFeed } from '../../lib/background/leave-feed';
import { setLanguage } from '../i18n';

const DONE = 'chrome-extension://mindful/done.html';
const tabs = browser.tabs as unknown as FeedTabs;

describe('"I\'m done"', () => {
  test('closes the feed tab when its window has others', async () => {
    const windowId = (await browser.windows.create({}))?.id as number;
    const feed = await browser.tabs.create({ windowId, url: 'https://www.tiktok.com/foryou' });
    await browser.tabs.create({ windowId, url: 'https://example.org/' });
    expect(await leaveFeed(feed.id as number, tabs, DONE)).toBe('closed');
    const left = await browser.tabs.query({ windowId });
    expect(left.map((tab) => tab.url)).toEqual(['https://example.org/']);
  });

  test('never closes the last tab of a window: it shows the "Done for now" page there', async () => {
    const windowId = (await browser.windows.create({}))?.id as number;
    const feed = await browser.tabs.create({ windowId, url: 'https://www.tiktok.com/foryou' });
    for (const tab of await browser.tabs.query({ windowId })) {
      if (tab.id !== feed.id) await browser.tabs.remove(tab.id as number);
    }
    expect(await leaveFeed(feed.id as number, tabs, DONE)).toBe('done-page');
    const left = await browser.tabs.query({ windowId });
    expect(left.map((tab) => tab.url)).toEqual([DONE]);
  });
});

test.each([
  ['en', 'Done for now', /^You chose to leave the feed\. This was the last tab of its window/],
  ['zh_CN', '今天先到这里', /^你选择了离开信息流/],
] as const)('the "Done for now" page says what happened (%s)', (language, heading, text) => {
  setLanguage(language);
  render(createElement(DonePage, { worth: undefined }));
  expect(screen.getByRole('heading', { level: 1, name: heading })).toBeTruthy();
  expect(screen.getByText(text)).toBeTruthy();
  expect(screen.getByRole('link').getAttribute('href')).toBe('/resources.html');
});
