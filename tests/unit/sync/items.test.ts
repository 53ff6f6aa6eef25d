import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserSharingStores, shareOutboxItem, sharingChoiceItem } from '../../../lib/sync/items';
import { parseShared, sharedKey } from '../../../lib/sync/records';
import { readChoice, readOutbox, SHARING_VERSION, turnSharingOn } from '../../../lib/sync/sharing';

describe('where “Your browsers” keeps its state', () => {
  test('the choice, device id and name in this browser’s own storage, nothing in sync', async () => {
    const stores = browserSharingStores();
    expect(await readChoice(stores)).toEqual({ enabled: false, deviceId: null, name: '' });
    await turnSharingOn(stores, 'Chrome on Linux');
    const local = await fakeBrowser.storage.local.get(null);
    expect(local.sharing).toMatchObject({ enabled: true, name: 'Chrome on Linux' });
    // Version 1 of a WXT item carries no marker (an unmarked value is v1, where a later version's migration starts).
    expect(SHARING_VERSION).toBe(1);
    expect(local.sharing$).toBeUndefined();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // The device id is made once: turning it on again keeps it (the other browsers know this one by it).
    const { deviceId } = await readChoice(stores);
    expect(deviceId).toMatch(/^[0-9a-f-]{36}$/);
    await turnSharingOn(stores, 'another name');
    expect(await readChoice(stores)).toMatchObject({ deviceId, name: 'Chrome on Linux' });
  });

  test('a damaged stored value reads as off, never as a half-made choice', async () => {
    await sharingChoiceItem.setValue({ enabled: 'yes', deviceId: 42 });
    await shareOutboxItem.setValue('garbage');
    const stores = browserSharingStores();
    expect(await readChoice(stores)).toEqual({ enabled: false, deviceId: null, name: '' });
    expect((await readOutbox(stores)).writtenAt).toBe(0);
  });

  test('a shared record of another version (a newer Mindful Feed elsewhere) is left out, not misread', () => {
    const device = '00000000-0000-4000-8000-00000000000b';
    const record = {
      v: 1,
      device,
      name: 'Home desktop',
      tz: 'Europe/Berlin',
      date: '2026-06-02',
      seq: 1,
      at: 0,
      all: 60,
      sites: { tiktok: { s: 60, n: 1 } },
      met: [],
    };
    expect(parseShared(sharedKey(device, '2026-06-02'), record)).not.toBeNull();
    expect(parseShared(sharedKey(device, '2026-06-02'), { ...record, v: 2, extra: true })).toBeNull();
  });
});
