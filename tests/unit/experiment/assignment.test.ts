import { describe, expect, test } from 'vitest';
import { assignStyles, EXPERIMENT_DAYS, seededRandom } from '../../../lib/experiment/assignment';
import {
  type Experiment,
  enrol,
  parseExperiment,
  settingsForToday,
  styleChangeToTell,
  styleToday,
} from '../../../lib/experiment/state';
import { experimentItem, readExperiment, writeExperiment } from '../../../lib/experiment/store';
import { applyStyle, STYLE_IDS, type StyleId } from '../../../lib/experiment/styles';
import { defaultSettings } from '../../../lib/settings/schema';

/** Three styles, as many as an experiment takes. */
const THREE: StyleId[] = ['cover-at-limit', 'slow-and-grey', 'ask-first'];

const counts = (days: StyleId[]) =>
  Object.fromEntries(STYLE_IDS.map((id) => [id, days.filter((day) => day === id).length]).filter(([, n]) => n));

describe('the days of an experiment', () => {
  test('two styles get 7 days each, three get 5, 5 and 4, whatever the seed', () => {
    for (let seed = 0; seed < 200; seed++) {
      const two = assignStyles(['cover-at-limit', 'nudges-only'], seed);
      expect(two).toHaveLength(EXPERIMENT_DAYS);
      expect(counts(two)).toEqual({ 'cover-at-limit': 7, 'nudges-only': 7 });
      const three = Object.values(counts(assignStyles(THREE, seed))).sort();
      expect(three).toEqual([4, 5, 5]);
    }
  });

  test('balanced as it goes: after any number of days no style is more than one day ahead of another', () => {
    for (let seed = 0; seed < 100; seed++) {
      const days = assignStyles(THREE, seed);
      for (let length = 1; length <= days.length; length++) {
        const sofar = THREE.map((id) => days.slice(0, length).filter((day) => day === id).length);
        expect(Math.max(...sofar) - Math.min(...sofar)).toBeLessThanOrEqual(1);
      }
    }
  });

  test('random: the seed changes the order, and each style starts the experiment about equally often', () => {
    const firsts = new Map<StyleId, number>();
    const orders = new Set<string>();
    for (let seed = 0; seed < 3000; seed++) {
      const days = assignStyles(THREE, seed);
      orders.add(days.join());
      firsts.set(days[0] as StyleId, (firsts.get(days[0] as StyleId) ?? 0) + 1);
    }
    expect(orders.size).toBeGreaterThan(100);
    for (const id of THREE) expect(firsts.get(id)).toBeGreaterThan(850);
  });

  test('stable: the same seed gives the same days, and so does a restart that reads the stored experiment', async () => {
    expect(assignStyles(THREE, 42)).toEqual(assignStyles(THREE, 42));
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    const experiment = enrol(['nudges-only', 'ask-first'], { now: Date.UTC(2026, 5, 2, 12), timeZone: 'UTC', seed: 9 });
    await writeExperiment(experiment);
    const again = await readExperiment();
    expect(again?.assignments).toEqual(experiment.assignments);
    expect(again?.assignments.map((day) => day.style)).toEqual(assignStyles(['nudges-only', 'ask-first'], 9));
    expect(experiment.assignments[0]?.date).toBe('2026-06-02');
    expect(experiment.assignments.at(-1)?.date).toBe('2026-06-15');
  });
});

describe('the style of the day', () => {
  const now = Date.UTC(2026, 5, 2, 12);
  const experiment: Experiment = {
    ...enrol(['cover-at-limit', 'nudges-only'], { now, timeZone: 'UTC', seed: 1 }),
    assignments: Array.from({ length: 14 }, (_, index) => ({
      date: `2026-06-${String(index + 2).padStart(2, '0')}`,
      style: (index === 1 ? 'cover-at-limit' : index % 2 === 0 ? 'cover-at-limit' : 'nudges-only') as StyleId,
    })),
  };

  test('overlays the prompt settings for the day and leaves the limits alone; nothing outside the 14 days', () => {
    const settings = defaultSettings();
    const today = settingsForToday(settings, { ...experiment }, now, 'UTC');
    expect(today.prompts).toMatchObject({ nudge: false, breathing: true, intention: false });
    expect(today.limits).toEqual(settings.limits);
    expect(settingsForToday(settings, experiment, Date.UTC(2026, 5, 16, 12), 'UTC')).toEqual(settings);
    expect(styleToday({ ...experiment, stoppedAt: now }, '2026-06-02')).toBeNull();
    expect(applyStyle(settings, 'ask-first').prompts.intention).toBe(true);
  });

  test('the style change is told on day 1 and when the style differs from the day before, once each', () => {
    expect(styleChangeToTell(experiment, '2026-06-02')).toBe('cover-at-limit');
    expect(styleChangeToTell(experiment, '2026-06-03')).toBeNull(); // the same style as the day before
    expect(styleChangeToTell(experiment, '2026-06-05')).toBe('nudges-only');
    expect(styleChangeToTell({ ...experiment, announced: ['2026-06-05'] }, '2026-06-05')).toBeNull();
  });

  test('a stored value that does not validate reads as no experiment', async () => {
    expect(parseExperiment({ styles: ['cover-at-limit'] })).toBeNull();
    await experimentItem.setValue({ nonsense: true } as never);
    expect(await readExperiment()).toBeNull();
  });
});
