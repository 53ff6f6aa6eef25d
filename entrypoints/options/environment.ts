import { browser } from 'wxt/browser';
import type { OptionsEnvironment } from '@/components/options/environment';
import { dataActions } from '@/lib/data/actions';
import { downloadWithLink } from '@/lib/data/download';
import { openDatabase } from '@/lib/db/database';
import { readExperiment } from '@/lib/experiment/store';
import { NOT_INTERESTED_COMMAND } from '@/lib/messaging/commands';
import { readStoredSettings, writeStoredSettings } from '@/lib/settings/store';
import { browserSharingStores, defaultDeviceName, syncStaysOnDevice } from '@/lib/sync/items';
import {
  readChoice,
  readOtherBrowsersDays,
  readOutbox,
  renameDevice,
  turnSharingOff,
  turnSharingOn,
} from '@/lib/sync/sharing';
import { currentTimeZone } from '@/lib/tracking/local-time';

/** The options page's environment in the browser: settings storage, the database, the shortcut settings. */
export function browserEnvironment(): OptionsEnvironment {
  return {
    readSettings: readStoredSettings,
    writeSettings: writeStoredSettings,
    readExperiment,
    data: dataActions(
      () => openDatabase(),
      () => readOtherBrowsersDays(browserSharingStores()),
    ),
    now: () => Date.now(),
    timeZone: currentTimeZone(),
    browserName: import.meta.env.FIREFOX ? 'firefox' : 'chrome',
    readShortcut: async () => {
      // Firefox for Android has no keyboard shortcuts (no `commands` API).
      if (!(browser as { commands?: unknown }).commands) return null;
      const commands = await browser.commands.getAll();
      return commands.find((command) => command.name === NOT_INTERESTED_COMMAND)?.shortcut || null;
    },
    openShortcutSettings: () => browser.tabs.create({ url: 'chrome://extensions/shortcuts' }),
    download: downloadWithLink,
    leaveWelcome: () => history.replaceState(null, '', `${location.pathname}${location.search}`),
    sharing: {
      read: async () => {
        const stores = browserSharingStores();
        return { choice: await readChoice(stores), outbox: await readOutbox(stores) };
      },
      turnOn: async () => turnSharingOn(browserSharingStores(), await defaultDeviceName()),
      turnOff: () => turnSharingOff(browserSharingStores()),
      rename: (name) => renameDevice(browserSharingStores(), name),
      staysOnDevice: syncStaysOnDevice,
    },
  };
}
