import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SlowCountdown } from '../../../components/prompts/SlowCountdown';
import { setLanguage } from '../../i18n';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setLanguage('en');
});

describe('the countdown of a slowed-down feed', () => {
  test('says why and how long, counts down quietly, and "I\'m done" is there at once', () => {
    const onDone = vi.fn();
    render(<SlowCountdown seconds={3} onDone={onDone} isTrusted={() => true} />);
    expect(screen.getByRole('region', { name: 'Slowed down: you’re over your budget' })).toBeTruthy();
    const count = screen.getByText('Next video in 3 seconds');
    expect(count.getAttribute('aria-live')).toBe('off');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByText('Next video in 2 seconds')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'I’m done' }));
    expect(onDone).toHaveBeenCalledOnce();
  });

  test('the first of a day whose experiment style changed says so in one line', () => {
    render(
      <SlowCountdown seconds={3} onDone={() => undefined} styleNote={{ style: 'slow-and-grey', day: 5, days: 14 }} />,
    );
    expect(
      screen.getByText(
        'Today’s style: Slow down and grey out — day 5 of 14 of your experiment; the styles change at random so they can be compared.',
      ),
    ).toBeTruthy();
  });

  test('a page script cannot press "I\'m done"', () => {
    const onDone = vi.fn();
    render(<SlowCountdown seconds={3} onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: 'I’m done' }));
    expect(onDone).not.toHaveBeenCalled();
  });

  test('in Chinese', () => {
    setLanguage('zh_CN');
    render(<SlowCountdown seconds={3} onDone={() => undefined} isTrusted={() => true} />);
    expect(screen.getByRole('region', { name: '已放慢：今天的额度已经用完了' }).getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByText('3秒钟后播放下一个视频')).toBeTruthy();
    expect(screen.getByRole('button', { name: '就到这里' })).toBeTruthy();
  });
});
