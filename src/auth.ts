/** How requests are authenticated: AK/SK signing (permanent or temporary credentials), or an IAM token. */
import type { Authorizer } from './http.js';
import type { AkSkCredentials } from './inputs.js';
import { authorization, sdkDate } from './signer.js';

/** Signs every attempt afresh, dated with the time the client passes (its clock, corrected for skew). */
export function akskAuthorizer(credentials: AkSkCredentials): Authorizer {
  return (req, nowMs) => {
    const added: Record<string, string> = { 'X-Sdk-Date': sdkDate(new Date(nowMs)) };
    if (credentials.securityToken) added['X-Security-Token'] = credentials.securityToken;
    const headers = { ...req.headers, ...added };
    added['Authorization'] = authorization({ ...req, headers }, credentials);
    return added;
  };
}

/** Sends an IAM token (from OIDC federation) as X-Auth-Token; nothing is signed. */
export function tokenAuthorizer(token: () => string | undefined): Authorizer {
  return (): Record<string, string> => {
    const t = token();
    return t ? { 'X-Auth-Token': t } : {};
  };
}
