import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { WorthQuestion } from '../../../components/worth/WorthQuestion';
import type { WorthSource, WorthState } from '../../../lib/worth/answers';
import { setLanguage } from '../../i18n';
import { renderWithFormat } from '../popup/render';

const END = Date.UTC(2026, 5, 2, 11, 30);
const asked: WorthState = {
  question: { start: END - 12 * 60_000, end: END, activeMs: 12 * 60_000 },
  last30Days: { worth: 3, soSo: 1, notReally: 1, answered: 5, share: 0.6 },
};

function source(state: WorthState, answer = vi.fn(async () => undefined)): WorthSource & { answer: typeof answer } {
  return { take: async () => state, answer };
}

afterEach(() => setLanguage('en'));

test('one tap answers the question about the last session, and the page says it was noted', async () => {
  const given = source(asked);
  renderWithFormat(<WorthQuestion source={given} />);
  expect(await screen.findByRole('heading', { name: 'Was that worth it?' })).toBeTruthy();
  expect(screen.getByText(/Your last session: 12 min of watching, until/)).toBeTruthy();
  expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
    'Worth it',
    'So-so',
    'Not really',
  ]);
  fireEvent.click(screen.getByRole('button', { name: 'So-so' }));
  expect((await screen.findByRole('status')).textContent).toBe('Noted: “So-so”. Thank you.');
  expect(given.answer).toHaveBeenCalledWith(END - 12 * 60_000, 'so-so');
  // Answered once: the buttons are gone, so a second tap cannot change it.
  expect(screen.queryAllByRole('button')).toEqual([]);
  expect(screen.getByText(/60% of the sessions you rated in the last 30 days felt worth it \(3 of 5\)/)).toBeTruthy();
});

test('with nothing to ask, the popup still shows the share; with no answers yet, nothing at all', async () => {
  const { unmount } = renderWithFormat(<WorthQuestion source={source({ ...asked, question: null })} />);
  expect(await screen.findByRole('heading', { name: 'Worth it?' })).toBeTruthy();
  expect(screen.queryAllByRole('button')).toEqual([]);
  unmount();
  const empty: WorthState = {
    question: null,
    last30Days: { worth: 0, soSo: 0, notReally: 0, answered: 0, share: null },
  };
  const { container } = renderWithFormat(<WorthQuestion source={source(empty)} />);
  await Promise.resolve();
  expect(container.textContent).toBe('');
});

test('a failed save says so and leaves the answers to try again', async () => {
  const failing = source(
    asked,
    vi.fn(async () => {
      throw new Error('disk full');
    }),
  );
  renderWithFormat(<WorthQuestion source={failing} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Worth it' }));
  expect((await screen.findByRole('alert')).textContent).toBe('That didn’t save. Please try again.');
  expect(screen.getAllByRole('button')).toHaveLength(3);
});

test('in Chinese', async () => {
  setLanguage('zh_CN');
  renderWithFormat(<WorthQuestion source={source(asked)} />, 'zh-CN');
  expect(await screen.findByRole('heading', { name: '刚才值得吗？' })).toBeTruthy();
  expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['值得', '一般', '不太值得']);
});
