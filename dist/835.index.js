export const id = 835;
export const ids = [835];
export const modules = {

/***/ 1835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  execute: () => (/* binding */ execute)
});

// UNUSED EXPORTS: USER_AGENT, WATCHDOG_GRACE_MS

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/runner.ts + 2 modules
var runner = __webpack_require__(6783);
// EXTERNAL MODULE: ./src/hints.ts
var hints = __webpack_require__(9957);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/signer.ts
/**
 * APIG request signing, SDK-HMAC-SHA256 (api-notes: "AK/SK signing"). Pure: the date comes in.
 */

const ALGORITHM = 'SDK-HMAC-SHA256';
/** `YYYYMMDDTHHMMSSZ` in UTC. */
function sdkDate(date) {
    return date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
/** RFC 3986 percent-encoding over UTF-8: unreserved `A-Z a-z 0-9 - _ . ~` kept, all else `%XY` upper-case. */
function uriEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function decodeSegment(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment; // a stray '%' that the URL kept literally
    }
}
/** Each path segment encoded once; a '/' appended when the path does not end with one. */
function canonicalUri(url) {
    const path = url.pathname
        .split('/')
        .map((s) => uriEncode(decodeSegment(s)))
        .join('/');
    return path.endsWith('/') ? path : `${path}/`;
}
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The query's name/value pairs, decoded from the URL as sent ('+' is a plus sign: the client encodes spaces as %20). */
function queryPairs(url) {
    const search = url.search.replace(/^\?/, '');
    if (search === '')
        return [];
    return search.split('&').map((item) => {
        const eq = item.indexOf('=');
        return eq < 0 ? [decodeSegment(item), ''] : [decodeSegment(item.slice(0, eq)), decodeSegment(item.slice(eq + 1))];
    });
}
/** Builds `?name=value&…` with the same encoding the signer uses, so what is sent is what is signed. */
function encodeQuery(params) {
    const pairs = Object.entries(params).map(([n, v]) => `${uriEncode(n)}=${uriEncode(v)}`);
    return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
/** Names and values encoded, sorted by name and then by value, `k=` for empty values. */
function canonicalQueryString(url) {
    return queryPairs(url)
        .sort(([an, av], [bn, bv]) => byCodeUnits(an, bn) || byCodeUnits(av, bv))
        .map(([n, v]) => `${uriEncode(n)}=${uriEncode(v)}`)
        .join('&');
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function headersToSign(req) {
    const all = new Map();
    for (const [name, value] of Object.entries(req.headers))
        all.set(name.toLowerCase(), value.trim());
    all.set('host', req.url.host);
    return [...all.entries()].sort(([a], [b]) => byCodeUnits(a, b));
}
function canonicalRequest(req) {
    const headers = headersToSign(req);
    const signedHeaders = headers.map(([n]) => n).join(';');
    const canonical = [
        req.method.toUpperCase(),
        canonicalUri(req.url),
        canonicalQueryString(req.url),
        headers.map(([n, v]) => `${n}:${v}\n`).join(''),
        signedHeaders,
        sha256Hex(req.body),
    ].join('\n');
    return { canonical, signedHeaders };
}
/**
 * The `Authorization` header for a request whose headers already include `X-Sdk-Date`
 * (and `X-Security-Token` when temporary credentials are used).
 */
function authorization(req, key) {
    const date = Object.entries(req.headers).find(([n]) => n.toLowerCase() === 'x-sdk-date')?.[1];
    if (!date)
        throw new Error('X-Sdk-Date must be set before signing');
    const { canonical, signedHeaders } = canonicalRequest(req);
    const stringToSign = `${ALGORITHM}\n${date}\n${sha256Hex(canonical)}`;
    const signature = (0,external_node_crypto_.createHmac)('sha256', key.secretAccessKey).update(stringToSign).digest('hex');
    return `${ALGORITHM} Access=${key.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

;// CONCATENATED MODULE: ./src/auth.ts

/** Signs every attempt afresh, dated with the time the client passes (its clock, corrected for skew). */
function akskAuthorizer(credentials) {
    return (req, nowMs) => {
        const added = { 'X-Sdk-Date': sdkDate(new Date(nowMs)) };
        if (credentials.securityToken)
            added['X-Security-Token'] = credentials.securityToken;
        const headers = { ...req.headers, ...added };
        added['Authorization'] = authorization({ ...req, headers }, credentials);
        return added;
    };
}
/** Sends an IAM token (from OIDC federation) as X-Auth-Token; nothing is signed. */
function tokenAuthorizer(token) {
    return () => {
        const t = token();
        return t ? { 'X-Auth-Token': t } : {};
    };
}

// EXTERNAL MODULE: ./src/duration.ts
var duration = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/http.ts
/**
 * The one HTTP client: every API call goes through `ApiClient.call`, which authorizes (signs) each
 * attempt, applies timeouts and the deadline, retries per the call's kind, reads bounded bodies and
 * turns every failure into an ApiError, BadResponseError or NetworkError.
 */



const MAX_BODY_BYTES = 1024 * 1024;
/** The gateway rejects signatures whose X-Sdk-Date is 15 min off; past this much skew we re-sign with its time. */
const CLOCK_SKEW_LIMIT_MS = 5 * 60 * 1000;
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
/** Walks an error's cause chain for a Node/undici error code. */
function errorCode(error) {
    for (let e = error, i = 0; e && i < 5; e = e.cause, i++) {
        if (typeof e.code === 'string')
            return e.code;
    }
    return undefined;
}
function isTlsHandshakeFailure(code) {
    return code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT') || code === 'EPROTO';
}
/** Which failures are worth another attempt, for each kind of call. */
function retryDecision(kind, error, nowMs) {
    if (error instanceof errors/* ApiError */.hD) {
        if (error.status === 429)
            return { retry: true, afterMs: (0,retry/* parseRetryAfter */.mu)(error.retryAfter, nowMs) };
        return { retry: kind === 'read' && [500, 502, 503, 504].includes(error.status) };
    }
    if (error instanceof errors/* BadResponseError */.nS)
        return { retry: kind === 'read' && !error.tooLarge };
    if (error instanceof errors/* NetworkError */.Dr)
        return { retry: error.code !== 'DEADLINE' && (kind === 'read' || !error.maybeSent) };
    return { retry: false };
}
class ApiClient {
    dispatcher;
    opts;
    /** One line per HTTP attempt (method, path, status, duration, request ID, attempt), for the debug group. */
    callLog = [];
    /** Server time minus local time, once a skewed clock was detected; added to the signing time. */
    clockOffsetMs = 0;
    constructor(opts) {
        this.opts = opts;
        const responseTimeout = opts.responseTimeoutMs ?? 30_000;
        // Honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY, in either case.
        this.dispatcher = new undici/* EnvHttpProxyAgent */.J2({
            connect: { timeout: opts.connectTimeoutMs ?? 10_000 },
            headersTimeout: responseTimeout,
            bodyTimeout: responseTimeout,
        });
    }
    async close() {
        await this.dispatcher.close();
    }
    /** Sends the call with retries; resolves with the 2xx response's JSON, or throws. */
    async call(call) {
        try {
            return await this.callWithRetries(call);
        }
        catch (error) {
            if (!this.correctClockSkew(error))
                throw error;
            return this.callWithRetries(call);
        }
    }
    /**
     * A signature rejected (401 APIGW.0301) by a gateway whose clock is far from ours: self-hosted runners
     * with wrong clocks are a classic cause. Sign with the server's time from now on, once.
     */
    correctClockSkew(error) {
        if (!(error instanceof errors/* ApiError */.hD) || error.status !== 401 || error.details.code !== 'APIGW.0301')
            return false;
        if (this.clockOffsetMs !== 0 || !error.serverDate)
            return false;
        const serverMs = Date.parse(error.serverDate);
        const skew = serverMs - this.opts.now();
        if (Number.isNaN(serverMs) || Math.abs(skew) <= CLOCK_SKEW_LIMIT_MS)
            return false;
        this.clockOffsetMs = skew;
        this.opts.log.warning(`The API gateway rejected the signature and its clock differs from this runner's by ${Math.round(skew / 1000)} s; signing with the gateway's time and retrying once. Fix the runner's clock (NTP).`);
        return true;
    }
    async callWithRetries(call) {
        const { opts } = this;
        return (0,retry/* retry */.L5)((attempt) => this.attempt(call, attempt), {
            policy: opts.retryPolicy ?? retry/* DEFAULT_RETRY_POLICY */.cO,
            sleep: opts.sleep,
            now: opts.now,
            random: opts.random,
            deadline: opts.deadline,
            decide: (error) => retryDecision(call.kind, error, opts.now()),
            onRetry: (error, attempt, delayMs) => opts.log.info(`${call.operation}: attempt ${attempt} failed (${error.message}); retrying in ${(delayMs / 1000).toFixed(1)}s`),
        });
    }
    async attempt(call, attempt) {
        const { opts } = this;
        const body = call.body === undefined ? '' : JSON.stringify(call.body);
        const headers = {
            'User-Agent': opts.userAgent,
            ...(body !== '' ? { 'Content-Type': 'application/json;charset=UTF-8' } : {}),
            ...call.headers,
        };
        const outgoing = { method: call.method, url: call.url, headers, body };
        if (!call.unauthenticated)
            Object.assign(headers, opts.authorize(outgoing, opts.now() + this.clockOffsetMs));
        const remaining = opts.deadline - opts.now();
        if (remaining <= 0)
            throw new errors/* NetworkError */.Dr(call.operation, 'DEADLINE', 'the wait_timeout was reached before the request', true);
        const started = opts.now();
        let status = 0;
        let requestId;
        try {
            const res = await (0,undici/* request */.Em)(call.url, {
                method: call.method,
                headers,
                body: body === '' ? undefined : body,
                dispatcher: this.dispatcher,
                signal: AbortSignal.timeout(remaining),
            });
            status = res.statusCode;
            const resHeaders = flattenHeaders(res.headers);
            requestId = resHeaders['x-request-id'];
            const text = await readBody(res.body, call.operation, status, requestId);
            return this.interpret(call, status, resHeaders, text, requestId);
        }
        catch (error) {
            if (error instanceof errors/* ApiError */.hD || error instanceof errors/* BadResponseError */.nS)
                throw error;
            throw toNetworkError(call.operation, error);
        }
        finally {
            const line = `HTTP ${call.method} ${call.url.pathname} -> ${status || 'no response'} in ${opts.now() - started}ms (request ID ${requestId === undefined ? 'none' : (0,errors/* untrusted */.bp)(requestId, 128)}, attempt ${attempt})`;
            this.callLog.push(line);
            opts.log.debug(line);
        }
    }
    interpret(call, status, headers, text, requestId) {
        if (status >= 200 && status < 300) {
            let json;
            try {
                json = text === '' ? {} : JSON.parse(text);
            }
            catch {
                throw new errors/* BadResponseError */.nS(call.operation, status, `the body is not JSON: "${(0,errors/* untrusted */.bp)(text, 200)}"`, requestId);
            }
            if (json === null || typeof json !== 'object') {
                throw new errors/* BadResponseError */.nS(call.operation, status, `expected a JSON object, got "${(0,errors/* untrusted */.bp)(text, 200)}"`, requestId);
            }
            return { status, headers, json, requestId };
        }
        const parsed = (0,errors/* parseErrorBody */.kW)(text);
        const error = new errors/* ApiError */.hD({
            operation: call.operation,
            status,
            code: parsed.code,
            message: parsed.message,
            requestId: requestId ?? parsed.requestId,
        });
        error.retryAfter = headers['retry-after'];
        error.serverDate = headers['date'];
        throw error;
    }
}
function flattenHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        if (v !== undefined)
            out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
async function readBody(body, operation, status, requestId) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
            body.destroy();
            const error = new errors/* BadResponseError */.nS(operation, status, `the response body exceeds ${MAX_BODY_BYTES} bytes`, requestId);
            error.tooLarge = true;
            throw error;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function toNetworkError(operation, error) {
    const name = error.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
        return new errors/* NetworkError */.Dr(operation, 'DEADLINE', 'the wait_timeout was reached while the request was under way', true);
    }
    const code = errorCode(error) ?? 'ERROR';
    const detail = (0,errors/* untrusted */.bp)(error.message ?? String(error), 200);
    return new errors/* NetworkError */.Dr(operation, code, detail, !(NOT_SENT_CODES.has(code) || isTlsHandshakeFailure(code)));
}

// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var inputs = __webpack_require__(7557);
;// CONCATENATED MODULE: ./src/iam.ts
/** IAM: finding the project ID of a region (KeystoneListProjects). Never creates a project. */



async function lookupProjectId(client, iamEndpoint, region) {
    const url = new URL(`${iamEndpoint}/v3/projects${encodeQuery({ name: region })}`);
    const res = await client.call({ operation: 'KeystoneListProjects', method: 'GET', url, kind: 'read' });
    const projects = res.json.projects;
    if (!Array.isArray(projects)) {
        throw new errors/* BadResponseError */.nS('KeystoneListProjects', res.status, 'the body has no "projects" list', res.requestId);
    }
    const matches = projects.filter((p) => p && typeof p.id === 'string' && p.name === region && p.enabled !== false);
    if (matches.length === 1) {
        const { id } = matches[0];
        if (!inputs/* PROJECT_ID_RE */.AA.test(id)) {
            throw new errors/* BadResponseError */.nS('KeystoneListProjects', res.status, `unexpected project ID "${(0,errors/* untrusted */.bp)(id, 80)}"`, res.requestId);
        }
        return id;
    }
    if (matches.length === 0) {
        throw new errors/* ActionError */.lZ('Project not found', `KeystoneListProjects: this account has no enabled project named ${region}. Check the region, or set the input project_id (the ID is under "My Credentials > API Credentials" in the console).`);
    }
    throw new errors/* ActionError */.lZ('Project is ambiguous', `KeystoneListProjects: ${matches.length} projects are named ${region} (${matches.map((p) => (0,errors/* untrusted */.bp)(p.id, 64)).join(', ')}); set the input project_id to the one to use.`);
}

;// CONCATENATED MODULE: ./src/ims.ts
/** IMS: the calls this action makes (CreateDataImage, ShowJob) and the shapes of their answers. */


const projectHeader = (t) => ({ 'X-Project-Id': t.projectId });
/** POST /v1/cloudimages/dataimages/action → the job ID. */
async function createDataImage(t, body) {
    const res = await t.client.call({
        operation: 'CreateDataImage',
        method: 'POST',
        url: new URL(`${t.endpoint}/v1/cloudimages/dataimages/action`),
        headers: projectHeader(t),
        body,
        kind: 'create',
    });
    const jobId = res.json.job_id;
    if (typeof jobId !== 'string' || !/^[0-9A-Za-z-]{1,64}$/.test(jobId)) {
        throw new errors/* BadResponseError */.nS('CreateDataImage', res.status, 'the answer has no valid "job_id"; the image may still be created: check the IMS console', res.requestId);
    }
    return jobId;
}
const ims_text = (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
/** Reads a job answer (ShowJob) into a Job. Pure. */
function parseJob(json, jobId) {
    const o = json;
    const status = ims_text(o.status);
    if (!status)
        return undefined;
    const entities = o.entities && typeof o.entities === 'object' ? o.entities : {};
    const entityErrors = {};
    for (const k of ['error_code', 'error', 'addition_error_code', 'addition_error_msg']) {
        const v = ims_text(entities[k]);
        if (v)
            entityErrors[k] = v;
    }
    const job = { jobId, status, entityErrors };
    const imageId = ims_text(entities.image_id);
    if (imageId)
        job.imageId = imageId;
    const errorCode = ims_text(o.error_code);
    if (errorCode)
        job.errorCode = errorCode;
    const failReason = ims_text(o.fail_reason);
    if (failReason)
        job.failReason = failReason;
    const pct = entities.process_percent;
    const progress = typeof pct === 'number' ? pct : typeof pct === 'string' ? Number(pct) : NaN;
    if (Number.isFinite(progress))
        job.progress = Math.min(100, Math.max(0, progress));
    const task = ims_text(entities.current_task);
    if (task)
        job.currentTask = task;
    return job;
}
/** GET /v1/{project_id}/jobs/{job_id} (ShowJob), or its twin with progress, /v1/cloudimages/job/{job_id} (ShowJobProgress). */
async function queryJob(t, jobId, withProgress) {
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
    if (!job)
        throw new errors/* BadResponseError */.nS(operation, res.status, 'the answer has no job "status"', res.requestId);
    return job;
}
/**
 * A poller for one job: reads the progress variant while it answers, and falls back to the plain job
 * query for good once it does not exist there (a 4xx other than 429). Other failures are the job's.
 */
function jobPoller(t, jobId, onFallback) {
    let withProgress = true;
    return async () => {
        if (withProgress) {
            try {
                return await queryJob(t, jobId, true);
            }
            catch (error) {
                const unsupported = error instanceof errors/* ApiError */.hD && error.status >= 400 && error.status < 500 && error.status !== 429;
                if (!unsupported)
                    throw error;
                withProgress = false;
                onFallback(error.message);
            }
        }
        return queryJob(t, jobId, false);
    };
}
/** Reads the image list. Pure; undefined when the body has no `images` array. */
function parseImageList(json) {
    const images = json.images;
    if (!Array.isArray(images))
        return undefined;
    return images.flatMap((i) => {
        if (!i || typeof i.id !== 'string' || typeof i.name !== 'string')
            return [];
        return [
            {
                id: i.id,
                name: i.name,
                status: ims_text(i.status) ?? '',
                createdAt: ims_text(i.created_at) ?? '',
                virtualEnvType: ims_text(i.virtual_env_type) ?? '',
            },
        ];
    });
}
/** GET /v2/cloudimages?… for private images (ListImages), by name or by ID. */
async function listImages(t, filter) {
    const res = await t.client.call({
        operation: 'ListImages',
        method: 'GET',
        url: new URL(`${t.endpoint}/v2/cloudimages${encodeQuery({ ...filter, __imagetype: 'private' })}`),
        headers: projectHeader(t),
        kind: 'read',
    });
    const images = parseImageList(res.json);
    if (!images)
        throw new errors/* BadResponseError */.nS('ListImages', res.status, 'the body has no "images" list', res.requestId);
    return images;
}
const createdMs = (i) => Date.parse(i.createdAt);
/** Data images of exactly this name that are not killed or deleted, newest first. Pure. */
function liveDataImages(images, name) {
    return images
        .filter((i) => i.name === name && i.virtualEnvType === 'DataImage' && i.status !== 'killed' && i.status !== 'deleted')
        .sort((a, b) => (createdMs(b) || 0) - (createdMs(a) || 0));
}
/** Images created at or after `sinceMs` (a server-reported time; unreadable times never match). Pure. */
function createdSince(images, sinceMs) {
    return images.filter((i) => createdMs(i) >= sinceMs);
}
const IMAGE_TO_JOB_STATUS = {
    queued: 'INIT',
    saving: 'RUNNING',
    active: 'SUCCESS',
    killed: 'FAIL',
    deleted: 'FAIL',
};
/** An image's status seen as the job that makes it: queued → INIT, saving → RUNNING, active → SUCCESS, killed → FAIL. */
function imageAsJob(image) {
    const job = { jobId: image.id, status: IMAGE_TO_JOB_STATUS[image.status] ?? image.status, entityErrors: {}, imageId: image.id };
    if (image.status === 'killed')
        job.failReason = 'the image upload failed (status killed)';
    return job;
}
/** Polls one image by ID, as a Job. */
async function showImageAsJob(t, imageId) {
    const [image] = await listImages(t, { id: imageId });
    if (!image)
        return { jobId: imageId, status: 'FAIL', entityErrors: {}, failReason: 'the image no longer exists' };
    return imageAsJob(image);
}
/** The job's own words about why it failed, every field IMS gave, made safe to print. */
function describeJobFailure(job, subject = `Job ${job.jobId}`) {
    const parts = [`${subject} failed`];
    if (job.errorCode)
        parts.push(`error_code ${(0,errors/* untrusted */.bp)(job.errorCode, 64)}`);
    if (job.failReason)
        parts.push(`fail_reason "${(0,errors/* untrusted */.bp)(job.failReason)}"`);
    for (const [k, v] of Object.entries(job.entityErrors))
        parts.push(`entities.${k} "${(0,errors/* untrusted */.bp)(v)}"`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/schedule.ts
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
const MIN_POLL_MS = 1000;
const MAX_POLL_MS = 60_000;
const FIRST_POLL_MS = 10_000;
const GRID_MS = 10_000;
/** Time left below which the next poll aims just past the estimated finish. */
const NEAR_MS = 4000;
const PAST_ESTIMATE_MARGIN_MS = 250;
/** Longest wait inside the window where a step-wise job may end: below the fixed poll's 10 s, so lag stays lower. */
const WINDOW_POLL_MS = 7000;
function crossings(observations) {
    const readings = observations.filter((o) => o.progress !== undefined);
    const stepped = readings.some((o, i) => i > 0 && o.progress === readings[i - 1].progress);
    const points = [{ at: 0, progress: 0, width: 0 }];
    let lastSeenAt = 0;
    let value = 0;
    for (const o of readings) {
        if (o.progress > value) {
            points.push({ at: stepped ? (lastSeenAt + o.at) / 2 : o.at, progress: o.progress, width: o.at - lastSeenAt });
            value = o.progress;
        }
        lastSeenAt = o.at;
    }
    return { points, stepped };
}
/** The estimated finish, from the rate over the whole run so far (steady against one step's noise). */
function estimate(observations) {
    const { points, stepped } = crossings(observations);
    if (points.length < 2)
        return undefined;
    const last = points.at(-1);
    const scale = 100 / last.progress;
    return { finish: last.at * scale, doubt: stepped ? (last.width / 2) * scale : 0, stepped };
}
function estimatedFinish(observations) {
    return estimate(observations)?.finish;
}
/** Two successive estimates that agree within this share of the time left: aim straight at the finish. */
const CONSISTENT = 0.05;
/**
 * Milliseconds to wait, from `now` (ms since submission), before the next poll. `random` in [0, 1)
 * adds up to ±10 % jitter to long waits, so matrix jobs do not poll in step.
 */
function nextPollDelay(now, observations, random) {
    if (observations.length === 0)
        return Math.max(MIN_POLL_MS, FIRST_POLL_MS - now);
    const est = estimate(observations);
    let delay;
    if (est === undefined) {
        delay = GRID_MS - (now % GRID_MS);
        if (delay < MIN_POLL_MS)
            delay += GRID_MS;
    }
    else {
        const left = est.finish - now;
        const previous = estimatedFinish(observations.slice(0, -1));
        const consistent = !est.stepped && previous !== undefined && Math.abs(previous - est.finish) <= CONSISTENT * left;
        if (consistent)
            delay = left + PAST_ESTIMATE_MARGIN_MS;
        else if (left > est.doubt + NEAR_MS)
            delay = Math.min(left - est.doubt, (left / 2) * (0.9 + 0.2 * random));
        else if (est.doubt > 0 && left > -est.doubt)
            delay = Math.min(WINDOW_POLL_MS, Math.max(NEAR_MS / 2, est.doubt / 4)); // inside the window of doubt
        else if (left > -PAST_ESTIMATE_MARGIN_MS)
            delay = left + PAST_ESTIMATE_MARGIN_MS;
        else
            delay = Math.min(GRID_MS, -left / 2); // overdue: the estimate was optimistic
    }
    return Math.round(Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, delay)));
}

;// CONCATENATED MODULE: ./src/wait.ts
/** Waiting for an IMS job: the loop that follows the schedule (schedule.ts) and reports progress. */



/** Time kept back before the deadline for the last poll's own round trip. */
const LAST_POLL_MARGIN_MS = 1000;
/** Progress lines (as opposed to status changes) are logged at most this often. */
const PROGRESS_LOG_INTERVAL_MS = 30_000;
const KNOWN = new Set(['INIT', 'RUNNING', 'SUCCESS', 'FAIL']);
/** `RUNNING 42% (Importing image file) — 3m10s elapsed, about 4m left`. Pure. */
function progressLine(job, elapsedMs, leftMs) {
    let line = (0,errors/* untrusted */.bp)(job.status, 40);
    if (!KNOWN.has(job.status))
        line += ' (an unknown status; still waiting)';
    if (job.progress !== undefined && job.status !== 'SUCCESS')
        line += ` ${Math.floor(job.progress)}%`;
    if (job.currentTask && job.status !== 'SUCCESS')
        line += ` (${(0,errors/* untrusted */.bp)(job.currentTask, 80)})`;
    line += ` — ${(0,duration/* formatDuration */.a)(elapsedMs)} elapsed`;
    if (leftMs !== undefined && leftMs > 0 && job.status === 'RUNNING')
        line += `, about ${(0,duration/* formatDuration */.a)(leftMs)} left`;
    return line;
}
async function waitForJob(deps) {
    const observations = [];
    let last;
    let lastProgressLog = -Infinity;
    for (;;) {
        const elapsed = deps.now() - deps.startedAt;
        const remaining = deps.deadline - deps.now();
        if (remaining <= LAST_POLL_MARGIN_MS)
            return { outcome: 'TIMEOUT', job: last };
        await deps.sleep(Math.min(nextPollDelay(elapsed, observations, deps.random()), remaining - LAST_POLL_MARGIN_MS));
        let job;
        try {
            job = await deps.poll();
        }
        catch (error) {
            if (error instanceof errors/* NetworkError */.Dr && error.code === 'DEADLINE')
                return { outcome: 'TIMEOUT', job: last };
            throw error;
        }
        const at = deps.now() - deps.startedAt;
        const observation = { at, status: job.status };
        if (job.progress !== undefined)
            observation.progress = job.progress;
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
            if (!job.imageId)
                throw new errors/* BadResponseError */.nS('ShowJob', 200, `${deps.subject} succeeded but names no entities.image_id`);
            return { outcome: 'SUCCESS', job: job };
        }
        if (job.status === 'FAIL')
            return { outcome: 'FAIL', job };
    }
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/** The run after validation: project → (existing image?) → submit → wait → outputs. Loaded on demand by main. */










const USER_AGENT = 'ims-data-image-action/0.1.0';
/** Past wait_timeout, the watchdog ends the step whatever is still under way. */
const WATCHDOG_GRACE_MS = 10_000;
/** How far back (server clock) an image may date and still be the one a lost CreateDataImage answer made. */
const RECONCILE_TOLERANCE_MS = 2 * 60 * 1000;
/** Waits between looks for the image of an ambiguous CreateDataImage. */
const RECONCILE_WAITS_MS = [2000, 4000, 8000];
/** Runs the action on a validated configuration; throws what fails (main reports it). */
async function execute(config, startedAt) {
    const state = { phase: 'starting', name: config.body.name };
    const now = () => Date.now();
    const { body } = config;
    const report = {
        name: body.name,
        region: config.region,
        status: 'ERROR',
        durationMs: 0,
        osType: body.os_type,
        minDisk: body.min_disk,
        tags: body.tags ?? (body.image_tags ?? []).map((t) => `${t.key}=${t.value}`),
    };
    const output = (name, value) => {
        (0,runner/* setOutput */.uH)(name, value);
        if (name === 'status')
            report.status = value;
        else if (name === 'image_id')
            report.imageId = value;
        else
            report.jobId = value;
    };
    const deadline = startedAt + config.waitTimeoutMs;
    const cleanups = [installWatchdog(state, deadline + WATCHDOG_GRACE_MS - now(), config.waitTimeoutMs), installCancellation(state)];
    // A request may take a quarter of the whole bound (2-30 s) before it is abandoned and, if safe, retried.
    const requestTimeoutMs = Math.min(30_000, Math.max(2000, config.waitTimeoutMs / 4));
    const { credentials } = config;
    let iamToken;
    const client = new ApiClient({
        connectTimeoutMs: Math.min(10_000, requestTimeoutMs),
        responseTimeoutMs: requestTimeoutMs,
        authorize: credentials.kind === 'aksk' ? akskAuthorizer(credentials) : tokenAuthorizer(() => iamToken),
        log: runner/* logger */.vF,
        deadline,
        userAgent: USER_AGENT,
        sleep: (ms) => (0,promises_.setTimeout)(ms),
        now,
        random: Math.random,
    });
    try {
        let projectId;
        if (credentials.kind === 'oidc') {
            // Loaded only for keyless runs.
            const { exchangeIdToken, gitHubIdToken } = await __webpack_require__.e(/* import() */ 434).then(__webpack_require__.bind(__webpack_require__, 6434));
            const jwt = await gitHubIdToken(credentials.audience, {
                mask: runner/* mask */.dK,
                log: runner/* logger */.vF,
                sleep: (ms) => (0,promises_.setTimeout)(ms),
                now,
                random: Math.random,
                deadline,
                env: process.env,
            });
            const scope = { region: config.region, ...(config.projectId ? { projectId: config.projectId } : {}) };
            const federated = await exchangeIdToken(client, config.iamEndpoint, credentials.identityProvider, jwt, scope, runner/* mask */.dK);
            iamToken = federated.token;
            projectId = federated.projectId;
            runner/* logger */.vF.info(`Authenticated with GitHub OIDC through identity provider ${credentials.identityProvider} (project ${projectId}).`);
        }
        else {
            projectId = config.projectId ?? (await lookupProjectId(client, config.iamEndpoint, config.region));
        }
        report.projectId = projectId;
        const ims = { client, endpoint: config.imsEndpoint, projectId };
        await createOrReuse({ config, ims, state, startedAt, deadline, now, output });
    }
    catch (error) {
        report.error = describeForReport(error);
        throw error;
    }
    finally {
        state.phase = 'done';
        for (const c of cleanups)
            c();
        await client.close();
        report.durationMs = now() - startedAt;
        if ((0,runner/* isDebug */._o)() && client.callLog.length > 0) {
            (0,runner/* issueCommand */.Lb)('group', {}, `HTTP calls (${client.callLog.length})`);
            for (const line of client.callLog)
                runner/* logger */.vF.info(line);
            (0,runner/* issueCommand */.Lb)('endgroup', {}, '');
        }
        await writeSummary(report);
    }
}
function describeForReport(error) {
    const e = error instanceof errors/* ActionError */.lZ ? error : new errors/* ActionError */.lZ('Unexpected error', String(error?.message ?? error));
    const out = (0,hints/* presentFailure */.A)(e);
    if (e instanceof errors/* ApiError */.hD) {
        if (e.details.code)
            out.code = (0,errors/* untrusted */.bp)(e.details.code, 64);
        if (e.details.requestId)
            out.requestId = (0,errors/* untrusted */.bp)(e.details.requestId, 128);
    }
    else if (e instanceof errors/* JobFailedError */.dk) {
        if (e.errorCode)
            out.code = (0,errors/* untrusted */.bp)(e.errorCode, 64);
        if (e.failReason)
            out.reason = (0,errors/* untrusted */.bp)(e.failReason);
    }
    else if (e instanceof errors/* BadResponseError */.nS && e.requestId)
        out.requestId = (0,errors/* untrusted */.bp)(e.requestId, 128);
    return out;
}
/** Appends the run's summary to GITHUB_STEP_SUMMARY; a local run without one skips it. Never fails the step. */
async function writeSummary(report) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        const [{ summary }, { renderSummary }] = await Promise.all([__webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421)), __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 8855))]);
        await summary.addRaw(renderSummary(report)).write();
    }
    catch (error) {
        runner/* logger */.vF.warning(`Could not write the job summary: ${(0,errors/* untrusted */.bp)(error.message, 200)}`);
    }
}
async function createOrReuse(ctx) {
    const { config, ims } = ctx;
    const { body } = config;
    if (config.ifExists !== 'create') {
        const live = liveDataImages(await listImages(ims, { name: body.name }), body.name);
        if (live.length > 0 && config.ifExists === 'fail') {
            throw new errors/* ActionError */.lZ('Image exists', `if_exists is fail and a data image named "${body.name}" exists: ${describeImages(live)}. Use another name, delete it, or set if_exists: reuse.`);
        }
        if (live.length > 0)
            return reuse(ctx, live);
    }
    runner/* logger */.vF.info(`Creating data image "${body.name}" from OBS ${body.image_url} in ${config.region} (project ${ims.projectId})`);
    ctx.state.phase = 'submitting';
    const attemptStart = ctx.now();
    let jobId;
    try {
        jobId = await createDataImage(ims, body);
    }
    catch (error) {
        if (!mayHaveBeenProcessed(error))
            throw error;
        return reconcile(ctx, error, attemptStart);
    }
    ctx.state.jobId = jobId;
    ctx.output('job_id', jobId);
    runner/* logger */.vF.info(`Submitted: job ${jobId}`);
    if (!config.wait) {
        ctx.output('status', 'SUBMITTED');
        runner/* logger */.vF.info('wait is false: not waiting for the job to finish.');
        return;
    }
    const poll = jobPoller(ims, jobId, (reason) => runner/* logger */.vF.debug(`Progress is not available (${reason}); polling the job without it.`));
    const result = await follow(ctx, `Job ${jobId}`, poll, attemptStart);
    finish(ctx, result, 'SUCCESS', `Job ${jobId}`);
}
/** An existing live image of the name is taken instead of creating one (if_exists: reuse). */
async function reuse(ctx, live) {
    const image = live[0];
    if (live.length > 1) {
        runner/* logger */.vF.warning(`${live.length} data images are named "${ctx.config.body.name}" (${describeImages(live)}); reusing the newest.`);
    }
    ctx.output('job_id', '');
    runner/* logger */.vF.info(`if_exists is reuse: taking existing data image ${(0,errors/* untrusted */.bp)(image.id, 64)} (status ${(0,errors/* untrusted */.bp)(image.status, 20)}); nothing is created.`);
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
async function reconcile(ctx, error, attemptStart) {
    const { name } = ctx.config.body;
    runner/* logger */.vF.warning(`CreateDataImage may have been processed although it failed (${error.message}); looking for an image named "${name}" made by it instead of resending.`);
    let found;
    for (const waitMs of RECONCILE_WAITS_MS) {
        if (ctx.now() + waitMs >= ctx.deadline)
            break;
        await (0,promises_.setTimeout)(waitMs);
        const live = liveDataImages(await listImages(ctx.ims, { name }), name);
        found = createdSince(live, attemptStart - RECONCILE_TOLERANCE_MS)[0];
        if (found)
            break;
    }
    if (!found) {
        throw new errors/* ActionError */.lZ('Create outcome unknown', `${error.message}. The request may still have been processed, and no image named "${name}" made by it was found, so it was not resent (that could create a duplicate). Check the IMS console's private images for "${name}" before rerunning; with if_exists: reuse a rerun takes that image instead of creating another.`);
    }
    runner/* logger */.vF.info(`Found data image ${(0,errors/* untrusted */.bp)(found.id, 64)} (status ${(0,errors/* untrusted */.bp)(found.status, 20)}) made by this run's request; following it.`);
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
function mayHaveBeenProcessed(error) {
    if (error instanceof errors/* NetworkError */.Dr)
        return error.maybeSent && error.code !== 'DEADLINE';
    if (error instanceof errors/* ApiError */.hD)
        return error.status >= 500;
    return error instanceof errors/* BadResponseError */.nS;
}
function describeImages(images) {
    return images
        .map((i) => `${(0,errors/* untrusted */.bp)(i.id, 64)} (${(0,errors/* untrusted */.bp)(i.status, 20)}, created ${(0,errors/* untrusted */.bp)(i.createdAt, 40) || 'at an unknown time'})`)
        .join(', ');
}
async function follow(ctx, subject, poll, since = ctx.now()) {
    ctx.state.phase = 'waiting';
    return waitForJob({
        poll,
        subject,
        sleep: (ms) => (0,promises_.setTimeout)(ms),
        now: ctx.now,
        random: Math.random,
        startedAt: since,
        deadline: ctx.deadline,
        log: runner/* logger */.vF,
        onJob: (job) => (ctx.state.lastStatus = job.status),
    });
}
/** Sets the outputs for the wait's outcome; a FAIL or timeout becomes the step's failure. */
function finish(ctx, result, successStatus, subject) {
    if (result.outcome === 'SUCCESS') {
        ctx.output('image_id', result.job.imageId);
        ctx.output('status', successStatus);
        runner/* logger */.vF.info(`Data image ${(0,errors/* untrusted */.bp)(result.job.imageId, 64)} is ready (${(0,duration/* formatDuration */.a)(ctx.now() - ctx.startedAt)} in all).`);
        return;
    }
    if (result.outcome === 'FAIL') {
        ctx.output('status', 'FAIL');
        throw new errors/* JobFailedError */.dk(describeJobFailure(result.job, subject), result.job.errorCode, result.job.failReason);
    }
    ctx.output('status', result.job?.status ?? 'SUBMITTED');
    throw new errors/* ActionError */.lZ('Timed out', `${subject} did not finish within wait_timeout (${(0,duration/* formatDuration */.a)(ctx.config.waitTimeoutMs)}); its last status was ${result.job ? (0,errors/* untrusted */.bp)(result.job.status, 40) : 'unknown'}. It goes on in IMS and may still succeed: check it in the IMS console, or raise wait_timeout.`);
}
/** Where the run stands, for a message written when it is cut short. */
function whereWeAre(state) {
    if (state.phase === 'waiting' && state.jobId) {
        return `job ${state.jobId} (last status ${(0,errors/* untrusted */.bp)(state.lastStatus ?? 'unknown', 40)}) goes on in IMS; job_id is in the step outputs.`;
    }
    if (state.phase === 'waiting')
        return `the image goes on being made in IMS.`;
    if (state.phase === 'submitting') {
        return `a CreateDataImage request was under way: an image named "${state.name}" may still be created. Check the IMS console; with if_exists: reuse a rerun takes it.`;
    }
    return 'nothing had been submitted.';
}
/** Ends the step at wait_timeout plus a grace, whatever is still under way: nothing can hang the job. */
function installWatchdog(state, delayMs, waitTimeoutMs) {
    const timer = setTimeout(() => {
        (0,runner/* fail */.fJ)(new errors/* ActionError */.lZ('Timed out', `The step passed wait_timeout (${(0,duration/* formatDuration */.a)(waitTimeoutMs)}) and was stopped: ${whereWeAre(state)}`));
        process.exit(1);
    }, Math.max(0, delayMs));
    timer.unref();
    return () => clearTimeout(timer);
}
/** On cancellation (the runner sends SIGINT, then SIGTERM), say what goes on in the cloud and exit at once. */
function installCancellation(state) {
    const onSignal = (signal) => {
        runner/* logger */.vF.info(`Cancelled (${signal}): ${whereWeAre(state)}`);
        process.exit(1);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/* unused harmony export backoffDelay */
/** The one retry function: full-jitter exponential backoff, bounded attempts, bounded by a deadline. */
const DEFAULT_RETRY_POLICY = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 20_000 };
/** Full jitter: uniform in [0, min(cap, base·2^retry)). `retry` counts from 0. */
function backoffDelay(retry, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
    return Math.floor(random * ceiling);
}
/** `Retry-After` as seconds or an HTTP date, in milliseconds from `nowMs`; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const at = Date.parse(v);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - nowMs);
}
/** Runs `attempt` until it succeeds, its error is not retryable, attempts run out or the deadline would pass. */
async function retry(attempt, ctx) {
    for (let n = 1;; n++) {
        try {
            return await attempt(n);
        }
        catch (error) {
            const decision = ctx.decide(error);
            if (!decision.retry || n >= ctx.policy.maxAttempts)
                throw error;
            const delay = Math.max(backoffDelay(n - 1, ctx.policy, ctx.random()), decision.afterMs ?? 0);
            if (ctx.now() + delay >= ctx.deadline)
                throw error;
            ctx.onRetry(error, n, delay);
            await ctx.sleep(delay);
        }
    }
}


/***/ })

};
