import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ClipCard } from '../../../components/prompts/ClipCard';
import { setLanguage } from '../../i18n';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const props = () => ({ onBack: vi.fn(), onKeepWatching: vi.fn(), isTrusted: () => true });

describe('the card after a shared clip', () => {
  test('a named region, not a dialog: it says the feed starts here, "Go back" first', () => {
    render(<ClipCard {...props()} />);
    const card = screen.getByRole('region', { name: 'That was the clip you opened' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('The feed starts here.');
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['Go back', 'Keep watching']);
    // It takes no focus from the feed.
    expect(card.contains(document.activeElement)).toBe(false);
  });

  test('"Go back" and "Keep watching" answer; Escape inside keeps watching', () => {
    const answers = props();
    render(<ClipCard {...answers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(answers.onBack).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Keep watching' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Go back' }), { key: 'Escape' });
    expect(answers.onKeepWatching).toHaveBeenCalledTimes(2);
  });

  test('a page script cannot press it', () => {
    const answers = { ...props(), isTrusted: undefined };
    render(<ClipCard {...answers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(answers.onBack).not.toHaveBeenCalled();
  });

  test('in Chinese', () => {
    setLanguage('zh_CN');
    render(<ClipCard {...props()} />);
    expect(screen.getByRole('region', { name: '刚才是你打开的那个视频' }).getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByRole('status').textContent).toBe('从这里开始就是推荐流了。');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['返回', '继续看']);
  });
});
