import { browser } from 'wxt/browser';
import type { ContentMessage, ContentReply } from '../messaging/content-protocol';
import type { Site } from '../sites/site';
import { createFailureLog } from './failures';
import { startTracker } from './tracker';

/** What the runtime needs of WXT's ContentScriptContext. */
export interface ScriptContext {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
}

export function sendToBackground(message: ContentMessage): Promise<ContentReply> {
  return browser.runtime.sendMessage(message) as Promise<ContentReply>;
}

/** Starts everything the extension does on one site's pages. Never throws into the page. */
export function runSite(ctx: ScriptContext, site: Site): void {
  const failures = createFailureLog(site.id);
  const onFailure = (error: unknown) => {
    // After an extension reload the old script's context is gone: stop quietly instead of logging.
    if (!ctx.isValid) return;
    failures.record(error);
  };
  try {
    startTracker({
      site,
      window,
      document,
      now: () => Date.now(),
      send: sendToBackground,
      signal: ctx.signal,
      pageId: crypto.randomUUID(),
      onFailure,
    });
  } catch (error) {
    onFailure(error);
  }
}
