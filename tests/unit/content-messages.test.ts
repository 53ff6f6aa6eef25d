import { unwrap } from 'idb';
import { describe, expect, test, vi } from 'vitest';
import { type BackgroundDeps, handleContentMessage } from '../../lib/background/content-messages';
import { createHandoffKeys, newHandoffSecret } from '../../lib/background/handoff-keys';
import type { MessageSender } from '../../lib/background/sender';
import { signPayload } from '../../lib/content/handoff';
import { loadDashboard } from '../../lib/dashboard/queries';
import { openDatabase } from '../../lib/db/database';
import { enrol } from '../../lib/experiment/state';
import { readExperiment, takeStyleChange, writeExperiment } from '../../lib/experiment/store';
import { applyStyle } from '../../lib/experiment/styles';
import { emptyDecision } from '../../lib/limits/decide';
import type { IdleState } from '../../lib/messaging/content-protocol';
import { defaultSettings, type Settings } from '../../lib/settings/schema';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
let dbCounter = 0;
const closedTabs: number[] = [];

const NOW = Date.UTC(2026, 5, 2, 10);
// One secret for the file: a reloaded worker reads the same stored secret.
const secret = newHandoffSecret();

function setup(
  idle: IdleState = 'active',
  settings: Settings = defaultSettings(),
  paused = false,
  clock = { now: NOW },
) {
  const db = openDatabase(`test-messages-${++dbCounter}`);
  const deps: BackgroundDeps = {
    db: () => db,
    extensionId: EXTENSION_ID,
    now: () => clock.now,
    timeZone: () => 'UTC',
    idleState: async () => idle,
    settings: async () => settings,
    paused: async () => paused,
    closeTab: async (tabId) => {
      closedTabs.push(tabId);
    },
    openResources: async () => undefined,
    handoffKeys: createHandoffKeys(async () => secret),
  };
  return { deps, db };
}

const fromTikTok: MessageSender = {
  id: EXTENSION_ID,
  url: 'https://www.tiktok.com/foryou',
  tab: { id: 4, url: 'https://www.tiktok.com/foryou' },
  frameId: 0,
};
const fromFacebook: MessageSender = {
  id: EXTENSION_ID,
  url: 'https://www.facebook.com/reel/1020112310713480',
  tab: { id: 7, url: 'https://www.facebook.com/reel/1020112310713480' },
  frameId: 0,
};
const health = { type: 'health', site: 'tiktok', capability: 'script', status: 'ok', detail: 'started' };

describe('messages from content scripts', () => {
  test('a valid health report from the site it names is stored', async () => {
    const { deps, db } = setup();
    expect(await handleContentMessage(health, fromTikTok, deps)).toEqual({ ok: true });
    expect(await (await db).getAll('health')).toEqual([
      { site: 'tiktok', capability: 'script', status: 'ok', detail: 'started', reportedAt: NOW },
    ]);
  });

  test.each([
    ['another extension', { ...fromTikTok, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['a page of another site', { ...fromTikTok, url: 'https://www.youtube.com/shorts/AAAAAAAAAAA' }],
    ['a look-alike host', { ...fromTikTok, url: 'https://www.tiktok.com.evil.example/foryou' }],
    ['a sub-frame', { ...fromTikTok, frameId: 3 }],
    ['no tab', { id: EXTENSION_ID, url: 'https://www.tiktok.com/foryou', frameId: 0 }],
    ['an extension page', { ...fromTikTok, url: `chrome-extension://${EXTENSION_ID}/popup.html` }],
  ])('a message from %s is rejected and nothing is stored', async (_what, sender) => {
    const { deps, db } = setup();
    expect(await handleContentMessage(health, sender as MessageSender, deps)).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    expect(await (await db).getAll('health')).toEqual([]);
  });

  test.each([
    ['an unknown type', { ...health, type: 'set-settings' }],
    ['an unknown site', { ...health, site: 'snapchat' }],
    ['an extra field', { ...health, extra: 1 }],
    ['an over-long detail', { ...health, detail: 'x'.repeat(201) }],
    ['not an object', 'health'],
    ['nothing', undefined],
  ])('%s is rejected and nothing is stored', async (_what, message) => {
    const { deps, db } = setup();
    expect(await handleContentMessage(message, fromTikTok, deps)).toEqual({ ok: false, error: 'invalid message' });
    expect(await (await db).getAll('health')).toEqual([]);
  });
});

const heartbeat = {
  type: 'heartbeat',
  site: 'tiktok',
  page: 'page-0001',
  activeVideo: 'counted',
  beats: [
    { seq: 1, segments: [{ start: NOW - 5_000, end: NOW }], videos: [{ id: '7400000000000000001', at: NOW - 4_000 }] },
  ],
};

const PAGE = 'page-load-0001';

describe('hello', () => {
  test('records that the script runs on the site and answers with its tracking settings', async () => {
    const settings = { ...defaultSettings(), idleThresholdSeconds: 15 };
    const { deps, db } = setup('active', settings);
    expect(await handleContentMessage({ type: 'hello', site: 'tiktok', page: PAGE }, fromTikTok, deps)).toMatchObject({
      ok: true,
      tracking: { enabled: true, idleThresholdS: 15 },
    });
    expect(await (await db).getAll('health')).toMatchObject([{ site: 'tiktok', capability: 'script', status: 'ok' }]);
  });

  test("tells the page the site's tracking health on record, so only a change is reported", async () => {
    const { deps } = setup();
    const hello = () => handleContentMessage({ type: 'hello', site: 'tiktok', page: PAGE }, fromTikTok, deps);
    expect(await hello()).toMatchObject({ trackingHealth: null });
    const degraded = { ...health, capability: 'tracking', status: 'degraded', detail: 'No video found.' };
    await handleContentMessage(degraded, fromTikTok, deps);
    expect(await hello()).toMatchObject({ trackingHealth: 'degraded' });
    await handleContentMessage({ ...degraded, status: 'ok', detail: 'Video found.' }, fromTikTok, deps);
    expect(await hello()).toMatchObject({ trackingHealth: 'ok' });
  });
});

describe('heartbeats', () => {
  test('are applied and acknowledged with the sequence numbers now stored, and the idle state', async () => {
    const { deps, db } = setup('locked');
    expect(await handleContentMessage(heartbeat, fromTikTok, deps)).toMatchObject({
      ok: true,
      applied: [1],
      idle: 'locked',
      tracking: { enabled: true, idleThresholdS: 60 },
    });
    expect(await (await db).getAll('days')).toMatchObject([
      { date: '2026-06-02', site: 'tiktok', activeMs: 5_000, videos: 1 },
    ]);
  });

  test('sent twice, they count once', async () => {
    const { deps, db } = setup();
    await handleContentMessage(heartbeat, fromTikTok, deps);
    expect(await handleContentMessage(heartbeat, fromTikTok, deps)).toMatchObject({ ok: true, applied: [1] });
    expect(await (await db).getAll('days')).toMatchObject([{ activeMs: 5_000, videos: 1 }]);
  });

  test.each([
    ['a segment longer than a minute', { start: NOW - 120_000, end: NOW }],
    ['a segment that ends before it starts', { start: NOW, end: NOW - 1_000 }],
    ['a time that is not a number', { start: 'yesterday', end: NOW }],
  ])('with %s are rejected whole', async (_what, segment) => {
    const { deps, db } = setup();
    const forged = { ...heartbeat, beats: [{ seq: 1, segments: [segment], videos: [] }] };
    expect(await handleContentMessage(forged, fromTikTok, deps)).toEqual({ ok: false, error: 'invalid message' });
    expect(await (await db).getAll('days')).toEqual([]);
  });

  test('saying the tab is on a video in some other way than counted, uncounted or none is rejected whole', async () => {
    const { deps, db } = setup();
    const forged = { ...heartbeat, activeVideo: 'playing' };
    expect(await handleContentMessage(forged, fromTikTok, deps)).toEqual({ ok: false, error: 'invalid message' });
    expect(await (await db).getAll('days')).toEqual([]);
  });

  test('for a site whose tracking is off are acknowledged and not stored', async () => {
    const settings = defaultSettings();
    settings.sites.tiktok.enabled = false;
    const { deps, db } = setup('active', settings);
    expect(await handleContentMessage(heartbeat, fromTikTok, deps)).toMatchObject({
      ok: true,
      applied: [1],
      tracking: { enabled: false },
    });
    expect(await (await db).getAll('days')).toEqual([]);
  });

  test('while tracking is paused, nothing is stored and tabs are told to stop counting', async () => {
    const { deps, db } = setup('active', defaultSettings(), true);
    expect(await handleContentMessage(heartbeat, fromTikTok, deps)).toMatchObject({
      ok: true,
      tracking: { enabled: false },
    });
    expect(await (await db).getAll('days')).toEqual([]);
  });

  test('claiming another site than the sending tab is rejected', async () => {
    const { deps, db } = setup();
    const forged = { ...heartbeat, site: 'youtube-shorts' };
    expect(await handleContentMessage(forged, fromTikTok, deps)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await (await db).getAll('days')).toEqual([]);
  });

  test('a storage failure is reported, so the tab keeps its heartbeats and resends them', async () => {
    const { deps } = setup();
    const failing = { ...deps, db: () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await handleContentMessage(heartbeat, fromTikTok, failing)).toEqual({ ok: false, error: 'storage' });
  });
});

describe('prompts', () => {
  const limited = () => {
    const settings = defaultSettings();
    settings.limits.sites.tiktok.weekday.dailyMinutes = 1;
    return settings;
  };
  const minute = {
    ...heartbeat,
    beats: [{ seq: 1, segments: [{ start: NOW - 60_000, end: NOW }], videos: [] }],
  };

  test('the heartbeat that crosses the daily budget is answered with the limit prompt', async () => {
    const { deps } = setup('active', limited());
    expect(await handleContentMessage(minute, fromTikTok, deps)).toMatchObject({
      prompt: { show: { kind: 'limit', reason: 'daily-time', snoozesLeft: 2 } },
    });
  });

  test('on the first day of an experiment, the first prompt says which style the day uses, and only the first', async () => {
    await writeExperiment(enrol(['nudges-only', 'cover-at-limit'], { now: NOW, timeZone: 'UTC', seed: 4 }));
    const { deps } = setup('active', limited());
    deps.styleChange = takeStyleChange;
    const style = (await readExperiment())?.assignments[0]?.style;
    expect(await handleContentMessage(minute, fromTikTok, deps)).toMatchObject({
      prompt: { show: { kind: 'limit', styleNote: { style, day: 1, days: 14 } } },
    });
    const check = { type: 'check', site: 'tiktok', activeVideo: 'counted' };
    const again = await handleContentMessage(check, fromTikTok, deps);
    expect(again).toMatchObject({ prompt: { show: { kind: 'limit' } } });
    expect(again.ok && 'prompt' in again && again.prompt.show?.styleNote).toBeUndefined();
  });

  test('on a "slow down and grey out" day with no prompt before the budget, the slowing says the style instead', async () => {
    const enrolled = enrol(['slow-and-grey', 'cover-at-limit'], { now: NOW, timeZone: 'UTC', seed: 4 });
    await writeExperiment({
      ...enrolled,
      assignments: enrolled.assignments.map((day, index) => (index === 0 ? { ...day, style: 'slow-and-grey' } : day)),
    });
    const yours = limited();
    yours.prompts.nudge = false;
    const { deps } = setup('active', applyStyle(yours, 'slow-and-grey'));
    deps.styleChange = takeStyleChange;
    expect(await handleContentMessage(minute, fromTikTok, deps)).toMatchObject({
      prompt: {
        show: null,
        friction: { slowSwipeSeconds: 3, styleNote: { style: 'slow-and-grey', day: 1, days: 14 } },
      },
    });
    const again = await handleContentMessage(
      { type: 'check', site: 'tiktok', activeVideo: 'counted' },
      fromTikTok,
      deps,
    );
    expect(again).toMatchObject({ prompt: { show: null, friction: { slowSwipeSeconds: 3 } } });
    expect(again.ok && 'prompt' in again && again.prompt.friction?.styleNote).toBeUndefined();
  });

  test('outcomes are counted, a snooze rests the limit, and snoozes beyond the cap are refused', async () => {
    const settings = limited();
    settings.snooze.perDay = 1;
    const { deps, db } = setup('active', settings);
    await handleContentMessage(minute, fromTikTok, deps);
    const outcome = (what: string) =>
      handleContentMessage(
        { type: 'prompt-outcome', site: 'tiktok', kind: 'limit', scope: 'site', outcome: what },
        fromTikTok,
        deps,
      );
    await outcome('shown');
    expect(await outcome('snoozed')).toMatchObject({
      ok: true,
      prompt: { show: null, next: { at: NOW + 5 * 60_000 } },
    });
    expect(await outcome('snoozed')).toEqual({ ok: false, error: 'storage' });
    const [day] = await (await db).getAll('days');
    expect(day?.prompts).toMatchObject({ shown: { limit: 1 }, snoozed: 1 });
  });

  test('"I\'m done" is counted as leaving and closes the tab', async () => {
    const { deps, db } = setup('active', limited());
    closedTabs.length = 0;
    await handleContentMessage(minute, fromTikTok, deps);
    await handleContentMessage(
      { type: 'prompt-outcome', site: 'tiktok', kind: 'limit', scope: 'site', outcome: 'left' },
      fromTikTok,
      deps,
    );
    expect(closedTabs).toEqual([4]);
    expect((await (await db).getAll('days'))[0]?.prompts.left).toBe(1);
  });

  test('a shared clip past the limit plays on: the heartbeat that says so is answered with no prompt', async () => {
    const { deps } = setup('active', limited());
    expect(await handleContentMessage({ ...minute, sharedClip: true }, fromTikTok, deps)).toMatchObject({
      prompt: { show: null, next: { onNewVideo: true } },
    });
    const check = { type: 'check', site: 'tiktok', activeVideo: 'uncounted' };
    expect(await handleContentMessage(check, fromTikTok, deps)).toMatchObject({ prompt: { show: { kind: 'limit' } } });
  });

  test('"Go back" from a shared clip is counted as leaving; it closes the tab only when the clip opened it', async () => {
    const { deps, db } = setup('active', limited());
    closedTabs.length = 0;
    const card = { type: 'prompt-outcome', site: 'tiktok', kind: 'shared-clip', scope: 'site' };
    await handleContentMessage({ ...card, outcome: 'shown' }, fromTikTok, deps);
    await handleContentMessage({ ...card, outcome: 'left' }, fromTikTok, deps);
    expect(closedTabs).toEqual([]);
    await handleContentMessage({ ...card, outcome: 'left', closeTab: true }, fromTikTok, deps);
    expect(closedTabs).toEqual([4]);
    const [day] = await (await db).getAll('days');
    expect(day?.prompts.kinds?.['shared-clip']).toEqual({ shown: 1, left: 2, continued: 0, watchedMs: 0 });
    expect(day?.prompts.left).toBe(0);
  });

  test('past the budget with "slow down and grey out": no cover, and the watching under it counted per kind', async () => {
    const settings = limited();
    settings.friction.overBudget = 'slow-down';
    const { deps, db } = setup('active', settings);
    expect(await handleContentMessage(minute, fromTikTok, deps)).toMatchObject({
      prompt: { show: null, friction: { greyscale: true, slowSwipeSeconds: 3, reason: 'over-budget' } },
    });
    const [day] = await (await db).getAll('days');
    expect(day?.prompts.kinds?.greyscale?.watchedMs).toBe(day?.activeMs);
    expect(day?.prompts.kinds?.['slow-swipe']?.watchedMs).toBe(day?.activeMs);
    // A replay adds nothing, under friction as elsewhere.
    await handleContentMessage(minute, fromTikTok, deps);
    const [again] = await (await db).getAll('days');
    expect(again?.prompts.kinds?.greyscale?.watchedMs).toBe(day?.activeMs);
  });

  test('leaving a slowed feed by switching tabs closes nothing; its "I\'m done" closes the tab', async () => {
    const { deps } = setup('active', limited());
    closedTabs.length = 0;
    const left = { type: 'prompt-outcome', site: 'tiktok', kind: 'slow-swipe', scope: 'site', outcome: 'left' };
    await handleContentMessage(left, fromTikTok, deps);
    expect(closedTabs).toEqual([]);
    await handleContentMessage({ ...left, closeTab: true }, fromTikTok, deps);
    expect(closedTabs).toEqual([4]);
  });

  test('an answer for a scope other than the site or all feeds is refused, and nothing is counted', async () => {
    const { deps, db } = setup('active', limited());
    const answer = { type: 'prompt-outcome', site: 'tiktok', kind: 'limit', outcome: 'snoozed', scope: 'rednote' };
    expect(await handleContentMessage(answer, fromTikTok, deps)).toEqual({ ok: false, error: 'invalid message' });
    expect(await (await db).getAll('promptState')).toEqual([]);
  });

  test('a page cannot ask for a prompt on another site', async () => {
    const { deps } = setup('active', limited());
    expect(
      await handleContentMessage({ type: 'check', site: 'rednote', activeVideo: 'none' }, fromTikTok, deps),
    ).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
  });
});

describe('a snooze belongs to the limit it snoozes', () => {
  const MINUTE = 60_000;
  /** A heartbeat of five seconds' watching in which these videos were counted. */
  const watched = (site: string, page: string, seq: number, videos: string[], at: number) => ({
    type: 'heartbeat',
    site,
    page,
    beats: [{ seq, segments: [{ start: at - 5_000, end: at }], videos: videos.map((id) => ({ id, at: at - 4_000 })) }],
    activeVideo: 'uncounted',
  });
  const outcome = (site: string, outcome: string, scope: 'site' | 'all') => ({
    type: 'prompt-outcome',
    site,
    kind: 'limit',
    outcome,
    scope,
  });

  test('3 videos a day for all feeds: one snooze state and one count, whichever site it is met on', async () => {
    const settings = defaultSettings();
    settings.limits.all.weekday.dailyVideos = 3;
    const clock = { now: NOW };
    const { deps, db } = setup('active', settings, false, clock);
    // Three reels on Facebook, and the user moves on to a fourth.
    expect(
      await handleContentMessage(
        watched('facebook-reels', 'page-fb-0001', 1, ['1', '2', '3'], NOW),
        fromFacebook,
        deps,
      ),
    ).toMatchObject({ prompt: { show: { kind: 'limit', reason: 'daily-videos', scope: 'all', snoozesLeft: 2 } } });
    expect(await handleContentMessage(outcome('facebook-reels', 'snoozed', 'all'), fromFacebook, deps)).toMatchObject({
      ok: true,
      prompt: { show: null, next: { at: NOW + 5 * MINUTE } },
    });
    // On TikTok the same limit is snoozed too.
    const check = { type: 'check', site: 'tiktok', activeVideo: 'none' };
    expect(await handleContentMessage(check, fromTikTok, deps)).toMatchObject({
      prompt: { show: null, next: { at: NOW + 5 * MINUTE } },
    });
    clock.now = NOW + 5 * MINUTE;
    expect(await handleContentMessage(check, fromTikTok, deps)).toMatchObject({
      prompt: { show: { reason: 'daily-videos', scope: 'all', snoozesLeft: 1 } },
    });
    expect(await handleContentMessage(outcome('tiktok', 'snoozed', 'all'), fromTikTok, deps)).toMatchObject({
      ok: true,
    });
    clock.now = NOW + 10 * MINUTE;
    expect(await handleContentMessage(check, fromTikTok, deps)).toMatchObject({
      prompt: { show: { scope: 'all', snoozesLeft: 0 } },
    });
    expect(await handleContentMessage(outcome('tiktok', 'snoozed', 'all'), fromTikTok, deps)).toEqual({
      ok: false,
      error: 'storage',
    });

    // The popup tells the all-feeds snoozes once, and no site's snoozes were used.
    const { today } = await loadDashboard(await db, {
      now: clock.now,
      timeZone: 'UTC',
      settings,
      pause: { current: null, history: [] },
    });
    expect(today.all).toMatchObject({
      videos: 3,
      next: { kind: 'limit-reached', reason: 'daily-videos' },
      snooze: { left: 0, until: null },
    });
    expect(today.sites.map((site) => site.snooze.left)).toEqual([2, 2, 2, 2, 2]);
  });

  test("a site's own limit has its own snoozes, apart from the all-feeds ones", async () => {
    const settings = defaultSettings();
    settings.limits.sites.tiktok.weekday.dailyMinutes = 1;
    settings.limits.all.weekday.dailyVideos = 3;
    settings.snooze.perDay = 1;
    const { deps } = setup('active', settings);
    const minute = {
      type: 'heartbeat',
      site: 'tiktok',
      page: 'page-tt-0001',
      beats: [{ seq: 1, segments: [{ start: NOW - MINUTE, end: NOW }], videos: [] }],
      activeVideo: 'none',
    };
    expect(await handleContentMessage(minute, fromTikTok, deps)).toMatchObject({
      prompt: { show: { reason: 'daily-time', scope: 'site', snoozesLeft: 1 } },
    });
    expect(await handleContentMessage(outcome('tiktok', 'snoozed', 'site'), fromTikTok, deps)).toMatchObject({
      ok: true,
    });
    // The snooze of TikTok's own limit does not rest the all-feeds one, which has a snooze of its own.
    expect(
      await handleContentMessage(watched('tiktok', 'page-tt-0001', 2, ['1', '2', '3'], NOW), fromTikTok, deps),
    ).toMatchObject({ prompt: { show: { reason: 'daily-videos', scope: 'all', snoozesLeft: 1 } } });
    expect(await handleContentMessage(outcome('tiktok', 'snoozed', 'all'), fromTikTok, deps)).toMatchObject({
      ok: true,
    });
    expect(await handleContentMessage(outcome('tiktok', 'snoozed', 'site'), fromTikTok, deps)).toEqual({
      ok: false,
      error: 'storage',
    });
  });
});

describe('the break after "Continue" comes at the session length in force today', () => {
  const MINUTE = 60_000;
  /** A heartbeat covering the given minutes before `end`, one one-minute segment per beat. */
  const minutes = (count: number, end: number, firstSeq = 1) => ({
    type: 'heartbeat',
    site: 'tiktok',
    page: 'page-tt-0002',
    beats: Array.from({ length: count }, (_, index) => {
      const start = end - (count - index) * MINUTE;
      return { seq: firstSeq + index, segments: [{ start, end: start + MINUTE }], videos: [] };
    }),
    activeVideo: 'counted',
  });
  const answer = (outcome: string) => ({
    type: 'prompt-outcome',
    site: 'tiktok',
    kind: 'breathing',
    outcome,
    scope: 'site',
  });

  test.each([
    // Saturday 6 June: the weekend session of 10 minutes, not the weekday 40; half of it is 5 minutes on.
    [
      'on a Saturday, the weekend session length',
      Date.UTC(2026, 5, 6, 10),
      (s: Settings) => {
        s.limits.all.weekday.sessionMinutes = 40;
        s.limits.all.weekend.sessionMinutes = 10;
      },
      10,
      5,
    ],
    // The site's own 6-minute break, shorter than the all-feeds 20: the next is 3 minutes on.
    [
      "with a site's own break length, the site's",
      NOW,
      (s: Settings) => {
        s.limits.sites.tiktok.weekday.sessionMinutes = 6;
      },
      6,
      3,
    ],
  ])('%s', async (_what, start, edit, sessionMinutes, sooner) => {
    const settings = defaultSettings();
    edit(settings);
    const clock = { now: start + sessionMinutes * MINUTE };
    const { deps } = setup('active', settings, false, clock);
    expect(await handleContentMessage(minutes(sessionMinutes, clock.now), fromTikTok, deps)).toMatchObject({
      prompt: { show: { kind: 'breathing', reason: 'session' } },
    });
    await handleContentMessage(answer('shown'), fromTikTok, deps);
    expect(await handleContentMessage(answer('continued'), fromTikTok, deps)).toMatchObject({
      prompt: { show: null, next: { afterWatchingMs: sooner * MINUTE } },
    });
    clock.now += sooner * MINUTE;
    expect(await handleContentMessage(minutes(sooner, clock.now, sessionMinutes + 1), fromTikTok, deps)).toMatchObject({
      prompt: { show: { reason: 'session' } },
    });
  });
});

describe('one heartbeat, one transaction', () => {
  const limited = () => {
    const settings = defaultSettings();
    settings.limits.sites.tiktok.weekday.dailyMinutes = 1;
    return settings;
  };
  const minute = {
    type: 'heartbeat',
    site: 'tiktok',
    page: 'page-0001',
    beats: [{ seq: 1, segments: [{ start: NOW - 60_000, end: NOW }], videos: [] }],
    activeVideo: 'none',
  };

  async function counting(settings: Settings) {
    const { deps, db } = setup('active', settings);
    const transactions = vi.spyOn(unwrap(await db), 'transaction');
    const settingsRead = vi.spyOn(deps, 'settings');
    return { deps, transactions, settingsRead };
  }

  test('a heartbeat and the decision on its reply take one transaction and one read of the settings', async () => {
    const { deps, transactions, settingsRead } = await counting(limited());
    expect(await handleContentMessage(minute, fromTikTok, deps)).toMatchObject({
      applied: [1],
      prompt: { show: { kind: 'limit', reason: 'daily-time' } },
    });
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(settingsRead).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['hello', { type: 'hello', site: 'tiktok', page: PAGE }],
    ['check', { type: 'check', site: 'tiktok', activeVideo: 'counted' }],
    ['prompt-outcome', { type: 'prompt-outcome', site: 'tiktok', kind: 'limit', outcome: 'shown', scope: 'site' }],
  ])('a %s reads the settings once', async (_type, message) => {
    const { deps, settingsRead } = await counting(limited());
    expect(await handleContentMessage(message, fromTikTok, deps)).toMatchObject({ ok: true });
    expect(settingsRead).toHaveBeenCalledTimes(1);
  });

  test('with no rule that could apply, the reply has no prompt and no prompt rows are read', async () => {
    const settings = defaultSettings();
    settings.limits.all.weekday.sessionMinutes = null;
    const { deps, transactions } = await counting(settings);
    expect(await handleContentMessage(minute, fromTikTok, deps)).toMatchObject({ prompt: emptyDecision() });
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(
      await handleContentMessage({ type: 'check', site: 'tiktok', activeVideo: 'none' }, fromTikTok, deps),
    ).toEqual({ ok: true, prompt: emptyDecision() });
    expect(transactions).toHaveBeenCalledTimes(1);
  });
});

describe('"Not interested"', () => {
  test("each use is counted on today's row, an undo takes one back, never below zero", async () => {
    const { deps, db } = setup();
    const send = (change: 1 | -1) =>
      handleContentMessage({ type: 'not-interested', site: 'tiktok', change }, fromTikTok, deps);
    expect(await send(1)).toEqual({ ok: true });
    await send(1);
    await send(-1);
    await send(-1);
    await send(-1);
    await send(1);
    expect((await (await db).getAll('days')).map((day) => [day.date, day.site, day.notInterested])).toEqual([
      ['2026-06-02', 'tiktok', 1],
    ]);
  });

  test('a change other than one up or one down is refused', async () => {
    const { deps, db } = setup();
    expect(
      await handleContentMessage({ type: 'not-interested', site: 'tiktok', change: 50 }, fromTikTok, deps),
    ).toEqual({
      ok: false,
      error: 'invalid message',
    });
    expect(await (await db).getAll('days')).toEqual([]);
  });
});

describe('the hand-over after an update, for what an old script could not deliver', () => {
  const beatFor = (page: string) => ({ ...heartbeat, page });

  async function introduce(deps: BackgroundDeps, page = PAGE, sender = fromTikTok) {
    const reply = await handleContentMessage({ type: 'hello', site: 'tiktok', page }, sender, deps);
    if (!reply.ok || !('handoffKey' in reply)) throw new Error('no key');
    return reply.handoffKey;
  }
  /** What the new script passes on: the old script's heartbeat as text, signed by the old script. */
  async function handoff(key: string, beat: unknown = beatFor(PAGE), page = PAGE) {
    const payload = JSON.stringify(beat);
    return { type: 'handoff', site: 'tiktok', page, payload, mac: await signPayload(key, payload) };
  }

  test("a heartbeat handed over with the old page load's signature is stored once, by a new worker too", async () => {
    const { deps, db } = setup();
    const key = await introduce(deps);
    // A new worker (the updated extension) with the same stored secret.
    const updated = { ...deps, handoffKeys: createHandoffKeys(async () => secret) };
    const message = await handoff(key);
    expect(await handleContentMessage(message, fromTikTok, updated)).toEqual({ ok: true, applied: [1] });
    expect(await handleContentMessage(message, fromTikTok, updated)).toEqual({ ok: true, applied: [1] });
    expect(await (await db).getAll('days')).toMatchObject([{ site: 'tiktok', activeMs: 5_000, videos: 1 }]);
  });

  test.each([
    [
      'a payload the page changed after signing',
      async (key: string) => ({
        ...(await handoff(key)),
        payload: JSON.stringify({ ...beatFor(PAGE), beats: [{ ...heartbeat.beats[0], seq: 2 }] }),
      }),
    ],
    ['a made-up signature', async (key: string) => ({ ...(await handoff(key)), mac: 'A'.repeat(43) })],
    [
      "a signature under another page load's key",
      async (key: string) => ({ ...(await handoff(key)), page: 'page-load-0002' }),
    ],
    ['a heartbeat for another page load', async (key: string) => handoff(key, beatFor('page-load-0002'))],
    ['a payload that is not a heartbeat', async (key: string) => handoff(key, { type: 'erase-all', site: 'tiktok' })],
    ['a message with extra fields', async (key: string) => ({ ...(await handoff(key)), extra: 1 })],
  ])('%s is refused and nothing is stored', async (_name, make) => {
    const { deps, db } = setup();
    const key = await introduce(deps);
    expect(await handleContentMessage(await make(key), fromTikTok, deps)).toMatchObject({ ok: false });
    expect(await (await db).getAll('days')).toEqual([]);
  });

  test.each([
    ['from another tab (the key names tab 4)', { ...fromTikTok, tab: { id: 5, url: 'https://www.tiktok.com/foryou' } }],
    ['from another extension', { ...fromTikTok, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['from a frame inside the page', { ...fromTikTok, frameId: 3 }],
    [
      'from a tab on another site',
      {
        ...fromTikTok,
        url: 'https://www.youtube.com/shorts/x',
        tab: { id: 4, url: 'https://www.youtube.com/shorts/x' },
      },
    ],
  ])('a hand-over %s is refused', async (_name, sender) => {
    const { deps, db } = setup();
    const key = await introduce(deps);
    expect(await handleContentMessage(await handoff(key), sender, deps)).toMatchObject({ ok: false });
    expect(await (await db).getAll('days')).toEqual([]);
  });

  test('a key from another secret (another install) is refused', async () => {
    const { deps, db } = setup();
    const key = await introduce({ ...deps, handoffKeys: createHandoffKeys(async () => newHandoffSecret()) });
    expect(await handleContentMessage(await handoff(key), fromTikTok, deps)).toEqual({
      ok: false,
      error: 'sender not allowed',
    });
    expect(await (await db).getAll('days')).toEqual([]);
  });
});
