/**
 * Keyless authentication: a GitHub OIDC ID token, exchanged with IAM identity federation
 * (`POST /v3.0/OS-AUTH/id-token/tokens`) for a project-scoped IAM token. Loaded only for OIDC runs.
 */
import { ActionError, ApiError, BadResponseError, untrusted } from './errors.js';
import type { ApiClient } from './http.js';
import { PROJECT_ID_RE } from './inputs.js';
import type { Logger } from './log.js';
import { retry, DEFAULT_RETRY_POLICY } from './retry.js';

/** Claims that say who the workflow is, none of them secret: what IdP conversion rules match on. */
const SHOWN_CLAIMS = ['iss', 'sub', 'aud', 'repository', 'ref', 'environment'] as const;

/** The non-secret identity claims of a JWT, for error messages. Pure; never returns the token. */
export function identityClaims(jwt: string): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const k of SHOWN_CLAIMS) {
      const v = payload[k];
      if (typeof v === 'string' || Array.isArray(v)) out[k] = untrusted(Array.isArray(v) ? v.join(',') : v, 200);
    }
  } catch {
    // not a JWT we can read: show nothing
  }
  return out;
}

export interface OidcDeps {
  mask: (secret: string) => void;
  log: Logger;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  deadline: number;
  env: Readonly<Record<string, string | undefined>>;
}

/** Gets the workflow's GitHub ID token for `audience` (retried on transient failure), masked at once. */
export async function gitHubIdToken(audience: string, deps: OidcDeps): Promise<string> {
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ActionError(
      'No GitHub OIDC token',
      'identity_provider is set, but this job cannot get a GitHub OIDC token: give the job `permissions: id-token: write` (and keep `contents: read`). Workflows triggered by pull requests from forks get no token; use keys there, or run on pull_request_target with care.',
    );
  }
  deps.mask(deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const core = await import('@actions/core');
  const token = await retry(() => core.getIDToken(audience || undefined), {
    policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 },
    sleep: deps.sleep,
    now: deps.now,
    random: deps.random,
    deadline: deps.deadline,
    decide: () => ({ retry: true }),
    onRetry: (error, attempt, delayMs) =>
      deps.log.info(
        `GitHub OIDC token: attempt ${attempt} failed (${untrusted((error as Error).message, 200)}); retrying in ${(delayMs / 1000).toFixed(1)}s`,
      ),
  }).catch((error: unknown) => {
    throw new ActionError('No GitHub OIDC token', `Could not get the GitHub OIDC token: ${untrusted((error as Error).message, 300)}`);
  });
  deps.mask(token);
  return token;
}

export interface FederatedToken {
  token: string;
  projectId: string;
}

/** Exchanges the GitHub ID token for an IAM token scoped to the project (by ID when known, else by region name). */
export async function exchangeIdToken(
  client: ApiClient,
  iamEndpoint: string,
  identityProvider: string,
  jwt: string,
  scope: { projectId?: string; region: string },
  mask: (secret: string) => void,
): Promise<FederatedToken> {
  const project = scope.projectId ? { id: scope.projectId } : { name: scope.region };
  let res;
  try {
    res = await client.call({
      operation: 'CreateTokenWithIdToken',
      method: 'POST',
      url: new URL(`${iamEndpoint}/v3.0/OS-AUTH/id-token/tokens`),
      headers: { 'X-Idp-Id': identityProvider },
      body: { auth: { id_token: { id: jwt }, scope: { project } } },
      kind: 'read', // issuing a second token is harmless
      unauthenticated: true,
    });
  } catch (error) {
    if (error instanceof ApiError && [400, 401, 403, 404].includes(error.status)) {
      const claims = Object.entries(identityClaims(jwt))
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      throw new ActionError(
        'IAM rejected the GitHub OIDC token',
        `${error.message}. The token's claims: ${claims || 'unreadable'}. Check in IAM > Identity Providers > ${untrusted(identityProvider, 64)}: the client ID must equal the audience (aud), the issuer must be https://token.actions.githubusercontent.com, and an identity conversion rule must match these claims and map to a user group with IMS permissions${scope.projectId ? '' : ` in project ${scope.region}`}.`,
      );
    }
    throw error;
  }
  const token = res.headers['x-subject-token'];
  if (!token) throw new BadResponseError('CreateTokenWithIdToken', res.status, 'no X-Subject-Token header in the answer', res.requestId);
  mask(token);
  const projectId = (res.json as { token?: { project?: { id?: unknown } } }).token?.project?.id;
  if (typeof projectId !== 'string' || !PROJECT_ID_RE.test(projectId)) {
    throw new BadResponseError('CreateTokenWithIdToken', res.status, 'the answer names no token.project.id', res.requestId);
  }
  return { token, projectId };
}
