/**
 * The one HTTP client: every API call goes through `ApiClient.call`, which authorizes (signs) each
 * attempt, applies timeouts and the deadline, retries per the call's kind, reads bounded bodies and
 * turns every failure into an ApiError, BadResponseError or NetworkError.
 */
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { ApiError, BadResponseError, NetworkError, parseErrorBody, untrusted } from './errors.js';
import type { Logger } from './log.js';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, retry, type RetryDecision, type RetryPolicy } from './retry.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface OutgoingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
}

/** Adds authentication headers to a request about to be sent (signature, token). Called on every attempt, with the signing time. */
export type Authorizer = (req: OutgoingRequest, nowMs: number) => Record<string, string>;

/** The gateway rejects signatures whose X-Sdk-Date is 15 min off; past this much skew we re-sign with its time. */
export const CLOCK_SKEW_LIMIT_MS = 5 * 60 * 1000;

export interface ApiCall {
  /** The API operation's name, as users find it in Huawei's reference (e.g. `CreateDataImage`). */
  operation: string;
  method: 'GET' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * `read`: safe to resend after any transient failure.
   * `create`: not idempotent; resent only when it provably was not processed (429, or never sent).
   */
  kind: 'read' | 'create';
  /** Sent without authentication (the OIDC token exchange). */
  unauthenticated?: boolean;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  json: unknown;
  requestId: string | undefined;
}

export interface ClientOptions {
  authorize: Authorizer;
  log: Logger;
  /** Epoch ms after which no request starts or runs on. */
  deadline: number;
  userAgent: string;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  retryPolicy?: RetryPolicy;
  connectTimeoutMs?: number;
  /** Time allowed for the response headers, then again for the body. */
  responseTimeoutMs?: number;
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** Walks an error's cause chain for a Node/undici error code. */
function errorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

function isTlsHandshakeFailure(code: string): boolean {
  return code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT') || code === 'EPROTO';
}

/** Which failures are worth another attempt, for each kind of call. */
export function retryDecision(kind: ApiCall['kind'], error: unknown, nowMs: number): RetryDecision {
  if (error instanceof ApiError) {
    if (error.status === 429) return { retry: true, afterMs: parseRetryAfter(error.retryAfter, nowMs) };
    return { retry: kind === 'read' && [500, 502, 503, 504].includes(error.status) };
  }
  if (error instanceof BadResponseError) return { retry: kind === 'read' && !error.tooLarge };
  if (error instanceof NetworkError) return { retry: error.code !== 'DEADLINE' && (kind === 'read' || !error.maybeSent) };
  return { retry: false };
}

export class ApiClient {
  private readonly dispatcher: Dispatcher;
  private readonly opts: ClientOptions;
  /** One line per HTTP attempt (method, path, status, duration, request ID, attempt), for the debug group. */
  readonly callLog: string[] = [];
  /** Server time minus local time, once a skewed clock was detected; added to the signing time. */
  private clockOffsetMs = 0;

  constructor(opts: ClientOptions) {
    this.opts = opts;
    const responseTimeout = opts.responseTimeoutMs ?? 30_000;
    // Honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY, in either case.
    this.dispatcher = new EnvHttpProxyAgent({
      connect: { timeout: opts.connectTimeoutMs ?? 10_000 },
      headersTimeout: responseTimeout,
      bodyTimeout: responseTimeout,
    });
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** Sends the call with retries; resolves with the 2xx response's JSON, or throws. */
  async call(call: ApiCall): Promise<ApiResponse> {
    try {
      return await this.callWithRetries(call);
    } catch (error) {
      if (!this.correctClockSkew(error)) throw error;
      return this.callWithRetries(call);
    }
  }

  /**
   * A signature rejected (401 APIGW.0301) by a gateway whose clock is far from ours: self-hosted runners
   * with wrong clocks are a classic cause. Sign with the server's time from now on, once.
   */
  private correctClockSkew(error: unknown): boolean {
    if (!(error instanceof ApiError) || error.status !== 401 || error.details.code !== 'APIGW.0301') return false;
    if (this.clockOffsetMs !== 0 || !error.serverDate) return false;
    const serverMs = Date.parse(error.serverDate);
    const skew = serverMs - this.opts.now();
    if (Number.isNaN(serverMs) || Math.abs(skew) <= CLOCK_SKEW_LIMIT_MS) return false;
    this.clockOffsetMs = skew;
    this.opts.log.warning(
      `The API gateway rejected the signature and its clock differs from this runner's by ${Math.round(skew / 1000)} s; signing with the gateway's time and retrying once. Fix the runner's clock (NTP).`,
    );
    return true;
  }

  private async callWithRetries(call: ApiCall): Promise<ApiResponse> {
    const { opts } = this;
    return retry((attempt) => this.attempt(call, attempt), {
      policy: opts.retryPolicy ?? DEFAULT_RETRY_POLICY,
      sleep: opts.sleep,
      now: opts.now,
      random: opts.random,
      deadline: opts.deadline,
      decide: (error) => retryDecision(call.kind, error, opts.now()),
      onRetry: (error, attempt, delayMs) =>
        opts.log.info(
          `${call.operation}: attempt ${attempt} failed (${(error as Error).message}); retrying in ${(delayMs / 1000).toFixed(1)}s`,
        ),
    });
  }

  private async attempt(call: ApiCall, attempt: number): Promise<ApiResponse> {
    const { opts } = this;
    const body = call.body === undefined ? '' : JSON.stringify(call.body);
    const headers: Record<string, string> = {
      'User-Agent': opts.userAgent,
      ...(body !== '' ? { 'Content-Type': 'application/json;charset=UTF-8' } : {}),
      ...call.headers,
    };
    const outgoing: OutgoingRequest = { method: call.method, url: call.url, headers, body };
    if (!call.unauthenticated) Object.assign(headers, opts.authorize(outgoing, opts.now() + this.clockOffsetMs));

    const remaining = opts.deadline - opts.now();
    if (remaining <= 0) throw new NetworkError(call.operation, 'DEADLINE', 'the wait_timeout was reached before the request', true);
    const started = opts.now();
    let status = 0;
    let requestId: string | undefined;
    try {
      const res = await request(call.url, {
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
    } catch (error) {
      if (error instanceof ApiError || error instanceof BadResponseError) throw error;
      throw toNetworkError(call.operation, error);
    } finally {
      const line = `HTTP ${call.method} ${call.url.pathname} -> ${status || 'no response'} in ${opts.now() - started}ms (request ID ${requestId === undefined ? 'none' : untrusted(requestId, 128)}, attempt ${attempt})`;
      this.callLog.push(line);
      opts.log.debug(line);
    }
  }

  private interpret(
    call: ApiCall,
    status: number,
    headers: Record<string, string>,
    text: string,
    requestId: string | undefined,
  ): ApiResponse {
    if (status >= 200 && status < 300) {
      let json: unknown;
      try {
        json = text === '' ? {} : JSON.parse(text);
      } catch {
        throw new BadResponseError(call.operation, status, `the body is not JSON: "${untrusted(text, 200)}"`, requestId);
      }
      if (json === null || typeof json !== 'object') {
        throw new BadResponseError(call.operation, status, `expected a JSON object, got "${untrusted(text, 200)}"`, requestId);
      }
      return { status, headers, json, requestId };
    }
    const parsed = parseErrorBody(text);
    const error = new ApiError({
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

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

async function readBody(
  body: AsyncIterable<Buffer> & { destroy: (e?: Error) => void },
  operation: string,
  status: number,
  requestId: string | undefined,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      const error = new BadResponseError(operation, status, `the response body exceeds ${MAX_BODY_BYTES} bytes`, requestId);
      error.tooLarge = true;
      throw error;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toNetworkError(operation: string, error: unknown): NetworkError {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new NetworkError(operation, 'DEADLINE', 'the wait_timeout was reached while the request was under way', true);
  }
  const code = errorCode(error) ?? 'ERROR';
  const detail = untrusted((error as Error).message ?? String(error), 200);
  return new NetworkError(operation, code, detail, !(NOT_SENT_CODES.has(code) || isTlsHandshakeFailure(code)));
}
