import { expect, test } from 'vitest';
import { addDays } from '../../../lib/dashboard/dates';
import { openDatabase } from '../../../lib/db/database';
import { enrol } from '../../../lib/experiment/state';
import { loadInsights } from '../../../lib/insights/queries';
import { startOfLocalDate } from '../../../lib/tracking/local-time';
import { day, MINUTE, total } from '../dashboard/rows';

const TIME_ZONE = 'Europe/Berlin';
const TODAY = '2026-06-02';
const NOW = startOfLocalDate(TODAY, TIME_ZONE) + 14 * 3_600_000;

test('the last 7 and 30 days by site, what followed the prompts, and the worth-it answers', async () => {
  const db = await openDatabase('insights-periods');
  const tx = db.transaction(['days', 'totals', 'worthIt'], 'readwrite');
  for (let back = 0; back < 40; back++) {
    const date = addDays(TODAY, -back);
    await tx.objectStore('days').put(day(date, 'tiktok', { activeMs: 10 * MINUTE, videos: 4, sessions: 1 }));
    await tx
      .objectStore('days')
      .put(day(date, 'rednote', { activeMs: 5 * MINUTE, videos: 1, sessions: 1, prompts: { left: 1, continued: 2 } }));
    await tx.objectStore('totals').put(total(date, 14 * MINUTE));
  }
  const session = (back: number, answer: 'worth' | 'not-really' | null) => ({
    sessionStart: NOW - back * 86_400_000,
    sessionEnd: NOW - back * 86_400_000 + 10 * MINUTE,
    activeMs: 10 * MINUTE,
    askedAt: NOW,
    answer,
    answeredAt: answer ? NOW : null,
  });
  for (const row of [session(1, 'worth'), session(2, 'not-really'), session(3, null), session(35, 'worth')]) {
    await tx.objectStore('worthIt').put(row);
  }
  await tx.done;
  const insights = await loadInsights(db, { now: NOW, timeZone: TIME_ZONE, experiment: null });
  db.close();
  expect(insights.last7).toMatchObject({ days: 7, activeMs: 7 * 14 * MINUTE, videos: 35 });
  expect(insights.last7.sites.find((site) => site.site === 'tiktok')).toEqual({
    site: 'tiktok',
    activeMs: 70 * MINUTE,
    videos: 28,
    sessions: 7,
  });
  expect(insights.last30.activeMs).toBe(30 * 14 * MINUTE);
  expect(insights.prompts).toMatchObject({ left: 30, continued: 60, backOut: { answered: 90 } });
  expect(insights.worth).toMatchObject({ worth: 1, notReally: 1, answered: 2, share: 0.5 });
  expect(insights.baseline).toMatchObject({ status: 'ready', change: 0 });
  expect(insights.experiment).toBeNull();
});

test('the experiment: finished days only, each under its assigned style, with the comparison', async () => {
  const db = await openDatabase('insights-experiment');
  const start = addDays(TODAY, -5);
  const experiment = enrol(['cover-at-limit', 'nudges-only'], {
    now: startOfLocalDate(start, TIME_ZONE) + 3_600_000,
    timeZone: TIME_ZONE,
    seed: 3,
  });
  const tx = db.transaction(['days', 'totals'], 'readwrite');
  for (const { date, style } of experiment.assignments.slice(0, 6)) {
    const minutes = style === 'nudges-only' ? 20 : 50;
    await tx.objectStore('days').put(day(date, 'tiktok', { activeMs: minutes * MINUTE, sessions: 2 }));
    await tx.objectStore('totals').put(total(date, minutes * MINUTE));
  }
  await tx.done;
  const insights = await loadInsights(db, { now: NOW, timeZone: TIME_ZONE, experiment });
  db.close();
  expect(insights.experiment?.dayToday).toBe(6);
  // Today (day 6) is not finished: five days are measured.
  expect(insights.experiment?.days.map((measured) => measured.date)).toEqual(
    experiment.assignments.slice(0, 5).map((assigned) => assigned.date),
  );
  const results = insights.experiment?.comparison.results ?? [];
  expect(results.find((result) => result.style === 'nudges-only')?.minutesPerDay).toBe(20);
  expect(results.find((result) => result.style === 'cover-at-limit')?.minutesPerDay).toBe(50);
  expect(insights.experiment?.comparison.leader).toBe('nudges-only');
});
