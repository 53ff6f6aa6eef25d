import { z } from 'zod';
import { SITE_IDS } from '../sites/types';
import { DEFAULT_IDLE_THRESHOLD_S } from '../tracking/rules';

/** Version 1 of the settings: what tracking needs. Later versions add to it through migrations. */
export const settingsSchema = z.strictObject({
  /** Per site: whether Mindful Feed counts (and later interrupts) there. */
  sites: z.strictObject(
    Object.fromEntries(SITE_IDS.map((id) => [id, z.strictObject({ enabled: z.boolean() })])) as Record<
      (typeof SITE_IDS)[number],
      z.ZodObject<{ enabled: z.ZodBoolean }, z.core.$strict>
    >,
  ),
  /** Without a playing video, watching counts this long after the last input. */
  idleThresholdSeconds: z.number().int().min(10).max(600),
});
export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_VERSION = 1;

export function defaultSettings(): Settings {
  return {
    sites: Object.fromEntries(SITE_IDS.map((id) => [id, { enabled: true }])) as Settings['sites'],
    idleThresholdSeconds: DEFAULT_IDLE_THRESHOLD_S,
  };
}

/** Stored settings, or the defaults where they are missing or do not validate (never a broken shape). */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings();
}
