import { z } from 'zod';
import type { BridgedMessage, ContentReply } from '../messaging/content-protocol';
import { BRIDGE_CONNECT, BRIDGE_READY, type BridgeToScript } from './protocol';

const bridgeConnectSchema = z.strictObject({
  type: z.literal(BRIDGE_CONNECT),
  page: z.string().max(64),
  key: z.string().max(64),
});

const bridgeRequestSchema = z.strictObject({ id: z.number().int().min(0), message: z.unknown() });

export interface BridgeFrameDeps {
  window: Window;
  /** runtime.sendMessage to the background. */
  send: (message: BridgedMessage) => Promise<ContentReply>;
  /** The extension's words in the browser's language, for the script's prompts. */
  messages: () => Promise<Record<string, string>>;
}

/**
 * Runs in the bridge page. Every message that arrives over a port is wrapped with the port's page id and key and
 * sent to the background, which checks the key; this page itself trusts nothing it is given.
 */
export function startBridgeFrame(deps: BridgeFrameDeps): void {
  const { window: win } = deps;
  win.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (!port || event.source !== win.parent) return;
    const connect = bridgeConnectSchema.safeParse(event.data);
    if (!connect.success) return;
    const { page, key } = connect.data;
    const post = (message: BridgeToScript) => port.postMessage(message);
    port.onmessage = (request) => {
      const parsed = bridgeRequestSchema.safeParse(request.data);
      if (!parsed.success) return;
      const { id, message } = parsed.data;
      deps
        .send({ type: 'bridged', page, key, message })
        .then((reply) => post({ type: 'reply', id, reply: reply ?? { ok: false, error: 'no reply' } }))
        .catch(() => post({ type: 'reply', id, reply: { ok: false, error: 'unreachable' } }));
    };
    deps
      .messages()
      .then((messages) => post({ type: 'messages', messages }))
      .catch(() => undefined);
  });
  // The parent may be any page the bridge is web-accessible to; it learns only that the bridge is ready.
  win.parent.postMessage({ type: BRIDGE_READY }, '*');
}
