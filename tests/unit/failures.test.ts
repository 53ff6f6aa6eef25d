import { expect, test } from 'vitest';
import { createFailureLog } from '../../lib/content/failures';

test('a failure is logged once however often it repeats', () => {
  const lines: string[] = [];
  const failures = createFailureLog('tiktok', (line) => lines.push(line));
  for (let i = 0; i < 50; i++) failures.record(new Error('selector missing'));
  failures.record('other problem');
  expect(lines).toEqual(['[Mindful Feed] tiktok: selector missing', '[Mindful Feed] tiktok: other problem']);
  expect(failures.count).toBe(2);
});
