/** IMS: the calls this action makes (CreateDataImage, ShowJob) and the shapes of their answers. */
import { ApiError, BadResponseError, untrusted } from './errors.js';
import type { ApiClient } from './http.js';
import type { CreateDataImageBody } from './inputs.js';
import { encodeQuery } from './signer.js';

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
    throw new BadResponseError(
      'CreateDataImage',
      res.status,
      'the answer has no valid "job_id"; the image may still be created: check the IMS console',
      res.requestId,
    );
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

/** GET /v1/{project_id}/jobs/{job_id} (ShowJob), or its twin with progress, /v1/cloudimages/job/{job_id} (ShowJobProgress). */
async function queryJob(t: ImsTarget, jobId: string, withProgress: boolean): Promise<Job> {
  const operation = withProgress ? 'ShowJobProgress' : 'ShowJob';
  const id = encodeURIComponent(jobId);
  const path = withProgress ? `/v1/cloudimages/job/${id}` : `/v1/${encodeURIComponent(t.projectId)}/jobs/${id}`;
  const res = await t.client.call({
    operation,
    method: 'GET',
    url: new URL(`${t.endpoint}${path}`),
    headers: projectHeader(t),
    kind: 'read',
  });
  const job = parseJob(res.json, jobId);
  if (!job) throw new BadResponseError(operation, res.status, 'the answer has no job "status"', res.requestId);
  return job;
}

/**
 * A poller for one job: reads the progress variant while it answers, and falls back to the plain job
 * query for good once it does not exist there (a 4xx other than 429). Other failures are the job's.
 */
export function jobPoller(t: ImsTarget, jobId: string, onFallback: (reason: string) => void): () => Promise<Job> {
  let withProgress = true;
  return async () => {
    if (withProgress) {
      try {
        return await queryJob(t, jobId, true);
      } catch (error) {
        const unsupported = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429;
        if (!unsupported) throw error;
        withProgress = false;
        onFallback((error as Error).message);
      }
    }
    return queryJob(t, jobId, false);
  };
}

/** A private image as `GET /v2/cloudimages` lists it. */
export interface ImageSummary {
  id: string;
  name: string;
  status: string;
  /** Opaque as the region formats it; parsed only to order and to compare with a request's time. */
  createdAt: string;
  virtualEnvType: string;
}

/** Reads the image list. Pure; undefined when the body has no `images` array. */
export function parseImageList(json: unknown): ImageSummary[] | undefined {
  const images = (json as { images?: unknown }).images;
  if (!Array.isArray(images)) return undefined;
  return images.flatMap((i: Record<string, unknown> | null) => {
    if (!i || typeof i.id !== 'string' || typeof i.name !== 'string') return [];
    return [
      {
        id: i.id,
        name: i.name,
        status: text(i.status) ?? '',
        createdAt: text(i.created_at) ?? '',
        virtualEnvType: text(i.virtual_env_type) ?? '',
      },
    ];
  });
}

/** GET /v2/cloudimages?… for private images (ListImages), by name or by ID. */
export async function listImages(t: ImsTarget, filter: { name: string } | { id: string }): Promise<ImageSummary[]> {
  const res = await t.client.call({
    operation: 'ListImages',
    method: 'GET',
    url: new URL(`${t.endpoint}/v2/cloudimages${encodeQuery({ ...filter, __imagetype: 'private' })}`),
    headers: projectHeader(t),
    kind: 'read',
  });
  const images = parseImageList(res.json);
  if (!images) throw new BadResponseError('ListImages', res.status, 'the body has no "images" list', res.requestId);
  return images;
}

const createdMs = (i: ImageSummary): number => Date.parse(i.createdAt);

/** Data images of exactly this name that are not killed or deleted, newest first. Pure. */
export function liveDataImages(images: readonly ImageSummary[], name: string): ImageSummary[] {
  return images
    .filter((i) => i.name === name && i.virtualEnvType === 'DataImage' && i.status !== 'killed' && i.status !== 'deleted')
    .sort((a, b) => (createdMs(b) || 0) - (createdMs(a) || 0));
}

/** Images created at or after `sinceMs` (a server-reported time; unreadable times never match). Pure. */
export function createdSince(images: readonly ImageSummary[], sinceMs: number): ImageSummary[] {
  return images.filter((i) => createdMs(i) >= sinceMs);
}

const IMAGE_TO_JOB_STATUS: Record<string, JobStatus> = {
  queued: 'INIT',
  saving: 'RUNNING',
  active: 'SUCCESS',
  killed: 'FAIL',
  deleted: 'FAIL',
};

/** An image's status seen as the job that makes it: queued → INIT, saving → RUNNING, active → SUCCESS, killed → FAIL. */
export function imageAsJob(image: ImageSummary): Job {
  const job: Job = { jobId: image.id, status: IMAGE_TO_JOB_STATUS[image.status] ?? image.status, entityErrors: {}, imageId: image.id };
  if (image.status === 'killed') job.failReason = 'the image upload failed (status killed)';
  return job;
}

/** Polls one image by ID, as a Job. */
export async function showImageAsJob(t: ImsTarget, imageId: string): Promise<Job> {
  const [image] = await listImages(t, { id: imageId });
  if (!image) return { jobId: imageId, status: 'FAIL', entityErrors: {}, failReason: 'the image no longer exists' };
  return imageAsJob(image);
}

/** The job's own words about why it failed, every field IMS gave, made safe to print. */
export function describeJobFailure(job: Job, subject = `Job ${job.jobId}`): string {
  const parts = [`${subject} failed`];
  if (job.errorCode) parts.push(`error_code ${untrusted(job.errorCode, 64)}`);
  if (job.failReason) parts.push(`fail_reason "${untrusted(job.failReason)}"`);
  for (const [k, v] of Object.entries(job.entityErrors)) parts.push(`entities.${k} "${untrusted(v)}"`);
  return parts.join('; ');
}
