import { afterEach, describe, expect, test, vi } from 'vitest';
import { startBridgeFrame } from '../../../lib/bridge/frame';
import { BRIDGE_CONNECT, BRIDGE_READY } from '../../../lib/bridge/protocol';
import { createBridgeClient } from '../../../lib/content/bridge-client';
import { keepMessages } from '../../../lib/content/kept-messages';
import type { BridgedMessage, ContentReply } from '../../../lib/messaging/content-protocol';

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const URL_ = `${ORIGIN}/bridge.html`;
const check = { type: 'check', site: 'tiktok' } as const;

/** The frames the client made (they sit in closed shadow roots, so the test keeps them as they are made). */
function captureFrames() {
  const frames: HTMLIFrameElement[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      for (const frame of root.querySelectorAll('iframe')) {
        if (frames.includes(frame)) continue;
        // The bridge page's window, as the client sees it from the page (happy-dom loads no extension pages).
        Object.defineProperty(frame, 'contentWindow', { value: { postMessage: () => undefined } });
        frames.push(frame);
      }
    }).observe(root, { childList: true });
    return root;
  });
  return frames;
}

/** Plays the bridge page inside `frame`: says it is ready, then relays with `relay` what arrives over the port. */
function playBridge(frame: HTMLIFrameElement, relay: (message: BridgedMessage) => Promise<ContentReply>) {
  const bridgeWindow = frame.contentWindow as Window;
  const connects: { data: unknown; targetOrigin: string }[] = [];
  const frameSide = new EventTarget() as EventTarget & { parent: Window };
  frameSide.parent = window;
  vi.spyOn(bridgeWindow, 'postMessage').mockImplementation(((
    data: unknown,
    targetOrigin: string,
    transfer: Transferable[],
  ) => {
    connects.push({ data, targetOrigin });
    frameSide.dispatchEvent(
      new MessageEvent('message', {
        data,
        source: window,
        ports: transfer as MessagePort[],
        origin: 'https://www.tiktok.com',
      }),
    );
  }) as never);
  vi.spyOn(window, 'postMessage').mockImplementation(((data: unknown) => {
    window.dispatchEvent(new MessageEvent('message', { data, source: bridgeWindow, origin: ORIGIN }));
  }) as never);
  startBridgeFrame({
    window: frameSide as unknown as Window,
    send: relay,
    messages: async () => ({ prompts_limit_title: "You've reached today's limit" }),
  });
  return connects;
}

/** A client for page-load-0001 with its key; each test changes what it is about. */
const client = (over: Partial<Parameters<typeof createBridgeClient>[0]> = {}) =>
  createBridgeClient({
    window,
    document,
    url: URL_,
    page: 'page-load-0001',
    key: 'k'.repeat(43),
    onMessages: () => undefined,
    onGone: () => undefined,
    ...over,
  });

const nextFrame = async (frames: HTMLIFrameElement[], count: number) => {
  await vi.waitFor(() => expect(frames.length).toBeGreaterThanOrEqual(count));
  return frames[count - 1] as HTMLIFrameElement;
};

afterEach(() => {
  vi.useRealTimers();
  for (const host of document.querySelectorAll('mindful-feed-bridge')) host.remove();
});

describe('the bridge between an orphaned content script and the new extension instance', () => {
  test('messages reach the background wrapped with the page id and key; replies and words come back', async () => {
    const frames = captureFrames();
    const relayed: BridgedMessage[] = [];
    const words: Record<string, string>[] = [];
    const reply = client({ onMessages: (messages) => words.push(messages) }).send(check);
    const frame = await nextFrame(frames, 1);
    expect(frame.src).toBe(URL_);
    const connects = playBridge(frame, async (message) => {
      relayed.push(message);
      return {
        ok: true,
        prompt: { show: null, next: { afterWatchingMs: null, at: null, afterVideos: null, onNewVideo: false } },
      };
    });
    await expect(reply).resolves.toMatchObject({ ok: true, prompt: { show: null } });
    // The key went to the extension's origin only.
    expect(connects).toEqual([
      { data: { type: BRIDGE_CONNECT, page: 'page-load-0001', key: 'k'.repeat(43) }, targetOrigin: ORIGIN },
    ]);
    expect(relayed).toEqual([{ type: 'bridged', page: 'page-load-0001', key: 'k'.repeat(43), message: check }]);
    await vi.waitFor(() => expect(words).toEqual([{ prompts_limit_title: "You've reached today's limit" }]));
    // The frame is invisible and out of the tab order.
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    expect(frame.tabIndex).toBe(-1);
  });

  test('a "ready" from the page itself is ignored; without the bridge the script is told to stop', async () => {
    captureFrames();
    let gone = 0;
    const stopping = client({ onGone: () => gone++, readyTimeoutMs: 50, giveUpAfterMs: 400 });
    const reply = stopping.send(check);
    // The page (not the bridge frame) pretends to be ready: nothing is sent to it.
    window.dispatchEvent(new MessageEvent('message', { data: { type: BRIDGE_READY }, source: window, origin: ORIGIN }));
    await expect(reply).rejects.toThrow(/did not come back/);
    expect(gone).toBe(1);
    await expect(stopping.send(check)).rejects.toThrow(/did not come back/);
  });

  test('a request without a reply is given up and the next one connects afresh', async () => {
    const frames = captureFrames();
    const impatient = client({ replyTimeoutMs: 100 });
    const first = impatient.send(check);
    playBridge(await nextFrame(frames, 1), () => new Promise(() => undefined));
    await expect(first).rejects.toThrow(/no reply/);
    expect(document.querySelectorAll('mindful-feed-bridge')).toHaveLength(0);
    const second = impatient.send(check);
    playBridge(await nextFrame(frames, 2), async () => ({ ok: true }));
    await expect(second).resolves.toEqual({ ok: true });
  });

  test('the bridge page ignores connections from anything but its parent, and malformed requests', async () => {
    const sent: BridgedMessage[] = [];
    const frameSide = new EventTarget() as EventTarget & { parent: Window };
    frameSide.parent = window;
    const ready = vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
    startBridgeFrame({
      window: frameSide as unknown as Window,
      send: async (message) => {
        sent.push(message);
        return { ok: true };
      },
      messages: async () => ({}),
    });
    expect(ready).toHaveBeenCalledWith({ type: BRIDGE_READY }, '*');
    const stranger = new MessageChannel();
    frameSide.dispatchEvent(
      new MessageEvent('message', {
        data: { type: BRIDGE_CONNECT, page: 'p', key: 'k' },
        source: null,
        ports: [stranger.port2],
      }),
    );
    const parent = new MessageChannel();
    frameSide.dispatchEvent(
      new MessageEvent('message', {
        data: { type: BRIDGE_CONNECT, page: 'p', key: 'k' },
        source: window,
        ports: [parent.port2],
      }),
    );
    stranger.port1.postMessage({ id: 1, message: check });
    parent.port1.postMessage({ id: 'x', message: check });
    parent.port1.postMessage({ id: 2, message: check });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent).toEqual([{ type: 'bridged', page: 'p', key: 'k', message: check }]);
    stranger.port1.close();
    parent.port1.close();
  });
});

describe("the extension's words after its runtime is gone", () => {
  test('getMessage answers from the kept words once the runtime throws, and as before until then', () => {
    let alive = true;
    const api = {
      getMessage: (key: string) => {
        if (!alive) throw new Error('Extension context invalidated.');
        return `live ${key}`;
      },
    };
    const words = keepMessages(api);
    expect(api.getMessage('a')).toBe('live a');
    alive = false;
    expect(() => api.getMessage('a')).toThrow(/invalidated/);
    words.provide({ a: 'kept a' });
    expect(api.getMessage('a')).toBe('kept a');
    expect(() => api.getMessage('b')).toThrow(/invalidated/);
  });
});
