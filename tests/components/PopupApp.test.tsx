import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { pauseTracking, readPause } from '../../lib/settings/pause';
import { dashboard, MINUTE, NOW, TIME_ZONE } from './popup/dashboard';

const popup = (load: () => Promise<ReturnType<typeof dashboard>>) => (
  <PopupApp load={load} now={() => NOW} locale="en-GB" timeZone={TIME_ZONE} />
);

/** What Tab reaches, in document order (natively focusable elements not taken out with tabindex="-1"). */
function tabOrder(): HTMLElement[] {
  const focusable = document.querySelectorAll<HTMLElement>('button, input, summary, a[href], [tabindex]');
  return [...focusable].filter(
    (element) => element.getAttribute('tabindex') !== '-1' && !(element as HTMLButtonElement).disabled,
  );
}

test('the figures of today, the trends and the effect, once read', async () => {
  render(popup(() => Promise.resolve(dashboard())));
  expect(screen.getByText('Loading your figures…')).toBeTruthy();
  expect(await screen.findByRole('heading', { name: 'Today' })).toBeTruthy();
  expect(screen.queryByText('Loading your figures…')).toBeNull();
  expect(screen.getAllByText('12 mins, no daily limit')).toHaveLength(2); // all feeds, and TikTok
  expect(screen.getByRole('heading', { name: 'Trends' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Effect' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  await waitFor(() => expect(performance.getEntriesByName('mf-popup-ready')).toHaveLength(1));
});

test('a degraded site is named, with what it means for the figures', async () => {
  const issues = [
    { site: 'youtube-shorts' as const, name: 'YouTube Shorts', capability: 'tracking' as const, reportedAt: 0 },
  ];
  render(popup(() => Promise.resolve(dashboard({ health: issues }))));
  expect(
    await screen.findByText(
      'YouTube Shorts: Mindful Feed can’t find the video on this page layout; it counts by page activity only until an update.',
    ),
  ).toBeTruthy();
});

test('“Pause tracking for an hour” pauses, keeps it in the history, and “Resume” ends it', async () => {
  render(popup(() => Promise.resolve(dashboard())));
  const pause = await screen.findByRole('button', { name: 'Pause tracking for an hour' });
  pause.focus();
  fireEvent.click(pause);
  const resume = await screen.findByRole('button', { name: 'Resume' });
  expect(screen.getByRole('status').textContent).toBe('Paused until 15:00');
  expect(screen.getByText('Counting is paused until 15:00: time watched now is not added.')).toBeTruthy();
  expect((await readPause()).current).toEqual({ startedAt: NOW, until: NOW + 60 * MINUTE });
  // The button changed under the keyboard user's focus, and focus stayed on it.
  expect(document.activeElement).toBe(resume);

  fireEvent.click(resume);
  await screen.findByRole('button', { name: 'Pause tracking for an hour' });
  const state = await readPause();
  expect(state.current).toBeNull();
  expect(state.history).toEqual([{ startedAt: NOW, until: NOW }]);
  expect(screen.getByRole('status').textContent).toBe('');
});

test('a pause started elsewhere shows when the popup opens', async () => {
  await pauseTracking(NOW - 20 * MINUTE);
  render(popup(() => Promise.resolve(dashboard())));
  expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('Paused until 14:40');
});

test('“Open options” opens the options page', async () => {
  const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  render(popup(() => Promise.resolve(dashboard())));
  fireEvent.click(await screen.findByRole('button', { name: 'Open options' }));
  expect(open).toHaveBeenCalledOnce();
});

test('when the data cannot be read: a clear alert, and the quick actions still work', async () => {
  render(popup(() => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError'))));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Mindful Feed can’t read its data on this device');
  expect(alert.textContent).toContain('Details: The database connection is closing.');
  expect(screen.queryByRole('heading', { name: 'Today' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Pause tracking for an hour' }));
  await screen.findByRole('button', { name: 'Resume' });
  expect((await readPause()).current?.until).toBe(NOW + 60 * MINUTE);
  expect(screen.getByRole('button', { name: 'Open options' })).toBeTruthy();
});

test('keyboard: the quick actions come first, then the charts’ choices and tables, in reading order', async () => {
  render(popup(() => Promise.resolve(dashboard())));
  await screen.findByRole('heading', { name: 'Today' });
  const order = tabOrder();
  expect(order.slice(0, 2).map((element) => element.textContent)).toEqual([
    'Pause tracking for an hour',
    'Open options',
  ]);
  // No positive tabindex reorders what Tab reaches.
  expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
  expect(order.filter((element) => element.tagName === 'SUMMARY').map((element) => element.textContent)).toEqual([
    'Show as a table',
    'Show as a table',
  ]);
});

test('when the background could not save lately: the figures, and an alert that they may be behind', async () => {
  render(popup(() => Promise.resolve(dashboard({ savingFailedSince: NOW - 20 * MINUTE }))));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('has not been able to save your watching time since 13:40');
  expect(alert.textContent).toContain('Nothing is lost');
  expect(screen.getAllByText('12 mins, no daily limit')).toHaveLength(2);
});
