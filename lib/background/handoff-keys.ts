/**
 * Keys for the hand-over after an extension update or reload: the page's old content script keeps running without a
 * runtime; the new version's script passes on its undelivered heartbeat, signed by the old script with the key its
 * hello reply carried: HMAC-SHA256(secret, "<tabId>|<page>"). The background recomputes that key for the tab and
 * page load and checks the payload's HMAC under it. The secret lives in the extension's storage (it survives reloads
 * and updates; pages cannot read it).
 */
export interface HandoffKeys {
  /** The key a page load is given in its hello reply. */
  sign(tabId: number, page: string): Promise<string>;
  /** Whether `mac` is the HMAC of `payload` under the key of that tab and page load. */
  verifyPayload(tabId: number, page: string, payload: string, mac: string): Promise<boolean>;
}

const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** A new random secret, as stored (32 bytes, base64url). */
export function newHandoffSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * `loadSecret` returns the stored secret, creating it on first use. The imported key is kept for the worker's life.
 */
export function createHandoffKeys(loadSecret: () => Promise<string>): HandoffKeys {
  let key: Promise<CryptoKey> | undefined;
  const hmacKey = () => {
    key ??= loadSecret()
      .then((secret) => {
        const bytes = fromBase64Url(secret);
        if (!bytes || bytes.length < 32) throw new Error('the hand-over secret is malformed');
        return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
      })
      .catch((error: unknown) => {
        key = undefined;
        throw error;
      });
    return key;
  };
  const data = (tabId: number, page: string) => encoder.encode(`${tabId}|${page}`);
  return {
    async sign(tabId, page) {
      const signature = await crypto.subtle.sign('HMAC', await hmacKey(), data(tabId, page));
      return toBase64Url(new Uint8Array(signature));
    },
    async verifyPayload(tabId, page, payload, mac) {
      const signature = fromBase64Url(mac);
      if (signature?.length !== 32) return false;
      const pageKey = await crypto.subtle.sign('HMAC', await hmacKey(), data(tabId, page));
      const key = await crypto.subtle.importKey('raw', pageKey, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
      // crypto.subtle.verify compares in constant time.
      return crypto.subtle.verify('HMAC', key, signature, encoder.encode(payload));
    },
  };
}
