import type { Database } from '../db/database';
import { type DecisionRequest, type DecisionRows, decisionInput, ownDay, readDecisionRows } from '../db/decision-rows';
import { readDecisionInput, recordPromptOutcome } from '../db/prompts';
import { recordHeartbeats, recordNotInterested, recordWatchedUnderFriction } from '../db/usage';
import {
  type ActiveVideo,
  type Decision,
  type DecisionInput,
  decide,
  emptyDecision,
  type PromptSpec,
  promptRulesApply,
} from '../limits/decide';
import { isOutcomeKind } from '../limits/outcomes';
import {
  type ContentReply,
  contentMessageSchema,
  heartbeatSchema,
  type IdleState,
  type TrackingConfig,
} from '../messaging/content-protocol';
import type { Settings } from '../settings/schema';
import { siteById } from '../sites/catalog';
import type { SiteId } from '../sites/types';
import type { ElsewhereToday } from '../sync/records';
import { metLimits, type Sharing } from '../sync/sharing';
import { localDate } from '../tracking/local-time';
import type { HandoffKeys } from './handoff-keys';
import { type MessageSender, senderPageUrl } from './sender';

export interface BackgroundDeps {
  db: () => Promise<Database>;
  extensionId: string;
  now: () => number;
  timeZone: () => string;
  /** The system's idle state (browser.idle), asked before each heartbeat is applied. */
  idleState: (thresholdS: number) => Promise<IdleState>;
  settings: () => Promise<Settings>;
  /** Whether the user paused tracking (popup: "Pause for an hour"). */
  paused: () => Promise<boolean>;
  /** "I'm done" leaves the feed: closes the tab, or shows the "Done for now" page in a window's last tab. */
  closeTab: (tabId: number) => Promise<void>;
  /** Opens the extension's well-being resources page. */
  openResources: () => Promise<void>;
  /** Keys that let a page load's script, once outlived by an update, pass on what it measured (./handoff-keys.ts). */
  handoffKeys: HandoffKeys;
  /** Tells the popup whether the latest writes worked (lib/db/storage-fault.ts). */
  storageFault?: { failed(error: unknown): Promise<void>; ok(): Promise<void> };
  log?: (message: string, error: unknown) => void;
  /** Totals shared with the user's other browsers through storage.sync, when the user turned it on (lib/sync). */
  sharing?: Sharing;
  /**
   * The experiment style whose change the first prompt of today tells, taken (so it is told once); null when there
   * is none to tell (lib/experiment/store.ts).
   */
  styleChange?: (now: number, timeZone: string) => Promise<PromptSpec['styleNote'] | null>;
}

/** Validates and applies one message from a content script. Never throws: bad input gets an error reply. */
export async function handleContentMessage(
  raw: unknown,
  sender: MessageSender,
  deps: BackgroundDeps,
): Promise<ContentReply> {
  const reply = await applyContentMessage(raw, sender, deps);
  if (!deps.styleChange || !reply.ok || !('prompt' in reply)) return reply;
  const { show, friction } = reply.prompt;
  // A feed slowed instead of covered has no prompt: its countdown is the first thing the user sees of the day's style.
  const slowed = show === null && friction?.slowSwipeSeconds != null ? friction : null;
  if (show === null && slowed === null) return reply;
  // The first prompt of a day whose experiment style changed says so; a failure to read it only leaves it out.
  const note = await deps.styleChange(deps.now(), deps.timeZone()).catch(() => null);
  if (!note) return reply;
  if (show) return { ...reply, prompt: { ...reply.prompt, show: { ...show, styleNote: note } } };
  return slowed ? { ...reply, prompt: { ...reply.prompt, friction: { ...slowed, styleNote: note } } } : reply;
}

async function applyContentMessage(raw: unknown, sender: MessageSender, deps: BackgroundDeps): Promise<ContentReply> {
  const parsed = contentMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
  if (!senderPageUrl(sender, deps.extensionId, message.site)) return { ok: false, error: 'sender not allowed' };
  const tabId = sender.tab?.id as number;
  // One clock reading per message: the write and the decision that rides on its reply agree on "now".
  const now = deps.now();
  const timeZone = deps.timeZone();
  try {
    switch (message.type) {
      case 'hello': {
        const [settings, paused, db] = await Promise.all([deps.settings(), deps.paused(), deps.db()]);
        const trackingHealth = (await db.get('health', [message.site, 'tracking']))?.status ?? null;
        await db.put('health', {
          site: message.site,
          capability: 'script',
          status: 'ok',
          detail: 'started',
          reportedAt: now,
        });
        const handoffKey = await deps.handoffKeys.sign(tabId, message.page);
        // A script just started has no video yet: a limit already reached shows at once.
        const elsewhere = await otherBrowsers(deps, now);
        const request = promptRequest(settings, message.site, now, timeZone, 'none', elsewhere, message.sharedClip);
        const prompt = await readAndDecide(db, request, deps);
        return { ok: true, tracking: trackingOf(settings, paused, message.site), prompt, handoffKey, trackingHealth };
      }
      case 'check': {
        const [settings, db, elsewhere] = await Promise.all([deps.settings(), deps.db(), otherBrowsers(deps, now)]);
        const request = promptRequest(
          settings,
          message.site,
          now,
          timeZone,
          message.activeVideo,
          elsewhere,
          message.sharedClip,
        );
        return { ok: true, prompt: await readAndDecide(db, request, deps) };
      }
      case 'prompt-outcome': {
        const [settings, db, elsewhere] = await Promise.all([deps.settings(), deps.db(), otherBrowsers(deps, now)]);
        // The answer does not say which video is on. The prompt was shown over a counted one (else the limit would
        // have come first), so a daily-videos limit at its count keeps waiting for the next video.
        const request = promptRequest(settings, message.site, now, timeZone, 'counted', elsewhere);
        const after = await recordPromptOutcome(db, {
          kind: message.kind,
          outcome: message.outcome,
          scope: message.scope,
          ...(message.nudgeKey ? { nudgeKey: message.nudgeKey } : {}),
          ...request.input,
        });
        // A prompt's "I'm done" closes the tab. The card and the frictions say when: "Go back" from a shared clip
        // goes back in the tab's history unless the clip opened the tab, and leaving a slowed feed by switching tabs
        // is recorded without closing anything.
        const closes = isOutcomeKind(message.kind) ? message.closeTab === true : true;
        if (message.outcome === 'left' && closes) await deps.closeTab(tabId);
        return { ok: true, prompt: request.apply ? decide(after) : emptyDecision() };
      }
      case 'not-interested': {
        const db = await deps.db();
        await recordNotInterested(db, { site: message.site, change: message.change, now, timeZone });
        return { ok: true };
      }
      case 'open-resources':
        await deps.openResources();
        return { ok: true };
      case 'health': {
        const db = await deps.db();
        await db.put('health', {
          site: message.site,
          capability: message.capability,
          status: message.status,
          detail: message.detail,
          reportedAt: now,
        });
        return { ok: true };
      }
      case 'handoff': {
        // What an old script measured before an update, passed on by the new one: only with the old page load's key.
        const valid = await deps.handoffKeys.verifyPayload(tabId, message.page, message.payload, message.mac);
        if (!valid) return { ok: false, error: 'sender not allowed' };
        let inner: unknown;
        try {
          inner = JSON.parse(message.payload);
        } catch {
          return { ok: false, error: 'invalid message' };
        }
        const heartbeat = heartbeatSchema.safeParse(inner);
        if (!heartbeat.success || heartbeat.data.page !== message.page || heartbeat.data.site !== message.site) {
          return { ok: false, error: 'invalid message' };
        }
        const [settings, paused] = await Promise.all([deps.settings(), deps.paused()]);
        if (!trackingOf(settings, paused, message.site).enabled) {
          return { ok: true, applied: heartbeat.data.beats.map((beat) => beat.seq) };
        }
        const { applied } = await recordHeartbeats(await deps.db(), heartbeat.data, { now, timeZone });
        return { ok: true, applied };
      }
      case 'heartbeat': {
        const [settings, paused] = await Promise.all([deps.settings(), deps.paused()]);
        const tracking = trackingOf(settings, paused, message.site);
        const idle = await Promise.resolve()
          .then(() => deps.idleState(tracking.idleThresholdS))
          .catch((): IdleState => 'active');
        if (!tracking.enabled) {
          // Tracking is off for this site: acknowledge and forget what the tab measured.
          const applied = message.beats.map((beat) => beat.seq);
          return { ok: true, applied, idle, tracking, prompt: emptyDecision() };
        }
        const db = await deps.db();
        const request = promptRequest(
          settings,
          message.site,
          now,
          timeZone,
          message.activeVideo,
          null,
          message.sharedClip,
        );
        // The decision rides on the write: the rows it needs are read in the heartbeat's own transaction.
        const { applied, rows, result } = await recordHeartbeats(db, message, {
          now,
          timeZone,
          decisionRows: request.apply,
        });
        await deps.storageFault?.ok();
        // Counted first; the other browsers' totals only join the decision (a failed read of them counts nothing).
        request.input.elsewhere = await otherBrowsers(deps, now);
        const input = rows ? decisionInput(rows, request.input) : null;
        const prompt = input ? decide(input) : emptyDecision();
        // Watching under friction, per kind: what this heartbeat added (a replay adds nothing) while it is in force.
        if (prompt.friction) await recordWatchedUnderFriction(db, message.site, result, prompt.friction);
        // Not awaited: sharing never holds up the reply, and a refused write is tried again on a later heartbeat.
        share(deps, db, request.input, input, rows);
        return { ok: true, applied, idle, tracking, prompt };
      }
    }
  } catch (error) {
    deps.log?.(`could not apply ${message.type}`, error);
    if (message.type === 'heartbeat') await deps.storageFault?.failed(error);
    return { ok: false, error: 'storage' };
  }
}

function trackingOf(settings: Settings, paused: boolean, site: SiteId): TrackingConfig {
  return { enabled: settings.sites[site].enabled && !paused, idleThresholdS: settings.idleThresholdSeconds };
}

/** The other browsers' totals today, or null (the option is off, or they cannot be read now). */
async function otherBrowsers(deps: BackgroundDeps, now: number): Promise<ElsewhereToday | null> {
  if (!deps.sharing) return null;
  try {
    return await deps.sharing.elsewhere(now);
  } catch (error) {
    deps.log?.('could not read the other browsers’ totals', error);
    return null;
  }
}

async function dayRows(db: Database, site: SiteId, date: string): Promise<DecisionRows> {
  const tx = db.transaction(['days', 'totals', 'coverage', 'pages', 'promptState'], 'readonly');
  return readDecisionRows(tx, site, date);
}

/** What the rules are asked for this site, and whether any can apply (if none, no prompt rows are read). */
function promptRequest(
  settings: Settings,
  site: SiteId,
  now: number,
  timeZone: string,
  activeVideo: ActiveVideo,
  elsewhere: ElsewhereToday | null = null,
  sharedClip = false,
) {
  const input: DecisionRequest = {
    site,
    siteName: siteById(site).name,
    settings,
    now,
    timeZone,
    activeVideo,
    elsewhere,
    ...(sharedClip ? { onSharedClip: true } : {}),
  };
  return { input, apply: settings.sites[site].enabled && promptRulesApply(settings, site, now, timeZone) };
}

/**
 * What the prompt rules say for this site now, from stored totals (so reloads and new tabs change nothing). A limit met
 * here is shared at once: the prompt that covers the feed stops the heartbeats that would otherwise carry it.
 */
async function readAndDecide(
  db: Database,
  request: ReturnType<typeof promptRequest>,
  deps: BackgroundDeps,
): Promise<Decision> {
  if (!request.apply) return emptyDecision();
  const input = await readDecisionInput(db, request.input);
  if (metLimits(input).length > 0) share(deps, db, request.input, input, null);
  return decide(input);
}

/** Hands this browser's totals to the sharing (lib/sync), which writes them if a write is due. Not awaited. */
function share(
  deps: BackgroundDeps,
  db: Database,
  request: DecisionRequest,
  input: DecisionInput | null,
  rows: DecisionRows | null,
): void {
  const today = localDate(request.now, request.timeZone);
  void deps.sharing?.afterHeartbeat({
    now: request.now,
    timeZone: request.timeZone,
    met: input ? metLimits(input) : [],
    readDay: async (date) => ownDay(rows && date === today ? rows : await dayRows(db, request.site, date), date),
  });
}
