import { storage } from '@wxt-dev/storage';
import { readSettings } from '../settings/store';
import { currentTimeZone, localDate } from '../tracking/local-time';
import { dayNumber, EXPERIMENT_DAYS } from './assignment';
import { EXPERIMENT_VERSION, type Experiment, parseExperiment, settingsForToday, styleChangeToTell } from './state';
import type { StyleId } from './styles';

/** The experiment on this device (not synced: its days are this device's days). Null: none was ever started. */
export const experimentItem = storage.defineItem<Experiment | null>('local:experiment', {
  fallback: null,
  version: EXPERIMENT_VERSION,
});

export async function readExperiment(): Promise<Experiment | null> {
  return parseExperiment(await experimentItem.getValue());
}

export async function writeExperiment(experiment: Experiment | null): Promise<void> {
  await experimentItem.setValue(experiment);
}

/** The settings the prompt rules and the popup's "next stop" use now: with the day's experiment style, if any. */
export async function readSettingsForToday(now = Date.now(), timeZone: string | (() => string) = currentTimeZone) {
  const reads = Promise.all([readSettings(now), readExperiment().catch(() => null)]);
  // The system's time zone may be the first use of Intl (15–30 ms the first time in a process): asked once the reads
  // are under way, it costs nothing while storage answers.
  const zone = typeof timeZone === 'function' ? timeZone() : timeZone;
  const [settings, experiment] = await reads;
  return settingsForToday(settings, experiment, now, zone);
}

/** The style change the first prompt of today tells, marked as told so the next prompt does not tell it again. */
export async function takeStyleChange(
  now: number,
  timeZone: string,
): Promise<{ style: StyleId; day: number; days: number } | null> {
  const experiment = await readExperiment();
  const date = localDate(now, timeZone);
  const style = styleChangeToTell(experiment, date);
  const day = experiment ? dayNumber(experiment.startDate, date) : null;
  if (style === null || !experiment || day === null) return null;
  await writeExperiment({ ...experiment, announced: [...experiment.announced, date] });
  return { style, day, days: EXPERIMENT_DAYS };
}
