import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LIBRARY_DIRS = ['/usr/lib/x86_64-linux-gnu/faketime', '/usr/lib/aarch64-linux-gnu/faketime', '/usr/lib/faketime'];

/** libfaketime (Debian's `faketime` package), multi-threaded build. */
export function findFakeTimeLibrary(): string {
  for (const dir of LIBRARY_DIRS) {
    const library = join(dir, 'libfaketimeMT.so.1');
    if (existsSync(library)) return library;
  }
  throw new Error('libfaketime is missing: install it with `apt-get install -y faketime` (npm run setup installs it).');
}

/**
 * A moved clock for the browser's renderers — pages, content scripts and the extension's service worker alike —
 * set through libfaketime as an offset from the real time, in a file the renderers re-read every second.
 * Playwright's `clock` cannot do this: it patches only the page's main world, not the content script's isolated
 * world or the service worker.
 */
export class FakeClock {
  private constructor(
    readonly file: string,
    private offsetS: number,
  ) {}

  /** A clock that reads `start` now and runs at real speed from there. */
  static async startingAt(start: Date): Promise<FakeClock> {
    const dir = await mkdtemp(join(tmpdir(), 'mindful-feed-clock-'));
    const clock = new FakeClock(join(dir, 'faketime'), Math.round((start.getTime() - Date.now()) / 1000));
    await clock.write();
    return clock;
  }

  /** Moves the clock forward, as a machine waking from sleep finds it; renderers see it within about a second. */
  async jump(seconds: number): Promise<void> {
    this.offsetS += seconds;
    await this.write();
  }

  /** The fake time at a real epoch ms. */
  fake(realMs: number): number {
    return realMs + this.offsetS * 1000;
  }

  /**
   * Chromium flags that start every renderer process under this clock. (The browser process keeps the real one:
   * under libfaketime its zygote hangs.)
   */
  args(): string[] {
    const env = [
      `LD_PRELOAD=${findFakeTimeLibrary()}`,
      `FAKETIME_TIMESTAMP_FILE=${this.file}`,
      'FAKETIME_CACHE_DURATION=1',
    ];
    return [`--renderer-cmd-prefix=env ${env.join(' ')}`];
  }

  private write(): Promise<void> {
    return writeFile(this.file, `${this.offsetS >= 0 ? '+' : ''}${this.offsetS}s\n`);
  }
}
