import { render } from 'preact';
import { controlStrings } from '../../../components/controls/strings';
import { promptStyles } from '../../../components/prompts/styles';
import { Toast } from '../../../components/prompts/Toast';
import { advanceUnlessMoved } from '../../not-interested/advance';
import type { SiteNotInterested } from '../../not-interested/types';
import type { NotInterestedRunDeps } from '../not-interested';
import { createShadowHost, type ShadowHost } from '../shadow-host';

/** The toast after "Not interested" (what happened, with the site's Undo where it offers one). */
function createToasts(doc: Document, onClosed: () => void) {
  let host: ShadowHost | null = null;
  let id = 0;
  return {
    show(message: string, action?: { label: string; run: () => void }) {
      host ??= createShadowHost(doc, 'mindful-feed-toast', promptStyles, ['keydown', 'keyup', 'keypress']);
      host.mount();
      render(
        <Toast
          key={++id}
          message={message}
          {...(action ? { actionLabel: action.label, onAction: action.run } : {})}
          durationMs={6_000}
          onDismiss={onClosed}
        />,
        host.container,
      );
    },
    close() {
      if (host) render(null, host.container);
      host?.remove();
    },
  };
}

/**
 * Drives the site's own "Not interested" on the active item, then moves the feed on and says what happened.
 * Loaded on first use, with the site's flows and label tables (built per site as content-ui/not-interested-<id>.js).
 */
export function notInterestedUi(flows: SiteNotInterested) {
  return function createNotInterestedRun(deps: NotInterestedRunDeps) {
    const { document: doc, site, channel } = deps;
    let reportedHealth: 'ok' | 'degraded' | null = null;
    const toasts = createToasts(doc, () => toasts.close());

    const health = (status: 'ok' | 'degraded', detail: string) => {
      if (reportedHealth === status) return;
      reportedHealth = status;
      channel
        .send({ type: 'health', site: site.id, capability: 'not-interested', status, detail })
        .catch(deps.onFailure);
    };

    return async function run(signal: AbortSignal): Promise<void> {
      if (!flows.supported) {
        toasts.show(controlStrings.unsupported(site.name));
        return;
      }
      const result = await flows.notInterested(doc, deps.currentItem(), { signal });
      if (!result.ok) {
        if (result.reason === 'no-active-video') toasts.show(controlStrings.noVideo);
        else if (result.reason === 'unsupported-layout') toasts.show(controlStrings.unsupportedHere(site.name));
        else if (result.reason !== 'aborted') {
          toasts.show(controlStrings.notFound(site.name));
          health('degraded', `“Not interested” failed: ${result.reason}`);
        }
        return;
      }
      health('ok', `“Not interested” worked (${result.item})`);
      await channel.send({ type: 'not-interested', site: site.id, change: 1 });
      const undo = result.undo;
      toasts.show(
        controlStrings.done(site.name),
        undo
          ? {
              label: controlStrings.undo,
              run: () => {
                if (undo()) {
                  channel.send({ type: 'not-interested', site: site.id, change: -1 }).catch(deps.onFailure);
                  toasts.show(controlStrings.undone);
                }
              },
            }
          : undefined,
      );
      await advanceUnlessMoved(doc, {
        videoId: result.videoId,
        currentVideoId: () => deps.currentItem()?.id ?? null,
        goToNext: () => flows.goToNext(doc, deps.currentItem()),
        signal,
      });
    };
  };
}
