/**
 * Our UI's host in the page: a custom element with a closed shadow root (the page can neither read nor style what
 * is inside), the page's keys kept from our controls and ours from the page's shortcuts.
 */
export interface ShadowHost {
  /** The element the page sees (empty from outside). */
  host: HTMLElement;
  /** Where our UI renders, inside the shadow root. */
  container: HTMLElement;
  /** Appends the host at the end of <body> unless it is there already. */
  mount(): void;
  remove(): void;
}

export function createShadowHost(doc: Document, name: string, css: string, isolate: readonly string[]): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Events from inside stop at the host, so the site's own key handlers (space to pause, arrows to swipe) stay out.
  for (const type of isolate) host.addEventListener(type, (event) => event.stopPropagation());
  return {
    host,
    container,
    mount() {
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    },
    remove() {
      host.remove();
    },
  };
}
