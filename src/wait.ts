/** Waiting for an IMS job: the loop that follows the schedule (schedule.ts) and reports progress. */
import { formatDuration } from './duration.js';
import { BadResponseError, NetworkError, untrusted } from './errors.js';
import type { Job } from './ims.js';
import type { Logger } from './log.js';
import { estimatedFinish, nextPollDelay, type Observation } from './schedule.js';

/** Time kept back before the deadline for the last poll's own round trip. */
const LAST_POLL_MARGIN_MS = 1000;
/** Progress lines (as opposed to status changes) are logged at most this often. */
export const PROGRESS_LOG_INTERVAL_MS = 30_000;

export interface WaitDeps {
  poll: () => Promise<Job>;
  /** What is waited on, for the log: `Job 123`, `Image abc`. */
  subject: string;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  /** When the job was submitted (epoch ms): the schedule and the log count from here. */
  startedAt: number;
  deadline: number;
  log: Logger;
  /** Called with each job answer, so the caller always knows the last status seen. */
  onJob?: (job: Job) => void;
}

export type WaitResult =
  { outcome: 'SUCCESS'; job: Job & { imageId: string } } | { outcome: 'FAIL'; job: Job } | { outcome: 'TIMEOUT'; job: Job | undefined };

const KNOWN = new Set(['INIT', 'RUNNING', 'SUCCESS', 'FAIL']);

/** `RUNNING 42% (Importing image file) — 3m10s elapsed, about 4m left`. Pure. */
export function progressLine(job: Job, elapsedMs: number, leftMs: number | undefined): string {
  let line = untrusted(job.status, 40);
  if (!KNOWN.has(job.status)) line += ' (an unknown status; still waiting)';
  if (job.progress !== undefined && job.status !== 'SUCCESS') line += ` ${Math.floor(job.progress)}%`;
  if (job.currentTask && job.status !== 'SUCCESS') line += ` (${untrusted(job.currentTask, 80)})`;
  line += ` — ${formatDuration(elapsedMs)} elapsed`;
  if (leftMs !== undefined && leftMs > 0 && job.status === 'RUNNING') line += `, about ${formatDuration(leftMs)} left`;
  return line;
}

export async function waitForJob(deps: WaitDeps): Promise<WaitResult> {
  const observations: Observation[] = [];
  let last: Job | undefined;
  let lastProgressLog = -Infinity;
  for (;;) {
    const elapsed = deps.now() - deps.startedAt;
    const remaining = deps.deadline - deps.now();
    if (remaining <= LAST_POLL_MARGIN_MS) return { outcome: 'TIMEOUT', job: last };
    await deps.sleep(Math.min(nextPollDelay(elapsed, observations, deps.random()), remaining - LAST_POLL_MARGIN_MS));
    let job: Job;
    try {
      job = await deps.poll();
    } catch (error) {
      if (error instanceof NetworkError && error.code === 'DEADLINE') return { outcome: 'TIMEOUT', job: last };
      throw error;
    }
    const at = deps.now() - deps.startedAt;
    const observation: Observation = { at, status: job.status };
    if (job.progress !== undefined) observation.progress = job.progress;
    observations.push(observation);
    deps.onJob?.(job);
    const statusChanged = job.status !== last?.status;
    const progressChanged = job.progress !== undefined && job.progress !== last?.progress;
    if (statusChanged || (progressChanged && deps.now() - lastProgressLog >= PROGRESS_LOG_INTERVAL_MS)) {
      const finish = estimatedFinish(observations);
      deps.log.info(`${deps.subject}: ${progressLine(job, at, finish === undefined ? undefined : finish - at)}`);
      lastProgressLog = deps.now();
    }
    last = job;
    if (job.status === 'SUCCESS') {
      if (!job.imageId) throw new BadResponseError('ShowJob', 200, `${deps.subject} succeeded but names no entities.image_id`);
      return { outcome: 'SUCCESS', job: job as Job & { imageId: string } };
    }
    if (job.status === 'FAIL') return { outcome: 'FAIL', job };
  }
}
