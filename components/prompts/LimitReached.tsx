import { useId, useRef, useState } from 'preact/hooks';
import { ModalDialog } from './ModalDialog';
import { DoneHint, eventIsTrusted, StyleNote, SupportLine, TodayFigures, whenTrusted } from './parts';
import { strings } from './strings';
import type { BreakPromptProps } from './types';

/** Forgiving about case, spacing and curly quotes, exact about the words. An empty phrase never matches. */
export function matchesPhrase(typed: string, phrase: string): boolean {
  const normal = (text: string) =>
    text.normalize('NFKC').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
  return normal(phrase) !== '' && normal(typed) === normal(phrase);
}

/**
 * Covers the feed when a daily budget or quiet hours are reached. "I'm done" is first and focused; "Snooze" is
 * offered while snoozes are left; after that, continuing means typing the phrase shown (an override).
 * Escape never closes it: a limit the user set should not give way to a reflex key press.
 */
export function LimitReached({
  styleNote,
  reason,
  figures,
  snoozesLeft,
  snoozeMinutes,
  overridePhrase,
  onDone,
  onSnooze,
  onOverride,
  onOpenResources,
  isTrusted = eventIsTrusted,
}: BreakPromptProps) {
  const headingId = useId();
  const textId = useId();
  const phraseId = useId();
  const fieldId = useId();
  const doneHintId = useId();
  const doneButton = useRef<HTMLButtonElement>(null);
  const [typed, setTyped] = useState('');
  const canSnooze = snoozesLeft > 0;
  const phrase = strings.overridePhrase(overridePhrase);
  const phraseTyped = matchesPhrase(typed, phrase);

  const snooze = whenTrusted(isTrusted, () => {
    if (canSnooze) onSnooze();
  });
  const override = whenTrusted(isTrusted, () => {
    if (!canSnooze && phraseTyped) onOverride();
  });

  return (
    <ModalDialog
      labelledBy={headingId}
      describedBy={`${textId} ${phraseId}`}
      initialFocus={doneButton}
      onEscape={() => {}}
      opaque
    >
      <h2 id={headingId} class="mf-heading">
        {strings.limitHeading(reason, figures)}
      </h2>
      <p id={textId} class="mf-text">
        {strings.limitText(reason)}
      </p>
      <TodayFigures figures={figures} />
      <div class="mf-actions">
        <button
          ref={doneButton}
          type="button"
          class="mf-button mf-button--primary"
          aria-describedby={doneHintId}
          onClick={whenTrusted(isTrusted, onDone)}
        >
          {strings.done}
        </button>
        {canSnooze && (
          <button type="button" class="mf-button" onClick={snooze}>
            {strings.snooze(snoozeMinutes)}
          </button>
        )}
      </div>
      <StyleNote note={styleNote} />
      <DoneHint id={doneHintId} />
      {canSnooze ? (
        <p id={phraseId} class="mf-hint">
          {strings.snoozesLeft(snoozesLeft)}
        </p>
      ) : (
        <div class="mf-override">
          <p id={phraseId} class="mf-text">
            {strings.noSnoozesLeft} {strings.phraseInstruction}
          </p>
          <p class="mf-phrase">{phrase}</p>
          <label class="mf-label" for={fieldId}>
            {strings.phraseLabel}
          </label>
          <input
            id={fieldId}
            class="mf-field"
            type="text"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') override(event);
            }}
          />
          <button
            type="button"
            class="mf-button"
            disabled={!phraseTyped}
            aria-disabled={!phraseTyped}
            onClick={override}
          >
            {strings.continueAnyway}
          </button>
        </div>
      )}
      <SupportLine onOpenResources={onOpenResources} isTrusted={isTrusted} />
    </ModalDialog>
  );
}
