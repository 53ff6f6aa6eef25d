import { expect, test } from 'vitest';
import { Outbox } from '../../../lib/tracking/outbox';

const segment = (start: number) => [{ start, end: start + 1 }];

test('heartbeats stay until acknowledged and keep their order and numbers', () => {
  const outbox = new Outbox();
  outbox.add(segment(1), []);
  outbox.add([], []);
  outbox.add(segment(2), []);
  expect(outbox.pending().map((beat) => beat.seq)).toEqual([1, 2]);
  outbox.ack([1]);
  outbox.add(segment(3), []);
  expect(outbox.pending().map((beat) => beat.seq)).toEqual([2, 3]);
  outbox.ack([2, 3]);
  expect(outbox.size).toBe(0);
});

test('past its capacity the oldest heartbeats go first', () => {
  const outbox = new Outbox(3);
  for (let i = 1; i <= 5; i++) outbox.add(segment(i), []);
  expect(outbox.pending().map((beat) => beat.seq)).toEqual([3, 4, 5]);
  expect(outbox.pending(2).map((beat) => beat.seq)).toEqual([3, 4]);
});
