import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Screenshots made by the e2e tests on the fixture feeds. Every run writes them to .e2e-artifacts/screenshots;
 * `npm run screenshots` (UPDATE_SCREENSHOTS=1) writes the README's copies in docs/screenshots instead.
 */
export const SCREENSHOTS_DIR = resolve(
  process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : '.e2e-artifacts/screenshots',
);

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  // Our UI fades in (200 ms) inside a closed shadow root, which Playwright's animation control cannot reach:
  // let it finish so the picture shows what a person sees. Only the picture waits; no assertion does.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), animations: 'disabled' });
}

/** The size both stores take: Chrome Web Store screenshots are 1280 × 800 (or 640 × 400); AMO accepts it too. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;

/** Store screenshots: docs/store/screenshots with `npm run screenshots`, .e2e-artifacts otherwise. */
export const STORE_SCREENSHOTS_DIR = resolve(
  process.env.UPDATE_SCREENSHOTS ? 'docs/store/screenshots' : '.e2e-artifacts/store-screenshots',
);

/** A store-size screenshot of the page; returns its file. */
export async function storeScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(STORE_SCREENSHOTS_DIR, { recursive: true });
  await page.setViewportSize(STORE_SIZE);
  await page.waitForTimeout(300); // the fade-in, as above
  const path = join(STORE_SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
