import { browser } from 'wxt/browser';

/** On first install, the options page opens on its short welcome (what is counted, nothing leaves the device). */
export function onInstalled(details: { reason: string }): Promise<unknown> | undefined {
  if (details.reason !== 'install') return undefined;
  return browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
}
