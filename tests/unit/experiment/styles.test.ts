import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { adoptStyle } from '../../../lib/experiment/actions';
import { enrol, parseExperiment, settingsForToday, styleChangeToTell } from '../../../lib/experiment/state';
import { readExperiment, takeStyleChange, writeExperiment } from '../../../lib/experiment/store';
import { applyStyle } from '../../../lib/experiment/styles';
import { buildExport, parseExport } from '../../../lib/export/format';
import { decide, emptyPromptStates } from '../../../lib/limits/decide';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { readSettings, readStoredSettings, writeStoredSettings } from '../../../lib/settings/store';

const NOW = Date.UTC(2026, 5, 16, 12);
const HOUR = 3_600_000;
const MIN = 60_000;

function withBudget(edit: (settings: Settings) => void = () => undefined): Settings {
  const settings = defaultSettings();
  settings.limits.sites.tiktok.weekday.dailyMinutes = 30;
  edit(settings);
  return settings;
}

/** What the rules decide at 31 minutes of a 30-minute budget, under the settings of the day. */
const pastBudget = (settings: Settings) =>
  decide({
    now: NOW,
    timeZone: 'UTC',
    site: 'tiktok',
    siteName: 'TikTok',
    settings,
    today: { site: { activeMs: 31 * MIN, videos: 0 }, all: { activeMs: 31 * MIN, videos: 0 } },
    session: { site: null, all: null },
    state: emptyPromptStates(),
    activeVideo: 'counted',
  });

describe('"Slow down and grey out"', () => {
  test('past a budget the feed is drained of colour and slowed instead of covered; the prompts stay yours', () => {
    const yours = withBudget((s) => {
      s.prompts.nudge = false;
    });
    expect(pastBudget(yours).show).toMatchObject({ kind: 'limit' });
    const day = applyStyle(yours, 'slow-and-grey');
    expect(day.prompts).toEqual(yours.prompts);
    expect(day.limits).toEqual(yours.limits);
    const decision = pastBudget(day);
    expect(decision.show).toBeNull();
    expect(decision.friction).toEqual({ greyscale: true, slowSwipeSeconds: 3, reason: 'over-budget', scope: 'site' });
  });

  test('each next video waits the seconds you set, or 3 when you set no wait', () => {
    const seven = withBudget((s) => {
      s.friction.slowSwipeSeconds = 7;
      s.friction.greyscale = false;
    });
    expect(applyStyle(seven, 'slow-and-grey').friction).toMatchObject({ slowSwipeSeconds: 7, greyscale: true });
    const none = withBudget((s) => {
      s.friction.slowSwipeSeconds = null;
    });
    expect(pastBudget(applyStyle(none, 'slow-and-grey')).friction?.slowSwipeSeconds).toBe(3);
  });

  test('"Cover at my limit" covers the feed on its days even when you chose to be slowed down', () => {
    const slowed = withBudget((s) => {
      s.friction.overBudget = 'slow-down';
    });
    expect(pastBudget(slowed).show).toBeNull();
    expect(pastBudget(applyStyle(slowed, 'cover-at-limit')).show).toMatchObject({ kind: 'limit' });
    expect(pastBudget(applyStyle(slowed, 'nudges-only')).show).toMatchObject({ kind: 'limit' });
  });

  test('an experiment with it is stored and read back; its days use the friction overlay', async () => {
    const experiment = enrol(['slow-and-grey', 'cover-at-limit'], { now: NOW, timeZone: 'UTC', seed: 5 });
    await writeExperiment(experiment);
    expect(await readExperiment()).toEqual(experiment);
    expect(parseExperiment(JSON.parse(JSON.stringify(experiment)))).toEqual(experiment);
    const slowDay = experiment.assignments.find((day) => day.style === 'slow-and-grey');
    const at = Date.parse(`${slowDay?.date}T12:00:00Z`);
    expect(settingsForToday(withBudget(), experiment, at, 'UTC').friction.overBudget).toBe('slow-down');
  });

  test('on a day it starts, the first prompt says so, once', async () => {
    const experiment = enrol(['slow-and-grey', 'nudges-only'], { now: NOW, timeZone: 'UTC', seed: 5 });
    const slowDay = experiment.assignments.find(
      (day, index) => day.style === 'slow-and-grey' && experiment.assignments[index - 1]?.style !== 'slow-and-grey',
    );
    expect(slowDay).toBeDefined();
    expect(styleChangeToTell(experiment, slowDay?.date ?? '')).toBe('slow-and-grey');
    await writeExperiment(experiment);
    const at = Date.parse(`${slowDay?.date}T12:00:00Z`);
    expect(await takeStyleChange(at, 'UTC')).toMatchObject({ style: 'slow-and-grey' });
    expect(await takeStyleChange(at + MIN, 'UTC')).toBeNull();
  });
});

describe('adopting "Slow down and grey out"', () => {
  test('friction instead of the cover is a loosening: it waits the cooling-off delay, as in the options', async () => {
    await writeStoredSettings({ settings: withBudget(), pending: [], updatedAt: 1 });
    await writeExperiment(
      enrol(['slow-and-grey', 'cover-at-limit'], { now: NOW - 14 * 24 * HOUR, timeZone: 'UTC', seed: 3 }),
    );
    expect(await adoptStyle('slow-and-grey', NOW)).toEqual({ kind: 'pending', effectiveAt: NOW + 24 * HOUR });
    expect((await readSettings(NOW)).friction.overBudget).toBe('cover');
    expect((await readSettings(NOW + 24 * HOUR)).friction).toMatchObject({
      overBudget: 'slow-down',
      greyscale: true,
      slowSwipeSeconds: 3,
    });
    expect((await readStoredSettings()).pending.map((change) => change.path)).toEqual(['friction.overBudget']);
    expect((await readExperiment())?.adopted).toEqual({ style: 'slow-and-grey', at: NOW });
  });

  test('from "slow down" already, turning the grey and the wait on is a tightening and applies now', async () => {
    const slowed = withBudget((s) => {
      s.friction.overBudget = 'slow-down';
      s.friction.greyscale = false;
      s.friction.slowSwipeSeconds = null;
    });
    await writeStoredSettings({ settings: slowed, pending: [], updatedAt: 1 });
    expect(await adoptStyle('slow-and-grey', NOW)).toEqual({ kind: 'now' });
    expect((await readSettings(NOW)).friction).toMatchObject({ greyscale: true, slowSwipeSeconds: 3 });
  });
});

test('an export with it reads back; the style is in its assignments and results', async () => {
  const db = await openDatabase('styles-export');
  const experiment = enrol(['slow-and-grey', 'ask-first'], { now: NOW - 3 * 24 * HOUR, timeZone: 'UTC', seed: 9 });
  const document = await buildExport(db, defaultSettings(), { now: NOW, timeZone: 'UTC', experiment });
  db.close();
  expect(document.experiment?.styles).toEqual(['slow-and-grey', 'ask-first']);
  expect(document.experiment?.results.map((result) => result.style)).toContain('slow-and-grey');
  expect(parseExport(JSON.stringify(document))).toEqual({ ok: true, document });
});
