import type { FrictionSpec } from '../limits/decide';
import { countWatchedUnder, type OutcomeKind } from '../limits/outcomes';
import type { SiteId } from '../sites/types';
import { type ApplyResult, applyBeats, type Beat, type UsageCounts } from '../tracking/apply';
import { localDate } from '../tracking/local-time';
import { type Database, type DayRow, emptyOutcomes, type TotalRow } from './database';
import { type DecisionRows, readDecisionRows } from './decision-rows';

/** Page sessions not heard from for this long are forgotten. */
const PAGE_KEEP_MS = 2 * 24 * 3_600_000;

export interface HeartbeatBatch {
  site: SiteId;
  page: string;
  beats: Beat[];
}

export function emptyDay(date: string, site: SiteId): DayRow {
  return {
    date,
    site,
    activeMs: 0,
    hourlyMs: new Array(24).fill(0),
    videos: 0,
    sessions: 0,
    notInterested: 0,
    prompts: emptyOutcomes(),
  };
}

function addCounts<T extends { activeMs: number; hourlyMs: number[] }>(row: T, counts: UsageCounts): T {
  row.activeMs += counts.activeMs;
  row.hourlyMs = row.hourlyMs.map((ms, hour) => ms + (counts.hourlyMs[hour] ?? 0));
  return row;
}

/**
 * Applies one tab's heartbeats in a single readwrite transaction: replays are ignored, time already counted by
 * another tab is not counted again, and nothing is written unless everything is. Resolves once committed.
 * Returns the sequence numbers now applied, for the tab to drop from its outbox; with `decisionRows`, also today's
 * rows the prompt rules read, as they stand after the write, from the same transaction.
 */
export async function recordHeartbeats(
  db: Database,
  batch: HeartbeatBatch,
  context: { now: number; timeZone: string; decisionRows?: boolean },
): Promise<{ applied: number[]; result: ApplyResult; rows: DecisionRows | null }> {
  const tx = db.transaction(['days', 'totals', 'coverage', 'pages', 'promptState'], 'readwrite');
  const [page, siteCoverage, allCoverage] = await Promise.all([
    tx.objectStore('pages').get(batch.page),
    tx.objectStore('coverage').get(batch.site),
    tx.objectStore('coverage').get('all'),
  ]);
  if (page && page.site !== batch.site) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('page session belongs to another site');
  }
  const result = applyBeats(
    {
      appliedSeq: page?.appliedSeq ?? 0,
      appliedAbove: page?.appliedAbove ?? [],
      siteCoverage: siteCoverage?.intervals ?? [],
      allCoverage: allCoverage?.intervals ?? [],
    },
    batch.beats,
    context,
  );
  const days = tx.objectStore('days');
  const totals = tx.objectStore('totals');
  const [dayRows, totalRows] = await Promise.all([
    Promise.all([...result.site.keys()].map((date) => days.get([date, batch.site]))),
    Promise.all([...result.all.keys()].map((date) => totals.get(date))),
  ]);
  const writes: Promise<unknown>[] = [];
  [...result.site].forEach(([date, counts], index) => {
    const row = addCounts(dayRows[index] ?? emptyDay(date, batch.site), counts);
    row.videos += counts.videos;
    row.sessions += counts.sessions;
    writes.push(days.put(row));
  });
  [...result.all].forEach(([date, counts], index) => {
    const empty: TotalRow = { date, activeMs: 0, hourlyMs: new Array(24).fill(0) };
    writes.push(totals.put(addCounts(totalRows[index] ?? empty, counts)));
  });
  writes.push(tx.objectStore('coverage').put({ scope: batch.site, intervals: result.state.siteCoverage }));
  writes.push(tx.objectStore('coverage').put({ scope: 'all', intervals: result.state.allCoverage }));
  writes.push(
    tx.objectStore('pages').put({
      page: batch.page,
      site: batch.site,
      appliedSeq: result.state.appliedSeq,
      appliedAbove: result.state.appliedAbove,
      lastSeenAt: context.now,
    }),
  );
  if (!page) {
    // A new tab: a good moment to forget page sessions long gone.
    const stale = IDBKeyRange.upperBound(context.now - PAGE_KEEP_MS);
    writes.push(
      tx
        .objectStore('pages')
        .index('lastSeenAt')
        .getAllKeys(stale)
        .then((keys) => Promise.all(keys.map((key) => tx.objectStore('pages').delete(key)))),
    );
  }
  // Read after the writes were queued, in the same transaction: the rows as they stand once it commits.
  const rows = context.decisionRows ? readDecisionRows(tx, batch.site, localDate(context.now, context.timeZone)) : null;
  const [read] = await Promise.all([rows, ...writes, tx.done]);
  return { applied: batch.beats.map((beat) => beat.seq), result, rows: read ?? null };
}

/** Daily rows between two local dates, inclusive. */
export async function readDays(db: Database, from: string, to: string): Promise<DayRow[]> {
  return db.getAll('days', IDBKeyRange.bound([from], [to, '\uffff']));
}

export async function readTotals(db: Database, from: string, to: string): Promise<TotalRow[]> {
  return db.getAll('totals', IDBKeyRange.bound(from, to));
}

/** Counts a "Not interested" (or takes one back after the site's Undo) on today's row of the site. */
export async function recordNotInterested(
  db: Database,
  event: { site: SiteId; change: 1 | -1; now: number; timeZone: string },
): Promise<void> {
  const date = localDate(event.now, event.timeZone);
  const tx = db.transaction('days', 'readwrite');
  const row = (await tx.store.get([date, event.site])) ?? emptyDay(date, event.site);
  row.notInterested = Math.max(0, row.notInterested + event.change);
  await Promise.all([tx.store.put(row), tx.done]);
}

/**
 * Adds the watching a heartbeat added (its per-date counts) to the kinds of friction in force, on the site's rows.
 * A replayed heartbeat added nothing, so adds nothing here. The heartbeat that brings friction on counts under it.
 */
export async function recordWatchedUnderFriction(
  db: Database,
  site: SiteId,
  result: ApplyResult,
  friction: FrictionSpec,
): Promise<void> {
  const kinds: OutcomeKind[] = [
    ...(friction.greyscale ? (['greyscale'] as const) : []),
    ...(friction.slowSwipeSeconds !== null ? (['slow-swipe'] as const) : []),
  ];
  const added = [...result.site].filter(([, counts]) => counts.activeMs > 0);
  if (kinds.length === 0 || added.length === 0) return;
  const tx = db.transaction('days', 'readwrite');
  await Promise.all([
    ...added.map(async ([date, counts]) => {
      const row = (await tx.store.get([date, site])) ?? emptyDay(date, site);
      let prompts = row.prompts ?? emptyOutcomes();
      for (const kind of kinds) prompts = countWatchedUnder(prompts, kind, counts.activeMs);
      await tx.store.put({ ...row, prompts });
    }),
    tx.done,
  ]);
}
