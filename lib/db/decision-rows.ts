import type { IDBPTransaction } from 'idb';
import { type DecisionInput, emptyPromptState } from '../limits/decide';
import { currentSession } from '../limits/session';
import type { SiteId } from '../sites/types';
import { type ElsewhereToday, type OwnDay, plus } from '../sync/records';
import type { Coverage } from '../tracking/intervals';
import type { DayRow, MindfulFeedDB, PromptStateRow, TotalRow } from './database';

/** Today's rows the prompt rules read for one site, as one transaction holds them. */
export interface DecisionRows {
  /** Every site's row of today: the all-feeds video count sums them. */
  days: DayRow[];
  total: TotalRow | undefined;
  coverage: { site: Coverage; all: Coverage };
  state: { site: PromptStateRow | undefined; all: PromptStateRow | undefined };
}

/**
 * What the rules need besides the rows; with `elsewhere`, the user's other browsers' totals today (shared through
 * storage.sync, opt-in), which the rules get summed with this browser's.
 */
export type DecisionRequest = Pick<
  DecisionInput,
  'now' | 'timeZone' | 'site' | 'siteName' | 'settings' | 'activeVideo' | 'onSharedClip'
> & { elsewhere?: ElsewhereToday | null };

/** The stores a transaction that reads the rules' rows spans (pages too, so that heartbeats can share it). */
export type RuleStores = ('days' | 'totals' | 'coverage' | 'pages' | 'promptState')[];

export async function readDecisionRows<Mode extends IDBTransactionMode>(
  tx: IDBPTransaction<MindfulFeedDB, RuleStores, Mode>,
  site: SiteId,
  date: string,
): Promise<DecisionRows> {
  const [days, total, siteCoverage, allCoverage, siteState, allState] = await Promise.all([
    tx.objectStore('days').getAll(IDBKeyRange.bound([date], [date, '\uffff'])),
    tx.objectStore('totals').get(date),
    tx.objectStore('coverage').get(site),
    tx.objectStore('coverage').get('all'),
    tx.objectStore('promptState').get([date, site]),
    tx.objectStore('promptState').get([date, 'all']),
  ]);
  return {
    days,
    total,
    coverage: { site: siteCoverage?.intervals ?? [], all: allCoverage?.intervals ?? [] },
    state: { site: siteState, all: allState },
  };
}

/** The rules' input from the rows: a row not written yet is an empty day. */
export function decisionInput(rows: DecisionRows, { elsewhere, ...request }: DecisionRequest): DecisionInput {
  const siteDay = rows.days.find((day) => day.site === request.site);
  const state = (row: PromptStateRow | undefined) => {
    if (!row) return emptyPromptState();
    const { date: _date, site: _scope, ...rest } = row;
    return rest;
  };
  return {
    ...request,
    today: {
      site: plus({ activeMs: siteDay?.activeMs ?? 0, videos: siteDay?.videos ?? 0 }, elsewhere?.sites[request.site]),
      all: plus(
        { activeMs: rows.total?.activeMs ?? 0, videos: rows.days.reduce((sum, day) => sum + day.videos, 0) },
        elsewhere?.all,
      ),
    },
    session: {
      site: currentSession(rows.coverage.site, request.now),
      all: currentSession(rows.coverage.all, request.now),
    },
    state: { site: state(rows.state.site), all: state(rows.state.all) },
  };
}

/** This browser's own figures of the day in the rows, as it shares them (never the sums). */
export function ownDay(rows: DecisionRows, date: string): OwnDay {
  return {
    date,
    sites: Object.fromEntries(rows.days.map((day) => [day.site, { activeMs: day.activeMs, videos: day.videos }])),
    allMs: rows.total?.activeMs ?? 0,
  };
}
