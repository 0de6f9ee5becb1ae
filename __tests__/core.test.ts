/** Unit tests of the pure core: durations, error parsing, escaping, retry policy, poll schedule, job parsing. */
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../src/duration.js';
import { ApiError, BadResponseError, NetworkError, parseErrorBody, untrusted } from '../src/errors.js';
import { retryDecision } from '../src/http.js';
import { describeJobFailure, parseJob } from '../src/ims.js';
import { backoffDelay, parseRetryAfter, retry, type RetryContext } from '../src/retry.js';
import { progressLine, waitForJob } from '../src/wait.js';

describe('durations', () => {
  it('parses the documented forms', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('20m')).toBe(1_200_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('1h2m3s')).toBe(3_723_000);
    expect(parseDuration(' 45 ')).toBe(45_000);
    for (const bad of ['', '1d', '1.5m', 'h', '30m1h', '-5', '1 h']) expect(parseDuration(bad)).toBeUndefined();
  });
  it('formats for humans', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(59_400)).toBe('59s');
    expect(formatDuration(190_000)).toBe('3m10s');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(5_460_000)).toBe('1h31m');
  });
});

describe('error bodies', () => {
  it('reads the IMS shape', () => {
    expect(parseErrorBody('{"error":{"code":"IMG.0002","message":"name too long"}}')).toEqual({
      code: 'IMG.0002',
      message: 'name too long',
      requestId: undefined,
    });
  });
  it('reads the gateway shape', () => {
    expect(parseErrorBody('{"error_code":"APIGW.0301","error_msg":"bad sig","request_id":"r1"}')).toEqual({
      code: 'APIGW.0301',
      message: 'bad sig',
      requestId: 'r1',
    });
  });
  it('keeps the first 200 characters of anything else', () => {
    expect(parseErrorBody(`<html>${'x'.repeat(300)}`).message).toBe(`<html>${'x'.repeat(194)}`);
    expect(parseErrorBody('')).toEqual({});
    expect(parseErrorBody('{"unrelated":1}').message).toBe('{"unrelated":1}');
  });
  it('formats an ApiError with status, code, message and request ID', () => {
    const e = new ApiError({ operation: 'ShowJob', status: 404, code: 'IMG.0030', message: 'no job', requestId: 'abc' });
    expect(e.message).toBe('ShowJob: HTTP 404 IMG.0030 "no job" (request ID abc)');
    expect(new ApiError({ operation: 'X', status: 500 }).message).toBe('X: HTTP 500 (request ID none)');
  });
  it('escapes network text so no line can start a workflow command', () => {
    const evil = 'ok\n::set-output name=x::y\r\n::error::z\u2028::w';
    const safe = untrusted(evil);
    expect(safe.split('\n')).toHaveLength(1);
    expect(safe).toBe('ok\\n::set-output name=x::y\\r\\n::error::z\\u2028::w');
    expect(untrusted('a'.repeat(600)).length).toBe(501);
  });
});

describe('retry policy', () => {
  it('full jitter stays under the exponential ceiling and the cap', () => {
    const p = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 8000 };
    expect(backoffDelay(0, p, 0.999)).toBe(999);
    expect(backoffDelay(2, p, 0.5)).toBe(2000);
    expect(backoffDelay(10, p, 0.999)).toBe(7992);
    expect(backoffDelay(3, p, 0)).toBe(0);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-03T13:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Thu, 03 Dec 2026 13:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 03 Dec 2026 12:00:30 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
  it('decides per kind: reads retry 5xx and ambiguous failures, creates only when provably unprocessed', () => {
    const api = (status: number) => new ApiError({ operation: 'X', status });
    expect(retryDecision('read', api(503), 0).retry).toBe(true);
    expect(retryDecision('create', api(503), 0).retry).toBe(false);
    expect(retryDecision('create', api(500), 0).retry).toBe(false);
    expect(retryDecision('create', api(429), 0).retry).toBe(true);
    expect(retryDecision('read', api(400), 0).retry).toBe(false);
    expect(retryDecision('read', api(401), 0).retry).toBe(false);
    const throttled = api(429);
    throttled.retryAfter = '3';
    expect(retryDecision('read', throttled, 0)).toEqual({ retry: true, afterMs: 3000 });
    expect(retryDecision('create', new NetworkError('X', 'ECONNREFUSED', '', false), 0).retry).toBe(true);
    expect(retryDecision('create', new NetworkError('X', 'ECONNRESET', '', true), 0).retry).toBe(false);
    expect(retryDecision('read', new NetworkError('X', 'ECONNRESET', '', true), 0).retry).toBe(true);
    expect(retryDecision('read', new NetworkError('X', 'DEADLINE', '', true), 0).retry).toBe(false);
    expect(retryDecision('read', new BadResponseError('X', 200, 'html'), 0).retry).toBe(true);
    expect(retryDecision('create', new BadResponseError('X', 200, 'html'), 0).retry).toBe(false);
    expect(retryDecision('read', new Error('bug'), 0).retry).toBe(false);
  });

  function ctx(over: Partial<RetryContext> = {}): RetryContext & { slept: number[]; t: { now: number } } {
    const t = { now: 0 };
    const slept: number[] = [];
    return {
      policy: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 },
      sleep: async (ms) => {
        slept.push(ms);
        t.now += ms;
      },
      now: () => t.now,
      random: () => 0.5,
      deadline: 1_000_000,
      decide: () => ({ retry: true }),
      onRetry: () => {},
      slept,
      t,
      ...over,
    };
  }
  it('retries until success, with backoff between attempts', async () => {
    const c = ctx();
    let calls = 0;
    const v = await retry(async () => {
      if (++calls < 3) throw new Error('transient');
      return 'ok';
    }, c);
    expect(v).toBe('ok');
    expect(calls).toBe(3);
    expect(c.slept).toEqual([50, 100]);
  });
  it('stops after maxAttempts, on a final error, and before the deadline', async () => {
    let calls = 0;
    await expect(
      retry(async () => {
        calls++;
        throw new Error('x');
      }, ctx()),
    ).rejects.toThrow('x');
    expect(calls).toBe(4);
    calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('y');
        },
        ctx({ decide: () => ({ retry: false }) }),
      ),
    ).rejects.toThrow('y');
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      retry(
        async () => {
          calls++;
          throw new Error('z');
        },
        ctx({ deadline: 120 }),
      ),
    ).rejects.toThrow('z');
    expect(calls).toBe(2); // 50 ms fits, the next 100 ms would pass the deadline
  });
  it('honours a longer Retry-After', async () => {
    const c = ctx({ decide: () => ({ retry: true, afterMs: 5000 }) });
    let calls = 0;
    await retry(async () => {
      if (++calls < 2) throw new Error('429');
      return 1;
    }, c);
    expect(c.slept).toEqual([5000]);
  });
});

describe('job wait', () => {
  function clock() {
    const t = { now: 0 };
    return { t, subject: 'Job j', random: () => 0.5, now: () => t.now, sleep: async (ms: number) => void (t.now += ms) };
  }
  const log = { debug: () => {}, info: (m: string) => lines.push(m), warning: () => {}, notice: () => {} };
  let lines: string[] = [];

  it('returns SUCCESS with the image ID, logging each status change once', async () => {
    lines = [];
    const c = clock();
    const statuses = ['INIT', 'RUNNING', 'RUNNING', 'SUCCESS'];
    let i = 0;
    const res = await waitForJob({
      poll: async () => ({ jobId: 'j', status: statuses[i++]!, entityErrors: {}, imageId: 'img' }),
      ...c,
      startedAt: 0,
      deadline: 60_000,
      log,
    });
    expect(res.outcome).toBe('SUCCESS');
    expect(lines).toEqual(['Job j: INIT — 10s elapsed', 'Job j: RUNNING — 20s elapsed', 'Job j: SUCCESS — 40s elapsed']);
  });

  it('times out at the deadline with the last status, polling once more just before it', async () => {
    const c = clock();
    let polls = 0;
    const res = await waitForJob({
      poll: async () => (polls++, { jobId: 'j', status: 'RUNNING', entityErrors: {} }),
      ...c,
      startedAt: 0,
      deadline: 30_000,
      log: { ...log, info: () => {} },
    });
    expect(res.outcome).toBe('TIMEOUT');
    expect(res.job?.status).toBe('RUNNING');
    expect(c.t.now).toBe(29_000);
    expect(polls).toBe(3); // at 10 s, 20 s, and 29 s (just before the deadline)
  });

  it('keeps polling through an unknown status', async () => {
    lines = [];
    const c = clock();
    const statuses = ['PENDING_X', 'FAIL'];
    let i = 0;
    const res = await waitForJob({
      poll: async () => ({ jobId: 'j', status: statuses[i++]!, entityErrors: {} }),
      ...c,
      startedAt: 0,
      deadline: 60_000,
      log,
    });
    expect(res.outcome).toBe('FAIL');
    expect(lines[0]).toContain('unknown status');
  });

  it('rejects SUCCESS without an image ID', async () => {
    const c = clock();
    await expect(
      waitForJob({ poll: async () => ({ jobId: 'j', status: 'SUCCESS', entityErrors: {} }), ...c, startedAt: 0, deadline: 60_000, log }),
    ).rejects.toThrow(/entities.image_id/);
  });
});

describe('progress lines', () => {
  it('show status, percent, task, elapsed and time left', () => {
    const job = { jobId: 'j', status: 'RUNNING', entityErrors: {}, progress: 42.7, currentTask: 'Importing image file' };
    expect(progressLine(job, 190_000, 240_000)).toBe('RUNNING 42% (Importing image file) — 3m10s elapsed, about 4m left');
    expect(progressLine({ ...job, status: 'SUCCESS' }, 5000, 0)).toBe('SUCCESS — 5s elapsed');
    expect(progressLine({ jobId: 'j', status: 'WEIRD\n::x', entityErrors: {} }, 1000, undefined)).toBe(
      'WEIRD\\n::x (an unknown status; still waiting) — 1s elapsed',
    );
  });

  it('log progress changes at most every 30 s, status changes always', async () => {
    const lines: string[] = [];
    const t = { now: 0 };
    let p = 0;
    await waitForJob({
      poll: async () => {
        p += 5;
        return p >= 100
          ? { jobId: 'j', status: 'SUCCESS', entityErrors: {}, imageId: 'i' }
          : { jobId: 'j', status: 'RUNNING', entityErrors: {}, progress: p };
      },
      subject: 'Job j',
      random: () => 0.5,
      now: () => t.now,
      sleep: async (ms) => void (t.now += ms),
      startedAt: 0,
      deadline: 10_000_000,
      log: { debug: () => {}, info: (m) => lines.push(m), warning: () => {}, notice: () => {} },
    });
    const times = lines.map((l) => parseDuration(/— (\S+) elapsed/.exec(l)![1]!)!);
    expect(lines[0]).toMatch(/^Job j: RUNNING 5% — 10s elapsed, about 3m10s left$/);
    expect(lines.at(-1)).toMatch(/^Job j: SUCCESS/);
    // Between RUNNING lines (no status change), at least 30 s.
    for (let i = 1; i < lines.length - 1; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(30_000);
    expect(lines.length).toBeGreaterThan(2);
  });
});

describe('job answers', () => {
  it('parses a success with null and empty fields', () => {
    const job = parseJob(
      {
        status: 'SUCCESS',
        job_id: 'j',
        error_code: null,
        fail_reason: '',
        end_time: null,
        entities: { image_id: 'i-1', process_percent: 100.0 },
      },
      'j',
    );
    expect(job).toEqual({ jobId: 'j', status: 'SUCCESS', imageId: 'i-1', entityErrors: {}, progress: 100 });
  });
  it('collects every error field of a failure', () => {
    const job = parseJob(
      { status: 'FAIL', error_code: 'IMG.0008', fail_reason: 'bad', entities: { error_code: 'E1', addition_error_msg: 'more' } },
      'j',
    )!;
    expect(describeJobFailure(job)).toBe(
      'Job j failed; error_code IMG.0008; fail_reason "bad"; entities.error_code "E1"; entities.addition_error_msg "more"',
    );
  });
  it('returns undefined without a status', () => {
    expect(parseJob({ entities: {} }, 'j')).toBeUndefined();
  });
});
