import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { effectiveSettings, type StoredSettings, storedSettingsSchema } from './commitment';
import {
  defaultSettings,
  migrateV1toV2,
  migrateV2toV3,
  SETTINGS_VERSION,
  type Settings,
  settingsV2Schema,
} from './schema';

/** The stored value as version 2 wrote it (v2 settings, with pending changes). */
const storedV2Schema = z.extend(storedSettingsSchema, { settings: settingsV2Schema });

function initial(): StoredSettings {
  return { settings: defaultSettings(), pending: [], updatedAt: 0 };
}

const itemOptions = {
  fallback: initial(),
  version: SETTINGS_VERSION,
  migrations: {
    // A value without a version marker is taken for v1; if it already has a later shape (the marker can be lost
    // when storage is cleared under a running worker), it is kept as it is rather than reset.
    2: (old: unknown): unknown =>
      storedSettingsSchema.safeParse(old).data ??
      storedV2Schema.safeParse(old).data ?? { settings: migrateV1toV2(old), pending: [], updatedAt: 0 },
    // v2 → v3: every choice and pending change kept, the new settings at their defaults.
    3: (old: unknown): StoredSettings => {
      const current = storedSettingsSchema.safeParse(old);
      if (current.success) return current.data;
      const v2 = storedV2Schema.safeParse(old);
      if (!v2.success) return initial();
      return { settings: migrateV2toV3(v2.data.settings), pending: v2.data.pending, updatedAt: v2.data.updatedAt };
    },
  },
};

/** Settings follow the user across browsers through storage.sync; a local copy takes over where sync cannot. */
const SETTINGS_KEY = 'settings';
export const syncSettingsItem = storage.defineItem<StoredSettings>(`sync:${SETTINGS_KEY}`, itemOptions);
export const localSettingsItem = storage.defineItem<StoredSettings>(`local:${SETTINGS_KEY}`, itemOptions);

function valid(value: unknown): StoredSettings | null {
  const parsed = storedSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * One copy, with its version marker, in a single storage read. Another browser may have synced an older version
 * since this worker started, so every read checks the marker, and migrates (through the item) only when it is old.
 */
async function readCopy(area: 'sync' | 'local', item: typeof syncSettingsItem): Promise<StoredSettings | null> {
  const got = await browser.storage[area].get([SETTINGS_KEY, `${SETTINGS_KEY}$`]);
  const value: unknown = got[SETTINGS_KEY];
  if (value === undefined) return null;
  const marker = got[`${SETTINGS_KEY}$`] as { v?: unknown } | undefined;
  const version = typeof marker?.v === 'number' ? marker.v : 1;
  if (version >= SETTINGS_VERSION) return valid(value);
  await item.migrate();
  return valid(await item.getValue());
}

/** The newest valid copy of the stored settings (with pending changes), or the defaults. */
export async function readStoredSettings(): Promise<StoredSettings> {
  const [synced, local] = await Promise.all([
    readCopy('sync', syncSettingsItem).catch(() => null),
    readCopy('local', localSettingsItem).catch(() => null),
  ]);
  const copies = [synced, local].filter((copy): copy is StoredSettings => copy !== null);
  return copies.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? initial();
}

/** Writes both copies; a failed sync write (quota, no sync) leaves the local copy in charge. */
export async function writeStoredSettings(value: StoredSettings): Promise<'sync' | 'local'> {
  await localSettingsItem.setValue(value);
  try {
    await syncSettingsItem.setValue(value);
    return 'sync';
  } catch {
    return 'local';
  }
}

/** The settings in force now. */
export async function readSettings(now = Date.now()): Promise<Settings> {
  return effectiveSettings(await readStoredSettings(), now);
}
