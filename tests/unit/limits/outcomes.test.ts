import { describe, expect, test } from 'vitest';
import {
  type DecisionInput,
  decide,
  emptyPromptState,
  emptyPromptStates,
  type PromptStates,
} from '../../../lib/limits/decide';
import { afterOutcome, countOutcome, emptyOutcomes, type PromptEvent } from '../../../lib/limits/outcomes';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { startOfLocalDate } from '../../../lib/tracking/local-time';

const TZ = 'Europe/Berlin';
const MIN = 60_000;
// Tuesday 2 June 2026 and Saturday 6 June, 15:00 local.
const TUESDAY_3PM = startOfLocalDate('2026-06-02', TZ) + 15 * 60 * MIN;
const SATURDAY_3PM = startOfLocalDate('2026-06-06', TZ) + 15 * 60 * MIN;

/** A session of so many minutes' watching, begun half an hour before `now`. */
const watching = (minutes: number, now = TUESDAY_3PM) => {
  const current = { startedAt: now - 30 * MIN, activeMs: minutes * MIN };
  return { site: current, all: current };
};

function context(over: Partial<DecisionInput> = {}): DecisionInput {
  return {
    now: TUESDAY_3PM,
    timeZone: TZ,
    site: 'tiktok',
    siteName: 'TikTok',
    settings: defaultSettings(),
    today: { site: { activeMs: 0, videos: 0 }, all: { activeMs: 0, videos: 0 } },
    session: { site: null, all: null },
    state: emptyPromptStates(),
    activeVideo: 'counted',
    ...over,
  };
}

function answered(state: PromptStates, event: PromptEvent, over: Partial<DecisionInput> = {}): PromptStates {
  const result = afterOutcome(state, event, context(over));
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

const settingsWith = (edit: (settings: Settings) => void) => {
  const settings = defaultSettings();
  edit(settings);
  return settings;
};

describe('after "Continue", the next break comes sooner, paced by the session length in force today', () => {
  test('on a Saturday, by the weekend session length', () => {
    const settings = settingsWith((s) => {
      s.limits.all.weekday.sessionMinutes = 40;
      s.limits.all.weekend.sessionMinutes = 10;
    });
    const at = { now: SATURDAY_3PM, settings, session: watching(10, SATURDAY_3PM) };
    expect(decide(context(at)).show?.kind).toBe('breathing');
    const state = answered(emptyPromptStates(), { kind: 'breathing', outcome: 'continued', scope: 'site' }, at);
    // Half the 10-minute session: 5 minutes on.
    expect(state.site.escalation).toMatchObject({ level: 1, nextAtSessionMs: 15 * MIN });
    const later = (minutes: number) => decide(context({ ...at, state, session: watching(minutes, SATURDAY_3PM) }));
    expect(later(14.5).show).toBeNull();
    expect(later(15).show?.kind).toBe('breathing');
  });

  test("with a site's own shorter break, by the site's", () => {
    const settings = settingsWith((s) => {
      s.limits.sites.tiktok.weekday.sessionMinutes = 6;
    });
    const at = { settings, session: watching(6) };
    expect(decide(context(at)).show?.kind).toBe('breathing');
    const state = answered(emptyPromptStates(), { kind: 'breathing', outcome: 'continued', scope: 'site' }, at);
    expect(state.site.escalation).toMatchObject({ level: 1, nextAtSessionMs: 9 * MIN });
  });

  test('the intention check answered is not pushing past an interruption: no escalation', () => {
    const state = answered(
      emptyPromptStates(),
      { kind: 'intention', outcome: 'continued', scope: 'site' },
      { session: watching(1) },
    );
    expect(state).toEqual(emptyPromptStates());
  });
});

describe('snoozes', () => {
  const limits = settingsWith((s) => {
    s.limits.all.weekday.dailyVideos = 3;
    s.limits.sites.tiktok.weekday.dailyMinutes = 30;
  });

  test('a snooze of the all-feeds limit uses an all-feeds snooze, and rests it for the snooze length', () => {
    const state = answered(
      emptyPromptStates(),
      { kind: 'limit', outcome: 'snoozed', scope: 'all' },
      { settings: limits },
    );
    expect(state.all).toMatchObject({ snoozesUsed: 1, snoozedUntil: TUESDAY_3PM + 5 * MIN });
    expect(state.site).toMatchObject({ snoozesUsed: 0, snoozedUntil: 0 });
  });

  test("with none left for that limit, a snooze is refused; the site's own still has its own", () => {
    const used = { ...emptyPromptStates(), all: { ...emptyPromptState(), snoozesUsed: 2 } };
    expect(afterOutcome(used, { kind: 'limit', outcome: 'snoozed', scope: 'all' }, context())).toEqual({
      ok: false,
      scope: 'all',
      reason: 'no-snoozes-left',
    });
    expect(answered(used, { kind: 'limit', outcome: 'snoozed', scope: 'site' }).site.snoozesUsed).toBe(1);
  });

  test('an override rests the limit without using a snooze, and escalates', () => {
    const state = answered(
      emptyPromptStates(),
      { kind: 'limit', outcome: 'override', scope: 'all' },
      { session: watching(3) },
    );
    expect(state.all).toMatchObject({ snoozesUsed: 0, snoozedUntil: TUESDAY_3PM + 5 * MIN });
    expect(state.site.escalation.level).toBe(1);
  });

  test('a tab that does not say whose prompt it answers answers the one the rules show now', () => {
    const today = { site: { activeMs: MIN, videos: 1 }, all: { activeMs: 5 * MIN, videos: 4 } };
    const state = answered(emptyPromptStates(), { kind: 'limit', outcome: 'snoozed' }, { settings: limits, today });
    expect(state.all.snoozesUsed).toBe(1);
    expect(state.site.snoozesUsed).toBe(0);
  });
});

describe('what was shown', () => {
  test('a nudge is remembered in the state of its scope; the intention check for the site session', () => {
    const shown = answered(emptyPromptStates(), {
      kind: 'nudge',
      outcome: 'shown',
      scope: 'all',
      nudgeKey: 'time:all:30',
    });
    expect(shown.all.nudged).toEqual(['time:all:30']);
    expect(shown.site.nudged).toEqual([]);
    const asked = answered(
      emptyPromptStates(),
      { kind: 'intention', outcome: 'shown', scope: 'site' },
      {
        session: watching(1),
      },
    );
    expect(asked.site.intentionSession).toBe(TUESDAY_3PM - 30 * MIN);
  });
});

test("the day's counters: each answer once, by kind for shown; a dismissal is not an answer", () => {
  let outcomes = emptyOutcomes();
  const events: PromptEvent[] = [
    { kind: 'limit', outcome: 'shown' },
    { kind: 'nudge', outcome: 'shown' },
    { kind: 'nudge', outcome: 'dismissed' },
    { kind: 'breathing', outcome: 'continued' },
    { kind: 'limit', outcome: 'snoozed' },
    { kind: 'limit', outcome: 'override' },
    { kind: 'limit', outcome: 'left' },
  ];
  for (const event of events) outcomes = countOutcome(outcomes, event);
  expect(outcomes).toEqual({
    shown: { nudge: 1, breathing: 0, intention: 0, limit: 1 },
    continued: 1,
    snoozed: 1,
    overrides: 1,
    left: 1,
  });
});

describe('the card after a shared clip and the frictions, each kind on its own', () => {
  test('shown, left and kept going are counted per kind, and leave the prompts’ own counters alone', () => {
    let day = emptyOutcomes();
    for (const outcome of ['shown', 'left', 'shown', 'continued', 'dismissed'] as const) {
      day = countOutcome(day, { kind: 'shared-clip', outcome, scope: 'site' });
    }
    day = countOutcome(day, { kind: 'slow-swipe', outcome: 'shown', scope: 'site' });
    expect(day.kinds).toEqual({
      'shared-clip': { shown: 2, left: 1, continued: 1, watchedMs: 0 },
      'slow-swipe': { shown: 1, left: 0, continued: 0, watchedMs: 0 },
    });
    expect({ ...day, kinds: undefined }).toEqual({ ...emptyOutcomes(), kinds: undefined });
  });

  test('a row from before the kinds existed counts from zero', () => {
    const { kinds: _none, ...old } = emptyOutcomes();
    expect(countOutcome(old, { kind: 'greyscale', outcome: 'left', scope: 'site' }).kinds?.greyscale?.left).toBe(1);
  });

  test('the card changes no prompt state: no escalation, no snooze', () => {
    const state = emptyPromptStates();
    const result = afterOutcome(state, { kind: 'shared-clip', outcome: 'continued', scope: 'site' }, context());
    expect(result).toEqual({ ok: true, scope: 'site', state });
  });
});

describe('friction past a budget remembers when it came on', () => {
  const over = () => {
    const settings = defaultSettings();
    settings.limits.sites.tiktok.weekday.dailyMinutes = 30;
    settings.friction.overBudget = 'slow-down-then-cover';
    return settings;
  };
  const today = { site: { activeMs: 31 * MIN, videos: 3 }, all: { activeMs: 31 * MIN, videos: 3 } };

  test('the first time it shows, at today’s watching; later showings keep the first', () => {
    const first = afterOutcome(
      emptyPromptStates(),
      { kind: 'greyscale', outcome: 'shown', scope: 'site' },
      context({ settings: over(), today }),
    );
    expect(first.ok && first.state.site.frictionFromMs).toBe(31 * MIN);
    if (!first.ok) return;
    const later = { site: { activeMs: 35 * MIN, videos: 4 }, all: { activeMs: 35 * MIN, videos: 4 } };
    const again = afterOutcome(
      first.state,
      { kind: 'slow-swipe', outcome: 'shown', scope: 'site' },
      context({ settings: over(), today: later }),
    );
    expect(again.ok && again.state.site.frictionFromMs).toBe(31 * MIN);
  });

  test('friction on the ladder (under the budget) remembers nothing', () => {
    const result = afterOutcome(
      emptyPromptStates(),
      { kind: 'slow-swipe', outcome: 'shown', scope: 'site' },
      context({ settings: over() }),
    );
    expect(result.ok && result.state.site.frictionFromMs).toBeUndefined();
  });
});
