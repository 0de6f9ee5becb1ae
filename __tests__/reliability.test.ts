/**
 * Fault injection: the built action against the emulator with a fault on each call it makes. Every
 * scenario checks the outcome, how many images the emulator created (never more than one), a bound on
 * the run's wall time, and that no secret reached any output.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it, type TestContext } from 'vitest';
import { projectIdFor, type EmulatorOptions, type Fault } from '../test/emulator/server.ts';
import { errorText, withEmulator } from '../test/support/e2e.ts';

const PID = projectIdFor('cn-north-4');
const CALLS = {
  lookup: { method: 'GET', path: '/v3/projects' },
  create: { method: 'POST', path: '/v1/cloudimages/dataimages/action' },
  // The progress variant first, the plain job query where it is missing.
  job: { method: 'GET', path: new RegExp(`^/v1/(cloudimages/job|${PID}/jobs)/`) },
  list: { method: 'GET', path: '/v2/cloudimages' },
} as const;
type Call = keyof typeof CALLS;

const matches = (path: string | RegExp, p: string): boolean => (typeof path === 'string' ? p.startsWith(path) : path.test(p));

/** Every run is checked for leaked secrets and injected workflow commands by the harness. */
async function setup(ctx: TestContext, opts: EmulatorOptions = {}) {
  const h = await withEmulator(ctx, opts);
  const seen = (call: Call) => h.emulator.requests.filter((r) => r.method === CALLS[call].method && matches(CALLS[call].path, r.path));
  return { ...h, seen };
}

/** The run every read-call scenario uses: lookup, list (if_exists: reuse), create, then job polls. */
const readInputs = { if_exists: 'reuse' };

describe.concurrent('transient faults on read-only calls are retried', () => {
  const reads: Call[] = ['lookup', 'list', 'job'];
  const faults: [string, Omit<Fault, 'path' | 'method'>][] = [
    [
      '429 with Retry-After',
      { times: 2, respond: { status: 429, body: '{"error_code":"APIGW.0308","error_msg":"throttled"}', headers: { 'Retry-After': '1' } } },
    ],
    ['503', { times: 2, respond: { status: 503, body: '{"error":{"code":"IMG.0500","message":"busy"}}' } }],
    ['502 with an HTML page', { times: 1, respond: { status: 502, body: '<html>Bad Gateway</html>' } }],
    ['200 with an HTML page from a proxy', { times: 1, respond: { status: 200, body: '<html>captive portal</html>' } }],
    ['a dropped connection', { times: 2, drop: true }],
  ];
  for (const call of reads) {
    for (const [label, fault] of faults) {
      it(`${call}: ${label} → success, one image`, async (ctx) => {
        const { emulator, act, seen } = await setup(ctx);
        emulator.faults.push({ ...CALLS[call], ...fault });
        const r = await act(readInputs);
        expect(r.code, r.stdout).toBe(0);
        expect(r.outputs.status).toBe('SUCCESS');
        expect(emulator.creations).toBe(1);
        expect(seen(call).length).toBeGreaterThanOrEqual(2);
        expect(r.stdout).toMatch(/attempt 1 failed .*; retrying in \d+\.\ds/);
        expect(r.durationMs).toBeLessThan(20_000);
      });
    }
  }

  it('job: a request that never answers is abandoned and retried within the bound', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.faults.push({ ...CALLS.job, delayMs: 60_000 });
    const r = await act({ wait_timeout: '24s' }); // requests time out after 6 s
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.status).toBe('SUCCESS');
    expect(r.stdout).toMatch(/ShowJobProgress: attempt 1 failed \(ShowJobProgress: UND_ERR_HEADERS_TIMEOUT/);
    expect(r.durationMs).toBeLessThan(24_000);
  });

  it('gives up after the bounded attempts with a clean error', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx);
    emulator.faults.push({ ...CALLS.lookup, times: 100, respond: { status: 503, body: '{"error":{"code":"SVC.503","message":"down"}}' } });
    const r = await act();
    expect(r.code).toBe(1);
    expect(seen('lookup')).toHaveLength(6);
    expect(errorText(r)).toMatch(/^KeystoneListProjects: HTTP 503 SVC\.503 "down" \(request ID [0-9a-f]{32}\)$/);
    expect(emulator.creations).toBe(0);
    expect(r.durationMs).toBeLessThan(45_000);
  }, 60_000);
});

describe.concurrent('CreateDataImage is never resent blindly', () => {
  it('429 from the gateway (not processed) is retried: one image', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx);
    emulator.faults.push({
      ...CALLS.create,
      times: 2,
      respond: { status: 429, body: '{"error_code":"APIGW.0308","error_msg":"throttled"}', headers: { 'Retry-After': '1' } },
    });
    const r = await act();
    expect(r.code, r.stdout).toBe(0);
    expect(seen('create')).toHaveLength(3);
    expect(emulator.creations).toBe(1);
  });

  it('a refused connection (never sent) is retried: one image', async (ctx) => {
    const { act } = await setup(ctx);
    const dead = `http://127.0.0.1:${await closedPort()}`;
    const r = await act({ ims_endpoint: dead, project_id: PID, wait_timeout: '8s' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/CreateDataImage: attempt 1 failed \(CreateDataImage: ECONNREFUSED/);
    expect(errorText(r)).toMatch(/ECONNREFUSED/);
    expect(r.durationMs).toBeLessThan(8000 + 3000);
  });

  const ambiguous: [string, Omit<Fault, 'path' | 'method'>][] = [
    ['a 500 after processing', { afterProcessing: { status: 500, body: '{"error":{"code":"IMG.0500","message":"internal"}}' } }],
    ['a connection dropped after processing', { afterProcessing: 'drop' }],
    ['an HTML 200 after processing', { afterProcessing: { status: 200, body: '<html>proxy</html>' } }],
    ['a 200 without job_id after processing', { afterProcessing: { status: 200, body: '{"jobid":"x"}' } }],
  ];
  for (const [label, fault] of ambiguous) {
    it(`${label}: finds the image it made and follows it, one image`, async (ctx) => {
      const { emulator, act, seen } = await setup(ctx);
      emulator.faults.push({ ...CALLS.create, ...fault });
      const r = await act();
      expect(r.code, r.stdout).toBe(0);
      expect(seen('create')).toHaveLength(1);
      expect(emulator.creations).toBe(1);
      expect(r.outputs).toEqual({ job_id: '', image_id: emulator.images[0]!.id, status: 'SUCCESS' });
      expect(r.stdout).toMatch(/may have been processed/);
      expect(r.durationMs).toBeLessThan(15_000);
    });
  }

  it('a 503 before processing: nothing found, fails saying how to check, never resends', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx);
    emulator.faults.push({ ...CALLS.create, respond: { status: 503, body: '{"error":{"code":"IMG.0503","message":"unavailable"}}' } });
    const r = await act();
    expect(r.code).toBe(1);
    expect(seen('create')).toHaveLength(1);
    expect(emulator.creations).toBe(0);
    expect(errorText(r)).toMatch(
      /^CreateDataImage: HTTP 503 IMG\.0503 "unavailable" \(request ID [0-9a-f]{32}\)\. The request may still have been processed.*not resent.*if_exists: reuse/s,
    );
    expect(r.durationMs).toBeLessThan(20_000);
  });

  it('a dropped connection before processing: fails, never resends', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx);
    emulator.faults.push({ ...CALLS.create, drop: true });
    const r = await act();
    expect(r.code).toBe(1);
    expect(seen('create')).toHaveLength(1);
    expect(emulator.creations).toBe(0);
    expect(errorText(r)).toMatch(/may still have been processed/);
  });

  it('a create that never answers after processing: abandoned, reconciled, one image', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx);
    emulator.faults.push({ ...CALLS.create, afterProcessing: 'hang' });
    const r = await act({ wait_timeout: '20s' }); // requests time out after 5 s
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/UND_ERR_HEADERS_TIMEOUT/);
    expect(seen('create')).toHaveLength(1);
    expect(emulator.creations).toBe(1);
    expect(r.outputs.image_id).toBe(emulator.images[0]!.id);
    expect(r.durationMs).toBeLessThan(20_000);
  });

  it('a 400 is final: not resent, not reconciled', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx);
    emulator.faults.push({ ...CALLS.create, respond: { status: 400, body: '{"error":{"code":"IMG.0001","message":"bad"}}' } });
    const r = await act();
    expect(r.code).toBe(1);
    expect(seen('create')).toHaveLength(1);
    expect(seen('list')).toHaveLength(0);
  });
});

describe.concurrent('bad responses give clear errors, never a stack trace', () => {
  it('SUCCESS without image_id', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.faults.push({ ...CALLS.job, respond: { status: 200, body: '{"status":"SUCCESS","entities":{}}' } });
    const r = await act();
    expect(r.code).toBe(1);
    expect(errorText(r)).toMatch(/succeeded but names no entities\.image_id/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a job answer over 1 MiB', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.faults.push({ ...CALLS.job, respond: { status: 200, body: `{"status":"RUNNING","pad":"${'x'.repeat(1_100_000)}"}` } });
    const r = await act();
    expect(r.code).toBe(1);
    expect(errorText(r)).toMatch(/^ShowJobProgress: HTTP 200: the response body exceeds 1048576 bytes/);
  });

  it('a job answer without status, every time', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.faults.push({ ...CALLS.job, times: 100, respond: { status: 200, body: '{"job":{}}' } });
    const r = await act();
    expect(r.code).toBe(1);
    expect(errorText(r)).toMatch(/^ShowJobProgress: HTTP 200: the answer has no job "status"/);
  });

  it('an error message that tries to inject workflow commands is escaped', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.faults.push({
      ...CALLS.create,
      respond: {
        status: 400,
        body: JSON.stringify({ error: { code: 'IMG.0001', message: 'bad\n::set-output name=image_id::evil\n::add-mask::x' } }),
      },
    });
    const r = await act();
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^::set-output/m);
    expect(errorText(r)).toContain('bad\\n::set-output name=image_id::evil');
  });
});

describe.concurrent('time: nothing hangs, clocks may be wrong', () => {
  it('a server that never answers: the run ends at wait_timeout with the job ID in the outputs', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.faults.push({ ...CALLS.job, times: 100, delayMs: 120_000 });
    const r = await act({ wait_timeout: '6s' });
    expect(r.code).toBe(1);
    expect(r.outputs.job_id).toBe(emulator.images[0]!.job.id);
    expect(errorText(r)).toMatch(/did not finish within wait_timeout \(6s\)/);
    expect(r.durationMs).toBeLessThan(6000 + 2000);
    expect(emulator.creations).toBe(1);
  });

  it('a gateway clock 20 minutes ahead: re-signs with its time once, with a warning', async (ctx) => {
    const { emulator, act } = await setup(ctx, { now: () => Date.now() + 20 * 60_000 });
    const r = await act();
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(
      /::warning::The API gateway rejected the signature and its clock differs from this runner's by 1(19\d|20\d) s/,
    );
    expect(emulator.requests[0]!.status).toBe(401);
    expect(emulator.requests.slice(1).every((q) => q.status === 200)).toBe(true);
    expect(emulator.creations).toBe(1);
  });

  it('a wrong SK is not mistaken for clock skew: one 401, a clean failure', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    const r = await act({ secret_access_key: 'x'.repeat(40) });
    expect(r.code).toBe(1);
    expect(emulator.requests).toHaveLength(1);
    expect(errorText(r)).toMatch(/HTTP 401 APIGW\.0301/);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while waiting: says the job goes on, exits within 2 s, job_id already output`, async (ctx) => {
      const { emulator, act } = await setup(ctx, { jobDurationMs: 60_000 });
      const started = Date.now();
      const r = await act({}, { signal: { afterMs: 12_000, name: signal } });
      expect(r.code).toBe(1);
      expect(Date.now() - started).toBeLessThan(12_000 + 2000);
      expect(r.outputs.job_id).toBe(emulator.images[0]!.job.id);
      expect(r.stdout).toMatch(
        new RegExp(`Cancelled \\(${signal}\\): job ${emulator.images[0]!.job.id} \\(last status (INIT|RUNNING)\\) goes on in IMS`),
      );
    });
  }
});

describe.concurrent('if_exists', () => {
  it('reuse: an active image of the name is taken, nothing created', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx);
    const old = emulator.seedImage('release-1.4.2-data', 'active');
    const r = await act({ if_exists: 'reuse' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ job_id: '', image_id: old.id, status: 'EXISTING' });
    expect(seen('create')).toHaveLength(0);
    expect(seen('list')[0]!.query).toBe('name=release-1.4.2-data&__imagetype=private');
  });

  it('reuse: an image still being made is waited for', async (ctx) => {
    const { emulator, act, seen } = await setup(ctx, { jobDurationMs: 2500 });
    const pending = emulator.seedImage('release-1.4.2-data', 'saving');
    const r = await act({ if_exists: 'reuse' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ job_id: '', image_id: pending.id, status: 'EXISTING' });
    expect(seen('create')).toHaveLength(0);
    expect(r.stdout).toMatch(new RegExp(`Image ${pending.id}: SUCCESS`));
  });

  it('reuse: killed images are ignored and a new one is created', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.seedImage('release-1.4.2-data', 'killed');
    const r = await act({ if_exists: 'reuse' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.status).toBe('SUCCESS');
    expect(emulator.creations).toBe(1);
  });

  it('reuse: of two live images the newest is taken, with a warning', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.seedImage('release-1.4.2-data', 'active', 'cn-north-4', 7_200_000);
    const newer = emulator.seedImage('release-1.4.2-data', 'active', 'cn-north-4', 3_600_000);
    const r = await act({ if_exists: 'reuse' });
    expect(r.code).toBe(0);
    expect(r.outputs.image_id).toBe(newer.id);
    expect(r.stdout).toMatch(/::warning::2 data images are named "release-1.4.2-data"/);
  });

  it('reuse: an image of another name or another project does not count', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    emulator.seedImage('release-1.4.2-data-old', 'active');
    emulator.seedImage('release-1.4.2-data', 'active', 'ap-southeast-1');
    const r = await act({ if_exists: 'reuse' });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('SUCCESS');
    expect(emulator.creations).toBe(1);
  });

  it('fail: an existing live image is an error naming its ID', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    const old = emulator.seedImage('release-1.4.2-data', 'queued');
    const r = await act({ if_exists: 'fail' });
    expect(r.code).toBe(1);
    expect(errorText(r)).toContain(old.id);
    expect(errorText(r)).toMatch(/if_exists is fail/);
    expect(emulator.creations).toBe(0);
  });

  it('fail: no image of the name → created', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    const r = await act({ if_exists: 'fail' });
    expect(r.code).toBe(0);
    expect(emulator.creations).toBe(1);
  });

  it('a rerun with reuse after a successful run creates nothing new', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    const first = await act({ if_exists: 'reuse' });
    expect(first.code).toBe(0);
    const second = await act({ if_exists: 'reuse' });
    expect(second.outputs).toEqual({ job_id: '', image_id: first.outputs.image_id, status: 'EXISTING' });
    expect(emulator.creations).toBe(1);
  });
});

describe.concurrent('proxies', () => {
  it('HTTP_PROXY carries every request, and NO_PROXY bypasses it', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    const seenByProxy: string[] = [];
    const proxy: Server = createServer((req, res) => {
      // Absolute-form requests (plain HTTP through a proxy).
      seenByProxy.push(`${req.method} ${req.url}`);
      const target = new URL(req.url!);
      const up = httpRequest(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
        (ur) => {
          res.writeHead(ur.statusCode!, ur.headers);
          ur.pipe(res);
        },
      );
      req.pipe(up);
    });
    proxy.on('connect', (req, socket, head) => {
      seenByProxy.push(`CONNECT ${req.url}`);
      const [host, port] = req.url!.split(':');
      const up = connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(socket);
        socket.pipe(up);
      });
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    ctx.onTestFinished(() => {
      proxy.closeAllConnections();
      proxy.close();
    });
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const r = await act({}, { env: { HTTP_PROXY: proxyUrl, https_proxy: proxyUrl } });
    expect(r.code, r.stdout).toBe(0);
    const host = new URL(emulator.url).host;
    expect(seenByProxy.length).toBeGreaterThanOrEqual(1);
    expect(seenByProxy.every((l) => l.includes(host))).toBe(true);
    const before = seenByProxy.length;
    const r2 = await act({}, { env: { HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' } });
    expect(r2.code).toBe(0);
    expect(seenByProxy.length).toBe(before);
  });
});

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}
