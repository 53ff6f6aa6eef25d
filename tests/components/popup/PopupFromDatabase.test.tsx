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
