import { vi } from 'vitest';
import type { BreakPromptProps } from '../../../components/prompts/types';

/** A prompt on a day with 61½ minutes and 87 videos against budgets of 60 minutes and 100 videos. */
export function promptProps(over: Partial<BreakPromptProps> = {}): BreakPromptProps {
  return {
    kind: 'limit',
    reason: 'daily-time',
    figures: {
      siteName: 'TikTok',
      todaySeconds: 61 * 60 + 30,
      todayVideos: 87,
      budgetMinutes: 60,
      budgetVideos: 100,
      sessionSeconds: 25 * 60,
    },
    breathSeconds: 10,
    snoozesLeft: 2,
    snoozeMinutes: 5,
    overridePhrase: 'I choose to keep watching',
    onDone: vi.fn(),
    onContinue: vi.fn(),
    onSnooze: vi.fn(),
    onOverride: vi.fn(),
    onDismiss: vi.fn(),
    onIntention: vi.fn(),
    onOpenResources: vi.fn(),
    isTrusted: () => true,
    ...over,
  };
}
