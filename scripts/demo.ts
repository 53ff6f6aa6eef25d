// npm run demo: the fixture feeds on this machine and a visible Chromium with the built extension, so anyone can
// try Mindful Feed without an account. Close the browser window to stop.
//   npm run demo -- --history   starts with five weeks of made-up days (scripts/demo/history.ts), so the popup's
//                               trends, first-week comparison and prompt effect show at once. The demo's browser
//                               profile is a new temporary one each time: no real profile is ever touched.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SITES } from '../lib/sites/registry';
import { SITE_IDS } from '../lib/sites/types';
import { currentTimeZone, localDate } from '../lib/tracking/local-time';
import { writeHistory } from '../tests/e2e/harness/history';
import { EXTENSION_DIR, ExtensionBrowser } from '../tests/e2e/harness/launch';
import { startFixtureServer } from '../tests/fixtures/server';
import { demoHistory } from './demo/history';

const options = process.argv.slice(2);
const unknown = options.filter((option) => option !== '--history');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run demo [-- --history]`);
  process.exit(2);
}
const withHistory = options.includes('--history');

const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (needsDisplay) {
  console.error(
    'npm run demo opens a visible Chromium window, and this machine has no display.\n' +
      'Run it on a desktop, or with a virtual display:  xvfb-run -a npm run demo',
  );
  process.exit(1);
}
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('No built extension yet: run `npm run build` first.');
  process.exit(1);
}

const server = await startFixtureServer(SITE_IDS);
const browser = await ExtensionBrowser.launch({ fixturePort: server.port, headed: true, keepWelcome: true });
if (withHistory) {
  const history = demoHistory({ today: localDate(Date.now(), currentTimeZone()) });
  await writeHistory(browser, history);
  console.info(`Seeded ${history.totals.length} days of history (${history.days.length} daily records) before today.`);
}
for (const site of SITES) await browser.openTab(site.feedUrls[0] ?? '');
console.info(
  `Mindful Feed demo: fixture feeds on 127.0.0.1:${server.port}, opened under their real host names.\n` +
    'Watch, swipe, press Shift+D for "Not interested", open the popup from the toolbar. Close the window to stop.',
);
await browser.exited();
await server.close();
