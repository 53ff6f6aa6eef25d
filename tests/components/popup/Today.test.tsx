import { screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { Meter } from '../../../components/popup/Meter';
import { Today } from '../../../components/popup/Today';
import type { Today as TodayFigures } from '../../../lib/dashboard/queries';
import { dashboard, MINUTE, NOW, siteToday } from './dashboard';
import { meterNamed, renderWithFormat } from './render';

const budget = (dailyMinutes: number | null, dailyVideos: number | null = null) => ({
  dailyMinutes,
  dailyVideos,
  sessionMinutes: null,
});

function today(over: Partial<TodayFigures> = {}): TodayFigures {
  return { ...dashboard().today, ...over };
}

describe('the meter', () => {
  test('says its figures in words and is a labelled native meter', () => {
    renderWithFormat(<Meter name="Time" label="TikTok: time today" value={12} max={30} text="12 min of 30 min" />);
    const meter = meterNamed('TikTok: time today');
    // Attributes, not properties: happy-dom's HTMLMeterElement caps `max` at 1.
    expect(['min', 'value', 'max'].map((name) => meter.getAttribute(name))).toEqual(['0', '12', '30']);
    expect(meter.getAttribute('aria-valuetext')).toBe('12 min of 30 min');
    expect(screen.getByText('12 min of 30 min')).toBeTruthy();
  });

  test('over the budget the bar stops at full, and the words say how far over', () => {
    renderWithFormat(
      <Meter name="Time" label="x" value={42} max={30} text="42 min of 30 min, over budget by 12 min" />,
    );
    expect(meterNamed('x').getAttribute('value')).toBe('30');
    expect(meterNamed('x').getAttribute('aria-valuetext')).toBe('42 min of 30 min, over budget by 12 min');
  });

  test('without a budget there is nothing to measure against: figures only', () => {
    const { container } = renderWithFormat(
      <Meter name="Time" label="x" value={42} max={null} text="42 min, no daily limit" />,
    );
    expect(container.querySelector('meter')).toBeNull();
    expect(screen.getByText('42 min, no daily limit')).toBeTruthy();
  });
});

describe('today', () => {
  test('all feeds and each watched site, against the budgets that apply today', () => {
    const figures = today({
      all: { ...today().all, activeMs: 17 * MINUTE, videos: 8, budget: budget(60), session: null },
      sites: [
        siteToday({ site: 'tiktok', activeMs: 12 * MINUTE, videos: 5, budget: budget(30, 40) }),
        siteToday({ site: 'youtube-shorts', activeMs: 5 * MINUTE, videos: 3 }),
        siteToday({ site: 'rednote' }),
      ],
    });
    renderWithFormat(<Today today={figures} now={NOW} pausedUntil={null} />);
    expect(screen.getByText('Tuesday, June 2 · Weekday limits')).toBeTruthy();
    expect(meterNamed('All feeds: time today').getAttribute('aria-valuetext')).toBe('17 min of 1 hr, 43 min left');
    expect(screen.getByText('8 videos, no daily limit')).toBeTruthy();
    const tiktok = within(screen.getByRole('heading', { name: 'TikTok' }).closest('li') as HTMLElement);
    expect(tiktok.getByText('12 min of 30 min, 18 min left')).toBeTruthy();
    expect(meterNamed('TikTok: videos today').getAttribute('aria-valuetext')).toBe('5 of 40 videos, 35 videos left');
    const shorts = within(screen.getByRole('heading', { name: 'YouTube Shorts' }).closest('li') as HTMLElement);
    // No budget of its own: its figures on one line, and no "no daily limit" (the all-feeds budget applies to it).
    expect(shorts.getByText('5 min · 3 videos')).toBeTruthy();
    expect(shorts.queryByLabelText('YouTube Shorts: time today')).toBeNull();
    // Nothing watched and no budget: no card, one line for all such sites.
    expect(screen.queryByRole('heading', { name: 'RedNote' })).toBeNull();
    expect(screen.getByText('Not used today: RedNote')).toBeTruthy();
  });

  test('over budget is said in words, not only shown', () => {
    const figures = today({
      sites: [
        siteToday({
          activeMs: 42 * MINUTE,
          videos: 41,
          budget: budget(30, 40),
          next: { kind: 'limit-reached', reason: 'daily-time' },
        }),
      ],
    });
    renderWithFormat(<Today today={figures} now={NOW} pausedUntil={null} />);
    expect(screen.getByText('42 min of 30 min, over budget by 12 min')).toBeTruthy();
    expect(screen.getByText('41 of 40 videos, over budget by 1 video')).toBeTruthy();
    expect(screen.getByText(/Limit reached/)).toBeTruthy();
  });

  test('weekend limits on a Saturday', () => {
    renderWithFormat(<Today today={today({ date: '2026-06-06', dayType: 'weekend' })} now={NOW} pausedUntil={null} />);
    expect(screen.getByText('Saturday, June 6 · Weekend limits')).toBeTruthy();
  });

  test('the session now, the time before the next break, and the snooze', () => {
    const figures = today({
      all: { ...today().all, session: { startedAt: NOW - 14 * MINUTE, activeMs: 14 * MINUTE } },
      sites: [
        siteToday({
          activeMs: 14 * MINUTE,
          budget: budget(30),
          session: { startedAt: NOW - 14 * MINUTE, activeMs: 14 * MINUTE },
          next: { kind: 'break-in', ms: 6 * MINUTE },
          snooze: { until: NOW + 5 * MINUTE, left: 1, perDay: 2 },
        }),
      ],
    });
    renderWithFormat(<Today today={figures} now={NOW} pausedUntil={null} />);
    expect(screen.getByText('This session: 14 min, since 1:46 PM')).toBeTruthy();
    expect(screen.getByText('Break in 6 min of watching · Snoozed until 2:05 PM · 1 snooze left today')).toBeTruthy();
  });

  test('what comes next, in words', () => {
    const card = (next: NonNullable<Parameters<typeof siteToday>[0]>['next']) => {
      const view = renderWithFormat(
        <Today today={today({ sites: [siteToday({ activeMs: MINUTE, next })] })} now={NOW} pausedUntil={null} />,
      );
      const text = view.container.querySelector('li .mf-status')?.textContent;
      view.unmount();
      return text;
    };
    // Snoozes are news once a limit is reached, not before.
    expect(card({ kind: 'limit-in', ms: 7 * MINUTE })).toBe('Limit in 7 min of watching');
    expect(card({ kind: 'break-due' })).toBe('Break due now');
    expect(card({ kind: 'limit-reached', reason: 'quiet-hours' })).toBe('Quiet hours now · 2 snoozes left today');
    expect(card({ kind: 'break-in', ms: 30_000 })).toBe('Break in under 1 min of watching');
  });

  test("each limit's snoozes show once: the all-feeds ones on the all-feeds card, a site's own on its card", () => {
    const figures = today({
      all: {
        ...today().all,
        videos: 4,
        budget: budget(null, 3),
        next: { kind: 'limit-snoozed', reason: 'daily-videos', until: NOW + 5 * MINUTE },
        snooze: { until: NOW + 5 * MINUTE, left: 1, perDay: 2 },
      },
      sites: [
        siteToday({ site: 'tiktok', videos: 1, budget: budget(30), next: { kind: 'limit-in', ms: 29 * MINUTE } }),
        siteToday({ site: 'facebook-reels', videos: 3 }),
        siteToday({ site: 'instagram-reels', activeMs: MINUTE }),
      ],
    });
    const view = renderWithFormat(<Today today={figures} now={NOW} pausedUntil={null} />);
    const allCard = view.container.querySelector('.mf-card--all') as HTMLElement;
    expect(within(allCard).getByText('Limit reached · Snoozed until 2:05 PM · 1 snooze left today')).toBeTruthy();
    const card = (name: string) => within(screen.getByRole('heading', { name }).closest('li') as HTMLElement);
    expect(card('TikTok').getByText('Limit in 29 min of watching')).toBeTruthy();
    // No limit of their own: nothing about snoozes on Facebook's and Instagram's cards.
    expect(card('Facebook Reels').queryByText(/snooze/)).toBeNull();
    expect(card('Instagram Reels').queryByText(/snooze/)).toBeNull();
    expect(screen.getAllByText(/snoozes? left today/)).toHaveLength(1);
  });

  test('while counting is paused, it says so', () => {
    renderWithFormat(<Today today={today()} now={NOW} pausedUntil={NOW + 50 * MINUTE} />);
    expect(
      screen.getByText('Counting is stopped until 2:50 PM: time watched now is not added, but limits still apply.'),
    ).toBeTruthy();
  });

  test('each limit once, where it applies: a site never opened says nothing about the all-feeds limit', () => {
    const figures = today({
      all: {
        ...today().all,
        activeMs: 3 * MINUTE,
        videos: 3,
        budget: budget(null, 3),
        next: { kind: 'limit-reached', reason: 'daily-videos' },
      },
      sites: [
        siteToday({ site: 'tiktok', activeMs: 3 * MINUTE, videos: 3 }),
        siteToday({ site: 'youtube-shorts' }),
        siteToday({ site: 'instagram-reels' }),
        siteToday({ site: 'facebook-reels', tracked: false }),
        siteToday({ site: 'rednote' }),
      ],
    });
    renderWithFormat(<Today today={figures} now={NOW} pausedUntil={null} />);
    expect(screen.getAllByText(/Limit reached/)).toHaveLength(1);
    expect(screen.getAllByText(/no daily limit/)).toHaveLength(1); // all feeds' time
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'All feeds',
      'TikTok',
    ]);
    expect(screen.getByText('Not used today: YouTube Shorts, Instagram Reels, RedNote')).toBeTruthy();
    expect(screen.getByText('Not counted (turned off in the options): Facebook Reels')).toBeTruthy();
  });

  test('one way of writing durations: whole minutes, and "under 1 min" for a few seconds, never seconds', () => {
    const figures = today({
      all: { ...today().all, activeMs: 8_000, videos: 1, session: { startedAt: NOW - 8_000, activeMs: 8_000 } },
      sites: [siteToday({ site: 'tiktok', activeMs: 400, videos: 1 }), siteToday({ site: 'rednote', activeMs: 7_600 })],
    });
    const view = renderWithFormat(<Today today={figures} now={NOW} pausedUntil={null} />);
    expect(view.container.textContent).not.toMatch(/sec/);
    expect(screen.getByText('under 1 min, no daily limit')).toBeTruthy();
    expect(screen.getByText('under 1 min · 1 video')).toBeTruthy();
    expect(screen.getByText('This session: under 1 min, since 1:59 PM')).toBeTruthy();
  });

  test('a budget of 0 reads "none today", with no bar to fill', () => {
    const figures = today({ all: { ...today().all, videos: 0, budget: budget(null, 0) }, sites: [siteToday()] });
    renderWithFormat(<Today today={figures} now={NOW} pausedUntil={null} />);
    expect(screen.getByText('0 videos, none today')).toBeTruthy();
    expect(screen.queryByLabelText('All feeds: videos today')).toBeNull();
  });

  test('a quiet day', () => {
    renderWithFormat(<Today today={today({ sites: [siteToday()] })} now={NOW} pausedUntil={null} />);
    expect(screen.getByText('Nothing watched yet today.')).toBeTruthy();
    expect(screen.getByText('Not watching right now.')).toBeTruthy();
  });
});
