import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { HourPattern } from '../../../components/popup/HourPattern';
import { TrendChart } from '../../../components/popup/TrendChart';
import { Trends } from '../../../components/popup/Trends';
import { datesEnding } from '../../../lib/dashboard/dates';
import type { Trends as TrendFigures } from '../../../lib/dashboard/queries';
import { dashboard, MINUTE, trendDay } from './dashboard';
import { renderWithFormat } from './render';

const week = datesEnding('2026-06-02', 7).map((date, index) =>
  trendDay(date, index === 3 ? { tiktok: [40, 30], rednote: [10, 4] } : { tiktok: [10, 5] }),
);

describe('the daily chart', () => {
  test('is one image with a summary of what it shows', () => {
    renderWithFormat(<TrendChart days={week} measure="time" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Watching time per day over the last 7 days, by site: 1 hr 50 min in all; most on Sat, May 30, 50 min.',
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['TikTok', 'RedNote']);
  });

  test('has every figure in a table: each day, all feeds, and each site', () => {
    renderWithFormat(<TrendChart days={week} measure="videos" />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(rows[0]?.textContent).toBe('DayAll feedsBy site');
    expect(
      within(rows[4] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['34 videos', 'TikTok 30 videos, RedNote 4 videos']);
    expect(within(table).getByRole('rowheader', { name: 'Sat, May 30' })).toBeTruthy();
    expect(screen.getByText('Show as a table').tagName).toBe('SUMMARY');
  });

  test('says so when there is nothing to show yet', () => {
    renderWithFormat(<TrendChart days={[trendDay('2026-06-02', {})]} measure="videos" />);
    expect(screen.getByRole('img', { name: 'Videos watched per day over the last 1 days: none yet.' })).toBeTruthy();
  });
});

test('the hour pattern: 24 hours, the busiest named, every hour in a table', () => {
  const hours = new Array(24).fill(0);
  hours[21] = 95 * MINUTE;
  hours[8] = 10 * MINUTE;
  renderWithFormat(<HourPattern hours={hours} />, 'en-GB');
  expect(
    screen.getByRole('img', {
      name: 'Watching time by hour of day over the last 30 days: most between 21:00 and 22:00, 1 hr 35 mins.',
    }),
  ).toBeTruthy();
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  expect(rows).toHaveLength(25);
  expect(rows[22]?.textContent).toBe('21:001 hr 35 mins');
});

describe('the trends section', () => {
  const trends = (over: Partial<TrendFigures> = {}): TrendFigures => ({ ...dashboard().trends, ...over });

  test('switches between 7 and 30 days, and between time and videos', () => {
    renderWithFormat(<Trends trends={trends()} />);
    const chart = () => screen.getAllByRole('img')[0]?.getAttribute('aria-label');
    expect(chart()).toMatch(/^Watching time per day over the last 7 days/);
    fireEvent.click(screen.getByRole('radio', { name: '30 days' }));
    expect(chart()).toMatch(/^Watching time per day over the last 30 days/);
    fireEvent.click(screen.getByRole('radio', { name: 'Videos' }));
    expect(chart()).toBe(
      'Videos watched per day over the last 30 days, by site: 9 videos in all; most on Tue, Jun 2, 9 videos.',
    );
    expect((screen.getByRole('radio', { name: 'Videos' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Period' })).toBeTruthy();
  });

  test('the change against the first week', () => {
    renderWithFormat(
      <Trends
        trends={trends({
          baseline: { status: 'ready', firstWeekDailyMs: 40 * MINUTE, lastWeekDailyMs: 30 * MINUTE, change: -0.25 },
        })}
      />,
    );
    expect(screen.getByText('-25% vs your first week')).toBeTruthy();
    expect(screen.getByText('30 min a day over the last 7 days, 40 min a day in your first week.')).toBeTruthy();
  });

  test('not enough data yet for the first-week comparison', () => {
    renderWithFormat(<Trends trends={trends()} />);
    expect(screen.getByText('Not enough data yet: this needs two weeks of history.')).toBeTruthy();
  });
});

test('the time-of-day axis starts its first label at the chart’s edge, so "12:00 AM" is not cut to ":00 AM"', () => {
  const hours = new Array(24).fill(0).map((_, hour) => (hour === 21 ? 30 * MINUTE : 0));
  const view = renderWithFormat(<HourPattern hours={hours} />);
  const labels = [...view.container.querySelectorAll('text.mf-axis')].map((text) => [
    text.textContent,
    text.getAttribute('text-anchor'),
    Number(text.getAttribute('x')),
  ]);
  expect(labels[0]).toEqual(['12:00 AM', 'start', 0]);
  for (const [, anchor, x] of labels.slice(1)) {
    expect(anchor).toBe('middle');
    expect(x).toBeGreaterThan(24);
    expect(x).toBeLessThan(340 - 24);
  }
});
