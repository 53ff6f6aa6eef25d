import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BreakPrompt } from '../../../components/prompts/BreakPrompt';
import { promptProps } from './props';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const breathing = (over = {}) => promptProps({ kind: 'breathing', reason: 'session', ...over });
const continueButton = () => screen.getByRole('button', { name: /^Continue/ }) as HTMLButtonElement;
const guidance = () => screen.getByText(/^(Breathe in…|Breathe out…|Ready when you are\.)$/).textContent;
const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

function prefersReducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) =>
      ({
        matches: reduce && query === '(prefers-reduced-motion: reduce)',
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

test('“Continue” stays disabled through the breath, counting down, then becomes available', () => {
  const props = breathing({ breathSeconds: 10 });
  render(<BreakPrompt {...props} />);
  expect(continueButton().textContent).toBe('Continue in 10 seconds');
  expect(continueButton().disabled).toBe(true);
  expect(continueButton().getAttribute('aria-disabled')).toBe('true');

  fireEvent.click(continueButton());
  wait(4_000);
  expect(continueButton().textContent).toBe('Continue in 6 seconds');
  expect(continueButton().disabled).toBe(true);
  wait(5_999);
  expect(continueButton().textContent).toBe('Continue in 1 second');
  expect(props.onContinue).not.toHaveBeenCalled();

  wait(1);
  expect(continueButton().textContent).toBe('Continue');
  expect(continueButton().disabled).toBe(false);
  expect(continueButton().getAttribute('aria-disabled')).toBe('false');
  fireEvent.click(continueButton());
  expect(props.onContinue).toHaveBeenCalledOnce();
});

test('the words follow the breath: in, then out, then ready', () => {
  render(<BreakPrompt {...breathing({ breathSeconds: 10 })} />);
  expect(guidance()).toBe('Breathe in…');
  wait(4_000);
  expect(guidance()).toBe('Breathe in…');
  wait(1_000);
  expect(guidance()).toBe('Breathe out…');
  wait(5_000);
  expect(guidance()).toBe('Ready when you are.');
});

test('“I’m done” works from the first moment and keeps focus when the breath ends', () => {
  const props = breathing();
  render(<BreakPrompt {...props} />);
  const done = screen.getByRole('button', { name: 'I’m done' });
  expect(document.activeElement).toBe(done);
  wait(10_000);
  expect(document.activeElement).toBe(done);
  fireEvent.click(done);
  expect(props.onDone).toHaveBeenCalledOnce();
});

test('Escape cannot skip the breath; afterwards it is the same as “Continue”', () => {
  const props = breathing({ breathSeconds: 3 });
  render(<BreakPrompt {...props} />);
  const done = screen.getByRole('button', { name: 'I’m done' });
  fireEvent.keyDown(done, { key: 'Escape' });
  wait(2_000);
  fireEvent.keyDown(done, { key: 'Escape' });
  expect(props.onContinue).not.toHaveBeenCalled();
  expect(props.onDone).not.toHaveBeenCalled();
  expect(screen.getByRole('dialog')).toBeTruthy();
  wait(1_000);
  fireEvent.keyDown(done, { key: 'Escape' });
  expect(props.onContinue).toHaveBeenCalledOnce();
});

test('a calm animation accompanies the breath', () => {
  prefersReducedMotion(false);
  render(<BreakPrompt {...breathing()} />);
  expect(screen.getByTestId('breath-animation').getAttribute('aria-hidden')).toBe('true');
});

test('with reduced motion there is no animation, only the words and the countdown', () => {
  prefersReducedMotion(true);
  render(<BreakPrompt {...breathing({ breathSeconds: 10 })} />);
  expect(screen.queryByTestId('breath-animation')).toBeNull();
  expect(guidance()).toBe('Breathe in…');
  expect(continueButton().textContent).toBe('Continue in 10 seconds');
  wait(5_000);
  expect(guidance()).toBe('Breathe out…');
  expect(continueButton().textContent).toBe('Continue in 5 seconds');
});

test('the breath guidance is announced politely to screen readers', () => {
  render(<BreakPrompt {...breathing()} />);
  expect(screen.getByText('Breathe in…').getAttribute('aria-live')).toBe('polite');
});
