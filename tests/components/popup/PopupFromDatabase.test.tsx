import { render, screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { PopupApp } from '../../../components/PopupApp';
import { readDashboard } from '../../../lib/dashboard/read';
import { NOW, seedDatabase, TIME_ZONE } from '../../unit/dashboard/seed';
import { meterNamed } from './render';

test('the popup, end to end, from a database the background’s own writes filled', async () => {
  (await seedDatabase('popup-end-to-end')).close();
  render(
    <PopupApp
      load={() => readDashboard({ now: NOW, timeZone: TIME_ZONE, dbName: 'popup-end-to-end' })}
      now={() => NOW}
      locale="en-US"
      timeZone={TIME_ZONE}
    />,
  );
  await screen.findByRole('heading', { name: 'Today' });
  // The trends come in the frame after today's figures.
  await screen.findByRole('heading', { name: 'Trends' });

  // Today: 17 minutes on all feeds against 60; TikTok 12 of 30 minutes and 5 of 40 videos, in a session.
  expect(meterNamed('All feeds: time today').getAttribute('aria-valuetext')).toBe('17 min of 1 hr, 43 min left');
  const tiktok = within(screen.getByRole('heading', { name: 'TikTok' }).closest('li') as HTMLElement);
  expect(tiktok.getByText('12 min of 30 min, 18 min left')).toBeTruthy();
  expect(tiktok.getByText('5 of 40 videos, 35 videos left')).toBeTruthy();
  expect(tiktok.getByText('Limit in 18 min of watching · Snoozed until 2:05 PM · 1 snooze left today')).toBeTruthy();
  // The break is the all-feeds one (20 minutes in one go, brought sooner by two answers): told once, for all feeds.
  const allFeeds = document.querySelector('.mf-card--all') as HTMLElement;
  expect(within(allFeeds).getByText('Break in 5 min of watching')).toBeTruthy();
  expect(screen.getAllByText(/Break in/)).toHaveLength(1);
  // YouTube Shorts was watched, with no budget of its own: its figures on one line; the others on one line too.
  const shorts = within(screen.getByRole('heading', { name: 'YouTube Shorts' }).closest('li') as HTMLElement);
  expect(shorts.getByText('5 min · 3 videos')).toBeTruthy();
  expect(screen.getByText('Not used today: Instagram Reels, Facebook Reels, RedNote')).toBeTruthy();
  expect(screen.getByText('This session: 12 min, since 1:48 PM')).toBeTruthy();

  // Trends: the seven days ending today, and half the daily time of the first week.
  expect(screen.getAllByRole('img')[0]?.getAttribute('aria-label')).toBe(
    'Watching time per day over the last 7 days, by site: 2 hr 17 min in all; most on Wed, May 27, 20 min.',
  );
  expect(screen.getByText('-50% vs your first week')).toBeTruthy();

  // Effect: one of three answers was "I'm done"; two Not interested today; 14 days within budget.
  expect(screen.getByText('33%: you chose “I’m done” 1 of 3 times a prompt asked')).toBeTruthy();
  expect(screen.getByText('2 today, 2 in the last 30 days')).toBeTruthy();
  expect(screen.getByText('14 days in a row')).toBeTruthy();

  // Site health: YouTube Shorts cannot find its video.
  expect(screen.getByRole('region', { name: 'Needs attention' }).textContent).toContain(
    'YouTube Shorts: Mindful Feed can’t find the video on this page layout',
  );
});

test('with “Your browsers” on: the budgets count every browser, and the popup tells them apart by name', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const { localDate } = await import('../../../lib/tracking/local-time');
  const { sharedKey } = await import('../../../lib/sync/records');
  (await seedDatabase('popup-browsers')).close();
  const own = '00000000-0000-4000-8000-00000000000a';
  const home = '00000000-0000-4000-8000-00000000000b';
  await fakeBrowser.storage.local.set({ sharing: { enabled: true, deviceId: own, name: 'Work laptop' } });
  const date = localDate(NOW, TIME_ZONE);
  const homeRecord = {
    v: 1,
    device: home,
    name: 'Home desktop',
    tz: TIME_ZONE,
    date,
    seq: 4,
    at: NOW - 5 * 60_000,
    all: 600,
    sites: { tiktok: { s: 600, n: 4 } },
    met: [],
  };
  await fakeBrowser.storage.sync.set({
    [sharedKey(home, date)]: homeRecord,
    // Another device's malformed record is left out.
    [sharedKey('ffffffff', date)]: { ...homeRecord, device: 'ffffffff', all: -1 },
  });
  render(
    <PopupApp
      load={() => readDashboard({ now: NOW, timeZone: TIME_ZONE, dbName: 'popup-browsers' })}
      now={() => NOW}
      locale="en-US"
      timeZone={TIME_ZONE}
    />,
  );
  await screen.findByRole('heading', { name: 'Your browsers' });
  // 17 minutes here and 10 on Home desktop: 27 of the 60 for all feeds; TikTok 22 of 30 and 9 of 40 videos.
  expect(meterNamed('All feeds: time today').getAttribute('aria-valuetext')).toBe('27 min of 1 hr, 33 min left');
  const tiktok = within(screen.getByRole('heading', { name: 'TikTok' }).closest('li') as HTMLElement);
  expect(tiktok.getByText('22 min of 30 min, 8 min left')).toBeTruthy();
  expect(tiktok.getByText('9 of 40 videos, 31 videos left')).toBeTruthy();
  const card = document.querySelector('.mf-browsers') as HTMLElement;
  const rows = [...card.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent]);
  expect(rows).toEqual([
    ['This browser (Work laptop)', expect.stringMatching(/^17 min · \d+ videos$/)],
    ['Home desktop, as of 1:55 PM', '10 min · 4 videos'],
    ['All your browsers', expect.stringMatching(/^27 min · \d+ videos$/)],
  ]);
  expect(within(card).getByText('Your budgets count all your browsers together.')).toBeTruthy();
});
