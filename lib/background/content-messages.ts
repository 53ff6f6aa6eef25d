import type { Database } from '../db/database';
import { recordHeartbeats } from '../db/usage';
import { type ContentReply, contentMessageSchema, type IdleState } from '../messaging/content-protocol';
import { type MessageSender, senderPageUrl } from './sender';

export interface BackgroundDeps {
  db: () => Promise<Database>;
  extensionId: string;
  now: () => number;
  timeZone: () => string;
  /** The system's idle state (browser.idle), asked before each heartbeat is applied. */
  idleState: () => Promise<IdleState>;
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
  try {
    switch (message.type) {
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
      case 'heartbeat': {
        const idle = await deps.idleState().catch((): IdleState => 'active');
        const db = await deps.db();
        const { applied } = await recordHeartbeats(db, message, { now: deps.now(), timeZone: deps.timeZone() });
        return { ok: true, applied, idle };
      }
    }
  } catch (error) {
    deps.log?.(`could not apply ${message.type}`, error);
    return { ok: false, error: 'storage' };
  }
}
