import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { type Database, openDatabase } from '../db/database';
import { createStorageFaultReporter } from '../db/storage-fault';
import { NOT_INTERESTED_COMMAND } from '../messaging/commands';
import type { BackgroundToTab } from '../messaging/content-protocol';
import { isPaused, readPause } from '../settings/pause';
import { readSettings } from '../settings/store';
import { SITE_URLS } from '../sites/catalog';
import { browserSharingStores } from '../sync/items';
import { createSharing } from '../sync/sharing';
import { currentTimeZone } from '../tracking/local-time';
import { type BackgroundDeps, handleContentMessage } from './content-messages';
import { createHandoffKeys, newHandoffSecret } from './handoff-keys';
import { INJECTED_FLAG, injectIntoOpenTabs, markInjected } from './inject';
import { onInstalled } from './install';
import { type FeedTabs, leaveFeed } from './leave-feed';

/**
 * The secret behind hand-over keys: made once, kept across reloads and updates (never leaves the extension). The
 * storage key keeps the name of the bridge it first served, so keys given before an update still verify after it.
 */
const handoffSecretItem = storage.defineItem<string | null>('local:bridgeSecret', { fallback: null, version: 1 });

async function handoffSecret(): Promise<string> {
  const stored = await handoffSecretItem.getValue();
  if (stored) return stored;
  const secret = newHandoffSecret();
  await handoffSecretItem.setValue(secret);
  return secret;
}

/** Registers every background listener synchronously, so a worker woken by an event finds them in place. */
export function registerBackground(): void {
  let database: Promise<Database> | undefined;
  const log = (message: string, error: unknown) => console.error(`[Mindful Feed] ${message}`, error);
  const sharing = createSharing(browserSharingStores(), log);
  // Another browser's shared totals arrive through sync: the cache follows them (read in full on first need).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync') sharing.changed(changes);
  });
  const deps: BackgroundDeps = {
    db: () => {
      database ??= openDatabase().catch((error: unknown) => {
        database = undefined;
        throw error;
      });
      return database;
    },
    extensionId: browser.runtime.id,
    now: () => Date.now(),
    timeZone: currentTimeZone,
    // Chrome accepts 15 s at the least; a shorter threshold still applies in the page.
    idleState: async (thresholdS) => browser.idle.queryState(Math.max(15, thresholdS)),
    settings: () => readSettings(),
    paused: async () => isPaused(await readPause(), Date.now()),
    closeTab: async (tabId) => {
      await leaveFeed(tabId, browser.tabs as unknown as FeedTabs, browser.runtime.getURL('/done.html'));
    },
    openResources: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/resources.html') });
    },
    handoffKeys: createHandoffKeys(handoffSecret),
    storageFault: createStorageFaultReporter(() => Date.now()),
    log,
    sharing,
  };
  browser.runtime.onMessage.addListener((message, sender) => handleContentMessage(message, sender, deps));
  browser.runtime.onInstalled.addListener((details) => {
    onInstalled(details)?.catch((error: unknown) => deps.log?.('could not open the welcome page', error));
    // Feed tabs already open get the new version's content script (it takes over from the old one).
    void injectIntoOpenTabs(details.reason, SITE_URLS, {
      tabsMatching: (patterns) => browser.tabs.query({ url: patterns }),
      executeScript: async (tabId, file) => {
        await browser.scripting.executeScript({ target: { tabId }, func: markInjected, args: [INJECTED_FLAG] });
        return browser.scripting.executeScript({ target: { tabId }, files: [file as never] });
      },
      log: deps.log,
    });
  });
  // The browser's own keyboard shortcut (rebindable in its shortcut settings) goes to the tab it was pressed in.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== NOT_INTERESTED_COMMAND || tab?.id === undefined) return;
    const message: BackgroundToTab = { type: 'run-not-interested' };
    browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}
