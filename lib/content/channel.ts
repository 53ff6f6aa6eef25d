import type {
  BackgroundToTab,
  ContentMessageType,
  ContentProtocol,
  ContentReplyTo,
} from '../messaging/content-protocol';
import { createEvents } from './events';
import { askPredecessor, type Handoff, listenForSuccessor, postHandoff, signPayload } from './handoff';
import { isReplyTo } from './replies';

/** How a message reaches the background: the extension runtime, while this script's extension instance lives. */
export interface Transport {
  send(message: unknown): Promise<unknown>;
  /** Whether the extension instance is still there (after an update or reload its runtime is gone). */
  alive(): boolean;
  /** Messages from our own background (not from pages, not from other extensions). */
  onCommand(listener: (command: BackgroundToTab) => void, signal: AbortSignal): void;
}

/** Why a message got no usable reply. `orphaned` is expected after an update and is not a failure of the page. */
export class ChannelError extends Error {
  constructor(
    readonly reason: 'orphaned' | 'refused' | 'malformed',
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'ChannelError';
  }
}

export const isOrphanedError = (error: unknown) => error instanceof ChannelError && error.reason === 'orphaned';

const isInvalidatedError = (error: unknown) =>
  error instanceof Error && /context invalidated|Receiving end does not exist|message port closed/i.test(error.message);

export interface ChannelDeps {
  transport: Transport;
  window: Window;
  /** This page load's id (heartbeats are numbered within it). */
  page: string;
  site: string;
  /** The script's lifetime. */
  signal: AbortSignal;
  /** How long an orphaned script waits for its successor before it gives up (the extension was removed). */
  giveUpAfterMs?: number;
  onFailure(error: unknown): void;
}

export type MessageFor<T extends ContentMessageType> = ContentProtocol[T]['message'];

/**
 * The one way a content script talks to the background: every message has its own checked reply type. Behind it,
 * the runtime while the extension lives; after an update, the hand-over of what was not delivered to the new
 * version's script (see ./handoff.ts). Parts of the page never see which.
 */
export function createChannel(deps: ChannelDeps) {
  const { transport, window: win, signal } = deps;
  const events = createEvents<{ orphaned: undefined; successor: { counted: string[] }; gone: undefined }>();
  let orphaned = false;
  let handoffKey: string | null = null;
  /** After the runtime went away: the latest heartbeat (with every beat not yet acknowledged), for the successor. */
  let undelivered: MessageFor<'heartbeat'> | null = null;
  let giveUpTimer: ReturnType<typeof setTimeout> | undefined;

  function becomeOrphaned() {
    if (orphaned) return;
    orphaned = true;
    events.emit('orphaned', undefined);
    giveUpTimer = setTimeout(() => events.emit('gone', undefined), deps.giveUpAfterMs ?? 120_000);
    signal.addEventListener('abort', () => clearTimeout(giveUpTimer), { once: true });
  }

  async function send<M extends MessageFor<ContentMessageType>>(message: M): Promise<ContentReplyTo<M['type']>> {
    const type: M['type'] = message.type;
    if (orphaned || !transport.alive()) {
      becomeOrphaned();
      if (type === 'heartbeat') undelivered = message as MessageFor<'heartbeat'>;
      throw new ChannelError('orphaned', 'the extension was updated or removed');
    }
    let reply: unknown;
    try {
      reply = await transport.send(message);
    } catch (error) {
      if (transport.alive() || !isInvalidatedError(error)) throw error;
      becomeOrphaned();
      if (type === 'heartbeat') undelivered = message as MessageFor<'heartbeat'>;
      throw new ChannelError('orphaned', 'the extension went away while a message was in flight');
    }
    if (!isReplyTo(type, reply)) {
      const error = (reply as { ok?: unknown; error?: unknown } | null)?.ok === false;
      throw new ChannelError(
        error ? 'refused' : 'malformed',
        `${type}: ${String((reply as { error?: unknown })?.error)}`,
      );
    }
    if (type === 'hello') handoffKey = (reply as ContentReplyTo<'hello'>).handoffKey;
    return reply as ContentReplyTo<M['type']>;
  }

  // A successor asks only after an update; a request while this instance lives is the page's, and is ignored.
  listenForSuccessor(win, signal, () => {
    if (transport.alive()) return;
    becomeOrphaned();
    clearTimeout(giveUpTimer);
    // The parts stop now; the reporter's last flush lands in `undelivered` and it says which videos it counted.
    const handover = { counted: [] as string[] };
    events.emit('successor', handover);
    const last = undelivered;
    if (!handoffKey) return;
    if (!last) {
      postHandoff(win, { site: deps.site, page: deps.page, payload: '', mac: '', counted: handover.counted });
      return;
    }
    const payload = JSON.stringify(last);
    signPayload(handoffKey, payload)
      .then((mac) => postHandoff(win, { site: deps.site, page: deps.page, payload, mac, counted: handover.counted }))
      .catch(deps.onFailure);
  });

  return {
    send,
    get orphaned() {
      return orphaned;
    },
    on: events.on,
    onCommand: (listener: (command: BackgroundToTab) => void) => transport.onCommand(listener, signal),
    /** A new script asks whether an old one left anything undelivered in this tab, and sends it on. */
    adoptPredecessor(within: AbortSignal, onCounted: (ids: string[]) => void) {
      askPredecessor(win, within, (handoff: Handoff) => {
        if (handoff.site !== deps.site || handoff.page === deps.page) return;
        onCounted(handoff.counted);
        if (!handoff.payload) return;
        send({ type: 'handoff' as const, site: deps.site as MessageFor<'handoff'>['site'], ...pick(handoff) }).catch(
          deps.onFailure,
        );
      });
    },
  };
}

const pick = ({ page, payload, mac }: Handoff) => ({ page, payload, mac });

export type Channel = ReturnType<typeof createChannel>;
