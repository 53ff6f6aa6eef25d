import { render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { BreakPrompt } from '../../../components/prompts/BreakPrompt';
import { isReplyTo } from '../../../lib/content/replies';
import { emptyDecision } from '../../../lib/limits/decide';
import { setLanguage } from '../../i18n';
import { promptProps } from './props';

const note = { style: 'nudges-only', day: 3, days: 14 };

afterEach(() => setLanguage('en'));

test.each(['nudge', 'breathing', 'intention', 'limit'] as const)(
  'the first %s of a day whose experiment style changed says so in one line, and why',
  (kind) => {
    render(<BreakPrompt {...promptProps({ kind, styleNote: note })} />);
    expect(
      screen.getByText(
        'Today’s style: Nudges only — day 3 of 14 of your experiment; the styles change at random so they can be compared.',
      ),
    ).toBeTruthy();
  },
);

test('without a note, or with a style this version does not know, the prompt has no such line', () => {
  const { container, unmount } = render(<BreakPrompt {...promptProps()} />);
  expect(container.textContent).not.toMatch(/Today’s style/);
  unmount();
  render(<BreakPrompt {...promptProps({ styleNote: { ...note, style: 'walls-of-fire' } })} />);
  expect(screen.queryByText(/Today’s style/)).toBeNull();
});

test('in Chinese', () => {
  setLanguage('zh_CN');
  render(<BreakPrompt {...promptProps({ styleNote: note })} />);
  expect(screen.getByText(/^今天的方式：只用小提示 — 你的实验第 3 天，共 14 天/)).toBeTruthy();
});

test('a reply whose note is not the note’s shape is no reply', () => {
  const show = {
    kind: 'limit',
    reason: 'daily-time',
    scope: 'site',
    figures: promptProps().figures,
    breathSeconds: 10,
    snoozesLeft: 2,
    snoozeMinutes: 5,
    overridePhrase: 'I choose to keep watching',
  };
  const reply = (styleNote: unknown) => ({ ok: true, prompt: { ...emptyDecision(), show: { ...show, styleNote } } });
  expect(isReplyTo('check', reply(note))).toBe(true);
  expect(isReplyTo('check', reply(undefined))).toBe(true);
  expect(isReplyTo('check', reply({ style: 'x'.repeat(41), day: 1, days: 14 }))).toBe(false);
  expect(isReplyTo('check', reply('Today is special'))).toBe(false);
});
