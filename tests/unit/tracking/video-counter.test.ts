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
