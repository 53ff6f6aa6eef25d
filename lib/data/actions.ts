import type { Database } from '../db/database';
import type { ExportDocument } from '../export/format';
import type { Settings } from '../settings/schema';
import type { SharedRecord } from '../sync/records';
import {
  deleteAllData,
  type ExportFile,
  exportCsvFile,
  exportJsonFile,
  type ImportMode,
  type ImportSummary,
  importDocument,
} from './transfer';

type Context = { now: number; timeZone: string };

/** What the options page does with the data counted on this device, without being handed the database itself. */
export interface DataActions {
  exportJson(settings: Settings, context: Context): Promise<ExportFile>;
  exportCsv(context: Context): Promise<ExportFile>;
  importDocument(document: ExportDocument, mode: ImportMode): Promise<ImportSummary>;
  /** Daily records here (what a replacing import would delete). */
  countDays(): Promise<number>;
  deleteAll(): Promise<void>;
}

/**
 * The actions on the database `open` gives; opened on first use, retried after a failed open. `otherBrowsers`
 * gives the other browsers' shared days for the export (null while "Your browsers" is off).
 */
export function dataActions(
  open: () => Promise<Database>,
  otherBrowsers: () => Promise<SharedRecord[] | null> = async () => null,
): DataActions {
  let database: Promise<Database> | undefined;
  const db = () => {
    database ??= open().catch((error: unknown) => {
      database = undefined;
      throw error;
    });
    return database;
  };
  return {
    exportJson: async (settings, context) => {
      // The other browsers' days are theirs: if they cannot be read, the export still has everything of this one.
      const others = await otherBrowsers().catch(() => null);
      return exportJsonFile(await db(), settings, { ...context, ...(others ? { otherBrowsers: others } : {}) });
    },
    exportCsv: async (context) => exportCsvFile(await db(), context),
    importDocument: async (document, mode) => importDocument(await db(), document, mode),
    countDays: async () => (await db()).count('days'),
    deleteAll: async () => deleteAllData(await db()),
  };
}
