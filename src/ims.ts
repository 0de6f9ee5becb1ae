/** IMS: the calls this action makes (CreateDataImage, ShowJob) and the shapes of their answers. */
import { BadResponseError } from './errors.js';
import type { ApiClient } from './http.js';
import type { CreateDataImageBody } from './inputs.js';

export type JobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL' | (string & {});

export interface Job {
  jobId: string;
  status: JobStatus;
  imageId?: string;
  errorCode?: string;
  failReason?: string;
  /** Error fields IMS may put in `entities` (error_code, error, addition_error_*), when present. */
  entityErrors: Record<string, string>;
  /** `entities.process_percent` (0-100) when the progress variant answers. */
  progress?: number;
  currentTask?: string;
}

export interface ImsTarget {
  client: ApiClient;
  endpoint: string;
  projectId: string;
}

const projectHeader = (t: ImsTarget): Record<string, string> => ({ 'X-Project-Id': t.projectId });

/** POST /v1/cloudimages/dataimages/action → the job ID. */
export async function createDataImage(t: ImsTarget, body: CreateDataImageBody): Promise<string> {
  const res = await t.client.call({
    operation: 'CreateDataImage',
    method: 'POST',
    url: new URL(`${t.endpoint}/v1/cloudimages/dataimages/action`),
    headers: projectHeader(t),
    body,
    kind: 'create',
  });
  const jobId = (res.json as { job_id?: unknown }).job_id;
  if (typeof jobId !== 'string' || !/^[0-9A-Za-z-]{1,64}$/.test(jobId)) {
    throw new BadResponseError('CreateDataImage', res.status, 'the answer has no valid "job_id"; the image may still be created: check the IMS console', res.requestId);
  }
  return jobId;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** Reads a job answer (ShowJob) into a Job. Pure. */
export function parseJob(json: unknown, jobId: string): Job | undefined {
  const o = json as Record<string, unknown>;
  const status = text(o.status);
  if (!status) return undefined;
  const entities = o.entities && typeof o.entities === 'object' ? (o.entities as Record<string, unknown>) : {};
  const entityErrors: Record<string, string> = {};
  for (const k of ['error_code', 'error', 'addition_error_code', 'addition_error_msg']) {
    const v = text(entities[k]);
    if (v) entityErrors[k] = v;
  }
  const job: Job = { jobId, status, entityErrors };
  const imageId = text(entities.image_id);
  if (imageId) job.imageId = imageId;
  const errorCode = text(o.error_code);
  if (errorCode) job.errorCode = errorCode;
  const failReason = text(o.fail_reason);
  if (failReason) job.failReason = failReason;
  const pct = entities.process_percent;
  const progress = typeof pct === 'number' ? pct : typeof pct === 'string' ? Number(pct) : NaN;
  if (Number.isFinite(progress)) job.progress = Math.min(100, Math.max(0, progress));
  const task = text(entities.current_task);
  if (task) job.currentTask = task;
  return job;
}

/** GET /v1/{project_id}/jobs/{job_id}. */
export async function showJob(t: ImsTarget, jobId: string): Promise<Job> {
  const res = await t.client.call({
    operation: 'ShowJob',
    method: 'GET',
    url: new URL(`${t.endpoint}/v1/${encodeURIComponent(t.projectId)}/jobs/${encodeURIComponent(jobId)}`),
    headers: projectHeader(t),
    kind: 'read',
  });
  const job = parseJob(res.json, jobId);
  if (!job) throw new BadResponseError('ShowJob', res.status, 'the answer has no job "status"', res.requestId);
  return job;
}
