import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PendingChange } from '@/lib/settings/commitment';
import { fieldId, pendingPathOf } from './paths';
import { strings } from './strings';
import type { FormStatus, SettingsForm } from './useSettingsForm';

const ids = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

/** A section of the page, its heading named by `id`. */
export function Section({
  id,
  heading,
  intro,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} class="section">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A polite live region, present from the start so every message in it is announced. */
export function Status({ status, id }: { status: FormStatus | null; id?: string }) {
  return (
    <p id={id} role="status" class={status?.kind === 'error' ? 'status status--error' : 'status'}>
      {status?.text ?? ''}
    </p>
  );
}

/**
 * The page's one Save, at the end of the settings. While something typed is not saved it stays in sight at the
 * bottom of the window and says how many fields wait.
 */
export function SaveBar({ form }: { form: SettingsForm }) {
  const unsaved = form.unsaved.length;
  return (
    <div class={unsaved > 0 ? 'save-bar save-bar--unsaved' : 'save-bar'}>
      <button type="submit" class="button button--primary">
        {strings.save}
      </button>
      {unsaved > 0 && <p class="unsaved">{strings.unsaved(unsaved)}</p>}
      <Status status={form.status} />
    </div>
  );
}

/** "Pending: 60 min from Wed, 3 Jun, 10:00", and the way to withdraw it. */
export function PendingNote({
  change,
  form,
  focusPath,
  id,
}: {
  change: PendingChange;
  form: SettingsForm;
  focusPath: string;
  id: string;
}) {
  return (
    <p class="pending">
      <span id={id}>{strings.pending(change.path, change.value, change.effectiveAt)}</span>{' '}
      <button
        type="button"
        class="link-button"
        aria-label={strings.withdrawLabel(change.path)}
        onClick={() => form.withdraw(change.path, focusPath)}
      >
        {strings.withdraw}
      </button>
    </p>
  );
}

interface FieldProps {
  form: SettingsForm;
  path: string;
  label: string;
  /** Read before the label by screen readers only: which site and day, where the label repeats. */
  context?: string;
  hint?: string;
  /** The label is read, not shown: a table of fields shows it once, as the row's and the column's names. */
  hiddenLabel?: boolean;
}

/** A whole number typed as text: empty and half-typed values are the user's to fix, not the browser's to drop. */
export function NumberField({ form, path, label, context, hint, hiddenLabel = false }: FieldProps) {
  const id = fieldId(path);
  const error = form.errors[path];
  // Quiet hours show their pending change once, for the whole group.
  const change = pendingPathOf(path) === path ? form.pendingFor(path) : undefined;
  return (
    <div class="field">
      <label for={id} class={hiddenLabel ? 'visually-hidden' : undefined}>
        {context && <span class="visually-hidden">{context}</span>}
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        size={7}
        value={form.draft[path] as string}
        onInput={(event) => form.set(path, event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={ids(hint && `${id}-hint`, error && `${id}-error`, change && `${id}-pending`)}
      />
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
      {change && <PendingNote change={change} form={form} focusPath={path} id={`${id}-pending`} />}
    </div>
  );
}

export function TimeField({ form, path, label }: FieldProps) {
  const id = fieldId(path);
  const error = form.errors[path];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={form.draft[path] as string}
        onInput={(event) => form.set(path, event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** One value of a few, as a radio group (e.g. what happens over budget). */
export function ChoiceField({
  form,
  path,
  legend,
  hint,
  choices,
}: {
  form: SettingsForm;
  path: string;
  legend: string;
  hint?: string;
  choices: readonly { value: string; label: string }[];
}) {
  const id = fieldId(path);
  const change = form.pendingFor(path);
  return (
    <fieldset class="choice" aria-describedby={ids(hint && `${id}-hint`, change && `${id}-pending`)}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {choices.map((choice, index) => (
        <div class="check" key={choice.value}>
          <input
            id={index === 0 ? id : `${id}-${choice.value}`}
            type="radio"
            name={id}
            value={choice.value}
            checked={form.draft[path] === choice.value}
            onChange={() => form.set(path, choice.value)}
          />
          <label for={index === 0 ? id : `${id}-${choice.value}`}>{choice.label}</label>
        </div>
      ))}
      {change && <PendingNote change={change} form={form} focusPath={path} id={`${id}-pending`} />}
    </fieldset>
  );
}

export function CheckField({ form, path, label, hint }: FieldProps) {
  const id = fieldId(path);
  const change = pendingPathOf(path) === path ? form.pendingFor(path) : undefined;
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={form.draft[path] === true}
        onChange={(event) => form.set(path, event.currentTarget.checked)}
        aria-describedby={ids(hint && `${id}-hint`, change && `${id}-pending`)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {change && <PendingNote change={change} form={form} focusPath={path} id={`${id}-pending`} />}
    </div>
  );
}

/**
 * An inline confirmation: the question (the group's legend), what else to decide, and the two answers. Focus moves
 * to the group on open so the question is read; Escape is the same as Cancel.
 */
export function ConfirmStep({
  id,
  question,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
}: {
  id: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ComponentChildren;
}) {
  const group = useRef<HTMLFieldSetElement>(null);
  useLayoutEffect(() => group.current?.focus(), []);
  return (
    <fieldset
      ref={group}
      id={id}
      class="confirm"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <legend class="confirm-question">{question}</legend>
      {children}
      <div class="actions">
        <button type="button" class="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {strings.data.cancel}
        </button>
      </div>
    </fieldset>
  );
}
