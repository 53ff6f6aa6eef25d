import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to test with: CHROME_PATH, or Debian's. Fails loudly (never skips) when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'The end-to-end tests need Chromium and none was found.\n' +
        'Install it with:  npm run setup  (or: sudo apt-get update && sudo apt-get install -y chromium)\n' +
        'or point CHROME_PATH at a Chromium or Chrome binary (not chromium-headless-shell: it cannot load extensions).',
    );
  }
  return found;
}
