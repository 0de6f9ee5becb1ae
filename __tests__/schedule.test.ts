/** The wait schedule: a pure function of what has been seen. */
import { describe, expect, it } from 'vitest';
import { estimate, estimatedFinish, nextPollDelay, type Observation, MAX_POLL_MS, MIN_POLL_MS } from '../src/schedule.js';

const run = (readings: [number, number | undefined][]): Observation[] =>
  readings.map(([at, progress]) =>
    progress === undefined ? { at: at * 1000, status: 'RUNNING' } : { at: at * 1000, status: 'RUNNING', progress },
  );

describe('nextPollDelay', () => {
  it('polls first 10 s after submission', () => {
    expect(nextPollDelay(0, [], 0.5)).toBe(10_000);
    expect(nextPollDelay(4000, [], 0.5)).toBe(6000);
    expect(nextPollDelay(9800, [], 0.5)).toBe(MIN_POLL_MS);
  });

  it('without progress, follows the 10-s grid from submission', () => {
    expect(nextPollDelay(10_000, run([[10, undefined]]), 0.5)).toBe(10_000);
    expect(
      nextPollDelay(
        20_300,
        run([
          [10, undefined],
          [20.3, undefined],
        ]),
        0.5,
      ),
    ).toBe(9700);
    expect(
      nextPollDelay(
        29_500,
        run([
          [10, undefined],
          [29.5, undefined],
        ]),
        0.5,
      ),
    ).toBe(10_500);
  });

  it('with smooth progress, estimates the finish and halves the time left, within 1-60 s', () => {
    // 10 % at 10 s: finish at 100 s, 90 s left → wait 45 s (±10 % jitter).
    expect(nextPollDelay(10_000, run([[10, 10]]), 0.5)).toBe(45_000);
    expect(nextPollDelay(10_000, run([[10, 10]]), 0)).toBe(40_500);
    // 1 % at 10 s: 990 s left → capped at 60 s.
    expect(nextPollDelay(10_000, run([[10, 1]]), 0.5)).toBe(MAX_POLL_MS);
  });

  it('aims just past the finish once two estimates agree', () => {
    // 10 % at 10 s, 50 % at 50 s: both say 100 s.
    expect(
      nextPollDelay(
        50_000,
        run([
          [10, 10],
          [50, 50],
        ]),
        0.5,
      ),
    ).toBe(50_250);
    expect(
      nextPollDelay(
        90_000,
        run([
          [10, 10],
          [50, 50],
          [90, 90],
        ]),
        0.5,
      ),
    ).toBe(10_250);
  });

  it('backs off once the estimate has passed, at most 10 s', () => {
    // The estimate said 100 s; at 120 s the job still runs at 99 %.
    const obs = run([
      [10, 10],
      [50, 40],
      [120, 99],
    ]);
    const d = nextPollDelay(121_000, obs, 0.5);
    expect(d).toBeGreaterThanOrEqual(MIN_POLL_MS);
    expect(d).toBeLessThanOrEqual(10_000);
  });

  it('step-wise progress: midpoints of the brackets, and dense polls inside the window of doubt', () => {
    const obs = run([
      [10, 0],
      [20, 20],
      [30, 20],
    ]);
    const e = estimate(obs)!;
    expect(e.stepped).toBe(true);
    expect(e.finish).toBe(75_000); // 20 % crossed at ~15 s
    expect(e.doubt).toBe(25_000);
    expect(nextPollDelay(72_000, obs, 0.5)).toBeLessThanOrEqual(7000);
  });

  it('never returns less than 1 s or more than 60 s', () => {
    for (let i = 0; i < 2000; i++) {
      const n = 1 + Math.floor(Math.random() * 6);
      const obs: Observation[] = [];
      let at = 0;
      let p = 0;
      for (let k = 0; k < n; k++) {
        at += Math.random() * 100_000;
        p = Math.min(100, p + Math.random() * 30);
        obs.push({ at, status: 'RUNNING', progress: Math.random() < 0.2 ? undefined : Math.floor(p * 10) / 10 });
      }
      const d = nextPollDelay(at + Math.random() * 1000, obs, Math.random());
      expect(d).toBeGreaterThanOrEqual(MIN_POLL_MS);
      expect(d).toBeLessThanOrEqual(MAX_POLL_MS);
    }
  });

  it('has no estimate before progress moves', () => {
    expect(
      estimatedFinish(
        run([
          [10, 0],
          [20, 0],
        ]),
      ),
    ).toBeUndefined();
  });
});
