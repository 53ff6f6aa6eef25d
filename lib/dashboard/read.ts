import { DB_NAME, openDatabase } from '../db/database';
import { readStorageFault } from '../db/storage-fault';
import { readSettingsForToday } from '../experiment/store';
import { readPause } from '../settings/pause';
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
  // Asked once: each call makes an Intl formatter (the first in a process costs 15–30 ms, each later one a few).
  let zone = timeZone;
  const systemZone = () => {
    zone ??= currentTimeZone();
    return zone;
  };
  const [db, pause, storageFault, choice, elsewhere, settings] = await Promise.all([
    openDatabase(dbName),
    readPause(),
    readStorageFault(),
    readChoice(sharing).catch(() => null),
    // The other browsers' totals are theirs: if they cannot be read, the popup shows this browser's alone.
    readElsewhere(sharing, now).catch(() => null),
    // Last: it asks the system's time zone (the popup's first use of Intl) once every read is under way.
    readSettingsForToday(now, systemZone),
  ]);
  const browsers = choice?.enabled && elsewhere ? { name: choice.name, elsewhere } : null;
  try {
    return await loadDashboard(db, { now, timeZone: systemZone(), settings, pause, storageFault, browsers });
  } finally {
    db.close();
  }
}
