import { describe, expect, test } from 'vitest';
import { type BackgroundDeps, handleContentMessage } from '../../lib/background/content-messages';
import { createHandoffKeys, newHandoffSecret } from '../../lib/background/handoff-keys';
import { readDashboard } from '../../lib/dashboard/read';
import { openDatabase } from '../../lib/db/database';
import { createStorageFaultReporter, readStorageFault } from '../../lib/db/storage-fault';
import { defaultSettings } from '../../lib/settings/schema';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const NOW = Date.UTC(2026, 5, 2, 10);
const sender = {
  id: EXTENSION_ID,
  url: 'https://www.tiktok.com/foryou',
  tab: { id: 4, url: 'https://www.tiktok.com/foryou' },
  frameId: 0,
};
const beat = (seq: number) => ({
  type: 'heartbeat',
  site: 'tiktok',
  page: 'page-fault-1',
  activeVideo: 'none',
  beats: [{ seq, segments: [{ start: NOW - 5_000 + seq, end: NOW + seq }], videos: [] }],
});

describe('the popup learns that saving fails', () => {
  test('a failed heartbeat write marks the fault; the next write that works clears it', async () => {
    const db = await openDatabase('storage-fault');
    let broken = true;
    const deps: BackgroundDeps = {
      db: async () => {
        if (broken) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        return db;
      },
      extensionId: EXTENSION_ID,
      now: () => NOW,
      timeZone: () => 'UTC',
      idleState: async () => 'active',
      settings: async () => defaultSettings(),
      paused: async () => false,
      closeTab: async () => undefined,
      openResources: async () => undefined,
      handoffKeys: createHandoffKeys(async () => newHandoffSecret()),
      storageFault: createStorageFaultReporter(() => NOW),
    };
    expect(await handleContentMessage(beat(1), sender, deps)).toEqual({ ok: false, error: 'storage' });
    expect(await readStorageFault()).toEqual({ v: 1, since: NOW, detail: 'QuotaExceededError: Quota exceeded' });
    expect((await readDashboard({ now: NOW, timeZone: 'UTC', dbName: 'storage-fault' })).savingFailedSince).toBe(NOW);

    broken = false;
    expect(await handleContentMessage(beat(1), sender, deps)).toMatchObject({ ok: true, applied: [1] });
    expect(await readStorageFault()).toBeNull();
    expect((await readDashboard({ now: NOW, timeZone: 'UTC', dbName: 'storage-fault' })).savingFailedSince).toBeNull();
    db.close();
  });
});
