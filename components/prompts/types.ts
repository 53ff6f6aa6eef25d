export type PromptKind = 'nudge' | 'breathing' | 'intention' | 'limit';

export type PromptReason =
  | 'approaching-time'
  | 'approaching-videos'
  | 'video-count'
  | 'session'
  | 'daily-time'
  | 'daily-videos'
  | 'quiet-hours';

/** Today's numbers for the site the prompt is shown on; a null budget means the user set none. */
export interface PromptFigures {
  siteName: string;
  todaySeconds: number;
  todayVideos: number;
  budgetMinutes: number | null;
  budgetVideos: number | null;
  sessionSeconds: number;
}

/** What the user said they came for in the intention check; stable keys, safe to store. */
export type IntentionAnswer = 'something-specific' | 'short-break' | 'just-browsing';

export interface BreakPromptProps {
  kind: PromptKind;
  reason: PromptReason;
  figures: PromptFigures;
  /** Length of the guided breath before "Continue" is offered (breathing kind). */
  breathSeconds: number;
  snoozesLeft: number;
  snoozeMinutes: number;
  /** The sentence the user types to continue past a limit once no snoozes are left. */
  overridePhrase: string;
  /** The day's experiment style changed: this prompt, the first of the day, says so in one line. */
  styleNote?: { style: string; day: number; days: number };
  onDone(): void;
  onContinue(): void;
  onSnooze(): void;
  onOverride(): void;
  /** The nudge was closed (close button or Escape inside it). */
  onDismiss(): void;
  /** Called with the chosen answer before onContinue/onDone, when the user picked one. */
  onIntention?(answer: IntentionAnswer): void;
  onOpenResources(): void;
  /** Defaults to `event.isTrusted`, so page scripts cannot press our buttons; tests pass `() => true`. */
  isTrusted?: (event: Event) => boolean;
}
