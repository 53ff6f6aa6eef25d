import type { DataActions } from '@/lib/data/actions';
import type { Experiment } from '@/lib/experiment/state';
import type { StoredSettings } from '@/lib/settings/commitment';
import type { ShareOutbox, SharingChoice } from '@/lib/sync/sharing';

/** "Your browsers": this browser's choice to add up the user's browsers through storage.sync (lib/sync). */
export interface SharingEnvironment {
  read(): Promise<{ choice: SharingChoice; outbox: ShareOutbox }>;
  turnOn(): Promise<SharingChoice>;
  /** Resolves with whether every record this browser shared is gone already. */
  turnOff(): Promise<boolean>;
  rename(name: string): Promise<SharingChoice>;
  /** storage.sync stays on this device (Firefox for Android). */
  staysOnDevice(): Promise<boolean>;
}

/**
 * Everything the options page needs from the browser, passed in so tests can use fakes where the browser has none
 * (entrypoints/options/environment.ts wires the real one).
 */
export interface OptionsEnvironment {
  readSettings(): Promise<StoredSettings>;
  /** The experiment on this device, if one was started (its style of the day overrides the prompt settings). */
  readExperiment(): Promise<Experiment | null>;
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
  sharing: SharingEnvironment;
}
