import type { BreakPromptProps, PromptReason } from '../../components/prompts/types';
import type { Decision, PromptSpec } from '../limits/decide';
import type { PromptOutcomeMessage } from '../messaging/content-protocol';
import type { SiteId } from '../sites/types';
import type { Channel } from './channel';

/** The prompt's host in the page (lib/content/ui/prompts.tsx), loaded on first need. */
export interface PromptSurface {
  show(props: BreakPromptProps): void;
  hide(): void;
}
export interface PromptUi {
  createPromptSurface(doc: Document): PromptSurface;
}

export interface PromptPresenterDeps {
  site: SiteId;
  document: Document;
  channel: Pick<Channel, 'send'>;
  /** Loads the prompt UI (once; later calls return the same promise). */
  load: () => Promise<PromptUi>;
  /** While a blocking prompt is up, nothing counts. */
  setSuspended: (suspended: boolean) => void;
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

  const blocking = () => current !== null && current.kind !== 'nudge';

  const pauseVideos = () => {
    for (const video of doc.querySelectorAll('video')) if (!video.paused) video.pause();
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

  function report(outcome: PromptOutcomeMessage['outcome'], spec: PromptSpec) {
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
        if (outcome !== 'shown') apply(reply.prompt);
      })
      .catch(deps.onFailure);
  }

  function finish(outcome: PromptOutcomeMessage['outcome']) {
    const spec = current;
    if (!spec) return;
    close();
    void report(outcome, spec);
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
    leftFeed: close,
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
