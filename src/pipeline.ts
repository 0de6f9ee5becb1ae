/** The run after validation: project → (existing image?) → submit → wait → outputs. Loaded on demand by main. */
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, isDebug, issueCommand, logger as log, mask, setOutput, type OutputName } from './runner.js';
import { presentFailure } from './hints.js';
import type { RunReport } from './summary.js';
import { akskAuthorizer, tokenAuthorizer } from './auth.js';
import { formatDuration } from './duration.js';
import { ActionError, ApiError, BadResponseError, JobFailedError, NetworkError, untrusted } from './errors.js';
import { ApiClient } from './http.js';
import { lookupProjectId } from './iam.js';
import {
  createDataImage,
  createdSince,
  listImages,
  liveDataImages,
  showImageAsJob,
  jobPoller,
  describeJobFailure,
  type ImageSummary,
  type ImsTarget,
  type Job,
} from './ims.js';
import type { ActionConfig } from './inputs.js';
import { waitForJob, type WaitResult } from './wait.js';

export const USER_AGENT = 'ims-data-image-action/0.1.0';
/** Past wait_timeout, the watchdog ends the step whatever is still under way. */
export const WATCHDOG_GRACE_MS = 10_000;
/** How far back (server clock) an image may date and still be the one a lost CreateDataImage answer made. */
const RECONCILE_TOLERANCE_MS = 2 * 60 * 1000;
/** Waits between looks for the image of an ambiguous CreateDataImage. */
const RECONCILE_WAITS_MS = [2000, 4000, 8000];

/** What the run has done so far: for the cancellation and watchdog messages. */
interface RunState {
  phase: 'starting' | 'submitting' | 'waiting' | 'done';
  name?: string;
  jobId?: string;
  lastStatus?: string;
}

interface Context {
  config: ActionConfig;
  /** Sets a step output and keeps the summary's report in step. */
  output: (name: OutputName, value: string) => void;
  ims: ImsTarget;
  state: RunState;
  startedAt: number;
  deadline: number;
  now: () => number;
}

/** Runs the action on a validated configuration; throws what fails (main reports it). */
export async function execute(config: ActionConfig, startedAt: number): Promise<void> {
  const state: RunState = { phase: 'starting', name: config.body.name };
  const now = (): number => Date.now();
  const { body } = config;
  const report: RunReport = {
    name: body.name,
    region: config.region,
    status: 'ERROR',
    durationMs: 0,
    osType: body.os_type,
    minDisk: body.min_disk,
    tags: body.tags ?? (body.image_tags ?? []).map((t) => `${t.key}=${t.value}`),
  };
  const output = (name: OutputName, value: string): void => {
    setOutput(name, value);
    if (name === 'status') report.status = value;
    else if (name === 'image_id') report.imageId = value;
    else report.jobId = value;
  };
  const deadline = startedAt + config.waitTimeoutMs;
  const cleanups = [installWatchdog(state, deadline + WATCHDOG_GRACE_MS - now(), config.waitTimeoutMs), installCancellation(state)];
  // A request may take a quarter of the whole bound (2-30 s) before it is abandoned and, if safe, retried.
  const requestTimeoutMs = Math.min(30_000, Math.max(2000, config.waitTimeoutMs / 4));
  const { credentials } = config;
  let iamToken: string | undefined;
  const client = new ApiClient({
    connectTimeoutMs: Math.min(10_000, requestTimeoutMs),
    responseTimeoutMs: requestTimeoutMs,
    authorize: credentials.kind === 'aksk' ? akskAuthorizer(credentials) : tokenAuthorizer(() => iamToken),
    log,
    deadline,
    userAgent: USER_AGENT,
    sleep: (ms) => sleep(ms),
    now,
    random: Math.random,
  });
  try {
    let projectId: string;
    if (credentials.kind === 'oidc') {
      // Loaded only for keyless runs.
      const { exchangeIdToken, gitHubIdToken } = await import('./oidc.js');
      const jwt = await gitHubIdToken(credentials.audience, {
        mask,
        log,
        sleep: (ms) => sleep(ms),
        now,
        random: Math.random,
        deadline,
        env: process.env,
      });
      const scope = { region: config.region, ...(config.projectId ? { projectId: config.projectId } : {}) };
      const federated = await exchangeIdToken(client, config.iamEndpoint, credentials.identityProvider, jwt, scope, mask);
      iamToken = federated.token;
      projectId = federated.projectId;
      log.info(`Authenticated with GitHub OIDC through identity provider ${credentials.identityProvider} (project ${projectId}).`);
    } else {
      projectId = config.projectId ?? (await lookupProjectId(client, config.iamEndpoint, config.region));
    }
    report.projectId = projectId;
    const ims: ImsTarget = { client, endpoint: config.imsEndpoint, projectId };
    await createOrReuse({ config, ims, state, startedAt, deadline, now, output });
  } catch (error) {
    report.error = describeForReport(error);
    throw error;
  } finally {
    state.phase = 'done';
    for (const c of cleanups) c();
    await client.close();
    report.durationMs = now() - startedAt;
    if (isDebug() && client.callLog.length > 0) {
      issueCommand('group', {}, `HTTP calls (${client.callLog.length})`);
      for (const line of client.callLog) log.info(line);
      issueCommand('endgroup', {}, '');
    }
    await writeSummary(report);
  }
}

function describeForReport(error: unknown): NonNullable<RunReport['error']> {
  const e = error instanceof ActionError ? error : new ActionError('Unexpected error', String((error as Error)?.message ?? error));
  const out: NonNullable<RunReport['error']> = presentFailure(e);
  if (e instanceof ApiError) {
    if (e.details.code) out.code = untrusted(e.details.code, 64);
    if (e.details.requestId) out.requestId = untrusted(e.details.requestId, 128);
  } else if (e instanceof JobFailedError) {
    if (e.errorCode) out.code = untrusted(e.errorCode, 64);
    if (e.failReason) out.reason = untrusted(e.failReason);
  } else if (e instanceof BadResponseError && e.requestId) out.requestId = untrusted(e.requestId, 128);
  return out;
}

/** Appends the run's summary to GITHUB_STEP_SUMMARY; a local run without one skips it. Never fails the step. */
async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    const [{ summary }, { renderSummary }] = await Promise.all([import('@actions/core'), import('./summary.js')]);
    await summary.addRaw(renderSummary(report)).write();
  } catch (error) {
    log.warning(`Could not write the job summary: ${untrusted((error as Error).message, 200)}`);
  }
}

async function createOrReuse(ctx: Context): Promise<void> {
  const { config, ims } = ctx;
  const { body } = config;
  if (config.ifExists !== 'create') {
    const live = liveDataImages(await listImages(ims, { name: body.name }), body.name);
    if (live.length > 0 && config.ifExists === 'fail') {
      throw new ActionError(
        'Image exists',
        `if_exists is fail and a data image named "${body.name}" exists: ${describeImages(live)}. Use another name, delete it, or set if_exists: reuse.`,
      );
    }
    if (live.length > 0) return reuse(ctx, live);
  }

  log.info(`Creating data image "${body.name}" from OBS ${body.image_url} in ${config.region} (project ${ims.projectId})`);
  ctx.state.phase = 'submitting';
  const attemptStart = ctx.now();
  let jobId: string;
  try {
    jobId = await createDataImage(ims, body);
  } catch (error) {
    if (!mayHaveBeenProcessed(error)) throw error;
    return reconcile(ctx, error as Error, attemptStart);
  }
  ctx.state.jobId = jobId;
  ctx.output('job_id', jobId);
  log.info(`Submitted: job ${jobId}`);
  if (!config.wait) {
    ctx.output('status', 'SUBMITTED');
    log.info('wait is false: not waiting for the job to finish.');
    return;
  }
  const poll = jobPoller(ims, jobId, (reason) => log.debug(`Progress is not available (${reason}); polling the job without it.`));
  const result = await follow(ctx, `Job ${jobId}`, poll, attemptStart);
  finish(ctx, result, 'SUCCESS', `Job ${jobId}`);
}

/** An existing live image of the name is taken instead of creating one (if_exists: reuse). */
async function reuse(ctx: Context, live: ImageSummary[]): Promise<void> {
  const image = live[0]!;
  if (live.length > 1) {
    log.warning(`${live.length} data images are named "${ctx.config.body.name}" (${describeImages(live)}); reusing the newest.`);
  }
  ctx.output('job_id', '');
  log.info(
    `if_exists is reuse: taking existing data image ${untrusted(image.id, 64)} (status ${untrusted(image.status, 20)}); nothing is created.`,
  );
  if (image.status === 'active') {
    ctx.output('image_id', image.id);
    ctx.output('status', 'EXISTING');
    return;
  }
  const result = await follow(ctx, `Image ${image.id}`, () => showImageAsJob(ctx.ims, image.id));
  finish(ctx, result, 'EXISTING', `Image ${image.id}`);
}

/**
 * CreateDataImage failed in a way that leaves it unknown whether IMS took it (a timeout after sending,
 * a dropped connection, a 5xx, an unreadable 2xx). Resending could make a second image, so look for
 * the image the request would have made, and follow it; or fail saying how to check.
 */
async function reconcile(ctx: Context, error: Error, attemptStart: number): Promise<void> {
  const { name } = ctx.config.body;
  log.warning(
    `CreateDataImage may have been processed although it failed (${error.message}); looking for an image named "${name}" made by it instead of resending.`,
  );
  let found: ImageSummary | undefined;
  for (const waitMs of RECONCILE_WAITS_MS) {
    if (ctx.now() + waitMs >= ctx.deadline) break;
    await sleep(waitMs);
    const live = liveDataImages(await listImages(ctx.ims, { name }), name);
    found = createdSince(live, attemptStart - RECONCILE_TOLERANCE_MS)[0];
    if (found) break;
  }
  if (!found) {
    throw new ActionError(
      'Create outcome unknown',
      `${error.message}. The request may still have been processed, and no image named "${name}" made by it was found, so it was not resent (that could create a duplicate). Check the IMS console's private images for "${name}" before rerunning; with if_exists: reuse a rerun takes that image instead of creating another.`,
    );
  }
  log.info(`Found data image ${untrusted(found.id, 64)} (status ${untrusted(found.status, 20)}) made by this run's request; following it.`);
  ctx.output('job_id', '');
  if (!ctx.config.wait) {
    ctx.output('image_id', found.id);
    ctx.output('status', 'SUBMITTED');
    return;
  }
  const imageId = found.id;
  const result = await follow(ctx, `Image ${imageId}`, () => showImageAsJob(ctx.ims, imageId));
  finish(ctx, result, 'SUCCESS', `Image ${imageId}`);
}

function mayHaveBeenProcessed(error: unknown): boolean {
  if (error instanceof NetworkError) return error.maybeSent && error.code !== 'DEADLINE';
  if (error instanceof ApiError) return error.status >= 500;
  return error instanceof BadResponseError;
}

function describeImages(images: ImageSummary[]): string {
  return images
    .map((i) => `${untrusted(i.id, 64)} (${untrusted(i.status, 20)}, created ${untrusted(i.createdAt, 40) || 'at an unknown time'})`)
    .join(', ');
}

async function follow(ctx: Context, subject: string, poll: () => Promise<Job>, since = ctx.now()): Promise<WaitResult> {
  ctx.state.phase = 'waiting';
  return waitForJob({
    poll,
    subject,
    sleep: (ms) => sleep(ms),
    now: ctx.now,
    random: Math.random,
    startedAt: since,
    deadline: ctx.deadline,
    log,
    onJob: (job) => (ctx.state.lastStatus = job.status),
  });
}

/** Sets the outputs for the wait's outcome; a FAIL or timeout becomes the step's failure. */
function finish(ctx: Context, result: WaitResult, successStatus: 'SUCCESS' | 'EXISTING', subject: string): void {
  if (result.outcome === 'SUCCESS') {
    ctx.output('image_id', result.job.imageId);
    ctx.output('status', successStatus);
    log.info(`Data image ${untrusted(result.job.imageId, 64)} is ready (${formatDuration(ctx.now() - ctx.startedAt)} in all).`);
    return;
  }
  if (result.outcome === 'FAIL') {
    ctx.output('status', 'FAIL');
    throw new JobFailedError(describeJobFailure(result.job, subject), result.job.errorCode, result.job.failReason);
  }
  ctx.output('status', result.job?.status ?? 'SUBMITTED');
  throw new ActionError(
    'Timed out',
    `${subject} did not finish within wait_timeout (${formatDuration(ctx.config.waitTimeoutMs)}); its last status was ${result.job ? untrusted(result.job.status, 40) : 'unknown'}. It goes on in IMS and may still succeed: check it in the IMS console, or raise wait_timeout.`,
  );
}

/** Where the run stands, for a message written when it is cut short. */
function whereWeAre(state: RunState): string {
  if (state.phase === 'waiting' && state.jobId) {
    return `job ${state.jobId} (last status ${untrusted(state.lastStatus ?? 'unknown', 40)}) goes on in IMS; job_id is in the step outputs.`;
  }
  if (state.phase === 'waiting') return `the image goes on being made in IMS.`;
  if (state.phase === 'submitting') {
    return `a CreateDataImage request was under way: an image named "${state.name}" may still be created. Check the IMS console; with if_exists: reuse a rerun takes it.`;
  }
  return 'nothing had been submitted.';
}

/** Ends the step at wait_timeout plus a grace, whatever is still under way: nothing can hang the job. */
function installWatchdog(state: RunState, delayMs: number, waitTimeoutMs: number): () => void {
  const timer = setTimeout(
    () => {
      fail(
        new ActionError(
          'Timed out',
          `The step passed wait_timeout (${formatDuration(waitTimeoutMs)}) and was stopped: ${whereWeAre(state)}`,
        ),
      );
      process.exit(1);
    },
    Math.max(0, delayMs),
  );
  timer.unref();
  return () => clearTimeout(timer);
}

/** On cancellation (the runner sends SIGINT, then SIGTERM), say what goes on in the cloud and exit at once. */
function installCancellation(state: RunState): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    log.info(`Cancelled (${signal}): ${whereWeAre(state)}`);
    process.exit(1);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
