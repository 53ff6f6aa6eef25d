import { z } from 'zod/mini';
import { OVER_BUDGET_STYLES, type OverBudgetStyle, type QuietHours, type Settings, settingsSchema } from './schema';

/**
 * Commitment: tightening a limit takes effect at once; loosening one (or turning a site off) waits for the
 * cooling-off delay and is shown as pending meanwhile.
 */

export const pendingChangeSchema = z.strictObject({
  /** Dotted path of the setting, e.g. `limits.sites.tiktok.weekday.dailyMinutes`. */
  path: z.string().check(z.minLength(1), z.maxLength(200)),
  value: z.unknown(),
  requestedAt: z.number(),
  effectiveAt: z.number(),
});
export type PendingChange = z.infer<typeof pendingChangeSchema>;

export const storedSettingsSchema = z.strictObject({
  settings: settingsSchema,
  pending: z.array(pendingChangeSchema).check(z.maxLength(500)),
  updatedAt: z.number(),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

type Leaf = unknown;

/** The settings as flat leaves. Quiet hours are one leaf: their window is judged as a whole. */
function leaves(value: unknown, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (prefix === 'quietHours' || value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = structuredClone(value);
}

const MINUTES_PER_WEEK = 7 * 24 * 60;

/** The minutes of the week quiet hours cover. */
export function quietMinutes(quiet: QuietHours): Set<number> {
  const covered = new Set<number>();
  if (!quiet.enabled) return covered;
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const start = toMinutes(quiet.start);
  let length = toMinutes(quiet.end) - start;
  if (length <= 0) length += 24 * 60;
  for (const day of quiet.days) {
    for (let minute = 0; minute < length; minute++) covered.add((day * 24 * 60 + start + minute) % MINUTES_PER_WEEK);
  }
  return covered;
}

/** Limits where a smaller number is stricter and `null` means none. */
const lowerIsStricter = (before: unknown, after: unknown) =>
  (after as number | null) !== null && (before === null || (after as number) < (before as number));

/** Whether changing one setting from `before` to `after` loosens the user's commitment. */
export function isLoosening(path: string, before: unknown, after: unknown): boolean {
  if (JSON.stringify(before) === JSON.stringify(after)) return false;
  if (/^sites\.[^.]+\.enabled$/.test(path)) return before === true && after === false;
  if (/^limits\./.test(path)) return !lowerIsStricter(before, after);
  if (path === 'quietHours') {
    const old = quietMinutes(before as QuietHours);
    const next = quietMinutes(after as QuietHours);
    return [...old].some((minute) => !next.has(minute));
  }
  if (path === 'prompts.nudge' || path === 'prompts.breathing' || path === 'prompts.intention') {
    return before === true && after === false;
  }
  if (path === 'prompts.nudgeAtPercent') return (after as number) > (before as number);
  if (path === 'prompts.nudgeEveryVideos') return !lowerIsStricter(before, after);
  if (path === 'prompts.breathSeconds') return (after as number) < (before as number);
  if (path === 'snooze.minutes' || path === 'snooze.perDay') return (after as number) > (before as number);
  if (path === 'coolingOffHours') return (after as number) < (before as number);
  if (path === 'sharedClips.playAfterLimit') return before === false && after === true;
  // From strictest to loosest: the cover, friction then the cover, friction instead of the cover.
  if (path === 'friction.overBudget') {
    return OVER_BUDGET_STYLES.indexOf(after as OverBudgetStyle) > OVER_BUDGET_STYLES.indexOf(before as OverBudgetStyle);
  }
  if (path === 'friction.coverAfterMinutes') return (after as number) > (before as number);
  if (path === 'friction.greyscale' || path === 'friction.onLadder') return before === true && after === false;
  if (path === 'friction.slowSwipeSeconds')
    return after === null || (before !== null && (after as number) < (before as number));
  return false;
}

/** The settings in force at `now`: the stored ones with every pending change that is due. */
export function effectiveSettings(stored: StoredSettings, now: number): Settings {
  const settings = structuredClone(stored.settings) as unknown as Record<string, unknown>;
  for (const change of [...stored.pending].sort((a, b) => a.effectiveAt - b.effectiveAt)) {
    if (change.effectiveAt <= now) setPath(settings, change.path, change.value);
  }
  return settingsSchema.parse(settings);
}

/** Folds due pending changes into the settings. */
export function settle(stored: StoredSettings, now: number): StoredSettings {
  return {
    settings: effectiveSettings(stored, now),
    pending: stored.pending.filter((change) => change.effectiveAt > now),
    updatedAt: stored.updatedAt,
  };
}

/**
 * Applies what the user asked for: stricter or neutral changes now, looser ones after the cooling-off delay
 * (replacing an earlier pending change to the same setting). A stricter change cancels a pending loosening.
 */
export function proposeSettings(stored: StoredSettings, proposed: Settings, now: number): StoredSettings {
  const current = settle(stored, now);
  const next = structuredClone(current.settings) as unknown as Record<string, unknown>;
  const delayMs = current.settings.coolingOffHours * 3_600_000;
  let pending = current.pending;
  const before = leaves(current.settings);
  for (const [path, value] of leaves(settingsSchema.parse(proposed))) {
    const old = before.get(path);
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    pending = pending.filter((change) => change.path !== path);
    if (isLoosening(path, old, value) && delayMs > 0) {
      pending.push({ path, value: structuredClone(value), requestedAt: now, effectiveAt: now + delayMs });
    } else {
      setPath(next, path, value);
    }
  }
  return { settings: settingsSchema.parse(next), pending, updatedAt: now };
}

/** Withdraws a pending loosening (the user changed their mind): nothing to wait for. */
export function cancelPending(stored: StoredSettings, path: string): StoredSettings {
  return { ...stored, pending: stored.pending.filter((change) => change.path !== path) };
}
