/** What a user sees: one actionable annotation per failure (title, cause, fix), the job summary, debug output. */
import { describe, expect, it, type TestContext } from 'vitest';
import { projectIdFor, type EmulatorOptions, type Fault } from '../test/emulator/server.ts';
import { annotationText, withEmulator } from '../test/support/e2e.ts';
import type { ActionRun } from '../test/support/run-action.ts';

/** The `::error title=…::` annotation: its title and its text, decoded as the runner decodes them. */
function annotation(run: ActionRun): { title: string; text: string } {
  const lines = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  expect(lines, 'exactly one error annotation').toHaveLength(1);
  const title = /^::error title=([^:]*)::/.exec(lines[0]!)?.[1] ?? '';
  return { title: title.replace(/%3A/g, ':').replace(/%2C/g, ','), text: annotationText(run) };
}

const PID = projectIdFor('cn-north-4');
const imsError = (code: string, message: string) => JSON.stringify({ error: { code, message } });

interface Case {
  name: string;
  emulator?: EmulatorOptions;
  fault?: Fault;
  inputs?: Record<string, string>;
  title: string;
  fix: RegExp;
}

const cases: Case[] = [
  {
    name: 'wrong SK (APIGW.0301)',
    inputs: { secret_access_key: 'x'.repeat(40) },
    title: 'Authentication failed',
    fix: /access_key_id and secret_access_key are a pair.*security_token.*NTP/,
  },
  {
    name: '403 on CreateDataImage',
    fault: {
      method: 'POST',
      path: '/v1/cloudimages/dataimages/action',
      respond: { status: 403, body: imsError('IMG.0403', "Policy doesn't allow ims:dataImages:create to be performed.") },
    },
    title: 'Permission denied',
    fix: /ims:dataImages:create and ims:images:list \(or the system policy IMS FullAccess\).*Tenant Administrator permission of OBS.*kms/,
  },
  {
    name: '403 on the project lookup',
    fault: { path: '/v3/projects', respond: { status: 403, body: '{"error_code":"IAM.0003","error_msg":"forbidden"}' } },
    title: 'Permission denied',
    fix: /set project_id/,
  },
  {
    name: '404 on the job',
    fault: {
      method: 'GET',
      path: /^\/v1\/(cloudimages\/job|[0-9a-f]+\/jobs)\//,
      times: 5,
      respond: { status: 404, body: imsError('IMG.0030', 'job does not exist') },
    },
    title: 'Job not found',
    fix: /region and project_id/,
  },
  {
    name: '429 after all retries',
    fault: {
      path: '/v3/projects',
      times: 100,
      respond: { status: 429, body: '{"error_code":"APIGW.0308","error_msg":"The throttling threshold has been reached"}' },
    },
    inputs: { wait_timeout: '5s' },
    title: 'Throttled',
    fix: /max-parallel/,
  },
  {
    name: '5xx after all retries',
    fault: { path: '/v3/projects', times: 100, respond: { status: 502, body: '<html>bad gateway</html>' } },
    inputs: { wait_timeout: '5s' },
    title: 'Huawei Cloud service error',
    fix: /request ID/,
  },
  {
    name: 'IMG.0003 bad name',
    fault: {
      method: 'POST',
      path: '/v1/cloudimages/dataimages/action',
      respond: { status: 400, body: imsError('IMG.0003', 'The image name is invalid.') },
    },
    title: 'Invalid image name',
    fix: /1-128 letters/,
  },
  {
    name: 'IMG.0004 description too long',
    fault: {
      method: 'POST',
      path: '/v1/cloudimages/dataimages/action',
      respond: { status: 400, body: imsError('IMG.0004', 'The description is too long.') },
    },
    title: 'Invalid description',
    fix: /1024 characters/,
  },
  {
    name: 'job: OBS object missing',
    emulator: { obsObjects: ['release-artifacts:other.qcow2'] },
    title: 'OBS object not found',
    fix: /bucket and the object name \(case-sensitive\)/,
  },
  ...(
    [
      ['The bucket storage class is not Standard.', 'OBS object not in Standard storage', /Standard storage class/],
      ['The OBS bucket and the image are in different regions.', 'OBS bucket in another region', /same region/],
      ['The image file format is not supported.', 'Unsupported image file', /qemu-img convert/],
      ['The value of min_disk is smaller than the virtual size of the image file.', 'min_disk is smaller than the image', /qemu-img info/],
    ] as const
  ).map(([reason, title, fix]) => ({
    name: `job: ${reason}`,
    emulator: { jobOutcome: () => ({ status: 'FAIL' as const, error_code: 'IMG.0108', fail_reason: reason }) },
    title,
    fix,
  })),
  {
    name: 'unreachable endpoint',
    inputs: { ims_endpoint: 'http://127.0.0.1:9', project_id: PID, wait_timeout: '4s' },
    title: 'Network error',
    fix: /HTTPS_PROXY/,
  },
];

async function run(ctx: TestContext, c: Pick<Case, 'emulator' | 'fault' | 'inputs'>, env: Record<string, string> = {}) {
  const h = await withEmulator(ctx, c.emulator);
  if (c.fault) h.emulator.faults.push(c.fault);
  return { ...h, run: await h.act(c.inputs, { env }) };
}

describe.concurrent('every failure is one annotation with a title, the cause and the fix', () => {
  for (const c of cases) {
    it(c.name, async (ctx) => {
      const { run: r } = await run(ctx, c);
      expect(r.code).toBe(1);
      const { title, text } = annotation(r);
      expect(title).toBe(c.title);
      expect(text).toMatch(/\nHow to fix: /);
      expect(text.split('\nHow to fix: ')[1]).toMatch(c.fix);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe.concurrent('the job summary', () => {
  it('on success: a table with everything about the image', async (ctx) => {
    const { emulator, run: r } = await run(ctx, { inputs: { tags: 'app.release, ver.1.4.2', os_type: 'linux', min_disk: '80' } });
    expect(r.code).toBe(0);
    const img = emulator.images[0]!;
    for (const [k, v] of [
      ['Image name', 'release-1.4.2-data'],
      ['Image ID', img.id],
      ['Status', 'SUCCESS'],
      ['Region', 'cn-north-4'],
      ['Project', PID],
      ['Job ID', img.job.id],
      ['OS type', 'Linux'],
      ['Min disk', '80 GB'],
      ['Tags', 'app.release, ver.1.4.2'],
    ]) {
      expect(r.summary).toContain(`<tr><th align="left">${k}</th><td>${v}</td></tr>`);
    }
    expect(r.summary).toMatch(/<tr><th align="left">Duration<\/th><td>\d+s<\/td><\/tr>/);
    expect(r.summary).toContain('<h3>✅ IMS data image created</h3>');
  });

  it('on job failure: the error code and reason, escaped', async (ctx) => {
    const { run: r } = await run(ctx, {
      emulator: {
        jobOutcome: () => ({ status: 'FAIL', error_code: 'IMG.0108', fail_reason: 'bad <script>alert(1)</script> file format' }),
      },
    });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('<tr><th align="left">Error code</th><td>IMG.0108</td></tr>');
    expect(r.summary).toContain('<td>bad &#60;script&#62;alert(1)&#60;/script&#62; file format</td>');
    expect(r.summary).not.toContain('<script>');
    expect(r.summary).toContain('Unsupported image file');
  });

  it('on an API error: the request ID', async (ctx) => {
    const { emulator, run: r } = await run(ctx, {
      fault: { method: 'POST', path: '/v1/cloudimages/dataimages/action', respond: { status: 400, body: imsError('IMG.0001', 'bad') } },
    });
    expect(r.code).toBe(1);
    const create = emulator.requests.find((q) => q.method === 'POST')!;
    expect(r.summary).toContain(`<tr><th align="left">Request ID</th><td>${create.requestId}</td></tr>`);
    expect(r.summary).toContain('<tr><th align="left">Error code</th><td>IMG.0001</td></tr>');
  });

  it('on timeout: the last status', async (ctx) => {
    const { run: r } = await run(ctx, { emulator: { jobDurationMs: 60_000 }, inputs: { wait_timeout: '12s' } });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('<tr><th align="left">Status</th><td>RUNNING</td></tr>');
    expect(r.summary).toMatch(/Timed out/);
  });

  it('without GITHUB_STEP_SUMMARY (a local run) nothing fails', async (ctx) => {
    const { run: r } = await run(ctx, { inputs: { wait: 'false' } }, { GITHUB_STEP_SUMMARY: '' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toMatch(/::warning::Could not write the job summary/);
  });
});

describe.concurrent('debug output', () => {
  it('RUNNER_DEBUG=1: every HTTP call in a collapsed group, no secrets', async (ctx) => {
    const { emulator, run: r } = await run(ctx, { inputs: { wait: 'false' } }, { RUNNER_DEBUG: '1' });
    expect(r.code).toBe(0);
    const group = r.stdout.split('::group::HTTP calls (2)\n')[1]!.split('::endgroup::')[0]!.trim().split('\n');
    expect(group).toHaveLength(2);
    expect(group[0]).toBe(
      `HTTP GET /v3/projects -> 200 in ${/in (\d+)ms/.exec(group[0]!)![1]}ms (request ID ${emulator.requests[0]!.requestId}, attempt 1)`,
    );
    expect(group[1]).toMatch(/^HTTP POST \/v1\/cloudimages\/dataimages\/action -> 200 in \d+ms \(request ID [0-9a-f]{32}, attempt 1\)$/);
  });

  it('without debug: no group', async (ctx) => {
    const { run: r } = await run(ctx, { inputs: { wait: 'false' } });
    expect(r.stdout).not.toContain('::group::');
  });
});
