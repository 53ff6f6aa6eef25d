import { render } from 'preact';
import { BreakPrompt } from '../../../components/prompts/BreakPrompt';
import { ClipCard, type ClipCardProps } from '../../../components/prompts/ClipCard';
import { SlowCountdown } from '../../../components/prompts/SlowCountdown';
import { strings } from '../../../components/prompts/strings';
import { promptStyles } from '../../../components/prompts/styles';
import { Toast } from '../../../components/prompts/Toast';
import type { BreakPromptProps } from '../../../components/prompts/types';
import type { ClipCardSurface, PromptSurface, SlowCountdownSurface } from '../prompt-presenter';
import { createShadowHost } from '../shadow-host';

/**
 * The break prompts in the page, loaded on first need (content-ui/prompts.js): a closed shadow root (the page can
 * neither read nor style it), keys kept from reaching the page's own shortcuts, and the host put back if the page
 * removes it.
 */
export function createPromptSurface(doc: Document): PromptSurface {
  const ui = createShadowHost(doc, 'mindful-feed-prompt', promptStyles, ['keydown', 'keyup', 'keypress', 'wheel']);
  let props: BreakPromptProps | null = null;
  let guard: MutationObserver | null = null;
  let removals: number[] = [];
  let remountTimer: ReturnType<typeof setTimeout> | undefined;
  let toasts = 0;

  const draw = () => {
    if (props) render(<BreakPrompt {...props} />, ui.container);
  };
  const remount = () => {
    if (props && !ui.host.isConnected) {
      ui.mount();
      draw();
    }
  };
  const watchForRemoval = () => {
    guard?.disconnect();
    guard = new MutationObserver(() => {
      if (!props || ui.host.isConnected) return;
      // Put it back at once; a page that keeps removing it gets it back a little later, so the two never spin.
      const now = Date.now();
      removals = [...removals.filter((at) => now - at < 1_000), now];
      clearTimeout(remountTimer);
      if (removals.length > 3) remountTimer = setTimeout(remount, 250);
      else remount();
    });
    // Only the two places the host can be attached to, not the whole document.
    guard.observe(doc.documentElement, { childList: true });
    if (doc.body) guard.observe(doc.body, { childList: true });
  };

  return {
    show(next) {
      props = next;
      ui.mount();
      draw();
      watchForRemoval();
    },
    hide() {
      props = null;
      clearTimeout(remountTimer);
      guard?.disconnect();
      guard = null;
      render(null, ui.container);
      ui.remove();
    },
    snoozed(until) {
      if (props) return;
      const toast = ++toasts;
      const closed = () => {
        if (props || toast !== toasts) return;
        render(null, ui.container);
        ui.remove();
      };
      ui.mount();
      render(
        <Toast key={toast} message={strings.snoozedUntil(until)} durationMs={5_000} onDismiss={closed} />,
        ui.container,
      );
    },
  };
}

/** The small card after a shared clip, in its own closed shadow root (it never covers the feed). */
export function createClipCard(doc: Document): ClipCardSurface {
  const ui = createShadowHost(doc, 'mindful-feed-clip', promptStyles, ['keydown', 'keyup', 'keypress']);
  return {
    show(props: ClipCardProps) {
      ui.mount();
      render(<ClipCard {...props} />, ui.container);
    },
    hide() {
      render(null, ui.container);
      ui.remove();
    },
  };
}

/** The quiet countdown while the next video of a slowed-down feed waits. */
export function createSlowCountdown(doc: Document): SlowCountdownSurface {
  const ui = createShadowHost(doc, 'mindful-feed-slow', promptStyles, ['keydown', 'keyup', 'keypress']);
  let shown = 0;
  return {
    show(props) {
      ui.mount();
      // A fresh countdown for every video (the key restarts its clock).
      render(<SlowCountdown key={++shown} {...props} />, ui.container);
    },
    hide() {
      render(null, ui.container);
      ui.remove();
    },
  };
}
