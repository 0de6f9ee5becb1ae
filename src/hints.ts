/**
 * What to do about a failure: a title and a fix for each kind of error users meet, by HTTP status,
 * error code and the job's fail_reason. Pure; the README's troubleshooting table lists the same.
 */
import { ApiError, JobFailedError, NetworkError, type ActionError } from './errors.js';

export interface Hint {
  title: string;
  fix: string;
}

const PERMISSIONS =
  "the IAM user (or, with OIDC, the user group of the conversion rule) needs in this region's project: ims:dataImages:create and ims:images:list (or the system policy IMS FullAccess), read access to the OBS bucket and object (IMS asks for the Tenant Administrator permission of OBS for external image files), and KMS permissions (kms:*:*) when cmk_id is set";

/** Job failures, matched on what IMS said (fail_reason, error codes); the first match wins. */
const JOB_HINTS: [RegExp, Hint][] = [
  [
    /min_?disk|virtual size|disk size|too small|smaller than/i,
    {
      title: 'min_disk is smaller than the image',
      fix: "set min_disk to at least the image's virtual size in GB (qemu-img info <file> shows it), from 40 to 2048.",
    },
  ],
  [
    /storage class|standard storage|archive|infrequent|cold storage/i,
    {
      title: 'OBS object not in Standard storage',
      fix: 'IMS imports only from the OBS Standard storage class: change the bucket and the object to Standard (or copy the object to a Standard bucket).',
    },
  ],
  [
    /region/i,
    {
      title: 'OBS bucket in another region',
      fix: 'the bucket must be in the same region as the image: upload the file to a bucket in the region input, or change region.',
    },
  ],
  [
    /format|unsupported|not supported|invalid image|corrupt/i,
    {
      title: 'Unsupported image file',
      fix: 'use a supported format (qcow2, vmdk, vhd, vhdx, zvhd, zvhd2, raw, qed, iso…) and check the file is complete: qemu-img convert -O qcow2 <in> <out>.',
    },
  ],
  [
    /not exist|not found|no such|nosuchkey|does not exist|not accessible|access denied/i,
    {
      title: 'OBS object not found',
      fix: 'check image_url: the bucket and the object name (case-sensitive), that the upload finished, and that the bucket grants IMS read access.',
    },
  ],
];

export function hintFor(error: unknown): Hint | undefined {
  if (error instanceof JobFailedError) {
    const said = [error.failReason, error.errorCode].filter(Boolean).join(' ');
    for (const [pattern, hint] of JOB_HINTS) if (pattern.test(said)) return hint;
    return { title: 'Image creation failed', fix: "the job's reason is above; with its job ID, Huawei support can look it up." };
  }
  if (error instanceof ApiError) {
    const { status, code = '', operation } = error.details;
    if (status === 401) {
      return {
        title: 'Authentication failed',
        fix: 'check that access_key_id and secret_access_key are a pair of the same user, pasted exactly; temporary credentials also need security_token and expire (get new ones); with OIDC, rerun for a fresh token. A runner clock far off breaks signatures too: sync it with NTP.',
      };
    }
    if (status === 403) {
      const lookup = operation === 'KeystoneListProjects' ? ' To skip the project lookup, set project_id.' : '';
      return { title: 'Permission denied', fix: `${PERMISSIONS}.${lookup}` };
    }
    if (status === 404 && operation.startsWith('ShowJob')) {
      return {
        title: 'Job not found',
        fix: 'the job is looked up in the project it was submitted to: check region and project_id (and ims_endpoint). IMS keeps finished jobs only for a while.',
      };
    }
    if (status === 404) return { title: 'Not found', fix: 'check region, project_id, ims_endpoint and iam_endpoint.' };
    if (status === 429) {
      return {
        title: 'Throttled',
        fix: 'the API kept answering 429 after retries: run fewer jobs at once (strategy.max-parallel in a matrix) or retry later.',
      };
    }
    if (code === 'IMG.0002' || code === 'IMG.0003') {
      return {
        title: 'Invalid image name',
        fix: 'use 1-128 letters, digits, spaces, "-", "." or "_", not starting or ending with a space.',
      };
    }
    if (code === 'IMG.0004') return { title: 'Invalid description', fix: 'use at most 1024 characters, without line breaks, "<" or ">".' };
    if (status >= 500) {
      return {
        title: 'Huawei Cloud service error',
        fix: 'the service failed after retries: retry later; if it persists, give Huawei support the request ID.',
      };
    }
    if (status === 400)
      return {
        title: `${operation} rejected`,
        fix: 'IMS rejected a parameter: the message says which; the inputs table in the README lists what each input allows.',
      };
  }
  if (error instanceof NetworkError && error.code !== 'DEADLINE') {
    return {
      title: 'Network error',
      fix: 'check that the runner reaches the endpoint (firewalls; proxies via HTTPS_PROXY / NO_PROXY), and the region name.',
    };
  }
  return undefined;
}

/** The title and text a user sees for an expected failure: the cause, then how to fix it when known. */
export function presentFailure(error: ActionError): { title: string; message: string } {
  const hint = hintFor(error);
  return hint
    ? { title: hint.title, message: `${error.message}\nHow to fix: ${hint.fix}` }
    : { title: error.title, message: error.message };
}
