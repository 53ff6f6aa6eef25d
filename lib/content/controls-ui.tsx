import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { controlStyles, NotInterestedButton } from '../../components/controls/NotInterestedButton';
import { promptStyles } from '../../components/prompts/styles';
import { Toast } from '../../components/prompts/Toast';

export interface ControlsState {
  /** The "Not interested" button over the active video, or null where there is none. */
  button: { anchor: { left: number; top: number }; busy: boolean } | null;
  toast: { id: number; message: string; actionLabel?: string; onAction?: () => void } | null;
}

/** The in-page controls (button and toasts) in their own closed shadow root. */
export function createControlsSurface(
  ctx: ContentScriptContext,
  doc: Document,
  handlers: { shortcut: string; onPress(): void; onToastClosed(): void },
) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating = false;
  let state: ControlsState = { button: null, toast: null };

  const draw = () => {
    if (!ui?.mounted) return;
    render(
      <>
        {state.button && (
          <NotInterestedButton
            anchor={state.button.anchor}
            busy={state.button.busy}
            shortcut={handlers.shortcut}
            onPress={handlers.onPress}
          />
        )}
        {state.toast && (
          <Toast
            key={state.toast.id}
            message={state.toast.message}
            {...(state.toast.actionLabel && state.toast.onAction
              ? { actionLabel: state.toast.actionLabel, onAction: state.toast.onAction }
              : {})}
            durationMs={6_000}
            onDismiss={handlers.onToastClosed}
          />
        )}
      </>,
      ui.mounted,
    );
  };

  return {
    update(next: ControlsState) {
      state = next;
      if (!state.button && !state.toast) {
        if (ui?.mounted) render(null, ui.mounted);
        return;
      }
      if (ui) {
        if (!ui.shadowHost.isConnected) ui.mount();
        draw();
        return;
      }
      if (creating) return;
      creating = true;
      void createShadowRootUi(ctx, {
        name: 'mindful-feed-controls',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        mode: 'closed',
        css: `${promptStyles}\n${controlStyles}`,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => {
          const root = doc.createElement('div');
          container.append(root);
          return root;
        },
        onRemove: (root) => {
          if (root) render(null, root);
        },
      }).then((created) => {
        ui = created;
        ui.mount();
        draw();
      });
    },
  };
}
