import type { Database } from '../db/database';
import { type ContentReply, contentMessageSchema } from '../messaging/content-protocol';
import { type MessageSender, senderPageUrl } from './sender';

export interface BackgroundDeps {
  db: () => Promise<Database>;
  extensionId: string;
  now: () => number;
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
  }
}
