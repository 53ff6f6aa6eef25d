import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { BreakPrompt } from '../../components/prompts/BreakPrompt';
import { promptStyles } from '../../components/prompts/styles';
import type { BreakPromptProps } from '../../components/prompts/types';

/**
 * The prompt's host in the page: a closed shadow root (the page can neither read nor style it), keys kept from
 * reaching the page's own shortcuts, and the host put back if the page removes it.
 */
export interface PromptSurface {
  show(props: BreakPromptProps): Promise<void>;
  hide(): void;
}

export function createPromptSurface(ctx: ContentScriptContext, doc: Document): PromptSurface {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let props: BreakPromptProps | null = null;
  let guard: MutationObserver | null = null;

  const draw = () => {
    if (ui?.mounted && props) render(<BreakPrompt {...props} />, ui.mounted);
  };

  let removals: number[] = [];
  let remountTimer: ReturnType<typeof setTimeout> | undefined;
  const remount = () => {
    if (ui && props && !ui.shadowHost.isConnected) {
      ui.mount();
      draw();
    }
  };
  const watchForRemoval = () => {
    guard?.disconnect();
    guard = new MutationObserver(() => {
      if (!ui || !props || ui.shadowHost.isConnected) return;
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
    async show(next) {
      props = next;
      if (!ui) {
        ui = await createShadowRootUi(ctx, {
          name: 'mindful-feed-prompt',
          position: 'inline',
          anchor: 'body',
          append: 'last',
          mode: 'closed',
          css: promptStyles,
          isolateEvents: ['keydown', 'keyup', 'keypress', 'wheel'],
          onMount: (container) => {
            const root = doc.createElement('div');
            container.append(root);
            return root;
          },
          onRemove: (root) => {
            if (root) render(null, root);
          },
        });
      }
      if (!ui.shadowHost.isConnected) ui.mount();
      draw();
      watchForRemoval();
    },
    hide() {
      props = null;
      clearTimeout(remountTimer);
      guard?.disconnect();
      guard = null;
      ui?.remove();
    },
  };
}
