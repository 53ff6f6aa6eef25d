import { DB_NAME, openDatabase } from '../db/database';
import { readStorageFault } from '../db/storage-fault';
import { readSettingsForToday } from '../experiment/store';
import { readPause } from '../settings/pause';
import { currentTimeZone } from '../tracking/local-time';
import { type Dashboard, loadDashboard } from './queries';

/**
 * The popup's figures, read from IndexedDB and extension storage directly: the popup never waits for the
 * service worker to wake up before it paints.
 */
export async function readDashboard({
  now = Date.now(),
  timeZone = currentTimeZone(),
  dbName = DB_NAME,
}: {
  now?: number;
  timeZone?: string;
  dbName?: string;
} = {}): Promise<Dashboard> {
  const [db, settings, pause, storageFault] = await Promise.all([
    openDatabase(dbName),
    readSettingsForToday(now, timeZone),
    readPause(),
    readStorageFault(),
  ]);
  try {
    return await loadDashboard(db, { now, timeZone, settings, pause, storageFault });
  } finally {
    db.close();
  }
}
