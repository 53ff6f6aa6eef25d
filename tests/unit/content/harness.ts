import { vi } from 'vitest';
import type { BreakPromptProps } from '../../../components/prompts/types';
import type { Transport } from '../../../lib/content/channel';
import type { ChunkLoaders } from '../../../lib/content/chunks';
import type { PromptSurface } from '../../../lib/content/prompt-presenter';
import { notInterestedUi } from '../../../lib/content/ui/not-interested';
import * as promptUi from '../../../lib/content/ui/prompts';
import type { Decision } from '../../../lib/limits/decide';
import type { ContentMessage, Heartbeat } from '../../../lib/messaging/content-protocol';
import { tiktokNotInterested } from '../../../lib/sites/tiktok/not-interested';
import { readSnapshots } from '../../fixtures/snapshots';

export const T = Date.UTC(2026, 5, 2, 10);
export const noPrompt: Decision = {
  show: null,
  next: { afterWatchingMs: null, at: null, afterVideos: null, onNewVideo: false },
};
export const tracking = { enabled: true, idleThresholdS: 60 };
/** A handoff key as the background makes them (32 bytes, base64url). */
export const HANDOFF_KEY = 'q'.repeat(43);

export function setUrl(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** A committed snapshot of the TikTok fixture as the page, its videos playing or paused. */
export function loadFeed(snapshot: string, playing: boolean, url = 'https://www.tiktok.com/foryou') {
  const html = readSnapshots('tiktok').find((candidate) => candidate.name === snapshot)?.html ?? '';
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(document.importNode(parsed.body, true).childNodes));
  setUrl(url);
  for (const video of document.querySelectorAll('video')) {
    let paused = !playing;
    Object.defineProperty(video, 'paused', { configurable: true, get: () => paused });
    Object.defineProperty(video, 'readyState', { configurable: true, get: () => 4 });
    Object.defineProperty(video, 'pause', { configurable: true, value: () => (paused = true) });
    Object.defineProperty(video, 'play', {
      configurable: true,
      value: () => {
        paused = false;
        return Promise.resolve();
      },
    });
    // happy-dom has no layout: the active video gets a box, so the button has somewhere to sit.
    video.getBoundingClientRect = () => ({ left: 100, top: 50, width: 300, height: 500 }) as DOMRect;
  }
}

let visibility: DocumentVisibilityState = 'visible';
export function useVisibility() {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  vi.spyOn(document, 'hasFocus').mockImplementation(() => visibility === 'visible');
}
export function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

type Reply = (message: ContentMessage) => unknown;

/** The background as the content script sees it: every message recorded, replies as the real one shapes them. */
export function fakeBackground(
  decide: (message: ContentMessage) => Decision = () => noPrompt,
  override?: Reply,
  /** The site's tracking health on record, as the real background keeps it from the health reports. */
  trackingHealth: 'ok' | 'degraded' | null = null,
) {
  const sent: ContentMessage[] = [];
  const commands: (() => void)[] = [];
  let alive = true;
  const reply = (message: ContentMessage): unknown => {
    const overridden = override?.(message);
    if (overridden !== undefined) return overridden;
    switch (message.type) {
      case 'hello':
        return { ok: true, tracking, prompt: decide(message), handoffKey: HANDOFF_KEY, trackingHealth };
      case 'health':
        if (message.capability === 'tracking') trackingHealth = message.status;
        return { ok: true };
      case 'heartbeat':
        return {
          ok: true,
          applied: message.beats.map((beat) => beat.seq),
          idle: 'active',
          tracking,
          prompt: decide(message),
        };
      case 'check':
      case 'prompt-outcome':
        return { ok: true, prompt: decide(message) };
      case 'handoff':
        return { ok: true, applied: [] };
      default:
        return { ok: true };
    }
  };
  const transport: Transport = {
    send: async (message) => {
      sent.push(structuredClone(message as ContentMessage));
      const answer = reply(message as ContentMessage);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    alive: () => alive,
    onCommand: (listener) => {
      commands.push(() => listener({ type: 'run-not-interested' }));
    },
  };
  return {
    transport,
    sent,
    heartbeats: () => sent.filter((m): m is Heartbeat => m.type === 'heartbeat'),
    command: () => {
      for (const run of commands) run();
    },
    /** The extension was updated or removed: this instance's runtime is gone. */
    goAway: () => {
      alive = false;
    },
  };
}

export const countedMs = (beats: Heartbeat[]) =>
  beats
    .flatMap((m) => m.beats)
    .flatMap((b) => b.segments)
    .reduce((sum, s) => sum + s.end - s.start, 0);

/** Chunk loaders that record what was loaded, and the prompts shown (the closed shadow root hides them). */
export function recordingChunks() {
  const loaded: string[] = [];
  const shown: { kind: string; reason: string }[] = [];
  let visible: { kind: string; reason: string } | null = null;
  let latest: BreakPromptProps | null = null;
  const snoozeToasts: number[] = [];
  let clipCard: { onBack(): void; onKeepWatching(): void } | null = null;
  let slowCountdown: {
    seconds: number;
    onDone(): void;
    styleNote?: { style: string; day: number; days: number };
  } | null = null;
  const chunks: ChunkLoaders = {
    prompts: async () => {
      loaded.push('prompts');
      const real = promptUi;
      return {
        createPromptSurface(doc: Document): PromptSurface {
          const surface = real.createPromptSurface(doc);
          return {
            show(props) {
              latest = props;
              visible = { kind: props.kind, reason: props.reason };
              shown.push(visible);
              surface.show(props);
            },
            hide() {
              visible = null;
              surface.hide();
            },
            snoozed(until) {
              snoozeToasts.push(until);
              surface.snoozed?.(until);
            },
          };
        },
        createSlowCountdown(doc: Document) {
          const countdown = real.createSlowCountdown(doc);
          return {
            show(props) {
              slowCountdown = props;
              countdown.show(props);
            },
            hide() {
              slowCountdown = null;
              countdown.hide();
            },
          };
        },
        createClipCard(doc: Document) {
          const card = real.createClipCard(doc);
          return {
            show(props) {
              clipCard = props;
              card.show(props);
            },
            hide() {
              clipCard = null;
              card.hide();
            },
          };
        },
      };
    },
    notInterested: async () => {
      loaded.push('not-interested');
      return { createNotInterestedRun: notInterestedUi(tiktokNotInterested) };
    },
  };
  /** `props`: what the prompt on screen was given (its buttons' callbacks, as a press calls them). */
  return {
    chunks,
    loaded,
    shown,
    visible: () => visible,
    props: () => latest,
    snoozeToasts,
    clipCard: () => clipCard,
    slowCountdown: () => slowCountdown,
  };
}

/** Input as the person makes it (a page's own synthesised events are untrusted, and ignored). */
export function personInput(type = 'pointermove', target: EventTarget = window) {
  const event = type.startsWith('key')
    ? new KeyboardEvent(type, { bubbles: true })
    : new Event(type, { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}
