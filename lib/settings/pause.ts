import { storage } from '@wxt-dev/storage';
import { z } from 'zod/mini';

/**
 * "Pause tracking for an hour": counting stops on every site until then. Limits already reached stay in force
 * (a pause is not a way around them). Every pause is kept in a short history, so it stays visible.
 */
export const pauseSchema = z.strictObject({
  /** The pause in force, if any. */
  current: z.nullable(z.strictObject({ startedAt: z.number(), until: z.number() })),
  /** Past and present pauses, newest last (at most 100). */
  history: z.array(z.strictObject({ startedAt: z.number(), until: z.number() })).check(z.maxLength(100)),
});
export type PauseState = z.infer<typeof pauseSchema>;

const empty = (): PauseState => ({ current: null, history: [] });

export const pauseItem = storage.defineItem<PauseState>('local:trackingPause', { fallback: empty(), version: 1 });

export async function readPause(): Promise<PauseState> {
  const parsed = pauseSchema.safeParse(await pauseItem.getValue());
  return parsed.success ? parsed.data : empty();
}

/** Whether counting is paused at `now`. */
export function isPaused(state: PauseState, now: number): boolean {
  return state.current !== null && state.current.until > now;
}

export async function pauseTracking(now: number, minutes = 60): Promise<PauseState> {
  const state = await readPause();
  const pause = { startedAt: now, until: now + minutes * 60_000 };
  const next = { current: pause, history: [...state.history, pause].slice(-100) };
  await pauseItem.setValue(next);
  return next;
}

/** Ends the pause now (the history keeps it, shortened to when it really ended). */
export async function resumeTracking(now: number): Promise<PauseState> {
  const state = await readPause();
  if (!state.current) return state;
  const ended = { ...state.current, until: Math.min(state.current.until, now) };
  const next = { current: null, history: [...state.history.slice(0, -1), ended] };
  await pauseItem.setValue(next);
  return next;
}
