/** Waiting for an IMS job: the poll schedule (pure) and the loop that follows it. */
import { formatDuration } from './duration.js';
import { BadResponseError, NetworkError, untrusted } from './errors.js';
import type { Job } from './ims.js';
import type { Logger } from './log.js';

/** Delays before each poll: the first within 1 s (small images finish fast), then widening to 15 s. */
const POLL_STEPS_MS = [1000, 2000, 3000, 5000, 8000, 10_000];
export const MAX_POLL_INTERVAL_MS = 15_000;

export function pollDelayMs(pollIndex: number): number {
  return POLL_STEPS_MS[pollIndex] ?? MAX_POLL_INTERVAL_MS;
}

/** Time kept back before the deadline for the last poll's own round trip. */
const LAST_POLL_MARGIN_MS = 1000;

export interface WaitDeps {
  poll: () => Promise<Job>;
  /** What is waited on, for the log: `Job 123`, `Image abc`. */
  subject: string;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** When the wait started (epoch ms), for elapsed times in the log. */
  startedAt: number;
  deadline: number;
  log: Logger;
  /** Called with each job answer, so the caller always knows the last status seen. */
  onJob?: (job: Job) => void;
}

export type WaitResult =
  | { outcome: 'SUCCESS'; job: Job & { imageId: string } }
  | { outcome: 'FAIL'; job: Job }
  | { outcome: 'TIMEOUT'; job: Job | undefined };

const KNOWN = new Set(['INIT', 'RUNNING', 'SUCCESS', 'FAIL']);

export async function waitForJob(deps: WaitDeps): Promise<WaitResult> {
  let last: Job | undefined;
  for (let i = 0; ; i++) {
    const remaining = deps.deadline - deps.now();
    if (remaining <= LAST_POLL_MARGIN_MS) return { outcome: 'TIMEOUT', job: last };
    await deps.sleep(Math.min(pollDelayMs(i), remaining - LAST_POLL_MARGIN_MS));
    let job: Job;
    try {
      job = await deps.poll();
    } catch (error) {
      if (error instanceof NetworkError && error.code === 'DEADLINE') return { outcome: 'TIMEOUT', job: last };
      throw error;
    }
    deps.onJob?.(job);
    if (job.status !== last?.status) {
      const note = KNOWN.has(job.status) ? '' : ' (an unknown status; still waiting)';
      deps.log.info(`${deps.subject}: ${untrusted(job.status, 40)}${note} after ${formatDuration(deps.now() - deps.startedAt)}`);
    }
    last = job;
    if (job.status === 'SUCCESS') {
      if (!job.imageId) throw new BadResponseError('ShowJob', 200, `${deps.subject} succeeded but names no entities.image_id`);
      return { outcome: 'SUCCESS', job: job as Job & { imageId: string } };
    }
    if (job.status === 'FAIL') return { outcome: 'FAIL', job };
  }
}
