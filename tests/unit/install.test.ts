import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstalled } from '../../lib/background/install';

test('a first install opens the options page on its welcome; an update opens nothing', async () => {
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  await onInstalled({ reason: 'update' });
  expect(create).not.toHaveBeenCalled();
  await onInstalled({ reason: 'install' });
  expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#welcome$/) });
});
