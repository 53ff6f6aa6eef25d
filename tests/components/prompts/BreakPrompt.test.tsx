import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BreakPrompt } from '../../../components/prompts/BreakPrompt';
import type { PromptKind } from '../../../components/prompts/types';
import { promptProps } from './props';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const MODAL_KINDS: PromptKind[] = ['breathing', 'intention', 'limit'];

function button(name: string | RegExp): HTMLButtonElement {
  return screen.getByRole('button', { name }) as HTMLButtonElement;
}

function tab(shift = false) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Tab', shiftKey: shift });
}

describe('nudge', () => {
  const nearlyThere = { ...promptProps().figures, todaySeconds: 52 * 60, todayVideos: 40 };

  test('is a small labelled card with today’s figures that does not take focus', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    render(<BreakPrompt {...promptProps({ kind: 'nudge', reason: 'approaching-time', figures: nearlyThere })} />);

    const card = screen.getByRole('region', { name: 'Nearly at your 1 hr of TikTok for today' });
    const news = within(card).getByRole('status');
    expect(news.textContent).toContain('52 min of 1 hr');
    expect(news.textContent).toContain('40 of 100 videos');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  test('names the count when it comes every N videos', () => {
    render(<BreakPrompt {...promptProps({ kind: 'nudge', reason: 'video-count', figures: nearlyThere })} />);
    expect(screen.getByRole('heading').textContent).toBe('40 videos on TikTok today');
  });

  test('closes with its close button or Escape, and offers “I’m done”', () => {
    const props = promptProps({ kind: 'nudge', reason: 'approaching-videos', figures: nearlyThere });
    render(<BreakPrompt {...props} />);
    fireEvent.click(button('Close'));
    fireEvent.keyDown(button('I’m done'), { key: 'Escape' });
    expect(props.onDismiss).toHaveBeenCalledTimes(2);
    fireEvent.click(button('I’m done'));
    expect(props.onDone).toHaveBeenCalledOnce();
  });
});

describe('modal prompts', () => {
  test.each([
    ['breathing', 'session', 'Time for a short pause'],
    ['intention', 'session', 'What did you come for?'],
    ['limit', 'daily-time', 'You’ve watched your 1 hr of TikTok for today'],
    ['limit', 'daily-videos', 'You’ve watched your 100 TikTok videos for today'],
    ['limit', 'quiet-hours', 'It’s quiet hours for TikTok'],
  ] as const)('%s (%s) is a modal dialog named by its heading', (kind, reason, heading) => {
    render(<BreakPrompt {...promptProps({ kind, reason })} />);
    const dialog = screen.getByRole('dialog', { name: heading });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const description = dialog.getAttribute('aria-describedby')?.split(' ')[0] ?? '';
    expect(document.getElementById(description)?.textContent).toBeTruthy();
  });

  test('the limit and breathing prompts show today’s figures against the budgets', () => {
    render(<BreakPrompt {...promptProps({ kind: 'limit' })} />);
    const limit = screen.getByRole('dialog').textContent;
    expect(limit).toContain('1 hr 1 min of 1 hr');
    expect(limit).toContain('87 of 100 videos');
    cleanup();
    const unbudgeted = { ...promptProps().figures, budgetMinutes: null, budgetVideos: null };
    render(<BreakPrompt {...promptProps({ kind: 'breathing', reason: 'session', figures: unbudgeted })} />);
    const breathing = screen.getByRole('dialog').textContent;
    expect(breathing).toContain('watching TikTok for 25 min in one go');
    expect(breathing).toContain('1 hr 1 min');
    expect(breathing).toContain('87 videos');
  });

  test.each(MODAL_KINDS)('%s: focus starts on “I’m done”, the first and primary action', (kind) => {
    render(<BreakPrompt {...promptProps({ kind })} />);
    const done = button('I’m done');
    expect(document.activeElement).toBe(done);
    const actions = within(screen.getByRole('dialog')).getAllByRole('button');
    expect(actions.filter((action) => action.textContent !== 'Support and resources')[0]).toBe(done);
  });

  const doneButton = () => button('I’m done');
  const firstChoice = () => screen.getByRole('radio', { name: 'Something specific' });
  test.each([
    ['breathing', 2, doneButton],
    ['intention', 2, firstChoice],
    ['limit', 2, doneButton],
    ['limit', 0, doneButton],
  ] as const)(
    '%s (snoozes left: %i): Tab from the last control goes to the first, Shift+Tab back',
    (kind, snoozesLeft, first) => {
      render(<BreakPrompt {...promptProps({ kind, snoozesLeft })} />);
      const dialog = screen.getByRole('dialog');
      const last = button('Support and resources');
      last.focus();
      tab();
      expect(document.activeElement).toBe(first());
      tab(true);
      expect(document.activeElement).toBe(last);
      for (let press = 0; press < 8; press++) {
        tab(press % 3 === 0);
        expect(dialog.contains(document.activeElement)).toBe(true);
      }
    },
  );

  test('Tab visits the controls of the limit prompt in order, skipping the disabled “Continue anyway”', () => {
    render(<BreakPrompt {...promptProps({ kind: 'limit', snoozesLeft: 0 })} />);
    const visited = [document.activeElement];
    for (let press = 0; press < 3; press++) {
      tab();
      visited.push(document.activeElement);
    }
    expect(visited).toEqual([
      button('I’m done'),
      screen.getByRole('textbox', { name: 'Type the sentence to continue' }),
      button('Support and resources'),
      button('I’m done'),
    ]);
  });

  test('focus taken away by the page comes back into the dialog', () => {
    vi.useFakeTimers();
    const pageButton = document.createElement('button');
    document.body.append(pageButton);
    render(<BreakPrompt {...promptProps({ kind: 'limit' })} />);
    pageButton.focus();
    act(() => {
      vi.runAllTimers();
    });
    expect(document.activeElement).toBe(button('I’m done'));
    pageButton.remove();
  });

  test('focus goes back where it was when the prompt closes', () => {
    const video = document.createElement('button');
    document.body.append(video);
    video.focus();
    const { unmount } = render(<BreakPrompt {...promptProps({ kind: 'limit' })} />);
    expect(document.activeElement).not.toBe(video);
    unmount();
    expect(document.activeElement).toBe(video);
    video.remove();
  });

  test('keys pressed in the dialog do not reach the page’s shortcuts', () => {
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    render(<BreakPrompt {...promptProps({ kind: 'limit', snoozesLeft: 0 })} />);
    const field = screen.getByRole('textbox');
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'm' });
    document.removeEventListener('keydown', pageShortcut);
    expect(pageShortcut).not.toHaveBeenCalled();
  });

  test.each(MODAL_KINDS)('%s: “Support and resources” opens the resources', (kind) => {
    const props = promptProps({ kind });
    render(<BreakPrompt {...props} />);
    expect(screen.getByRole('dialog').textContent).toContain('Talking to someone you trust can help.');
    fireEvent.click(button('Support and resources'));
    expect(props.onOpenResources).toHaveBeenCalledOnce();
  });

  test('the nudge has the support line too', () => {
    const props = promptProps({ kind: 'nudge', reason: 'approaching-time' });
    render(<BreakPrompt {...props} />);
    fireEvent.click(button('Support and resources'));
    expect(props.onOpenResources).toHaveBeenCalledOnce();
  });
});

describe('limit reached', () => {
  test.each([2, 0])('Escape does not dismiss it (snoozes left: %i)', (snoozesLeft) => {
    const props = promptProps({ kind: 'limit', snoozesLeft });
    render(<BreakPrompt {...props} />);
    fireEvent.keyDown(button('I’m done'), { key: 'Escape' });
    if (snoozesLeft === 0) fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBeTruthy();
    for (const callback of [props.onDone, props.onContinue, props.onSnooze, props.onOverride, props.onDismiss]) {
      expect(callback).not.toHaveBeenCalled();
    }
  });

  test('offers a snooze while snoozes are left, and says how many', () => {
    const props = promptProps({ kind: 'limit', snoozesLeft: 2, snoozeMinutes: 5 });
    render(<BreakPrompt {...props} />);
    expect(screen.getByText('2 snoozes left today')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(button('Snooze 5 minutes'));
    expect(props.onSnooze).toHaveBeenCalledOnce();
    cleanup();
    render(<BreakPrompt {...promptProps({ kind: 'limit', snoozesLeft: 1, snoozeMinutes: 1 })} />);
    expect(screen.getByText('1 snooze left today')).toBeTruthy();
    expect(button('Snooze 1 minute')).toBeTruthy();
  });

  test('with no snoozes left, “Continue anyway” enables only on the phrase shown', () => {
    const props = promptProps({ kind: 'limit', snoozesLeft: 0, overridePhrase: 'I choose to keep watching' });
    render(<BreakPrompt {...props} />);
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.getByText('No snoozes left today. To keep watching anyway, type this sentence:')).toBeTruthy();
    expect(screen.getByText('I choose to keep watching')).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Type the sentence to continue' });
    const continueAnyway = button('Continue anyway');
    expect(continueAnyway.disabled).toBe(true);
    expect(continueAnyway.getAttribute('aria-disabled')).toBe('true');

    for (const wrong of ['I choose to keep', 'I choose to keep watching!', 'keep watching']) {
      fireEvent.input(field, { target: { value: wrong } });
      expect(continueAnyway.disabled).toBe(true);
      fireEvent.click(continueAnyway);
      fireEvent.keyDown(field, { key: 'Enter' });
    }
    expect(props.onOverride).not.toHaveBeenCalled();

    fireEvent.input(field, { target: { value: '  i choose to  KEEP watching ' } });
    expect(continueAnyway.disabled).toBe(false);
    expect(continueAnyway.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(continueAnyway);
    expect(props.onOverride).toHaveBeenCalledOnce();
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(props.onOverride).toHaveBeenCalledTimes(2);
  });

  test('“I’m done” ends it at once', () => {
    const props = promptProps({ kind: 'limit', snoozesLeft: 0 });
    render(<BreakPrompt {...props} />);
    fireEvent.click(button('I’m done'));
    expect(props.onDone).toHaveBeenCalledOnce();
  });
});

describe('intention check', () => {
  test('“Continue” waits for an answer and reports it', () => {
    const props = promptProps({ kind: 'intention', reason: 'session' });
    render(<BreakPrompt {...props} />);
    const choices = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(choices).toEqual(['Something specific', 'A short break', 'Just browsing']);
    const proceed = button('Continue');
    expect(proceed.disabled).toBe(true);
    fireEvent.keyDown(proceed, { key: 'Escape' });
    expect(props.onContinue).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('radio', { name: 'Just browsing' }));
    expect(proceed.disabled).toBe(false);
    fireEvent.click(proceed);
    expect(props.onIntention).toHaveBeenCalledWith('just-browsing');
    expect(props.onContinue).toHaveBeenCalledOnce();
  });

  test('once answered, Escape is the same as “Continue”', () => {
    const props = promptProps({ kind: 'intention', reason: 'session' });
    render(<BreakPrompt {...props} />);
    fireEvent.click(screen.getByRole('radio', { name: 'A short break' }));
    fireEvent.keyDown(screen.getByRole('radio', { name: 'A short break' }), { key: 'Escape' });
    expect(props.onIntention).toHaveBeenCalledWith('short-break');
    expect(props.onContinue).toHaveBeenCalledOnce();
  });

  test('“I’m done” needs no answer', () => {
    const props = promptProps({ kind: 'intention', reason: 'session' });
    render(<BreakPrompt {...props} />);
    fireEvent.click(button('I’m done'));
    expect(props.onDone).toHaveBeenCalledOnce();
    expect(props.onIntention).not.toHaveBeenCalled();
  });
});

describe('page scripts cannot press our buttons', () => {
  test('with the default trust check, synthetic clicks and keys do nothing', () => {
    vi.useFakeTimers();
    const { isTrusted: _testsTrustEverything, ...props } = promptProps({ kind: 'breathing', reason: 'session' });
    render(<BreakPrompt {...props} />);
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    const proceed = button('Continue');
    expect(proceed.disabled).toBe(false);
    fireEvent.click(proceed);
    fireEvent.click(button('I’m done'));
    fireEvent.click(button('Support and resources'));
    fireEvent.keyDown(proceed, { key: 'Escape' });
    expect(props.onContinue).not.toHaveBeenCalled();
    expect(props.onDone).not.toHaveBeenCalled();
    expect(props.onOpenResources).not.toHaveBeenCalled();
  });

  test('nor can they snooze, override, or close a nudge', () => {
    const { isTrusted: _a, ...limit } = promptProps({ kind: 'limit', snoozesLeft: 1 });
    render(<BreakPrompt {...limit} />);
    fireEvent.click(button('Snooze 5 minutes'));
    expect(limit.onSnooze).not.toHaveBeenCalled();
    cleanup();

    const { isTrusted: _b, ...noSnoozes } = promptProps({ kind: 'limit', snoozesLeft: 0 });
    render(<BreakPrompt {...noSnoozes} />);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'I choose to keep watching' } });
    fireEvent.click(button('Continue anyway'));
    fireEvent.keyDown(screen.getByRole('textbox'), { key: 'Enter' });
    expect(noSnoozes.onOverride).not.toHaveBeenCalled();
    cleanup();

    const { isTrusted: _c, ...nudge } = promptProps({ kind: 'nudge', reason: 'approaching-time' });
    render(<BreakPrompt {...nudge} />);
    fireEvent.click(button('Close'));
    expect(nudge.onDismiss).not.toHaveBeenCalled();
  });
});
