import type { LocalValue, StorageChange, SyncArea } from '../../../lib/sync/area';
import { itemBytes, SYNC_QUOTAS } from '../../../lib/sync/quotas';

/**
 * One user's storage.sync seen from several browsers: the data is shared (what the sync service converges to;
 * each write reaches the other browsers at once), and each browser enforces the documented quotas as Chrome does —
 * the sizes on the shared data, the write rates per browser — refusing a write with Chrome's message and changing
 * nothing.
 */
export interface FakeSyncArea extends SyncArea {
  /** Writes (set and remove calls) this browser made, with when. */
  readonly writes: { at: number; op: 'set' | 'remove'; keys: string[] }[];
  readonly refused: string[];
  onChanged(listener: (changes: Record<string, StorageChange>) => void): void;
}

export function createSyncCloud(quotas = SYNC_QUOTAS) {
  const data = new Map<string, unknown>();
  const listeners = new Set<(changes: Record<string, StorageChange>) => void>();
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  function totalBytes(items: Map<string, unknown>): number {
    let bytes = 0;
    for (const [key, value] of items) bytes += itemBytes(key, value);
    return bytes;
  }

  function announce(changes: Record<string, StorageChange>) {
    for (const listener of listeners) listener(clone(changes));
  }

  return {
    data,
    /** storage.sync as one browser sees it, with its clock (for the write rates). */
    browser(clock: { now: number }): FakeSyncArea {
      const writes: FakeSyncArea['writes'] = [];
      const refused: string[] = [];
      const refuse = (quota: string): never => {
        refused.push(quota);
        throw new Error(`${quota} quota exceeded`);
      };
      const countWrite = (op: 'set' | 'remove', keys: string[]) => {
        const lastMinute = writes.filter((write) => write.at > clock.now - 60_000).length;
        const lastHour = writes.filter((write) => write.at > clock.now - 3_600_000).length;
        if (lastMinute >= quotas.writesPerMinute) refuse('MAX_WRITE_OPERATIONS_PER_MINUTE');
        if (lastHour >= quotas.writesPerHour) refuse('MAX_WRITE_OPERATIONS_PER_HOUR');
        writes.push({ at: clock.now, op, keys });
      };
      return {
        writes,
        refused,
        onChanged: (listener) => listeners.add(listener),
        async get(keys) {
          const wanted = keys ?? [...data.keys()];
          return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, clone(data.get(key))]));
        },
        async set(items) {
          const after = new Map(data);
          for (const [key, value] of Object.entries(items)) {
            if (itemBytes(key, value) > quotas.bytesPerItem) refuse('QUOTA_BYTES_PER_ITEM');
            after.set(key, clone(value));
          }
          if (after.size > quotas.items) refuse('MAX_ITEMS');
          if (totalBytes(after) > quotas.bytes) refuse('QUOTA_BYTES');
          countWrite('set', Object.keys(items));
          const changes: Record<string, StorageChange> = {};
          for (const [key, value] of Object.entries(items)) {
            changes[key] = { oldValue: data.get(key), newValue: clone(value) };
            data.set(key, clone(value));
          }
          announce(changes);
        },
        async remove(keys) {
          countWrite('remove', keys);
          const changes: Record<string, StorageChange> = {};
          for (const key of keys) {
            if (!data.has(key)) continue;
            changes[key] = { oldValue: data.get(key) };
            data.delete(key);
          }
          announce(changes);
        },
      };
    },
  };
}

/** A browser's own extension storage item, in memory. */
export function memoryValue<T>(initial?: T): LocalValue<unknown> & { value: unknown } {
  const item = {
    value: initial as unknown,
    async getValue() {
      return item.value === undefined ? null : JSON.parse(JSON.stringify(item.value));
    },
    async setValue(value: unknown) {
      item.value = JSON.parse(JSON.stringify(value));
    },
  };
  return item;
}
