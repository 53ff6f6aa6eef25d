import { z } from 'zod/mini';
import { addDays } from '../dashboard/dates';
import type { Settings } from '../settings/schema';
import { localDate } from '../tracking/local-time';
import { assignmentDates, dayNumber, EXPERIMENT_DAYS, MAX_STYLES, MIN_STYLES, styleOn } from './assignment';
import { applyStyle, STYLE_IDS, type StyleId } from './styles';

/**
 * The "find what works for you" experiment, version 1: the styles picked, the seed the days were assigned from,
 * the assignments themselves (kept, so an export shows them as they were), the days whose style change was
 * already told, and how it ended.
 */
export const EXPERIMENT_VERSION = 1;

const localDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const styleSchema = z.enum(STYLE_IDS);

export const experimentSchema = z.strictObject({
  styles: z.array(styleSchema).check(z.minLength(MIN_STYLES), z.maxLength(MAX_STYLES)),
  seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  enrolledAt: z.number(),
  startDate: localDateSchema,
  assignments: z.array(z.strictObject({ date: localDateSchema, style: styleSchema })).check(z.length(EXPERIMENT_DAYS)),
  /** Dates on which the first prompt already said the style changed. */
  announced: z.array(localDateSchema).check(z.maxLength(EXPERIMENT_DAYS)),
  /** Stopped early by the user; the days before still count. */
  stoppedAt: z.nullable(z.number()),
  /** The style adopted at the end, and when. */
  adopted: z.nullable(z.strictObject({ style: styleSchema, at: z.number() })),
});
export type Experiment = z.infer<typeof experimentSchema>;

/** Enrols today: day 1 is today, the assignments follow from the seed. */
export function enrol(
  styles: readonly StyleId[],
  context: { now: number; timeZone: string; seed: number },
): Experiment {
  const unique = [...new Set(styles)];
  if (unique.length < MIN_STYLES || unique.length > MAX_STYLES) throw new Error('pick two or three styles');
  const startDate = localDate(context.now, context.timeZone);
  return {
    styles: unique,
    seed: context.seed >>> 0,
    enrolledAt: context.now,
    startDate,
    assignments: assignmentDates(startDate, unique, context.seed >>> 0),
    announced: [],
    stoppedAt: null,
    adopted: null,
  };
}

export const lastDate = (experiment: Experiment) => addDays(experiment.startDate, EXPERIMENT_DAYS - 1);

/** The style in force on a date: none once stopped, outside the 14 days, or without an experiment. */
export function styleToday(experiment: Experiment | null, date: string): StyleId | null {
  if (!experiment || experiment.stoppedAt !== null || experiment.adopted !== null) return null;
  return styleOn(experiment.assignments, date);
}

/** The style in force on a date with its day of the experiment (what the options page says); null as `styleToday`. */
export function experimentDay(
  experiment: Experiment | null,
  date: string,
): { style: StyleId; day: number; days: number } | null {
  const style = styleToday(experiment, date);
  const day = experiment ? dayNumber(experiment.startDate, date) : null;
  return style === null || day === null ? null : { style, day, days: EXPERIMENT_DAYS };
}

/** The settings the prompt rules use at `now`: the user's, with the day's style over the prompts. */
export function settingsForToday(
  settings: Settings,
  experiment: Experiment | null,
  now: number,
  timeZone: string,
): Settings {
  const style = styleToday(experiment, localDate(now, timeZone));
  return style === null ? settings : applyStyle(settings, style);
}

/**
 * Whether the first prompt of `date` says the style changed: on day 1, and on a day whose style differs from the
 * day before, until one prompt has said it.
 */
export function styleChangeToTell(experiment: Experiment | null, date: string): StyleId | null {
  const style = styleToday(experiment, date);
  if (style === null || !experiment || experiment.announced.includes(date)) return null;
  const yesterday = styleOn(experiment.assignments, addDays(date, -1));
  return yesterday === style ? null : style;
}

export const parseExperiment = (raw: unknown): Experiment | null => experimentSchema.safeParse(raw).data ?? null;
