import { DB_NAME, openDatabase } from '../db/database';
import { readStorageFault } from '../db/storage-fault';
import { settingsForToday } from '../experiment/state';
import { readExperiment } from '../experiment/store';
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
  timeZone,
  dbName = DB_NAME,
}: {
  now?: number;
  /** The system's by default. */
  timeZone?: string;
  dbName?: string;
} = {}): Promise<Dashboard> {
  const sharing = browserSharingStores();
  const reads = Promise.all([
    openDatabase(dbName),
    readSettings(now),
    readExperiment().catch(() => null),
    readPause(),
    readStorageFault(),
    readChoice(sharing).catch(() => null),
    // The other browsers' totals are theirs: if they cannot be read, the popup shows this browser's alone.
    readElsewhere(sharing, now).catch(() => null),
  ]);
  // The system's time zone is the page's first use of Intl (15–30 ms the first time in a process): asked once every
  // read is under way, it costs nothing while the database and storage answer.
  const zone = timeZone ?? currentTimeZone();
  const [db, stored, experiment, pause, storageFault, choice, elsewhere] = await reads;
  const settings = settingsForToday(stored, experiment, now, zone);
  const browsers = choice?.enabled && elsewhere ? { name: choice.name, elsewhere } : null;
  try {
    return await loadDashboard(db, { now, timeZone: zone, settings, pause, storageFault, browsers });
  } finally {
    db.close();
  }
}
