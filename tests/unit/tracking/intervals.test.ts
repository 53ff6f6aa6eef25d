import fc from 'fast-check';
import { expect, test } from 'vitest';
import { type Coverage, clusters, insert, length, uncovered } from '../../../lib/tracking/intervals';

const interval = fc
  .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 200 }))
  .map(([start, size]) => ({ start, end: start + size }));

function covers(coverage: Coverage, point: number): boolean {
  return coverage.some((part) => part.start <= point && point < part.end);
}

test('inserting keeps coverage sorted, disjoint and equal to the union of what was inserted', () => {
  fc.assert(
    fc.property(fc.array(interval, { maxLength: 30 }), (segments) => {
      const coverage = segments.reduce(insert, [] as Coverage);
      for (let i = 1; i < coverage.length; i++) {
        expect((coverage[i]?.start ?? 0) > (coverage[i - 1]?.end ?? 0)).toBe(true);
      }
      for (let point = 0; point < 1200; point += 7) {
        expect(covers(coverage, point)).toBe(segments.some((s) => s.start <= point && point < s.end));
      }
    }),
  );
});

test('uncovered + already covered = the segment, and adding what is uncovered adds exactly its length', () => {
  fc.assert(
    fc.property(fc.array(interval, { maxLength: 20 }), interval, (segments, segment) => {
      const coverage = segments.reduce(insert, [] as Coverage);
      const fresh = uncovered(segment, coverage);
      const grown = insert(coverage, segment);
      expect(length(grown) - length(coverage)).toBe(length(fresh));
      for (const part of fresh) {
        expect(covers(coverage, part.start)).toBe(false);
      }
    }),
  );
});

test('clusters split where a gap exceeds the limit', () => {
  const coverage = [
    { start: 0, end: 10 },
    { start: 15, end: 20 },
    { start: 40, end: 50 },
  ];
  expect(clusters(coverage, 5)).toEqual([
    { start: 0, end: 20 },
    { start: 40, end: 50 },
  ]);
});
