import type { BreakPromptProps, PromptReason } from '../../components/prompts/types';
import type { Decision, PromptSpec } from '../limits/decide';
import type { PromptOutcomeMessage } from '../messaging/content-protocol';
import type { SiteId } from '../sites/types';
import type { Channel } from './channel';

/** The prompt's host in the page (lib/content/ui/prompts.tsx), loaded on first need. */
export interface PromptSurface {
  show(props: BreakPromptProps): void;
  hide(): void;
  /** A short toast once a snooze is granted: "Snoozed until 7:39 AM". */
  snoozed?(until: number): void;
}
/** The card after a shared clip (lib/content/ui/prompts.tsx). */
export interface ClipCardSurface {
  show(props: { onBack(): void; onKeepWatching(): void }): void;
  hide(): void;
}
/** The countdown of a slowed-down feed (lib/content/ui/prompts.tsx). */
export interface SlowCountdownSurface {
  show(props: { seconds: number; onDone(): void; styleNote?: PromptSpec['styleNote'] }): void;
  hide(): void;
}
export interface PromptUi {
  createPromptSurface(doc: Document): PromptSurface;
  createClipCard(doc: Document): ClipCardSurface;
  createSlowCountdown(doc: Document): SlowCountdownSurface;
}

export interface PromptPresenterDeps {
  site: SiteId;
  document: Document;
  channel: Pick<Channel, 'send'>;
  /** Loads the prompt UI (once; later calls return the same promise). */
  load: () => Promise<PromptUi>;
  /** While a blocking prompt is up, nothing counts. */
  setSuspended: (suspended: boolean) => void;
  /** A blocking prompt is about to cover the feed (a card in the corner gives way to it). */
  onBlocking?: () => void;
  onFailure: (error: unknown) => void;
  signal: AbortSignal;
}

/** How long a nudge stays before it goes by itself. */
const NUDGE_MS = 15_000;

/**
 * Shows what the background decided, keeps the feed paused under a blocking prompt, and reports what the person
 * chose. The video is paused and counting stops at once; the prompt's UI follows as soon as it has loaded.
 */
export function createPromptPresenter(deps: PromptPresenterDeps) {
  const { document: doc } = deps;
  let current: PromptSpec | null = null;
  let surface: PromptSurface | null = null;
  let loading: Promise<PromptSurface> | null = null;
  let nudgeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The videos a blocking prompt stopped: they play on when the person chooses to go on. */
  let stopped: HTMLVideoElement[] = [];

  const blocking = () => current !== null && current.kind !== 'nudge';

  const pauseVideos = () => {
    for (const video of doc.querySelectorAll('video')) {
      if (video.paused) continue;
      video.pause();
      if (!stopped.includes(video)) stopped.push(video);
    }
  };
  const resumeVideos = () => {
    for (const video of stopped) if (video.isConnected && video.paused) video.play()?.catch(() => undefined);
    stopped = [];
  };
  // Keep the feed paused under a blocking prompt, whatever the page (or its autoplay) does.
  doc.addEventListener(
    'play',
    (event) => {
      if (blocking() && event.target instanceof HTMLVideoElement) event.target.pause();
    },
    { capture: true, signal: deps.signal },
  );

  function ui(): Promise<PromptSurface> {
    loading ??= deps
      .load()
      .then((module) => {
        surface = module.createPromptSurface(doc);
        return surface;
      })
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
    return loading;
  }

  function close() {
    current = null;
    clearTimeout(nudgeTimer);
    surface?.hide();
    deps.setSuspended(false);
  }

  const goesOn = (outcome: PromptOutcomeMessage['outcome']) =>
    outcome === 'continued' || outcome === 'snoozed' || outcome === 'override';

  /** A refused snooze (none left after all) brings the same limit straight back: no toast for it. */
  const limitStays = (decision: Decision, spec: PromptSpec) =>
    decision.show?.kind === 'limit' && decision.show.scope === spec.scope && decision.show.reason === spec.reason;

  function report(outcome: PromptOutcomeMessage['outcome'], spec: PromptSpec, snoozeEnd?: number) {
    return deps.channel
      .send({
        type: 'prompt-outcome',
        site: deps.site,
        kind: spec.kind,
        outcome,
        scope: spec.scope,
        reason: spec.reason,
        ...(spec.nudgeKey ? { nudgeKey: spec.nudgeKey } : {}),
      })
      .then((reply) => {
        if (outcome === 'snoozed' && snoozeEnd !== undefined && !limitStays(reply.prompt, spec)) {
          surface?.snoozed?.(snoozeEnd);
        }
        if (outcome !== 'shown') apply(reply.prompt);
      })
      .catch(deps.onFailure);
  }

  function finish(outcome: PromptOutcomeMessage['outcome']) {
    const spec = current;
    if (!spec) return;
    close();
    // The video the prompt stopped plays on where the person chose to go on (it is their press that starts it).
    if (goesOn(outcome)) resumeVideos();
    else stopped = [];
    const snoozeEnd = outcome === 'snoozed' ? Date.now() + spec.snoozeMinutes * 60_000 : undefined;
    void report(outcome, spec, snoozeEnd);
  }

  function props(spec: PromptSpec): BreakPromptProps {
    return {
      kind: spec.kind,
      reason: (spec.reason === 'intention' ? 'session' : spec.reason) as PromptReason,
      figures: spec.figures,
      breathSeconds: spec.breathSeconds,
      snoozesLeft: spec.snoozesLeft,
      snoozeMinutes: spec.snoozeMinutes,
      overridePhrase: spec.overridePhrase,
      ...(spec.styleNote ? { styleNote: spec.styleNote } : {}),
      onDone: () => finish('left'),
      onContinue: () => finish('continued'),
      onSnooze: () => finish('snoozed'),
      onOverride: () => finish('override'),
      onDismiss: () => finish('dismissed'),
      onOpenResources: () => {
        deps.channel.send({ type: 'open-resources', site: deps.site }).catch(deps.onFailure);
      },
    };
  }

  function apply(decision: Decision) {
    const spec = decision.show;
    if (!spec) {
      // A limit lifted elsewhere (a snooze in another tab): uncover this one too.
      if (current?.kind === 'limit') close();
      return;
    }
    if (current && current.kind === spec.kind && current.reason === spec.reason) return;
    current = spec;
    clearTimeout(nudgeTimer);
    if (blocking()) {
      deps.onBlocking?.();
      deps.setSuspended(true);
      pauseVideos();
    } else {
      nudgeTimer = setTimeout(() => finish('dismissed'), NUDGE_MS);
    }
    ui()
      .then((shown) => {
        // Still the prompt to show (not answered, replaced or taken away while the UI loaded).
        if (current === spec && !deps.signal.aborted) shown.show(props(spec));
      })
      .catch(deps.onFailure);
    void report('shown', spec);
  }

  return {
    apply,
    /** Off the feed no prompt stays up; nothing is recorded, the rules ask again on the way back. */
    leftFeed: () => {
      stopped = [];
      close();
    },
    /** Loads the prompt UI ahead of need (a limit or break is near), so it shows without delay. */
    prefetch: () => {
      ui().catch(() => undefined);
    },
    /** Takes any prompt away for good (the script stops). */
    stop() {
      current = null;
      clearTimeout(nudgeTimer);
      surface?.hide();
    },
    get current() {
      return current;
    },
  };
}

export type PromptPresenter = ReturnType<typeof createPromptPresenter>;
