import type { Page } from 'playwright-core';

/**
 * Layout checks a person notices on a phone, run in the page: what sticks out sideways, and which controls are too
 * small to hit with a thumb.
 */

/** The visible elements wider than the viewport or reaching past its right edge (and the page's own scroll width). */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px for ${width} px`);
    }
    for (const element of document.body.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Visually hidden text (1 px, clipped) is for screen readers only.
      if (rect.width <= 1 && rect.height <= 1) continue;
      if (rect.left < -0.5 || rect.right > width + 0.5) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
        found.push(`${name} from ${Math.round(rect.left)} to ${Math.round(rect.right)} px`);
      }
    }
    return found;
  });
}

/**
 * Controls whose target is under 44 × 44 px (WCAG 2.5.5). A checkbox's or radio's target is its label too; a link
 * or button inside a sentence is exempt, as the guideline allows for inline targets.
 */
export function smallTargets(page: Page, minimum = 44): Promise<string[]> {
  return page.evaluate((least) => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea, summary, a[href]',
    );
    for (const control of controls) {
      const rect = control.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      const style = getComputedStyle(control);
      const inSentence = style.display.startsWith('inline') && control.closest('p, li, dd') !== null;
      if (inSentence) continue;
      let { left, right, top, bottom } = rect;
      for (const label of (control as HTMLInputElement).labels ?? []) {
        const box = label.getBoundingClientRect();
        left = Math.min(left, box.left);
        right = Math.max(right, box.right);
        top = Math.min(top, box.top);
        bottom = Math.max(bottom, box.bottom);
      }
      const width = right - left;
      const height = bottom - top;
      if (width < least - 0.5 || height < least - 0.5) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? '';
        found.push(
          `${control.tagName.toLowerCase()} “${name.slice(0, 40)}”: ${Math.round(width)} × ${Math.round(height)}`,
        );
      }
    }
    return found;
  }, minimum);
}

/** Waits until the popup has painted all of it: today's figures come first, the trends in the next frame. */
export async function popupComplete(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('mf-popup-complete').length > 0);
}
