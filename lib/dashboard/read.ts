import { DB_NAME, openDatabase } from '../db/database';
import { readStorageFault } from '../db/storage-fault';
import { readPause } from '../settings/pause';
import { readSettings } from '../settings/store';
import { browserSharingStores } from '../sync/items';
import { readChoice, readElsewhere } from '../sync/sharing';
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
  const sharing = browserSharingStores();
  const [db, settings, pause, storageFault, choice, elsewhere] = await Promise.all([
    openDatabase(dbName),
    readSettings(now),
    readPause(),
    readStorageFault(),
    readChoice(sharing).catch(() => null),
    // The other browsers' totals are theirs: if they cannot be read, the popup shows this browser's alone.
    readElsewhere(sharing, now).catch(() => null),
  ]);
  const browsers = choice?.enabled && elsewhere ? { name: choice.name, elsewhere } : null;
  try {
    return await loadDashboard(db, { now, timeZone, settings, pause, storageFault, browsers });
  } finally {
    db.close();
  }
}
