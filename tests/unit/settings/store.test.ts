import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../lib/settings/schema';
import { readSettings, readStoredSettings, writeStoredSettings } from '../../../lib/settings/store';

describe('stored settings', () => {
  test('first install: the defaults — tracking everywhere, a break every 20 minutes, no hard limits', async () => {
    const settings = await readSettings();
    expect(Object.values(settings.sites).every((site) => site.enabled)).toBe(true);
    expect(settings.limits.all.weekday.sessionMinutes).toBe(20);
    expect(settings.limits.sites.tiktok.weekday).toEqual({
      dailyMinutes: null,
      dailyVideos: null,
      sessionMinutes: null,
    });
    expect(settings.prompts.intention).toBe(false);
    expect(settings.coolingOffHours).toBe(24);
  });

  test('version 1 settings migrate to version 2, keeping what the user chose', async () => {
    const v1 = { ...defaultSettings(), idleThresholdSeconds: 45 } as Record<string, unknown>;
    const { idleThresholdSeconds, sites } = v1;
    await fakeBrowser.storage.sync.set({
      settings: { idleThresholdSeconds, sites: { ...(sites as object), rednote: { enabled: false } } },
      settings$: { v: 1 },
    });
    const settings = await readSettings();
    expect(settings.idleThresholdSeconds).toBe(45);
    expect(settings.sites.rednote.enabled).toBe(false);
    expect(settings.snooze).toEqual({ minutes: 5, perDay: 2 });
    expect(settings.sharedClips.playAfterLimit).toBe(true);
    expect(settings.friction.overBudget).toBe('cover');
  });

  test('version 2 settings migrate to version 3: every choice and pending change kept, clips sent to me play on', async () => {
    const { sharedClips: _clips, friction: _friction, ...v2 } = { ...defaultSettings(), coolingOffHours: 36 };
    v2.limits.sites.tiktok.weekday.dailyMinutes = 15;
    const pending = [{ path: 'coolingOffHours', value: 48, requestedAt: 1, effectiveAt: 9_000_000_000_000 }];
    await fakeBrowser.storage.sync.set({ settings: { settings: v2, pending, updatedAt: 7 }, settings$: { v: 2 } });
    const stored = await readStoredSettings();
    expect(stored.settings.coolingOffHours).toBe(36);
    expect(stored.settings.limits.sites.tiktok.weekday.dailyMinutes).toBe(15);
    expect(stored.pending).toEqual(pending);
    expect(stored.updatedAt).toBe(7);
    expect(stored.settings.sharedClips).toEqual({ playAfterLimit: true });
    expect(stored.settings.friction).toEqual({
      overBudget: 'cover',
      coverAfterMinutes: 10,
      greyscale: true,
      slowSwipeSeconds: 3,
      onLadder: false,
    });
  });

  test('a version 3 value that lost its version marker is kept as it is', async () => {
    const settings = defaultSettings();
    settings.friction.overBudget = 'slow-down';
    settings.sharedClips.playAfterLimit = false;
    await fakeBrowser.storage.sync.set({ settings: { settings, pending: [], updatedAt: 5 } });
    const stored = await readStoredSettings();
    expect(stored.settings.friction.overBudget).toBe('slow-down');
    expect(stored.settings.sharedClips.playAfterLimit).toBe(false);
  });

  test('when storage.sync refuses the write (quota), the local copy holds the settings', async () => {
    const stricter = { settings: { ...defaultSettings(), coolingOffHours: 48 }, pending: [], updatedAt: 10 };
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await writeStoredSettings(stricter)).toBe('local');
    expect((await readStoredSettings()).settings.coolingOffHours).toBe(48);
  });

  test('the newest copy wins between sync and local', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { settings: { ...defaultSettings(), coolingOffHours: 30 }, pending: [], updatedAt: 20 },
      settings$: { v: 3 },
    });
    await fakeBrowser.storage.local.set({
      settings: { settings: { ...defaultSettings(), coolingOffHours: 40 }, pending: [], updatedAt: 10 },
      settings$: { v: 3 },
    });
    expect((await readStoredSettings()).settings.coolingOffHours).toBe(30);
  });

  test('a version 2 value that lost its version marker is kept, not reset to the defaults', async () => {
    const { sharedClips: _clips, friction: _friction, ...v2 } = defaultSettings();
    const stored = { settings: { ...v2, coolingOffHours: 72 }, pending: [], updatedAt: 5 };
    await fakeBrowser.storage.sync.set({ settings: stored });
    expect((await readStoredSettings()).settings.coolingOffHours).toBe(72);
  });

  test('a corrupted stored value falls back to the defaults instead of breaking', async () => {
    await fakeBrowser.storage.sync.set({ settings: { settings: { sites: 'x' } }, settings$: { v: 3 } });
    expect(await readSettings()).toEqual(defaultSettings());
  });
});
