import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { countAnswers, sessionToAsk } from '../../../lib/worth/answers';
import { answerWorth, readWorthRows, takeWorthQuestion } from '../../../lib/worth/store';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 5, 2, 12);
const span = (startMin: number, endMin: number) => ({ start: NOW + startMin * MINUTE, end: NOW + endMin * MINUTE });

describe('which session "Was that worth it?" asks about', () => {
  test('a session of 5 minutes or more, once it has ended (more than 5 minutes without watching)', () => {
    const coverage = [span(-30, -24), span(-22, -20)];
    expect(sessionToAsk(coverage, new Set(), NOW - 16 * MINUTE)).toBeNull(); // still within the gap: not ended
    expect(sessionToAsk(coverage, new Set(), NOW)).toEqual({
      start: NOW - 30 * MINUTE,
      end: NOW - 20 * MINUTE,
      activeMs: 8 * MINUTE,
    });
  });

  test('not a short one, not one already asked about, and only the latest ended one', () => {
    expect(sessionToAsk([span(-30, -26)], new Set(), NOW)).toBeNull();
    expect(sessionToAsk([span(-30, -20)], new Set([NOW - 30 * MINUTE]), NOW)).toBeNull();
    // An older long session is let go once a newer one (short) has ended after it.
    expect(sessionToAsk([span(-90, -60), span(-30, -28)], new Set(), NOW)).toBeNull();
  });

  test('the share counts only answered questions', () => {
    expect(countAnswers(['worth', 'worth', 'so-so', 'not-really', null])).toEqual({
      worth: 2,
      soSo: 1,
      notReally: 1,
      answered: 4,
      share: 0.5,
    });
    expect(countAnswers([null]).share).toBeNull();
  });
});

describe('asking and answering in IndexedDB', () => {
  test('a session is asked about once, however many pages open; the answer counts in the 30-day share', async () => {
    const db = await openDatabase('worth-once');
    await db.put('coverage', { scope: 'all', intervals: [span(-40, -20)] });
    const first = await takeWorthQuestion(db, NOW);
    expect(first.question?.activeMs).toBe(20 * MINUTE);
    expect(first.last30Days.share).toBeNull();
    expect((await takeWorthQuestion(db, NOW + MINUTE)).question).toBeNull();

    await answerWorth(db, NOW - 40 * MINUTE, 'worth', NOW + MINUTE);
    const after = await takeWorthQuestion(db, NOW + 2 * MINUTE);
    expect(after.last30Days).toMatchObject({ worth: 1, answered: 1, share: 1 });
    expect(await readWorthRows(db)).toEqual([
      {
        sessionStart: NOW - 40 * MINUTE,
        sessionEnd: NOW - 20 * MINUTE,
        activeMs: 20 * MINUTE,
        askedAt: NOW,
        answer: 'worth',
        answeredAt: NOW + MINUTE,
      },
    ]);
    db.close();
  });

  test('answers about sessions older than 30 days leave the share', async () => {
    const db = await openDatabase('worth-window');
    const old = NOW - 31 * 86_400_000;
    await db.put('worthIt', {
      sessionStart: old,
      sessionEnd: old + 10 * MINUTE,
      activeMs: 10 * MINUTE,
      askedAt: old,
      answer: 'not-really',
      answeredAt: old,
    });
    expect((await takeWorthQuestion(db, NOW)).last30Days.answered).toBe(0);
    db.close();
  });
});
