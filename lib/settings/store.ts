import { storage } from '@wxt-dev/storage';
import { defaultSettings, parseSettings, SETTINGS_VERSION, type Settings } from './schema';

/** The settings, versioned in storage so that later shapes migrate from earlier ones. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
