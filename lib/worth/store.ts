import { type Database, DB_NAME, openDatabase, type WorthRow } from '../db/database';
import {
  sessionToAsk,
  WORTH_WINDOW_DAYS,
  type WorthAnswer,
  type WorthSource,
  type WorthState,
  worthShare,
} from './answers';

const DAY_MS = 86_400_000;

/**
 * Reads what the popup and the "I'm done" page show about "Was that worth it?" and marks the session it asks about
 * as asked, in one transaction: two pages opened together never both ask.
 */
export async function takeWorthQuestion(db: Database, now: number): Promise<WorthState> {
  const tx = db.transaction(['coverage', 'worthIt'], 'readwrite');
  const [coverage, rows] = await Promise.all([
    tx.objectStore('coverage').get('all'),
    tx.objectStore('worthIt').getAll(),
  ]);
  const question = sessionToAsk(coverage?.intervals ?? [], new Set(rows.map((row) => row.sessionStart)), now);
  if (question) {
    await tx.objectStore('worthIt').put({
      sessionStart: question.start,
      sessionEnd: question.end,
      activeMs: question.activeMs,
      askedAt: now,
      answer: null,
      answeredAt: null,
    });
  }
  await tx.done;
  return { question, last30Days: worthShare(rows, now - WORTH_WINDOW_DAYS * DAY_MS) };
}

/** Records the one-tap answer about a session that was asked about; a session never asked about is ignored. */
export async function answerWorth(db: Database, sessionStart: number, answer: WorthAnswer, now: number) {
  const tx = db.transaction('worthIt', 'readwrite');
  const row = await tx.store.get(sessionStart);
  if (row) await tx.store.put({ ...row, answer, answeredAt: now });
  await tx.done;
}

export async function readWorthRows(db: Database, since = 0): Promise<WorthRow[]> {
  return db.getAll('worthIt', IDBKeyRange.lowerBound(since));
}

/** The questions on the extension's database, opened per call (pages are short-lived). */
export function worthSource(dbName = DB_NAME, now: () => number = Date.now): WorthSource {
  const withDb = async <T>(use: (db: Database) => Promise<T>): Promise<T> => {
    const db = await openDatabase(dbName);
    try {
      return await use(db);
    } finally {
      db.close();
    }
  };
  return {
    take: () => withDb((db) => takeWorthQuestion(db, now())),
    answer: (sessionStart, answer) => withDb((db) => answerWorth(db, sessionStart, answer, now())),
  };
}
