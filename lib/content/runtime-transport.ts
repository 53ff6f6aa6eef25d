import { browser } from '@wxt-dev/browser';
import type { BackgroundToTab } from '../messaging/content-protocol';
import type { Transport } from './channel';

/**
 * The extension runtime as the channel's transport. WXT's own `browser` (Chrome's `chrome`, Firefox's `browser`):
 * the webextension-polyfill would add about 10 KB to every page load and does nothing here in MV3.
 */
export function runtimeTransport(): Transport {
  const ownId = browser.runtime.id;
  return {
    send: (message) => browser.runtime.sendMessage(message),
    alive() {
      try {
        return browser.runtime?.id !== undefined;
      } catch {
        return false;
      }
    },
    onCommand(listener, signal) {
      // Only our own background (no tab): pages cannot reach runtime.onMessage, other extensions carry their id.
      const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
        if (sender.id !== ownId || sender.tab !== undefined) return;
        if ((message as BackgroundToTab | null)?.type === 'run-not-interested') listener(message as BackgroundToTab);
      };
      browser.runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
    },
  };
}
