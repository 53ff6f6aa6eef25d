import { useEffect, useRef, useState } from 'preact/hooks';
import { useFormat } from './format';
import { strings } from './strings';

/**
 * Stop counting for an hour (limits still apply, and the button says so) or count again, and open the options:
 * small actions after today's figures. Works whatever happened to the figures: it needs only the extension's own
 * storage, not IndexedDB.
 */
export function QuickActions({
  pausedUntil,
  onPause,
  onResume,
  onOpenOptions,
}: {
  pausedUntil: number | null;
  onPause: () => Promise<void>;
  onResume: () => Promise<void>;
  onOpenOptions: () => Promise<void>;
}) {
  const format = useFormat();
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  const paused = pausedUntil !== null;

  // The pause button turns into "Resume" (and back): keep keyboard focus on it rather than losing it to the page.
  useEffect(() => {
    if (moveFocus.current) toggle.current?.focus();
    moveFocus.current = false;
  }, [paused]);

  // A second press while the first is still writing does nothing (the button stays focusable meanwhile).
  const run =
    (action: () => Promise<void>, keepFocus = false) =>
    async () => {
      if (busy.current) return;
      busy.current = true;
      setFailed(false);
      moveFocus.current = keepFocus;
      try {
        await action();
      } catch {
        setFailed(true);
      } finally {
        busy.current = false;
      }
    };

  return (
    <section class="mf-actions" aria-label={strings.actions}>
      {/* Today's note shows the pause where the figures are; this tells a screen reader it took effect. */}
      <p class="mf-visually-hidden" role="status">
        {paused ? strings.pausedUntil(format.clock(pausedUntil)) : ''}
      </p>
      <div class="mf-buttons">
        <button
          ref={toggle}
          type="button"
          class="mf-button mf-button--small"
          onClick={run(paused ? onResume : onPause, true)}
        >
          {paused ? strings.resume : strings.pause}
        </button>
        <button type="button" class="mf-button mf-button--small" onClick={run(onOpenOptions)}>
          {strings.openOptions}
        </button>
      </div>
      {failed && <p role="alert">{strings.actionFailed}</p>}
    </section>
  );
}
