import { browser } from 'wxt/browser';
import { startBridgeFrame } from '@/lib/bridge/frame';
import type { ContentReply } from '@/lib/messaging/content-protocol';

startBridgeFrame({
  window,
  send: (message) => browser.runtime.sendMessage(message) as Promise<ContentReply>,
  messages: async () => {
    // Every key is in the English file; each is read back in the browser's language.
    const english = (await (await fetch('/_locales/en/messages.json')).json()) as Record<string, unknown>;
    const getMessage = browser.i18n.getMessage as (key: string) => string;
    return Object.fromEntries(Object.keys(english).map((key) => [key, getMessage(key)]));
  },
});
