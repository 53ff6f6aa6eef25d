import type { CDPSession, Page } from 'playwright-core';

/** Records, in the page's clock, when our prompt's host element appears and disappears (the page can see the host). */
export const PROMPT_RECORDER = `(() => {
  const marks = { shown: [], hidden: [] };
  window.__prompt = marks;
  let present = false;
  new MutationObserver(() => {
    const now = !!document.querySelector('mindful-feed-prompt');
    if (now !== present) (now ? marks.shown : marks.hidden).push(Date.now());
    present = now;
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface PromptMarks {
  shown: number[];
  hidden: number[];
}

export function promptMarks(page: Page): Promise<PromptMarks> {
  return page.evaluate(() => (window as unknown as { __prompt: PromptMarks }).__prompt);
}

export function promptHostPresent(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector('mindful-feed-prompt') !== null);
}

export interface AxNode {
  role: string;
  name: string;
  disabled: boolean;
  focused: boolean;
}

/**
 * The accessibility tree of the page (closed shadow roots included: that is what assistive technology sees),
 * flattened to role, name and state.
 */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const session: CDPSession = await page.context().newCDPSession(page);
  try {
    const { nodes } = await session.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => {
        const property = (name: string) => node.properties?.find((p) => p.name === name)?.value?.value;
        return {
          role: String(node.role?.value ?? ''),
          name: String(node.name?.value ?? ''),
          disabled: property('disabled') === true,
          focused: property('focused') === true,
        };
      });
  } finally {
    await session.detach();
  }
}

export async function dialogNamed(page: Page, name: RegExp): Promise<AxNode | undefined> {
  return (await accessibilityTree(page)).find((node) => node.role === 'dialog' && name.test(node.name));
}

export async function button(page: Page, name: RegExp): Promise<AxNode | undefined> {
  return (await accessibilityTree(page)).find((node) => node.role === 'button' && name.test(node.name));
}

/** Presses Tab until the focused control's accessible name matches (a person using the keyboard). */
export async function tabTo(page: Page, name: RegExp, maxPresses = 12): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    const focused = (await accessibilityTree(page)).find((node) => node.focused && node.role !== 'RootWebArea');
    if (focused && name.test(focused.name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach a control named ${name} with Tab`);
}

export function allVideosPaused(page: Page): Promise<boolean> {
  return page.evaluate(() => [...document.querySelectorAll('video')].every((video) => video.paused));
}

/** Clicks a control found in the accessibility tree (closed shadow roots included) with the real mouse. */
export async function clickAccessible(page: Page, role: string, name: RegExp): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = await session.send('Accessibility.getFullAXTree');
    const node = nodes.find((n) => !n.ignored && n.role?.value === role && name.test(String(n.name?.value ?? '')));
    if (!node?.backendDOMNodeId) throw new Error(`no ${role} named ${name} in the accessibility tree`);
    const { model } = await session.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.border;
    await page.mouse.click(((x1 ?? 0) + (x3 ?? 0)) / 2, ((y1 ?? 0) + (y3 ?? 0)) / 2);
  } finally {
    await session.detach();
  }
}

export async function accessibleText(page: Page, pattern: RegExp): Promise<boolean> {
  return (await accessibilityTree(page)).some((node) => pattern.test(node.name));
}
