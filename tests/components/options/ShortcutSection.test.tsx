import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerShortcut, renderOptions, section, statusIn } from './harness';

const shortcutSection = () => section('“Not interested” shortcut');

test('shows the in-page key and the browser shortcut the browser reports', async () => {
  await renderOptions({ shortcut: 'Ctrl+Shift+X' });
  const shortcut = shortcutSection();
  expect(await within(shortcut).findByText('Ctrl+Shift+X')).toBeTruthy();
  expect(within(shortcut).getByText('Shift+D')).toBeTruthy();
  expect(shortcut.textContent).toContain('(ignored while you type)');
});

test('a shortcut the user removed reads as not set', async () => {
  await renderOptions({ shortcut: '' });
  expect(await within(shortcutSection()).findByText('Not set')).toBeTruthy();
});

test('coming back to the page reads the shortcut again (it may have been changed meanwhile)', async () => {
  await renderOptions();
  await within(shortcutSection()).findByText('Alt+Shift+N');
  answerShortcut('Alt+Shift+K');
  fireEvent.focus(window);
  expect(await within(shortcutSection()).findByText('Alt+Shift+K')).toBeTruthy();
});

test('on Chrome a button opens the browser’s shortcut settings', async () => {
  await renderOptions();
  fireEvent.click(screen.getByRole('button', { name: 'Change browser shortcuts' }));
  await waitFor(async () => {
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome://extensions/shortcuts');
  });
});

test('if the shortcut settings cannot be opened, the page says so', async () => {
  await renderOptions({ environment: { openShortcutSettings: () => Promise.reject(new Error('not allowed')) } });
  fireEvent.click(screen.getByRole('button', { name: 'Change browser shortcuts' }));
  await waitFor(() =>
    expect(statusIn(shortcutSection())).toBe('Could not open the shortcut settings: Error: not allowed'),
  );
});

test('on Firefox the page says where the shortcuts are managed', async () => {
  await renderOptions({ environment: { browserName: 'firefox' } });
  const shortcut = shortcutSection();
  expect(within(shortcut).getByText(/open about:addons.+Manage Extension Shortcuts/)).toBeTruthy();
  expect(within(shortcut).queryByRole('button')).toBeNull();
});
