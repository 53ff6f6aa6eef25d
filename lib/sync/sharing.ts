import { z } from 'zod/mini';
import { addDays } from '../dashboard/dates';
import { type DecisionInput, limitsReached } from '../limits/decide';
import { localDate } from '../tracking/local-time';
import type { LocalValue, StorageChange, SyncArea } from './area';
import { type QuotaKind, quotaOf } from './quotas';
import {
  DEVICE_NAME_MAX,
  deviceIdSchema,
  type ElsewhereToday,
  elsewhereToday,
  type MetLimit,
  type OwnDay,
  parseShared,
  recordOf,
  SHARED_DAYS,
  SHARED_PREFIX,
  type SharedRecord,
  sharedKey,
  sharedRecords,
} from './records';

/**
 * "Add up my watching from my other browsers": this browser's choice, its random device id and its name, kept in
 * this browser only (a per-browser choice that must not itself sync), and what was last shared. Writes are driven by
 * heartbeats (no timer): today's totals at most once a minute, at once when a limit is newly met or the day
 * changes, and a refused write (a quota, no sync) is tried again on a later heartbeat. Nothing here ever throws into
 * counting.
 */

export const SHARING_VERSION = 1;
export const WRITE_EVERY_MS = 60_000;
/** After a refused write: the per-minute quota frees within a minute, the hourly one more slowly. */
const RETRY_AFTER_MS: Record<QuotaKind | 'other', number> = {
  bytes: 60_000,
  bytesPerItem: 60_000,
  items: 60_000,
  writesPerMinute: 60_000,
  writesPerHour: 10 * 60_000,
  other: 60_000,
};

export const sharingChoiceSchema = z.strictObject({
  enabled: z.boolean(),
  deviceId: z.nullable(deviceIdSchema),
  name: z.string().check(z.maxLength(DEVICE_NAME_MAX)),
});
export type SharingChoice = z.infer<typeof sharingChoiceSchema>;

export const shareOutboxSchema = z.strictObject({
  /** The date and figures of the last record written, and when. */
  date: z.nullable(z.string()),
  writtenAt: z.number(),
  seq: z.int().check(z.minimum(0)),
  met: z.array(z.string()),
  written: z.nullable(z.string()),
  /** A refused write waits until then. */
  retryAt: z.number(),
  failure: z.nullable(z.string()),
  failedSince: z.nullable(z.number()),
  /** The day old records were last removed. */
  prunedOn: z.nullable(z.string()),
  /** The option was turned off but the records could not all be removed yet. */
  removePending: z.boolean(),
});
export type ShareOutbox = z.infer<typeof shareOutboxSchema>;

export const defaultChoice = (): SharingChoice => ({ enabled: false, deviceId: null, name: '' });
export const emptyOutbox = (): ShareOutbox => ({
  date: null,
  writtenAt: 0,
  seq: 0,
  met: [],
  written: null,
  retryAt: 0,
  failure: null,
  failedSince: null,
  prunedOn: null,
  removePending: false,
});

export interface SharingStores {
  sync: SyncArea;
  choice: LocalValue<unknown>;
  outbox: LocalValue<unknown>;
}

export async function readChoice(stores: Pick<SharingStores, 'choice'>): Promise<SharingChoice> {
  return sharingChoiceSchema.safeParse(await stores.choice.getValue()).data ?? defaultChoice();
}

export async function readOutbox(stores: Pick<SharingStores, 'outbox'>): Promise<ShareOutbox> {
  return shareOutboxSchema.safeParse(await stores.outbox.getValue()).data ?? emptyOutbox();
}

function newDeviceId(): string {
  return crypto.randomUUID();
}

/** Keys of this browser's own records in the area's contents. */
function ownKeys(items: Record<string, unknown>, device: string): string[] {
  return Object.keys(items).filter((key) => key.startsWith(`${SHARED_PREFIX}${device}:`));
}

/** Turns the option on: a device id is made on first use, and a name given if there is none yet. */
export async function turnSharingOn(stores: SharingStores, defaultName: string): Promise<SharingChoice> {
  const choice = await readChoice(stores);
  const next: SharingChoice = {
    enabled: true,
    deviceId: choice.deviceId ?? newDeviceId(),
    name: choice.name.trim() || defaultName.slice(0, DEVICE_NAME_MAX),
  };
  await stores.choice.setValue(next);
  // The next heartbeat writes today's record at once.
  await stores.outbox.setValue({ ...emptyOutbox(), seq: (await readOutbox(stores)).seq });
  return next;
}

/**
 * Turns the option off and removes this browser's shared records. If storage.sync refuses now, the removal is
 * tried again on later heartbeats; resolves with whether everything is gone.
 */
export async function turnSharingOff(stores: SharingStores): Promise<boolean> {
  const choice = await readChoice(stores);
  await stores.choice.setValue({ ...choice, enabled: false });
  const outbox = await readOutbox(stores);
  await stores.outbox.setValue({ ...outbox, removePending: true });
  return removeOwnRecords(stores);
}

async function removeOwnRecords(stores: SharingStores): Promise<boolean> {
  const choice = await readChoice(stores);
  try {
    if (choice.deviceId) {
      const keys = ownKeys(await stores.sync.get(null), choice.deviceId);
      if (keys.length > 0) await stores.sync.remove(keys);
    }
    await stores.outbox.setValue({ ...emptyOutbox(), seq: (await readOutbox(stores)).seq });
    return true;
  } catch {
    return false;
  }
}

export async function renameDevice(stores: SharingStores, name: string): Promise<SharingChoice> {
  const choice = await readChoice(stores);
  const next = { ...choice, name: name.trim().slice(0, DEVICE_NAME_MAX) };
  await stores.choice.setValue(next);
  return next;
}

/** The limits met in a decision's input that a record names (quiet hours are the clock's, not a total). */
export function metLimits(input: DecisionInput): MetLimit[] {
  return limitsReached(input).flatMap((limit) =>
    limit.reason === 'quiet-hours' ? [] : [`${limit.scope === 'all' ? 'all' : input.site}:${limit.reason}` as MetLimit],
  );
}

/** The other browsers' totals today, read once from storage.sync; null while the option is off. */
export async function readElsewhere(
  stores: Pick<SharingStores, 'sync' | 'choice'>,
  now: number,
): Promise<ElsewhereToday | null> {
  const choice = await readChoice(stores);
  if (!choice.enabled) return null;
  return elsewhereToday(sharedRecords(await stores.sync.get(null)), choice.deviceId, now);
}

/** Every day the other browsers shared (for the export, shown apart); null while the option is off. */
export async function readOtherBrowsersDays(
  stores: Pick<SharingStores, 'sync' | 'choice'>,
): Promise<SharedRecord[] | null> {
  const choice = await readChoice(stores);
  if (!choice.enabled) return null;
  return sharedRecords(await stores.sync.get(null)).filter((record) => record.device !== choice.deviceId);
}

export interface HeartbeatContext {
  now: number;
  timeZone: string;
  /** Limits met in the decision this heartbeat brought. */
  met: readonly MetLimit[];
  /** This browser's own totals of a date (today, or the day just ended), read only when a write is due. */
  readDay: (date: string) => Promise<OwnDay>;
}

/**
 * The worker's side: the other browsers' records, read once and then kept current by storage.onChanged, and the
 * heartbeat-driven writes of this browser's record.
 */
export function createSharing(stores: SharingStores, log?: (message: string, error: unknown) => void) {
  let records: Map<string, SharedRecord> | null = null;
  let loading: Promise<Map<string, SharedRecord>> | null = null;
  let working: Promise<void> = Promise.resolve();
  let busy = false;
  let next: HeartbeatContext | null = null;

  async function cached(): Promise<Map<string, SharedRecord>> {
    if (records) return records;
    loading ??= stores.sync
      .get(null)
      .then((items) => {
        const loaded = new Map<string, SharedRecord>();
        for (const [key, value] of Object.entries(items)) {
          const record = parseShared(key, value);
          if (record) loaded.set(key, record);
        }
        records ??= loaded;
        return records;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  async function write(context: HeartbeatContext): Promise<void> {
    const choice = await readChoice(stores);
    let outbox = await readOutbox(stores);
    const { now } = context;
    if (!choice.enabled || !choice.deviceId) {
      if (outbox.removePending && now >= outbox.retryAt && !(await removeOwnRecords(stores))) {
        await stores.outbox.setValue({ ...outbox, retryAt: now + RETRY_AFTER_MS.other });
      }
      return;
    }
    const date = localDate(now, context.timeZone);
    const sameDay = outbox.date === date;
    const met = [...new Set([...(sameDay ? outbox.met : []), ...context.met])].sort() as MetLimit[];
    const newlyMet = met.length > (sameDay ? outbox.met.length : 0);
    const due = !sameDay || newlyMet || outbox.failure !== null || now - outbox.writtenAt >= WRITE_EVERY_MS;
    if (!due || now < outbox.retryAt) return;
    const device = { id: choice.deviceId, name: choice.name };
    const own = await context.readDay(date);
    const record = recordOf(own, device, { seq: outbox.seq + 1, at: now, timeZone: context.timeZone, met });
    const { seq: _seq, at: _at, ...figures } = record;
    const fingerprint = JSON.stringify(figures);
    // Nothing changed since the last record (a paused tab's heartbeat): no write spent.
    if (sameDay && fingerprint === outbox.written && outbox.failure === null) return;
    const key = sharedKey(choice.deviceId, own.date);
    const items: Record<string, SharedRecord> = { [key]: record };
    // The first write of a day also closes the day before: its last minute was not shared yet.
    if (!sameDay && outbox.date !== null && outbox.date >= addDays(date, -(SHARED_DAYS - 1)) && outbox.date < date) {
      const last = recordOf(await context.readDay(outbox.date), device, {
        seq: outbox.seq + 1,
        at: now,
        timeZone: context.timeZone,
        met: outbox.met as MetLimit[],
      });
      items[sharedKey(choice.deviceId, outbox.date)] = last;
    }
    try {
      await stores.sync.set(items);
    } catch (error) {
      const kind = quotaOf(error);
      outbox = {
        ...outbox,
        retryAt: now + RETRY_AFTER_MS[kind ?? 'other'],
        failure: kind ?? 'other',
        failedSince: outbox.failedSince ?? now,
      };
      await stores.outbox.setValue(outbox);
      if (kind === 'bytes' || kind === 'items') await makeRoom(choice.deviceId, own.date);
      log?.('could not share today’s totals', error);
      return;
    }
    for (const [written, value] of Object.entries(items)) records?.set(written, value);
    outbox = {
      ...outbox,
      date: own.date,
      writtenAt: now,
      seq: record.seq,
      met,
      written: fingerprint,
      retryAt: 0,
      failure: null,
      failedSince: null,
    };
    await stores.outbox.setValue(outbox);
    if (outbox.prunedOn !== own.date) await prune(choice.deviceId, own.date, outbox);
  }

  /** Removes this browser's records older than the days it keeps (once a day: one write). */
  async function prune(device: string, today: string, outbox: ShareOutbox): Promise<void> {
    const oldest = addDays(today, -(SHARED_DAYS - 1));
    const keys = ownKeys(Object.fromEntries((await cached()).entries()), device).filter(
      (key) => key.slice(key.lastIndexOf(':') + 1) < oldest,
    );
    try {
      if (keys.length > 0) await stores.sync.remove(keys);
      await stores.outbox.setValue({ ...outbox, prunedOn: today });
    } catch (error) {
      log?.('could not remove old shared totals', error);
    }
  }

  /** storage.sync is full: this browser gives up its older days first (today's total is what the budgets need). */
  async function makeRoom(device: string, today: string): Promise<void> {
    const keys = ownKeys(await stores.sync.get(null), device).sort();
    const older = keys.filter((key) => key.slice(key.lastIndexOf(':') + 1) < addDays(today, -6));
    const drop = older.length > 0 ? older : keys.filter((key) => !key.endsWith(`:${today}`));
    if (drop.length > 0) await stores.sync.remove(drop).catch(() => undefined);
  }

  return {
    /** The other browsers' totals today (null while the option is off). */
    async elsewhere(now: number): Promise<ElsewhereToday | null> {
      const choice = await readChoice(stores);
      if (!choice.enabled) return null;
      return elsewhereToday([...(await cached()).values()], choice.deviceId, now);
    },
    /** storage.onChanged for the sync area: another browser's record arrived, changed or went. */
    changed(changes: Record<string, StorageChange>): void {
      if (!records) return;
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith(SHARED_PREFIX)) continue;
        const record = change.newValue === undefined ? null : parseShared(key, change.newValue);
        if (record) records.set(key, record);
        else records.delete(key);
      }
    },
    /**
     * After a heartbeat was stored: writes this browser's record if one is due. Never throws, never waits for sync.
     * One write at a time; what arrives meanwhile is looked at once that one is done (the latest only).
     */
    afterHeartbeat(context: HeartbeatContext): Promise<void> {
      if (busy) {
        next = { ...context, met: [...(next?.met ?? []), ...context.met] };
        return working;
      }
      busy = true;
      const run = async (first: HeartbeatContext) => {
        let current: HeartbeatContext | null = first;
        while (current) {
          next = null;
          await write(current).catch((error: unknown) => log?.('could not share today’s totals', error));
          current = next;
        }
        busy = false;
      };
      working = run(context);
      return working;
    },
    /** Resolves once the write under way (if any) is done. */
    settled(): Promise<void> {
      return working;
    },
  };
}
export type Sharing = ReturnType<typeof createSharing>;
