import { describe, expect, test } from 'vitest';
import { type Interval, length } from '../../../lib/tracking/intervals';
import { WatchMeter, type WatchSignals } from '../../../lib/tracking/watch-meter';

const watching: WatchSignals = { onFeed: true, visible: true, focused: true, playing: true };
const T = 1_780_000_000_000;

/** Runs a meter through one update a second from `from` to `to` (ms offsets from T) with the given signals. */
function run(meter: WatchMeter, from: number, to: number, signals: WatchSignals) {
  for (let t = from; t <= to; t += 1_000) meter.update(T + t, signals);
}

describe('the watch meter', () => {
  test('counts a playing video on a visible, focused feed', () => {
    const meter = new WatchMeter(60_000, 5_000);
    run(meter, 0, 30_000, watching);
    expect(length(meter.drain(T + 30_000))).toBe(30_000);
  });

  test.each([
    ['a hidden tab', { ...watching, visible: false }],
    ['an unfocused window', { ...watching, focused: false }],
    ['a page that is not a feed', { ...watching, onFeed: false }],
  ])('counts nothing for %s', (_what, signals) => {
    const meter = new WatchMeter(60_000, 5_000);
    run(meter, 0, 30_000, signals);
    expect(meter.drain(T + 30_000)).toEqual([]);
  });

  test('a paused video counts until the idle threshold after the last input, then stops', () => {
    const meter = new WatchMeter(10_000, 5_000);
    meter.input(T);
    run(meter, 0, 30_000, { ...watching, playing: false });
    expect(length(meter.drain(T + 30_000))).toBe(10_000);
  });

  test('pausing with no recent input stops the count at the pause', () => {
    const meter = new WatchMeter(10_000, 5_000);
    run(meter, 0, 20_000, watching);
    meter.update(T + 20_400, { ...watching, playing: false });
    run(meter, 21_000, 40_000, { ...watching, playing: false });
    expect(length(meter.drain(T + 40_000))).toBe(20_400);
  });

  test('input resumes counting on a paused video', () => {
    const meter = new WatchMeter(10_000, 5_000);
    run(meter, 0, 20_000, { ...watching, playing: false });
    meter.input(T + 20_000);
    run(meter, 20_000, 25_000, { ...watching, playing: false });
    expect(length(meter.drain(T + 25_000))).toBe(5_000);
  });

  test('a sleep of two hours adds at most one heartbeat interval, not the gap', () => {
    const meter = new WatchMeter(60_000, 5_000);
    run(meter, 0, 10_000, watching);
    run(meter, 10_000 + 7_200_000, 10_000 + 7_205_000, watching);
    const counted = length(meter.drain(T + 7_215_000));
    expect(counted).toBeGreaterThanOrEqual(15_000);
    expect(counted).toBeLessThanOrEqual(20_000);
  });

  test('the system going idle or locked stops counting until the next input', () => {
    const meter = new WatchMeter(60_000, 5_000);
    run(meter, 0, 10_000, watching);
    meter.markSystemIdle(T + 10_000);
    run(meter, 11_000, 20_000, watching);
    expect(length(meter.drain(T + 20_000))).toBe(10_000);
    meter.input(T + 20_000);
    run(meter, 20_000, 25_000, watching);
    expect(length(meter.drain(T + 25_000))).toBe(5_000);
  });

  test('draining splits the open segment without losing or doubling a millisecond', () => {
    const meter = new WatchMeter(60_000, 5_000);
    const segments: Interval[] = [];
    for (let t = 0; t <= 20_000; t += 1_000) {
      meter.update(T + t, watching);
      if (t % 5_000 === 0) segments.push(...meter.drain(T + t));
    }
    expect(length(segments)).toBe(20_000);
    expect(segments.every((segment, i) => i === 0 || segment.start === segments[i - 1]?.end)).toBe(true);
  });

  test('a clock set back keeps what was counted and starts again', () => {
    const meter = new WatchMeter(60_000, 5_000);
    run(meter, 0, 10_000, watching);
    meter.update(T + 5_000, watching);
    meter.update(T + 8_000, watching);
    expect(length(meter.drain(T + 8_000))).toBe(13_000);
  });
});
