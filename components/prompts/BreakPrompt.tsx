import { BreathingPause } from './BreathingPause';
import { IntentionCheck } from './IntentionCheck';
import { LimitReached } from './LimitReached';
import { NudgeCard } from './NudgeCard';
import type { BreakPromptProps } from './types';

/**
 * The break prompt for the rule that fired. Mount it in a shadow root with `promptStyles` (./styles) injected;
 * it relies on no page styles. Every handler that acts checks `isTrusted` first.
 */
export function BreakPrompt(props: BreakPromptProps) {
  switch (props.kind) {
    case 'nudge':
      return <NudgeCard {...props} />;
    case 'breathing':
      return <BreathingPause {...props} />;
    case 'intention':
      return <IntentionCheck {...props} />;
    case 'limit':
      return <LimitReached {...props} />;
  }
}
