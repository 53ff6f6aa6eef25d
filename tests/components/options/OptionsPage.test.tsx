import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp';
import { optionsStyles, palette } from '../../../components/options/styles';
import { browserEnvironment } from '../../../entrypoints/options/environment';
import { renderOptions } from './harness';

test('every control has a label, every group a legend, and each field a unique name', async () => {
  await renderOptions();
  const controls = [...document.querySelectorAll('input, select, textarea')] as HTMLInputElement[];
  expect(controls.length).toBeGreaterThan(25);
  for (const control of controls) {
    expect(control.labels?.length, control.id).toBeGreaterThan(0);
  }
  const names = controls
    .filter((control) => control.type !== 'radio')
    .map((control) => control.labels?.[0]?.textContent);
  expect(new Set(names).size).toBe(names.length);
  for (const fieldset of document.querySelectorAll('fieldset')) {
    expect(fieldset.querySelector(':scope > legend')?.textContent).toBeTruthy();
  }
  for (const region of screen.getAllByRole('region')) {
    expect(region.getAttribute('aria-labelledby')).toBeTruthy();
  }
});

test('links to each section and to the well-being resources page', async () => {
  await renderOptions();
  const nav = screen.getByRole('navigation', { name: 'Sections' });
  for (const link of nav.querySelectorAll('a')) {
    expect(document.getElementById(link.getAttribute('href')?.slice(1) ?? '')).toBeTruthy();
  }
  expect(screen.getByRole('link', { name: 'Support and resources' }).getAttribute('href')).toBe('/resources.html');
});

test('settings that cannot be read are reported, not replaced by defaults', async () => {
  render(
    <OptionsApp
      environment={{ ...browserEnvironment(), readSettings: () => Promise.reject(new Error('storage is broken')) }}
    />,
  );
  expect((await screen.findByRole('alert')).textContent).toBe('Could not read your settings: Error: storage is broken');
  expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
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
    ['error message', colours.error, colours.surface],
    ['pending change', colours.pending, colours.surface],
    ['danger button', colours.onDanger, colours.danger],
    ['page status', colours.onSecondary, colours.secondary],
    ['link', colours.link, colours.surface],
  ])('%s is readable (contrast at least 4.5:1)', (_what, foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });
});

test('the page follows the system’s light or dark theme and shows keyboard focus', () => {
  expect(optionsStyles).toContain('@media (prefers-color-scheme: dark)');
  expect(optionsStyles).toMatch(/:focus-visible \{ outline: 3px solid/);
});
