import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Formats and parses the human durations used by `wait_timeout` and the logs. Pure. */
const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
/**
 * Parses `90s`, `20m`, `1h30m`, `1h2m3s` or bare seconds (`600`) into milliseconds.
 * Returns undefined when the text is not such a duration.
 */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+$/.test(t))
        return Number(t) * 1000;
    const m = DURATION.exec(t);
    if (!m || t === '')
        return undefined;
    const [, h = '0', min = '0', s = '0'] = m;
    return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}
/** `3m10s`, `45s`, `1h2m`: for log lines and summaries. */
function formatDuration(ms) {
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return `${h}h${m > 0 ? `${m}m` : ''}`;
    if (m > 0)
        return `${m}m${s > 0 ? `${s}s` : ''}`;
    return `${s}s`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   bp: () => (/* binding */ untrusted),
/* harmony export */   dk: () => (/* binding */ JobFailedError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   nS: () => (/* binding */ BadResponseError)
/* harmony export */ });
/** Expected failures and the parsing of the API's error bodies. Pure. */
/** A failure the user can act on: reported as its message alone, never with a stack trace. */
class ActionError extends Error {
    title;
    constructor(title, message) {
        super(message);
        this.name = 'ActionError';
        this.title = title;
    }
}
/** One or more invalid inputs; no request was sent. */
class InputError extends ActionError {
    problems;
    constructor(problems) {
        const n = problems.length;
        super('Invalid input', `${n} invalid input${n === 1 ? '' : 's'}; nothing was sent:\n${problems.map((p) => `- ${p}`).join('\n')}`);
        this.problems = problems;
    }
}
/** An HTTP error answer from IMS, IAM or the API gateway. */
class ApiError extends ActionError {
    details;
    /** The response's `Retry-After` and `Date` headers, for the retry policy and clock-skew checks. */
    retryAfter;
    serverDate;
    constructor(details) {
        super(`${details.operation} failed`, describeApiError(details));
        this.details = details;
    }
    get status() {
        return this.details.status;
    }
}
/** A response that is not what the API documents (bad JSON, a missing field, too large). */
class BadResponseError extends ActionError {
    status;
    requestId;
    tooLarge = false;
    constructor(operation, status, problem, requestId) {
        super(`${operation}: unexpected response`, `${operation}: HTTP ${status}: ${problem}${requestId ? ` (request ID ${requestId})` : ''}`);
        this.status = status;
        this.requestId = requestId;
    }
}
/** The network failed: the request may or may not have reached the server, as `sent` says. */
class NetworkError extends ActionError {
    code;
    /** false only when the request provably never left (refused, DNS, TLS handshake, connect timeout). */
    maybeSent;
    constructor(operation, code, detail, maybeSent) {
        super(`${operation}: network error`, `${operation}: ${code}: ${detail}`);
        this.code = code;
        this.maybeSent = maybeSent;
    }
}
/**
 * Makes text from the network safe to print: control characters (line breaks included) are
 * escaped, so it can never start a line the runner would read as a workflow command.
 */
function untrusted(text, max = 500) {
    const short = text.length > max ? `${text.slice(0, max)}…` : text;
    return short.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function describeApiError(d) {
    const parts = [`${d.operation}: HTTP ${d.status}`];
    if (d.code)
        parts.push(untrusted(d.code, 64));
    if (d.message)
        parts.push(`"${untrusted(d.message)}"`);
    parts.push(`(request ID ${d.requestId ? untrusted(d.requestId, 128) : 'none'})`);
    return parts.join(' ');
}
/**
 * Reads both error shapes: IMS `{"error":{"code","message"}}` and the gateway's
 * `{"error_code","error_msg","request_id"}`. A body that is neither yields its first 200 characters.
 */
function parseErrorBody(body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        json = undefined;
    }
    if (json && typeof json === 'object') {
        const o = json;
        const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
        const nested = o.error && typeof o.error === 'object' ? o.error : undefined;
        const code = str(nested?.code) ?? str(o.error_code) ?? str(o.code);
        const message = str(nested?.message) ?? str(o.error_msg) ?? str(o.message) ?? str(o.error);
        const requestId = str(o.request_id);
        if (code || message)
            return { code, message, requestId };
    }
    const text = body.trim();
    return text === '' ? {} : { message: text.slice(0, 200) };
}
/** The IMS job ended in FAIL: carries what IMS said, for hints and the summary. */
class JobFailedError extends ActionError {
    errorCode;
    failReason;
    constructor(message, errorCode, failReason) {
        super('Image creation failed', message);
        this.errorCode = errorCode;
        this.failReason = failReason;
    }
}


/***/ }),

/***/ 9957:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ presentFailure)
/* harmony export */ });
/* unused harmony export hintFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * What to do about a failure: a title and a fix for each kind of error users meet, by HTTP status,
 * error code and the job's fail_reason. Pure; the README's troubleshooting table lists the same.
 */

const PERMISSIONS = "the IAM user (or, with OIDC, the user group of the conversion rule) needs in this region's project: ims:dataImages:create and ims:images:list (or the system policy IMS FullAccess), read access to the OBS bucket and object (IMS asks for the Tenant Administrator permission of OBS for external image files), and KMS permissions (kms:*:*) when cmk_id is set";
/** Job failures, matched on what IMS said (fail_reason, error codes); the first match wins. */
const JOB_HINTS = [
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
function hintFor(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .JobFailedError */ .dk) {
        const said = [error.failReason, error.errorCode].filter(Boolean).join(' ');
        for (const [pattern, hint] of JOB_HINTS)
            if (pattern.test(said))
                return hint;
        return { title: 'Image creation failed', fix: "the job's reason is above; with its job ID, Huawei support can look it up." };
    }
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
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
        if (status === 404)
            return { title: 'Not found', fix: 'check region, project_id, ims_endpoint and iam_endpoint.' };
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
        if (code === 'IMG.0004')
            return { title: 'Invalid description', fix: 'use at most 1024 characters, without line breaks, "<" or ">".' };
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr && error.code !== 'DEADLINE') {
        return {
            title: 'Network error',
            fix: 'check that the runner reaches the endpoint (firewalls; proxies via HTTPS_PROXY / NO_PROXY), and the region name.',
        };
    }
    return undefined;
}
/** The title and text a user sees for an expected failure: the cause, then how to fix it when known. */
function presentFailure(error) {
    const hint = hintFor(error);
    return hint
        ? { title: hint.title, message: `${error.message}\nHow to fix: ${hint.fix}` }
        : { title: error.title, message: error.message };
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1730);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AA: () => (/* binding */ PROJECT_ID_RE),
  pH: () => (/* binding */ SECRET_INPUTS),
  TL: () => (/* binding */ parseInputs),
  Ko: () => (/* binding */ readInputs)
});

// UNUSED EXPORTS: ENV_FALLBACKS, IMAGE_EXTENSIONS, INPUT_NAMES, MAX_TAGS, MAX_WAIT_TIMEOUT_MS, parseBoolean, quote, readRawInputs, splitList

// EXTERNAL MODULE: ./src/duration.ts
var duration = __nccwpck_require__(7607);
;// CONCATENATED MODULE: ./src/endpoints.ts
/** Default service endpoints by region (api-notes: Endpoints). Pure. */
function defaultImsEndpoint(region) {
    return `https://ims.${region}.myhuaweicloud.com`;
}
function defaultIamEndpoint(region) {
    // eu-west-101 (Dublin) is served from Huawei Cloud's European domain.
    if (region === 'eu-west-101')
        return 'https://iam.eu-west-101.myhuaweicloud.eu';
    return `https://iam.${region}.myhuaweicloud.com`;
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The one input parser: reads every input once, normalises it, validates every documented
 * constraint and reports all problems together. Pure: it sees the environment only as a map.
 */


/** Every input the action reads; `action.yml` declares exactly these (a test keeps them in step). */
const INPUT_NAMES = [
    'name',
    'image_url',
    'min_disk',
    'os_type',
    'description',
    'cmk_id',
    'tags',
    'image_tags',
    'enterprise_project_id',
    'region',
    'access_key_id',
    'secret_access_key',
    'security_token',
    'project_id',
    'identity_provider',
    'audience',
    'ims_endpoint',
    'iam_endpoint',
    'wait',
    'wait_timeout',
    'if_exists',
];
/** Inputs that fall back to environment variables, first match wins (huaweicloud/auth-action's, then the SDKs'). */
const ENV_FALLBACKS = {
    region: ['HUAWEI_CLOUD_REGION', 'HUAWEICLOUD_SDK_REGION'],
    access_key_id: ['HUAWEI_CLOUD_ACCESS_KEY_ID', 'HUAWEICLOUD_SDK_AK'],
    secret_access_key: ['HUAWEI_CLOUD_SECRET_ACCESS_KEY', 'HUAWEICLOUD_SDK_SK'],
    security_token: ['HUAWEI_CLOUD_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_SECURITY_TOKEN'],
    project_id: ['HUAWEI_CLOUD_PROJECT_ID', 'HUAWEICLOUD_SDK_PROJECT_ID'],
};
/** Inputs whose values are secrets: masked before anything else happens with them. */
const SECRET_INPUTS = ['access_key_id', 'secret_access_key', 'security_token'];
/** Reads each input as the runner passes it (`INPUT_<NAME>`), trimmed, with its env fallback. */
function readRawInputs(env) {
    return readInputs(env).raw;
}
/** The inputs and where each came from. */
function readInputs(env) {
    const raw = {};
    const origins = {};
    for (const name of INPUT_NAMES) {
        let value = (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
        if (value !== '')
            origins[name] = 'input';
        for (const fallback of ENV_FALLBACKS[name] ?? []) {
            if (value !== '')
                break;
            value = (env[fallback] ?? '').trim();
            if (value !== '')
                origins[name] = 'env';
        }
        raw[name] = value;
    }
    return { raw, origins };
}
// Letters (Chinese too), digits and the listed punctuation, as the IMS reference allows.
const HAN = '\\u4e00-\\u9fff';
const NAME_RE = new RegExp(`^[A-Za-z0-9${HAN} ._-]{1,128}$`, 'u');
const TAG_KEY_RE = new RegExp(`^[A-Za-z0-9${HAN}_-]{1,36}$`, 'u');
const TAG_VALUE_RE = new RegExp(`^[A-Za-z0-9${HAN}_.-]{0,43}$`, 'u');
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGION_RE = /^[a-z]{2,4}(?:-[a-z]+)+-[0-9]{1,3}$/;
const BUCKET_RE = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** A project ID, whether given as an input or read from IAM's answer. */
const PROJECT_ID_RE = /^[0-9a-zA-Z-]{1,64}$/;
// Credentials go into headers: visible ASCII only, so nothing can split or smuggle a header.
const HEADER_SAFE_RE = /^[\x21-\x7e]+$/;
const IMAGE_EXTENSIONS = ['qcow2', 'vmdk', 'vhd', 'vhdx', 'zvhd', 'zvhd2', 'raw', 'img', 'qed', 'vdi', 'qcow', 'iso'];
const MAX_TAGS = 10;
const MAX_WAIT_TIMEOUT_MS = 24 * 3600 * 1000;
/** Splits a list input on commas and newlines, dropping empty items. */
function splitList(text) {
    return text
        .split(/[,\r\n]+/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
function parseBoolean(text) {
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    return undefined;
}
/** Shows a user's value in an error message: quoted, shortened, control characters escaped. */
function quote(value, max = 60) {
    const short = value.length > max ? `${value.slice(0, max)}…` : value;
    return JSON.stringify(short);
}
function checkTag(input, key, value, errors) {
    if (!TAG_KEY_RE.test(key)) {
        errors.push(`${input}: tag key ${quote(key)} is invalid: use 1-36 letters, digits, '_' or '-' (Chinese characters allowed).`);
    }
    if (!TAG_VALUE_RE.test(value)) {
        errors.push(`${input}: tag value ${quote(value)} (key ${quote(key)}) is invalid: use at most 43 letters, digits, '_', '.' or '-' (Chinese characters allowed).`);
    }
}
function checkTagSet(input, keys, errors) {
    if (keys.length > MAX_TAGS)
        errors.push(`${input}: ${keys.length} tags given; an image takes at most ${MAX_TAGS}.`);
    const seen = new Set();
    for (const key of keys) {
        if (seen.has(key))
            errors.push(`${input}: tag key ${quote(key)} appears more than once; keys must be unique.`);
        seen.add(key);
    }
}
function parseTags(text, errors) {
    const items = splitList(text);
    const keys = [];
    for (const item of items) {
        const dot = item.indexOf('.');
        if (dot < 0) {
            errors.push(`tags: item ${quote(item)} has no '.': write each tag as key.value (e.g. env.prod).`);
            continue;
        }
        const key = item.slice(0, dot);
        checkTag('tags', key, item.slice(dot + 1), errors);
        keys.push(key);
    }
    checkTagSet('tags', keys, errors);
    return items;
}
function parseImageTags(text, errors) {
    const tags = [];
    if (text.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (e) {
            errors.push(`image_tags: not valid JSON (${e.message}); give a JSON array like [{"key":"env","value":"prod"}] or key=value items.`);
            return [];
        }
        const list = Array.isArray(parsed) ? parsed : [];
        for (const [i, item] of list.entries()) {
            const obj = (item ?? {});
            const { key, value = '' } = obj;
            if (typeof item !== 'object' || typeof key !== 'string' || typeof value !== 'string') {
                errors.push(`image_tags: item ${i} must be an object {"key": string, "value": string}.`);
                continue;
            }
            tags.push({ key, value });
        }
    }
    else {
        for (const item of splitList(text)) {
            const eq = item.indexOf('=');
            if (eq < 0) {
                errors.push(`image_tags: item ${quote(item)} has no '=': write each tag as key=value, or give a JSON array.`);
                continue;
            }
            tags.push({ key: item.slice(0, eq).trim(), value: item.slice(eq + 1).trim() });
        }
    }
    for (const t of tags)
        checkTag('image_tags', t.key, t.value, errors);
    checkTagSet('image_tags', tags.map((t) => t.key), errors);
    return tags;
}
function checkImageUrl(url, errors, warnings) {
    const colon = url.indexOf(':');
    if (colon < 0) {
        errors.push(`image_url: ${quote(url)} is not <bucket>:<object>; e.g. my-bucket:images/disk.qcow2.`);
        return;
    }
    const bucket = url.slice(0, colon);
    const object = url.slice(colon + 1);
    if (!BUCKET_RE.test(bucket) || bucket.includes('..') || bucket.includes('.-') || bucket.includes('-.') || IPV4_RE.test(bucket)) {
        errors.push(`image_url: bucket ${quote(bucket)} is not a valid OBS bucket name: 3-63 lowercase letters, digits, '-' or '.', starting and ending with a letter or digit, no '..', '.-' or '-.', not an IP address.`);
    }
    if (object === '') {
        errors.push(`image_url: the object name after ':' is empty; give the image file's path in the bucket.`);
    }
    else if (/[\u0000-\u001f\u007f]/.test(object)) {
        errors.push(`image_url: the object name contains control characters (such as line breaks); remove them.`);
    }
    else if (Buffer.byteLength(object, 'utf8') > 1024) {
        errors.push(`image_url: the object name is ${Buffer.byteLength(object, 'utf8')} bytes; OBS allows at most 1024.`);
    }
    else {
        const ext = /\.([A-Za-z0-9]+)$/.exec(object)?.[1]?.toLowerCase();
        if (!ext || !IMAGE_EXTENSIONS.includes(ext)) {
            warnings.push(`image_url: object ${quote(object)} does not end in a known image format (${IMAGE_EXTENSIONS.join(', ')}); IMS may reject it.`);
        }
    }
}
function checkEndpoint(input, text, errors) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        errors.push(`${input}: ${quote(text)} is not an absolute URL; e.g. https://ims.cn-north-4.myhuaweicloud.com.`);
        return text;
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const loopback = host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        errors.push(`${input}: ${quote(text)} must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and ::1).`);
    }
    if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
        errors.push(`${input}: ${quote(text)} must not carry a query, fragment or user info; give only scheme, host and port.`);
    }
    return url.origin + url.pathname.replace(/\/+$/, '');
}
/** Validates raw inputs into the action's configuration, or lists every problem found. */
function parseInputs(raw, origins = {}) {
    const errors = [];
    const warnings = [];
    const { name } = raw;
    if (name === '') {
        errors.push(`name: required; give the image name (1-128 letters, digits, spaces, '-', '.' or '_').`);
    }
    else if (!NAME_RE.test(name)) {
        errors.push(`name: ${quote(name)} is invalid: use 1-128 letters (Chinese allowed), digits, spaces, '-', '.' or '_'.`);
    }
    if (raw.image_url === '')
        errors.push(`image_url: required; give the OBS file as <bucket>:<object>, e.g. my-bucket:disk.qcow2.`);
    else
        checkImageUrl(raw.image_url, errors, warnings);
    let minDisk = NaN;
    if (raw.min_disk === '')
        errors.push(`min_disk: required; give the minimum data disk size in GB, an integer from 40 to 2048.`);
    else if (!/^\d+$/.test(raw.min_disk) || (minDisk = Number(raw.min_disk)) < 40 || minDisk > 2048) {
        errors.push(`min_disk: ${quote(raw.min_disk)} is invalid: give an integer from 40 to 2048 (GB).`);
    }
    let osType = 'Linux';
    const os = raw.os_type.toLowerCase();
    if (os === 'windows')
        osType = 'Windows';
    else if (os !== '' && os !== 'linux')
        errors.push(`os_type: ${quote(raw.os_type)} is invalid: use Linux or Windows.`);
    const { description } = raw;
    if ([...description].length > 1024)
        errors.push(`description: ${[...description].length} characters; at most 1024 are allowed.`);
    if (/[\r\n<>]/.test(description))
        errors.push(`description: must not contain line breaks, '<' or '>'.`);
    if (raw.cmk_id !== '' && !UUID_RE.test(raw.cmk_id)) {
        errors.push(`cmk_id: ${quote(raw.cmk_id)} is not a KMS key ID; give the key's UUID (e.g. 0d0466b0-e727-4d9c-b35d-f84bb474a37f).`);
    }
    if (raw.enterprise_project_id !== '' && raw.enterprise_project_id !== '0' && !UUID_RE.test(raw.enterprise_project_id)) {
        errors.push(`enterprise_project_id: ${quote(raw.enterprise_project_id)} is invalid: use 0 (the default enterprise project) or a UUID.`);
    }
    const tags = raw.tags !== '' ? parseTags(raw.tags, errors) : undefined;
    const imageTags = raw.image_tags !== '' ? parseImageTags(raw.image_tags, errors) : undefined;
    if (tags && imageTags)
        errors.push(`tags, image_tags: give only one of them; IMS takes either list, not both.`);
    const { region } = raw;
    if (region === '') {
        errors.push(`region: required; set the input region (e.g. cn-north-4) or the env variable HUAWEI_CLOUD_REGION.`);
    }
    else if (!REGION_RE.test(region)) {
        errors.push(`region: ${quote(region)} is not a Huawei Cloud region name; e.g. cn-north-4, ap-southeast-1, eu-west-101.`);
    }
    const idp = raw.identity_provider;
    const oidc = idp !== '';
    const notices = [];
    let ak = raw.access_key_id;
    let sk = raw.secret_access_key;
    let token = raw.security_token;
    if (oidc) {
        const keyInputs = SECRET_INPUTS.filter((n) => raw[n] !== '' && (origins[n] ?? 'input') === 'input');
        if (keyInputs.length > 0) {
            errors.push(`identity_provider, ${keyInputs.join(', ')}: choose one way to authenticate: remove ${keyInputs.join(' and ')} to use keyless GitHub OIDC, or remove identity_provider to use keys.`);
        }
        const fromEnv = SECRET_INPUTS.filter((n) => raw[n] !== '' && origins[n] === 'env');
        if (fromEnv.length > 0) {
            notices.push(`identity_provider is set: the ${fromEnv.join(', ')} found in the environment ${fromEnv.length === 1 ? 'is' : 'are'} ignored; authenticating with GitHub OIDC.`);
        }
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(idp)) {
            errors.push(`identity_provider: ${quote(idp)} is not an IAM identity provider ID: 1-64 letters, digits, '-' or '_' (IAM > Identity Providers).`);
        }
        if (raw.audience !== '' && !HEADER_SAFE_RE.test(raw.audience)) {
            errors.push(`audience: ${quote(raw.audience)} must be visible ASCII without spaces: the identity provider's client ID.`);
        }
        ak = sk = token = '';
    }
    else if (raw.audience !== '') {
        errors.push(`audience: only used with identity_provider (keyless GitHub OIDC); set identity_provider, or remove audience.`);
    }
    if (!oidc && ak === '' && sk === '') {
        errors.push(`access_key_id, secret_access_key: no credentials. Pass them from repository secrets (access_key_id: \${{ secrets.HUAWEI_CLOUD_AK }}, secret_access_key: \${{ secrets.HUAWEI_CLOUD_SK }}), run huaweicloud/auth-action in an earlier step, or use keyless GitHub OIDC with identity_provider.`);
    }
    else if (!oidc && (ak === '' || sk === '')) {
        errors.push(`${ak === '' ? 'access_key_id' : 'secret_access_key'}: missing; access_key_id and secret_access_key go together.`);
    }
    // Credential values are never quoted in messages.
    if (ak !== '' && !HEADER_SAFE_RE.test(ak))
        errors.push(`access_key_id: contains spaces or non-ASCII characters; paste the AK exactly.`);
    if (sk !== '' && !HEADER_SAFE_RE.test(sk))
        errors.push(`secret_access_key: contains spaces or non-ASCII characters; paste the SK exactly.`);
    if (token !== '' && !HEADER_SAFE_RE.test(token))
        errors.push(`security_token: contains spaces or non-ASCII characters; paste the token exactly.`);
    if (token !== '' && (ak === '' || sk === '')) {
        errors.push(`security_token: given without access_key_id and secret_access_key; a temporary token needs its temporary AK/SK.`);
    }
    if (raw.project_id !== '' && !PROJECT_ID_RE.test(raw.project_id)) {
        errors.push(`project_id: ${quote(raw.project_id)} is invalid: a project ID is up to 64 letters and digits; or leave it empty to look it up.`);
    }
    const regionOk = REGION_RE.test(region);
    const imsEndpoint = raw.ims_endpoint !== '' ? checkEndpoint('ims_endpoint', raw.ims_endpoint, errors) : regionOk ? defaultImsEndpoint(region) : '';
    const iamEndpoint = raw.iam_endpoint !== '' ? checkEndpoint('iam_endpoint', raw.iam_endpoint, errors) : regionOk ? defaultIamEndpoint(region) : '';
    let wait = true;
    if (raw.wait !== '') {
        const b = parseBoolean(raw.wait);
        if (b === undefined)
            errors.push(`wait: ${quote(raw.wait)} is not a boolean; use true or false.`);
        else
            wait = b;
    }
    let waitTimeoutMs = 60 * 60 * 1000;
    if (raw.wait_timeout !== '') {
        const ms = (0,duration/* parseDuration */.E)(raw.wait_timeout);
        if (ms === undefined || ms <= 0 || ms > MAX_WAIT_TIMEOUT_MS) {
            errors.push(`wait_timeout: ${quote(raw.wait_timeout)} is invalid: give a duration above 0 and at most 24h, like 90s, 20m, 1h30m or bare seconds.`);
        }
        else
            waitTimeoutMs = ms;
    }
    const ifExists = (raw.if_exists === '' ? 'create' : raw.if_exists.toLowerCase());
    if (!['create', 'reuse', 'fail'].includes(ifExists)) {
        errors.push(`if_exists: ${quote(raw.if_exists)} is invalid: use create (always submit), reuse (take an existing image of this name) or fail.`);
    }
    if (errors.length > 0)
        return { ok: false, errors, warnings, notices };
    const body = { name, image_url: raw.image_url, min_disk: minDisk, os_type: osType };
    if (description !== '')
        body.description = description;
    if (raw.cmk_id !== '')
        body.cmk_id = raw.cmk_id;
    if (tags)
        body.tags = tags;
    if (imageTags)
        body.image_tags = imageTags;
    if (raw.enterprise_project_id !== '')
        body.enterprise_project_id = raw.enterprise_project_id;
    let credentials;
    if (oidc)
        credentials = { kind: 'oidc', identityProvider: idp, audience: raw.audience };
    else {
        credentials = { kind: 'aksk', accessKeyId: ak, secretAccessKey: sk };
        if (token !== '')
            credentials.securityToken = token;
    }
    const config = { body, region, credentials, imsEndpoint, iamEndpoint, wait, waitTimeoutMs, ifExists };
    if (raw.project_id !== '')
        config.projectId = raw.project_id;
    return { ok: true, config, warnings, notices };
}


/***/ }),

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7557);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6783);
/** Orchestrates one run: read and validate every input, then hand over to the pipeline. */



async function run(env = process.env) {
    const startedAt = Date.now();
    const { raw, origins } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(env);
    for (const name of _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_INPUTS */ .pH)
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .mask */ .dK)(raw[name]);
    try {
        const parsed = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(raw, origins);
        for (const w of parsed.warnings)
            _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.warning(w);
        for (const n of parsed.notices)
            _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .logger */ .vF.notice(n);
        if (!parsed.ok)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(parsed.errors);
        // The HTTP stack is loaded only once the inputs are known to be good: a bad input fails fast.
        const { execute } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1835));
        await execute(parsed.config, startedAt);
    }
    catch (error) {
        (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)(error);
    }
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fJ: () => (/* binding */ fail),
  _o: () => (/* binding */ isDebug),
  Lb: () => (/* binding */ issueCommand),
  vF: () => (/* binding */ logger),
  dK: () => (/* binding */ mask),
  uH: () => (/* binding */ setOutput)
});

// UNUSED EXPORTS: escapeData, escapeProperty

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/hints.ts
var hints = __nccwpck_require__(9957);
;// CONCATENATED MODULE: ./src/runner.ts
/**
 * The edge to the Actions runner: workflow commands on stdout (log, masks, annotations) and the
 * GITHUB_OUTPUT file. Written directly to the runner's documented protocol, with no dependencies, so an
 * invalid-input run fails without loading @actions/core or the HTTP stack (see the cold-start bench);
 * @actions/core is loaded on demand for the job summary and the OIDC token.
 */





/** Escapes a command's message as the runner expects (the same rules as @actions/core). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property's value. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .map(([k, v]) => `${k}=${escapeProperty(v)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Plain log lines: each physical line is written as is, so callers pass only their own or escaped text. */
const logger = {
    debug: (m) => issueCommand('debug', {}, m),
    info: (m) => void process.stdout.write(`${m}${external_node_os_namespaceObject.EOL}`),
    warning: (m) => issueCommand('warning', {}, m),
    notice: (m) => issueCommand('notice', {}, m),
};
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
/** Registers a secret with the runner so it is masked in every log line from here on. */
function mask(secret) {
    if (secret !== '')
        issueCommand('add-mask', {}, secret);
}
/** Writes a step output to GITHUB_OUTPUT (heredoc form with a random delimiter); logs it when run outside a runner. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(`output ${name}=${value}${external_node_os_namespaceObject.EOL}`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/**
 * The one place that fails the step: one error annotation with a title, exit code 1. An expected
 * failure shows its message alone; anything else is a bug, with its stack under debug.
 */
function fail(error) {
    process.exitCode = 1;
    if (error instanceof errors/* ActionError */.lZ) {
        const { title, message } = (0,hints/* presentFailure */.A)(error);
        issueCommand('error', { title }, message);
        return;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    issueCommand('debug', {}, e.stack ?? e.message);
    issueCommand('error', { title: 'Unexpected error' }, `Unexpected error (please report it): ${e.message}`);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
