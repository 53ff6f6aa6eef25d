import { z } from 'zod';
import type { ActiveVideo, Decision, PromptReason, PromptScope } from '../limits/decide';
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
  activeVideo: activeVideoSchema.optional(),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

/**
 * A content script has started on a page of the site: it asks how to track there. `page` is its page-load id; the
 * reply carries the key that lets the same script reach a reloaded or updated extension through the bridge frame.
 */
export const helloSchema = z.strictObject({ type: z.literal('hello'), site: siteIdSchema, page: pageIdSchema });

/** Asks whether a prompt is due now (a tab became visible, or a trigger the last decision named was reached). */
export const checkSchema = z.strictObject({
  type: z.literal('check'),
  site: siteIdSchema,
  activeVideo: activeVideoSchema.optional(),
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
  kind: z.enum(['nudge', 'breathing', 'intention', 'limit']),
  outcome: z.enum(['shown', 'continued', 'dismissed', 'left', 'snoozed', 'override']),
  /**
   * Whose snoozes and nudges the answer uses (the prompt's `scope`). A script from before scopes says nothing, and
   * its answer goes to the prompt the rules show now.
   */
  scope: z.enum(['site', 'all'] as const satisfies readonly PromptScope[]).optional(),
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

export const contentMessageSchema = z.discriminatedUnion('type', [
  helloSchema,
  healthReportSchema,
  heartbeatSchema,
  checkSchema,
  promptOutcomeSchema,
  openResourcesSchema,
  notInterestedSchema,
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

export type HelloReply = { ok: true; tracking: TrackingConfig; prompt: Decision; bridgeKey: string };
export type HeartbeatReply = {
  ok: true;
  applied: number[];
  idle: IdleState;
  tracking: TrackingConfig;
  prompt: Decision;
};
export type CheckReply = { ok: true; prompt: Decision };
export type ContentReply = { ok: true } | HelloReply | HeartbeatReply | CheckReply | { ok: false; error: string };
