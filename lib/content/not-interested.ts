import { browser } from '@wxt-dev/browser';
import type { FeedItem, Site } from '../sites/site';
import type { Channel } from './channel';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { coreWords } from './words';

/** The in-page key: not used by any of the five sites, and ignored while typing. */
export const IN_PAGE_SHORTCUT = { key: 'D', shiftKey: true, label: 'Shift+D' } as const;

/** A touch screen as the main input (a phone, Firefox for Android): no key to press, so the button is the way. */
export const TOUCH_FIRST = '(pointer: coarse)';

/** How far inside the video's top the button sits: on a phone, below the site's own top bar (back, tabs, search). */
const BUTTON_INSET = { pointer: 12, touch: 64 } as const;

/** What the "Not interested" chunk (lib/content/ui/not-interested.tsx with the site's flows) offers. */
export interface NotInterestedUi {
  createNotInterestedRun(deps: NotInterestedRunDeps): (signal: AbortSignal) => Promise<void>;
}
export interface NotInterestedRunDeps {
  document: Document;
  site: Pick<Site, 'id' | 'name'>;
  channel: Pick<Channel, 'send'>;
  /** The active item now (as the page session last found it, refreshed on demand). */
  currentItem: () => FeedItem | null;
  onFailure: (error: unknown) => void;
}

export interface NotInterestedDeps {
  site: Site;
  window: Window;
  document: Document;
  channel: Pick<Channel, 'send'>;
  /** Loads the flows and their toast (once; later calls return the same promise). */
  load: () => Promise<NotInterestedUi>;
  currentItem: () => FeedItem | null;
  /** The script's lifetime. */
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

const BUTTON_CSS = `
button {
  all: initial;
  position: fixed;
  /* Over the video (set as it moves), never under a notch or the rounded corners of a phone's screen. */
  left: max(var(--left, 0px), env(safe-area-inset-left, 0px));
  top: max(var(--top, 0px), env(safe-area-inset-top, 0px));
  z-index: 2147483646;
  display: inline-flex;
  align-items: center;
  gap: 6px;
  box-sizing: border-box;
  min-height: 32px;
  padding: 4px 12px;
  border-radius: 999px;
  border: 1px solid #6e7781;
  background: #ffffff;
  color: #1f2328;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  opacity: 0.82;
  cursor: pointer;
}
button:hover, button:focus-visible { opacity: 1; }
button:focus-visible { outline: 2px solid #0a55c4; outline-offset: 2px; }
button[disabled] { cursor: progress; }
@media ${TOUCH_FIRST} {
  button { min-width: 44px; min-height: 44px; padding: 8px 14px; font-size: 15px; opacity: 0.9; }
}
@media (prefers-color-scheme: dark) {
  button { border-color: #8b96a1; background: #1c2128; color: #e6edf3; }
  button:focus-visible { outline-color: #93bbf9; }
}`;

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

/**
 * "Not interested": a small button over the active video, Shift+D, and the browser command. The button is plain DOM
 * in a closed shadow root, drawn once the person is there (their first trusted move, touch, key or focus); the flows
 * that drive the site's own menu, with their label tables and the toast, load on the first real press (or when the
 * pointer or focus first reaches the button). Only real input starts it.
 */
export function createNotInterested(deps: NotInterestedDeps) {
  const { site, window: win, document: doc } = deps;
  let busy = false;
  let pageSignal: AbortSignal = deps.signal;
  let ui: ShadowHost | null = null;
  let button: HTMLButtonElement | null = null;
  let placedAt = '';
  /** The video the button was last placed over, and whether its box must be measured again at the next tick. */
  let placedOver: HTMLVideoElement | null = null;
  let moved = true;
  let run: Promise<(signal: AbortSignal) => Promise<void>> | null = null;
  /** The button is drawn once the person is there: a page load that no one touches costs no button. */
  let present = false;
  const awaitingFocus = new AbortController();

  function flows() {
    run ??= deps
      .load()
      .then((module) =>
        module.createNotInterestedRun({
          document: doc,
          site,
          channel: deps.channel,
          currentItem: deps.currentItem,
          onFailure: deps.onFailure,
        }),
      )
      .catch((error: unknown) => {
        run = null;
        throw error;
      });
    return run;
  }

  function buttonHost(): HTMLButtonElement {
    if (ui && button) return button;
    ui = createShadowHost(doc, 'mindful-feed-controls', BUTTON_CSS, ['keydown', 'keyup', 'keypress']);
    const created = doc.createElement('button');
    created.type = 'button';
    const words = coreWords(uiLanguage());
    const label = words.notInterested;
    created.setAttribute('aria-label', label);
    created.title = words.notInterestedTitle.replace('{shortcut}', IN_PAGE_SHORTCUT.label);
    created.lang = uiLanguage();
    const icon = doc.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '⊘';
    created.append(icon, ` ${label}`);
    created.addEventListener('click', (event) => {
      if (event.isTrusted) void press();
    });
    const warmUp = (event: Event) => {
      if (event.isTrusted) flows().catch(() => undefined);
    };
    created.addEventListener('pointerenter', warmUp, { once: true });
    created.addEventListener('focus', warmUp, { once: true });
    ui.container.append(created);
    button = created;
    return created;
  }

  let touchQuery: MediaQueryList | null | undefined;
  const touchFirst = () => {
    touchQuery ??= typeof win.matchMedia === 'function' ? win.matchMedia(TOUCH_FIRST) : null;
    return touchQuery?.matches === true;
  };

  /**
   * Keeps the button over the active video (at each tick, and when the page changes). Where the site has no such
   * action the button is left out, except on a touch screen: there no key can ask, so a tap says plainly why.
   *
   * Measuring the video's box costs a layout, so a tick measures only when something may have moved it: another
   * video, the person's input (a swipe, the wheel, a click that opens a panel), a resize or the end of a scroll. It
   * keeps measuring until two looks agree (a scroll still easing) or while the video has no box yet.
   */
  function place(item: FeedItem | null) {
    if (!present) return;
    const video = item?.video ?? null;
    if (!moved && video === placedOver && (placedAt === '' || ui?.host.isConnected)) return;
    placedOver = video;
    const touch = touchFirst();
    if (!site.notInterestedSupported && !touch) {
      moved = false;
      return;
    }
    const box = video?.getBoundingClientRect();
    const shown = box !== undefined && box.width > 0 && box.height > 0;
    const inset = touch ? BUTTON_INSET.touch : BUTTON_INSET.pointer;
    const left = shown ? Math.round(box.left + BUTTON_INSET.pointer) : 0;
    const top = shown ? Math.round(box.top + inset) : 0;
    const where = shown ? `${left},${top},${busy}` : '';
    moved = video !== null && (!shown || where !== placedAt);
    if (where === placedAt && (!shown || ui?.host.isConnected)) return;
    placedAt = where;
    if (!shown) {
      ui?.remove();
      return;
    }
    const control = buttonHost();
    control.style.setProperty('--left', `${left}px`);
    control.style.setProperty('--top', `${top}px`);
    control.disabled = busy;
    control.setAttribute('aria-busy', String(busy));
    ui?.mount();
  }

  async function press() {
    if (busy || deps.signal.aborted) return;
    busy = true;
    moved = true;
    place(deps.currentItem());
    try {
      const start = await flows();
      await start(pageSignal);
    } catch (error) {
      deps.onFailure(error);
    } finally {
      busy = false;
      moved = true;
      place(deps.currentItem());
    }
  }

  /** The person is there (their first move, touch or key, or focus: a screen reader moves it): the button comes. */
  function arrived() {
    moved = true;
    if (present || deps.signal.aborted) return;
    present = true;
    awaitingFocus.abort();
    try {
      place(deps.currentItem());
    } catch (error) {
      deps.onFailure(error);
    }
  }
  win.addEventListener('focusin', (event) => event.isTrusted && arrived(), {
    capture: true,
    passive: true,
    signal: AbortSignal.any([deps.signal, awaitingFocus.signal]),
  });

  win.addEventListener(
    'keydown',
    (event) => {
      // The key first: every keydown of the page passes here, and only Shift+D needs a closer look.
      if (event.key !== IN_PAGE_SHORTCUT.key || !event.shiftKey || event.ctrlKey || event.altKey || event.metaKey)
        return;
      if (!event.isTrusted || event.repeat || isTyping(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      void press();
    },
    { capture: true, signal: deps.signal },
  );
  const remeasure = () => {
    moved = true;
  };
  const passive = { capture: true, passive: true, signal: deps.signal } as const;
  win.addEventListener('resize', remeasure, passive);
  win.addEventListener('scrollend', remeasure, passive);
  deps.signal.addEventListener('abort', () => ui?.remove(), { once: true });

  return {
    place,
    /** The person's own input (from the reporter, which listens to it anyway): the first brings the button. */
    arrived,
    /** The button was pressed, or the browser's keyboard command arrived (from our own background only). */
    run: () => void press(),
    /** A new page: a flow still running for the old one stops, and the button follows the new item. */
    pageChanged(signal: AbortSignal) {
      pageSignal = signal;
      moved = true;
    },
  };
}
