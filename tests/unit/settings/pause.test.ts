import { expect, test } from 'vitest';
import { isPaused, pauseTracking, readPause, resumeTracking } from '../../../lib/settings/pause';

const NOW = Date.UTC(2026, 5, 2, 10);

test('a pause lasts an hour, is kept in the history, and can end early', async () => {
  expect(isPaused(await readPause(), NOW)).toBe(false);
  await pauseTracking(NOW);
  const paused = await readPause();
  expect(isPaused(paused, NOW + 59 * 60_000)).toBe(true);
  expect(isPaused(paused, NOW + 60 * 60_000)).toBe(false);
  await resumeTracking(NOW + 10 * 60_000);
  const state = await readPause();
  expect(isPaused(state, NOW + 11 * 60_000)).toBe(false);
  expect(state.history).toEqual([{ startedAt: NOW, until: NOW + 10 * 60_000 }]);
});
