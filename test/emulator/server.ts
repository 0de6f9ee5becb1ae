/**
 * A loopback stand-in for Huawei Cloud: the API gateway (signature check, APIGW errors), IAM's
 * project list and IMS's data-image calls, jobs that progress over time, a record of every request,
 * and fault injection. Independent of src/: it knows only the documented API.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { verifySignature } from './signature.ts';

export interface Credential {
  secretAccessKey: string;
  /** Temporary credentials: requests must carry this X-Security-Token. */
  securityToken?: string;
}

export interface Project {
  id: string;
  name: string;
  enabled: boolean;
  domain_id: string;
}

export type JobOutcome = { status: 'SUCCESS' } | { status: 'FAIL'; error_code: string; fail_reason: string };

export interface EmulatorOptions {
  port?: number;
  credentials?: Record<string, Credential>;
  projects?: Project[];
  /** How long a job runs, INIT to its end. */
  jobDurationMs?: number;
  /** `linear`: process_percent grows evenly; `none`: the progress variant is not available (404). */
  progress?: 'linear' | 'none';
  /** Decides each job's end from the request body; default: success, unless the OBS object is unknown. */
  jobOutcome?: (body: Record<string, unknown>) => JobOutcome;
  /** IAM identity providers for OIDC federation, by ID: the client ID (expected `aud`) and a conversion rule. */
  identityProviders?: Record<string, IdentityProvider>;
  /** Claims GitHub puts in the workflow's ID token (aud comes from the request). */
  githubClaims?: Record<string, string>;
  /** When set, only these `bucket:object` files exist in OBS; others make the job FAIL. */
  obsObjects?: string[];
  now?: () => number;
}

export interface IdentityProvider {
  clientId: string;
  /** The identity conversion rule: which tokens map to a user group (with IMS permissions). */
  rule: (claims: Record<string, unknown>) => boolean;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const IDP_ID = 'github-actions';
export const IDP_CLIENT_ID = 'huaweicloud-ims-action';
export const GITHUB_REQUEST_TOKEN = 'gh-id-token-request-' + 'r'.repeat(30);
export const DEFAULT_GITHUB_CLAIMS = {
  sub: 'repo:octo-org/release-pipeline:ref:refs/heads/main',
  repository: 'octo-org/release-pipeline',
  repository_owner: 'octo-org',
  ref: 'refs/heads/main',
  workflow: 'release',
};

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  status: number;
  /** performance.now() when the request arrived (benchmarks compare it with a child's start). */
  receivedAt: number;
  /** The X-Request-Id the emulator answered with. */
  requestId: string;
  /** false when the gateway rejected it (signature, fault) before any service saw it. */
  processed: boolean;
}

/** An injected fault; the first that matches a request is used, `times` times (default once). */
export interface Fault {
  method?: string;
  /** Matches the path (a prefix, or a RegExp). */
  path: string | RegExp;
  times?: number;
  /** Wait before doing anything (a slow or hanging server). */
  delayMs?: number;
  /** Answer with this instead of processing. */
  respond?: { status: number; body?: string; headers?: Record<string, string> };
  /** Close the connection without answering, before processing. */
  drop?: boolean;
  /** Process the request normally, then answer with this instead, drop the connection, or never answer. */
  afterProcessing?: { status: number; body?: string } | 'drop' | 'hang';
}

export const DEFAULT_AK = 'EMULATORAK0000000001';
export const DEFAULT_SK = 'emulator-secret-key-do-not-use-00000000';
export const TEMP_AK = 'EMULATORTEMPAK000001';
export const TEMP_SK = 'emulator-temporary-secret-key-000000000';
export const TEMP_TOKEN = 'emulator-security-token-' + 'x'.repeat(40);

export function projectIdFor(region: string): string {
  return createHash('sha256').update(region).digest('hex').slice(0, 32);
}

const DEFAULT_REGIONS = ['cn-north-4', 'cn-east-3', 'ap-southeast-1', 'eu-west-101', 'la-south-2', 'my-kualalumpur-1'];
const DOMAIN_ID = 'd0000000000000000000000000000001';

interface JobRecord {
  id: string;
  projectId: string;
  imageId: string;
  imageName: string;
  createdAt: number;
  outcome: JobOutcome;
}

interface ImageRecord {
  id: string;
  name: string;
  projectId: string;
  job: JobRecord;
  body: Record<string, unknown>;
}

const hex = (n: number): string => randomBytes(n).toString('hex');
const uuid = (): string => {
  const h = hex(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

// --- the documented constraints, as IMS checks them (IMG.xxxx answers) ---
const HAN = '\u4e00-\u9fff';
const NAME_OK = new RegExp(`^[A-Za-z0-9${HAN} ._-]+$`, 'u');
const TAG_KEY_OK = new RegExp(`^[A-Za-z0-9${HAN}_-]{1,36}$`, 'u');
const TAG_VALUE_OK = new RegExp(`^[A-Za-z0-9${HAN}_.-]{0,43}$`, 'u');
const UUID_OK = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
const BODY_FIELDS = new Set([
  'name',
  'description',
  'os_type',
  'image_url',
  'min_disk',
  'cmk_id',
  'tags',
  'image_tags',
  'enterprise_project_id',
]);

export function validateCreateBody(b: Record<string, unknown>): { code: string; message: string } | undefined {
  const bad = (code: string, message: string) => ({ code, message });
  for (const k of Object.keys(b)) if (!BODY_FIELDS.has(k)) return bad('IMG.0001', `unknown parameter ${k}`);
  const { name, description, os_type, image_url, min_disk, cmk_id, tags, image_tags, enterprise_project_id } = b;
  if (typeof name !== 'string' || name === '') return bad('IMG.0001', 'name is required');
  if ([...name].length > 128) return bad('IMG.0002', 'name is too long');
  if (!NAME_OK.test(name) || name.trim() !== name) return bad('IMG.0003', 'name is invalid');
  if (description !== undefined) {
    if (typeof description !== 'string' || [...description].length > 1024) return bad('IMG.0004', 'description is too long');
    if (/[\r\n<>]/.test(description)) return bad('IMG.0001', 'description contains invalid characters');
  }
  if (os_type !== undefined && os_type !== 'Linux' && os_type !== 'Windows') return bad('IMG.0001', 'os_type must be Linux or Windows');
  if (typeof image_url !== 'string' || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]:.+$/s.test(image_url))
    return bad('IMG.0001', 'image_url is invalid');
  if (typeof min_disk !== 'number' || !Number.isInteger(min_disk) || min_disk < 40 || min_disk > 2048)
    return bad('IMG.0001', 'min_disk must be an integer from 40 to 2048');
  if (cmk_id !== undefined && (typeof cmk_id !== 'string' || !UUID_OK.test(cmk_id))) return bad('IMG.0001', 'cmk_id is invalid');
  if (
    enterprise_project_id !== undefined &&
    enterprise_project_id !== '0' &&
    (typeof enterprise_project_id !== 'string' || !UUID_OK.test(enterprise_project_id))
  )
    return bad('IMG.0001', 'enterprise_project_id is invalid');
  if (tags !== undefined && image_tags !== undefined) return bad('IMG.0001', 'tags and image_tags cannot both be given');
  let pairs: [unknown, unknown][] = [];
  if (tags !== undefined) {
    if (!Array.isArray(tags)) return bad('IMG.0001', 'tags must be an array');
    pairs = tags.map((t) =>
      typeof t === 'string' && t.includes('.') ? [t.slice(0, t.indexOf('.')), t.slice(t.indexOf('.') + 1)] : [undefined, undefined],
    );
  }
  if (image_tags !== undefined) {
    if (!Array.isArray(image_tags)) return bad('IMG.0001', 'image_tags must be an array');
    pairs = image_tags.map((t) => [t?.key, t?.value]);
  }
  if (pairs.length > 10) return bad('IMG.0001', 'too many tags');
  const keys = new Set<unknown>();
  for (const [k, v] of pairs) {
    if (typeof k !== 'string' || !TAG_KEY_OK.test(k) || typeof v !== 'string' || !TAG_VALUE_OK.test(v))
      return bad('IMG.0001', 'invalid tag');
    if (keys.has(k)) return bad('IMG.0001', 'duplicate tag key');
    keys.add(k);
  }
  return undefined;
}

export class Emulator {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  /** Images created by CreateDataImage requests. */
  readonly images: ImageRecord[] = [];
  /** Images that existed before the run (seedImage). */
  readonly seeded: ImageRecord[] = [];
  readonly jobs = new Map<string, JobRecord>();
  readonly projects: Project[];
  url = '';
  private readonly opts: EmulatorOptions;
  private readonly credentials: Record<string, Credential>;
  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly sockets = new Set<Socket>();
  private readonly now: () => number;
  private readonly jwtKey = randomBytes(32);
  /** IAM tokens issued by OIDC federation: token → project ID. */
  readonly issuedTokens = new Map<string, string>();
  /** GitHub ID tokens handed out, so tests can check none is printed. */
  readonly idTokens: string[] = [];

  constructor(opts: EmulatorOptions = {}) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    this.credentials = opts.credentials ?? {
      [DEFAULT_AK]: { secretAccessKey: DEFAULT_SK },
      [TEMP_AK]: { secretAccessKey: TEMP_SK, securityToken: TEMP_TOKEN },
    };
    this.projects = opts.projects ?? DEFAULT_REGIONS.map((name) => ({ id: projectIdFor(name), name, enabled: true, domain_id: DOMAIN_ID }));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  /** Number of CreateDataImage requests that IMS processed (created an image). */
  get creations(): number {
    return this.images.length;
  }

  /**
   * Puts an image of `name` into the project as an earlier run would have left it: `active` (made long ago),
   * `queued`/`saving` (its job still runs, ending after `jobDurationMs`), or `killed`.
   */
  seedImage(name: string, status: 'active' | 'queued' | 'saving' | 'killed', region = 'cn-north-4', ageMs = 3_600_000): ImageRecord {
    const duration = this.opts.jobDurationMs ?? 3000;
    const now = this.now();
    const createdAt = status === 'queued' ? now : status === 'saving' ? now - duration / 5 : now - Math.max(ageMs, duration);
    const outcome: JobOutcome =
      status === 'killed' ? { status: 'FAIL', error_code: 'IMG.0008', fail_reason: 'upload failed' } : { status: 'SUCCESS' };
    const job: JobRecord = { id: hex(16), projectId: projectIdFor(region), imageId: uuid(), imageName: name, createdAt, outcome };
    const image: ImageRecord = { id: job.imageId, name, projectId: job.projectId, job, body: { name, min_disk: 40, os_type: 'Linux' } };
    this.jobs.set(job.id, job);
    this.seeded.push(image);
    return image;
  }

  async listen(port = this.opts.port ?? 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const i = this.faults.findIndex(
      (f) => (!f.method || f.method === method) && (typeof f.path === 'string' ? path.startsWith(f.path) : f.path.test(path)),
    );
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    const times = (fault.times ?? 1) - 1;
    if (times <= 0) this.faults.splice(i, 1);
    else fault.times = times;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    const record: RecordedRequest = {
      method: req.method ?? '',
      path,
      query: q < 0 ? '' : target.slice(q + 1),
      headers: { ...req.headers },
      body: body.toString('utf8'),
      status: 0,
      receivedAt: performance.now(),
      requestId: hex(16),
      processed: false,
    };
    this.requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      record.requestId = headers['X-Request-Id'] ?? record.requestId;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'X-Request-Id': record.requestId,
        Date: new Date(this.now()).toUTCString(),
        ...headers,
      });
      res.end(text);
    };

    const fault = this.takeFault(record.method, path);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.drop) {
      req.socket.destroy();
      return;
    }
    if (fault?.respond) {
      send(fault.respond.status, fault.respond.body ?? '', fault.respond.headers);
      return;
    }

    if (record.method === 'GET' && path === '/_github/token') {
      this.githubToken(record, send);
      return;
    }
    if (record.method === 'POST' && path === '/v3.0/OS-AUTH/id-token/tokens') {
      record.processed = true;
      const [status, payload, headers] = this.federate(record);
      send(status, payload, headers);
      return;
    }
    const authToken = req.headers['x-auth-token'];
    if (typeof authToken === 'string') {
      const project = this.issuedTokens.get(authToken);
      if (!project) {
        send(401, {
          error_code: 'APIGW.0301',
          error_msg: 'Incorrect IAM authentication information: the token is invalid or expired',
          request_id: record.requestId,
        });
        return;
      }
      if (req.headers['x-project-id'] !== undefined && req.headers['x-project-id'] !== project) {
        send(403, { error_code: 'APIGW.0302', error_msg: 'The token is not scoped to this project', request_id: record.requestId });
        return;
      }
      this.finish(record, body, fault, req, send);
      return;
    }
    const verdict = verifySignature(
      { method: record.method, target, headers: req.headers, body },
      (ak) => this.credentials[ak]?.secretAccessKey,
      this.now(),
    );
    if (!verdict.ok) {
      send(401, {
        error_code: 'APIGW.0301',
        error_msg: `Incorrect IAM authentication information: ${verdict.reason}`,
        request_id: record.requestId,
      });
      return;
    }
    const token = this.credentials[verdict.accessKeyId]?.securityToken;
    if (token !== undefined && req.headers['x-security-token'] !== token) {
      send(401, {
        error_code: 'APIGW.0301',
        error_msg: 'Incorrect IAM authentication information: security token missing or invalid',
        request_id: record.requestId,
      });
      return;
    }

    this.finish(record, body, fault, req, send);
  }

  private finish(
    record: RecordedRequest,
    body: Buffer,
    fault: Fault | undefined,
    req: IncomingMessage,
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): void {
    record.processed = true;
    const [status, payload] = this.route(record, body);
    if (fault?.afterProcessing === 'hang') return;
    if (fault?.afterProcessing === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.afterProcessing) {
      send(fault.afterProcessing.status, fault.afterProcessing.body ?? '');
      return;
    }
    send(status, payload);
  }

  /** GitHub's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL): a bearer-checked JWT with the asked audience. */
  private githubToken(r: RecordedRequest, send: (status: number, payload: unknown) => void): void {
    if (r.headers['authorization'] !== `Bearer ${GITHUB_REQUEST_TOKEN}`) {
      send(401, { message: 'Bad credentials' });
      return;
    }
    const audience = new URLSearchParams(r.query).get('audience') ?? `https://github.com/${DEFAULT_GITHUB_CLAIMS.repository_owner}`;
    const now = Math.floor(this.now() / 1000);
    const claims = {
      ...DEFAULT_GITHUB_CLAIMS,
      ...this.opts.githubClaims,
      iss: GITHUB_ISSUER,
      aud: audience,
      iat: now,
      nbf: now,
      exp: now + 300,
      jti: hex(8),
    };
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
    const jwt = `${unsigned}.${createHmac('sha256', this.jwtKey).update(unsigned).digest('base64url')}`;
    this.idTokens.push(jwt);
    send(200, { count: 1, value: jwt });
  }

  /** IAM: CreateTokenWithIdToken — verify the GitHub JWT against the identity provider, issue a scoped token. */
  private federate(r: RecordedRequest): [number, unknown, Record<string, string>?] {
    const iamError = (status: number, code: string, message: string): [number, unknown] => [
      status,
      { error_code: code, error_msg: message, request_id: r.requestId },
    ];
    const idp = this.identityProviders()[String(r.headers['x-idp-id'] ?? '')];
    if (!idp) return iamError(404, 'IAM.0004', 'The identity provider does not exist.');
    let body: { auth?: { id_token?: { id?: string }; scope?: { project?: { id?: string; name?: string } } } };
    try {
      body = JSON.parse(r.body);
    } catch {
      return iamError(400, 'IAM.0001', 'The request body is not JSON.');
    }
    const jwt = body.auth?.id_token?.id ?? '';
    const [h, p, sig] = jwt.split('.');
    if (!h || !p || !sig || createHmac('sha256', this.jwtKey).update(`${h}.${p}`).digest('base64url') !== sig) {
      return iamError(401, 'IAM.0302', 'The id_token signature is invalid.');
    }
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (claims.iss !== GITHUB_ISSUER) return iamError(401, 'IAM.0303', 'The id_token issuer does not match the identity provider.');
    if (claims.aud !== idp.clientId)
      return iamError(401, 'IAM.0304', 'The id_token audience does not match the client ID of the identity provider.');
    if (typeof claims.exp !== 'number' || claims.exp * 1000 < this.now()) return iamError(401, 'IAM.0305', 'The id_token has expired.');
    if (!idp.rule(claims)) return iamError(403, 'IAM.0306', 'No identity conversion rule of the identity provider matches the id_token.');
    const want = body.auth?.scope?.project;
    const project = this.projects.find((pr) => (want?.id ? pr.id === want.id : pr.name === want?.name));
    if (!project) return iamError(400, 'IAM.0011', 'The project in the scope does not exist.');
    const token = `MIIT${hex(48)}`;
    this.issuedTokens.set(token, project.id);
    const expires = new Date(this.now() + 24 * 3600_000).toISOString();
    return [
      201,
      {
        token: {
          expires_at: expires,
          methods: ['token'],
          project: { id: project.id, name: project.name, domain: { id: DOMAIN_ID } },
          user: { name: `oidc-${claims.sub as string}` },
        },
      },
      { 'X-Subject-Token': token },
    ];
  }

  private identityProviders(): Record<string, IdentityProvider> {
    return (
      this.opts.identityProviders ?? {
        [IDP_ID]: { clientId: IDP_CLIENT_ID, rule: (c) => c.repository === DEFAULT_GITHUB_CLAIMS.repository },
      }
    );
  }

  private imsError(status: number, code: string, message: string): [number, unknown] {
    return [status, { error: { code, message } }];
  }

  private route(r: RecordedRequest, body: Buffer): [number, unknown] {
    const params = new URLSearchParams(r.query.replace(/\+/g, '%2B'));
    if (r.method === 'GET' && r.path === '/v3/projects') {
      const name = params.get('name');
      return [200, { projects: this.projects.filter((p) => name === null || p.name === name), links: {} }];
    }
    if (r.method === 'POST' && r.path === '/v1/cloudimages/dataimages/action') return this.createDataImage(r, body);
    let m = /^\/v1\/([^/]+)\/jobs\/([^/]+)$/.exec(r.path);
    if (r.method === 'GET' && m) return this.showJob(m[1]!, m[2]!, false);
    m = /^\/v1\/cloudimages\/job\/([^/]+)$/.exec(r.path);
    if (r.method === 'GET' && m) {
      if (this.opts.progress === 'none')
        return this.imsError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');
      const projectId = String(r.headers['x-project-id'] ?? '');
      return this.showJob(projectId, m[1]!, true);
    }
    if (r.method === 'GET' && r.path === '/v2/cloudimages') return this.listImages(r, params);
    return this.imsError(404, 'APIGW.0101', 'The API does not exist or has not been published in the environment');
  }

  private createDataImage(r: RecordedRequest, body: Buffer): [number, unknown] {
    const projectId = r.headers['x-project-id'];
    if (typeof projectId !== 'string' || !this.projects.some((p) => p.id === projectId)) {
      return this.imsError(400, 'IMG.0001', 'X-Project-Id is missing or unknown');
    }
    if (!String(r.headers['content-type'] ?? '').startsWith('application/json'))
      return this.imsError(400, 'IMG.0001', 'Content-Type must be application/json');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return this.imsError(400, 'IMG.0001', 'the request body is not JSON');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return this.imsError(400, 'IMG.0001', 'the request body is not an object');
    const b = parsed as Record<string, unknown>;
    const invalid = validateCreateBody(b);
    if (invalid) return this.imsError(400, invalid.code, invalid.message);
    const outcome: JobOutcome =
      this.opts.jobOutcome?.(b) ??
      (this.opts.obsObjects && !this.opts.obsObjects.includes(b.image_url as string)
        ? {
            status: 'FAIL',
            error_code: 'IMG.0008',
            fail_reason: `The OBS object ${b.image_url as string} does not exist or is not accessible.`,
          }
        : { status: 'SUCCESS' });
    const job: JobRecord = { id: hex(16), projectId, imageId: uuid(), imageName: b.name as string, createdAt: this.now(), outcome };
    this.jobs.set(job.id, job);
    this.images.push({ id: job.imageId, name: job.imageName, projectId, job, body: b });
    return [200, { job_id: job.id }];
  }

  /** Where a job is at `now`: INIT for its first tenth, RUNNING, then its outcome. */
  private jobState(job: JobRecord): { status: string; percent: number } {
    const duration = this.opts.jobDurationMs ?? 3000;
    const elapsed = this.now() - job.createdAt;
    if (elapsed >= duration) return { status: job.outcome.status, percent: 100 };
    if (elapsed < duration / 10) return { status: 'INIT', percent: 0 };
    return { status: 'RUNNING', percent: Math.floor((elapsed / duration) * 1000) / 10 };
  }

  private showJob(projectId: string, jobId: string, progress: boolean): [number, unknown] {
    const job = this.jobs.get(jobId);
    if (!job || job.projectId !== projectId) return this.imsError(404, 'IMG.0030', `job ${jobId} does not exist`);
    const { status, percent } = this.jobState(job);
    const done = status === 'SUCCESS' || status === 'FAIL';
    const entities: Record<string, unknown> = {};
    if (status === 'SUCCESS') Object.assign(entities, { image_id: job.imageId, image_name: job.imageName });
    if (progress)
      Object.assign(entities, {
        process_percent: percent,
        current_task: done ? '' : status === 'INIT' ? 'Queued' : 'Importing image file',
      });
    const failed = job.outcome.status === 'FAIL' && done ? job.outcome : undefined;
    return [
      200,
      {
        job_id: job.id,
        job_type: 'imsImportDataImageJob',
        status,
        begin_time: isoTime(job.createdAt),
        end_time: done ? isoTime(job.createdAt + (this.opts.jobDurationMs ?? 3000)) : '',
        error_code: failed ? failed.error_code : null,
        fail_reason: failed ? failed.fail_reason : null,
        entities,
      },
    ];
  }

  private imageStatus(img: ImageRecord): string {
    const { status } = this.jobState(img.job);
    return status === 'SUCCESS' ? 'active' : status === 'FAIL' ? 'killed' : status === 'INIT' ? 'queued' : 'saving';
  }

  private listImages(r: RecordedRequest, params: URLSearchParams): [number, unknown] {
    const projectId = r.headers['x-project-id'];
    const name = params.get('name');
    const id = params.get('id');
    if (params.get('__imagetype') !== 'private') return this.imsError(400, 'IMG.0001', 'this emulator lists private images only');
    const images = [...this.seeded, ...this.images]
      .filter((i) => i.projectId === projectId && (name === null || i.name === name) && (id === null || i.id === id))
      .map((i) => ({
        id: i.id,
        name: i.name,
        status: this.imageStatus(i),
        virtual_env_type: 'DataImage',
        __imagetype: 'private',
        __os_type: i.body.os_type ?? 'Linux',
        min_disk: i.body.min_disk,
        created_at: isoTime(i.job.createdAt),
      }));
    return [200, { images }];
  }
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = new Emulator(opts);
  await emulator.listen();
  return emulator;
}
