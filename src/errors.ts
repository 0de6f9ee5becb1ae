/** Expected failures and the parsing of the API's error bodies. Pure. */

/** A failure the user can act on: reported as its message alone, never with a stack trace. */
export class ActionError extends Error {
  readonly title: string;
  constructor(title: string, message: string) {
    super(message);
    this.name = 'ActionError';
    this.title = title;
  }
}

/** One or more invalid inputs; no request was sent. */
export class InputError extends ActionError {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    const n = problems.length;
    super('Invalid input', `${n} invalid input${n === 1 ? '' : 's'}; nothing was sent:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export interface ApiErrorDetails {
  /** The API call, e.g. `CreateDataImage`. */
  operation: string;
  status: number;
  code?: string;
  message?: string;
  requestId?: string;
}

/** An HTTP error answer from IMS, IAM or the API gateway. */
export class ApiError extends ActionError {
  readonly details: ApiErrorDetails;
  /** The response's `Retry-After` and `Date` headers, for the retry policy and clock-skew checks. */
  retryAfter?: string;
  serverDate?: string;
  constructor(details: ApiErrorDetails) {
    super(`${details.operation} failed`, describeApiError(details));
    this.details = details;
  }
  get status(): number {
    return this.details.status;
  }
}

/** A response that is not what the API documents (bad JSON, a missing field, too large). */
export class BadResponseError extends ActionError {
  readonly status: number;
  readonly requestId: string | undefined;
  tooLarge = false;
  constructor(operation: string, status: number, problem: string, requestId?: string) {
    super(`${operation}: unexpected response`, `${operation}: HTTP ${status}: ${problem}${requestId ? ` (request ID ${requestId})` : ''}`);
    this.status = status;
    this.requestId = requestId;
  }
}

/** The network failed: the request may or may not have reached the server, as `sent` says. */
export class NetworkError extends ActionError {
  readonly code: string;
  /** false only when the request provably never left (refused, DNS, TLS handshake, connect timeout). */
  readonly maybeSent: boolean;
  constructor(operation: string, code: string, detail: string, maybeSent: boolean) {
    super(`${operation}: network error`, `${operation}: ${code}: ${detail}`);
    this.code = code;
    this.maybeSent = maybeSent;
  }
}

/**
 * Makes text from the network safe to print: control characters (line breaks included) are
 * escaped, so it can never start a line the runner would read as a workflow command.
 */
export function untrusted(text: string, max = 500): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return short.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function describeApiError(d: ApiErrorDetails): string {
  const parts = [`${d.operation}: HTTP ${d.status}`];
  if (d.code) parts.push(untrusted(d.code, 64));
  if (d.message) parts.push(`"${untrusted(d.message)}"`);
  parts.push(`(request ID ${d.requestId ? untrusted(d.requestId, 128) : 'none'})`);
  return parts.join(' ');
}

/**
 * Reads both error shapes: IMS `{"error":{"code","message"}}` and the gateway's
 * `{"error_code","error_msg","request_id"}`. A body that is neither yields its first 200 characters.
 */
export function parseErrorBody(body: string): { code?: string; message?: string; requestId?: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
    const nested = o.error && typeof o.error === 'object' ? (o.error as Record<string, unknown>) : undefined;
    const code = str(nested?.code) ?? str(o.error_code) ?? str(o.code);
    const message = str(nested?.message) ?? str(o.error_msg) ?? str(o.message) ?? str(o.error);
    const requestId = str(o.request_id);
    if (code || message) return { code, message, requestId };
  }
  const text = body.trim();
  return text === '' ? {} : { message: text.slice(0, 200) };
}

/** The IMS job ended in FAIL: carries what IMS said, for hints and the summary. */
export class JobFailedError extends ActionError {
  readonly errorCode: string | undefined;
  readonly failReason: string | undefined;
  constructor(message: string, errorCode: string | undefined, failReason: string | undefined) {
    super('Image creation failed', message);
    this.errorCode = errorCode;
    this.failReason = failReason;
  }
}
