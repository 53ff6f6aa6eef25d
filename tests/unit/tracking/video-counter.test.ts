import { expect, test } from 'vitest';
import { VideoCounter } from '../../../lib/tracking/video-counter';

const T = 1_780_000_000_000;

test('a video counts once it has been active and watched for a second', () => {
  const counter = new VideoCounter(1_000);
  counter.observe(T, 'a', true, false);
  counter.observe(T + 500, 'a', true, false);
  expect(counter.drain()).toEqual([]);
  counter.observe(T + 1_000, 'a', true, false);
  expect(counter.drain()).toEqual([{ id: 'a', at: T + 1_000 }]);
});

test('a fast flick past a video does not count it', () => {
  const counter = new VideoCounter(1_000);
  counter.observe(T, 'a', true, false);
  counter.observe(T + 400, 'b', true, false);
  counter.observe(T + 800, 'c', true, false);
  counter.observe(T + 2_000, 'c', true, false);
  expect(counter.drain().map((video) => video.id)).toEqual(['c']);
});

test('time not watching (hidden, paused and idle) does not add to the dwell', () => {
  const counter = new VideoCounter(1_000);
  counter.observe(T, 'a', false, false);
  counter.observe(T + 5_000, 'a', false, false);
  expect(counter.drain()).toEqual([]);
});

test('ads never count, and a video scrolled back to does not count twice', () => {
  const counter = new VideoCounter(1_000);
  counter.observe(T, 'ad', true, true);
  counter.observe(T + 2_000, 'ad', true, true);
  counter.observe(T + 2_000, 'a', true, false);
  counter.observe(T + 4_000, 'a', true, false);
  counter.observe(T + 4_000, 'b', true, false);
  counter.observe(T + 6_000, 'b', true, false);
  counter.observe(T + 6_000, 'a', true, false);
  counter.observe(T + 8_000, 'a', true, false);
  expect(counter.drain().map((video) => video.id)).toEqual(['a', 'b']);
});

test('a video watched past the dwell counts even when the next look comes only after it was swiped away', () => {
  const counter = new VideoCounter(1_000);
  counter.observe(T, 'a', true, false);
  counter.observe(T + 700, 'a', true, false);
  // Swiped at T + 1 200: the first look after it is already on the next video.
  counter.observe(T + 1_200, 'b', true, false);
  expect(counter.drain().map((video) => video.id)).toEqual(['a']);
  expect(counter.activeVideo).toBe('uncounted');
});

test('says whether the video on screen is counted yet', () => {
  const counter = new VideoCounter(1_000);
  expect(counter.activeVideo).toBe('none');
  counter.observe(T, 'a', true, false);
  expect(counter.activeVideo).toBe('uncounted');
  counter.observe(T + 1_000, 'a', true, false);
  expect(counter.activeVideo).toBe('counted');
});
