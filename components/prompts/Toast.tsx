import { useEffect, useRef, useState } from 'preact/hooks';
import { uiLocale } from '../i18n';
import { eventIsTrusted, useMounted, whenTrusted } from './parts';
import { strings } from './strings';

export interface ToastProps {
  message: string;
  /** e.g. "Undo"; shown only together with onAction. */
  actionLabel?: string;
  onAction?(): void;
  /** Closes itself after this long; the time starts again while the pointer or focus rests on the toast. */
  durationMs: number;
  /** Closed without the action: by its timer or its close button. */
  onDismiss(): void;
  isTrusted?: (event: Event) => boolean;
}

/**
 * A short confirmation at the bottom of the viewport (e.g. "Marked as not interested" with "Undo").
 * It hides itself after its action or dismissal, so a late timer can never follow an action.
 */
export function Toast({
  message,
  actionLabel,
  onAction,
  durationMs,
  onDismiss,
  isTrusted = eventIsTrusted,
}: ToastProps) {
  const mounted = useMounted();
  const [open, setOpen] = useState(true);
  const [held, setHeld] = useState(false);
  const toast = useRef<HTMLDivElement>(null);
  // The latest callback, so a parent re-rendering with a new function does not restart the timer.
  const latestOnDismiss = useRef(onDismiss);
  latestOnDismiss.current = onDismiss;

  useEffect(() => {
    // Held while pointed at or focused, so nobody loses the Undo while reaching for it.
    if (!open || held) return;
    const timer = setTimeout(() => {
      setOpen(false);
      latestOnDismiss.current();
    }, durationMs);
    return () => clearTimeout(timer);
  }, [open, held, durationMs]);

  if (!open) return null;

  const act = whenTrusted(isTrusted, () => {
    setOpen(false);
    onAction?.();
  });
  const dismiss = whenTrusted(isTrusted, () => {
    setOpen(false);
    onDismiss();
  });

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only pause the timer; the buttons inside act
    <div
      ref={toast}
      class="mf-root mf-toast"
      lang={uiLocale()}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next === null || !toast.current?.contains(next)) setHeld(false);
      }}
    >
      <output class="mf-toast-message">{mounted ? message : ''}</output>
      {actionLabel && onAction && (
        <button type="button" class="mf-button" onClick={act}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="mf-close" aria-label={strings.close} onClick={dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
