import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { SITE_URLS } from '../../../lib/sites/catalog';
import { FIXTURES_DIR } from '../../fixtures/server';
import { findChromium } from './chromium';
import { assertNoForbiddenRequests, type NetworkFindings, newNetLogFile, readNetLog } from './netlog';

/** The built extension; MF_EXTENSION_DIR points elsewhere (e.g. a copy that a concurrent build cannot disturb). */
export const EXTENSION_DIR = resolve(process.env.MF_EXTENSION_DIR ?? '.output/chrome-mv3');
/** Every host of every site (www., m., web., bare…), all mapped to the fixture server: the real match patterns run. */
export const FEED_HOSTS: readonly string[] = SITE_URLS.flatMap((site) => site.hosts);

/** Another site than the feeds' (a friend's message with a link: tests/fixtures/elsewhere.html), served over HTTP. */
export const ELSEWHERE_HOST = 'messages.example';
const FIXTURE_HOSTS = [...FEED_HOSTS, ELSEWHERE_HOST];

export interface LaunchOptions {
  fixturePort: number;
  extensionDir?: string;
  /** IANA time zone for the whole browser (through TZ), e.g. for midnight tests. */
  timeZone?: string;
  /** UI language, e.g. 'zh-CN'. */
  lang?: string;
  userDataDir?: string;
  /** Leave the welcome page that a first install opens (closed by default, so it cannot steal focus). */
  keepWelcome?: boolean;
  /** A visible window (needs a display), for `npm run demo`. */
  headed?: boolean;
  /** Launch the same browser without the extension (benchmarks compare the two). */
  withoutExtension?: boolean;
  /** Allow installing builds over CDP (Extensions.loadUnpacked), for update and reload scenarios. */
  extensionDebugging?: boolean;
  /** Extra Chromium flags, e.g. FakeClock.args() (fake-clock.ts). */
  extraArgs?: string[];
}

async function fixtureCertSpki(): Promise<string> {
  const pem = await readFile(join(FIXTURES_DIR, 'certs', 'cert.pem'), 'utf8');
  const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

function waitForDevtoolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let stderr = '';
    const onData = (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match?.[1]) {
        child.stderr?.off('data', onData);
        resolvePromise(match[1]);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it was ready:\n${stderr}`)));
  });
}

/**
 * Real Chromium with the built extension, the feed host names mapped to the fixture server.
 *
 * Chromium is started by hand and attached over CDP without Playwright's defaults, because Playwright's focus
 * emulation keeps background tabs "visible": here the active tab of a window is visible and focused and the
 * others are hidden, as for a user.
 */
export class ExtensionBrowser {
  private constructor(
    readonly browser: Browser,
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly child: ChildProcess,
    private readonly userDataDir: string,
    private readonly ownsUserDataDir: boolean,
    /** Chromium's record of every network request, checked on close (netlog.ts). */
    private readonly netLog: string,
  ) {}

  static async launch(options: LaunchOptions): Promise<ExtensionBrowser> {
    const extensionDir = options.extensionDir ?? EXTENSION_DIR;
    const ownsUserDataDir = !options.userDataDir;
    const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'mindful-feed-e2e-')));
    const hostRules = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.fixturePort}`).join(', ');
    const netLog = await newNetLogFile();
    const args = [
      ...(options.headed ? [] : ['--headless']),
      '--remote-debugging-port=0',
      `--log-net-log=${netLog}`,
      ...(options.extensionDebugging ? ['--enable-unsafe-extension-debugging'] : []),
      `--user-data-dir=${userDataDir}`,
      ...(options.withoutExtension
        ? ['--disable-extensions']
        : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
      `--host-resolver-rules=${hostRules}`,
      `--ignore-certificate-errors-spki-list=${await fixtureCertSpki()}`,
      '--autoplay-policy=no-user-gesture-required',
      '--window-size=1280,900',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,MediaRouter,OptimizationHints',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.extraArgs ?? []),
      'about:blank',
    ];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...(options.timeZone ? { TZ: options.timeZone } : {}),
    };
    if (options.lang) env.LANGUAGE = options.lang.replace('-', '_');
    const child = spawn(findChromium(), args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const wsUrl = await waitForDevtoolsUrl(child);
      const browser = await chromium.connectOverCDP(wsUrl, { noDefaults: true });
      const context = browser.contexts()[0];
      if (!context) throw new Error('Chromium has no default context');
      if (options.withoutExtension) {
        return new ExtensionBrowser(browser, context, '', child, userDataDir, ownsUserDataDir, netLog);
      }
      const worker =
        context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
        (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      const extensionId = new URL(worker.url()).host;
      const launched = new ExtensionBrowser(browser, context, extensionId, child, userDataDir, ownsUserDataDir, netLog);
      if (ownsUserDataDir) {
        // A fresh profile is a first install: the welcome page opens. Wait for it, so it cannot appear later.
        const welcome = await launched.welcomePage();
        if (!options.keepWelcome) await welcome.close();
      }
      return launched;
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  }

  /** The options page's welcome, as the first install opened it. */
  async welcomePage(): Promise<Page> {
    const isWelcome = (page: Page) => page.url().includes('/options.html');
    return (
      this.context.pages().find(isWelcome) ??
      (await this.context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }))
    );
  }

  /** A new tab in the browser's one window, brought to the front. */
  async openTab(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    return page;
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  private serviceWorkerSession?: Promise<{
    session: CDPSession;
    status: () => string;
    versionId: () => string;
    changed: EventEmitter;
  }>;

  /** A CDP session that follows the extension worker's running status (on the first, blank tab). */
  private workerControl() {
    this.serviceWorkerSession ??= (async () => {
      const page = this.context.pages()[0] ?? (await this.context.newPage());
      const session = await this.context.newCDPSession(page);
      let status = 'unknown';
      let versionId = '';
      const changed = new EventEmitter();
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.find((version) => version.scriptURL.startsWith(this.extensionUrl('')));
        if (ours) {
          status = ours.runningStatus;
          versionId = ours.versionId;
          changed.emit('status', status);
        }
      });
      await session.send('ServiceWorker.enable');
      return { session, status: () => status, versionId: () => versionId, changed };
    })();
    return this.serviceWorkerSession;
  }

  private async waitForWorkerStatus(wanted: string): Promise<void> {
    const control = await this.workerControl();
    const deadline = Date.now() + 15_000;
    while (control.status() !== wanted) {
      if (Date.now() > deadline) throw new Error(`the service worker did not become ${wanted} (${control.status()})`);
      await new Promise((resolveStatus) => {
        const timer = setTimeout(resolveStatus, Math.max(0, deadline - Date.now()));
        control.changed.once('status', () => {
          clearTimeout(timer);
          resolveStatus(undefined);
        });
      });
    }
  }

  /**
   * The extension service worker, started if it was stopped. Playwright keeps one Worker handle across stops
   * and restarts while DevTools is attached, so the handle from launch stays usable once it is running again.
   */
  async worker(): Promise<Worker> {
    const control = await this.workerControl();
    if (control.status() === 'stopped' || control.status() === 'stopping') {
      if (control.status() === 'stopping') await this.waitForWorkerStatus('stopped');
      await control.session.send('ServiceWorker.startWorker', { scopeURL: this.extensionUrl('') });
    }
    if (control.status() !== 'running') await this.waitForWorkerStatus('running');
    const worker = this.context.serviceWorkers().find((candidate) => candidate.url().startsWith(this.extensionUrl('')));
    if (!worker) throw new Error('the extension service worker has no handle');
    return worker;
  }

  /** Stops the extension's service worker, as Chrome does when it has been idle. Resolves once it has stopped. */
  async stopWorker(): Promise<void> {
    const control = await this.workerControl();
    if (control.status() !== 'running') await this.waitForWorkerStatus('running');
    await control.session.send('ServiceWorker.stopWorker', { versionId: control.versionId() });
    await this.waitForWorkerStatus('stopped');
  }

  /**
   * Installs the unpacked build in `dir` as an update of the extension loaded from the same directory (same id),
   * the way a newer version replaces a running one: open tabs keep their old content scripts. Needs
   * `extensionDebugging`.
   */
  async installUpdate(dir: string): Promise<void> {
    const session = await this.browser.newBrowserCDPSession();
    try {
      const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: dir } as never)) as { id: string };
      if (id !== this.extensionId) throw new Error(`the update was installed as another extension (${id})`);
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  /** Whether the worker is running now (a stopped one is started again by the next message). */
  async workerStatus(): Promise<string> {
    return (await this.workerControl()).status();
  }

  /** Every row of one object store of the extension's database ([] if the database does not exist yet). */
  async readStore<T = unknown>(store: string): Promise<T[]> {
    const worker = await this.worker();
    return worker.evaluate(async (storeName) => {
      const names = await indexedDB.databases();
      if (!names.some((db) => db.name === 'mindful-feed')) return [];
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('mindful-feed');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      try {
        if (!db.objectStoreNames.contains(storeName)) return [];
        return await new Promise<T[]>((ok, fail) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => ok(request.result as T[]);
          request.onerror = () => fail(request.error);
        });
      } finally {
        db.close();
      }
    }, store);
  }

  /** Resolves when the browser process ends (a person closed its window). */
  exited(): Promise<void> {
    return new Promise((resolveExit) => {
      if (this.child.exitCode !== null) resolveExit();
      else this.child.once('exit', () => resolveExit());
    });
  }

  private shutdown?: Promise<NetworkFindings & { file: string }>;

  /** Ends Chromium (once: later calls get the same answer) and reads what its NetLog recorded (netlog.ts). */
  shutDown(): Promise<NetworkFindings & { file: string }> {
    this.shutdown ??= (async () => {
      // Browser.close shuts Chromium down in order, which completes its NetLog; a signal can cut the log short.
      await this.browser
        .newBrowserCDPSession()
        .then((cdp) => cdp.send('Browser.close'))
        .catch(() => undefined);
      await this.browser.close().catch(() => undefined);
      const running = () => this.child.exitCode === null && this.child.signalCode === null;
      if (running()) {
        await new Promise<void>((resolveWait) => {
          const timer = setTimeout(resolveWait, 10_000);
          void this.exited().then(() => {
            clearTimeout(timer);
            resolveWait();
          });
        });
      }
      if (running()) {
        const exited = new Promise((resolveExit) => this.child.once('exit', resolveExit));
        this.child.kill('SIGTERM');
        await exited;
      }
      if (this.ownsUserDataDir)
        await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      return readNetLog(this.netLog, { extensionId: this.extensionId, allowedHosts: FIXTURE_HOSTS });
    })();
    return this.shutdown;
  }

  /** Closes the browser. Throws (failing the test, or its afterEach/afterAll) if the extension used the network. */
  async close(): Promise<void> {
    assertNoForbiddenRequests(await this.shutDown());
  }
}

/**
 * Runs `action` and returns the file it made the browser download. Playwright does not take over downloads on a
 * browser it attached to without defaults, so this asks Chromium itself (CDP Browser domain).
 */
export async function captureDownload(
  browser: ExtensionBrowser,
  action: () => Promise<void>,
): Promise<{ suggestedFilename: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'mindful-feed-download-'));
  const session = await browser.browser.newBrowserCDPSession();
  try {
    await session.send('Browser.setDownloadBehavior', {
      behavior: 'allowAndName',
      downloadPath: dir,
      eventsEnabled: true,
    });
    const done = new Promise<{ suggestedFilename: string; path: string }>((resolveDone, reject) => {
      let name = '';
      session.on('Browser.downloadWillBegin', (event) => {
        name = event.suggestedFilename;
      });
      session.on('Browser.downloadProgress', (event) => {
        if (event.state === 'completed') resolveDone({ suggestedFilename: name, path: join(dir, event.guid) });
        if (event.state === 'canceled') reject(new Error('the download was cancelled'));
      });
    });
    await action();
    return await done;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
