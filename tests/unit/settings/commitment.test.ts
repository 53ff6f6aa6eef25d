import { describe, expect, test } from 'vitest';
import {
  effectiveSettings,
  isLoosening,
  proposeSettings,
  quietMinutes,
  type StoredSettings,
} from '../../../lib/settings/commitment';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';

const NOW = Date.UTC(2026, 5, 2, 10);
const HOUR = 3_600_000;

function stored(settings: Settings = defaultSettings()): StoredSettings {
  return { settings, pending: [], updatedAt: 0 };
}

function withTikTokMinutes(base: Settings, minutes: number | null): Settings {
  const next = structuredClone(base);
  next.limits.sites.tiktok.weekday.dailyMinutes = minutes;
  return next;
}

describe('commitment: tighten now, loosen later', () => {
  test('setting a limit where there was none takes effect at once', () => {
    const result = proposeSettings(stored(), withTikTokMinutes(defaultSettings(), 30), NOW);
    expect(effectiveSettings(result, NOW).limits.sites.tiktok.weekday.dailyMinutes).toBe(30);
    expect(result.pending).toEqual([]);
  });

  test('raising a limit waits for the cooling-off delay and is pending meanwhile', () => {
    const start = proposeSettings(stored(), withTikTokMinutes(defaultSettings(), 30), NOW);
    const raised = proposeSettings(start, withTikTokMinutes(start.settings, 60), NOW + HOUR);
    expect(raised.pending).toEqual([
      {
        path: 'limits.sites.tiktok.weekday.dailyMinutes',
        value: 60,
        requestedAt: NOW + HOUR,
        effectiveAt: NOW + 25 * HOUR,
      },
    ]);
    expect(effectiveSettings(raised, NOW + 24 * HOUR).limits.sites.tiktok.weekday.dailyMinutes).toBe(30);
    expect(effectiveSettings(raised, NOW + 25 * HOUR).limits.sites.tiktok.weekday.dailyMinutes).toBe(60);
  });

  test('removing a limit, turning a site off and more snoozes are loosening too', () => {
    const base = withTikTokMinutes(defaultSettings(), 30);
    const looser = withTikTokMinutes(base, null);
    looser.sites['instagram-reels'].enabled = false;
    looser.snooze.perDay = 5;
    const result = proposeSettings(stored(base), looser, NOW);
    expect(result.pending.map((change) => change.path).sort()).toEqual([
      'limits.sites.tiktok.weekday.dailyMinutes',
      'sites.instagram-reels.enabled',
      'snooze.perDay',
    ]);
  });

  test('a stricter change cancels a pending loosening of the same setting', () => {
    const base = withTikTokMinutes(defaultSettings(), 30);
    const pending = proposeSettings(stored(base), withTikTokMinutes(base, 90), NOW);
    const stricter = proposeSettings(pending, withTikTokMinutes(base, 20), NOW + HOUR);
    expect(stricter.pending).toEqual([]);
    expect(effectiveSettings(stricter, NOW + 30 * HOUR).limits.sites.tiktok.weekday.dailyMinutes).toBe(20);
  });

  test('shortening the cooling-off delay is itself delayed; lengthening it is immediate', () => {
    const shorter = { ...defaultSettings(), coolingOffHours: 1 };
    expect(proposeSettings(stored(), shorter, NOW).pending.map((change) => change.path)).toEqual(['coolingOffHours']);
    const longer = { ...defaultSettings(), coolingOffHours: 48 };
    expect(effectiveSettings(proposeSettings(stored(), longer, NOW), NOW).coolingOffHours).toBe(48);
  });

  test('quiet hours that cover more are stricter; covering less waits', () => {
    const on = {
      ...defaultSettings(),
      quietHours: { enabled: true, start: '23:00', end: '07:00', days: [0, 1, 2, 3, 4] },
    };
    const longer = { ...on, quietHours: { ...on.quietHours, start: '22:00' } };
    const shorter = { ...on, quietHours: { ...on.quietHours, end: '06:00' } };
    expect(isLoosening('quietHours', on.quietHours, longer.quietHours)).toBe(false);
    expect(isLoosening('quietHours', on.quietHours, shorter.quietHours)).toBe(true);
    expect(isLoosening('quietHours', on.quietHours, { ...on.quietHours, enabled: false })).toBe(true);
    expect(quietMinutes(on.quietHours).size).toBe(5 * 8 * 60);
  });

  test('friction: slowing down instead of the cover waits; the cover, a longer wait or clips covered apply now', () => {
    expect(isLoosening('friction.overBudget', 'cover', 'slow-down')).toBe(true);
    expect(isLoosening('friction.overBudget', 'cover', 'slow-down-then-cover')).toBe(true);
    expect(isLoosening('friction.overBudget', 'slow-down', 'cover')).toBe(false);
    expect(isLoosening('friction.slowSwipeSeconds', 3, 5)).toBe(false);
    expect(isLoosening('friction.slowSwipeSeconds', 3, 1)).toBe(true);
    expect(isLoosening('friction.slowSwipeSeconds', 3, null)).toBe(true);
    expect(isLoosening('friction.greyscale', true, false)).toBe(true);
    expect(isLoosening('friction.coverAfterMinutes', 10, 5)).toBe(false);
    expect(isLoosening('sharedClips.playAfterLimit', true, false)).toBe(false);
    expect(isLoosening('sharedClips.playAfterLimit', false, true)).toBe(true);
    const base = defaultSettings();
    const slower = { ...base, friction: { ...base.friction, overBudget: 'slow-down' as const } };
    const result = proposeSettings(stored(base), slower, NOW);
    expect(result.settings.friction.overBudget).toBe('cover');
    expect(result.pending.map((change) => change.path)).toEqual(['friction.overBudget']);
  });

  test('with no cooling-off delay everything applies at once', () => {
    const base = { ...withTikTokMinutes(defaultSettings(), 30), coolingOffHours: 0 };
    const result = proposeSettings(stored(base), withTikTokMinutes(base, null), NOW);
    expect(result.pending).toEqual([]);
    expect(effectiveSettings(result, NOW).limits.sites.tiktok.weekday.dailyMinutes).toBeNull();
  });
});
