/** IAM: finding the project ID of a region (KeystoneListProjects). Never creates a project. */
import { ActionError, BadResponseError, untrusted } from './errors.js';
import type { ApiClient } from './http.js';
import { PROJECT_ID_RE } from './inputs.js';
import { encodeQuery } from './signer.js';

interface Project {
  id: string;
  name: string;
  enabled?: boolean;
}

export async function lookupProjectId(client: ApiClient, iamEndpoint: string, region: string): Promise<string> {
  const url = new URL(`${iamEndpoint}/v3/projects${encodeQuery({ name: region })}`);
  const res = await client.call({ operation: 'KeystoneListProjects', method: 'GET', url, kind: 'read' });
  const projects = (res.json as { projects?: unknown }).projects;
  if (!Array.isArray(projects)) {
    throw new BadResponseError('KeystoneListProjects', res.status, 'the body has no "projects" list', res.requestId);
  }
  const matches = (projects as Project[]).filter((p) => p && typeof p.id === 'string' && p.name === region && p.enabled !== false);
  if (matches.length === 1) {
    const { id } = matches[0]!;
    if (!PROJECT_ID_RE.test(id)) {
      throw new BadResponseError('KeystoneListProjects', res.status, `unexpected project ID "${untrusted(id, 80)}"`, res.requestId);
    }
    return id;
  }
  if (matches.length === 0) {
    throw new ActionError(
      'Project not found',
      `KeystoneListProjects: this account has no enabled project named ${region}. Check the region, or set the input project_id (the ID is under "My Credentials > API Credentials" in the console).`,
    );
  }
  throw new ActionError(
    'Project is ambiguous',
    `KeystoneListProjects: ${matches.length} projects are named ${region} (${matches.map((p) => untrusted(p.id, 64)).join(', ')}); set the input project_id to the one to use.`,
  );
}
