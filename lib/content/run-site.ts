import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BRIDGE_PATH } from '../bridge/protocol';
import type { BackgroundToTab, ContentMessage, ContentReply } from '../messaging/content-protocol';
import type { Site } from '../sites/site';
import { createBridgeClient } from './bridge-client';
import { createControlsSurface } from './controls-ui';
import { createFailureLog } from './failures';
import { keepMessages } from './kept-messages';
import { createNotInterested, IN_PAGE_SHORTCUT } from './not-interested';
import { createPromptController } from './prompt-controller';
import { createPromptSurface } from './prompt-ui';
import { startTracker } from './tracker';

/** Whether this script's extension instance is still there (after a reload or update its runtime is gone). */
function runtimeAlive(): boolean {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    return false;
  }
}

const isInvalidatedError = (error: unknown) =>
  error instanceof Error && /context invalidated|Receiving end does not exist|message port closed/i.test(error.message);

/**
 * Starts everything the extension does on one site's pages. Never throws into the page.
 *
 * When the extension is reloaded or updated, Chrome leaves this script running in open tabs without a runtime and
 * does not inject the new one. The script then keeps measuring (and prompting) and reaches the new instance through
 * the bridge frame, with the key the background gave this page load; it stops only if the extension does not
 * come back. WXT's context is not what ends it: a page could forge the event that invalidates that.
 */
export function runSite(ctx: ContentScriptContext, site: Site): void {
  const failures = createFailureLog(site.id);
  const lifetime = new AbortController();
  const onFailure = (error: unknown) => {
    // A message in flight when the extension went away: the outbox keeps it and the bridge resends it.
    if (!runtimeAlive() && isInvalidatedError(error)) return;
    if (error instanceof Error && error.name === 'BridgeUnavailableError') return;
    failures.record(error);
  };
  try {
    const pageId = crypto.randomUUID();
    const bridgeUrl = browser.runtime.getURL(BRIDGE_PATH);
    const words = keepMessages((globalThis as { chrome?: { i18n?: never } }).chrome?.i18n);
    let bridgeKey: string | null = null;
    let orphaned = false;
    let bridge: ReturnType<typeof createBridgeClient> | null = null;

    const send = async (message: ContentMessage): Promise<ContentReply> => {
      if (runtimeAlive()) {
        const reply = (await browser.runtime.sendMessage(message)) as ContentReply;
        if (reply?.ok && 'bridgeKey' in reply) bridgeKey = reply.bridgeKey;
        return reply;
      }
      if (lifetime.signal.aborted) throw new Error('stopped');
      if (!bridgeKey) {
        // Never introduced to the background before it went away: nothing can speak for this page.
        lifetime.abort();
        throw new Error('stopped');
      }
      bridge ??= createBridgeClient({
        window,
        document,
        url: bridgeUrl,
        page: pageId,
        key: bridgeKey,
        onMessages: (messages) => words.provide(messages),
        onGone: () => lifetime.abort(),
      });
      return bridge.send(message);
    };
    // WXT's surfaces live as long as this script does (not as long as WXT's context).
    const uiContext = {
      options: ctx.options,
      onInvalidated: (callback: () => void) => {
        lifetime.signal.addEventListener('abort', callback, { once: true });
        return () => lifetime.signal.removeEventListener('abort', callback);
      },
    } as unknown as ContentScriptContext;

    let setSuspended: (suspended: boolean) => void = () => undefined;
    const prompts = createPromptController({
      site: site.id,
      document,
      surface: createPromptSurface(uiContext, document),
      send,
      setSuspended: (suspended) => setSuspended(suspended),
      onFailure,
      signal: lifetime.signal,
    });
    const tracker = startTracker({
      site,
      window,
      document,
      now: () => Date.now(),
      send,
      signal: lifetime.signal,
      pageId,
      onFailure,
      onLeftFeed: () => prompts.leftFeed(),
      // The moment the runtime goes, what was measured goes through the bridge, so counting resumes at once.
      channelChanged: () => {
        if (orphaned || runtimeAlive()) return false;
        orphaned = true;
        return true;
      },
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
      send,
      surface: createControlsSurface(uiContext, document, {
        shortcut: IN_PAGE_SHORTCUT.label,
        onPress: () => notInterested?.run(),
        onToastClosed: () => notInterested?.closeToast(),
      }),
      signal: lifetime.signal,
      onFailure,
    });
    // The browser command arrives from our own background only (pages cannot reach runtime.onMessage).
    const onCommand = (message: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
      if ((message as BackgroundToTab | null)?.type === 'run-not-interested') notInterested?.run();
    };
    browser.runtime.onMessage.addListener(onCommand);
  } catch (error) {
    onFailure(error);
  }
}
