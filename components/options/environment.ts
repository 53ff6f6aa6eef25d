import { browser } from 'wxt/browser';
import { type Database, openDatabase } from '@/lib/db/database';
import { NOT_INTERESTED_COMMAND } from '@/lib/messaging/commands';
import type { StoredSettings } from '@/lib/settings/commitment';
import { readStoredSettings, writeStoredSettings } from '@/lib/settings/store';
import { currentTimeZone } from '@/lib/tracking/local-time';

/** Everything the options page needs from the browser, passed in so tests can use fakes where the browser has none. */
export interface OptionsEnvironment {
  readSettings(): Promise<StoredSettings>;
  writeSettings(value: StoredSettings): Promise<unknown>;
  database(): Promise<Database>;
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

/** A Blob URL and a click on `<a download>`: no `downloads` permission needed. */
function downloadWithLink(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; revoking it later frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function browserEnvironment(): OptionsEnvironment {
  let database: Promise<Database> | undefined;
  return {
    readSettings: readStoredSettings,
    writeSettings: writeStoredSettings,
    database: () => {
      database ??= openDatabase().catch((error: unknown) => {
        database = undefined;
        throw error;
      });
      return database;
    },
    now: () => Date.now(),
    timeZone: currentTimeZone(),
    browserName: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
    readShortcut: async () => {
      const commands = await browser.commands.getAll();
      return commands.find((command) => command.name === NOT_INTERESTED_COMMAND)?.shortcut || null;
    },
    openShortcutSettings: () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' }),
    download: downloadWithLink,
    leaveWelcome: () => history.replaceState(null, '', `${location.pathname}${location.search}`),
  };
}
