/** Keyless authentication end to end: GitHub OIDC token → IAM federation → IMS with X-Auth-Token. */
import { describe, expect, it, type TestContext } from 'vitest';
import {
  DEFAULT_AK,
  DEFAULT_SK,
  GITHUB_REQUEST_TOKEN,
  IDP_CLIENT_ID,
  IDP_ID,
  projectIdFor,
  type EmulatorOptions,
} from '../test/emulator/server.ts';
import { errorText, expectNoSecrets, withEmulator } from '../test/support/e2e.ts';
import type { ActionRun } from '../test/support/run-action.ts';

async function setup(ctx: TestContext, opts: EmulatorOptions = {}) {
  const h = await withEmulator(ctx, opts);
  const oidcEnv = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${h.emulator.url}/_github/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: GITHUB_REQUEST_TOKEN,
  };
  const keyless = { access_key_id: '', secret_access_key: '', identity_provider: IDP_ID, audience: IDP_CLIENT_ID };
  /** Runs with OIDC, and checks that no GitHub or IAM token reached any output. */
  const actOidc = async (over: Record<string, string> = {}, env: Record<string, string> = oidcEnv): Promise<ActionRun> => {
    const run = await h.act({ ...keyless, ...over }, { env });
    expectNoSecrets(run, [...h.emulator.idTokens, ...h.emulator.issuedTokens.keys(), GITHUB_REQUEST_TOKEN]);
    return run;
  };
  const federations = () => h.emulator.requests.filter((r) => r.path === '/v3.0/OS-AUTH/id-token/tokens');
  return { ...h, actOidc, oidcEnv, federations };
}

describe.concurrent('keyless authentication with GitHub OIDC', () => {
  it('creates an image with only identity_provider, audience, region and the image inputs', async (ctx) => {
    const { emulator, actOidc, federations } = await setup(ctx);
    const run = await actOidc();
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.status).toBe('SUCCESS');
    expect(emulator.creations).toBe(1);

    const [fed] = federations();
    expect(fed!.headers['x-idp-id']).toBe(IDP_ID);
    expect(fed!.headers['authorization']).toBeUndefined();
    const body = JSON.parse(fed!.body);
    expect(body.auth.scope).toEqual({ project: { name: 'cn-north-4' } });
    expect(body.auth.id_token.id).toBe(emulator.idTokens[0]);
    expect(JSON.parse(Buffer.from(body.auth.id_token.id.split('.')[1], 'base64url').toString()).aud).toBe(IDP_CLIENT_ID);

    const token = [...emulator.issuedTokens.keys()][0]!;
    const ims = emulator.requests.filter((r) => r.path.startsWith('/v1/'));
    expect(ims.length).toBeGreaterThanOrEqual(2);
    for (const r of ims) {
      expect(r.headers['x-auth-token']).toBe(token);
      expect(r.headers['authorization']).toBeUndefined();
      expect(r.headers['x-sdk-date']).toBeUndefined();
      expect(r.headers['x-project-id']).toBe(projectIdFor('cn-north-4'));
    }
    expect(emulator.requests.some((r) => r.path === '/v3/projects')).toBe(false);
    // Both tokens were masked before anything else happened with them.
    expect(run.stdout).toContain(`::add-mask::${emulator.idTokens[0]}`);
    expect(run.stdout).toContain(`::add-mask::${token}`);
    expect(run.stdout).toMatch(/Authenticated with GitHub OIDC through identity provider github-actions/);
  });

  it('scopes the token by project ID when project_id is known', async (ctx) => {
    const { actOidc, federations } = await setup(ctx);
    const run = await actOidc({ project_id: projectIdFor('cn-north-4'), wait: 'false' });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(federations()[0]!.body).auth.scope).toEqual({ project: { id: projectIdFor('cn-north-4') } });
  });

  it('without id-token permission: says to add permissions: id-token: write, sends nothing', async (ctx) => {
    const { emulator, actOidc } = await setup(ctx);
    const run = await actOidc({}, {});
    expect(run.code).toBe(1);
    expect(errorText(run)).toMatch(/permissions: id-token: write/);
    expect(errorText(run)).toMatch(/forks/);
    expect(emulator.requests).toHaveLength(0);
  });

  it('a wrong audience: the IAM error, the token’s claims and the fix, never the token', async (ctx) => {
    const { emulator, actOidc } = await setup(ctx);
    const run = await actOidc({ audience: 'sts.amazonaws.com' });
    expect(run.code).toBe(1);
    const text = errorText(run);
    expect(text).toMatch(
      /^CreateTokenWithIdToken: HTTP 401 IAM\.0304 "The id_token audience does not match the client ID of the identity provider\." \(request ID [0-9a-f]{32}\)\./,
    );
    expect(text).toContain('aud=sts.amazonaws.com');
    expect(text).toContain('repository=octo-org/release-pipeline');
    expect(text).toContain('sub=repo:octo-org/release-pipeline:ref:refs/heads/main');
    expect(text).toContain('iss=https://token.actions.githubusercontent.com');
    expect(text).toMatch(/client ID must equal the audience/);
    expect(emulator.creations).toBe(0);
  });

  it('no conversion rule matches (another repository): 403 with the claims to fix the rule', async (ctx) => {
    const { actOidc } = await setup(ctx, {
      githubClaims: { repository: 'someone/fork', ref: 'refs/heads/feature', environment: 'staging' },
    });
    const run = await actOidc();
    expect(run.code).toBe(1);
    const text = errorText(run);
    expect(text).toMatch(/HTTP 403 IAM\.0306/);
    expect(text).toContain('repository=someone/fork');
    expect(text).toContain('ref=refs/heads/feature');
    expect(text).toContain('environment=staging');
    expect(text).toMatch(/identity conversion rule must match/);
  });

  it('an unknown identity provider: 404 naming it', async (ctx) => {
    const { actOidc } = await setup(ctx);
    const run = await actOidc({ identity_provider: 'no-such-idp' });
    expect(run.code).toBe(1);
    expect(errorText(run)).toMatch(/HTTP 404 IAM\.0004 .*Identity Providers > no-such-idp/);
  });

  it('a transient failure of GitHub’s token endpoint is retried', async (ctx) => {
    const { emulator, actOidc } = await setup(ctx);
    emulator.faults.push({ path: '/_github/token', times: 1, respond: { status: 503, body: 'unavailable' } });
    const run = await actOidc({ wait: 'false' });
    expect(run.code, run.stdout).toBe(0);
    expect(emulator.requests.filter((r) => r.path === '/_github/token').length).toBeGreaterThanOrEqual(2);
  });

  it('identity_provider with key inputs is an input error; nothing is sent', async (ctx) => {
    const { emulator, actOidc } = await setup(ctx);
    const run = await actOidc({ access_key_id: DEFAULT_AK, secret_access_key: DEFAULT_SK });
    expect(run.code).toBe(1);
    expect(errorText(run)).toMatch(/identity_provider, access_key_id, secret_access_key: choose one way to authenticate/);
    expect(emulator.requests).toHaveLength(0);
  });

  it('keys found only in the environment are ignored with a notice', async (ctx) => {
    const { emulator, actOidc, oidcEnv } = await setup(ctx);
    const run = await actOidc(
      { wait: 'false' },
      { ...oidcEnv, HUAWEI_CLOUD_ACCESS_KEY_ID: DEFAULT_AK, HUAWEI_CLOUD_SECRET_ACCESS_KEY: DEFAULT_SK },
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::notice::identity_provider is set: the access_key_id, secret_access_key found in the environment are ignored/,
    );
    expect(emulator.requests.every((r) => r.headers['authorization'] === undefined || r.path === '/_github/token')).toBe(true);
  });

  it('audience without identity_provider is an input error', async (ctx) => {
    const { emulator, act } = await setup(ctx);
    const run = await act({ audience: 'x' });
    expect(run.code).toBe(1);
    expect(errorText(run)).toMatch(/audience: only used with identity_provider/);
    expect(emulator.requests).toHaveLength(0);
  });
});
