import { useId, useRef } from 'preact/hooks';
import { ModalDialog } from './ModalDialog';
import {
  DoneHint,
  eventIsTrusted,
  StyleNote,
  SupportLine,
  TodayFigures,
  useCountdown,
  usePrefersReducedMotion,
  whenTrusted,
} from './parts';
import { strings } from './strings';
import type { BreakPromptProps } from './types';

/** Seconds of each half of a breath; the circle's CSS animation (10 s per cycle) follows the same pace. */
const HALF_BREATH_SECONDS = 5;

/**
 * A guided breath before "Continue" is offered. "I'm done" is first, prominent and focused from the start.
 * Escape does nothing while the breath lasts (it must never skip it); once "Continue" is available, Escape is
 * the same as "Continue": the usual way to close a dialog and return to where you were, the pause having been had.
 */
export function BreathingPause({
  styleNote,
  figures,
  breathSeconds,
  onDone,
  onContinue,
  onOpenResources,
  isTrusted = eventIsTrusted,
}: BreakPromptProps) {
  const headingId = useId();
  const textId = useId();
  const doneHintId = useId();
  const doneButton = useRef<HTMLButtonElement>(null);
  const secondsLeft = useCountdown(breathSeconds);
  const reducedMotion = usePrefersReducedMotion();
  const breathOver = secondsLeft === 0;
  const elapsed = Math.ceil(Math.max(0, breathSeconds)) - secondsLeft;
  const guidance = breathOver
    ? strings.breathOver
    : Math.floor(elapsed / HALF_BREATH_SECONDS) % 2 === 0
      ? strings.breatheIn
      : strings.breatheOut;
  const continueWhenReady = whenTrusted(isTrusted, () => {
    if (breathOver) onContinue();
  });

  return (
    <ModalDialog labelledBy={headingId} describedBy={textId} initialFocus={doneButton} onEscape={continueWhenReady}>
      <h2 id={headingId} class="mf-heading">
        {strings.breathingHeading}
      </h2>
      <p id={textId} class="mf-text">
        {strings.breathingText(figures)}
      </p>
      <div class="mf-breath">
        {!reducedMotion && (
          <span
            class={breathOver ? 'mf-breath-circle mf-breath-circle--rest' : 'mf-breath-circle'}
            data-testid="breath-animation"
            aria-hidden="true"
          />
        )}
        <p class="mf-breath-text" aria-live="polite">
          {guidance}
        </p>
      </div>
      <TodayFigures figures={figures} withSession />
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
        <button
          type="button"
          class="mf-button"
          disabled={!breathOver}
          aria-disabled={!breathOver}
          onClick={continueWhenReady}
        >
          {breathOver ? strings.continue : strings.continueIn(secondsLeft)}
        </button>
      </div>
      <StyleNote note={styleNote} />
      <DoneHint id={doneHintId} />
      <SupportLine onOpenResources={onOpenResources} isTrusted={isTrusted} />
    </ModalDialog>
  );
}
