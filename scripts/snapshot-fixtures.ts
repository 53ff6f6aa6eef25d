// Replays each site's snapshot recipes on its fixture feed in Chromium and writes the DOM snapshots the adapter
// contract tests read. Run after changing a fixture:  npm run fixtures:snapshot [site-id …]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SITE_IDS } from '../lib/sites/types';
import { findChromium } from '../tests/e2e/harness/chromium';
import { FEED_HOSTS } from '../tests/e2e/harness/launch';
import { PHONE } from '../tests/fixtures/devices';
import { startFixtureServer } from '../tests/fixtures/server';
import { readRecipes, type SnapshotTruth, siteFixtureDir } from '../tests/fixtures/snapshots';

const wanted = process.argv.slice(2);
const sites = wanted.length > 0 ? SITE_IDS.filter((id) => wanted.includes(id)) : [...SITE_IDS];
const server = await startFixtureServer(SITE_IDS);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    `--host-resolver-rules=${FEED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.port}`).join(', ')}`,
    '--autoplay-policy=no-user-gesture-required',
    '--disable-quic',
  ],
});
try {
  for (const site of sites) {
    const dir = join(siteFixtureDir(site), 'snapshots');
    mkdirSync(dir, { recursive: true });
    const truths: SnapshotTruth[] = [];
    for (const recipe of readRecipes(site)) {
      const device =
        recipe.device === 'phone'
          ? {
              viewport: { width: PHONE.width, height: PHONE.height },
              deviceScaleFactor: PHONE.deviceScaleFactor,
              userAgent: PHONE.userAgent,
              isMobile: true,
              hasTouch: true,
            }
          : { viewport: { width: 1280, height: 900 } };
      const page = await browser.newPage({ ignoreHTTPSErrors: true, ...device });
      await page.goto(recipe.url);
      await page.waitForFunction(() => Boolean((window as { __fixture?: unknown }).__fixture));
      for (const step of recipe.steps) {
        if (typeof step === 'string') {
          await page.evaluate((direction) => {
            const hooks = (window as { __fixture?: Record<string, () => void> }).__fixture;
            hooks?.[direction]?.();
          }, step);
        } else {
          const target = page.locator(step.click).first();
          if (recipe.device === 'phone') await target.tap();
          else await target.click();
        }
        await page.waitForTimeout(600);
      }
      await page.waitForTimeout(400);
      const state = await page.evaluate(() => ({
        url: location.href,
        activeVideoId:
          (window as { __fixture?: { activeVideoId(): string | null } }).__fixture?.activeVideoId() ?? null,
        // Scripts are dropped: the snapshot is a DOM to query, not a page to run.
        html: `<!doctype html>\n${document.documentElement.outerHTML.replace(/<script\b[\s\S]*?<\/script>/g, '')}`,
      }));
      writeFileSync(join(dir, `${recipe.name}.html`), `${state.html}\n`);
      truths.push({
        name: recipe.name,
        url: state.url,
        activeVideoId: state.activeVideoId,
        isAd: recipe.expect.isAd,
        hasVideo: recipe.expect.hasVideo,
      });
      console.info(`${site}/${recipe.name}: ${state.url} → ${state.activeVideoId}`);
      await page.close();
    }
    writeFileSync(join(dir, 'truth.json'), `${JSON.stringify(truths, null, 2)}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
