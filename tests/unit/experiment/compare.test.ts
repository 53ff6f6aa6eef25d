import { describe, expect, test } from 'vitest';
import {
  bootstrapDifference,
  compareStyles,
  type ExperimentDay,
  quantile,
  styleResult,
} from '../../../lib/experiment/compare';
import type { StyleId } from '../../../lib/experiment/styles';

const MINUTE = 60_000;
let dayIndex = 0;
const day = (style: StyleId, minutes: number, extra: Partial<ExperimentDay> = {}): ExperimentDay => ({
  date: `2026-06-${String(++dayIndex).padStart(2, '0')}`,
  style,
  activeMs: minutes * MINUTE,
  sessions: 2,
  prompts: { left: 0, answered: 0 },
  worth: { worth: 0, answered: 0 },
  ...extra,
});

describe('the figures of one style', () => {
  test('minutes and sessions a day, the share of prompts followed by leaving, worth-it answers, and the days', () => {
    const days = [
      day('cover-at-limit', 30, { sessions: 3, prompts: { left: 1, answered: 4 }, worth: { worth: 1, answered: 2 } }),
      day('cover-at-limit', 10, { sessions: 1, prompts: { left: 2, answered: 4 }, worth: { worth: 1, answered: 1 } }),
      day('nudges-only', 50),
    ];
    expect(styleResult('cover-at-limit', days)).toEqual({
      style: 'cover-at-limit',
      days: 2,
      minutesPerDay: 20,
      sessionsPerDay: 2,
      left: { part: 3, of: 8, share: 0.375 },
      worth: { part: 2, of: 3, share: 2 / 3 },
    });
    expect(styleResult('ask-first', days)).toMatchObject({ days: 0, minutesPerDay: null, left: { share: null } });
  });
});

describe('the comparison', () => {
  test('a large steady difference is clear: the interval stays below zero', () => {
    const days = [
      ...[20, 22, 18, 21, 19, 20, 23].map((minutes) => day('nudges-only', minutes)),
      ...[60, 58, 62, 61, 59, 57, 63].map((minutes) => day('cover-at-limit', minutes)),
    ];
    const result = compareStyles(['cover-at-limit', 'nudges-only'], days);
    expect(result).toMatchObject({ leader: 'nudges-only', runnerUp: 'cover-at-limit', verdict: 'clear' });
    expect(result.difference?.minutesPerDay).toBeCloseTo(-39.57, 2);
    expect(result.difference?.high).toBeLessThan(0);
    expect(result.difference?.low).toBeLessThan(result.difference?.minutesPerDay as number);
  });

  test('a small difference among noisy days could be chance: the interval includes zero', () => {
    const days = [
      ...[10, 60, 25, 45, 5, 50, 30].map((minutes) => day('nudges-only', minutes)),
      ...[55, 15, 40, 20, 65, 35, 8].map((minutes) => day('ask-first', minutes)),
    ];
    const result = compareStyles(['nudges-only', 'ask-first'], days);
    expect(result.verdict).toBe('could-be-chance');
    expect(result.difference?.low).toBeLessThan(0);
    expect(result.difference?.high).toBeGreaterThan(0);
  });

  test('too early with fewer than 3 days under either style, whatever the gap', () => {
    const days = [day('nudges-only', 1), day('nudges-only', 2), day('cover-at-limit', 90), day('cover-at-limit', 95)];
    expect(compareStyles(['cover-at-limit', 'nudges-only'], days).verdict).toBe('too-early');
    expect(compareStyles(['cover-at-limit', 'nudges-only'], [])).toMatchObject({
      leader: null,
      difference: null,
      verdict: 'too-early',
    });
  });

  test('the bootstrap is seeded (the same interval on every open) and the quantiles interpolate', () => {
    const a = [1, 2, 3, 4, 5];
    const b = [3, 4, 5, 6, 7];
    expect(bootstrapDifference(a, b, 5)).toEqual(bootstrapDifference(a, b, 5));
    expect(bootstrapDifference(a, b, 5).difference).toBe(-2);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(bootstrapDifference([4, 4, 4], [4, 4, 4])).toEqual({ difference: 0, low: 0, high: 0 });
  });
});
