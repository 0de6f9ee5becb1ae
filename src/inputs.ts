/**
 * The one input parser: reads every input once, normalises it, validates every documented
 * constraint and reports all problems together. Pure: it sees the environment only as a map.
 */
import { parseDuration } from './duration.js';
import { defaultIamEndpoint, defaultImsEndpoint } from './endpoints.js';

/** Every input the action reads; `action.yml` declares exactly these (a test keeps them in step). */
export const INPUT_NAMES = [
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
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

/** Inputs that fall back to environment variables, first match wins (huaweicloud/auth-action's, then the SDKs'). */
export const ENV_FALLBACKS: Partial<Record<InputName, readonly string[]>> = {
  region: ['HUAWEI_CLOUD_REGION', 'HUAWEICLOUD_SDK_REGION'],
  access_key_id: ['HUAWEI_CLOUD_ACCESS_KEY_ID', 'HUAWEICLOUD_SDK_AK'],
  secret_access_key: ['HUAWEI_CLOUD_SECRET_ACCESS_KEY', 'HUAWEICLOUD_SDK_SK'],
  security_token: ['HUAWEI_CLOUD_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_SECURITY_TOKEN'],
  project_id: ['HUAWEI_CLOUD_PROJECT_ID', 'HUAWEICLOUD_SDK_PROJECT_ID'],
};

/** Inputs whose values are secrets: masked before anything else happens with them. */
export const SECRET_INPUTS: readonly InputName[] = ['access_key_id', 'secret_access_key', 'security_token'];

export type Env = Readonly<Record<string, string | undefined>>;
export type RawInputs = Record<InputName, string>;

export interface ImageTag {
  key: string;
  value: string;
}

/** The CreateDataImage request body, exactly as sent. */
export interface CreateDataImageBody {
  name: string;
  image_url: string;
  min_disk: number;
  os_type: 'Linux' | 'Windows';
  description?: string;
  cmk_id?: string;
  tags?: string[];
  image_tags?: ImageTag[];
  enterprise_project_id?: string;
}

export interface AkSkCredentials {
  kind: 'aksk';
  accessKeyId: string;
  secretAccessKey: string;
  securityToken?: string;
}

/** Keyless: a GitHub OIDC token exchanged with IAM (identity federation) for a scoped IAM token. */
export interface OidcCredentials {
  kind: 'oidc';
  identityProvider: string;
  /** The `aud` the identity provider expects (its client ID); empty for GitHub's default. */
  audience: string;
}

export type Credentials = AkSkCredentials | OidcCredentials;

/** Where each input's value came from: the workflow's `with:`, an environment fallback, or nowhere. */
export type InputOrigins = Partial<Record<InputName, 'input' | 'env'>>;

export interface ActionConfig {
  body: CreateDataImageBody;
  region: string;
  credentials: Credentials;
  projectId?: string;
  imsEndpoint: string;
  iamEndpoint: string;
  wait: boolean;
  waitTimeoutMs: number;
  ifExists: IfExists;
}

/** What to do when a live data image of the same name exists: create another, reuse it, or fail. */
export type IfExists = 'create' | 'reuse' | 'fail';

export type ParseResult =
  | { ok: true; config: ActionConfig; warnings: string[]; notices: string[] }
  | { ok: false; errors: string[]; warnings: string[]; notices: string[] };

/** Reads each input as the runner passes it (`INPUT_<NAME>`), trimmed, with its env fallback. */
export function readRawInputs(env: Env): RawInputs {
  return readInputs(env).raw;
}

/** The inputs and where each came from. */
export function readInputs(env: Env): { raw: RawInputs; origins: InputOrigins } {
  const raw = {} as RawInputs;
  const origins: InputOrigins = {};
  for (const name of INPUT_NAMES) {
    let value = (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
    if (value !== '') origins[name] = 'input';
    for (const fallback of ENV_FALLBACKS[name] ?? []) {
      if (value !== '') break;
      value = (env[fallback] ?? '').trim();
      if (value !== '') origins[name] = 'env';
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
export const PROJECT_ID_RE = /^[0-9a-zA-Z-]{1,64}$/;
// Credentials go into headers: visible ASCII only, so nothing can split or smuggle a header.
const HEADER_SAFE_RE = /^[\x21-\x7e]+$/;
export const IMAGE_EXTENSIONS = ['qcow2', 'vmdk', 'vhd', 'vhdx', 'zvhd', 'zvhd2', 'raw', 'img', 'qed', 'vdi', 'qcow', 'iso'];
export const MAX_TAGS = 10;
export const MAX_WAIT_TIMEOUT_MS = 24 * 3600 * 1000;

/** Splits a list input on commas and newlines, dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
export function parseBoolean(text: string): boolean | undefined {
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  return undefined;
}

/** Shows a user's value in an error message: quoted, shortened, control characters escaped. */
export function quote(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(short);
}

function checkTag(input: InputName, key: string, value: string, errors: string[]): void {
  if (!TAG_KEY_RE.test(key)) {
    errors.push(`${input}: tag key ${quote(key)} is invalid: use 1-36 letters, digits, '_' or '-' (Chinese characters allowed).`);
  }
  if (!TAG_VALUE_RE.test(value)) {
    errors.push(
      `${input}: tag value ${quote(value)} (key ${quote(key)}) is invalid: use at most 43 letters, digits, '_', '.' or '-' (Chinese characters allowed).`,
    );
  }
}

function checkTagSet(input: InputName, keys: string[], errors: string[]): void {
  if (keys.length > MAX_TAGS) errors.push(`${input}: ${keys.length} tags given; an image takes at most ${MAX_TAGS}.`);
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) errors.push(`${input}: tag key ${quote(key)} appears more than once; keys must be unique.`);
    seen.add(key);
  }
}

function parseTags(text: string, errors: string[]): string[] {
  const items = splitList(text);
  const keys: string[] = [];
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

function parseImageTags(text: string, errors: string[]): ImageTag[] {
  const tags: ImageTag[] = [];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      errors.push(
        `image_tags: not valid JSON (${(e as Error).message}); give a JSON array like [{"key":"env","value":"prod"}] or key=value items.`,
      );
      return [];
    }
    const list = Array.isArray(parsed) ? parsed : [];
    for (const [i, item] of list.entries()) {
      const obj = (item ?? {}) as Record<string, unknown>;
      const { key, value = '' } = obj;
      if (typeof item !== 'object' || typeof key !== 'string' || typeof value !== 'string') {
        errors.push(`image_tags: item ${i} must be an object {"key": string, "value": string}.`);
        continue;
      }
      tags.push({ key, value });
    }
  } else {
    for (const item of splitList(text)) {
      const eq = item.indexOf('=');
      if (eq < 0) {
        errors.push(`image_tags: item ${quote(item)} has no '=': write each tag as key=value, or give a JSON array.`);
        continue;
      }
      tags.push({ key: item.slice(0, eq).trim(), value: item.slice(eq + 1).trim() });
    }
  }
  for (const t of tags) checkTag('image_tags', t.key, t.value, errors);
  checkTagSet(
    'image_tags',
    tags.map((t) => t.key),
    errors,
  );
  return tags;
}

function checkImageUrl(url: string, errors: string[], warnings: string[]): void {
  const colon = url.indexOf(':');
  if (colon < 0) {
    errors.push(`image_url: ${quote(url)} is not <bucket>:<object>; e.g. my-bucket:images/disk.qcow2.`);
    return;
  }
  const bucket = url.slice(0, colon);
  const object = url.slice(colon + 1);
  if (!BUCKET_RE.test(bucket) || bucket.includes('..') || bucket.includes('.-') || bucket.includes('-.') || IPV4_RE.test(bucket)) {
    errors.push(
      `image_url: bucket ${quote(bucket)} is not a valid OBS bucket name: 3-63 lowercase letters, digits, '-' or '.', starting and ending with a letter or digit, no '..', '.-' or '-.', not an IP address.`,
    );
  }
  if (object === '') {
    errors.push(`image_url: the object name after ':' is empty; give the image file's path in the bucket.`);
  } else if (/[\u0000-\u001f\u007f]/.test(object)) {
    errors.push(`image_url: the object name contains control characters (such as line breaks); remove them.`);
  } else if (Buffer.byteLength(object, 'utf8') > 1024) {
    errors.push(`image_url: the object name is ${Buffer.byteLength(object, 'utf8')} bytes; OBS allows at most 1024.`);
  } else {
    const ext = /\.([A-Za-z0-9]+)$/.exec(object)?.[1]?.toLowerCase();
    if (!ext || !IMAGE_EXTENSIONS.includes(ext)) {
      warnings.push(
        `image_url: object ${quote(object)} does not end in a known image format (${IMAGE_EXTENSIONS.join(', ')}); IMS may reject it.`,
      );
    }
  }
}

function checkEndpoint(input: InputName, text: string, errors: string[]): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
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
export function parseInputs(raw: RawInputs, origins: InputOrigins = {}): ParseResult {
  const errors: string[] = [];
  const warnings: string[] = [];

  const { name } = raw;
  if (name === '') {
    errors.push(`name: required; give the image name (1-128 letters, digits, spaces, '-', '.' or '_').`);
  } else if (!NAME_RE.test(name)) {
    errors.push(`name: ${quote(name)} is invalid: use 1-128 letters (Chinese allowed), digits, spaces, '-', '.' or '_'.`);
  }

  if (raw.image_url === '') errors.push(`image_url: required; give the OBS file as <bucket>:<object>, e.g. my-bucket:disk.qcow2.`);
  else checkImageUrl(raw.image_url, errors, warnings);

  let minDisk = NaN;
  if (raw.min_disk === '') errors.push(`min_disk: required; give the minimum data disk size in GB, an integer from 40 to 2048.`);
  else if (!/^\d+$/.test(raw.min_disk) || (minDisk = Number(raw.min_disk)) < 40 || minDisk > 2048) {
    errors.push(`min_disk: ${quote(raw.min_disk)} is invalid: give an integer from 40 to 2048 (GB).`);
  }

  let osType: 'Linux' | 'Windows' = 'Linux';
  const os = raw.os_type.toLowerCase();
  if (os === 'windows') osType = 'Windows';
  else if (os !== '' && os !== 'linux') errors.push(`os_type: ${quote(raw.os_type)} is invalid: use Linux or Windows.`);

  const { description } = raw;
  if ([...description].length > 1024) errors.push(`description: ${[...description].length} characters; at most 1024 are allowed.`);
  if (/[\r\n<>]/.test(description)) errors.push(`description: must not contain line breaks, '<' or '>'.`);

  if (raw.cmk_id !== '' && !UUID_RE.test(raw.cmk_id)) {
    errors.push(`cmk_id: ${quote(raw.cmk_id)} is not a KMS key ID; give the key's UUID (e.g. 0d0466b0-e727-4d9c-b35d-f84bb474a37f).`);
  }
  if (raw.enterprise_project_id !== '' && raw.enterprise_project_id !== '0' && !UUID_RE.test(raw.enterprise_project_id)) {
    errors.push(`enterprise_project_id: ${quote(raw.enterprise_project_id)} is invalid: use 0 (the default enterprise project) or a UUID.`);
  }

  const tags = raw.tags !== '' ? parseTags(raw.tags, errors) : undefined;
  const imageTags = raw.image_tags !== '' ? parseImageTags(raw.image_tags, errors) : undefined;
  if (tags && imageTags) errors.push(`tags, image_tags: give only one of them; IMS takes either list, not both.`);

  const { region } = raw;
  if (region === '') {
    errors.push(`region: required; set the input region (e.g. cn-north-4) or the env variable HUAWEI_CLOUD_REGION.`);
  } else if (!REGION_RE.test(region)) {
    errors.push(`region: ${quote(region)} is not a Huawei Cloud region name; e.g. cn-north-4, ap-southeast-1, eu-west-101.`);
  }

  const idp = raw.identity_provider;
  const oidc = idp !== '';
  const notices: string[] = [];
  let ak = raw.access_key_id;
  let sk = raw.secret_access_key;
  let token = raw.security_token;
  if (oidc) {
    const keyInputs = SECRET_INPUTS.filter((n) => raw[n] !== '' && (origins[n] ?? 'input') === 'input');
    if (keyInputs.length > 0) {
      errors.push(
        `identity_provider, ${keyInputs.join(', ')}: choose one way to authenticate: remove ${keyInputs.join(' and ')} to use keyless GitHub OIDC, or remove identity_provider to use keys.`,
      );
    }
    const fromEnv = SECRET_INPUTS.filter((n) => raw[n] !== '' && origins[n] === 'env');
    if (fromEnv.length > 0) {
      notices.push(
        `identity_provider is set: the ${fromEnv.join(', ')} found in the environment ${fromEnv.length === 1 ? 'is' : 'are'} ignored; authenticating with GitHub OIDC.`,
      );
    }
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(idp)) {
      errors.push(
        `identity_provider: ${quote(idp)} is not an IAM identity provider ID: 1-64 letters, digits, '-' or '_' (IAM > Identity Providers).`,
      );
    }
    if (raw.audience !== '' && !HEADER_SAFE_RE.test(raw.audience)) {
      errors.push(`audience: ${quote(raw.audience)} must be visible ASCII without spaces: the identity provider's client ID.`);
    }
    ak = sk = token = '';
  } else if (raw.audience !== '') {
    errors.push(`audience: only used with identity_provider (keyless GitHub OIDC); set identity_provider, or remove audience.`);
  }
  if (!oidc && ak === '' && sk === '') {
    errors.push(
      `access_key_id, secret_access_key: no credentials. Pass them from repository secrets (access_key_id: \${{ secrets.HUAWEI_CLOUD_AK }}, secret_access_key: \${{ secrets.HUAWEI_CLOUD_SK }}), run huaweicloud/auth-action in an earlier step, or use keyless GitHub OIDC with identity_provider.`,
    );
  } else if (!oidc && (ak === '' || sk === '')) {
    errors.push(`${ak === '' ? 'access_key_id' : 'secret_access_key'}: missing; access_key_id and secret_access_key go together.`);
  }
  // Credential values are never quoted in messages.
  if (ak !== '' && !HEADER_SAFE_RE.test(ak)) errors.push(`access_key_id: contains spaces or non-ASCII characters; paste the AK exactly.`);
  if (sk !== '' && !HEADER_SAFE_RE.test(sk))
    errors.push(`secret_access_key: contains spaces or non-ASCII characters; paste the SK exactly.`);
  if (token !== '' && !HEADER_SAFE_RE.test(token))
    errors.push(`security_token: contains spaces or non-ASCII characters; paste the token exactly.`);
  if (token !== '' && (ak === '' || sk === '')) {
    errors.push(`security_token: given without access_key_id and secret_access_key; a temporary token needs its temporary AK/SK.`);
  }

  if (raw.project_id !== '' && !PROJECT_ID_RE.test(raw.project_id)) {
    errors.push(
      `project_id: ${quote(raw.project_id)} is invalid: a project ID is up to 64 letters and digits; or leave it empty to look it up.`,
    );
  }

  const regionOk = REGION_RE.test(region);
  const imsEndpoint =
    raw.ims_endpoint !== '' ? checkEndpoint('ims_endpoint', raw.ims_endpoint, errors) : regionOk ? defaultImsEndpoint(region) : '';
  const iamEndpoint =
    raw.iam_endpoint !== '' ? checkEndpoint('iam_endpoint', raw.iam_endpoint, errors) : regionOk ? defaultIamEndpoint(region) : '';

  let wait = true;
  if (raw.wait !== '') {
    const b = parseBoolean(raw.wait);
    if (b === undefined) errors.push(`wait: ${quote(raw.wait)} is not a boolean; use true or false.`);
    else wait = b;
  }

  let waitTimeoutMs = 60 * 60 * 1000;
  if (raw.wait_timeout !== '') {
    const ms = parseDuration(raw.wait_timeout);
    if (ms === undefined || ms <= 0 || ms > MAX_WAIT_TIMEOUT_MS) {
      errors.push(
        `wait_timeout: ${quote(raw.wait_timeout)} is invalid: give a duration above 0 and at most 24h, like 90s, 20m, 1h30m or bare seconds.`,
      );
    } else waitTimeoutMs = ms;
  }

  const ifExists = (raw.if_exists === '' ? 'create' : raw.if_exists.toLowerCase()) as IfExists;
  if (!['create', 'reuse', 'fail'].includes(ifExists)) {
    errors.push(
      `if_exists: ${quote(raw.if_exists)} is invalid: use create (always submit), reuse (take an existing image of this name) or fail.`,
    );
  }

  if (errors.length > 0) return { ok: false, errors, warnings, notices };

  const body: CreateDataImageBody = { name, image_url: raw.image_url, min_disk: minDisk, os_type: osType };
  if (description !== '') body.description = description;
  if (raw.cmk_id !== '') body.cmk_id = raw.cmk_id;
  if (tags) body.tags = tags;
  if (imageTags) body.image_tags = imageTags;
  if (raw.enterprise_project_id !== '') body.enterprise_project_id = raw.enterprise_project_id;

  let credentials: Credentials;
  if (oidc) credentials = { kind: 'oidc', identityProvider: idp, audience: raw.audience };
  else {
    credentials = { kind: 'aksk', accessKeyId: ak, secretAccessKey: sk };
    if (token !== '') credentials.securityToken = token;
  }

  const config: ActionConfig = { body, region, credentials, imsEndpoint, iamEndpoint, wait, waitTimeoutMs, ifExists };
  if (raw.project_id !== '') config.projectId = raw.project_id;
  return { ok: true, config, warnings, notices };
}
