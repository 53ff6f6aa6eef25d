import { quietMinutes } from '../settings/commitment';
import type { Budget, Settings } from '../settings/schema';
import type { SiteId } from '../sites/types';
import { localClock } from '../tracking/local-time';
import { budgetsAt, minPositive } from './budgets';
import type { Session } from './session';

export type { Session } from './session';

/**
 * The rules that decide when to interrupt, as pure functions of today's totals, the current session, the settings,
 * what was already shown today, and the time. The background calls `decide`; the popup's "next stop" uses the same
 * pieces; pages only ask.
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
export type LimitReason = Extract<PromptReason, 'daily-time' | 'daily-videos' | 'quiet-hours'>;

/** Whose budget a prompt is about: the site's own, or all feeds together (quiet hours count as all feeds). */
export type PromptScope = 'site' | 'all';
export const PROMPT_SCOPES: readonly PromptScope[] = ['site', 'all'];

/**
 * What the asking tab is on right now: a video already counted today, a video that became active and is not
 * counted yet (the user moved on), or no video found.
 */
export type ActiveVideo = 'counted' | 'uncounted' | 'none';

/** Rising friction within a session: each dismissed prompt makes the next one at least one step stronger. */
const LADDER: PromptKind[] = ['nudge', 'breathing', 'limit'];
const MIN_ESCALATED_INTERVAL_MS = 2 * 60_000;
const MINUTE = 60_000;

export interface Usage {
  activeMs: number;
  videos: number;
}

/**
 * What was shown and chosen today for one scope; kept in IndexedDB so reloads and new tabs change nothing. A site's
 * state holds its own limits' snoozes, its nudges, the escalation and the intention check; the all-feeds state holds
 * the all-feeds limits' snoozes (quiet hours included) and the all-feeds nudges.
 */
export interface PromptState {
  snoozesUsed: number;
  /** The limits of this scope rest until then (a snooze, or a deliberate override). */
  snoozedUntil: number;
  /** Escalation within the session that started at `sessionStart`. */
  escalation: { sessionStart: number; level: number; nextAtSessionMs: number | null };
  /** Nudges already shown today, by key. */
  nudged: string[];
  /** The session for which the intention check was asked. */
  intentionSession: number | null;
  /** Today's watching of this scope when friction first came on past its budget (rows from before v3 lack it). */
  frictionFromMs?: number;
}

/** The site's prompt state and the all-feeds one, for one day. */
export interface PromptStates {
  site: PromptState;
  all: PromptState;
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

export function emptyPromptStates(): PromptStates {
  return { site: emptyPromptState(), all: emptyPromptState() };
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
  state: PromptStates;
  activeVideo: ActiveVideo;
  /** The asking tab is on a clip the user opened directly (lib/content/shared-clip.ts), not one reached by swiping. */
  onSharedClip?: boolean;
}

export interface PromptSpec {
  kind: PromptKind;
  reason: PromptReason;
  /** Whose snoozes and nudges the prompt uses. */
  scope: PromptScope;
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
  /** Snoozes left today for this prompt's scope. */
  snoozesLeft: number;
  snoozeMinutes: number;
  overridePhrase: string;
  /**
   * Set by the background (not the rules) on the first prompt of a day whose experiment style changed: the prompt
   * says so in one line. `style` is a key of lib/experiment/styles.ts.
   */
  styleNote?: { style: string; day: number; days: number };
}

/** Friction that slows instead of covering: in force while the decision stands. */
export interface FrictionSpec {
  /** The feed's videos in greyscale. */
  greyscale: boolean;
  /** Each next video waits this long before it plays; null for no wait. */
  slowSwipeSeconds: number | null;
  /** A budget used up (instead of, or before, the cover), or the escalation ladder within a session. */
  reason: 'over-budget' | 'escalation';
  scope: PromptScope;
  /**
   * The video the user just moved to (not counted yet) waits as well: friction came on with it, as with a videos
   * budget, where it is the video that goes over. Absent otherwise: a video already playing is not stopped.
   */
  thisVideoWaits?: true;
  /**
   * Set by the background, as on a prompt, when friction that slows is the first thing of a day whose experiment
   * style changed: the countdown says so in one line.
   */
  styleNote?: PromptSpec['styleNote'];
}

export interface Decision {
  show: PromptSpec | null;
  /** Friction in force (absent from the replies of a background from before it existed). */
  friction?: FrictionSpec | null;
  /** When to ask again without waiting for the next heartbeat: whichever comes first. */
  next: {
    afterWatchingMs: number | null;
    at: number | null;
    /** After this many more videos are counted (nudges, and a video limit not reached yet). */
    afterVideos: number | null;
    /** As soon as another video becomes active: the last video a daily-videos limit allows is playing. */
    onNewVideo: boolean;
  };
}

/** Nothing to show, and no reason to ask before the next heartbeat. */
export function emptyDecision(): Decision {
  return { show: null, next: { afterWatchingMs: null, at: null, afterVideos: null, onNewVideo: false } };
}

export const OVERRIDE_PHRASE = 'I choose to keep watching';

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

const hasAnyLimit = (budget: Budget) =>
  budget.dailyMinutes !== null || budget.dailyVideos !== null || budget.sessionMinutes !== null;

/** Whether any prompt rule can apply on the site today; when none can, there is nothing to read or decide. */
export function promptRulesApply(settings: Settings, site: SiteId, now: number, timeZone: string): boolean {
  const budgets = budgetsAt(settings, site, now, timeZone);
  return (
    hasAnyLimit(budgets.site) ||
    hasAnyLimit(budgets.all) ||
    quietMinutes(settings.quietHours).size > 0 ||
    (settings.prompts.nudge && settings.prompts.nudgeEveryVideos !== null) ||
    settings.prompts.intention
  );
}

/** A daily-videos limit of N shows once the user moves on from the Nth video (or arrives after it). */
function videosLimitShows(videos: number, limit: number, activeVideo: ActiveVideo): boolean {
  return videos > limit || (videos === limit && activeVideo !== 'counted');
}

export interface ReachedLimit {
  scope: PromptScope;
  reason: LimitReason;
}

/**
 * The limits in force now, most pressing first: quiet hours, then the site's daily time and videos, then all
 * feeds'. Snoozes aside.
 */
export function limitsReached(input: DecisionInput): ReachedLimit[] {
  const budgets = budgetsAt(input.settings, input.site, input.now, input.timeZone);
  const reached: ReachedLimit[] = [];
  if (quietIn(input.settings, input.now, input.timeZone) === 0) reached.push({ scope: 'all', reason: 'quiet-hours' });
  for (const scope of PROMPT_SCOPES) {
    const { dailyMinutes, dailyVideos } = budgets[scope];
    const usage = input.today[scope];
    if (dailyMinutes !== null && usage.activeMs >= dailyMinutes * MINUTE) reached.push({ scope, reason: 'daily-time' });
    if (dailyVideos !== null && videosLimitShows(usage.videos, dailyVideos, input.activeVideo)) {
      reached.push({ scope, reason: 'daily-videos' });
    }
  }
  return reached;
}

/** The most pressing limit of one scope in force now, snoozes aside; null when none is. */
export function limitReached(input: DecisionInput, scope: PromptScope): LimitReason | null {
  return limitsReached(input).find((limit) => limit.scope === scope)?.reason ?? null;
}

/** The daily-videos limit of the scope lets the user finish its last video: it shows when another becomes active. */
export function waitsForNextVideo(input: DecisionInput, scope: PromptScope): boolean {
  const { dailyVideos } = budgetsAt(input.settings, input.site, input.now, input.timeZone)[scope];
  return dailyVideos !== null && input.today[scope].videos === dailyVideos && input.activeVideo === 'counted';
}

/** When the snooze (or override) of the scope's limits ends; null when they are not resting. */
export function snoozedUntil(input: DecisionInput, scope: PromptScope): number | null {
  const until = input.state[scope].snoozedUntil;
  return until > input.now ? until : null;
}

export function snoozesLeft(state: PromptState, settings: Settings): number {
  return Math.max(0, settings.snooze.perDay - state.snoozesUsed);
}

/**
 * Watching time until the continuous-session break on this site: 0 when due, null when no session length is set.
 * After each dismissal the next comes sooner (measured on the all-feeds session, since a binge may wander between
 * sites).
 */
export function sessionBreakWait(input: DecisionInput): number | null {
  const { session } = input;
  const budgets = budgetsAt(input.settings, input.site, input.now, input.timeZone);
  const lengths: [number | null, Session | null][] = [
    [budgets.site.sessionMinutes, session.site],
    [budgets.all.sessionMinutes, session.all],
  ];
  if (lengths.every(([minutes]) => minutes === null)) return null;
  const { escalation } = input.state.site;
  const escalatedAt =
    session.all !== null && escalation.sessionStart === session.all.startedAt ? escalation.nextAtSessionMs : null;
  if (escalatedAt !== null && session.all) return Math.max(0, escalatedAt - session.all.activeMs);
  const waits = lengths.flatMap(([minutes, current]) =>
    minutes === null || current === null ? [] : [minutes * MINUTE - current.activeMs],
  );
  return waits.length > 0 ? Math.max(0, Math.min(...waits)) : null;
}

export function sessionBreakDue(input: DecisionInput): boolean {
  return sessionBreakWait(input) === 0;
}

/** Watching time until the scope's daily time budget is used up; null when none is set or it is used up. */
export function limitWait(input: DecisionInput, scope: PromptScope): number | null {
  const { dailyMinutes } = budgetsAt(input.settings, input.site, input.now, input.timeZone)[scope];
  return dailyMinutes === null ? null : minPositive([dailyMinutes * MINUTE - input.today[scope].activeMs]);
}

export function decide(input: DecisionInput): Decision {
  const { now, settings, today, session, state } = input;
  const budgets = budgetsAt(settings, input.site, now, input.timeZone);
  const { escalation } = state.site;
  const level = session.all !== null && escalation.sessionStart === session.all.startedAt ? escalation.level : 0;
  const snoozeEnds = PROMPT_SCOPES.map((scope) => snoozedUntil(input, scope)).filter((end) => end !== null);
  const next: Decision['next'] = {
    afterWatchingMs: null,
    at: snoozeEnds.length > 0 ? Math.min(...snoozeEnds) : null,
    afterVideos: null,
    onNewVideo: false,
  };

  const spec = (
    kind: PromptKind,
    reason: PromptReason,
    scope: PromptScope,
    figures: { of: PromptScope; budget: Budget | null },
    nudgeKey?: string,
  ): PromptSpec => {
    const escalated =
      kind === 'intention' ? kind : (LADDER[Math.max(LADDER.indexOf(kind), Math.min(level, 2))] ?? kind);
    const usage = today[figures.of];
    return {
      kind: escalated,
      reason,
      scope,
      ...(nudgeKey ? { nudgeKey } : {}),
      figures: {
        siteName: figures.of === 'all' ? 'All feeds' : input.siteName,
        todaySeconds: Math.round(usage.activeMs / 1000),
        todayVideos: usage.videos,
        budgetMinutes: figures.budget?.dailyMinutes ?? null,
        budgetVideos: figures.budget?.dailyVideos ?? null,
        sessionSeconds: Math.round((session.site?.activeMs ?? 0) / 1000),
      },
      breathSeconds: settings.prompts.breathSeconds,
      snoozesLeft: snoozesLeft(state[scope], settings),
      snoozeMinutes: settings.snooze.minutes,
      overridePhrase: OVERRIDE_PHRASE,
    };
  };
  const friction = settings.friction;
  const frictionOf = (reason: FrictionSpec['reason'], scope: PromptScope): FrictionSpec | null =>
    friction.greyscale || friction.slowSwipeSeconds !== null
      ? { greyscale: friction.greyscale, slowSwipeSeconds: friction.slowSwipeSeconds, reason, scope }
      : null;
  // On the ladder: once a prompt was dismissed in this session, the rest of it is slowed down too.
  const ladder = friction.onLadder && level >= 1 ? frictionOf('escalation', 'site') : null;
  const show = (prompt: PromptSpec): Decision => ({ show: prompt, next, friction: ladder });
  const onSite = { of: 'site', budget: budgets.site } as const;

  // 1. Limits: quiet hours, then the daily budgets (this site's and all sites'), each resting while its own scope
  // is snoozed.
  const limit = limitsReached(input).find((reached) => snoozedUntil(input, reached.scope) === null);
  // A clip someone sent plays on past a limit ("Let clips sent to me play after my limit"): ask again on moving on.
  if (limit && input.onSharedClip && settings.sharedClips.playAfterLimit) {
    return { show: null, next: { ...next, onNewVideo: true } };
  }
  // Over a budget (not quiet hours, which always cover): friction instead of the cover, or before it.
  const over = limit && limit.reason !== 'quiet-hours' ? frictionOf('over-budget', limit.scope) : null;
  const slowed =
    over && over.slowSwipeSeconds !== null && input.activeVideo === 'uncounted'
      ? { ...over, thisVideoWaits: true as const }
      : over;
  if (limit && slowed && friction.overBudget !== 'cover') {
    if (friction.overBudget === 'slow-down') return { show: null, next, friction: slowed };
    const since = state[limit.scope].frictionFromMs;
    const left = friction.coverAfterMinutes * MINUTE - (since === undefined ? 0 : today[limit.scope].activeMs - since);
    if (left > 0) return { show: null, next: { ...next, afterWatchingMs: left }, friction: slowed };
  }
  if (limit) {
    // Quiet hours speak of the site the user is on; a budget of the feeds whose budget it is.
    const figures = limit.reason === 'quiet-hours' ? onSite : { of: limit.scope, budget: budgets[limit.scope] };
    return show(spec('limit', limit.reason, limit.scope, figures));
  }
  next.onNewVideo = PROMPT_SCOPES.some(
    (scope) => snoozedUntil(input, scope) === null && waitsForNextVideo(input, scope),
  );
  const quiet = quietIn(settings, now, input.timeZone);
  if (quiet !== null && quiet > 0) next.at = next.at === null ? now + quiet : Math.min(next.at, now + quiet);

  // 2. The continuous-session break.
  const breakWait = sessionBreakWait(input);
  if (breakWait === 0) return show(spec(settings.prompts.breathing ? 'breathing' : 'nudge', 'session', 'site', onSite));
  const waits: (number | null)[] = [breakWait, limitWait(input, 'site'), limitWait(input, 'all')];
  for (const scope of PROMPT_SCOPES) {
    const { dailyVideos } = budgets[scope];
    if (dailyVideos !== null) next.afterVideos = minPositive([next.afterVideos, dailyVideos - today[scope].videos]);
  }

  // 3. The intention check at the start of a session (off by default).
  if (settings.prompts.intention && session.site && state.site.intentionSession !== session.site.startedAt) {
    return show(spec('intention', 'intention', 'site', { of: 'site', budget: null }));
  }

  // 4. Nudges: a budget mostly used, or every N videos.
  if (settings.prompts.nudge) {
    const share = settings.prompts.nudgeAtPercent / 100;
    for (const scope of PROMPT_SCOPES) {
      const budget = budgets[scope];
      const usage = today[scope];
      const { nudged } = state[scope];
      const figures = { of: scope, budget };
      if (budget.dailyMinutes !== null) {
        const at = budget.dailyMinutes * MINUTE * share;
        const key = `time:${scope}:${budget.dailyMinutes}`;
        const reached = usage.activeMs >= budget.dailyMinutes * MINUTE; // past the limit (snoozed): no nudge
        if (usage.activeMs >= at && !reached && !nudged.includes(key)) {
          return show(spec('nudge', 'approaching-time', scope, figures, key));
        }
        waits.push(at - usage.activeMs);
      }
      if (budget.dailyVideos !== null) {
        const at = Math.ceil(budget.dailyVideos * share);
        const key = `videos:${scope}:${budget.dailyVideos}`;
        if (usage.videos >= at && usage.videos < budget.dailyVideos && !nudged.includes(key)) {
          return show(spec('nudge', 'approaching-videos', scope, figures, key));
        }
        next.afterVideos = minPositive([next.afterVideos, at - usage.videos]);
      }
    }
    const every = settings.prompts.nudgeEveryVideos;
    if (every !== null && today.site.videos >= every) {
      const key = `every:${every}:${Math.floor(today.site.videos / every)}`;
      if (!state.site.nudged.includes(key)) return show(spec('nudge', 'video-count', 'site', onSite, key));
    }
    if (every !== null) next.afterVideos = minPositive([next.afterVideos, every - (today.site.videos % every)]);
  }
  next.afterWatchingMs = minPositive(waits);
  return { show: null, next, friction: ladder };
}

/**
 * After a prompt is dismissed ("Continue", a snooze, an override): the next comes sooner and one step stronger.
 * `session` is the all-feeds session; `sessionMinutes` the session length in force on the site today.
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
