import { browser } from 'wxt/browser';
import { type Database, openDatabase } from '../db/database';
import { handleContentMessage } from './content-messages';

/** Registers every background listener synchronously, so a worker woken by an event finds them in place. */
export function registerBackground(): void {
  let database: Promise<Database> | undefined;
  const deps = {
    db: () => {
      database ??= openDatabase();
      return database;
    },
    extensionId: browser.runtime.id,
    now: () => Date.now(),
  };
  browser.runtime.onMessage.addListener((message, sender) => handleContentMessage(message, sender, deps));
}
