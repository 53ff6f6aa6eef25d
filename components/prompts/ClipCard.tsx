import { useId } from 'preact/hooks';
import { uiLocale } from '../i18n';
import { eventIsTrusted, useMounted, whenTrusted } from './parts';
import { strings } from './strings';

export interface ClipCardProps {
  /** Back where the user came from (or the tab the clip opened closed): the first, easy choice. */
  onBack(): void;
  /** Stay on the feed (also Escape inside the card). */
  onKeepWatching(): void;
  /** Defaults to `event.isTrusted`, so page scripts cannot press our buttons; tests pass `() => true`. */
  isTrusted?: (event: Event) => boolean;
}

/**
 * After a clip someone sent, on moving on to the next video: a small card in the corner, not a modal. It says that
 * was the clip they opened and the feed starts here; it never takes focus or stops the video.
 */
export function ClipCard({ onBack, onKeepWatching, isTrusted = eventIsTrusted }: ClipCardProps) {
  const headingId = useId();
  const mounted = useMounted();
  const keepWatching = whenTrusted(isTrusted, onKeepWatching);
  return (
    <section
      class="mf-root mf-card mf-nudge mf-clip"
      lang={uiLocale()}
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        keepWatching(event);
      }}
    >
      <h2 id={headingId} class="mf-heading">
        {strings.clipHeading}
      </h2>
      {/* Filled after mount so screen readers announce it. */}
      <output class="mf-text mf-muted">{mounted ? strings.clipText : ''}</output>
      <div class="mf-actions">
        <button type="button" class="mf-button mf-button--primary" onClick={whenTrusted(isTrusted, onBack)}>
          {strings.clipBack}
        </button>
        <button type="button" class="mf-button" onClick={keepWatching}>
          {strings.clipKeepWatching}
        </button>
      </div>
    </section>
  );
}
