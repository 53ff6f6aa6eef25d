import { z } from 'zod';
import { type Settings, settingsSchema } from '@/lib/settings/schema';
import { isNumberKind, kindOf, type NumberKind } from './paths';
import { strings } from './strings';

/**
 * The options page's fields as text (what the user typed) and back. A field's text is checked on its own, with a
 * message that says what to enter; the whole result is then checked by the settings schema before anything is
 * saved. Empty means "no limit" where the settings allow none.
 */

export type DraftValue = string | boolean | number[];
/** Field values by setting path. */
export type Draft = Record<string, DraftValue>;
/** Messages by setting path. */
export type FieldErrors = Record<string, string>;
/** Settings to change: path and new value. */
export type Patch = [path: string, value: unknown][];

/** What the page accepts; always within what the settings schema accepts. Minutes are whole on this page. */
export const NUMBER_RULES: Record<NumberKind, { min: number; max: number; optional: boolean }> = {
  dailyMinutes: { min: 0, max: 1440, optional: true },
  dailyVideos: { min: 0, max: 10_000, optional: true },
  sessionMinutes: { min: 1, max: 600, optional: true },
  nudgeAtPercent: { min: 50, max: 95, optional: false },
  nudgeEveryVideos: { min: 5, max: 500, optional: true },
  breathSeconds: { min: 3, max: 60, optional: false },
  snoozeMinutes: { min: 1, max: 60, optional: false },
  snoozesPerDay: { min: 0, max: 10, optional: false },
  coolingOffHours: { min: 0, max: 168, optional: false },
  coverAfterMinutes: { min: 1, max: 120, optional: false },
  slowSwipeSeconds: { min: 1, max: 30, optional: true },
};

function numberField(kind: NumberKind) {
  const rule = NUMBER_RULES[kind];
  const whole = z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(rule.min).max(rule.max));
  return rule.optional ? z.union([z.literal('').transform(() => null), whole]) : whole;
}

const clockField = settingsSchema.shape.quietHours.shape.start;

export function readPath(settings: Settings, path: string): unknown {
  let node: unknown = settings;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node;
}

export function applyPatch(settings: Settings, patch: Patch): Settings {
  const next = structuredClone(settings) as unknown as Record<string, unknown>;
  for (const [path, value] of patch) {
    const keys = path.split('.');
    let node = next;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys[keys.length - 1] as string] = structuredClone(value);
  }
  return next as unknown as Settings;
}

function toDraft(value: unknown): DraftValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return [...value] as number[];
  return String(value);
}

export function draftFrom(settings: Settings, paths: readonly string[]): Draft {
  return Object.fromEntries(paths.map((path) => [path, toDraft(readPath(settings, path))]));
}

/** The draft as settings changes, or a message for each field that is not right (nothing half-read). */
export function readDraft(
  settings: Settings,
  draft: Draft,
): { ok: true; patch: Patch } | { ok: false; errors: FieldErrors } {
  const patch: Patch = [];
  const errors: FieldErrors = {};
  for (const [path, value] of Object.entries(draft)) {
    const kind = kindOf(path);
    if (isNumberKind(kind) || kind === 'clock') {
      const parsed = (kind === 'clock' ? clockField : numberField(kind)).safeParse(String(value).trim());
      if (parsed.success) patch.push([path, parsed.data]);
      else errors[path] = strings.errors[kind];
    } else if (kind === 'overBudget') {
      // One of the radio group's values; the settings schema below refuses anything else.
      patch.push([path, value]);
    } else if (kind === 'days') {
      patch.push([path, [...(value as number[])].sort((a, b) => a - b)]);
    } else {
      patch.push([path, value === true]);
    }
  }
  if (draft['quietHours.enabled'] === true && (draft['quietHours.days'] as number[] | undefined)?.length === 0) {
    errors['quietHours.days'] = strings.errors.days;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (!settingsSchema.safeParse(applyPatch(settings, patch)).success)
    return { ok: false, errors: { form: strings.formInvalid } };
  return { ok: true, patch };
}

/** The settings as path → value; quiet hours are one value, as the commitment rules judge them. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (prefix === 'quietHours' || value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.set(prefix, JSON.stringify(value));
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
  }
  return out;
}

/** The settings that differ between two versions. */
export function changedPaths(before: Settings, after: Settings): string[] {
  const old = leaves(before);
  return [...leaves(after)].filter(([path, value]) => old.get(path) !== value).map(([path]) => path);
}
