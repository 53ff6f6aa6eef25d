import { BreakPrompt } from './prompts/BreakPrompt';
import { ClipCard } from './prompts/ClipCard';
import { SlowCountdown } from './prompts/SlowCountdown';
import { SOURCE_OVERRIDE_PHRASE } from './prompts/strings';
import { promptStyles } from './prompts/styles';
import type { BreakPromptProps, PromptKind, PromptReason } from './prompts/types';

const KINDS: Record<PromptKind, PromptReason> = {
  nudge: 'approaching-time',
  breathing: 'session',
  intention: 'session',
  limit: 'daily-time',
};

const TITLES: Record<PromptKind, string> = {
  nudge: 'Preview: nudge',
  breathing: 'Preview: breathing pause',
  intention: 'Preview: intention check',
  limit: 'Preview: limit reached',
};

const CLIP_TITLE = 'Preview: after a shared clip';
const SLOW_TITLE = 'Preview: a slowed-down feed';

function previewTitle(kind: PromptKind): string {
  return TITLES[kind];
}

function isKind(value: string | null): value is PromptKind {
  return value !== null && value in KINDS;
}

/**
 * A preview of a break prompt, as it looks over a feed: the same component and styles the content script mounts,
 * with example figures. Nothing here records an outcome.
 */
export function PromptPreview({ kind }: { kind: string | null }) {
  const nothing = () => undefined;
  if (kind === 'clip' || kind === 'slow') {
    return (
      <>
        <style>{promptStyles}</style>
        <main style={{ minHeight: '100vh', background: '#222', margin: '-8px', padding: '16px' }}>
          <h1 style={{ color: '#f0f3f6', font: '600 18px system-ui, sans-serif', margin: 0 }}>
            {kind === 'clip' ? CLIP_TITLE : SLOW_TITLE}
          </h1>
          {kind === 'clip' ? (
            <ClipCard onBack={nothing} onKeepWatching={nothing} />
          ) : (
            <SlowCountdown seconds={3} onDone={nothing} />
          )}
        </main>
      </>
    );
  }
  const shown: PromptKind = isKind(kind) ? kind : 'breathing';
  const props: BreakPromptProps = {
    kind: shown,
    reason: KINDS[shown],
    figures: {
      siteName: 'TikTok',
      todaySeconds: 25 * 60,
      todayVideos: 61,
      budgetMinutes: 30,
      budgetVideos: null,
      sessionSeconds: 20 * 60,
    },
    breathSeconds: 10,
    snoozesLeft: 2,
    snoozeMinutes: 5,
    overridePhrase: SOURCE_OVERRIDE_PHRASE,
    onDone: nothing,
    onContinue: nothing,
    onSnooze: nothing,
    onOverride: nothing,
    onDismiss: nothing,
    onOpenResources: nothing,
  };
  return (
    <>
      <style>{promptStyles}</style>
      <main style={{ minHeight: '100vh', background: '#222', margin: '-8px', padding: '16px' }}>
        <h1 style={{ color: '#f0f3f6', font: '600 18px system-ui, sans-serif', margin: 0 }}>{previewTitle(shown)}</h1>
        <BreakPrompt {...props} />
      </main>
    </>
  );
}
