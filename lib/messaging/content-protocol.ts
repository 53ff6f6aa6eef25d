import { z } from 'zod';
import type { ActiveVideo, Decision, PromptReason, PromptScope } from '../limits/decide';
import { OUTCOME_KINDS } from '../limits/outcomes';
import { SITE_IDS } from '../sites/types';
import { MAX_SEGMENT_MS } from '../tracking/rules';

/**
 * Messages from content scripts. This channel is untrusted: a compromised page context could forge
 * anything, so every message is parsed here and its sender checked by the background.
 */
export const siteIdSchema = z.enum(SITE_IDS);

export const healthReportSchema = z.strictObject({
  type: z.literal('health'),
  site: siteIdSchema,
  /** Which part of the adapter this is about. */
  capability: z.enum(['script', 'tracking', 'not-interested']),
  status: z.enum(['ok', 'degraded']),
  detail: z.string().max(200),
});
export type HealthReport = z.infer<typeof healthReportSchema>;

const pageIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

const epochMs = z.number().int().min(1_500_000_000_000).max(9_000_000_000_000);

export const segmentSchema = z
  .strictObject({ start: epochMs, end: epochMs })
  .refine((segment) => segment.end > segment.start && segment.end - segment.start <= MAX_SEGMENT_MS, {
    message: 'a segment must be positive and at most one minute long',
  });

export const beatSchema = z.strictObject({
  seq: z.number().int().min(1).max(1_000_000_000),
  segments: z.array(segmentSchema).max(20),
  videos: z.array(z.strictObject({ id: z.string().min(1).max(128), at: epochMs })).max(50),
});

/**
 * What the asking tab is on right now: a video already counted today, one that became active and is not counted
 * yet (the user moved on), or none found. A daily-videos limit of N waits while the Nth video plays. Optional on
 * the wire only for scripts from before it existed (one that outlived an update speaks through the bridge): the
 * background reads a missing one as 'none', which shows a reached limit at once, as those scripts expect.
 */
export const activeVideoSchema = z.enum(['counted', 'uncounted', 'none'] as const satisfies readonly ActiveVideo[]);

export const heartbeatSchema = z.strictObject({
  type: z.literal('heartbeat'),
  site: siteIdSchema,
  /** A random id for the tab's page load: heartbeat sequence numbers are counted within it. */
  page: pageIdSchema,
  beats: z.array(beatSchema).min(1).max(120),
  activeVideo: activeVideoSchema,
  /** The video on screen is a clip the user opened directly (a limit may let it play on). */
  sharedClip: z.boolean().optional(),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/**
 * A content script has started on a page of the site: it asks how to track there. `page` is its page-load id; the
 * reply carries the key that lets the same script reach a reloaded or updated extension through the bridge frame.
 */
export const helloSchema = z.strictObject({
  type: z.literal('hello'),
  site: siteIdSchema,
  page: pageIdSchema,
  /** The page load is a clip the user opened directly (lib/content/shared-clip.ts). */
  sharedClip: z.boolean().optional(),
});

/** Asks whether a prompt is due now (a tab became visible, or a trigger the last decision named was reached). */
export const checkSchema = z.strictObject({
  type: z.literal('check'),
  site: siteIdSchema,
  activeVideo: activeVideoSchema,
  sharedClip: z.boolean().optional(),
});

const promptReasons = [
  'approaching-time',
  'approaching-videos',
  'video-count',
  'session',
  'daily-time',
  'daily-videos',
  'quiet-hours',
  'intention',
] as const satisfies readonly PromptReason[];

export const promptOutcomeSchema = z.strictObject({
  type: z.literal('prompt-outcome'),
  site: siteIdSchema,
  kind: z.enum(['nudge', 'breathing', 'intention', 'limit', ...OUTCOME_KINDS]),
  outcome: z.enum(['shown', 'continued', 'dismissed', 'left', 'snoozed', 'override']),
  /**
   * For the card and the frictions, whether "left" closes the tab ("Go back" from a clip that opened it, "I'm done" on
   * a slowed feed); a prompt's "left" always does.
   */
  closeTab: z.boolean().optional(),
  /** Whose snoozes and nudges the answer uses (the prompt's `scope`). */
  scope: z.enum(['site', 'all'] as const satisfies readonly PromptScope[]),
  reason: z.enum(promptReasons).optional(),
  nudgeKey: z.string().max(80).optional(),
});
export type PromptOutcomeMessage = z.infer<typeof promptOutcomeSchema>;

export const openResourcesSchema = z.strictObject({ type: z.literal('open-resources'), site: siteIdSchema });

/** The site's own "Not interested" was clicked (+1), or undone with the site's Undo (−1). */
export const notInterestedSchema = z.strictObject({
  type: z.literal('not-interested'),
  site: siteIdSchema,
  change: z.union([z.literal(1), z.literal(-1)]),
});

/**
 * After an extension update, the new content script (injected into the open tab by the background) passes on what
 * the old one measured but could not deliver: the old script's last heartbeat as JSON text, with an HMAC of that text
 * under the key its hello reply carried. The page can see this pass by, but without the key cannot alter it; a replay
 * changes nothing (heartbeats are applied once by sequence number).
 */
export const handoffSchema = z.strictObject({
  type: z.literal('handoff'),
  site: siteIdSchema,
  /** The old script's page-load id (the heartbeat inside must carry the same). */
  page: pageIdSchema,
  payload: z.string().max(200_000),
  mac: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
export type HandoffMessage = z.infer<typeof handoffSchema>;

export const contentMessageSchema = z.discriminatedUnion('type', [
  helloSchema,
  healthReportSchema,
  heartbeatSchema,
  checkSchema,
  promptOutcomeSchema,
  openResourcesSchema,
  notInterestedSchema,
  handoffSchema,
]);

/**
 * A content script whose extension was reloaded or updated (its runtime is gone, the page was not reloaded) speaks
 * to the new instance through the extension's bridge frame, which wraps each message in this envelope. The key is
 * the one the hello reply gave that page load in that tab (an HMAC of both under a secret kept in the extension's
 * storage), so neither the page nor another tab can speak for it.
 */
export const bridgedSchema = z.strictObject({
  type: z.literal('bridged'),
  page: pageIdSchema,
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  message: z.unknown(),
});
export type BridgedMessage = z.infer<typeof bridgedSchema>;

/** From the background to a tab (a trusted channel: content scripts accept it only from their own extension). */
export type BackgroundToTab = { type: 'run-not-interested' };
export type ContentMessage = z.infer<typeof contentMessageSchema>;

export type IdleState = 'active' | 'idle' | 'locked';

/** What a content script needs of the settings, sent with every reply so changes reach open tabs. */
export interface TrackingConfig {
  enabled: boolean;
  idleThresholdS: number;
}

export type Ack = { ok: true };
export type HelloReply = {
  ok: true;
  tracking: TrackingConfig;
  prompt: Decision;
  handoffKey: string;
  /** The site's tracking health as last reported (null: never): a page reports only a change from it. */
  trackingHealth: HealthReport['status'] | null;
};
export type HeartbeatReply = {
  ok: true;
  applied: number[];
  idle: IdleState;
  tracking: TrackingConfig;
  prompt: Decision;
};
export type DecisionReply = { ok: true; prompt: Decision };
export type HandoffReply = { ok: true; applied: number[] };
export type ErrorReply = { ok: false; error: string };

type MessageOfType<T extends ContentMessage['type']> = Extract<ContentMessage, { type: T }>;

/** Every message a content script sends, with the reply it gets when all went well (else an {@link ErrorReply}). */
export interface ContentProtocol {
  hello: { message: MessageOfType<'hello'>; reply: HelloReply };
  heartbeat: { message: MessageOfType<'heartbeat'>; reply: HeartbeatReply };
  check: { message: MessageOfType<'check'>; reply: DecisionReply };
  'prompt-outcome': { message: MessageOfType<'prompt-outcome'>; reply: DecisionReply };
  health: { message: MessageOfType<'health'>; reply: Ack };
  'open-resources': { message: MessageOfType<'open-resources'>; reply: Ack };
  'not-interested': { message: MessageOfType<'not-interested'>; reply: Ack };
  handoff: { message: MessageOfType<'handoff'>; reply: HandoffReply };
}
export type ContentMessageType = keyof ContentProtocol;
export type ContentReplyTo<T extends ContentMessageType> = ContentProtocol[T]['reply'];
export type ContentReply = ContentReplyTo<ContentMessageType> | ErrorReply;
