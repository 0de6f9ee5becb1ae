/** How requests are authenticated: AK/SK signing (permanent or temporary credentials). */
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
