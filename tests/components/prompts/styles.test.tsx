import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { BreakPrompt } from '../../../components/prompts/BreakPrompt';
import { palette, promptStyles } from '../../../components/prompts/styles';
import { promptProps } from './props';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  document.head.replaceChildren();
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe.each(Object.entries(palette))('%s colour scheme', (_scheme, colours) => {
  test.each([
    ['text', colours.text, colours.surface],
    ['secondary text', colours.muted, colours.surface],
    ['link', colours.link, colours.surface],
    ['primary button', colours.onPrimary, colours.primary],
    ['secondary button', colours.onSecondary, colours.secondary],
    ['disabled button with its countdown', colours.onDisabled, colours.disabled],
    ['typed text', colours.text, colours.field],
    ['phrase to type', colours.text, colours.phrase],
  ])('%s is readable (contrast at least 4.5:1)', (_what, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  test.each([
    ['focus ring', colours.focus],
    ['field and button borders', colours.border],
  ])('%s stands out from the card (at least 3:1)', (_what, colour) => {
    expect(contrast(colour, colours.surface)).toBeGreaterThanOrEqual(3);
  });
});

test('the styles follow the user’s colour scheme and motion settings and show keyboard focus', () => {
  expect(promptStyles).toContain('@media (prefers-color-scheme: dark)');
  expect(promptStyles).toMatch(/@media \(prefers-reduced-motion: reduce\) \{[^}]*animation: none !important/);
  expect(promptStyles).toMatch(/:focus-visible \{ outline: 3px solid/);
  // rem follows the page's root font size, which a shadow root does not isolate.
  expect(promptStyles).not.toMatch(/\d\s*rem\b/);
});

describe('inside a closed shadow root, as the content script mounts it', () => {
  function mountInShadowRoot(kind: 'limit' | 'nudge') {
    const pageStyle = document.createElement('style');
    pageStyle.textContent = 'div, p, h2, button { position: static !important; display: none; color: red; }';
    document.head.append(pageStyle);
    const host = document.createElement('mindful-feed-prompt');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = promptStyles;
    const container = document.createElement('div');
    shadow.append(style, container);
    render(<BreakPrompt {...promptProps({ kind, reason: kind === 'nudge' ? 'approaching-time' : 'daily-time' })} />, {
      container,
    });
    return { shadow, view: within(container) };
  }

  test('the limit covers the viewport with a fixed overlay, whatever the page’s styles', () => {
    const { view } = mountInShadowRoot('limit');
    const overlay = view.getByRole('dialog').parentElement as HTMLElement;
    const style = getComputedStyle(overlay);
    expect(style.position).toBe('fixed');
    expect(['0', '0px']).toContain(style.getPropertyValue('inset'));
    expect(style.zIndex).toBe('2147483647');
    expect(style.backgroundColor).toMatch(/^rgba\(.*, 0\.\d+\)$/);
    expect(getComputedStyle(view.getByRole('button', { name: 'I’m done' })).display).not.toBe('none');
  });

  test('the nudge sits fixed in a corner, out of the page’s flow', () => {
    const { view } = mountInShadowRoot('nudge');
    expect(getComputedStyle(view.getByRole('region')).position).toBe('fixed');
  });

  test('focus starts on “I’m done” and stays trapped', () => {
    const { shadow, view } = mountInShadowRoot('limit');
    const done = view.getByRole('button', { name: 'I’m done' });
    expect(shadow.activeElement).toBe(done);
    view.getByRole('button', { name: 'Support and resources' }).focus();
    fireEvent.keyDown(shadow.activeElement as Element, { key: 'Tab' });
    expect(shadow.activeElement).toBe(done);
    fireEvent.keyDown(done, { key: 'Tab', shiftKey: true });
    expect(shadow.activeElement?.textContent).toBe('Support and resources');
  });
});
