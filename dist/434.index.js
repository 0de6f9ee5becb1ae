export const id = 434;
export const ids = [434];
export const modules = {

/***/ 6434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exchangeIdToken: () => (/* binding */ exchangeIdToken),
/* harmony export */   gitHubIdToken: () => (/* binding */ gitHubIdToken)
/* harmony export */ });
/* unused harmony export identityClaims */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7557);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9809);
/**
 * Keyless authentication: a GitHub OIDC ID token, exchanged with IAM identity federation
 * (`POST /v3.0/OS-AUTH/id-token/tokens`) for a project-scoped IAM token. Loaded only for OIDC runs.
 */



/** Claims that say who the workflow is, none of them secret: what IdP conversion rules match on. */
const SHOWN_CLAIMS = ['iss', 'sub', 'aud', 'repository', 'ref', 'environment'];
/** The non-secret identity claims of a JWT, for error messages. Pure; never returns the token. */
function identityClaims(jwt) {
    const out = {};
    try {
        const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
        for (const k of SHOWN_CLAIMS) {
            const v = payload[k];
            if (typeof v === 'string' || Array.isArray(v))
                out[k] = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(Array.isArray(v) ? v.join(',') : v, 200);
        }
    }
    catch {
        // not a JWT we can read: show nothing
    }
    return out;
}
/** Gets the workflow's GitHub ID token for `audience` (retried on transient failure), masked at once. */
async function gitHubIdToken(audience, deps) {
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('No GitHub OIDC token', 'identity_provider is set, but this job cannot get a GitHub OIDC token: give the job `permissions: id-token: write` (and keep `contents: read`). Workflows triggered by pull requests from forks get no token; use keys there, or run on pull_request_target with care.');
    }
    deps.mask(deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
    const core = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
    const token = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(() => core.getIDToken(audience || undefined), {
        policy: { ..._retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO, maxAttempts: 3 },
        sleep: deps.sleep,
        now: deps.now,
        random: deps.random,
        deadline: deps.deadline,
        decide: () => ({ retry: true }),
        onRetry: (error, attempt, delayMs) => deps.log.info(`GitHub OIDC token: attempt ${attempt} failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(error.message, 200)}); retrying in ${(delayMs / 1000).toFixed(1)}s`),
    }).catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('No GitHub OIDC token', `Could not get the GitHub OIDC token: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(error.message, 300)}`);
    });
    deps.mask(token);
    return token;
}
/** Exchanges the GitHub ID token for an IAM token scoped to the project (by ID when known, else by region name). */
async function exchangeIdToken(client, iamEndpoint, identityProvider, jwt, scope, mask) {
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
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && [400, 401, 403, 404].includes(error.status)) {
            const claims = Object.entries(identityClaims(jwt))
                .map(([k, v]) => `${k}=${v}`)
                .join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('IAM rejected the GitHub OIDC token', `${error.message}. The token's claims: ${claims || 'unreadable'}. Check in IAM > Identity Providers > ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .untrusted */ .bp)(identityProvider, 64)}: the client ID must equal the audience (aud), the issuer must be https://token.actions.githubusercontent.com, and an identity conversion rule must match these claims and map to a user group with IMS permissions${scope.projectId ? '' : ` in project ${scope.region}`}.`);
        }
        throw error;
    }
    const token = res.headers['x-subject-token'];
    if (!token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadResponseError */ .nS('CreateTokenWithIdToken', res.status, 'no X-Subject-Token header in the answer', res.requestId);
    mask(token);
    const projectId = res.json.token?.project?.id;
    if (typeof projectId !== 'string' || !_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .PROJECT_ID_RE */ .AA.test(projectId)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadResponseError */ .nS('CreateTokenWithIdToken', res.status, 'the answer names no token.project.id', res.requestId);
    }
    return { token, projectId };
}


/***/ })

};
