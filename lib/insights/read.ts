import { DB_NAME, openDatabase } from '../db/database';
import { readExperiment } from '../experiment/store';
import { currentTimeZone } from '../tracking/local-time';
import { type Insights, loadInsights } from './queries';

/** The insights page's figures, from IndexedDB and the experiment's storage item. */
export async function readInsights({
  now = Date.now(),
  timeZone = currentTimeZone(),
  dbName = DB_NAME,
}: {
  now?: number;
  timeZone?: string;
  dbName?: string;
} = {}): Promise<Insights> {
  const [db, experiment] = await Promise.all([openDatabase(dbName), readExperiment()]);
  try {
    return await loadInsights(db, { now, timeZone, experiment });
  } finally {
    db.close();
  }
}
