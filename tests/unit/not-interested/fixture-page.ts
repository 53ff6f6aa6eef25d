import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, type BrowserWindow, type ISyncResponse } from 'happy-dom';
import type { SiteId } from '../../../lib/sites/types';
import { PHONE } from '../../fixtures/devices';
import { FIXTURES_DIR, findRoute, readFixtureRoutes } from '../../fixtures/server';

/**
 * A fixture feed running for real in happy-dom: the page is fetched and its `/__fixture/*.js` executed, both served
 * from disk the way tests/fixtures/server.ts serves them (same routes.json), so the fixture's own behaviour — reused
 * popovers, late menus, advancing after "Not interested", `window.__fixture.log` — is what a flow drives.
 */

export interface FixtureLogEntry {
  action: string;
  videoId?: string;
  item?: string;
  to?: string;
  trusted?: boolean;
}

interface FixtureHooks {
  log: FixtureLogEntry[];
  activeVideoId(): string | null;
  next(): void;
  previous(): void;
}

export interface FixturePage {
  window: BrowserWindow;
  /** The page's document, typed as the DOM's (the flows take a standard `Document`). */
  document: Document;
  /** The page's current URL (it changes with pushState/replaceState). */
  url(): URL;
  /** The fixture's own record of what was clicked, for which video. */
  log(): FixtureLogEntry[];
  activeVideoId(): string | null;
  hooks(): FixtureHooks;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  webm: 'video/webm',
};

export interface FixturePageOptions {
  /** Browse as the phone of tests/fixtures/devices.ts (its user agent gets the mobile layout, its screen size). */
  phone?: boolean;
}

export async function openFixturePage(
  siteId: SiteId,
  href: string,
  options: FixturePageOptions = {},
): Promise<FixturePage> {
  const userAgent = options.phone ? PHONE.userAgent : '';
  const fixtureRoutes = await readFixtureRoutes(siteId);
  const siteDir = join(FIXTURES_DIR, 'sites', siteId);

  /** The file the fixture server would answer with, or null (a 404). */
  function fileFor(url: URL): string | null {
    if (url.pathname.startsWith('/__media/'))
      return join(FIXTURES_DIR, 'media', url.pathname.slice('/__media/'.length));
    if (url.pathname.startsWith('/__fixture/')) return join(siteDir, url.pathname.slice('/__fixture/'.length));
    const route = findRoute(fixtureRoutes, url, userAgent);
    return route ? join(siteDir, route.file) : null;
  }

  function serve(rawUrl: string): { status: number; body: Buffer; type: string } {
    const file = fileFor(new URL(rawUrl));
    if (!file) return { status: 404, body: Buffer.from('no fixture'), type: 'text/plain' };
    try {
      const type = CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
      return { status: 200, body: readFileSync(file), type };
    } catch {
      return { status: 404, body: Buffer.from('missing'), type: 'text/plain' };
    }
  }

  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      viewport: options.phone ? { width: PHONE.width, height: PHONE.height } : { width: 1280, height: 800 },
      ...(options.phone ? { navigator: { userAgent: PHONE.userAgent, maxTouchPoints: 5 } } : {}),
      fetch: {
        interceptor: {
          // The page itself and fetch() (the IG/FB fixtures fetch /__media/clip.webm for their blob: URLs).
          async beforeAsyncRequest({ request, window }) {
            const { status, body, type } = serve(request.url);
            return new window.Response(body, { status, headers: { 'content-type': type } });
          },
          // Classic <script src> is loaded synchronously while parsing.
          beforeSyncRequest({ request, window }): ISyncResponse {
            const { status, body, type } = serve(request.url);
            return {
              status,
              statusText: status === 200 ? 'OK' : 'Not Found',
              ok: status === 200,
              url: request.url,
              redirected: false,
              headers: new window.Headers({ 'content-type': type }),
              body,
            };
          },
        },
      },
    },
  });
  const page = browser.newPage();
  await page.goto(href);
  await page.waitUntilComplete();
  const window = page.mainFrame.window;
  const hooks = () => (window as unknown as { __fixture: FixtureHooks }).__fixture;
  if (!hooks()) throw new Error(`the ${siteId} fixture did not start at ${href}`);
  return {
    window,
    document: window.document as unknown as Document,
    url: () => new URL(window.location.href),
    log: () => hooks().log,
    activeVideoId: () => hooks().activeVideoId(),
    hooks,
    close: () => browser.close(),
  };
}

/** Waits (real time: the fixtures use their own timers) for `condition`, up to `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 3000): Promise<boolean> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The fixture's log entries of one kind (e.g. 'more', 'menu-item', 'advance'). */
export function logged(page: FixturePage, action: string): FixtureLogEntry[] {
  return page.log().filter((entry) => entry.action === action);
}
