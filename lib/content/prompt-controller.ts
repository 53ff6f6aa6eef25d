import type { BreakPromptProps, PromptReason } from '../../components/prompts/types';
import type { Decision, PromptSpec } from '../limits/decide';
import type { ContentMessage, ContentReply, PromptOutcomeMessage } from '../messaging/content-protocol';
import type { SiteId } from '../sites/types';
import type { PromptSurface } from './prompt-ui';

export interface PromptControllerDeps {
  site: SiteId;
  document: Document;
  surface: PromptSurface;
  send: (message: ContentMessage) => Promise<ContentReply>;
  /** While a blocking prompt is up, nothing counts. */
  setSuspended: (suspended: boolean) => void;
  onFailure: (error: unknown) => void;
  signal: AbortSignal;
}

/** How long a nudge stays before it goes by itself. */
const NUDGE_MS = 15_000;

/**
 * Shows what the background decided, keeps the feed paused under a blocking prompt, and reports what the person
 * chose. Decisions come from the background; this only renders them.
 */
export function createPromptController(deps: PromptControllerDeps) {
  const { document: doc } = deps;
  let current: PromptSpec | null = null;
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

  function close() {
    current = null;
    clearTimeout(nudgeTimer);
    deps.surface.hide();
    deps.setSuspended(false);
  }

  function report(outcome: PromptOutcomeMessage['outcome'], spec: PromptSpec) {
    return deps
      .send({
        type: 'prompt-outcome',
        site: deps.site,
        kind: spec.kind,
        outcome,
        ...(spec.nudgeKey ? { nudgeKey: spec.nudgeKey } : {}),
      })
      .then((reply) => {
        if (reply.ok && 'prompt' in reply && outcome !== 'shown') apply(reply.prompt);
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
        deps.send({ type: 'open-resources', site: deps.site }).catch(deps.onFailure);
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
    deps.surface.show(props(spec)).catch(deps.onFailure);
    void report('shown', spec);
  }

  return {
    apply,
    /** Off the feed no prompt stays up; nothing is recorded, the rules ask again on the way back. */
    leftFeed: close,
    get current() {
      return current;
    },
  };
}
