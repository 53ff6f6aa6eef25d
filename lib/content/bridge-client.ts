import { BRIDGE_CONNECT, BRIDGE_READY, type BridgeRequest, type BridgeToScript } from '../bridge/protocol';
import type { ContentMessage, ContentReply } from '../messaging/content-protocol';

export interface BridgeClientDeps {
  window: Window;
  document: Document;
  /** The bridge page's URL, taken while the runtime was alive (chrome-extension://<id>/bridge.html). */
  url: string;
  page: string;
  key: string;
  /** The extension's words, for prompts drawn after the runtime is gone. */
  onMessages: (messages: Record<string, string>) => void;
  /** The extension did not come back (removed or disabled): the script should stop. */
  onGone: () => void;
  /** How long one attempt waits for the bridge to announce itself. */
  readyTimeoutMs?: number;
  /** How long a request waits for its reply before the connection is taken for broken. */
  replyTimeoutMs?: number;
  /** How long after the runtime went away the extension must be back before the script gives up. */
  giveUpAfterMs?: number;
}

/** Once the frame has loaded, how long its "ready" may take to arrive. */
const LOADED_READY_MS = 1_000;

export class BridgeUnavailableError extends Error {
  constructor(reason: string) {
    super(`bridge unavailable: ${reason}`);
    this.name = 'BridgeUnavailableError';
  }
}

/**
 * The content script's end of the bridge: frames the extension's bridge page (invisible, in a closed shadow root),
 * waits for it to say it is ready, hands it a private port with the page id and key, and sends messages over it.
 * Attempts are retried with growing gaps while a reloaded or updated extension starts; if it does not come back,
 * the script is told to stop.
 */
export function createBridgeClient(deps: BridgeClientDeps) {
  const { window: win, document: doc } = deps;
  // Spelled out: URL.origin is "null" for non-web schemes outside Chrome.
  const { protocol, host: extensionHost } = new URL(deps.url);
  const origin = `${protocol}//${extensionHost}`;
  const readyTimeoutMs = deps.readyTimeoutMs ?? 3_000;
  const replyTimeoutMs = deps.replyTimeoutMs ?? 10_000;
  const giveUpAfterMs = deps.giveUpAfterMs ?? 120_000;
  const startedAt = Date.now();

  let host: HTMLElement | null = null;
  let port: MessagePort | null = null;
  let connecting: Promise<MessagePort> | null = null;
  let gone = false;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (reply: ContentReply) => void; reject: (error: Error) => void }>();

  function teardown() {
    port?.close();
    port = null;
    host?.remove();
    host = null;
    for (const [, pending] of waiting) pending.reject(new BridgeUnavailableError('connection closed'));
    waiting.clear();
  }

  function attempt(): Promise<MessagePort> {
    return new Promise((resolve, reject) => {
      host = doc.createElement('mindful-feed-bridge');
      host.style.setProperty('display', 'none', 'important');
      const shadow = host.attachShadow({ mode: 'closed' });
      const frame = doc.createElement('iframe');
      frame.setAttribute('aria-hidden', 'true');
      frame.tabIndex = -1;
      frame.src = deps.url;
      shadow.append(frame);
      const fail = () => {
        win.removeEventListener('message', onReady);
        reject(new BridgeUnavailableError('the bridge did not answer'));
      };
      let timer = win.setTimeout(fail, readyTimeoutMs);
      // A frame the browser refused (the extension is not back yet) loads an error page that never answers.
      frame.addEventListener(
        'load',
        () => {
          win.clearTimeout(timer);
          timer = win.setTimeout(fail, LOADED_READY_MS);
        },
        { once: true },
      );
      const onReady = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || event.origin !== origin) return;
        if ((event.data as { type?: unknown } | null)?.type !== BRIDGE_READY) return;
        win.removeEventListener('message', onReady);
        win.clearTimeout(timer);
        const channel = new MessageChannel();
        channel.port1.onmessage = (message) => receive(message.data as BridgeToScript);
        // Only the extension's origin can receive this: the page never sees the port, the page id or the key.
        frame.contentWindow?.postMessage({ type: BRIDGE_CONNECT, page: deps.page, key: deps.key }, origin, [
          channel.port2,
        ]);
        resolve(channel.port1);
      };
      win.addEventListener('message', onReady);
      (doc.body ?? doc.documentElement).append(host);
    });
  }

  function receive(data: BridgeToScript) {
    if (data?.type === 'messages') deps.onMessages(data.messages);
    if (data?.type === 'reply') {
      const pending = waiting.get(data.id);
      waiting.delete(data.id);
      pending?.resolve(data.reply);
    }
  }

  async function connect(): Promise<MessagePort> {
    let gap = 250;
    for (;;) {
      try {
        return await attempt();
      } catch {
        teardown();
        if (Date.now() - startedAt + gap > giveUpAfterMs) {
          gone = true;
          deps.onGone();
          throw new BridgeUnavailableError('the extension did not come back');
        }
        await new Promise((resolve) => win.setTimeout(resolve, gap));
        gap = Math.min(gap * 2, 8_000);
      }
    }
  }

  function open(): Promise<MessagePort> {
    if (port && host?.isConnected) return Promise.resolve(port);
    if (port) teardown(); // the page removed our frame
    connecting ??= connect()
      .then((connected) => {
        port = connected;
        return connected;
      })
      .finally(() => {
        connecting = null;
      });
    return connecting;
  }

  return {
    async send(message: ContentMessage): Promise<ContentReply> {
      if (gone) throw new BridgeUnavailableError('the extension did not come back');
      const connected = await open();
      const id = nextId++;
      return new Promise<ContentReply>((resolve, reject) => {
        const timer = win.setTimeout(() => {
          waiting.delete(id);
          // No reply: the extension went away again (or is restarting). Connect afresh next time.
          teardown();
          reject(new BridgeUnavailableError('no reply'));
        }, replyTimeoutMs);
        waiting.set(id, {
          resolve: (reply) => {
            win.clearTimeout(timer);
            resolve(reply);
          },
          reject: (error) => {
            win.clearTimeout(timer);
            reject(error);
          },
        });
        const request: BridgeRequest = { id, message };
        connected.postMessage(request);
      });
    },
    close: teardown,
  };
}
