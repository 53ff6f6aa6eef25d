import { render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import type { SiteHealthRow } from '../../lib/db/database';

const row = (over: Partial<SiteHealthRow>): SiteHealthRow => ({
  site: 'tiktok',
  capability: 'script',
  status: 'ok',
  detail: 'started',
  reportedAt: 0,
  ...over,
});

test('the popup says in plain words how each site is doing', async () => {
  const rows = [row({}), row({ site: 'youtube-shorts', status: 'degraded', detail: 'video not found' })];
  render(<PopupApp loadHealth={() => Promise.resolve(rows)} />);
  expect(await screen.findByText(/Needs attention: video not found/)).toBeTruthy();
  const items = screen.getAllByRole('listitem').map((item) => item.textContent);
  expect(items).toEqual([
    'TikTok: Working',
    'YouTube Shorts: Needs attention: video not found',
    'Instagram Reels: Not visited yet',
    'Facebook Reels: Not visited yet',
    'RedNote: Not visited yet',
  ]);
});

test('the popup shows an error when the data cannot be read', async () => {
  render(<PopupApp loadHealth={() => Promise.reject(new Error('quota exceeded'))} />);
  expect((await screen.findByRole('alert')).textContent).toContain('quota exceeded');
});
