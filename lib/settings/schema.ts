import { z } from 'zod/mini';
import { SITE_IDS, type SiteId } from '../sites/types';
import { DEFAULT_IDLE_THRESHOLD_S } from '../tracking/rules';

/**
 * Settings, version 3: tracking (v1); limits, schedules, prompts, snoozes and the cooling-off delay (v2); clips sent
 * to the user and friction that slows instead of covering (v3).
 */
export const SETTINGS_VERSION = 3;

function perSite<T extends z.ZodMiniType>(schema: T) {
  return z.strictObject(Object.fromEntries(SITE_IDS.map((id) => [id, schema])) as Record<SiteId, T>);
}

/** One day's budget. `null` means no limit; 0 means none today (the feed stays covered all day). */
export const budgetSchema = z.strictObject({
  /** Whole minutes in the options page; as little as half a minute is accepted (a trial, or a test). */
  dailyMinutes: z.nullable(z.number().check(z.minimum(0), z.maximum(1440))),
  dailyVideos: z.nullable(z.int().check(z.minimum(0), z.maximum(10_000))),
  /** Continuous watching before a break. */
  sessionMinutes: z.nullable(z.number().check(z.minimum(0.5), z.maximum(600))),
});
export type Budget = z.infer<typeof budgetSchema>;

export const limitSetSchema = z.strictObject({ weekday: budgetSchema, weekend: budgetSchema });
export type LimitSet = z.infer<typeof limitSetSchema>;

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day, HH:MM'));

export const quietHoursSchema = z.strictObject({
  enabled: z.boolean(),
  start: clockTime,
  end: clockTime,
  /** Days of the week (0 = Sunday) on which the quiet period starts; e.g. school nights Sunday–Thursday. */
  days: z.array(z.int().check(z.minimum(0), z.maximum(6))).check(z.maxLength(7)),
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const settingsV1Schema = z.strictObject({
  sites: perSite(z.strictObject({ enabled: z.boolean() })),
  idleThresholdSeconds: z.int().check(z.minimum(10), z.maximum(600)),
});
export type SettingsV1 = z.infer<typeof settingsV1Schema>;

/** What happens once a daily budget is used up. */
export const OVER_BUDGET_STYLES = ['cover', 'slow-down', 'slow-down-then-cover'] as const;
export type OverBudgetStyle = (typeof OVER_BUDGET_STYLES)[number];

export const frictionSchema = z.strictObject({
  /** The covering limit prompt, friction instead of it, or friction first and the cover after a while. */
  overBudget: z.enum(OVER_BUDGET_STYLES),
  /** With 'slow-down-then-cover': this much watching under friction before the limit covers the feed. */
  coverAfterMinutes: z.int().check(z.minimum(1), z.maximum(120)),
  /** The feed's videos shown in greyscale. */
  greyscale: z.boolean(),
  /** Each next video waits this long before it plays (null: no wait). */
  slowSwipeSeconds: z.nullable(z.int().check(z.minimum(1), z.maximum(30))),
  /** On the escalation ladder: after a dismissed prompt, the rest of the session is slowed down too. */
  onLadder: z.boolean(),
});
export type Friction = z.infer<typeof frictionSchema>;

export const settingsV2Schema = z.strictObject({
  sites: perSite(z.strictObject({ enabled: z.boolean() })),
  idleThresholdSeconds: z.int().check(z.minimum(10), z.maximum(600)),
  limits: z.strictObject({ all: limitSetSchema, sites: perSite(limitSetSchema) }),
  quietHours: quietHoursSchema,
  prompts: z.strictObject({
    /** A small card when a daily budget is this far used. */
    nudge: z.boolean(),
    nudgeAtPercent: z.int().check(z.minimum(50), z.maximum(95)),
    /** Also a card every N videos (null: never). */
    nudgeEveryVideos: z.nullable(z.int().check(z.minimum(5), z.maximum(500))),
    breathing: z.boolean(),
    breathSeconds: z.int().check(z.minimum(3), z.maximum(60)),
    /** Ask what the user came for at the start of a session. Off by default: messages alone do little. */
    intention: z.boolean(),
  }),
  snooze: z.strictObject({
    minutes: z.number().check(z.minimum(0.25), z.maximum(60)),
    perDay: z.int().check(z.minimum(0), z.maximum(10)),
  }),
  /** Loosening a limit waits this long. */
  coolingOffHours: z.number().check(z.minimum(0), z.maximum(168)),
});
export type SettingsV2 = z.infer<typeof settingsV2Schema>;

export const settingsSchema = z.extend(settingsV2Schema, {
  /** A clip someone sent (a video opened directly, not reached by swiping): a limit waits until the user moves on. */
  sharedClips: z.strictObject({ playAfterLimit: z.boolean() }),
  friction: frictionSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

const noBudget = (): Budget => ({ dailyMinutes: null, dailyVideos: null, sessionMinutes: null });
const noLimits = (): LimitSet => ({ weekday: noBudget(), weekend: noBudget() });

/** First install: tracking on everywhere, a gentle break every 20 minutes of continuous watching, no hard limits. */
export function defaultSettings(): Settings {
  return {
    sites: Object.fromEntries(SITE_IDS.map((id) => [id, { enabled: true }])) as Settings['sites'],
    idleThresholdSeconds: DEFAULT_IDLE_THRESHOLD_S,
    limits: {
      all: {
        weekday: { ...noBudget(), sessionMinutes: 20 },
        weekend: { ...noBudget(), sessionMinutes: 20 },
      },
      sites: Object.fromEntries(SITE_IDS.map((id) => [id, noLimits()])) as Settings['limits']['sites'],
    },
    quietHours: { enabled: false, start: '23:00', end: '07:00', days: [0, 1, 2, 3, 4] },
    prompts: {
      nudge: true,
      nudgeAtPercent: 80,
      nudgeEveryVideos: null,
      breathing: true,
      breathSeconds: 10,
      intention: false,
    },
    snooze: { minutes: 5, perDay: 2 },
    coolingOffHours: 24,
    sharedClips: { playAfterLimit: true },
    friction: {
      overBudget: 'cover',
      coverAfterMinutes: 10,
      greyscale: true,
      slowSwipeSeconds: 3,
      onLadder: false,
    },
  };
}

/** Version 1 → 2: keeps what the user chose for tracking, adds the defaults for everything new. */
export function migrateV1toV2(v1: unknown): SettingsV2 {
  const parsed = settingsV1Schema.safeParse(v1);
  const { sharedClips: _clips, friction: _friction, ...defaults } = defaultSettings();
  return parsed.success ? { ...defaults, ...parsed.data } : defaults;
}

/** Version 2 → 3: keeps every v2 choice, adds the v3 defaults (clips sent to me play on; the limit still covers). */
export function migrateV2toV3(v2: unknown): Settings {
  const parsed = settingsV2Schema.safeParse(v2);
  const defaults = defaultSettings();
  return parsed.success ? { ...defaults, ...parsed.data } : defaults;
}

/** Stored settings, or the defaults where they are missing or do not validate (never a broken shape). */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}
