import { useState } from 'preact/hooks';
import type { PendingChange } from '@/lib/settings/commitment';
import { type Draft, type DraftValue, draftFrom, type FieldErrors, readDraft } from './form';
import { fieldId, pendingPathOf } from './paths';
import { strings } from './strings';
import type { SaveOutcome, SettingsControls } from './useSettings';

export interface FormStatus {
  kind: 'ok' | 'error';
  text: string;
}

export interface SettingsForm {
  draft: Draft;
  errors: FieldErrors;
  status: FormStatus | null;
  set(path: string, value: DraftValue): void;
  submit(event: Event): Promise<void>;
  /** The loosening waiting for this field, if any. */
  pendingFor(path: string): PendingChange | undefined;
  /** Withdraws it, then puts focus back on `focusPath`'s control (the button goes away). */
  withdraw(pendingPath: string, focusPath: string): Promise<void>;
}

function describeOutcome(outcome: SaveOutcome): string {
  if (outcome.applied === 0 && outcome.pending === 0) return strings.noChanges;
  if (outcome.pending === 0) return strings.savedApplied;
  if (outcome.applied === 0) return strings.savedPending(outcome.pending, outcome.delayHours);
  return strings.savedBoth(outcome.delayHours);
}

const focus = (path: string) => document.getElementById(fieldId(path))?.focus();

/** One section's form: the fields as typed, their errors, and saving under the commitment rules. */
export function useSettingsForm(paths: readonly string[], controls: SettingsControls): SettingsForm {
  const [draft, setDraft] = useState(() => draftFrom(controls.settings, paths));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<FormStatus | null>(null);

  return {
    draft,
    errors,
    status,
    set(path, value) {
      setDraft((previous) => ({ ...previous, [path]: value }));
      setErrors((previous) => {
        const { [path]: _fixed, form: _form, ...rest } = previous;
        return rest;
      });
    },
    async submit(event) {
      event.preventDefault();
      const read = readDraft(controls.settings, draft);
      if (!read.ok) {
        setErrors(read.errors);
        setStatus({ kind: 'error', text: read.errors.form ?? strings.invalid(Object.keys(read.errors).length) });
        const first = paths.find((path) => read.errors[path]);
        if (first) focus(first);
        return;
      }
      setErrors({});
      try {
        const outcome = await controls.save(read.patch);
        setDraft(draftFrom(outcome.settings, paths));
        setStatus({ kind: 'ok', text: describeOutcome(outcome) });
      } catch (reason) {
        setStatus({ kind: 'error', text: strings.saveFailed(String(reason)) });
      }
    },
    pendingFor: (path) => controls.pending.find((change) => change.path === pendingPathOf(path)),
    async withdraw(pendingPath, focusPath) {
      try {
        await controls.withdraw(pendingPath);
        setStatus({ kind: 'ok', text: strings.withdrawn(pendingPath) });
      } catch (reason) {
        setStatus({ kind: 'error', text: strings.saveFailed(String(reason)) });
      }
      focus(focusPath);
    },
  };
}
