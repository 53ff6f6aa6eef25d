import { type DayRow, emptyOutcomes, type PromptOutcomes, type TotalRow } from '../../../lib/db/database';
import { type Budget, defaultSettings, type Settings } from '../../../lib/settings/schema';
import type { SiteId } from '../../../lib/sites/types';

/** Hand-made rows for the dashboard's pure helpers. */

export const MINUTE = 60_000;

export function day(
  date: string,
  site: SiteId,
  figures: Partial<Omit<DayRow, 'prompts'>> & { prompts?: Partial<PromptOutcomes> } = {},
): DayRow {
  const { prompts, ...rest } = figures;
  return {
    date,
    site,
    activeMs: 0,
    hourlyMs: new Array(24).fill(0),
    videos: 0,
    sessions: 0,
    notInterested: 0,
    ...rest,
    prompts: { ...emptyOutcomes(), ...prompts },
  };
}

export function total(date: string, activeMs: number, hourlyMs: number[] = new Array(24).fill(0)): TotalRow {
  return { date, activeMs, hourlyMs };
}

/** Default settings with some budgets changed. */
export function settingsWith(
  change: {
    all?: Partial<Record<'weekday' | 'weekend', Partial<Budget>>>;
    sites?: Partial<Record<SiteId, Partial<Record<'weekday' | 'weekend', Partial<Budget>>>>>;
  },
  base: Settings = defaultSettings(),
): Settings {
  const settings = structuredClone(base);
  for (const type of ['weekday', 'weekend'] as const) {
    Object.assign(settings.limits.all[type], change.all?.[type]);
    for (const [site, limits] of Object.entries(change.sites ?? {})) {
      Object.assign(settings.limits.sites[site as SiteId][type], limits?.[type]);
    }
  }
  return settings;
}
