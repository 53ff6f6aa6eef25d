import { useEffect, useState } from 'preact/hooks';
import { styleName } from '../styleNames';
import { strings } from './strings';
import type { BreakPromptProps, PromptFigures } from './types';

/** The default trust check: only events the browser made from real input count, never ones a script dispatched. */
export const eventIsTrusted = (event: Event): boolean => event.isTrusted === true;

/** Runs `action` only for trusted events; the prompts wrap every handler that acts in this. */
export function whenTrusted(isTrusted: (event: Event) => boolean, action: () => void): (event: Event) => void {
  return (event) => {
    if (isTrusted(event)) action();
  };
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function reducedMotionNow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(REDUCED_MOTION).matches;
}

/** Follows the user's reduced-motion setting, including changes while the prompt is open. */
export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(reducedMotionNow);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(REDUCED_MOTION);
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return reduced;
}

/** Whole seconds left of `seconds`, ticking down once a second from mount. */
export function useCountdown(seconds: number): number {
  const total = Math.max(0, Math.ceil(seconds));
  const [left, setLeft] = useState(total);
  useEffect(() => {
    let remaining = total;
    setLeft(remaining);
    if (remaining === 0) return;
    const timer = setInterval(() => {
      remaining -= 1;
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [total]);
  return left;
}

/**
 * False on the first render, true after it. Live regions are rendered empty first and filled a moment later:
 * screen readers announce changes to a live region, not a region that arrives already filled.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

export function TodayFigures({ figures, withSession = false }: { figures: PromptFigures; withSession?: boolean }) {
  return (
    <dl class="mf-figures">
      {withSession && (
        <>
          <dt>{strings.thisSession}</dt>
          <dd>{strings.sessionValue(figures.sessionSeconds)}</dd>
        </>
      )}
      <dt>{strings.timeToday}</dt>
      <dd>{strings.timeValue(figures.todaySeconds, figures.budgetMinutes)}</dd>
      <dt>{strings.videosToday}</dt>
      <dd>{strings.videosValue(figures.todayVideos, figures.budgetVideos)}</dd>
    </dl>
  );
}

export function SupportLine({
  onOpenResources,
  isTrusted,
}: {
  onOpenResources: () => void;
  isTrusted: (event: Event) => boolean;
}) {
  return (
    <p class="mf-support">
      {strings.support}{' '}
      <button type="button" class="mf-link" onClick={whenTrusted(isTrusted, onOpenResources)}>
        {strings.resources}
      </button>
    </p>
  );
}

/** What "I'm done" does, said under the buttons and read with the button (its `aria-describedby`). */
export function DoneHint({ id }: { id: string }) {
  return (
    <p id={id} class="mf-hint">
      {strings.doneHint}
    </p>
  );
}

/** The first prompt of a day whose experiment style changed says so, and why, in one line. */
export function StyleNote({ note }: { note: BreakPromptProps['styleNote'] }) {
  const name = note ? styleName(note.style) : null;
  if (!note || name === null) return null;
  return <p class="mf-style-note">{strings.styleNote(name, note.day, note.days)}</p>;
}
