import { expect, test } from 'vitest';
import { adoptStyle } from '../../../lib/experiment/actions';
import { enrol } from '../../../lib/experiment/state';
import { readExperiment, writeExperiment } from '../../../lib/experiment/store';
import { defaultSettings } from '../../../lib/settings/schema';
import { readSettings, readStoredSettings, writeStoredSettings } from '../../../lib/settings/store';

const NOW = Date.UTC(2026, 5, 16, 12);
const HOUR = 3_600_000;

test('adopting a stricter style applies now', async () => {
  await writeStoredSettings({ settings: defaultSettings(), pending: [], updatedAt: 1 });
  await writeExperiment(enrol(['ask-first', 'nudges-only'], { now: NOW - 14 * 24 * HOUR, timeZone: 'UTC', seed: 1 }));
  // Asking what you came for is one more prompt: a tightening.
  expect(await adoptStyle('ask-first', NOW)).toEqual({ kind: 'now' });
  expect((await readSettings(NOW)).prompts).toMatchObject({ intention: true, nudge: true, breathing: true });
  expect((await readExperiment())?.adopted).toEqual({ style: 'ask-first', at: NOW });
});

test('adopting a looser style waits the cooling-off delay, like any loosening in the options', async () => {
  await writeStoredSettings({ settings: defaultSettings(), pending: [], updatedAt: 1 });
  // "Nudges only" turns the breathing pause off: a loosening, pending for the 24 hours of the default delay.
  expect(await adoptStyle('nudges-only', NOW)).toEqual({ kind: 'pending', effectiveAt: NOW + 24 * HOUR });
  expect((await readSettings(NOW)).prompts.breathing).toBe(true);
  expect((await readSettings(NOW + 24 * HOUR)).prompts.breathing).toBe(false);
  expect((await readStoredSettings()).pending.map((change) => change.path)).toEqual(['prompts.breathing']);
});
