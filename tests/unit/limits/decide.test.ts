import { describe, expect, test } from 'vitest';
import {
  type DecisionInput,
  decide,
  emptyPromptState,
  emptyPromptStates,
  escalate,
  type PromptState,
  promptRulesApply,
} from '../../../lib/limits/decide';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { startOfLocalDate } from '../../../lib/tracking/local-time';

const TZ = 'Europe/Berlin';
const MIN = 60_000;
// Tuesday 2 June 2026, 15:00 local; Saturday 6 June for weekends.
const TUESDAY_3PM = startOfLocalDate('2026-06-02', TZ) + 15 * 60 * MIN;
const SATURDAY_3PM = startOfLocalDate('2026-06-06', TZ) + 15 * 60 * MIN;

function input(over: Partial<DecisionInput> & { settings?: Settings } = {}): DecisionInput {
  return {
    now: TUESDAY_3PM,
    timeZone: TZ,
    site: 'tiktok',
    siteName: 'TikTok',
    settings: defaultSettings(),
    today: { site: { activeMs: 0, videos: 0 }, all: { activeMs: 0, videos: 0 } },
    session: { site: null, all: null },
    state: emptyPromptStates(),
    // Mid-video by default: the tab is on a video already counted.
    activeVideo: 'counted',
    ...over,
  };
}

/** The site's prompt state changed, the all-feeds one empty (or the other way round). */
const siteState = (change: Partial<PromptState>) => ({
  ...emptyPromptStates(),
  site: { ...emptyPromptState(), ...change },
});
const allState = (change: Partial<PromptState>) => ({
  ...emptyPromptStates(),
  all: { ...emptyPromptState(), ...change },
});

function withLimits(edit: (settings: Settings) => void): Settings {
  const settings = defaultSettings();
  edit(settings);
  return settings;
}

const watched = (minutes: number, videos = 0) => ({
  site: { activeMs: minutes * MIN, videos },
  all: { activeMs: minutes * MIN, videos },
});
const session = (minutes: number, startedAt = TUESDAY_3PM - 60 * MIN) => ({
  site: { startedAt, activeMs: minutes * MIN },
  all: { startedAt, activeMs: minutes * MIN },
});

describe('daily budgets', () => {
  const thirty = withLimits((s) => {
    s.limits.sites.tiktok.weekday.dailyMinutes = 30;
  });

  test('nothing to show under the budget; the decision says how much watching is left before the nudge', () => {
    const decision = decide(input({ settings: thirty, today: watched(10) }));
    expect(decision.show).toBeNull();
    expect(decision.next.afterWatchingMs).toBe(14 * MIN); // 80 % of 30 min = 24 min
  });

  test('at 80 % a nudge, once a day', () => {
    const decision = decide(input({ settings: thirty, today: watched(25) }));
    expect(decision.show).toMatchObject({ kind: 'nudge', reason: 'approaching-time', nudgeKey: 'time:site:30' });
    const after = decide(
      input({ settings: thirty, today: watched(25), state: siteState({ nudged: ['time:site:30'] }) }),
    );
    expect(after.show).toBeNull();
    expect(after.next.afterWatchingMs).toBe(5 * MIN);
  });

  test('at the budget the limit prompt, with snoozes left and the figures', () => {
    expect(decide(input({ settings: thirty, today: watched(30) })).show).toMatchObject({
      kind: 'limit',
      reason: 'daily-time',
      snoozesLeft: 2,
      snoozeMinutes: 5,
      figures: { siteName: 'TikTok', todaySeconds: 1800, budgetMinutes: 30 },
    });
  });

  test('the all-feeds budget counts every site together', () => {
    const settings = withLimits((s) => {
      s.limits.all.weekday.dailyMinutes = 60;
    });
    const today = { site: { activeMs: 10 * MIN, videos: 0 }, all: { activeMs: 60 * MIN, videos: 0 } };
    expect(decide(input({ settings, today })).show).toMatchObject({
      kind: 'limit',
      figures: { siteName: 'All feeds', todaySeconds: 3600 },
    });
  });

  test('a video budget: the limit once past the count, and the decision says how many videos are left', () => {
    const settings = withLimits((s) => {
      s.limits.sites.tiktok.weekday.dailyVideos = 50;
      s.prompts.nudge = false;
    });
    expect(decide(input({ settings, today: watched(5, 51) })).show).toMatchObject({ reason: 'daily-videos' });
    expect(decide(input({ settings, today: watched(5, 45) })).next.afterVideos).toBe(5);
  });

  test('weekend budgets apply on Saturday and Sunday', () => {
    const settings = withLimits((s) => {
      s.limits.sites.tiktok.weekday.dailyMinutes = 30;
      s.limits.sites.tiktok.weekend.dailyMinutes = 90;
    });
    expect(decide(input({ settings, today: watched(45) })).show?.kind).toBe('limit');
    expect(decide(input({ settings, today: watched(45), now: SATURDAY_3PM })).show).toBeNull();
  });
});

describe('snoozes', () => {
  const thirty = withLimits((s) => {
    s.limits.sites.tiktok.weekday.dailyMinutes = 30;
  });

  test('a snooze rests the limit until it runs out, then the limit comes back by itself', () => {
    const state = siteState({ snoozesUsed: 1, snoozedUntil: TUESDAY_3PM + 5 * MIN });
    const resting = decide(input({ settings: thirty, today: watched(31), state }));
    expect(resting.show).toBeNull();
    expect(resting.next.at).toBe(TUESDAY_3PM + 5 * MIN);
    const back = decide(input({ settings: thirty, today: watched(36), state, now: TUESDAY_3PM + 5 * MIN }));
    expect(back.show).toMatchObject({ kind: 'limit', snoozesLeft: 1 });
  });

  test('with the snoozes of the day used up, none are left (continuing needs the phrase)', () => {
    const state = siteState({ snoozesUsed: 2 });
    expect(decide(input({ settings: thirty, today: watched(31), state })).show).toMatchObject({
      snoozesLeft: 0,
      overridePhrase: 'I choose to keep watching',
    });
  });
});

describe('quiet hours', () => {
  const night = withLimits((s) => {
    s.quietHours = { enabled: true, start: '23:00', end: '07:00', days: [0, 1, 2, 3, 4] };
  });
  const at = (date: string, hour: number, minute = 0) => startOfLocalDate(date, TZ) + (hour * 60 + minute) * MIN;

  test('cover the feed at once inside the window, across midnight', () => {
    expect(decide(input({ settings: night, now: at('2026-06-02', 23, 30) })).show).toMatchObject({
      kind: 'limit',
      reason: 'quiet-hours',
    });
    // 02:00 on Wednesday belongs to Tuesday night.
    expect(decide(input({ settings: night, now: at('2026-06-03', 2) })).show?.reason).toBe('quiet-hours');
  });

  test('not on a night that is not listed, and the next start is announced', () => {
    // Friday night (day 5) is not a school night.
    expect(decide(input({ settings: night, now: at('2026-06-05', 23, 30) })).show).toBeNull();
    expect(decide(input({ settings: night, now: at('2026-06-02', 22, 0) })).next.at).toBe(at('2026-06-02', 23));
  });
});

describe('session breaks and escalation', () => {
  test('by default, a breathing pause after 20 minutes of continuous watching', () => {
    expect(decide(input({ session: session(19) })).show).toBeNull();
    expect(decide(input({ session: session(19) })).next.afterWatchingMs).toBe(MIN);
    expect(decide(input({ session: session(20) })).show).toMatchObject({
      kind: 'breathing',
      reason: 'session',
      breathSeconds: 10,
    });
  });

  test('after "Continue" the next prompt comes sooner and asks more: breathing, then limit', () => {
    const first = session(20);
    const once = escalate(emptyPromptState(), first.all, 20);
    expect(once.escalation).toMatchObject({ level: 1, nextAtSessionMs: 30 * MIN });
    const state = siteState(once);
    expect(decide(input({ session: session(29), state })).show).toBeNull();
    expect(decide(input({ session: session(30), state })).show?.kind).toBe('breathing');
    const again = escalate(once, session(30).all, 20);
    expect(again.escalation).toMatchObject({ level: 2, nextAtSessionMs: 35 * MIN });
    expect(decide(input({ session: session(35), state: siteState(again) })).show?.kind).toBe('limit');
  });

  test('a nudge dismissed in a session makes the next prompt at least a breathing pause', () => {
    const state = siteState(escalate(emptyPromptState(), session(5).all, 20));
    expect(decide(input({ session: session(15), state })).show?.kind).toBe('breathing');
  });

  test('a new session starts again from the gentlest prompt', () => {
    const state = siteState(escalate(escalate(emptyPromptState(), session(20).all, 20), session(30).all, 20));
    expect(decide(input({ session: session(20, TUESDAY_3PM - 21 * MIN), state })).show?.kind).toBe('breathing');
  });
});

describe('the intention check', () => {
  test('is off by default, and when on asks once per session', () => {
    expect(decide(input({ session: session(0.5) })).show).toBeNull();
    const settings = withLimits((s) => {
      s.prompts.intention = true;
    });
    const current = session(0.5);
    expect(decide(input({ settings, session: current })).show?.kind).toBe('intention');
    const asked = siteState({ intentionSession: current.site.startedAt });
    expect(decide(input({ settings, session: current, state: asked })).show).toBeNull();
  });
});

describe('"3 videos a day" lets the user finish the 3rd video', () => {
  const three = withLimits((s) => {
    s.limits.sites.tiktok.weekday.dailyVideos = 3;
  });

  test('while the 3rd plays, no limit yet: the tab is to ask again as soon as another video becomes active', () => {
    const decision = decide(input({ settings: three, today: watched(2, 3), activeVideo: 'counted' }));
    expect(decision.show).toBeNull();
    expect(decision.next.onNewVideo).toBe(true);
  });

  test('moving on to the 4th (or the 3rd ending and the next playing) shows the limit', () => {
    expect(decide(input({ settings: three, today: watched(2, 3), activeVideo: 'uncounted' })).show).toMatchObject({
      kind: 'limit',
      reason: 'daily-videos',
      scope: 'site',
      figures: { todayVideos: 3, budgetVideos: 3 },
    });
  });

  test('past the count the limit shows whatever the tab is on', () => {
    for (const activeVideo of ['counted', 'uncounted', 'none'] as const) {
      expect(decide(input({ settings: three, today: watched(2, 4), activeVideo })).show?.reason).toBe('daily-videos');
    }
  });

  test('arriving on the feed after the limit was reached shows it at once', () => {
    expect(decide(input({ settings: three, today: watched(2, 3), activeVideo: 'none' })).show?.reason).toBe(
      'daily-videos',
    );
  });

  test('before the count: ask again after the videos left; no new-video trigger', () => {
    const decision = decide(input({ settings: three, today: watched(1, 1) }));
    expect(decision.next).toMatchObject({ afterVideos: 2, onNewVideo: false });
  });

  test('the same for the all-feeds count, summed over the sites', () => {
    const settings = withLimits((s) => {
      s.limits.all.weekday.dailyVideos = 3;
    });
    const today = { site: { activeMs: MIN, videos: 1 }, all: { activeMs: 3 * MIN, videos: 3 } };
    expect(decide(input({ settings, today })).next.onNewVideo).toBe(true);
    expect(decide(input({ settings, today, activeVideo: 'uncounted' })).show).toMatchObject({
      reason: 'daily-videos',
      scope: 'all',
      figures: { siteName: 'All feeds', todayVideos: 3 },
    });
  });

  test('with the limit snoozed there is nothing to wait for but the snooze', () => {
    const state = siteState({ snoozesUsed: 1, snoozedUntil: TUESDAY_3PM + 5 * MIN });
    const decision = decide(input({ settings: three, today: watched(2, 3), state }));
    expect(decision.next).toMatchObject({ onNewVideo: false, at: TUESDAY_3PM + 5 * MIN });
  });

  test('no limit, no trigger: onNewVideo is false', () => {
    expect(decide(input({ today: watched(2, 3) })).next.onNewVideo).toBe(false);
  });
});

describe('a snooze belongs to the limit it snoozes', () => {
  const both = withLimits((s) => {
    s.limits.sites.tiktok.weekday.dailyMinutes = 30;
    s.limits.all.weekday.dailyVideos = 3;
  });
  const over = { site: { activeMs: 31 * MIN, videos: 1 }, all: { activeMs: 40 * MIN, videos: 4 } };

  test("the all-feeds limit counts the all-feeds snoozes, not the site's", () => {
    const settings = withLimits((s) => {
      s.limits.all.weekday.dailyVideos = 3;
    });
    const state = { site: { ...emptyPromptState(), snoozesUsed: 2 }, all: { ...emptyPromptState(), snoozesUsed: 1 } };
    expect(decide(input({ settings, today: over, state })).show).toMatchObject({ scope: 'all', snoozesLeft: 1 });
  });

  test("snoozing the site's own limit leaves the all-feeds limit in force, and the other way round", () => {
    const siteSnoozed = siteState({ snoozesUsed: 1, snoozedUntil: TUESDAY_3PM + 5 * MIN });
    expect(decide(input({ settings: both, today: over, state: siteSnoozed })).show).toMatchObject({
      reason: 'daily-videos',
      scope: 'all',
      snoozesLeft: 2,
    });
    const allSnoozed = allState({ snoozesUsed: 1, snoozedUntil: TUESDAY_3PM + 5 * MIN });
    expect(decide(input({ settings: both, today: over, state: allSnoozed })).show).toMatchObject({
      reason: 'daily-time',
      scope: 'site',
      snoozesLeft: 2,
    });
  });

  test('quiet hours are an all-feeds limit: only the all-feeds snooze rests them', () => {
    const settings = withLimits((s) => {
      s.quietHours = { enabled: true, start: '14:00', end: '16:00', days: [2] };
    });
    const resting = { snoozesUsed: 1, snoozedUntil: TUESDAY_3PM + 5 * MIN };
    expect(decide(input({ settings })).show).toMatchObject({ reason: 'quiet-hours', scope: 'all' });
    expect(decide(input({ settings, state: siteState(resting) })).show?.reason).toBe('quiet-hours');
    expect(decide(input({ settings, state: allState(resting) })).show).toBeNull();
  });

  test('an all-feeds nudge is remembered in the all-feeds state, once a day whichever site shows it', () => {
    const settings = withLimits((s) => {
      s.limits.all.weekday.dailyMinutes = 30;
    });
    const today = { site: { activeMs: MIN, videos: 0 }, all: { activeMs: 25 * MIN, videos: 0 } };
    expect(decide(input({ settings, today })).show).toMatchObject({ nudgeKey: 'time:all:30', scope: 'all' });
    expect(decide(input({ settings, today, state: allState({ nudged: ['time:all:30'] }) })).show).toBeNull();
  });
});

describe('whether any rule can apply', () => {
  const none = withLimits((s) => {
    s.limits.all.weekday.sessionMinutes = null;
    s.limits.all.weekend.sessionMinutes = null;
  });

  test('with no budget, session length, quiet hours, nudge every N videos or intention check: none', () => {
    expect(promptRulesApply(none, 'tiktok', TUESDAY_3PM, TZ)).toBe(false);
    expect(promptRulesApply(defaultSettings(), 'tiktok', TUESDAY_3PM, TZ)).toBe(true);
  });

  test.each([
    ['a site budget', (s: Settings) => (s.limits.sites.tiktok.weekday.dailyVideos = 3)],
    ['an all-feeds session length', (s: Settings) => (s.limits.all.weekday.sessionMinutes = 10)],
    ['quiet hours', (s: Settings) => (s.quietHours.enabled = true)],
    ['a nudge every N videos', (s: Settings) => (s.prompts.nudgeEveryVideos = 10)],
    ['the intention check', (s: Settings) => (s.prompts.intention = true)],
  ])('%s is a rule', (_what, edit) => {
    const settings = structuredClone(none);
    edit(settings);
    expect(promptRulesApply(settings, 'tiktok', TUESDAY_3PM, TZ)).toBe(true);
  });

  test("another site's budget, or a weekend one on a Tuesday, is not a rule here", () => {
    const settings = structuredClone(none);
    settings.limits.sites.rednote.weekday.dailyMinutes = 10;
    settings.limits.sites.tiktok.weekend.dailyMinutes = 10;
    expect(promptRulesApply(settings, 'tiktok', TUESDAY_3PM, TZ)).toBe(false);
    expect(promptRulesApply(settings, 'tiktok', SATURDAY_3PM, TZ)).toBe(true);
  });
});

describe('a clip someone sent', () => {
  const thirty = withLimits((s) => {
    s.limits.sites.tiktok.weekday.dailyMinutes = 30;
  });

  test('past the limit, the clip plays on: nothing covers it, and the rules ask again on the next video', () => {
    const decision = decide(input({ settings: thirty, today: watched(31), onSharedClip: true }));
    expect(decision.show).toBeNull();
    expect(decision.next.onNewVideo).toBe(true);
  });

  test('once the user moves on from it, the limit covers the feed as usual', () => {
    expect(decide(input({ settings: thirty, today: watched(31), onSharedClip: false })).show?.kind).toBe('limit');
  });

  test('with "Let clips sent to me play after my limit" off, the limit covers the clip too', () => {
    const covered = withLimits((s) => {
      s.limits.sites.tiktok.weekday.dailyMinutes = 30;
      s.sharedClips.playAfterLimit = false;
    });
    expect(decide(input({ settings: covered, today: watched(31), onSharedClip: true })).show?.kind).toBe('limit');
  });

  test('under the limit a clip changes nothing: the nudge still comes at 80 %', () => {
    expect(decide(input({ settings: thirty, today: watched(25), onSharedClip: true })).show?.kind).toBe('nudge');
  });
});

describe('friction that slows instead of covering', () => {
  const over = (edit: (settings: Settings) => void = () => undefined) =>
    withLimits((s) => {
      s.limits.sites.tiktok.weekday.dailyMinutes = 30;
      s.friction.overBudget = 'slow-down';
      edit(s);
    });

  test('"slow down and grey out" past the budget: no cover, greyscale and a 3 s wait before each next video', () => {
    const decision = decide(input({ settings: over(), today: watched(31) }));
    expect(decision.show).toBeNull();
    expect(decision.friction).toEqual({ greyscale: true, slowSwipeSeconds: 3, reason: 'over-budget', scope: 'site' });
  });

  test('under the budget there is no friction; the cover stays the default past it', () => {
    expect(decide(input({ settings: over(), today: watched(20) })).friction ?? null).toBeNull();
    const cover = withLimits((s) => {
      s.limits.sites.tiktok.weekday.dailyMinutes = 30;
    });
    const decision = decide(input({ settings: cover, today: watched(31) }));
    expect(decision.show?.kind).toBe('limit');
    expect(decision.friction ?? null).toBeNull();
  });

  test('quiet hours always cover the feed, whatever the friction setting', () => {
    const quiet = over((s) => {
      s.quietHours = { enabled: true, start: '14:00', end: '16:00', days: [0, 1, 2, 3, 4, 5, 6] };
    });
    expect(decide(input({ settings: quiet, today: watched(31) })).show?.reason).toBe('quiet-hours');
  });

  test('"slow down, then cover": slowed for the minutes set after friction came on, then the cover', () => {
    const first = over((s) => {
      s.friction.overBudget = 'slow-down-then-cover';
      s.friction.coverAfterMinutes = 10;
    });
    const coming = decide(
      input({ settings: first, today: watched(31), state: siteState({ frictionFromMs: 31 * MIN }) }),
    );
    expect(coming.show).toBeNull();
    expect(coming.friction?.reason).toBe('over-budget');
    expect(coming.next.afterWatchingMs).toBe(10 * MIN);
    const later = decide(
      input({ settings: first, today: watched(41), state: siteState({ frictionFromMs: 31 * MIN }) }),
    );
    expect(later.show?.kind).toBe('limit');
  });

  test('with neither greyscale nor a wait chosen there is nothing to slow with: the limit covers', () => {
    const nothing = over((s) => {
      s.friction.greyscale = false;
      s.friction.slowSwipeSeconds = null;
    });
    expect(decide(input({ settings: nothing, today: watched(31) })).show?.kind).toBe('limit');
  });

  test('on the ladder: after a dismissed prompt, the rest of the session is slowed down too', () => {
    const ladder = withLimits((s) => {
      s.friction.onLadder = true;
      s.friction.greyscale = false;
    });
    const current = session(10);
    const escalated = siteState({
      escalation: { sessionStart: current.all.startedAt, level: 1, nextAtSessionMs: 15 * MIN },
    });
    expect(decide(input({ settings: ladder, session: current, state: escalated })).friction).toEqual({
      greyscale: false,
      slowSwipeSeconds: 3,
      reason: 'escalation',
      scope: 'site',
    });
    expect(decide(input({ settings: ladder, session: current })).friction ?? null).toBeNull();
  });

  test('a videos budget: the video that goes over it waits too, as the next ones will', () => {
    const ten = withLimits((s) => {
      s.limits.sites.tiktok.weekday.dailyVideos = 10;
      s.friction.overBudget = 'slow-down';
    });
    // On the 10th: it plays to its end, and the rules ask again when the next becomes active.
    const last = decide(input({ settings: ten, today: watched(5, 10) }));
    expect(last.friction ?? null).toBeNull();
    expect(last.next.onNewVideo).toBe(true);
    // Moved on to the 11th, not counted yet: it is the one that crossed the budget.
    const crossing = decide(input({ settings: ten, today: watched(5, 10), activeVideo: 'uncounted' }));
    expect(crossing.show).toBeNull();
    expect(crossing.friction).toMatchObject({ slowSwipeSeconds: 3, reason: 'over-budget', thisVideoWaits: true });
    // Once it plays (counted), a decision on it does not make it wait again.
    const playing = decide(input({ settings: ten, today: watched(6, 11) }));
    expect(playing.friction).toMatchObject({ slowSwipeSeconds: 3 });
    expect(playing.friction?.thisVideoWaits).toBeUndefined();
  });

  test('a shared clip past the budget plays on, without friction', () => {
    const decision = decide(input({ settings: over(), today: watched(31), onSharedClip: true }));
    expect(decision.friction ?? null).toBeNull();
  });
});
