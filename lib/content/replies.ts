import type { Decision, PromptSpec } from '../limits/decide';
import type { ContentMessageType, ContentReplyTo, TrackingConfig } from '../messaging/content-protocol';

/**
 * The background's replies are checked before the page sees anything drawn from them (hand-written guards: zod
 * stays out of the content script). A reply that fails its check is treated as no reply.
 */

type Guard<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isNumberOrNull = (value: unknown) => value === null || isNumber(value);
const isString = (value: unknown): value is string => typeof value === 'string';

const KINDS = new Set(['nudge', 'breathing', 'intention', 'limit']);

function isPromptSpec(value: unknown): value is PromptSpec {
  if (!isRecord(value) || !KINDS.has(value.kind as string) || !isString(value.reason)) return false;
  if (value.scope !== 'site' && value.scope !== 'all') return false;
  const figures = value.figures;
  return (
    isRecord(figures) &&
    isString(figures.siteName) &&
    isNumber(figures.todaySeconds) &&
    isNumber(figures.todayVideos) &&
    isNumberOrNull(figures.budgetMinutes) &&
    isNumberOrNull(figures.budgetVideos) &&
    isNumber(figures.sessionSeconds) &&
    isNumber(value.breathSeconds) &&
    isNumber(value.snoozesLeft) &&
    isNumber(value.snoozeMinutes) &&
    isString(value.overridePhrase) &&
    (value.nudgeKey === undefined || isString(value.nudgeKey)) &&
    (value.styleNote === undefined || isStyleNote(value.styleNote))
  );
}

const isStyleNote = (note: unknown) =>
  isRecord(note) && isString(note.style) && note.style.length <= 40 && isNumber(note.day) && isNumber(note.days);
function isFriction(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return (
    isRecord(value) &&
    typeof value.greyscale === 'boolean' &&
    (value.slowSwipeSeconds === null ||
      (isNumber(value.slowSwipeSeconds) && value.slowSwipeSeconds > 0 && value.slowSwipeSeconds <= 30)) &&
    (value.reason === 'over-budget' || value.reason === 'escalation') &&
    (value.scope === 'site' || value.scope === 'all') &&
    (value.thisVideoWaits === undefined || value.thisVideoWaits === true) &&
    (value.styleNote === undefined || isStyleNote(value.styleNote))
  );
}

export function isDecision(value: unknown): value is Decision {
  if (!isRecord(value) || !isRecord(value.next)) return false;
  const next = value.next;
  return (
    (value.show === null || isPromptSpec(value.show)) &&
    isFriction(value.friction) &&
    isNumberOrNull(next.afterWatchingMs) &&
    isNumberOrNull(next.at) &&
    isNumberOrNull(next.afterVideos) &&
    typeof next.onNewVideo === 'boolean'
  );
}

function isTracking(value: unknown): value is TrackingConfig {
  return isRecord(value) && typeof value.enabled === 'boolean' && isNumber(value.idleThresholdS);
}

const isSeqList = (value: unknown): value is number[] => Array.isArray(value) && value.every(Number.isInteger);

const ok = (value: unknown): value is Record<string, unknown> => isRecord(value) && value.ok === true;

const GUARDS: { [T in ContentMessageType]: Guard<ContentReplyTo<T>> } = {
  hello: (value): value is ContentReplyTo<'hello'> =>
    ok(value) &&
    isTracking(value.tracking) &&
    isDecision(value.prompt) &&
    isString(value.handoffKey) &&
    (value.trackingHealth === null || value.trackingHealth === 'ok' || value.trackingHealth === 'degraded'),
  heartbeat: (value): value is ContentReplyTo<'heartbeat'> =>
    ok(value) &&
    isSeqList(value.applied) &&
    (value.idle === 'active' || value.idle === 'idle' || value.idle === 'locked') &&
    isTracking(value.tracking) &&
    isDecision(value.prompt),
  check: (value): value is ContentReplyTo<'check'> => ok(value) && isDecision(value.prompt),
  'prompt-outcome': (value): value is ContentReplyTo<'prompt-outcome'> => ok(value) && isDecision(value.prompt),
  health: (value): value is ContentReplyTo<'health'> => ok(value),
  'open-resources': (value): value is ContentReplyTo<'open-resources'> => ok(value),
  'not-interested': (value): value is ContentReplyTo<'not-interested'> => ok(value),
  handoff: (value): value is ContentReplyTo<'handoff'> => ok(value) && isSeqList(value.applied),
};

/** Whether `reply` is the well-formed success reply to a message of type `type`. */
export function isReplyTo<T extends ContentMessageType>(type: T, reply: unknown): reply is ContentReplyTo<T> {
  return GUARDS[type](reply);
}
