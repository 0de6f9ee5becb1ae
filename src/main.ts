/** Orchestrates one run: inputs → project → submit → wait → outputs. */
import { setTimeout as sleep } from 'node:timers/promises';
import { fail, logger as log, mask, setOutput } from './actions.js';
import { akskAuthorizer } from './auth.js';
import { formatDuration } from './duration.js';
import { ActionError, InputError, untrusted } from './errors.js';
import { ApiClient } from './http.js';
import { lookupProjectId } from './iam.js';
import { createDataImage, showJob, type Job, type ImsTarget } from './ims.js';
import { parseInputs, readRawInputs, SECRET_INPUTS, type Env } from './inputs.js';
import { waitForJob } from './wait.js';

export const USER_AGENT = 'ims-data-image-action/0.1.0';

export async function run(env: Env = process.env): Promise<void> {
  const startedAt = Date.now();
  const raw = readRawInputs(env);
  for (const name of SECRET_INPUTS) mask(raw[name]);
  try {
    const parsed = parseInputs(raw);
    for (const w of parsed.warnings) log.warning(w);
    if (!parsed.ok) throw new InputError(parsed.errors);
    const { config } = parsed;
    const now = (): number => Date.now();
    const deadline = startedAt + config.waitTimeoutMs;
    const client = new ApiClient({
      authorize: akskAuthorizer(config.credentials, now),
      log,
      deadline,
      userAgent: USER_AGENT,
      sleep: (ms) => sleep(ms),
      now,
      random: Math.random,
    });
    try {
      const projectId = config.projectId ?? (await lookupProjectId(client, config.iamEndpoint, config.region));
      const ims: ImsTarget = { client, endpoint: config.imsEndpoint, projectId };
      const { body } = config;
      log.info(`Creating data image "${body.name}" from OBS ${body.image_url} in ${config.region} (project ${projectId})`);
      const jobId = await createDataImage(ims, body);
      setOutput('job_id', jobId);
      log.info(`Submitted: job ${jobId}`);
      if (!config.wait) {
        setOutput('status', 'SUBMITTED');
        log.info('wait is false: not waiting for the job to finish.');
        return;
      }
      const waitStart = now();
      const result = await waitForJob({ poll: () => showJob(ims, jobId), sleep: (ms) => sleep(ms), now, startedAt: waitStart, deadline, log });
      if (result.outcome === 'SUCCESS') {
        setOutput('image_id', result.job.imageId);
        setOutput('status', 'SUCCESS');
        log.info(`Data image ${result.job.imageId} is ready (${formatDuration(now() - startedAt)} in all).`);
        return;
      }
      if (result.outcome === 'FAIL') {
        setOutput('status', 'FAIL');
        throw new ActionError('Image creation failed', describeJobFailure(result.job));
      }
      setOutput('status', result.job?.status ?? 'SUBMITTED');
      throw new ActionError(
        'Timed out',
        `Job ${jobId} did not finish within wait_timeout (${formatDuration(config.waitTimeoutMs)}); its last status was ${result.job ? untrusted(result.job.status, 40) : 'unknown'}. The job goes on in IMS and may still succeed: check it in the IMS console, or raise wait_timeout.`,
      );
    } finally {
      await client.close();
    }
  } catch (error) {
    fail(error);
  }
}

/** The job's own words about why it failed, every field IMS gave, made safe to print. */
export function describeJobFailure(job: Job): string {
  const parts = [`Job ${job.jobId} failed`];
  if (job.errorCode) parts.push(`error_code ${untrusted(job.errorCode, 64)}`);
  if (job.failReason) parts.push(`fail_reason "${untrusted(job.failReason)}"`);
  for (const [k, v] of Object.entries(job.entityErrors)) parts.push(`entities.${k} "${untrusted(v)}"`);
  return parts.join('; ');
}
