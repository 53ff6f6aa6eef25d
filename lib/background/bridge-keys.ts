/**
 * Keys for the bridge: after an extension reload or update, a page's old content script keeps running but has no
 * runtime of its own. It reaches the new instance through the extension's bridge frame, and proves which tab and
 * page load it speaks for with the key its hello reply carried: HMAC-SHA256(secret, "<tabId>|<page>"). The secret
 * lives in the extension's storage (it survives reloads and updates; pages cannot read it).
 */
export interface BridgeKeys {
  sign(tabId: number, page: string): Promise<string>;
  verify(tabId: number, page: string, key: string): Promise<boolean>;
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
export function newBridgeSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * `loadSecret` returns the stored secret, creating it on first use. The imported key is kept for the worker's life.
 */
export function createBridgeKeys(loadSecret: () => Promise<string>): BridgeKeys {
  let key: Promise<CryptoKey> | undefined;
  const hmacKey = () => {
    key ??= loadSecret()
      .then((secret) => {
        const bytes = fromBase64Url(secret);
        if (!bytes || bytes.length < 32) throw new Error('the bridge secret is malformed');
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
    async verify(tabId, page, text) {
      const signature = fromBase64Url(text);
      if (signature?.length !== 32) return false;
      // crypto.subtle.verify compares in constant time.
      return crypto.subtle.verify('HMAC', await hmacKey(), signature, data(tabId, page));
    },
  };
}
