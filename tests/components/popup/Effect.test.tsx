import { screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { Effect } from '../../../components/popup/Effect';
import { HealthNotice } from '../../../components/popup/HealthNotice';
import type { Effect as EffectFigures } from '../../../lib/dashboard/queries';
import { dashboard } from './dashboard';
import { renderWithFormat } from './render';

const effect = (over: Partial<EffectFigures> = {}): EffectFigures => ({ ...dashboard().effect, ...over });

/** The description next to a term of the list. */
function fact(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

test('prompts by kind, how often they led away from the feed, Not interested, and the streak', () => {
  renderWithFormat(
    <Effect
      effect={effect({
        promptsShown: { nudge: 4, breathing: 2, intention: 0, limit: 3 },
        backOut: { left: 3, answered: 8, rate: 0.375 },
        notInterested: { today: 2, last30Days: 41 },
        streak: { days: 5, throughToday: true, budgetsSet: true },
      })}
    />,
  );
  expect(fact('Prompts shown, last 30 days')).toBe('Nudges 4Breathing pauses 2Intention checks 0Limits 3');
  expect(fact('Backed out')).toBe('38%: you chose “I’m done” 3 of 8 times a prompt asked');
  expect(fact('“Not interested” used')).toBe('2 today, 41 in the last 30 days');
  expect(fact('Days within budget')).toBe('5 days in a row');
});

test('before any answer, a day over budget, and no budget set', () => {
  const { rerender } = renderWithFormat(
    <Effect effect={effect({ streak: { days: 1, throughToday: false, budgetsSet: true } })} />,
  );
  expect(fact('Backed out')).toBe('No answers to prompts yet');
  expect(fact('Days within budget')).toBe('1 day in a row, up to yesterday');
  rerender(<Effect effect={effect()} />);
  expect(fact('Days within budget')).toBe('Set a daily time or video limit in the options to count these days.');
});

test('a degraded site says what is wrong in plain words', () => {
  renderWithFormat(
    <HealthNotice
      issues={[
        { site: 'youtube-shorts', name: 'YouTube Shorts', capability: 'tracking', reportedAt: 0 },
        { site: 'tiktok', name: 'TikTok', capability: 'not-interested', reportedAt: 0 },
      ]}
    />,
  );
  expect(screen.getByRole('region', { name: 'Needs attention' })).toBeTruthy();
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'YouTube Shorts: Mindful Feed can’t find the video on this page layout; it counts by page activity only until an update.',
    'TikTok: the one-key “Not interested” couldn’t find the site’s own menu item last time. The site’s menu still works by hand until an update.',
  ]);
});

test('no notice when every site works', () => {
  const { container } = renderWithFormat(<HealthNotice issues={[]} />);
  expect(container.textContent).toBe('');
});
