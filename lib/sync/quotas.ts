/**
 * storage.sync's quotas, as Chrome documents them (chrome.storage.sync.QUOTA_BYTES and the rest) and as MDN lists
 * them for Firefox desktop (the same three size limits; Firefox documents no write rate, so Chrome's is the bound).
 * Sizes are measured as the JSON of each value plus its key.
 */
export const SYNC_QUOTAS = {
  /** Everything the extension keeps in storage.sync, settings included. */
  bytes: 102_400,
  bytesPerItem: 8_192,
  items: 512,
  /** set, remove and clear each count as one write. */
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

const encoder = new TextEncoder();

/** What one item costs against the quotas: its key and the JSON of its value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** The quota an error from storage.sync names, if it names one (Chrome: "QUOTA_BYTES quota exceeded"). */
export type QuotaKind = 'bytes' | 'bytesPerItem' | 'items' | 'writesPerMinute' | 'writesPerHour';

export function quotaOf(error: unknown): QuotaKind | null {
  const text = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES_PER_ITEM/.test(text)) return 'bytesPerItem';
  if (/QUOTA_BYTES/.test(text)) return 'bytes';
  if (/MAX_ITEMS/.test(text)) return 'items';
  if (/MAX_WRITE_OPERATIONS_PER_MINUTE|MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE/.test(text)) return 'writesPerMinute';
  if (/MAX_WRITE_OPERATIONS_PER_HOUR/.test(text)) return 'writesPerHour';
  return null;
}
