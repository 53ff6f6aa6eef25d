import { useEffect, useRef, useState } from 'preact/hooks';
import { resetSettings } from '@/lib/data/transfer';
import {
  cancelPending,
  type PendingChange,
  proposeSettings,
  type StoredSettings,
  settle,
} from '@/lib/settings/commitment';
import type { Settings } from '@/lib/settings/schema';
import type { OptionsEnvironment } from './environment';
import { applyPatch, changedPaths, type Patch } from './form';

export interface SaveOutcome {
  /** Settings changed now (stricter, or neutral). */
  applied: number;
  /** Looser changes waiting for the cooling-off delay. */
  pending: number;
  /** The cooling-off delay they wait for. */
  delayHours: number;
  /** The settings in force after saving. */
  settings: Settings;
}

export interface SettingsControls {
  /** In force now. */
  settings: Settings;
  pending: PendingChange[];
  /** Changes settings under the commitment rules: stricter now, looser after the cooling-off delay. */
  save(patch: Patch): Promise<SaveOutcome>;
  /** Withdraws a pending loosening. */
  withdraw(path: string): Promise<void>;
  /** Back to the defaults (under the commitment rules); forms start again from what is in force. */
  reset(): Promise<void>;
  /** Changes when settings change from outside the forms, so they reload what is in force. */
  revision: number;
}

export type SettingsState =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; controls: SettingsControls };

/**
 * The stored settings with their pending changes. Writes go one at a time, each from the last one written, so two
 * sections saved in quick succession never undo each other.
 */
export function useSettings(environment: OptionsEnvironment): SettingsState {
  const latest = useRef<StoredSettings | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [view, setView] = useState<{ stored: StoredSettings; revision: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    environment.readSettings().then(
      (value) => {
        if (!live) return;
        latest.current = settle(value, environment.now());
        setView({ stored: latest.current, revision: 0 });
      },
      (reason: unknown) => live && setError(String(reason)),
    );
    return () => {
      live = false;
    };
  }, [environment]);

  /** Runs `change` on the latest settings and writes the result (unless it is null: nothing to write). */
  function commit<T>(
    change: (current: StoredSettings, now: number) => { next: StoredSettings | null; result: T },
    newRevision = false,
  ): Promise<T> {
    const run = queue.current.then(async () => {
      const current = latest.current;
      if (!current) throw new Error('settings not loaded');
      const { next, result } = change(current, environment.now());
      if (next) {
        await environment.writeSettings(next);
        latest.current = next;
        setView((previous) => ({ stored: next, revision: (previous?.revision ?? 0) + (newRevision ? 1 : 0) }));
      }
      return result;
    });
    queue.current = run.catch(() => undefined);
    return run;
  }

  if (error !== null) return { status: 'failed', error };
  if (!view) return { status: 'loading' };
  return {
    status: 'ready',
    controls: {
      settings: view.stored.settings,
      pending: view.stored.pending,
      revision: view.revision,
      save: (patch) =>
        commit((current, now) => {
          const before = settle(current, now);
          const proposed = applyPatch(before.settings, patch);
          const changed = changedPaths(before.settings, proposed);
          const delayHours = before.settings.coolingOffHours;
          if (changed.length === 0) {
            return { next: null, result: { applied: 0, pending: 0, delayHours, settings: before.settings } };
          }
          const next = proposeSettings(before, proposed, now);
          const waiting = next.pending.filter((item) => item.requestedAt === now && changed.includes(item.path));
          return {
            next,
            result: {
              applied: changed.length - waiting.length,
              pending: waiting.length,
              delayHours,
              settings: next.settings,
            },
          };
        }),
      withdraw: (path) =>
        commit((current, now) => ({
          next: { ...cancelPending(settle(current, now), path), updatedAt: now },
          result: undefined,
        })),
      reset: () => commit((current, now) => ({ next: resetSettings(current, now), result: undefined }), true),
    },
  };
}
