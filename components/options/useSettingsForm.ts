import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PendingChange } from '@/lib/settings/commitment';
import type { Settings } from '@/lib/settings/schema';
import { type Draft, type DraftValue, draftFrom, type FieldErrors, readDraft } from './form';
import { fieldId, LIMIT_PATHS, PROMPT_PATHS, pendingPathOf, QUIET_PATHS, SITE_PATHS, SNOOZE_PATHS } from './paths';
import { strings } from './strings';
import type { SaveOutcome, SettingsControls } from './useSettings';

export interface FormStatus {
  kind: 'ok' | 'error';
  text: string;
}

/** Every setting the page edits, in the order of the page: one form, one Save. */
export const PAGE_PATHS: readonly string[] = [
  ...LIMIT_PATHS,
  ...QUIET_PATHS,
  ...PROMPT_PATHS,
  ...SNOOZE_PATHS,
  ...SITE_PATHS,
];

export interface SettingsForm {
  draft: Draft;
  errors: FieldErrors;
  status: FormStatus | null;
  /** The fields whose value differs from what is in force: typed but not saved yet. */
  unsaved: string[];
  set(path: string, value: DraftValue): void;
  /** Saves every field of the page under the commitment rules, or says which fields to fix (nothing half-saved). */
  submit(event?: Event): Promise<void>;
  /** The loosening waiting for this field, if any. */
  pendingFor(path: string): PendingChange | undefined;
  /** Withdraws it, then puts focus back on `focusPath`'s control (the button goes away). */
  withdraw(pendingPath: string, focusPath: string): Promise<void>;
  /** Starts these fields again from `settings` (just saved elsewhere on the page, by the welcome). */
  refresh(settings: Settings, paths: readonly string[]): void;
}

function describeOutcome(outcome: SaveOutcome): string {
  if (outcome.applied === 0 && outcome.pending === 0) return strings.noChanges;
  if (outcome.pending === 0) return strings.savedApplied;
  if (outcome.applied === 0) return strings.savedPending(outcome.pending, outcome.delayHours);
  return strings.savedBoth(outcome.delayHours);
}

const focus = (path: string) => document.getElementById(fieldId(path))?.focus();

/** A field's value as typed, compared the way the settings would be (days in any order are the same days). */
const same = (a: DraftValue | undefined, b: DraftValue | undefined) =>
  Array.isArray(a) && Array.isArray(b)
    ? [...a].sort().join() === [...b].sort().join()
    : String(a ?? '').trim() === String(b ?? '').trim();

/**
 * The whole page's form: the fields as typed, their errors, and one Save under the commitment rules. It lives above
 * the page's views, so switching to the welcome and back keeps what was typed.
 */
export function useSettingsForm(controls: SettingsControls | null): SettingsForm {
  const inForce = controls?.settings;
  const [draft, setDraft] = useState<Draft>(() => (inForce ? draftFrom(inForce, PAGE_PATHS) : {}));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<FormStatus | null>(null);
  const loaded = useRef(inForce !== undefined);
  const revision = useRef(controls?.revision ?? 0);

  // The settings arrive after the first render; a reset from outside the form (a new revision) starts it again.
  useLayoutEffect(() => {
    if (!controls) return;
    if (loaded.current && revision.current === controls.revision) return;
    loaded.current = true;
    revision.current = controls.revision;
    setDraft(draftFrom(controls.settings, PAGE_PATHS));
    setErrors({});
  }, [controls]);

  const base = inForce ? draftFrom(inForce, PAGE_PATHS) : draft;
  // The render in which the settings arrive, before the effect above has filled the draft.
  const fields = PAGE_PATHS.every((path) => path in draft) ? draft : base;
  const unsaved = PAGE_PATHS.filter((path) => !same(fields[path], base[path]));

  return {
    draft: fields,
    errors,
    status,
    unsaved,
    set(path, value) {
      setDraft((previous) => ({ ...previous, [path]: value }));
      setErrors((previous) => {
        const { [path]: _fixed, form: _form, ...rest } = previous;
        return rest;
      });
    },
    async submit(event) {
      event?.preventDefault();
      if (!controls) return;
      const read = readDraft(controls.settings, fields);
      if (!read.ok) {
        setErrors(read.errors);
        setStatus({ kind: 'error', text: read.errors.form ?? strings.invalid(Object.keys(read.errors).length) });
        const first = PAGE_PATHS.find((path) => read.errors[path]);
        if (first) focus(first);
        return;
      }
      setErrors({});
      try {
        const outcome = await controls.save(read.patch);
        setDraft(draftFrom(outcome.settings, PAGE_PATHS));
        setStatus({ kind: 'ok', text: describeOutcome(outcome) });
      } catch (reason) {
        setStatus({ kind: 'error', text: strings.saveFailed(String(reason)) });
      }
    },
    pendingFor: (path) => controls?.pending.find((change) => change.path === pendingPathOf(path)),
    async withdraw(pendingPath, focusPath) {
      if (!controls) return;
      try {
        await controls.withdraw(pendingPath);
        setStatus({ kind: 'ok', text: strings.withdrawn(pendingPath) });
      } catch (reason) {
        setStatus({ kind: 'error', text: strings.saveFailed(String(reason)) });
      }
      focus(focusPath);
    },
    refresh(settings, paths) {
      const fresh = draftFrom(settings, paths);
      setDraft((previous) => ({ ...previous, ...fresh }));
    },
  };
}
