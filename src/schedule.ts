/**
 * When to poll a job next: a pure function of what has been seen. Self-contained (no imports), so the
 * wait benchmark runs it directly in virtual time.
 *
 * - First poll 10 s after submission, as the fixed poll does: its answer says whether IMS reports
 *   progress, and an earlier probe would cost every job without progress one query more than the fixed poll.
 * - With progress (`process_percent` rising): estimate the finish from the rate so far (each value
 *   reached when first seen for smooth progress, midway between the polls around it for step-wise);
 *   poll at half the estimated time left while it is far, straight past it once two estimates agree,
 *   densely inside the window where step-wise progress may end, and back off once it has passed.
 * - Without progress: poll on a 10-s grid from submission, which no schedule without information can
 *   beat on both lag and queries.
 * - Never sooner than 1 s nor later than 60 s after the previous poll (a FAIL can come at any time).
 */

export interface Observation {
  /** When the answer came, in ms since the job was submitted. */
  at: number;
  status: string;
  /** `process_percent`, 0-100, when reported. */
  progress?: number;
}

export const MIN_POLL_MS = 1000;
export const MAX_POLL_MS = 60_000;
export const FIRST_POLL_MS = 10_000;
export const GRID_MS = 10_000;
/** Time left below which the next poll aims just past the estimated finish. */
const NEAR_MS = 4000;
const PAST_ESTIMATE_MARGIN_MS = 250;
/** Longest wait inside the window where a step-wise job may end: below the fixed poll's 10 s, so lag stays lower. */
const WINDOW_POLL_MS = 7000;

/**
 * When the job crossed each progress value it reported. A value first seen at poll `a`, after a lower
 * one last seen at poll `b`, was reached in (b, a]. Progress that changed at every poll is smooth, so
 * it was reached at about `a`; once a value was seen twice, progress moves in steps, and the midpoint
 * of (b, a] is the unbiased guess.
 */
interface Estimate {
  /** ms since submission at which the job should reach 100 %. */
  finish: number;
  /** ± ms of doubt: nil for smooth progress; for steps, how far apart the polls around the last step were. */
  doubt: number;
  stepped: boolean;
}

function crossings(observations: readonly Observation[]): { points: { at: number; progress: number; width: number }[]; stepped: boolean } {
  const readings = observations.filter((o) => o.progress !== undefined);
  const stepped = readings.some((o, i) => i > 0 && o.progress === readings[i - 1]!.progress);
  const points = [{ at: 0, progress: 0, width: 0 }];
  let lastSeenAt = 0;
  let value = 0;
  for (const o of readings) {
    if (o.progress! > value) {
      points.push({ at: stepped ? (lastSeenAt + o.at) / 2 : o.at, progress: o.progress!, width: o.at - lastSeenAt });
      value = o.progress!;
    }
    lastSeenAt = o.at;
  }
  return { points, stepped };
}

/** The estimated finish, from the rate over the whole run so far (steady against one step's noise). */
export function estimate(observations: readonly Observation[]): Estimate | undefined {
  const { points, stepped } = crossings(observations);
  if (points.length < 2) return undefined;
  const last = points.at(-1)!;
  const scale = 100 / last.progress;
  return { finish: last.at * scale, doubt: stepped ? (last.width / 2) * scale : 0, stepped };
}

export function estimatedFinish(observations: readonly Observation[]): number | undefined {
  return estimate(observations)?.finish;
}

/** Two successive estimates that agree within this share of the time left: aim straight at the finish. */
const CONSISTENT = 0.05;

/**
 * Milliseconds to wait, from `now` (ms since submission), before the next poll. `random` in [0, 1)
 * adds up to ±10 % jitter to long waits, so matrix jobs do not poll in step.
 */
export function nextPollDelay(now: number, observations: readonly Observation[], random: number): number {
  if (observations.length === 0) return Math.max(MIN_POLL_MS, FIRST_POLL_MS - now);
  const est = estimate(observations);
  let delay: number;
  if (est === undefined) {
    delay = GRID_MS - (now % GRID_MS);
    if (delay < MIN_POLL_MS) delay += GRID_MS;
  } else {
    const left = est.finish - now;
    const previous = estimatedFinish(observations.slice(0, -1));
    const consistent = !est.stepped && previous !== undefined && Math.abs(previous - est.finish) <= CONSISTENT * left;
    if (consistent) delay = left + PAST_ESTIMATE_MARGIN_MS;
    else if (left > est.doubt + NEAR_MS) delay = Math.min(left - est.doubt, (left / 2) * (0.9 + 0.2 * random));
    else if (est.doubt > 0 && left > -est.doubt)
      delay = Math.min(WINDOW_POLL_MS, Math.max(NEAR_MS / 2, est.doubt / 4)); // inside the window of doubt
    else if (left > -PAST_ESTIMATE_MARGIN_MS) delay = left + PAST_ESTIMATE_MARGIN_MS;
    else delay = Math.min(GRID_MS, -left / 2); // overdue: the estimate was optimistic
  }
  return Math.round(Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, delay)));
}
