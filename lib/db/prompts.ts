import { type DecisionInput, emptyPromptState, escalate, type PromptKind, type Session } from '../limits/decide';
import type { Settings } from '../settings/schema';
import type { SiteId } from '../sites/types';
import { type Coverage, clusters } from '../tracking/intervals';
import { localDate } from '../tracking/local-time';
import { SESSION_GAP_MS } from '../tracking/rules';
import { type Database, emptyOutcomes, type PromptStateRow } from './database';
import { emptyDay } from './usage';

/** The current session in covered time: the last cluster, if it ended within the session gap. */
export function currentSession(coverage: Coverage, now: number): Session | null {
  const last = clusters(coverage, SESSION_GAP_MS).at(-1);
  if (!last || now - last.end > SESSION_GAP_MS) return null;
  const activeMs = coverage
    .filter((interval) => interval.start >= last.start && interval.end <= last.end)
    .reduce((sum, interval) => sum + interval.end - interval.start, 0);
  return { startedAt: last.start, activeMs };
}

/** Everything the prompt rules need, read in one transaction. */
export async function readDecisionInput(
  db: Database,
  request: { site: SiteId; siteName: string; settings: Settings; now: number; timeZone: string },
): Promise<DecisionInput> {
  const date = localDate(request.now, request.timeZone);
  const tx = db.transaction(['days', 'totals', 'coverage', 'promptState'], 'readonly');
  const [days, total, siteCoverage, allCoverage, state] = await Promise.all([
    tx.objectStore('days').getAll(IDBKeyRange.bound([date], [date, '\uffff'])),
    tx.objectStore('totals').get(date),
    tx.objectStore('coverage').get(request.site),
    tx.objectStore('coverage').get('all'),
    tx.objectStore('promptState').get([date, request.site]),
  ]);
  const siteDay = days.find((day) => day.site === request.site);
  return {
    now: request.now,
    timeZone: request.timeZone,
    site: request.site,
    siteName: request.siteName,
    settings: request.settings,
    today: {
      site: { activeMs: siteDay?.activeMs ?? 0, videos: siteDay?.videos ?? 0 },
      all: { activeMs: total?.activeMs ?? 0, videos: days.reduce((sum, day) => sum + day.videos, 0) },
    },
    session: {
      site: currentSession(siteCoverage?.intervals ?? [], request.now),
      all: currentSession(allCoverage?.intervals ?? [], request.now),
    },
    state: state ?? emptyPromptState(),
  };
}

export type PromptOutcome = 'shown' | 'continued' | 'dismissed' | 'left' | 'snoozed' | 'override';

/**
 * Records what happened to a prompt, in one transaction: the day's outcome counters, and the prompt state the
 * rules read (nudges shown, snoozes used and their end, escalation within the session).
 */
export async function recordPromptOutcome(
  db: Database,
  event: {
    site: SiteId;
    kind: PromptKind;
    outcome: PromptOutcome;
    nudgeKey?: string;
    settings: Settings;
    now: number;
    timeZone: string;
  },
): Promise<void> {
  const date = localDate(event.now, event.timeZone);
  const tx = db.transaction(['days', 'coverage', 'promptState'], 'readwrite');
  const [day, siteCoverage, allCoverage, stored] = await Promise.all([
    tx.objectStore('days').get([date, event.site]),
    tx.objectStore('coverage').get(event.site),
    tx.objectStore('coverage').get('all'),
    tx.objectStore('promptState').get([date, event.site]),
  ]);
  const row = day ?? emptyDay(date, event.site);
  row.prompts ??= emptyOutcomes();
  let state: PromptStateRow = stored ?? { ...emptyPromptState(), date, site: event.site };
  const allSession = currentSession(allCoverage?.intervals ?? [], event.now);
  const siteSession = currentSession(siteCoverage?.intervals ?? [], event.now);
  const sessionMinutes = event.settings.limits.all.weekday.sessionMinutes;
  const snoozeMs = event.settings.snooze.minutes * 60_000;

  switch (event.outcome) {
    case 'shown':
      row.prompts.shown[event.kind] += 1;
      if (event.nudgeKey && !state.nudged.includes(event.nudgeKey)) state.nudged = [...state.nudged, event.nudgeKey];
      if (event.kind === 'intention') state.intentionSession = siteSession?.startedAt ?? event.now;
      break;
    case 'continued':
      row.prompts.continued += 1;
      // Answering the intention check is not pushing past an interruption: no escalation for it.
      if (event.kind !== 'intention') state = { ...state, ...escalate(state, allSession, sessionMinutes) };
      break;
    case 'dismissed':
      state = { ...state, ...escalate(state, allSession, sessionMinutes) };
      break;
    case 'left':
      row.prompts.left += 1;
      break;
    case 'snoozed':
      if (state.snoozesUsed >= event.settings.snooze.perDay) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error('no snoozes left today');
      }
      row.prompts.snoozed += 1;
      state = {
        ...state,
        ...escalate(state, allSession, sessionMinutes),
        snoozesUsed: state.snoozesUsed + 1,
        snoozedUntil: event.now + snoozeMs,
      };
      break;
    case 'override':
      row.prompts.overrides += 1;
      state = { ...state, ...escalate(state, allSession, sessionMinutes), snoozedUntil: event.now + snoozeMs };
      break;
  }
  await Promise.all([tx.objectStore('days').put(row), tx.objectStore('promptState').put(state), tx.done]);
}
