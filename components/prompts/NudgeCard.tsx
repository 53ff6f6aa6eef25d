import { useId } from 'preact/hooks';
import { uiLocale } from '../i18n';
import { DoneHint, eventIsTrusted, StyleNote, SupportLine, TodayFigures, useMounted, whenTrusted } from './parts';
import { strings } from './strings';
import type { BreakPromptProps } from './types';

/**
 * A small card in the corner with today's figures. It never takes focus, never traps it and never covers the
 * middle of the feed. Keyboard: its controls sit in the page's Tab order; Escape while focus is inside closes it.
 */
export function NudgeCard({
  styleNote,
  reason,
  figures,
  onDone,
  onDismiss,
  onOpenResources,
  isTrusted = eventIsTrusted,
}: BreakPromptProps) {
  const headingId = useId();
  const doneHintId = useId();
  const mounted = useMounted();
  const dismiss = whenTrusted(isTrusted, onDismiss);
  return (
    <section
      class="mf-root mf-card mf-nudge"
      lang={uiLocale()}
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        dismiss(event);
      }}
    >
      <div class="mf-nudge-header">
        <h2 id={headingId} class="mf-heading">
          {strings.nudgeHeading(reason, figures)}
        </h2>
        <button type="button" class="mf-close" aria-label={strings.close} onClick={dismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {/* Filled after mount so screen readers announce it; the heading names the region, this says the news. */}
      <output class="mf-nudge-news">
        {mounted && (
          <>
            <span class="mf-text mf-muted">{strings.nudgeText}</span>
            <TodayFigures figures={figures} />
          </>
        )}
      </output>
      <div class="mf-actions">
        <button
          type="button"
          class="mf-button mf-button--primary"
          aria-describedby={doneHintId}
          onClick={whenTrusted(isTrusted, onDone)}
        >
          {strings.done}
        </button>
      </div>
      <StyleNote note={styleNote} />
      <DoneHint id={doneHintId} />
      <SupportLine onOpenResources={onOpenResources} isTrusted={isTrusted} />
    </section>
  );
}
