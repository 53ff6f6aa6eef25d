// npm run demo: the fixture feeds on this machine and a visible Chromium with the built extension, so anyone can
// try Mindful Feed without an account. Close the browser window to stop.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SITES } from '../lib/sites/registry';
import { SITE_IDS } from '../lib/sites/types';
import { EXTENSION_DIR, ExtensionBrowser } from '../tests/e2e/harness/launch';
import { startFixtureServer } from '../tests/fixtures/server';

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
for (const site of SITES) await browser.openTab(site.feedUrls[0] ?? '');
console.info(
  `Mindful Feed demo: fixture feeds on 127.0.0.1:${server.port}, opened under their real host names.\n` +
    'Watch, swipe, press Shift+D for "Not interested", open the popup from the toolbar. Close the window to stop.',
);
await browser.exited();
await server.close();
