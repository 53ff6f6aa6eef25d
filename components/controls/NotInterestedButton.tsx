import { uiLocale } from '../i18n';
import { eventIsTrusted, whenTrusted } from '../prompts/parts';
import { controlStrings } from './strings';

export interface NotInterestedButtonProps {
  /** Where the active video is on screen: the button sits inside its upper left corner, clear of captions. */
  anchor: { left: number; top: number };
  shortcut: string;
  busy: boolean;
  onPress(): void;
  isTrusted?: (event: Event) => boolean;
}

/** A small, quiet button over the active video; only a real click or key press can use it. */
export function NotInterestedButton({
  anchor,
  shortcut,
  busy,
  onPress,
  isTrusted = eventIsTrusted,
}: NotInterestedButtonProps) {
  return (
    <button
      type="button"
      class="mf-root mf-ni-button"
      lang={uiLocale()}
      style={{ left: `${Math.round(anchor.left + 12)}px`, top: `${Math.round(anchor.top + 12)}px` }}
      aria-label={controlStrings.notInterested}
      title={controlStrings.notInterestedTitle(shortcut)}
      aria-busy={busy}
      disabled={busy}
      onClick={whenTrusted(isTrusted, onPress)}
    >
      <span aria-hidden="true">⊘</span> {controlStrings.notInterested}
    </button>
  );
}

export const controlStyles = `
.mf-ni-button {
  position: fixed;
  z-index: 2147483646;
  display: inline-flex;
  align-items: center;
  gap: 6px;
  min-height: 32px;
  padding: 4px 12px;
  border-radius: 999px;
  border: 1px solid var(--mf-border);
  background: var(--mf-surface);
  color: var(--mf-text);
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  opacity: 0.82;
  cursor: pointer;
}
.mf-ni-button:hover, .mf-ni-button:focus-visible { opacity: 1; }
.mf-ni-button[disabled] { cursor: progress; }
`;
