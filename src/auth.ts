/** How requests are authenticated: AK/SK signing (permanent or temporary credentials). */
import type { Authorizer } from './http.js';
import type { AkSkCredentials } from './inputs.js';
import { authorization, sdkDate } from './signer.js';

/** Signs every attempt afresh with the current time (`now` is epoch ms). */
export function akskAuthorizer(credentials: AkSkCredentials, now: () => number): Authorizer {
  return (req) => {
    const added: Record<string, string> = { 'X-Sdk-Date': sdkDate(new Date(now())) };
    if (credentials.securityToken) added['X-Security-Token'] = credentials.securityToken;
    const headers = { ...req.headers, ...added };
    added['Authorization'] = authorization({ ...req, headers }, credentials);
    return added;
  };
}
