import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundToTab, ContentMessage, ContentReply } from '../messaging/content-protocol';
import type { Site } from '../sites/site';
import { createControlsSurface } from './controls-ui';
import { createFailureLog } from './failures';
import { createNotInterested, IN_PAGE_SHORTCUT } from './not-interested';
import { createPromptController } from './prompt-controller';
import { createPromptSurface } from './prompt-ui';
import { startTracker } from './tracker';

export function sendToBackground(message: ContentMessage): Promise<ContentReply> {
  return browser.runtime.sendMessage(message) as Promise<ContentReply>;
}

/** Starts everything the extension does on one site's pages. Never throws into the page. */
export function runSite(ctx: ContentScriptContext, site: Site): void {
  const failures = createFailureLog(site.id);
  const onFailure = (error: unknown) => {
    // After an extension reload the old script's context is gone: stop quietly instead of logging.
    if (!ctx.isValid) return;
    failures.record(error);
  };
  try {
    let setSuspended: (suspended: boolean) => void = () => undefined;
    const prompts = createPromptController({
      site: site.id,
      document,
      surface: createPromptSurface(ctx, document),
      send: sendToBackground,
      setSuspended: (suspended) => setSuspended(suspended),
      onFailure,
      signal: ctx.signal,
    });
    const tracker = startTracker({
      site,
      window,
      document,
      now: () => Date.now(),
      send: sendToBackground,
      signal: ctx.signal,
      pageId: crypto.randomUUID(),
      onFailure,
      onLeftFeed: () => prompts.leftFeed(),
      onDecision: (decision) => {
        try {
          prompts.apply(decision);
        } catch (error) {
          onFailure(error);
        }
      },
    });
    setSuspended = tracker.setSuspended;

    let notInterested: ReturnType<typeof createNotInterested> | null = null;
    notInterested = createNotInterested({
      site,
      window,
      document,
      send: sendToBackground,
      surface: createControlsSurface(ctx, document, {
        shortcut: IN_PAGE_SHORTCUT.label,
        onPress: () => notInterested?.run(),
        onToastClosed: () => notInterested?.closeToast(),
      }),
      signal: ctx.signal,
      onFailure,
    });
    // The browser command arrives from our own background only (pages cannot reach runtime.onMessage).
    const onCommand = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
      if ((message as BackgroundToTab | null)?.type === 'run-not-interested') notInterested?.run();
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
  } catch (error) {
    onFailure(error);
  }
}
