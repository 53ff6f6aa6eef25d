import type { DataActions } from '@/lib/data/actions';
import type { StoredSettings } from '@/lib/settings/commitment';

/**
 * Everything the options page needs from the browser, passed in so tests can use fakes where the browser has none
 * (entrypoints/options/environment.ts wires the real one).
 */
export interface OptionsEnvironment {
  readSettings(): Promise<StoredSettings>;
  writeSettings(value: StoredSettings): Promise<unknown>;
  /** Export, import and delete of the data counted on this device. */
  data: DataActions;
  now(): number;
  timeZone: string;
  /** Where the browser keeps its extension shortcuts: a page Chrome (and its kin) can open, a menu in Firefox. */
  browserName: 'chrome' | 'firefox';
  /** The browser shortcut of "Not interested"; null when none is set. */
  readShortcut(): Promise<string | null>;
  openShortcutSettings(): Promise<unknown>;
  /** Saves a file to the user's downloads. */
  download(file: Blob, name: string): void;
  /** The welcome has been seen: a reload shows the settings. */
  leaveWelcome(): void;
}
