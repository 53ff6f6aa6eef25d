import { useId, useRef, useState } from 'preact/hooks';
import { ModalDialog } from './ModalDialog';
import { DoneHint, eventIsTrusted, StyleNote, SupportLine, whenTrusted } from './parts';
import { strings } from './strings';
import type { BreakPromptProps, IntentionAnswer } from './types';

const ANSWERS = Object.keys(strings.intentionChoices) as IntentionAnswer[];

/**
 * Asks what the user came for. "Continue" needs an answer ("Just browsing" is one); "I'm done" never does.
 * Escape does nothing until an answer is picked, then is the same as "Continue", so it cannot skip the question.
 */
export function IntentionCheck({
  styleNote,
  figures,
  onDone,
  onContinue,
  onIntention,
  onOpenResources,
  isTrusted = eventIsTrusted,
}: BreakPromptProps) {
  const headingId = useId();
  const textId = useId();
  const hintId = useId();
  const doneHintId = useId();
  const groupName = useId();
  const doneButton = useRef<HTMLButtonElement>(null);
  // Picking an answer only changes what is shown; the buttons that act are the ones checked for trust.
  const [answer, setAnswer] = useState<IntentionAnswer | null>(null);

  const done = whenTrusted(isTrusted, () => {
    if (answer) onIntention?.(answer);
    onDone();
  });
  const continueWithAnswer = whenTrusted(isTrusted, () => {
    if (!answer) return;
    onIntention?.(answer);
    onContinue();
  });

  return (
    <ModalDialog labelledBy={headingId} describedBy={textId} initialFocus={doneButton} onEscape={continueWithAnswer}>
      <h2 id={headingId} class="mf-heading">
        {strings.intentionHeading}
      </h2>
      <p id={textId} class="mf-text">
        {strings.intentionText(figures)}
      </p>
      <fieldset class="mf-choices" aria-labelledby={headingId}>
        {ANSWERS.map((key) => (
          <label key={key} class="mf-choice">
            <input type="radio" name={groupName} value={key} checked={answer === key} onChange={() => setAnswer(key)} />
            {strings.intentionChoices[key]}
          </label>
        ))}
      </fieldset>
      <div class="mf-actions">
        <button
          ref={doneButton}
          type="button"
          class="mf-button mf-button--primary"
          aria-describedby={doneHintId}
          onClick={done}
        >
          {strings.done}
        </button>
        <button
          type="button"
          class="mf-button"
          disabled={!answer}
          aria-disabled={!answer}
          aria-describedby={answer ? undefined : hintId}
          onClick={continueWithAnswer}
        >
          {strings.continue}
        </button>
      </div>
      {!answer && (
        <p id={hintId} class="mf-hint">
          {strings.intentionHint}
        </p>
      )}
      <StyleNote note={styleNote} />
      <DoneHint id={doneHintId} />
      <SupportLine onOpenResources={onOpenResources} isTrusted={isTrusted} />
    </ModalDialog>
  );
}
