/**
 * DOM helpers of the "Not interested" flows. Each is safe on any document: no globals but `root.defaultView` (for
 * MutationObserver and KeyboardEvent) and timers, no `instanceof` (elements may come from another realm), no throws.
 */

export type WaitResult<T> = { status: 'found'; value: T } | { status: 'timeout' } | { status: 'aborted' };

function attempt<T>(find: () => T | null | undefined): T | null {
  try {
    return find() ?? null;
  } catch {
    return null;
  }
}

/**
 * Resolves with what `find` returns once it is not null: checked now, then after every mutation under `watched`
 * (attributes too: reused popovers only toggle a class, `aria-hidden` or `style`), and a last time at the deadline.
 * No polling; never rejects.
 */
export function waitFor<T>(
  root: Document,
  watched: Node | null,
  find: () => T | null | undefined,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<WaitResult<T>> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ status: 'aborted' });
      return;
    }
    const first = attempt(find);
    if (first !== null) {
      resolve({ status: 'found', value: first });
      return;
    }
    let done = false;
    let observer: MutationObserver | null = null;
    const finish = (result: WaitResult<T>) => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const check = () => {
      const value = attempt(find);
      if (value !== null) finish({ status: 'found', value });
    };
    const onAbort = () => finish({ status: 'aborted' });
    const timer = setTimeout(() => {
      const value = attempt(find);
      finish(value !== null ? { status: 'found', value } : { status: 'timeout' });
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    const View = root.defaultView;
    if (View && watched) {
      try {
        observer = new View.MutationObserver(check);
        observer.observe(watched, { subtree: true, childList: true, attributes: true, characterData: true });
      } catch {
        // Without an observer the deadline still gives one last look.
      }
    }
  });
}

/**
 * Shown as far as the page says: connected; neither it nor an ancestor is `hidden`, `aria-hidden="true"` or styled
 * `display: none` inline, nor itself `visibility: hidden`; and, where the browser can tell (`checkVisibility`), not
 * hidden by the page's CSS either (TikTok's reused popover only toggles a class).
 */
export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  if ((element as Partial<HTMLElement>).style?.visibility === 'hidden') return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if ((node as Partial<HTMLElement>).style?.display === 'none') return false;
  }
  const check = (element as Partial<{ checkVisibility(options?: object): boolean }>).checkVisibility;
  if (typeof check !== 'function') return true;
  try {
    return check.call(element, { visibilityProperty: true });
  } catch {
    return true;
  }
}

function isEditable(element: Element): boolean {
  return (
    /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName) || (element as Partial<HTMLElement>).isContentEditable === true
  );
}

/** The element a key press goes to: the focused one (menus keep focus inside), else the body. */
function keyTarget(root: Document): Element | null {
  const active = root.activeElement;
  if (active && active !== root.body && active.isConnected && !isEditable(active)) return active;
  return root.body ?? root.documentElement;
}

const KEY_CODES = { Escape: 27, ArrowDown: 40 } as const;

/** Dispatches a keydown/keyup pair that bubbles to the document and window, where the sites listen. */
export function pressKey(root: Document, key: keyof typeof KEY_CODES): boolean {
  try {
    const View = root.defaultView;
    const target = keyTarget(root);
    if (!View || !target) return false;
    for (const type of ['keydown', 'keyup']) {
      const init = { key, code: key, keyCode: KEY_CODES[key], bubbles: true, cancelable: true, composed: true };
      target.dispatchEvent(new View.KeyboardEvent(type, init));
    }
    return true;
  } catch {
    return false;
  }
}

/** What to click for a control: itself if clickable (an HTML element), else its button ancestor (an SVG icon). */
export function clickableOf(element: Element | null | undefined): HTMLElement | null {
  if (!element) return null;
  const control = element.closest<HTMLElement>('button, [role="button"]');
  if (control) return control;
  return typeof (element as Partial<HTMLElement>).click === 'function' ? (element as HTMLElement) : null;
}

/** Clicks with `element.click()`: the sites' React/Polymer handlers listen to click events. */
export function click(element: HTMLElement): boolean {
  try {
    element.click();
    return true;
  } catch {
    return false;
  }
}

/** The normalised `d` of every SVG path inside `element` (icons identify menu items on some sites). */
export function iconPaths(element: Element): string[] {
  return Array.from(element.querySelectorAll('path[d]'), (path) => normalisePath(path.getAttribute('d')));
}

export function normalisePath(d: string | null | undefined): string {
  return (d ?? '').replace(/\s+/g, ' ').trim();
}
