/**
 * The emulator's own check of APIG's SDK-HMAC-SHA256 signatures, written from the documented
 * algorithm and independently of src/ (no shared code), so a bug in one does not hide in the other.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** Percent-encodes the UTF-8 bytes of `text`, keeping only unreserved characters. */
function encode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(ch) ? ch : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface ReceivedRequest {
  method: string;
  /** The request target as received: path and raw query. */
  target: string;
  /** Lower-case names, as Node's server gives them. */
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export type VerifyResult = { ok: true; accessKeyId: string; signedHeaders: string[] } | { ok: false; reason: string };

const AUTH_RE = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([^,\s]+), Signature=([0-9a-f]{64})$/;

export function parseSdkDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

export function verifySignature(req: ReceivedRequest, secretFor: (accessKeyId: string) => string | undefined, nowMs: number): VerifyResult {
  const header = (name: string): string | undefined => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(',') : v;
  };
  const auth = header('authorization');
  if (!auth) return { ok: false, reason: 'missing Authorization header' };
  const m = AUTH_RE.exec(auth);
  if (!m) return { ok: false, reason: 'malformed Authorization header' };
  const [, accessKeyId, signedList, signature] = m as unknown as [string, string, string, string];
  const sk = secretFor(accessKeyId);
  if (sk === undefined) return { ok: false, reason: 'unknown access key' };

  const date = header('x-sdk-date');
  if (!date) return { ok: false, reason: 'missing X-Sdk-Date' };
  const at = parseSdkDate(date);
  if (at === undefined) return { ok: false, reason: 'malformed X-Sdk-Date' };
  if (Math.abs(nowMs - at) > 15 * 60 * 1000) return { ok: false, reason: 'X-Sdk-Date is more than 15 minutes from the server clock' };

  const signedHeaders = signedList.split(';');
  for (const must of ['host', 'x-sdk-date']) {
    if (!signedHeaders.includes(must)) return { ok: false, reason: `${must} is not signed` };
  }
  for (const ifSent of ['x-project-id', 'x-security-token', 'content-type']) {
    if (header(ifSent) !== undefined && !signedHeaders.includes(ifSent)) return { ok: false, reason: `${ifSent} is sent but not signed` };
  }
  const sorted = [...signedHeaders].sort();
  if (sorted.join(';') !== signedList) return { ok: false, reason: 'SignedHeaders are not sorted' };

  const q = req.target.indexOf('?');
  const path = q < 0 ? req.target : req.target.slice(0, q);
  const query = q < 0 ? '' : req.target.slice(q + 1);
  let uri = path
    .split('/')
    .map((seg) => encode(decode(seg)))
    .join('/');
  if (!uri.endsWith('/')) uri += '/';
  const pairs =
    query === ''
      ? []
      : query.split('&').map((kv) => {
          const i = kv.indexOf('=');
          return i < 0 ? [decode(kv), ''] : [decode(kv.slice(0, i)), decode(kv.slice(i + 1))];
        });
  pairs.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0));
  const canonicalQuery = pairs.map(([k, v]) => `${encode(k!)}=${encode(v!)}`).join('&');
  let canonicalHeaders = '';
  for (const name of signedHeaders) {
    const value = header(name);
    if (value === undefined) return { ok: false, reason: `signed header ${name} is missing` };
    canonicalHeaders += `${name}:${value.trim()}\n`;
  }
  const canonical = [
    req.method,
    uri,
    canonicalQuery,
    canonicalHeaders,
    signedList,
    createHash('sha256').update(req.body).digest('hex'),
  ].join('\n');
  const toSign = `SDK-HMAC-SHA256\n${date}\n${createHash('sha256').update(canonical).digest('hex')}`;
  const expected = createHmac('sha256', sk).update(toSign).digest();
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature mismatch' };
  return { ok: true, accessKeyId, signedHeaders };
}
