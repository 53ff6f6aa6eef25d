import { expect, test } from 'vitest';
import { dataActions } from '../../../lib/data/actions';
import type { Database } from '../../../lib/db/database';
import { context, freshDatabase, seedUsage } from './seed';

test('a failed open is not kept: the next action opens the database again', async () => {
  const db = await freshDatabase('actions');
  await seedUsage(db);
  const opens: string[] = [];
  const data = dataActions(async () => {
    opens.push('open');
    if (opens.length === 1) throw new Error('blocked by another tab');
    return db;
  });
  await expect(data.countDays()).rejects.toThrow('blocked by another tab');
  const days = await data.countDays();
  expect(days).toBeGreaterThan(0);
  expect((await data.exportCsv(context)).text.split('\r\n').filter(Boolean)).toHaveLength(days + 1);
  expect(opens).toEqual(['open', 'open']);
});

test('one database for every action once it is open', async () => {
  const db = await freshDatabase('actions');
  await seedUsage(db);
  let opens = 0;
  const data = dataActions(async (): Promise<Database> => {
    opens++;
    return db;
  });
  await data.countDays();
  await data.deleteAll();
  expect(await data.countDays()).toBe(0);
  expect(opens).toBe(1);
});
