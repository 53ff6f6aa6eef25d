import { useEffect, useId, useState } from 'preact/hooks';
import { uiLocale } from '../i18n';
import { eventIsTrusted, StyleNote, whenTrusted } from './parts';
import { strings } from './strings';

export interface SlowCountdownProps {
  /** Seconds until the next video plays. */
  seconds: number;
  /** Leave now: "I'm done" closes the tab, as on every prompt. */
  onDone(): void;
  /** The first slowing of a day whose experiment style changed says so, as the first prompt would. */
  styleNote?: { style: string; day: number; days: number };
  isTrusted?: (event: Event) => boolean;
}

/**
 * The quiet countdown of a slowed-down feed: a small strip at the bottom while the next video waits. It takes no
 * focus and covers nothing in the middle; the page keeps working and the user can leave at once.
 */
export function SlowCountdown({ seconds, onDone, styleNote, isTrusted = eventIsTrusted }: SlowCountdownProps) {
  const labelId = useId();
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      setLeft(Math.max(0, seconds - Math.floor((Date.now() - started) / 1000)));
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return (
    <section class="mf-root mf-card mf-slow" lang={uiLocale()} aria-labelledby={labelId}>
      <h2 id={labelId} class="mf-slow-label">
        {strings.slowLabel}
      </h2>
      {/* Read once, not every second: a quiet countdown. */}
      <p class="mf-slow-count" aria-live="off">
        {strings.slowCountdown(left)}
      </p>
      <button type="button" class="mf-button mf-button--primary" onClick={whenTrusted(isTrusted, onDone)}>
        {strings.done}
      </button>
      <StyleNote note={styleNote} />
    </section>
  );
}
