import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Toast } from '../../../components/prompts/Toast';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function toastProps() {
  return {
    message: 'Marked as not interested',
    actionLabel: 'Undo',
    onAction: vi.fn(),
    onDismiss: vi.fn(),
    durationMs: 5_000,
    isTrusted: () => true,
  };
}

test('shows its message in a status region', () => {
  render(<Toast {...toastProps()} />);
  expect(screen.getByRole('status').textContent).toBe('Marked as not interested');
});

test('its action works once, and the toast goes away without a later dismissal', () => {
  const props = toastProps();
  render(<Toast {...props} />);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  expect(props.onAction).toHaveBeenCalledOnce();
  expect(screen.queryByRole('status')).toBeNull();
  act(() => {
    vi.advanceTimersByTime(10_000);
  });
  expect(props.onDismiss).not.toHaveBeenCalled();
});

test('dismisses itself after its time', () => {
  const props = toastProps();
  render(<Toast {...props} />);
  act(() => {
    vi.advanceTimersByTime(4_999);
  });
  expect(screen.getByRole('status')).toBeTruthy();
  expect(props.onDismiss).not.toHaveBeenCalled();
  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(screen.queryByRole('status')).toBeNull();
  expect(props.onDismiss).toHaveBeenCalledOnce();
});

test('stays while the pointer rests on it, so the Undo can be reached', () => {
  const props = toastProps();
  render(<Toast {...props} />);
  const undo = screen.getByRole('button', { name: 'Undo' });
  fireEvent.mouseEnter(undo.parentElement as HTMLElement);
  act(() => {
    vi.advanceTimersByTime(20_000);
  });
  expect(props.onDismiss).not.toHaveBeenCalled();
  fireEvent.mouseLeave(undo.parentElement as HTMLElement);
  act(() => {
    vi.advanceTimersByTime(5_000);
  });
  expect(props.onDismiss).toHaveBeenCalledOnce();
});

test('the close button dismisses it', () => {
  const props = toastProps();
  render(<Toast {...props} />);
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(props.onDismiss).toHaveBeenCalledOnce();
  expect(screen.queryByRole('status')).toBeNull();
});

test('without an action it shows no action button', () => {
  render(<Toast message="Saved" durationMs={3_000} onDismiss={vi.fn()} />);
  expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['Close']);
});

test('with the default trust check, synthetic clicks do nothing', () => {
  const { isTrusted: _testsTrustEverything, ...props } = toastProps();
  render(<Toast {...props} />);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(props.onAction).not.toHaveBeenCalled();
  expect(props.onDismiss).not.toHaveBeenCalled();
  expect(screen.getByRole('status').textContent).toBe('Marked as not interested');
});
