import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { BreakPrompt } from '../../../components/prompts/BreakPrompt';
import { ALL_FEEDS } from '../../../components/prompts/strings';
import type { PromptKind, PromptReason } from '../../../components/prompts/types';
import { decide, emptyPromptStates } from '../../../lib/limits/decide';
import { defaultSettings } from '../../../lib/settings/schema';
import { LANGUAGES, setLanguage } from '../../i18n';
import { promptProps } from './props';

/** Every prompt the rules can show: its kind and reason (lib/limits/decide.ts). */
const PROMPTS: [PromptKind, PromptReason][] = [
  ['nudge', 'approaching-time'],
  ['nudge', 'approaching-videos'],
  ['nudge', 'video-count'],
  ['nudge', 'session'],
  ['breathing', 'session'],
  ['intention', 'session'],
  ['limit', 'daily-time'],
  ['limit', 'daily-videos'],
  ['limit', 'quiet-hours'],
];
const SCOPES = [
  ['TikTok', 'TikTok'],
  ['all feeds', ALL_FEEDS],
] as const;
/** Budgets of 3 videos and 30 minutes, and budgets of none today. */
const BUDGETS = [
  ['3 videos, 30 min', { budgetVideos: 3, budgetMinutes: 30 }],
  ['none today', { budgetVideos: 0, budgetMinutes: 0 }],
] as const;

function title(
  kind: PromptKind,
  reason: PromptReason,
  siteName: string,
  budget: { budgetVideos: number | null; budgetMinutes: number | null },
) {
  const props = promptProps({ kind, reason, figures: { ...promptProps().figures, ...budget, siteName } });
  const view = render(<BreakPrompt {...props} />);
  const text = screen.getAllByRole('heading')[0]?.textContent ?? '';
  view.unmount();
  return text;
}

describe.each(LANGUAGES)('every prompt title in %s', (language) => {
  test.each(PROMPTS.flatMap(([kind, reason]) => SCOPES.map(([scope, name]) => [kind, reason, scope, name] as const)))(
    '%s (%s) for %s: plain words, whose budget it is, no placeholder left',
    (kind, reason, _scope, name) => {
      setLanguage(language);
      for (const [, budget] of BUDGETS) {
        const text = title(kind, reason, name, budget);
        expect(text).not.toBe('');
        expect(text).not.toMatch(/[{}$]/);
        // "All feeds" is a scope, not a place: no title says "on All feeds".
        expect(text).not.toMatch(/All feeds|全部信息流/);
        // A title about a budget or a site's quiet hours names the site; the breath and the intention need not.
        if (name === 'TikTok' && (kind === 'limit' || reason.startsWith('approaching')))
          expect(text).toContain('TikTok');
      }
    },
  );
});

test('the English titles say whose budget it is, and how much', () => {
  const all = Object.fromEntries(
    PROMPTS.flatMap(([kind, reason]) =>
      SCOPES.flatMap(([scope, name]) =>
        BUDGETS.map(([budgetName, budget]) => [
          `${kind} ${reason} · ${scope} · ${budgetName}`,
          title(kind, reason, name, budget),
        ]),
      ),
    ),
  );
  expect(all).toMatchObject({
    'limit daily-videos · all feeds · 3 videos, 30 min': 'You’ve watched your 3 videos for today',
    'limit daily-videos · TikTok · 3 videos, 30 min': 'You’ve watched your 3 TikTok videos for today',
    'limit daily-time · all feeds · 3 videos, 30 min': 'You’ve watched your 30 min for today',
    'limit daily-time · TikTok · 3 videos, 30 min': 'You’ve watched your 30 min of TikTok for today',
    'limit daily-videos · all feeds · none today': 'You chose no videos today',
    'limit daily-videos · TikTok · none today': 'You chose no TikTok videos today',
    'limit daily-time · all feeds · none today': 'You chose no time on the feeds today',
    'limit daily-time · TikTok · none today': 'You chose no time on TikTok today',
    'limit quiet-hours · TikTok · 3 videos, 30 min': 'It’s quiet hours for TikTok',
    'nudge approaching-videos · all feeds · 3 videos, 30 min': 'Nearly at your 3 videos for today',
    'nudge approaching-videos · TikTok · 3 videos, 30 min': 'Nearly at your 3 TikTok videos for today',
    'nudge approaching-time · all feeds · 3 videos, 30 min': 'Nearly at your 30 min for today',
    'nudge approaching-time · TikTok · 3 videos, 30 min': 'Nearly at your 30 min of TikTok for today',
    'nudge video-count · TikTok · 3 videos, 30 min': '87 videos on TikTok today',
    'breathing session · TikTok · 3 videos, 30 min': 'Time for a short pause',
    'intention session · TikTok · 3 videos, 30 min': 'What did you come for?',
  });
  expect(title('limit', 'daily-videos', ALL_FEEDS, { budgetVideos: 1, budgetMinutes: null })).toBe(
    'You’ve watched your 1 video for today',
  );
  // A trial budget of half a minute (tests use them) is not "under 1 min".
  expect(title('limit', 'daily-time', 'TikTok', { budgetVideos: null, budgetMinutes: 0.5 })).toBe(
    'You’ve watched your 0.5 min of TikTok for today',
  );
});

test('the rules name the all-feeds scope the way the titles expect', () => {
  const settings = defaultSettings();
  settings.limits.all.weekday.dailyVideos = 3;
  settings.limits.all.weekend.dailyVideos = 3;
  const decision = decide({
    now: Date.UTC(2026, 5, 2, 12),
    timeZone: 'Europe/Berlin',
    site: 'tiktok',
    siteName: 'TikTok',
    settings,
    today: { site: { activeMs: 0, videos: 3 }, all: { activeMs: 0, videos: 3 } },
    session: { site: null, all: null },
    state: emptyPromptStates(),
    activeVideo: 'uncounted',
  });
  expect(decision.show?.figures.siteName).toBe(ALL_FEEDS);
});
