import { z } from 'zod';
import { SITE_IDS } from '../sites/types';

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

export const contentMessageSchema = z.discriminatedUnion('type', [healthReportSchema]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

export type ContentReply = { ok: true } | { ok: false; error: string };
