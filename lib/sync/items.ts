import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { SyncArea } from './area';
import { defaultChoice, emptyOutbox, SHARING_VERSION, type SharingStores } from './sharing';

/**
 * Where the sharing keeps its state in the extension: the choice, device id and name, and what was last shared, in
 * this browser's own storage (versioned items; they must not sync), the shared records in storage.sync.
 */
export const sharingChoiceItem = storage.defineItem<unknown>('local:sharing', {
  fallback: defaultChoice(),
  version: SHARING_VERSION,
});
export const shareOutboxItem = storage.defineItem<unknown>('local:sharingOutbox', {
  fallback: emptyOutbox(),
  version: SHARING_VERSION,
});

export function browserSyncArea(): SyncArea {
  return {
    get: (keys) => browser.storage.sync.get(keys) as Promise<Record<string, unknown>>,
    set: (items) => browser.storage.sync.set(items),
    remove: (keys) => browser.storage.sync.remove(keys),
  };
}

export function browserSharingStores(): SharingStores {
  return { sync: browserSyncArea(), choice: sharingChoiceItem, outbox: shareOutboxItem };
}

/** A name for this browser until the user gives one: "Chrome on Linux". */
export async function defaultDeviceName(): Promise<string> {
  const browserName = import.meta.env.FIREFOX ? 'Firefox' : 'Chrome';
  const os = await platform();
  const names: Record<string, string> = {
    mac: 'macOS',
    win: 'Windows',
    linux: 'Linux',
    cros: 'ChromeOS',
    android: 'Android',
  };
  const system = names[os];
  return system ? `${browserName} on ${system}` : browserName;
}

/** Firefox for Android keeps storage.sync on the device: nothing syncs (MDN, Firefox bug 1625257). */
export async function syncStaysOnDevice(): Promise<boolean> {
  if (!import.meta.env.FIREFOX) return false;
  return (await platform()) === 'android';
}

async function platform(): Promise<string> {
  try {
    return (await browser.runtime.getPlatformInfo()).os;
  } catch {
    return '';
  }
}
