import { z } from 'zod';
import { SITE_IDS, type SiteId } from '../sites/types';
import { DEFAULT_IDLE_THRESHOLD_S } from '../tracking/rules';

/** Settings, version 2: tracking (v1) plus limits, schedules, prompts, snoozes and the cooling-off delay. */
export const SETTINGS_VERSION = 2;

function perSite<T extends z.ZodType>(schema: T) {
  return z.strictObject(Object.fromEntries(SITE_IDS.map((id) => [id, schema])) as Record<SiteId, T>);
}

/** One day's budget. `null` means no limit; 0 means none today (the feed stays covered all day). */
export const budgetSchema = z.strictObject({
  /** Whole minutes in the options page; as little as half a minute is accepted (a trial, or a test). */
  dailyMinutes: z.number().min(0).max(1440).nullable(),
  dailyVideos: z.number().int().min(0).max(10_000).nullable(),
  /** Continuous watching before a break. */
  sessionMinutes: z.number().min(0.5).max(600).nullable(),
});
export type Budget = z.infer<typeof budgetSchema>;

export const limitSetSchema = z.strictObject({ weekday: budgetSchema, weekend: budgetSchema });
export type LimitSet = z.infer<typeof limitSetSchema>;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day, HH:MM');

export const quietHoursSchema = z.strictObject({
  enabled: z.boolean(),
  start: clockTime,
  end: clockTime,
  /** Days of the week (0 = Sunday) on which the quiet period starts; e.g. school nights Sunday–Thursday. */
  days: z.array(z.number().int().min(0).max(6)).max(7),
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const settingsV1Schema = z.strictObject({
  sites: perSite(z.strictObject({ enabled: z.boolean() })),
  idleThresholdSeconds: z.number().int().min(10).max(600),
});
export type SettingsV1 = z.infer<typeof settingsV1Schema>;

export const settingsSchema = z.strictObject({
  sites: perSite(z.strictObject({ enabled: z.boolean() })),
  idleThresholdSeconds: z.number().int().min(10).max(600),
  limits: z.strictObject({ all: limitSetSchema, sites: perSite(limitSetSchema) }),
  quietHours: quietHoursSchema,
  prompts: z.strictObject({
    /** A small card when a daily budget is this far used. */
    nudge: z.boolean(),
    nudgeAtPercent: z.number().int().min(50).max(95),
    /** Also a card every N videos (null: never). */
    nudgeEveryVideos: z.number().int().min(5).max(500).nullable(),
    breathing: z.boolean(),
    breathSeconds: z.number().int().min(3).max(60),
    /** Ask what the user came for at the start of a session. Off by default: messages alone do little. */
    intention: z.boolean(),
  }),
  snooze: z.strictObject({
    minutes: z.number().min(0.25).max(60),
    perDay: z.number().int().min(0).max(10),
  }),
  /** Loosening a limit waits this long. */
  coolingOffHours: z.number().min(0).max(168),
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
  };
}

/** Version 1 → 2: keeps what the user chose for tracking, adds the defaults for everything new. */
export function migrateV1toV2(v1: unknown): Settings {
  const parsed = settingsV1Schema.safeParse(v1);
  const defaults = defaultSettings();
  return parsed.success ? { ...defaults, ...parsed.data } : defaults;
}

/** Stored settings, or the defaults where they are missing or do not validate (never a broken shape). */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}
