import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { render as renderNow } from 'preact';
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
  expect(screen.getAllByText('12 mins, no daily limit')).toHaveLength(1); // all feeds
  expect(screen.getByText('12 mins · 9 videos')).toBeTruthy(); // TikTok, with no budget of its own
  expect(await screen.findByRole('heading', { name: 'Trends' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Effect' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
  await waitFor(() => expect(performance.getEntriesByName('mf-popup-ready')).toHaveLength(1));
});

test('figures read before the first render are in its first paint: no “Loading…”, ready once painted, trends next', async () => {
  performance.clearMarks('mf-popup-ready');
  performance.clearMarks('mf-popup-complete');
  const load = vi.fn(() => Promise.resolve(dashboard()));
  // Rendered as the popup renders (not inside act(), which would run the effects at once): what the first frame has.
  const root = document.body.appendChild(document.createElement('div'));
  renderNow(<PopupApp load={load} figures={dashboard()} now={() => NOW} locale="en-GB" timeZone={TIME_ZONE} />, root);
  const first = within(root);
  // Synchronously, in the very first render: today's figures, and not yet the trends below them.
  expect(first.getByRole('heading', { name: 'Today' })).toBeTruthy();
  expect(first.getByText('12 mins · 9 videos')).toBeTruthy();
  expect(first.queryByRole('heading', { name: 'Trends' })).toBeNull();
  expect(first.queryByText('Loading your figures…')).toBeNull();
  expect(performance.getEntriesByName('mf-popup-ready')).toHaveLength(0);
  // Once that is painted: ready, and the trends and the effect follow.
  await waitFor(() => expect(performance.getEntriesByName('mf-popup-ready')).toHaveLength(1));
  expect(await first.findByRole('heading', { name: 'Trends' })).toBeTruthy();
  expect(first.getByRole('heading', { name: 'Effect' })).toBeTruthy();
  await waitFor(() => expect(performance.getEntriesByName('mf-popup-complete')).toHaveLength(1));
  expect(load).not.toHaveBeenCalled();
  renderNow(null, root);
  root.remove();
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

test('“Stop counting for an hour” says limits still apply, keeps it in the history, and “Count again now” ends it', async () => {
  render(popup(() => Promise.resolve(dashboard())));
  const pause = await screen.findByRole('button', { name: 'Stop counting for an hour — limits still apply' });
  pause.focus();
  fireEvent.click(pause);
  const resume = await screen.findByRole('button', { name: 'Count again now' });
  expect(screen.getByRole('status').textContent).toBe('Not counting until 15:00. Limits still apply.');
  expect(
    screen.getByText('Counting is stopped until 15:00: time watched now is not added, but limits still apply.'),
  ).toBeTruthy();
  expect((await readPause()).current).toEqual({ startedAt: NOW, until: NOW + 60 * MINUTE });
  // The button changed under the keyboard user's focus, and focus stayed on it.
  expect(document.activeElement).toBe(resume);

  fireEvent.click(resume);
  await screen.findByRole('button', { name: 'Stop counting for an hour — limits still apply' });
  const state = await readPause();
  expect(state.current).toBeNull();
  expect(state.history).toEqual([{ startedAt: NOW, until: NOW }]);
  expect(screen.getByRole('status').textContent).toBe('');
});

test('a pause started elsewhere shows when the popup opens', async () => {
  await pauseTracking(NOW - 20 * MINUTE);
  render(popup(() => Promise.resolve(dashboard())));
  expect(await screen.findByRole('button', { name: 'Count again now' })).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('Not counting until 14:40. Limits still apply.');
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
  fireEvent.click(screen.getByRole('button', { name: 'Stop counting for an hour — limits still apply' }));
  await screen.findByRole('button', { name: 'Count again now' });
  expect((await readPause()).current?.until).toBe(NOW + 60 * MINUTE);
  expect(screen.getByRole('button', { name: 'Open options' })).toBeTruthy();
});

test('keyboard: the small actions after today’s figures, then the charts’ choices and tables, in reading order', async () => {
  render(popup(() => Promise.resolve(dashboard())));
  await screen.findByRole('heading', { name: 'Trends' });
  const order = tabOrder();
  expect(order.slice(0, 2).map((element) => element.textContent)).toEqual([
    'Stop counting for an hour — limits still apply',
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
  expect(screen.getAllByText('12 mins, no daily limit')).toHaveLength(1);
});

test('the first thing is today’s state and the next stop; stopping the count is a small action that says limits stay', async () => {
  const reached = dashboard();
  reached.today.all = {
    ...reached.today.all,
    videos: 3,
    budget: { dailyMinutes: null, dailyVideos: 3, sessionMinutes: 20 },
    next: { kind: 'limit-reached', reason: 'daily-videos' },
  };
  render(popup(() => Promise.resolve(reached)));
  const today = await screen.findByRole('region', { name: 'Today' });
  // Right after the title: nothing comes between the popup's name and today.
  expect(document.querySelector('h1')?.nextElementSibling).toBe(today);
  const allFeeds = today.querySelector('.mf-card') as HTMLElement;
  expect(allFeeds.querySelector('h3')?.textContent).toBe('All feeds');
  expect(allFeeds.querySelector('.mf-status--next')?.textContent).toBe('Limit reached · 2 snoozes left today');
  expect(allFeeds.textContent).toContain('3 of 3 videos, budget reached');
  const stop = screen.getByRole('button', { name: 'Stop counting for an hour — limits still apply' });
  expect(today.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(stop.classList.contains('mf-button--primary')).toBe(false);
});

test('the insights page opens in its own tab from a link; "Was that worth it?" asks under the actions when given', async () => {
  const worth = {
    take: async () => ({
      question: { start: NOW - 40 * MINUTE, end: NOW - 20 * MINUTE, activeMs: 20 * MINUTE },
      last30Days: { worth: 0, soSo: 0, notReally: 0, answered: 0, share: null },
    }),
    answer: vi.fn(async () => undefined),
  };
  render(
    <PopupApp
      load={() => Promise.resolve(dashboard())}
      now={() => NOW}
      timeZone={TIME_ZONE}
      locale="en-US"
      worth={worth}
    />,
  );
  const link = await screen.findByRole('link', { name: 'Insights and the 14-day experiment' });
  expect(link.getAttribute('href')).toBe('/insights.html');
  expect(link.getAttribute('target')).toBe('_blank');
  fireEvent.click(await screen.findByRole('button', { name: 'Not really' }));
  await waitFor(() => expect(worth.answer).toHaveBeenCalledWith(NOW - 40 * MINUTE, 'not-really'));
});
