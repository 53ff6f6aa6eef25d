import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '../../../lib/background/register';

/** Whether a fake event has a listener (the fake has the method; its types do not say so). */
const registered = (event: unknown) => (event as { hasListeners(): boolean }).hasListeners();

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

test('the background registers its message, install and shortcut listeners at once', () => {
  // The fake browser does not implement commands.onCommand: a stand-in records the registration.
  const addListener = vi.fn();
  const { commands } = fakeBrowser;
  Object.assign(fakeBrowser, { commands: { onCommand: { addListener } } });
  try {
    registerBackground();
  } finally {
    Object.assign(fakeBrowser, { commands });
  }
  expect(registered(fakeBrowser.runtime.onMessage)).toBe(true);
  expect(registered(fakeBrowser.runtime.onInstalled)).toBe(true);
  expect(addListener).toHaveBeenCalledOnce();
});

// Firefox for Android has no `commands`, `windows` or `menus`: the background must start all the same.
test('on Firefox for Android, without the commands API, it still starts and registers everything else', () => {
  const { commands } = fakeBrowser;
  Reflect.deleteProperty(fakeBrowser, 'commands');
  try {
    expect(() => registerBackground()).not.toThrow();
    expect(registered(fakeBrowser.runtime.onMessage)).toBe(true);
    expect(registered(fakeBrowser.runtime.onInstalled)).toBe(true);
  } finally {
    Object.assign(fakeBrowser, { commands });
  }
});
