import { quietMinutes } from '../settings/commitment';
import type { Budget, Settings } from '../settings/schema';
import type { SiteId } from '../sites/types';
import { localClock } from '../tracking/local-time';

/**
 * The rules that decide when to interrupt, as one pure function of today's totals, the current session, the
 * settings, what was already shown today, and the time. The background calls it; pages only ask.
 */

export type PromptKind = 'nudge' | 'breathing' | 'intention' | 'limit';
export type PromptReason =
  | 'approaching-time'
  | 'approaching-videos'
  | 'video-count'
  | 'session'
  | 'daily-time'
  | 'daily-videos'
  | 'quiet-hours'
  | 'intention';

/** Rising friction within a session: each dismissed prompt makes the next one at least one step stronger. */
const LADDER: PromptKind[] = ['nudge', 'breathing', 'limit'];
const MIN_ESCALATED_INTERVAL_MS = 2 * 60_000;

export interface Usage {
  activeMs: number;
  videos: number;
}

export interface Session {
  /** Start of the current session (watching with no pause longer than 5 minutes). */
  startedAt: number;
  activeMs: number;
}

/** What was shown and chosen today on one site; kept in IndexedDB so reloads and new tabs change nothing. */
export interface PromptState {
  snoozesUsed: number;
  /** Limit prompts rest until then (a snooze, or a deliberate override). */
  snoozedUntil: number;
  /** Escalation within the session that started at `sessionStart`. */
  escalation: { sessionStart: number; level: number; nextAtSessionMs: number | null };
  /** Nudges already shown today, by key. */
  nudged: string[];
  /** The session for which the intention check was asked. */
  intentionSession: number | null;
}

export function emptyPromptState(): PromptState {
  return {
    snoozesUsed: 0,
    snoozedUntil: 0,
    escalation: { sessionStart: 0, level: 0, nextAtSessionMs: null },
    nudged: [],
    intentionSession: null,
  };
}

export interface DecisionInput {
  now: number;
  timeZone: string;
  site: SiteId;
  siteName: string;
  settings: Settings;
  today: { site: Usage; all: Usage };
  /** The current session on this site, and across all sites; null when not watching lately. */
  session: { site: Session | null; all: Session | null };
  state: PromptState;
}

export interface PromptSpec {
  kind: PromptKind;
  /** Whose budget the prompt is about: the site's own, or all feeds together. */
  scope?: 'site' | 'all';
  reason: PromptReason;
  /** The nudge key to remember once shown (nudges show once a day each). */
  nudgeKey?: string;
  figures: {
    siteName: string;
    todaySeconds: number;
    todayVideos: number;
    budgetMinutes: number | null;
    budgetVideos: number | null;
    sessionSeconds: number;
  };
  breathSeconds: number;
  snoozesLeft: number;
  snoozeMinutes: number;
  overridePhrase: string;
}

export interface Decision {
  show: PromptSpec | null;
  /** When to ask again without waiting for the next heartbeat: whichever comes first. */
  next: { afterWatchingMs: number | null; at: number | null; afterVideos: number | null; onNewVideo?: boolean };
}

export const OVERRIDE_PHRASE = 'I choose to keep watching';

function isWeekend(weekday: number): boolean {
  return weekday === 0 || weekday === 6;
}

function minPositive(values: (number | null)[]): number | null {
  const positive = values.filter((value): value is number => value !== null && value > 0);
  return positive.length > 0 ? Math.min(...positive) : null;
}

/** Milliseconds until the next quiet minute starts, or 0 if quiet now; null if never. */
function quietIn(settings: Settings, now: number, timeZone: string): number | null {
  const covered = quietMinutes(settings.quietHours);
  if (covered.size === 0) return null;
  const clock = localClock(now, timeZone);
  const minuteOfWeek = clock.weekday * 1440 + clock.minuteOfDay;
  if (covered.has(minuteOfWeek)) return 0;
  for (let ahead = 1; ahead <= 7 * 1440; ahead++) {
    if (covered.has((minuteOfWeek + ahead) % (7 * 1440))) return ahead * 60_000 - (now % 60_000);
  }
  return null;
}

export function decide(input: DecisionInput): Decision {
  const { now, settings, today, session, state } = input;
  const clock = localClock(now, input.timeZone);
  const day = isWeekend(clock.weekday) ? 'weekend' : 'weekday';
  const siteBudget: Budget = settings.limits.sites[input.site][day];
  const allBudget: Budget = settings.limits.all[day];
  const snoozed = state.snoozedUntil > now;
  const siteSession = session.site;
  const sameSession = session.all !== null && state.escalation.sessionStart === session.all.startedAt;
  const level = sameSession ? state.escalation.level : 0;
  const next: Decision['next'] = { afterWatchingMs: null, at: snoozed ? state.snoozedUntil : null, afterVideos: null };

  const spec = (kind: PromptKind, reason: PromptReason, budget: Budget | null, nudgeKey?: string): PromptSpec => {
    const escalated =
      kind === 'intention' ? kind : (LADDER[Math.max(LADDER.indexOf(kind), Math.min(level, 2))] ?? kind);
    return {
      kind: escalated,
      reason,
      ...(nudgeKey ? { nudgeKey } : {}),
      figures: {
        siteName: budget === allBudget ? 'All feeds' : input.siteName,
        todaySeconds: Math.round((budget === allBudget ? today.all : today.site).activeMs / 1000),
        todayVideos: (budget === allBudget ? today.all : today.site).videos,
        budgetMinutes: budget?.dailyMinutes ?? null,
        budgetVideos: budget?.dailyVideos ?? null,
        sessionSeconds: Math.round((siteSession?.activeMs ?? 0) / 1000),
      },
      breathSeconds: settings.prompts.breathSeconds,
      snoozesLeft: Math.max(0, settings.snooze.perDay - state.snoozesUsed),
      snoozeMinutes: settings.snooze.minutes,
      overridePhrase: OVERRIDE_PHRASE,
    };
  };
  const show = (prompt: PromptSpec): Decision => ({ show: prompt, next });

  // 1. Limits: quiet hours, then the daily budgets (this site's and all sites').
  const quiet = quietIn(settings, now, input.timeZone);
  if (!snoozed) {
    if (quiet === 0) return show(spec('limit', 'quiet-hours', siteBudget));
    for (const [budget, usage] of [
      [siteBudget, today.site],
      [allBudget, today.all],
    ] as const) {
      if (budget.dailyMinutes !== null && usage.activeMs >= budget.dailyMinutes * 60_000) {
        return show(spec('limit', 'daily-time', budget));
      }
      if (budget.dailyVideos !== null && usage.videos >= budget.dailyVideos) {
        return show(spec('limit', 'daily-videos', budget));
      }
    }
  }
  if (quiet !== null && quiet > 0) next.at = next.at === null ? now + quiet : Math.min(next.at, now + quiet);

  // 2. The continuous-session break; after each dismissal the next comes sooner (measured on the all-feeds
  // session, since a binge may wander between sites).
  const waits: (number | null)[] = [];
  const escalatedAt = sameSession ? state.escalation.nextAtSessionMs : null;
  const sessionLimits: [number | null, Session | null][] = [
    [siteBudget.sessionMinutes, siteSession],
    [allBudget.sessionMinutes, session.all],
  ];
  if (escalatedAt !== null && session.all && sessionLimits.some(([minutes]) => minutes !== null)) {
    if (session.all.activeMs >= escalatedAt) {
      return show(spec(settings.prompts.breathing ? 'breathing' : 'nudge', 'session', siteBudget));
    }
    waits.push(escalatedAt - session.all.activeMs);
  } else {
    for (const [minutes, current] of sessionLimits) {
      if (minutes === null || current === null) continue;
      if (current.activeMs >= minutes * 60_000) {
        return show(spec(settings.prompts.breathing ? 'breathing' : 'nudge', 'session', siteBudget));
      }
      waits.push(minutes * 60_000 - current.activeMs);
    }
  }

  // 3. The intention check at the start of a session (off by default).
  if (settings.prompts.intention && siteSession && state.intentionSession !== siteSession.startedAt) {
    return show(spec('intention', 'intention', null));
  }

  // 4. Nudges: a budget mostly used, or every N videos.
  if (settings.prompts.nudge) {
    const share = settings.prompts.nudgeAtPercent / 100;
    for (const [scope, budget, usage] of [
      ['site', siteBudget, today.site],
      ['all', allBudget, today.all],
    ] as const) {
      if (budget.dailyMinutes !== null) {
        const at = budget.dailyMinutes * 60_000 * share;
        const key = `time:${scope}:${budget.dailyMinutes}`;
        const reached = usage.activeMs >= budget.dailyMinutes * 60_000; // past the limit (snoozed): no nudge
        if (usage.activeMs >= at && !reached && !state.nudged.includes(key)) {
          return show(spec('nudge', 'approaching-time', budget, key));
        }
        waits.push(at - usage.activeMs, budget.dailyMinutes * 60_000 - usage.activeMs);
      }
      if (budget.dailyVideos !== null) {
        const at = Math.ceil(budget.dailyVideos * share);
        const key = `videos:${scope}:${budget.dailyVideos}`;
        if (usage.videos >= at && usage.videos < budget.dailyVideos && !state.nudged.includes(key)) {
          return show(spec('nudge', 'approaching-videos', budget, key));
        }
        next.afterVideos = minPositive([next.afterVideos, at - usage.videos, budget.dailyVideos - usage.videos]);
      }
    }
    const every = settings.prompts.nudgeEveryVideos;
    if (every !== null && today.site.videos >= every) {
      const key = `every:${every}:${Math.floor(today.site.videos / every)}`;
      if (!state.nudged.includes(key)) return show(spec('nudge', 'video-count', siteBudget, key));
    }
    if (every !== null) next.afterVideos = minPositive([next.afterVideos, every - (today.site.videos % every)]);
  } else {
    for (const [budget, usage] of [
      [siteBudget, today.site],
      [allBudget, today.all],
    ] as const) {
      if (budget.dailyMinutes !== null) waits.push(budget.dailyMinutes * 60_000 - usage.activeMs);
      if (budget.dailyVideos !== null) {
        next.afterVideos = minPositive([next.afterVideos, budget.dailyVideos - usage.videos]);
      }
    }
  }
  next.afterWatchingMs = minPositive(waits);
  return { show: null, next };
}

/**
 * After a prompt is dismissed ("Continue", a snooze, an override): the next comes sooner and one step stronger.
 * `session` is the all-feeds session.
 */
export function escalate(state: PromptState, session: Session | null, sessionMinutes: number | null): PromptState {
  if (!session) return state;
  const same = state.escalation.sessionStart === session.startedAt;
  const level = (same ? state.escalation.level : 0) + 1;
  const interval = Math.max(MIN_ESCALATED_INTERVAL_MS, ((sessionMinutes ?? 20) * 60_000) / 2 ** level);
  return {
    ...state,
    escalation: { sessionStart: session.startedAt, level, nextAtSessionMs: session.activeMs + interval },
  };
}
