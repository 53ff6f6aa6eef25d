import type { ContentReply } from '../messaging/content-protocol';

/**
 * The bridge between a content script that outlived its extension instance and the new instance. The bridge page
 * (an extension page the script frames, invisible, inside a closed shadow root) announces itself to its parent; the
 * script answers with a MessageChannel port and its page id and key (sent to the extension's origin only, so the
 * page never sees them); then requests and replies travel over the port.
 */
/** The bridge page, web-accessible to the feed sites in Chrome (wxt.config.ts). */
export const BRIDGE_PATH = '/bridge.html';

// What the bridge page accepts is parsed there (lib/bridge/frame.ts); the background checks the key.
export const BRIDGE_READY = 'mindful-feed:bridge-ready';
export const BRIDGE_CONNECT = 'mindful-feed:bridge-connect';

/** The script's request over the port. (No zod here: this module is bundled into every content script.) */
export type BridgeRequest = { id: number; message: unknown };

/** From the bridge to the script: a reply, or the extension's words (the script's own i18n died with its runtime). */
export type BridgeToScript =
  | { type: 'reply'; id: number; reply: ContentReply }
  | { type: 'messages'; messages: Record<string, string> };
