import { sessionMinutesAt } from './budgets';
import {
  type DecisionInput,
  decide,
  escalate,
  limitReached,
  type PromptKind,
  type PromptScope,
  type PromptState,
  type PromptStates,
  snoozesLeft,
} from './decide';

/** What a prompt's answer changes: the day's outcome counters, and the prompt state the rules read next. */

export type PromptOutcome = 'shown' | 'continued' | 'dismissed' | 'left' | 'snoozed' | 'override';

/**
 * What else is recorded through the same rows, each kind on its own so the effect of each can be compared: the card
 * after a shared clip, and the two kinds of friction.
 */
export const OUTCOME_KINDS = ['shared-clip', 'greyscale', 'slow-swipe'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const isOutcomeKind = (kind: string): kind is OutcomeKind => (OUTCOME_KINDS as readonly string[]).includes(kind);

/** One kind's day: how often it came on, how often the user left or kept going after it, and the watching under it. */
export interface KindOutcomes {
  shown: number;
  left: number;
  continued: number;
  /** Watching time while it was in force (friction; 0 for the card). */
  watchedMs: number;
}

export function emptyKindOutcomes(): KindOutcomes {
  return { shown: 0, left: 0, continued: 0, watchedMs: 0 };
}

/** What the prompts did on one day and site: the product's own measure of whether interrupting helps. */
export interface PromptOutcomes {
  shown: Record<PromptKind, number>;
  /** "I'm done": the person left the feed (backed out). */
  left: number;
  continued: number;
  snoozed: number;
  /** Continued past a limit with no snoozes left, by typing the phrase. */
  overrides: number;
  /** The shared-clip card and the frictions, by kind (absent in rows written before they existed). */
  kinds?: Partial<Record<OutcomeKind, KindOutcomes>>;
}

export function emptyOutcomes(): PromptOutcomes {
  return { shown: { nudge: 0, breathing: 0, intention: 0, limit: 0 }, left: 0, continued: 0, snoozed: 0, overrides: 0 };
}

export interface PromptEvent {
  kind: PromptKind | OutcomeKind;
  outcome: PromptOutcome;
  /** Whose prompt it was; a tab from before scopes existed does not say (see `afterOutcome`). */
  scope?: PromptScope;
  nudgeKey?: string;
}

/** One kind's counters of the day as they stand (zero where nothing was recorded yet). */
export function kindOutcomes(outcomes: PromptOutcomes, kind: OutcomeKind): KindOutcomes {
  return { ...emptyKindOutcomes(), ...outcomes.kinds?.[kind] };
}

function countKind(outcomes: PromptOutcomes, kind: OutcomeKind, change: Partial<KindOutcomes>): PromptOutcomes {
  const before = kindOutcomes(outcomes, kind);
  const after = { ...before };
  for (const [key, value] of Object.entries(change) as [keyof KindOutcomes, number][]) after[key] += value;
  return { ...outcomes, kinds: { ...outcomes.kinds, [kind]: after } };
}

/** Adds watching time that passed under a kind of friction. */
export function countWatchedUnder(outcomes: PromptOutcomes, kind: OutcomeKind, ms: number): PromptOutcomes {
  return ms > 0 ? countKind(outcomes, kind, { watchedMs: ms }) : outcomes;
}

/** The day's counters after one answer (a refused snooze is not an answer: do not count it). */
export function countOutcome(outcomes: PromptOutcomes, event: PromptEvent): PromptOutcomes {
  const { kind } = event;
  if (isOutcomeKind(kind)) {
    if (event.outcome === 'shown') return countKind(outcomes, kind, { shown: 1 });
    if (event.outcome === 'left') return countKind(outcomes, kind, { left: 1 });
    if (event.outcome === 'continued') return countKind(outcomes, kind, { continued: 1 });
    return outcomes;
  }
  switch (event.outcome) {
    case 'shown':
      return { ...outcomes, shown: { ...outcomes.shown, [kind]: outcomes.shown[kind] + 1 } };
    case 'continued':
      return { ...outcomes, continued: outcomes.continued + 1 };
    case 'left':
      return { ...outcomes, left: outcomes.left + 1 };
    case 'snoozed':
      return { ...outcomes, snoozed: outcomes.snoozed + 1 };
    case 'override':
      return { ...outcomes, overrides: outcomes.overrides + 1 };
    case 'dismissed':
      return outcomes;
  }
}

export type OutcomeResult =
  | { ok: true; scope: PromptScope; state: PromptStates }
  | { ok: false; scope: PromptScope; reason: 'no-snoozes-left' };

/**
 * The prompt state after an answer: nudges shown, the intention asked, snoozes used and until when, and the
 * escalation within the session (after "Continue", a dismissal, a snooze or an override the next prompt comes
 * sooner, paced by the session length in force on the site today). Snoozing with none left for the prompt's
 * scope is refused.
 */
export function afterOutcome(
  state: PromptStates,
  event: PromptEvent,
  context: Omit<DecisionInput, 'state'>,
): OutcomeResult {
  const { now, settings } = context;
  const { kind } = event;
  // The card and the frictions change no prompt state (nothing to escalate or snooze), except that friction past a
  // budget remembers when it came on: "slow down, then cover" counts its minutes from there.
  if (isOutcomeKind(kind)) {
    const scope = event.scope ?? 'site';
    const remember =
      kind !== 'shared-clip' &&
      event.outcome === 'shown' &&
      state[scope].frictionFromMs === undefined &&
      limitReached({ ...context, state }, scope) !== null;
    const next = remember
      ? { ...state, [scope]: { ...state[scope], frictionFromMs: context.today[scope].activeMs } }
      : state;
    return { ok: true, scope, state: next };
  }
  // A tab that does not name the scope answers the prompt on screen: the one the rules show now.
  const scope: PromptScope = event.scope ?? decide({ ...context, state, activeVideo: 'none' }).show?.scope ?? 'site';
  const sessionMinutes = sessionMinutesAt(settings, context.site, now, context.timeZone);
  const escalated = (states: PromptStates): PromptStates => ({
    ...states,
    site: escalate(states.site, context.session.all, sessionMinutes),
  });
  const change = (states: PromptStates, of: PromptScope, update: Partial<PromptState>): PromptStates => ({
    ...states,
    [of]: { ...states[of], ...update },
  });
  const snoozeEnd = now + settings.snooze.minutes * 60_000;
  const done = (next: PromptStates): OutcomeResult => ({ ok: true, scope, state: next });

  switch (event.outcome) {
    case 'shown': {
      let next = state;
      const { nudgeKey } = event;
      if (nudgeKey && !state[scope].nudged.includes(nudgeKey)) {
        next = change(next, scope, { nudged: [...state[scope].nudged, nudgeKey] });
      }
      if (kind === 'intention') {
        next = change(next, 'site', { intentionSession: context.session.site?.startedAt ?? now });
      }
      return done(next);
    }
    case 'continued':
      // Answering the intention check is not pushing past an interruption: no escalation for it.
      return done(kind === 'intention' ? state : escalated(state));
    case 'dismissed':
      return done(escalated(state));
    case 'left':
      return done(state);
    case 'snoozed': {
      if (snoozesLeft(state[scope], settings) === 0) return { ok: false, scope, reason: 'no-snoozes-left' };
      const next = escalated(state);
      return done(change(next, scope, { snoozesUsed: next[scope].snoozesUsed + 1, snoozedUntil: snoozeEnd }));
    }
    case 'override':
      return done(change(escalated(state), scope, { snoozedUntil: snoozeEnd }));
  }
}
