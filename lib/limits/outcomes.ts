import { sessionMinutesAt } from './budgets';
import {
  type DecisionInput,
  decide,
  escalate,
  type PromptKind,
  type PromptScope,
  type PromptState,
  type PromptStates,
  snoozesLeft,
} from './decide';

/** What a prompt's answer changes: the day's outcome counters, and the prompt state the rules read next. */

export type PromptOutcome = 'shown' | 'continued' | 'dismissed' | 'left' | 'snoozed' | 'override';

/** What the prompts did on one day and site: the product's own measure of whether interrupting helps. */
export interface PromptOutcomes {
  shown: Record<PromptKind, number>;
  /** "I'm done": the person left the feed (backed out). */
  left: number;
  continued: number;
  snoozed: number;
  /** Continued past a limit with no snoozes left, by typing the phrase. */
  overrides: number;
}

export function emptyOutcomes(): PromptOutcomes {
  return { shown: { nudge: 0, breathing: 0, intention: 0, limit: 0 }, left: 0, continued: 0, snoozed: 0, overrides: 0 };
}

export interface PromptEvent {
  kind: PromptKind;
  outcome: PromptOutcome;
  /** Whose prompt it was; a tab from before scopes existed does not say (see `afterOutcome`). */
  scope?: PromptScope;
  nudgeKey?: string;
}

/** The day's counters after one answer (a refused snooze is not an answer: do not count it). */
export function countOutcome(outcomes: PromptOutcomes, event: PromptEvent): PromptOutcomes {
  switch (event.outcome) {
    case 'shown':
      return { ...outcomes, shown: { ...outcomes.shown, [event.kind]: outcomes.shown[event.kind] + 1 } };
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
      if (event.kind === 'intention') {
        next = change(next, 'site', { intentionSession: context.session.site?.startedAt ?? now });
      }
      return done(next);
    }
    case 'continued':
      // Answering the intention check is not pushing past an interruption: no escalation for it.
      return done(event.kind === 'intention' ? state : escalated(state));
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
