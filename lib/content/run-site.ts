import { browser } from 'wxt/browser';
import type { ContentMessage, ContentReply } from '../messaging/content-protocol';
import type { Site } from '../sites/site';
import { createFailureLog } from './failures';

/** What the runtime needs of WXT's ContentScriptContext. */
export interface ScriptContext {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
}

export function sendToBackground(message: ContentMessage): Promise<ContentReply> {
  return browser.runtime.sendMessage(message) as Promise<ContentReply>;
}

/** Starts everything the extension does on one site's pages. Never throws into the page. */
export function runSite(_ctx: ScriptContext, site: Site): void {
  const failures = createFailureLog(site.id);
  try {
    sendToBackground({ type: 'health', site: site.id, capability: 'script', status: 'ok', detail: 'started' }).catch(
      failures.record,
    );
  } catch (error) {
    failures.record(error);
  }
}
