/** End to end: the built dist/index.js, run as the runner runs it, against the loopback emulator. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { DEFAULT_AK, DEFAULT_SK, TEMP_AK, TEMP_SK, TEMP_TOKEN, projectIdFor, type Emulator } from '../test/emulator/server.ts';
import { errorText, expectNoSecrets, withEmulator } from '../test/support/e2e.ts';
import { DIST, runAction } from '../test/support/run-action.ts';

const creates = (emulator: Emulator) =>
  emulator.requests.filter((r) => r.method === 'POST' && r.path === '/v1/cloudimages/dataimages/action');
const jobQueries = (emulator: Emulator) =>
  emulator.requests.filter((r) => r.method === 'GET' && /^\/v1\/(cloudimages\/job|[^/]+\/jobs)\//.test(r.path));

beforeAll(() => {
  if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run npm run build');
});

describe.concurrent('the built action against the emulator', () => {
  it('runs on Node 24, as action.yml declares', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('creates a data image: looks up the project, signs, submits, waits, sets outputs', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    const run = await runAction(inputs({ description: 'Data disk 1.4.2', tags: 'app.release,ver.1.4.2', os_type: 'linux' }));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const project = projectIdFor('cn-north-4');
    expect(emulator.creations).toBe(1);
    const image = emulator.images[0]!;
    expect(run.outputs).toEqual({ job_id: image.job.id, image_id: image.id, status: 'SUCCESS' });

    const lookup = emulator.requests[0]!;
    expect([lookup.method, lookup.path, lookup.query, lookup.status]).toEqual(['GET', '/v3/projects', 'name=cn-north-4', 200]);
    const [create] = creates(emulator);
    expect(create!.status).toBe(200);
    expect(JSON.parse(create!.body)).toEqual({
      name: 'release-1.4.2-data',
      image_url: 'release-artifacts:images/data-1.4.2.qcow2',
      min_disk: 40,
      os_type: 'Linux',
      description: 'Data disk 1.4.2',
      tags: ['app.release', 'ver.1.4.2'],
    });
    expect(create!.headers['x-project-id']).toBe(project);
    expect(create!.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(create!.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(create!.headers['authorization']).toMatch(
      new RegExp(
        `^SDK-HMAC-SHA256 Access=${DEFAULT_AK}, SignedHeaders=content-type;host;user-agent;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$`,
      ),
    );
    const polls = jobQueries(emulator);
    expect(polls.length).toBeGreaterThanOrEqual(1);
    for (const p of polls) {
      expect(p.path).toBe(`/v1/cloudimages/job/${image.job.id}`);
      expect(p.headers['x-project-id']).toBe(project);
      expect(p.status).toBe(200);
    }
    expect(run.stdout).toContain(`Submitted: job ${image.job.id}`);
    expect(run.stdout).toContain(`Data image ${image.id} is ready`);
    expectNoSecrets(run);
  });

  it('reads progress while the job runs, and logs it', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx, { jobDurationMs: 30_000 });
    const run = await runAction(inputs());
    expect(run.code, run.stdout).toBe(0);
    const id = emulator.images[0]!.job.id;
    expect(run.stdout).toMatch(new RegExp(`Job ${id}: RUNNING \\d+% \\(Importing image file\\) — 10s elapsed, about \\d+s left`));
    expect(run.stdout).toMatch(new RegExp(`Job ${id}: SUCCESS — 3\\ds elapsed`));
    // Linear progress: the finish is estimated, so few polls: fewer than the fixed 10-s poll's 4.
    expect(jobQueries(emulator).length).toBeLessThanOrEqual(3);
  });

  it('falls back to the plain job query where the progress variant is missing', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx, { progress: 'none' });
    const run = await runAction(inputs(), { env: { RUNNER_DEBUG: '1' } });
    expect(run.code, run.stdout).toBe(0);
    const polls = jobQueries(emulator).map((r) => `${r.path.startsWith('/v1/cloudimages/job/') ? 'progress' : 'job'} ${r.status}`);
    expect(polls).toEqual(['progress 404', 'job 200']);
    expect(run.stdout).toMatch(/::debug::Progress is not available \(ShowJobProgress: HTTP 404/);
  });

  it('takes credentials, region and project from the env huaweicloud/auth-action exports, with no lookup', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    const run = await runAction(inputs({ access_key_id: '', secret_access_key: '', region: '' }), {
      env: {
        HUAWEI_CLOUD_ACCESS_KEY_ID: DEFAULT_AK,
        HUAWEI_CLOUD_SECRET_ACCESS_KEY: DEFAULT_SK,
        HUAWEI_CLOUD_REGION: 'ap-southeast-1',
        HUAWEI_CLOUD_PROJECT_ID: projectIdFor('ap-southeast-1'),
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(emulator.requests.some((r) => r.path === '/v3/projects')).toBe(false);
    expect(creates(emulator)[0]!.headers['x-project-id']).toBe(projectIdFor('ap-southeast-1'));
    expect(run.stdout).toContain(`::add-mask::${DEFAULT_SK}`);
    expectNoSecrets(run);
  });

  it('signs temporary credentials with X-Security-Token', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    const run = await runAction(inputs({ access_key_id: TEMP_AK, secret_access_key: TEMP_SK, security_token: TEMP_TOKEN }));
    expect(run.code, run.stdout).toBe(0);
    for (const r of emulator.requests) {
      expect(r.headers['x-security-token']).toBe(TEMP_TOKEN);
      expect(String(r.headers['authorization'])).toContain('x-security-token');
    }
    expect(run.stdout).toContain(`::add-mask::${TEMP_TOKEN}`);
    expectNoSecrets(run);
  });

  it('with wait: false, submits, sets job_id and status SUBMITTED, and does not poll', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    const run = await runAction(inputs({ wait: 'false', project_id: projectIdFor('cn-north-4') }));
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ job_id: emulator.images[0]!.job.id, status: 'SUBMITTED' });
    expect(jobQueries(emulator)).toHaveLength(0);
  });

  it('rejects invalid inputs all at once and sends no request', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    const run = await runAction(
      inputs({ name: 'bad/name', min_disk: '20', image_url: 'Bad_Bucket:x.qcow2', wait_timeout: 'soon', secret_access_key: '' }),
    );
    expect(run.code).toBe(1);
    expect(emulator.requests).toHaveLength(0);
    const text = errorText(run);
    expect(text).toMatch(/^5 invalid inputs; nothing was sent:/);
    for (const input of ['name', 'min_disk', 'image_url', 'wait_timeout', 'secret_access_key']) expect(text).toContain(`- ${input}:`);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.outputs).toEqual({});
  });

  it('fails with the job’s reason when the job ends in FAIL, and escapes what the server said', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx, {
      jobOutcome: () => ({
        status: 'FAIL',
        error_code: 'IMG.0008',
        fail_reason: 'OBS object missing\n::set-output name=image_id::pwned\n::warning::x',
      }),
    });
    const run = await runAction(inputs());
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ job_id: emulator.images[0]!.job.id, status: 'FAIL' });
    const text = errorText(run);
    expect(text).toContain('IMG.0008');
    expect(text).toContain('OBS object missing\\n::set-output name=image_id::pwned');
    for (const line of run.stdout.split('\n')) expect(line.startsWith('::set-output') || line.startsWith('::warning::x')).toBe(false);
  });

  it('times out within wait_timeout, keeping job_id and the last status', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx, { jobDurationMs: 20_000 }); // INIT for 2 s, then RUNNING
    const run = await runAction(inputs({ wait_timeout: '4s' }));
    expect(run.code).toBe(1);
    expect(run.outputs.job_id).toBe(emulator.images[0]!.job.id);
    expect(run.outputs.status).toBe('RUNNING');
    expect(errorText(run)).toMatch(/did not finish within wait_timeout \(4s\).*may still succeed/s);
    expect(run.durationMs).toBeLessThan(4000 + 3000);
  });

  it('reports an IMS error with HTTP status, code, message and request ID', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    emulator.faults.push({
      method: 'POST',
      path: '/v1/cloudimages/dataimages/action',
      respond: {
        status: 400,
        body: JSON.stringify({ error: { code: 'IMG.0003', message: 'The image name is invalid.' } }),
        headers: { 'X-Request-Id': 'req-abc-123' },
      },
    });
    const run = await runAction(inputs());
    expect(run.code).toBe(1);
    expect(errorText(run)).toBe('CreateDataImage: HTTP 400 IMG.0003 "The image name is invalid." (request ID req-abc-123)');
    expect(run.outputs).toEqual({});
    expect(creates(emulator)).toHaveLength(1); // a 400 is not retried
  });

  it('reports the gateway’s signature rejection (APIGW.0301) for a wrong SK, never printing the SK', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    const wrong = 'wrong-secret-key-0000000000000000000000';
    const run = await runAction(inputs({ secret_access_key: wrong }));
    expect(run.code).toBe(1);
    const text = errorText(run);
    expect(text).toBe(
      `KeystoneListProjects: HTTP 401 APIGW.0301 "Incorrect IAM authentication information: signature mismatch" (request ID ${emulator.requests[0]!.requestId})`,
    );
    expect(emulator.creations).toBe(0);
    expectNoSecrets(run, [wrong]);
  });

  it('shows the status and the first 200 characters of a body that is not JSON', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx);
    const html = `<html><body>${'Bad gateway '.repeat(40)}</body></html>`;
    emulator.faults.push({ method: 'POST', path: '/v1/cloudimages', respond: { status: 403, body: html } });
    const run = await runAction(inputs({ project_id: projectIdFor('cn-north-4') }));
    expect(run.code).toBe(1);
    expect(errorText(run)).toBe(`CreateDataImage: HTTP 403 "${html.slice(0, 200)}" (request ID ${emulator.requests.at(-1)!.requestId})`);
  });

  it('fails clearly when IAM has no project for the region, and never creates one', async (ctx) => {
    const { emulator, inputs } = await withEmulator(ctx, { projects: [] });
    const run = await runAction(inputs());
    expect(run.code).toBe(1);
    expect(errorText(run)).toMatch(/no enabled project named cn-north-4.*project_id/);
    expect(emulator.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('logs one line per HTTP call under debug, with no secrets', async (ctx) => {
    const { inputs } = await withEmulator(ctx);
    const run = await runAction(inputs(), { env: { RUNNER_DEBUG: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /::debug::HTTP POST \/v1\/cloudimages\/dataimages\/action -> 200 in \d+ms \(request ID [0-9a-f]{32}, attempt 1\)/,
    );
    expectNoSecrets(run);
  });
});
