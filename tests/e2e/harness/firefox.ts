import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PHONE } from '../../fixtures/devices';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Debian's Firefox ESR, or FIREFOX_PATH. Fails loudly (never skips) when there is none. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'The Firefox end-to-end test needs Firefox and none was found.\n' +
        'Install it with:  npm run setup  (or: sudo apt-get update && sudo apt-get install -y firefox-esr)\n' +
        'or point FIREFOX_PATH at a Firefox binary.',
    );
  }
  return found;
}

/**
 * Firefox driven over WebDriver BiDi (puppeteer-core) with the built Firefox extension installed. Firefox has no
 * host-resolver rules, so every request goes through the fixture server acting as an HTTP proxy.
 */
export async function launchFirefox(
  fixturePort: number,
  options: { phone?: boolean } = {},
): Promise<{ browser: Browser; extensionPage: Page }> {
  // As a phone: Firefox for Android's user agent (the sites serve their mobile layout) and a touch screen as the
  // primary pointer, so `(pointer: coarse)` and `(hover: none)` hold. The screen size is set per page (setViewport).
  const phonePrefs = options.phone
    ? {
        'general.useragent.override': PHONE.userAgent,
        'ui.primaryPointerCapabilities': 1,
        'dom.w3c_touch_events.enabled': 1,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': fixturePort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': fixturePort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'media.autoplay.default': 0,
      ...phonePrefs,
    },
  });
  try {
    await browser.installExtension(resolve('.output/firefox-mv3'));
    // The first install opens the welcome page: an extension page where the test can use the extension's storage.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension:')) return { browser, extensionPage: page };
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    }
    throw new Error('the extension did not open its welcome page in Firefox');
  } catch (error) {
    await browser.close();
    throw error;
  }
}
