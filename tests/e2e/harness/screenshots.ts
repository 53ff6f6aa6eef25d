import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots for the README, made by the e2e tests on the fixture feeds. */
export const SCREENSHOTS_DIR = resolve('docs/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  // Our UI fades in (200 ms) inside a closed shadow root, which Playwright's animation control cannot reach:
  // let it finish so the picture shows what a person sees. Only the picture waits; no assertion does.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), animations: 'disabled' });
}
