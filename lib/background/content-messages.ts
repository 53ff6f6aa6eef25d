import type { Database } from '../db/database';
import { readDecisionInput, recordPromptOutcome } from '../db/prompts';
import { recordHeartbeats, recordNotInterested } from '../db/usage';
import { type Decision, decide } from '../limits/decide';
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
  /** Closes the tab ("I'm done" leaves the feed). */
  closeTab: (tabId: number) => Promise<void>;
  /** Opens the extension's well-being resources page. */
  openResources: () => Promise<void>;
  /** Keys that let a page load's script, once outlived by an update, pass on what it measured (./handoff-keys.ts). */
  handoffKeys: HandoffKeys;
  /** Tells the popup whether the latest writes worked (lib/db/storage-fault.ts). */
  storageFault?: { failed(error: unknown): Promise<void>; ok(): Promise<void> };
  log?: (message: string, error: unknown) => void;
}

/** Validates and applies one message from a content script. Never throws: bad input gets an error reply. */
export async function handleContentMessage(
  raw: unknown,
  sender: MessageSender,
  deps: BackgroundDeps,
): Promise<ContentReply> {
  const parsed = contentMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const message = parsed.data;
  if (!senderPageUrl(sender, deps.extensionId, message.site)) return { ok: false, error: 'sender not allowed' };
  const tabId = sender.tab?.id as number;
  try {
    switch (message.type) {
      case 'hello': {
        const [tracking, db] = await Promise.all([trackingConfig(deps, message.site), deps.db()]);
        await db.put('health', {
          site: message.site,
          capability: 'script',
          status: 'ok',
          detail: 'started',
          reportedAt: deps.now(),
        });
        const handoffKey = await deps.handoffKeys.sign(tabId, message.page);
        return { ok: true, tracking, prompt: await decision(deps, message.site), handoffKey };
      }
      case 'check':
        return { ok: true, prompt: await decision(deps, message.site) };
      case 'prompt-outcome': {
        const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
        await recordPromptOutcome(db, {
          site: message.site,
          kind: message.kind,
          outcome: message.outcome,
          ...(message.nudgeKey ? { nudgeKey: message.nudgeKey } : {}),
          settings,
          now: deps.now(),
          timeZone: deps.timeZone(),
        });
        if (message.outcome === 'left') await deps.closeTab(tabId);
        return { ok: true, prompt: await decision(deps, message.site) };
      }
      case 'not-interested': {
        const db = await deps.db();
        await recordNotInterested(db, {
          site: message.site,
          change: message.change,
          now: deps.now(),
          timeZone: deps.timeZone(),
        });
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
          reportedAt: deps.now(),
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
        const tracking = await trackingConfig(deps, message.site);
        if (!tracking.enabled) return { ok: true, applied: heartbeat.data.beats.map((beat) => beat.seq) };
        const db = await deps.db();
        const { applied } = await recordHeartbeats(db, heartbeat.data, { now: deps.now(), timeZone: deps.timeZone() });
        return { ok: true, applied };
      }
      case 'heartbeat': {
        const tracking = await trackingConfig(deps, message.site);
        const idle = await Promise.resolve()
          .then(() => deps.idleState(tracking.idleThresholdS))
          .catch((): IdleState => 'active');
        if (!tracking.enabled) {
          // Tracking is off for this site: acknowledge and forget what the tab measured.
          return { ok: true, applied: message.beats.map((beat) => beat.seq), idle, tracking, prompt: NO_PROMPT };
        }
        const db = await deps.db();
        const { applied } = await recordHeartbeats(db, message, { now: deps.now(), timeZone: deps.timeZone() });
        await deps.storageFault?.ok();
        return { ok: true, applied, idle, tracking, prompt: await decision(deps, message.site) };
      }
    }
  } catch (error) {
    deps.log?.(`could not apply ${message.type}`, error);
    if (message.type === 'heartbeat') await deps.storageFault?.failed(error);
    return { ok: false, error: 'storage' };
  }
}

async function trackingConfig(deps: BackgroundDeps, site: SiteId): Promise<TrackingConfig> {
  const [settings, paused] = await Promise.all([deps.settings(), deps.paused()]);
  return { enabled: settings.sites[site].enabled && !paused, idleThresholdS: settings.idleThresholdSeconds };
}

const NO_PROMPT: Decision = { show: null, next: { afterWatchingMs: null, at: null, afterVideos: null } };

/** What the prompt rules say for this site now, from stored totals (so reloads and new tabs change nothing). */
async function decision(deps: BackgroundDeps, site: SiteId): Promise<Decision> {
  const [db, settings] = await Promise.all([deps.db(), deps.settings()]);
  if (!settings.sites[site].enabled) return NO_PROMPT;
  const input = await readDecisionInput(db, {
    site,
    siteName: siteById(site).name,
    settings,
    now: deps.now(),
    timeZone: deps.timeZone(),
  });
  return decide(input);
}
