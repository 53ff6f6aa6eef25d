import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { InsightsPage } from '../../../components/InsightsPage';
import { addDays } from '../../../lib/dashboard/dates';
import { openDatabase } from '../../../lib/db/database';
import type { ExperimentActions } from '../../../lib/experiment/actions';
import { type Experiment, enrol } from '../../../lib/experiment/state';
import { type Insights, loadInsights } from '../../../lib/insights/queries';
import { startOfLocalDate } from '../../../lib/tracking/local-time';
import { setLanguage } from '../../i18n';
import { day, MINUTE, total } from '../../unit/dashboard/rows';

const TIME_ZONE = 'Europe/Berlin';
const TODAY = '2026-06-02';
const NOW = startOfLocalDate(TODAY, TIME_ZONE) + 14 * 3_600_000;
let databases = 0;

async function insightsWith(experiment: Experiment | null): Promise<Insights> {
  const db = await openDatabase(`insights-page-${++databases}`);
  const tx = db.transaction(['days', 'totals'], 'readwrite');
  for (let back = 0; back < 20; back++) {
    const date = addDays(TODAY, -back);
    const style = experiment?.assignments.find((assigned) => assigned.date === date)?.style;
    const minutes = style === 'nudges-only' ? 15 : 45 + (back % 3);
    await tx
      .objectStore('days')
      .put(
        day(date, 'tiktok', { activeMs: minutes * MINUTE, videos: 6, sessions: 2, prompts: { left: 1, continued: 1 } }),
      );
    await tx.objectStore('totals').put(total(date, minutes * MINUTE));
  }
  await tx.done;
  const insights = await loadInsights(db, { now: NOW, timeZone: TIME_ZONE, experiment });
  db.close();
  return insights;
}

function actions(): ExperimentActions & { [K in keyof ExperimentActions]: ReturnType<typeof vi.fn> } {
  return {
    start: vi.fn(async () => undefined),
    stop: vi.fn(async () => undefined),
    adopt: vi.fn(async () => ({ kind: 'now' as const })),
  };
}

afterEach(() => setLanguage('en'));

test('by site for 7 and 30 days, the hour pattern, prompts and what followed: every chart with its table', async () => {
  const insights = await insightsWith(null);
  render(<InsightsPage load={async () => insights} experiment={actions()} locale="en-US" timeZone={TIME_ZONE} />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Insights' })).toBeTruthy();
  for (const name of ['By site', 'Time of day', 'Compared with your first week', 'Find what works for you']) {
    expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
  }
  const week = screen.getByRole('img', { name: /Over the last 7 days: 5 hr 21 min of watching/ });
  expect(week).toBeTruthy();
  // The bars carry their names and figures in words: nothing depends on colour.
  expect(week.textContent).toContain('TikTok5 hr 21 min · 42 videos · 14 sessions');
  const tables = screen.getAllByRole('table');
  expect(tables.length).toBeGreaterThanOrEqual(6);
  const prompts = screen.getByRole('table', { name: /you chose “I’m done” 20 of 40 times/ });
  expect(within(prompts).getByRole('row', { name: /Left the feed/ }).textContent).toContain('20');
});

test('the experiment: two or three styles picked, then started', async () => {
  const insights = await insightsWith(null);
  const given = actions();
  render(<InsightsPage load={async () => insights} experiment={given} locale="en-US" timeZone={TIME_ZONE} />);
  const start = await screen.findByRole('button', { name: 'Start the 14-day experiment' });
  fireEvent.click(screen.getByRole('checkbox', { name: /Nudges only/ }));
  expect((start as HTMLButtonElement).disabled).toBe(true);
  expect(screen.getByText('Pick two or three styles.')).toBeTruthy();
  fireEvent.click(screen.getByRole('checkbox', { name: /Ask what I came for/ }));
  fireEvent.click(start);
  expect(given.start).toHaveBeenCalledWith(['cover-at-limit', 'ask-first']);
});

test('"Slow down and grey out" can be picked, with what it does beside its name, in both languages', async () => {
  const insights = await insightsWith(null);
  const given = actions();
  const { unmount } = render(
    <InsightsPage load={async () => insights} experiment={given} locale="en-US" timeZone={TIME_ZONE} />,
  );
  const slow = await screen.findByRole('checkbox', { name: /^Slow down and grey out .*videos lose their colour/ });
  fireEvent.click(screen.getByRole('checkbox', { name: /Nudges only/ }));
  fireEvent.click(slow);
  fireEvent.click(screen.getByRole('button', { name: 'Start the 14-day experiment' }));
  expect(given.start).toHaveBeenCalledWith(['cover-at-limit', 'slow-and-grey']);
  unmount();
  setLanguage('zh_CN');
  render(<InsightsPage load={async () => insights} experiment={given} locale="zh-CN" timeZone={TIME_ZONE} />);
  expect(await screen.findByRole('checkbox', { name: /^放慢并变灰 / })).toBeTruthy();
});

test('a running experiment: the day, the figures per style with their days, the verdict, and adopting the winner', async () => {
  const experiment = enrol(['cover-at-limit', 'nudges-only'], {
    now: startOfLocalDate(addDays(TODAY, -9), TIME_ZONE) + 3_600_000,
    timeZone: TIME_ZONE,
    seed: 11,
  });
  const insights = await insightsWith(experiment);
  const given = actions();
  render(<InsightsPage load={async () => insights} experiment={given} locale="en-US" timeZone={TIME_ZONE} />);
  expect(await screen.findByText(/^Day 10 of 14\. Today’s style: /)).toBeTruthy();
  const results = screen.getByRole('table', { name: /Each style on the finished days/ });
  const nudges = within(results).getByRole('row', { name: /Nudges only/ });
  expect(nudges.textContent).toMatch(/^Nudges only\d15 min2/);
  expect(
    screen.getByText(/^“Nudges only” came with the least watching: 30 min a day less than “Cover at my limit”/),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Keep “Nudges only” from now on' }));
  expect(given.adopt).toHaveBeenCalledWith('nudges-only');
  expect((await screen.findByText('Done: your settings now follow this style.')).getAttribute('role')).toBe('status');
  fireEvent.click(screen.getByRole('button', { name: 'Stop the experiment' }));
  expect(given.stop).toHaveBeenCalled();
});

test('in Chinese', async () => {
  setLanguage('zh_CN');
  const insights = await insightsWith(null);
  render(<InsightsPage load={async () => insights} experiment={actions()} locale="zh-CN" timeZone={TIME_ZONE} />);
  expect(await screen.findByRole('heading', { level: 1, name: '洞察' })).toBeTruthy();
  expect(screen.getByRole('heading', { level: 2, name: '找到适合你的方式' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '开始 14 天实验' })).toBeTruthy();
});

test('clips sent to you and friction: how often each came over 30 days, what followed, the watching under it', async () => {
  const db = await openDatabase(`insights-page-${++databases}`);
  const tx = db.transaction(['days', 'totals'], 'readwrite');
  const kinds = {
    'shared-clip': { shown: 2, left: 1, continued: 1, watchedMs: 0 },
    'slow-swipe': { shown: 3, left: 1, continued: 2, watchedMs: 4 * MINUTE },
  };
  for (const back of [0, 3]) {
    const date = addDays(TODAY, -back);
    await tx.objectStore('days').put(day(date, 'tiktok', { activeMs: 20 * MINUTE, prompts: { kinds } }));
    await tx.objectStore('totals').put(total(date, 20 * MINUTE));
  }
  // Older than 30 days: not in the figures.
  await tx.objectStore('days').put(day(addDays(TODAY, -40), 'tiktok', { activeMs: MINUTE, prompts: { kinds } }));
  await tx.done;
  const insights = await loadInsights(db, { now: NOW, timeZone: TIME_ZONE, experiment: null });
  db.close();
  render(<InsightsPage load={async () => insights} experiment={actions()} locale="en-US" timeZone={TIME_ZONE} />);
  const section = (await screen.findByRole('heading', { level: 2, name: /Clips sent to you and friction/ }))
    .parentElement as HTMLElement;
  const table = within(section).getByRole('table');
  const clip = within(table).getByRole('row', { name: /The card after a clip sent to you/ });
  expect([...clip.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['4', '2', '2', '—']);
  const slow = within(table).getByRole('row', { name: /The wait before each next video/ });
  expect([...slow.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['6', '2', '4', '8 min']);
  // A kind that never came is not listed.
  expect(within(table).queryByRole('row', { name: /The colour drained/ })).toBeNull();
});

test('clips sent to you and friction: said plainly when none came', async () => {
  const insights = await insightsWith(null);
  render(<InsightsPage load={async () => insights} experiment={actions()} locale="en-US" timeZone={TIME_ZONE} />);
  expect(await screen.findByText('No card after a clip sent to you and no friction in the last 30 days.')).toBeTruthy();
});
