/**
 * APIG request signing, SDK-HMAC-SHA256 (api-notes: "AK/SK signing"). Pure: the date comes in.
 */
import { createHash, createHmac } from 'node:crypto';

export const ALGORITHM = 'SDK-HMAC-SHA256';

export interface SignableRequest {
  method: string;
  /** The URL as sent; its path and query are read back segment by segment. */
  url: URL;
  /** Headers that will be sent (any case). Every one of them is signed, plus `host`. */
  headers: Readonly<Record<string, string>>;
  /** The exact body bytes sent; empty for none. */
  body: string | Uint8Array;
}

export interface SigningKey {
  accessKeyId: string;
  secretAccessKey: string;
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function sdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 3986 percent-encoding over UTF-8: unreserved `A-Z a-z 0-9 - _ . ~` kept, all else `%XY` upper-case. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray '%' that the URL kept literally
  }
}

/** Each path segment encoded once; a '/' appended when the path does not end with one. */
export function canonicalUri(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((s) => uriEncode(decodeSegment(s)))
    .join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The query's name/value pairs, decoded from the URL as sent ('+' is a plus sign: the client encodes spaces as %20). */
export function queryPairs(url: URL): [string, string][] {
  const search = url.search.replace(/^\?/, '');
  if (search === '') return [];
  return search.split('&').map((item) => {
    const eq = item.indexOf('=');
    return eq < 0 ? [decodeSegment(item), ''] : [decodeSegment(item.slice(0, eq)), decodeSegment(item.slice(eq + 1))];
  });
}

/** Builds `?name=value&…` with the same encoding the signer uses, so what is sent is what is signed. */
export function encodeQuery(params: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(params).map(([n, v]) => `${uriEncode(n)}=${uriEncode(v)}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/** Names and values encoded, sorted by name and then by value, `k=` for empty values. */
export function canonicalQueryString(url: URL): string {
  return queryPairs(url)
    .sort(([an, av], [bn, bv]) => byCodeUnits(an, bn) || byCodeUnits(av, bv))
    .map(([n, v]) => `${uriEncode(n)}=${uriEncode(v)}`)
    .join('&');
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function headersToSign(req: SignableRequest): [string, string][] {
  const all = new Map<string, string>();
  for (const [name, value] of Object.entries(req.headers)) all.set(name.toLowerCase(), value.trim());
  all.set('host', req.url.host);
  return [...all.entries()].sort(([a], [b]) => byCodeUnits(a, b));
}

export function canonicalRequest(req: SignableRequest): { canonical: string; signedHeaders: string } {
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
export function authorization(req: SignableRequest, key: SigningKey): string {
  const date = Object.entries(req.headers).find(([n]) => n.toLowerCase() === 'x-sdk-date')?.[1];
  if (!date) throw new Error('X-Sdk-Date must be set before signing');
  const { canonical, signedHeaders } = canonicalRequest(req);
  const stringToSign = `${ALGORITHM}\n${date}\n${sha256Hex(canonical)}`;
  const signature = createHmac('sha256', key.secretAccessKey).update(stringToSign).digest('hex');
  return `${ALGORITHM} Access=${key.accessKeyId}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
