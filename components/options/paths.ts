import { SITE_IDS, type SiteId } from '@/lib/sites/types';

/**
 * The options page names each control by the dotted path of the setting it edits, the same path the commitment
 * rules use for pending changes (`limits.sites.tiktok.weekday.dailyMinutes`). Quiet hours are judged as a whole,
 * so their fields share one pending path, `quietHours`.
 */

export type NumberKind =
  | 'dailyMinutes'
  | 'dailyVideos'
  | 'sessionMinutes'
  | 'nudgeAtPercent'
  | 'nudgeEveryVideos'
  | 'breathSeconds'
  | 'snoozeMinutes'
  | 'snoozesPerDay'
  | 'coolingOffHours'
  | 'coverAfterMinutes'
  | 'slowSwipeSeconds';

/** A setting chosen from a few named values (a radio group). */
export type FieldKind = NumberKind | 'switch' | 'clock' | 'days' | 'quietHours' | 'overBudget';

const EXACT: Record<string, FieldKind> = {
  'prompts.nudgeAtPercent': 'nudgeAtPercent',
  'prompts.nudgeEveryVideos': 'nudgeEveryVideos',
  'prompts.breathSeconds': 'breathSeconds',
  'snooze.minutes': 'snoozeMinutes',
  'snooze.perDay': 'snoozesPerDay',
  coolingOffHours: 'coolingOffHours',
  'friction.coverAfterMinutes': 'coverAfterMinutes',
  'friction.slowSwipeSeconds': 'slowSwipeSeconds',
  'friction.overBudget': 'overBudget',
  'quietHours.start': 'clock',
  'quietHours.end': 'clock',
  'quietHours.days': 'days',
  quietHours: 'quietHours',
};

export function kindOf(path: string): FieldKind {
  const exact = EXACT[path];
  if (exact) return exact;
  const limit = /^limits\..+\.(dailyMinutes|dailyVideos|sessionMinutes)$/.exec(path)?.[1];
  if (limit) return limit as NumberKind;
  return 'switch';
}

export function isNumberKind(kind: FieldKind): kind is NumberKind {
  return kind !== 'switch' && kind !== 'clock' && kind !== 'days' && kind !== 'quietHours' && kind !== 'overBudget';
}

/** The element id of a setting's control (for quiet-hours days: the first day's checkbox). */
export const fieldId = (path: string) => `field-${path.replaceAll('.', '-')}`;

/** The path under which a change to this field waits when it loosens a commitment. */
export const pendingPathOf = (path: string) => (path.startsWith('quietHours.') ? 'quietHours' : path);

export type LimitScope = 'all' | SiteId;
export const LIMIT_SCOPES: readonly LimitScope[] = ['all', ...SITE_IDS];
export const DAY_TYPES = ['weekday', 'weekend'] as const;
export type DayType = (typeof DAY_TYPES)[number];
export const BUDGET_KEYS = ['dailyMinutes', 'dailyVideos', 'sessionMinutes'] as const;
export type BudgetKey = (typeof BUDGET_KEYS)[number];

export const limitPath = (scope: LimitScope, day: DayType, key: BudgetKey) =>
  scope === 'all' ? `limits.all.${day}.${key}` : `limits.sites.${scope}.${day}.${key}`;

export const LIMIT_PATHS = LIMIT_SCOPES.flatMap((scope) =>
  DAY_TYPES.flatMap((day) => BUDGET_KEYS.map((key) => limitPath(scope, day, key))),
);
export const SITE_PATHS = SITE_IDS.map((id) => `sites.${id}.enabled`);
export const QUIET_PATHS = ['quietHours.enabled', 'quietHours.start', 'quietHours.end', 'quietHours.days'];
export const PROMPT_PATHS = [
  'prompts.nudge',
  'prompts.nudgeAtPercent',
  'prompts.nudgeEveryVideos',
  'prompts.breathing',
  'prompts.breathSeconds',
  'prompts.intention',
  'sharedClips.playAfterLimit',
  'friction.overBudget',
  'friction.coverAfterMinutes',
  'friction.greyscale',
  'friction.slowSwipeSeconds',
  'friction.onLadder',
];
export const SNOOZE_PATHS = ['snooze.minutes', 'snooze.perDay', 'coolingOffHours'];

/** The parts of a limit path, or null for any other setting. */
export function parseLimitPath(path: string): { scope: LimitScope; day: DayType; key: BudgetKey } | null {
  const match = /^limits\.(?:all|sites\.([^.]+))\.(weekday|weekend)\.(dailyMinutes|dailyVideos|sessionMinutes)$/.exec(
    path,
  );
  if (!match) return null;
  return {
    scope: (match[1] as SiteId | undefined) ?? 'all',
    day: match[2] as DayType,
    key: match[3] as BudgetKey,
  };
}
