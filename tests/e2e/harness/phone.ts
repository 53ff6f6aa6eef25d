import type { CDPSession, Page } from 'playwright-core';
import { PHONE } from '../../fixtures/devices';
import type { ExtensionBrowser } from './launch';

/**
 * A tab of the e2e Chromium emulating the phone of tests/fixtures/devices.ts through CDP, as DevTools' device mode
 * does: a 360 × 640 mobile viewport, touch input (so `(pointer: coarse)` holds and taps are real touch events), and
 * Firefox for Android's user agent, so the sites serve their mobile layout. It is emulation, not a phone.
 */
export class PhoneTab {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** A new front tab, emulating the phone before the first request, with `initScripts` run before the page's own. */
  static async open(browser: ExtensionBrowser, url: string, initScripts: string[] = []): Promise<PhoneTab> {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: PHONE.width,
      height: PHONE.height,
      deviceScaleFactor: PHONE.deviceScaleFactor,
      mobile: true,
    });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: PHONE.userAgent, platform: 'Linux armv8l' });
    for (const script of initScripts) await page.addInitScript(script);
    await page.goto(url);
    await page.bringToFront();
    return new PhoneTab(page, cdp);
  }

  /** A tap: one finger down and up at (x, y), which the page sees as touchstart, touchend and then a click. */
  async tap(x: number, y: number): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  /** A finger laid on the screen and lifted off it again without a tap (touchstart, touchcancel): no click follows. */
  async touch(x = PHONE.width / 2, y = PHONE.height / 2): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
  }

  /** Taps the middle of the first element matching `selector` (in the page's DOM), scrolled to the middle first. */
  async tapElement(selector: string, options: { scroll?: boolean } = {}): Promise<void> {
    const target = this.page.locator(selector).first();
    if (options.scroll) await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = await target.boundingBox();
    if (!box) throw new Error(`nothing to tap at ${selector}`);
    await this.tap(box.x + box.width / 2, box.y + box.height / 2);
  }

  /**
   * A finger drag across the screen (the way to the next video is a swipe up): 12 moves over ~200 ms, so sites that
   * follow the finger and those that scroll natively (with scroll snapping) both see a real gesture.
   */
  async swipe(direction: 'up' | 'down' | 'left' | 'right'): Promise<void> {
    const { width, height } = PHONE;
    const [from, to] = {
      up: [
        [width / 2, height * 0.75],
        [width / 2, height * 0.2],
      ],
      down: [
        [width / 2, height * 0.25],
        [width / 2, height * 0.8],
      ],
      left: [
        [width * 0.85, height * 0.4],
        [width * 0.15, height * 0.4],
      ],
      right: [
        [width * 0.15, height * 0.4],
        [width * 0.85, height * 0.4],
      ],
    }[direction] as [[number, number], [number, number]];
    const steps = 12;
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
    for (let step = 1; step <= steps; step++) {
      const x = from[0] + ((to[0] - from[0]) * step) / steps;
      const y = from[1] + ((to[1] - from[1]) * step) / steps;
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  /**
   * The boxes (CSS px) of the controls named `name` with `role` in the accessibility tree, closed shadow roots
   * included: what a person sees and taps.
   */
  async accessibleBoxes(
    role: RegExp,
    name: RegExp = /./,
  ): Promise<{ role: string; name: string; x: number; y: number; width: number; height: number }[]> {
    const { nodes } = await this.cdp.send('Accessibility.getFullAXTree');
    const boxes = [];
    for (const node of nodes) {
      const nodeRole = String(node.role?.value ?? '');
      const nodeName = String(node.name?.value ?? '');
      if (node.ignored || !node.backendDOMNodeId || !role.test(nodeRole) || !name.test(nodeName)) continue;
      const model = await this.cdp
        .send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })
        .then((result) => result.model)
        .catch(() => null);
      if (!model) continue;
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
      boxes.push({ role: nodeRole, name: nodeName, x: x1, y: y1, width: x3 - x1, height: y3 - y1 });
    }
    return boxes;
  }

  /** Taps the middle of the first control named `name` with `role` (closed shadow roots included). */
  async tapAccessible(role: RegExp, name: RegExp): Promise<void> {
    const [box] = await this.accessibleBoxes(role, name);
    if (!box) throw new Error(`no ${role} named ${name} to tap`);
    await this.tap(box.x + box.width / 2, box.y + box.height / 2);
  }
}
