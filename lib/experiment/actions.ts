import { proposeSettings, settle } from '../settings/commitment';
import { readStoredSettings, writeStoredSettings } from '../settings/store';
import { currentTimeZone } from '../tracking/local-time';
import { enrol } from './state';
import { readExperiment, writeExperiment } from './store';
import { applyStyle, type StyleId } from './styles';

/** What adopting a style did: applied now, or (where it loosens a setting) waiting for the cooling-off delay. */
export type Adoption = { kind: 'now' } | { kind: 'pending'; effectiveAt: number };

export interface ExperimentActions {
  start(styles: StyleId[]): Promise<void>;
  stop(): Promise<void>;
  adopt(style: StyleId): Promise<Adoption>;
}

/**
 * Adopts a style as the user's own prompt (and friction) settings, through the same commitment rules as any change
 * in the options: a tightening applies now, a loosening waits the cooling-off delay.
 */
export async function adoptStyle(style: StyleId, now: number): Promise<Adoption> {
  const stored = await readStoredSettings();
  const current = settle(stored, now).settings;
  const next = proposeSettings(stored, applyStyle(current, style), now);
  await writeStoredSettings(next);
  const experiment = await readExperiment();
  if (experiment) await writeExperiment({ ...experiment, adopted: { style, at: now } });
  const waiting = next.pending.filter(
    (change) => change.requestedAt === now && /^(prompts|friction)\./.test(change.path),
  );
  return waiting.length === 0
    ? { kind: 'now' }
    : { kind: 'pending', effectiveAt: Math.max(...waiting.map((c) => c.effectiveAt)) };
}

export function experimentActions(
  now: () => number = Date.now,
  timeZone: () => string = currentTimeZone,
  seed: () => number = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0,
): ExperimentActions {
  return {
    start: (styles) => writeExperiment(enrol(styles, { now: now(), timeZone: timeZone(), seed: seed() })),
    stop: async () => {
      const experiment = await readExperiment();
      if (experiment) await writeExperiment({ ...experiment, stoppedAt: now() });
    },
    adopt: (style) => adoptStyle(style, now()),
  };
}
