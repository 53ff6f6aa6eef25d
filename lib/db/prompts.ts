import type { DecisionInput, PromptScope } from '../limits/decide';
import { afterOutcome, countOutcome, type PromptEvent } from '../limits/outcomes';
import { localDate } from '../tracking/local-time';
import { type Database, emptyOutcomes } from './database';
import { type DecisionRequest, decisionInput, readDecisionRows } from './decision-rows';
import { emptyDay } from './usage';

/** Everything the prompt rules need, read in one transaction. */
export async function readDecisionInput(db: Database, request: DecisionRequest): Promise<DecisionInput> {
  const tx = db.transaction(['days', 'totals', 'coverage', 'pages', 'promptState'], 'readonly');
  const rows = await readDecisionRows(tx, request.site, localDate(request.now, request.timeZone));
  return decisionInput(rows, request);
}

export class NoSnoozesLeft extends Error {
  constructor(scope: PromptScope) {
    super(`no snoozes left today (${scope === 'all' ? 'all feeds' : 'this site'})`);
  }
}

/**
 * Records what happened to a prompt in one transaction (the day's outcome counters and the prompt state, by the
 * rules in lib/limits/outcomes.ts), and returns the rules' input as it stands after. Throws NoSnoozesLeft, writing
 * nothing, for a snooze beyond the day's for that scope.
 */
export async function recordPromptOutcome(db: Database, event: PromptEvent & DecisionRequest): Promise<DecisionInput> {
  const { kind, outcome, scope, nudgeKey, ...request } = event;
  const date = localDate(event.now, event.timeZone);
  const tx = db.transaction(['days', 'totals', 'coverage', 'pages', 'promptState'], 'readwrite');
  const rows = await readDecisionRows(tx, event.site, date);
  const before = decisionInput(rows, request);
  const result = afterOutcome(before.state, { kind, outcome, scope, nudgeKey }, before);
  if (!result.ok) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new NoSnoozesLeft(result.scope);
  }
  const day = rows.days.find((row) => row.site === event.site) ?? emptyDay(date, event.site);
  const counted = { ...day, prompts: countOutcome(day.prompts ?? emptyOutcomes(), { kind, outcome }) };
  const { state } = result;
  await Promise.all([
    tx.objectStore('days').put(counted),
    tx.objectStore('promptState').put({ ...state.site, date, site: event.site }),
    tx.objectStore('promptState').put({ ...state.all, date, site: 'all' }),
    tx.done,
  ]);
  return { ...before, state };
}
