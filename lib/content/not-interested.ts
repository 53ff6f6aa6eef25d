import { controlStrings } from '../../components/controls/strings';
import type { ContentMessage, ContentReply } from '../messaging/content-protocol';
import { advanceUnlessMoved } from '../not-interested/advance';
import type { Site } from '../sites/site';
import type { ControlsState } from './controls-ui';

/** The in-page key: not used by any of the five sites, and ignored while typing. */
export const IN_PAGE_SHORTCUT = { key: 'D', shiftKey: true, label: 'Shift+D' } as const;

export interface NotInterestedDeps {
  site: Site;
  window: Window;
  document: Document;
  send: (message: ContentMessage) => Promise<ContentReply>;
  surface: { update(state: ControlsState): void };
  signal: AbortSignal;
  onFailure: (error: unknown) => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target as HTMLElement).isContentEditable ||
    target.closest('[contenteditable=""], [contenteditable="true"], [role="textbox"]') !== null
  );
}

/**
 * One key (or the button, or the browser command) drives the site's own "Not interested" on the active video,
 * then moves the feed on and says what happened. Only real input starts it.
 */
export function createNotInterested(deps: NotInterestedDeps) {
  const { site, document: doc, window: win } = deps;
  let busy = false;
  let state: ControlsState = { button: null, toast: null };
  let toastId = 0;
  let reportedHealth: 'ok' | 'degraded' | null = null;

  const set = (next: Partial<ControlsState>) => {
    state = { ...state, ...next };
    deps.surface.update(state);
  };
  const toast = (message: string, action?: { label: string; run: () => void }) =>
    set({
      toast: {
        id: ++toastId,
        message,
        ...(action ? { actionLabel: action.label, onAction: action.run } : {}),
      },
    });
  const health = (status: 'ok' | 'degraded', detail: string) => {
    if (reportedHealth === status) return;
    reportedHealth = status;
    deps.send({ type: 'health', site: site.id, capability: 'not-interested', status, detail }).catch(deps.onFailure);
  };

  /** Keeps the button over the active video (called every second and when the page changes). */
  function place() {
    if (!site.notInterested.supported) return;
    const url = new URL(doc.location.href);
    const video = site.isFeedUrl(url) ? site.findActiveVideo(url, doc) : null;
    const box = video?.getBoundingClientRect();
    const visible = box && box.width > 0 && box.height > 0;
    const button = visible ? { anchor: { left: box.left, top: box.top }, busy } : null;
    if (JSON.stringify(button) !== JSON.stringify(state.button)) set({ button });
  }

  async function run() {
    if (busy || deps.signal.aborted) return;
    if (!site.notInterested.supported) {
      toast(controlStrings.unsupported(site.name));
      return;
    }
    busy = true;
    place();
    try {
      const url = new URL(doc.location.href);
      const result = await site.notInterested.notInterested(doc, url, { signal: deps.signal });
      if (!result.ok) {
        if (result.reason === 'no-active-video') toast(controlStrings.noVideo);
        else if (result.reason !== 'aborted') {
          toast(controlStrings.notFound(site.name));
          health('degraded', `“Not interested” failed: ${result.reason}`);
        }
        return;
      }
      health('ok', `“Not interested” worked (${result.item})`);
      await deps.send({ type: 'not-interested', site: site.id, change: 1 });
      const undo = result.undo;
      toast(
        controlStrings.done(site.name),
        undo
          ? {
              label: controlStrings.undo,
              run: () => {
                if (undo()) {
                  deps.send({ type: 'not-interested', site: site.id, change: -1 }).catch(deps.onFailure);
                  toast(controlStrings.undone);
                }
              },
            }
          : undefined,
      );
      await advanceUnlessMoved(doc, {
        videoId: result.videoId,
        currentVideoId: () => site.getVideoId(new URL(doc.location.href), doc),
        goToNext: () => site.notInterested.goToNext(doc, new URL(doc.location.href)),
        signal: deps.signal,
      });
    } catch (error) {
      deps.onFailure(error);
    } finally {
      busy = false;
      place();
    }
  }

  win.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.repeat || isTyping(event.target)) return;
      if (event.key !== IN_PAGE_SHORTCUT.key || !event.shiftKey || event.ctrlKey || event.altKey || event.metaKey)
        return;
      event.preventDefault();
      event.stopPropagation();
      void run();
    },
    { capture: true, signal: deps.signal },
  );
  const timer = win.setInterval(() => {
    try {
      place();
    } catch (error) {
      deps.onFailure(error);
    }
  }, 1_000);
  deps.signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  place();

  return {
    /** The button was pressed (a trusted click), or the browser's keyboard command arrived. */
    run: () => void run(),
    closeToast: () => set({ toast: null }),
  };
}
