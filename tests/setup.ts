import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from './i18n';

// Components read their words from the real English messages, as in an English browser.
setLanguage('en');

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  setLanguage('en');
});
