import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { uiLocale } from '../i18n';

interface ModalDialogProps {
  labelledBy: string;
  describedBy: string;
  /** The control focused on open: always the prompt's "I'm done". */
  initialFocus: RefObject<HTMLElement | null>;
  /** What Escape means for this prompt; it must never skip a breath or a limit. */
  onEscape: (event: KeyboardEvent) => void;
  /** A limit covers the feed almost completely; the other prompts let it show through. */
  opaque?: boolean;
  children: ComponentChildren;
}

const CANDIDATES = 'button, input, select, textarea, a[href], [tabindex]';

/** The controls Tab visits, in order; of each radio group only the checked radio (or the first) takes part. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  const stops: HTMLElement[] = [];
  const radioGroups = new Set<string>();
  for (const element of dialog.querySelectorAll<HTMLElement>(CANDIDATES)) {
    if (element.tabIndex < 0 || element.hasAttribute('disabled')) continue;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      if (radioGroups.has(element.name)) continue;
      const group = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
        (radio) => radio.name === element.name,
      );
      radioGroups.add(element.name);
      stops.push(group.find((radio) => radio.checked) ?? element);
      continue;
    }
    stops.push(element);
  }
  return stops;
}

function focusedElement(dialog: HTMLElement): Element | null {
  // Inside a shadow root, document.activeElement is the shadow host; the root knows the real one.
  const root = dialog.getRootNode() as Document | ShadowRoot;
  return root.activeElement;
}

/**
 * A modal card over a translucent backdrop covering the viewport. Focus moves to `initialFocus` on open, Tab and
 * Shift+Tab cycle inside, focus taken away by the page is brought back, and focus returns where it was on close.
 * Keys pressed inside do not reach the page, so the feed's shortcuts (next video, mute…) stay quiet while the
 * user types or tabs here.
 */
export function ModalDialog({ labelledBy, describedBy, initialFocus, onEscape, opaque, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);

  // A layout effect: its cleanup runs before the dialog leaves the DOM, so focus never drops to the page's body.
  useLayoutEffect(() => {
    const previous = document.activeElement;
    initialFocus.current?.focus({ preventScroll: true });
    return () => {
      if (previous instanceof HTMLElement && previous !== document.body && previous.isConnected) {
        previous.focus({ preventScroll: true });
      }
    };
  }, [initialFocus]);

  function cycleFocus(event: KeyboardEvent, box: HTMLElement) {
    const stops = tabStops(box);
    if (stops.length === 0) return;
    event.preventDefault();
    const current = focusedElement(box);
    const index = stops.indexOf(current as HTMLElement);
    const step = event.shiftKey ? -1 : 1;
    const next = index === -1 ? (event.shiftKey ? stops.length - 1 : 0) : (index + step + stops.length) % stops.length;
    stops[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    event.stopPropagation();
    const box = dialog.current;
    if (!box) return;
    if (event.key === 'Tab') cycleFocus(event, box);
    else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape(event);
    }
  }

  function keepFocusInside(event: FocusEvent) {
    const box = dialog.current;
    const next = event.relatedTarget as Node | null;
    // null is the window losing focus or a click on plain text; only a move to the page is pulled back.
    if (!box || next === null || box.contains(next)) return;
    const lost = event.target as HTMLElement;
    setTimeout(() => {
      if (!box.isConnected) return;
      const target = lost.isConnected && !lost.hasAttribute('disabled') ? lost : initialFocus.current;
      target?.focus({ preventScroll: true });
    }, 0);
  }

  return (
    // Clicks on the backdrop do nothing and must not take focus out of the card.
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop only swallows mouse-downs; the dialog inside is the interactive part
    <div
      class={opaque ? 'mf-root mf-overlay mf-overlay--opaque' : 'mf-root mf-overlay'}
      // The page's own language may be another: screen readers and fonts follow the prompt's.
      lang={uiLocale()}
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) event.preventDefault();
      }}
    >
      {/* Not a native <dialog>: Chrome closes a modal one on a repeated Escape, and a limit must not give way to Escape. */}
      <div
        ref={dialog}
        class="mf-card"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => event.stopPropagation()}
        onFocusOut={keepFocusInside}
      >
        {children}
      </div>
    </div>
  );
}
