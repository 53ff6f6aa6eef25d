/**
 * Passing on what an old content script measured after the extension was updated or reloaded.
 *
 * Chrome leaves the old script running in open tabs with its runtime gone; the background injects the new version's
 * script into those tabs. The new script asks in the page for a predecessor; the old one (only once its runtime is
 * gone) stops measuring and answers with its undelivered heartbeat as JSON text plus an HMAC of that text under the
 * key its hello reply carried. The page sees both messages pass, but cannot alter the payload without the key (the
 * background checks the HMAC against the tab and page load), and replaying it changes nothing.
 */

const SUCCESSOR = 'mindful-feed:successor';
const HANDOFF = 'mindful-feed:handoff';

export interface Handoff {
  site: string;
  page: string;
  payload: string;
  mac: string;
  /**
   * The videos the old script counted: the new one does not count them again. Outside the signed payload, so the
   * page could alter it; at most that stops a video from counting, it can never add one.
   */
  counted: string[];
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** HMAC-SHA256 of `payload` under the page load's handoff key (both base64url). */
export async function signPayload(key: string, payload: string): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', fromBase64Url(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(payload));
  return toBase64Url(new Uint8Array(signature));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The old script's side: calls `onRequest` whenever a successor asks (the caller checks its runtime is gone). */
export function listenForSuccessor(win: Window, signal: AbortSignal, onRequest: () => void): void {
  win.addEventListener(
    'message',
    (event) => {
      // Anyone in the page can post this; it is acted on only once this script's runtime is gone.
      if (!isRecord(event.data) || event.data.type !== SUCCESSOR) return;
      onRequest();
    },
    { signal },
  );
}

export function postHandoff(win: Window, handoff: Handoff): void {
  win.postMessage({ type: HANDOFF, ...handoff }, win.location.origin);
}

/** The new script's side: asks once for a predecessor and passes each well-formed answer on (until `signal`). */
export function askPredecessor(win: Window, signal: AbortSignal, onHandoff: (handoff: Handoff) => void): void {
  win.addEventListener(
    'message',
    (event) => {
      const data: unknown = event.data;
      // Anyone in the page can post this too; the background accepts only a payload with a valid HMAC.
      if (!isRecord(data) || data.type !== HANDOFF) return;
      const { site, page, payload, mac, counted } = data;
      if (typeof site !== 'string' || typeof page !== 'string' || typeof payload !== 'string') return;
      if (typeof mac !== 'string') return;
      const ids = Array.isArray(counted)
        ? counted.filter((id): id is string => typeof id === 'string').slice(0, 50)
        : [];
      onHandoff({ site, page, payload, mac, counted: ids });
    },
    { signal },
  );
  win.postMessage({ type: SUCCESSOR }, win.location.origin);
}
