export const id = 759;
export const ids = [759];
export const modules = {

/***/ 6759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(4117);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js + 9 modules
var sign = __webpack_require__(362);
;// CONCATENATED MODULE: ./src/core/auth/assertion.ts
/** Signed JWT assertions (RS256, via jose): the user assertion of the jwt-bearer grant and the client assertion. */


/** Lifetime of an assertion: long enough for clock skew, short enough to be useless if it leaked. */
const ASSERTION_LIFETIME_S = 300;
/** Signs an assertion with `iat` = now, `exp` = now + {@link ASSERTION_LIFETIME_S}, and a fresh `jti`. */
async function signAssertion(key, claims, nowMs) {
    const iat = Math.floor(nowMs / 1000);
    return new sign/* SignJWT */.P({})
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', ...(claims.keyId ? { kid: claims.keyId } : {}) })
        .setIssuer(claims.issuer)
        .setSubject(claims.subject)
        .setAudience(claims.audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ASSERTION_LIFETIME_S)
        .setJti((0,external_node_crypto_.randomUUID)())
        .sign(key);
}

;// CONCATENATED MODULE: ./src/core/auth/token.ts


/** Grant types of the `grant-type` input. */
const GRANT_TYPES = ['client_credentials', 'jwt-bearer', 'password', 'refresh_token'];
/** Client authentication methods of the `client-auth` input. */
const CLIENT_AUTH_METHODS = ['client_secret_basic', 'private_key_jwt'];
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const DEFAULT_EXPIRES_IN_S = 3600;
/** Path of the token endpoint below an identity domain URL. */
const TOKEN_PATH = '/oauth2/v1/token';
/** The identity domain URL or the full endpoint, as the token endpoint URL. */
function tokenEndpoint(url) {
    const endpoint = new URL(url.toString());
    const path = endpoint.pathname.replace(/\/+$/, '');
    endpoint.pathname = path.endsWith(TOKEN_PATH) ? path : `${path}${TOKEN_PATH}`;
    endpoint.search = '';
    endpoint.hash = '';
    return endpoint;
}
async function grantFields(req, nowMs, mask) {
    switch (req.grantType) {
        case 'client_credentials':
            return { grant_type: 'client_credentials', scope: req.scope };
        case 'password':
            return {
                grant_type: 'password',
                username: req.username ?? '',
                password: req.password ?? '',
                scope: req.scope
            };
        case 'refresh_token':
            return { grant_type: 'refresh_token', refresh_token: req.refreshToken ?? '', scope: req.scope };
        case 'jwt-bearer': {
            const assertion = await signAssertion(req.privateKey, {
                issuer: req.clientId,
                subject: req.username ?? '',
                audience: req.assertionAudience,
                keyId: req.keyId
            }, nowMs);
            mask(assertion);
            return { grant_type: JWT_BEARER, assertion, scope: req.scope };
        }
    }
}
async function clientAuthentication(req, nowMs, mask) {
    if (req.clientAuth === 'private_key_jwt') {
        const assertion = await signAssertion(req.privateKey, { issuer: req.clientId, subject: req.clientId, audience: req.assertionAudience, keyId: req.keyId }, nowMs);
        mask(assertion);
        return {
            headers: {},
            fields: {
                client_id: req.clientId,
                client_assertion_type: CLIENT_ASSERTION_TYPE,
                client_assertion: assertion
            }
        };
    }
    const pair = `${req.clientId}:${req.clientSecret ?? ''}`;
    mask(pair);
    return { headers: { authorization: `Basic ${Buffer.from(pair).toString('base64')}` }, fields: {} };
}
/** Requests a token; every secret it creates (assertions, the token itself) is passed to `mask` first. */
async function requestToken(client, req, options) {
    const auth = await clientAuthentication(req, options.now, options.mask);
    const form = { ...(await grantFields(req, options.now, options.mask)), ...auth.fields };
    let body;
    try {
        // Minting a token has no side effect, so a lost response may be retried; a rotated refresh token would
        // fail the retry with invalid_grant, which is reported below with its meaning.
        const res = await client.json({
            method: 'POST',
            path: req.tokenUrl.pathname,
            form,
            headers: auth.headers,
            safeToRetry: true,
            label: 'token request'
        });
        body = res.body;
    }
    catch (error) {
        throw explainTokenError(error, req);
    }
    const accessToken = typeof body?.access_token === 'string' ? body.access_token : '';
    if (!accessToken) {
        throw new errors/* OicActionError */.km(`The identity domain at ${req.tokenUrl.origin} answered without an access_token.`);
    }
    options.mask(accessToken);
    const refreshToken = typeof body?.refresh_token === 'string' && body.refresh_token ? body.refresh_token : undefined;
    if (refreshToken)
        options.mask(refreshToken);
    const expiresIn = Number(body?.expires_in) > 0 ? Math.floor(Number(body?.expires_in)) : DEFAULT_EXPIRES_IN_S;
    return {
        accessToken,
        tokenType: typeof body?.token_type === 'string' && body.token_type ? body.token_type : 'Bearer',
        expiresIn,
        expiresAt: new Date(options.now + expiresIn * 1000),
        refreshToken
    };
}
const SCOPE_FORMAT = "The scope is the instance's primary audience followed directly by urn:opc:resource:consumer::all or /ic/api/, e.g. https://<id>.integration.<region>.ocp.oraclecloud.com:443urn:opc:resource:consumer::all (copy the audience from the OIC instance's application in the identity domain)";
/** Turns an RFC 6749 error response into an actionable ConfigurationError; other failures pass through. */
function explainTokenError(error, req) {
    if (!(error instanceof errors/* OicHttpError */.sZ) || error.status === 0 || error.status >= 500 || error.status === 429) {
        return error instanceof Error ? error : new errors/* OicActionError */.km(String(error));
    }
    const code = error.title ?? '';
    const said = error.detail ? ` (${error.detail})` : '';
    const prefix = `The identity domain refused the token request: ${code || `HTTP ${error.status}`}${said}.`;
    const fix = {
        invalid_scope: `Scope '${req.scope}' is not valid. ${SCOPE_FORMAT}.`,
        invalid_client: req.clientAuth === 'private_key_jwt'
            ? `Check client-id '${req.clientId}', and that private-key matches the certificate registered on the app under key-id '${req.keyId ?? ''}'.`
            : `Check client-id '${req.clientId}' and client-secret (the confidential application's credentials).`,
        invalid_grant: req.grantType === 'jwt-bearer'
            ? `Check the user assertion: sub='${req.username ?? ''}' must be an existing user, iss='${req.clientId}', aud='${req.assertionAudience}', the runner's clock, and that key-id names the certificate alias registered for this app.`
            : req.grantType === 'password'
                ? `Check username '${req.username ?? ''}' and password.`
                : req.grantType === 'refresh_token'
                    ? 'The refresh-token is expired, revoked or already used: authenticate with another grant to get a new one.'
                    : 'Check that the client credentials grant is allowed for this application.',
        unauthorized_client: `The application '${req.clientId}' may not use grant type '${req.grantType}': allow it in the confidential application's OAuth configuration.`,
        unsupported_grant_type: `The identity domain does not accept grant type '${req.grantType}' for this application.`
    };
    const remedy = fix[code] ??
        (error.status === 404
            ? 'Check token-url: it must be the identity domain URL (https://idcs-<guid>.identity.oraclecloud.com).'
            : '');
    return new errors/* ConfigurationError */.j1(`${prefix} ${remedy}`.trim(), {
        input: code === 'invalid_scope' ? 'scope' : undefined,
        cause: error
    });
}

;// CONCATENATED MODULE: ./src/core/constants.ts
/** Named defaults shared by the actions. */
/** Sent as `User-Agent` on every request. */
const USER_AGENT = 'oic-actions/1 (+https://github.com/oic-actions/oic-actions)';
/** Base path of the OIC design-time ("Factory") and monitoring REST API. */
const OIC_API_BASE = '/ic/api/integration/v1';
/** Default seconds one HTTP request may take (the `request-timeout` input). */
const DEFAULT_REQUEST_TIMEOUT_S = 120;
/** Default attempts after the first for transient failures (the `retries` input). */
const DEFAULT_RETRIES = 4;
/** Environment variables shared between steps. */
const constants_ENV = {
    url: 'OIC_URL',
    instance: 'OIC_INSTANCE',
    token: 'OIC_ACCESS_TOKEN'
};

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/core/http/dispatcher.ts
/** The undici dispatcher every request goes through: timeouts, extra CA certificates, proxy from environment. */


/** Creates an Agent, or an EnvHttpProxyAgent when HTTP(S)_PROXY is set. */
function createDispatcher(options) {
    const ca = options.caCertificate ? [...external_node_tls_.rootCertificates, options.caCertificate] : undefined;
    const tls = ca ? { ca } : {};
    const connect = { timeout: options.timeoutMs, ...tls };
    const env = options.env ?? process.env;
    const proxied = Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
    if (proxied)
        return new undici/* EnvHttpProxyAgent */.J2({ connect, requestTls: tls, proxyTls: tls });
    return new undici/* Agent */.g6({ connect, keepAliveTimeout: 4_000 });
}

;// CONCATENATED MODULE: ./src/core/http/problem.ts
/** Longest error body read into memory; anything beyond is irrelevant to the message. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
const MAX_TEXT = 300;
function str(value) {
    if (typeof value === 'string' && value.trim())
        return value.trim().slice(0, MAX_TEXT);
    if (typeof value === 'number')
        return String(value);
    return undefined;
}
function detailsOf(value) {
    if (!Array.isArray(value))
        return undefined;
    const out = value
        .map(item => {
        if (typeof item === 'string')
            return item;
        const o = (item ?? {});
        return [str(o.title), str(o['o:errorPath'] ?? o.errorPath), str(o.instance)].filter(Boolean).join(': ');
    })
        .filter(s => s.length > 0);
    return out.length ? out : undefined;
}
/** Extracts what an error body says. Unknown shapes yield a short text excerpt as `detail`. */
function parseProblem(body, contentType) {
    const text = body.trim();
    if (!text)
        return {};
    if (/json/i.test(contentType ?? '') || text.startsWith('{')) {
        try {
            const o = JSON.parse(text);
            if (o && typeof o === 'object') {
                const problem = {
                    title: str(o.title) ?? str(o.error),
                    detail: str(o.detail) ?? str(o.error_description) ?? str(o.message),
                    errorCode: str(o['o:errorCode']) ?? str(o.errorCode),
                    errorDetails: detailsOf(o['o:errorDetails'] ?? o.errorDetails)
                };
                return problem;
            }
        }
        catch {
            // not JSON after all: fall through to the text excerpt
        }
    }
    if (/html/i.test(contentType ?? '') || /^<(!doctype|html)/i.test(text)) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
        const h1 = /<h1[^>]*>([^<]*)<\/h1>/i.exec(text)?.[1]?.trim();
        return { detail: `an HTML page${title || h1 ? ` ("${title || h1}")` : ''} instead of an API response` };
    }
    return { detail: text.replace(/\s+/g, ' ').slice(0, MAX_TEXT) };
}
/** What to do about a status, in the words of the failure modes users meet. */
function hintForStatus(status) {
    switch (status) {
        case 401:
            return "The access token was rejected: it may have expired, or its scope/audience does not match this instance (run authenticate with the instance's scope, e.g. https://<id>.integration.<region>.ocp.oraclecloud.com:443/ic/api/)";
        case 403:
            return 'The token is valid but lacks a role for this operation: assign ServiceDeveloper (or ServiceAdministrator) to the confidential application on this instance';
        case 412:
            return 'A precondition failed: the resource is locked (close it in the OIC designer) or in a state that does not allow this change (e.g. active)';
        case 423:
            return 'The resource is locked or prebuilt: unlock it in the OIC designer and retry';
        case 413:
            return 'The archive is larger than the server accepts';
        case 429:
            return 'OIC is throttling requests: lower concurrency or retry later';
        default:
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/core/http/redact.ts
var redact = __webpack_require__(479);
;// CONCATENATED MODULE: ./src/core/http/retry.ts
/**
 * Retry policy as data: which failures are transient, how long to wait (full-jitter exponential backoff with a
 * cap, `Retry-After` honoured) and which requests may be repeated at all.
 */
/** HTTP methods that are safe to repeat by definition (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** Statuses that mean "try again later": throttling (429) and gateway/service trouble. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);
/**
 * Network failures worth another attempt. ENOTFOUND (DNS says the host does not exist) and TLS certificate errors
 * are deliberately absent: they are configuration mistakes and repeating only delays the message.
 */
const RETRYABLE_ERROR_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
    'INVALID_RESPONSE_BODY'
]);
/** Default policy; `retries` comes from the input of the same name. */
function defaultRetryPolicy(retries = 4) {
    return {
        retries,
        baseDelayMs: 500,
        maxDelayMs: 20_000,
        maxRetryAfterMs: 120_000,
        retryableStatuses: RETRYABLE_STATUSES,
        retryableErrorCodes: RETRYABLE_ERROR_CODES
    };
}
/** Classifies a response status or a network error code. */
function classify(policy, failure) {
    if (failure.status === 429)
        return 'throttling';
    if (failure.status !== undefined && failure.status > 0) {
        return policy.retryableStatuses.has(failure.status) ? 'transient' : 'fatal';
    }
    return failure.code && policy.retryableErrorCodes.has(failure.code) ? 'transient' : 'fatal';
}
/** True when a request may be sent again: idempotent method, or a call the caller marked safe to repeat. */
function mayRepeat(method, markedSafe) {
    return markedSafe === true || (markedSafe !== false && IDEMPOTENT_METHODS.has(method.toUpperCase()));
}
/**
 * Delay before retry number `attempt` (0-based): full jitter, `random()·min(cap, base·2^attempt)`; a server's
 * `Retry-After` is a lower bound.
 */
function backoffDelay(policy, attempt, random, retryAfterMs) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    const jittered = Math.floor(random() * ceiling);
    return retryAfterMs !== undefined ? Math.max(retryAfterMs, jittered) : jittered;
}
/** Parses `Retry-After` (delta-seconds or an HTTP date) into milliseconds from `now`. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./src/core/http/client.ts






const MAX_REDIRECTS = 5;
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function errorCode(error) {
    const e = error;
    const code = e?.code ?? e?.cause?.code;
    return typeof code === 'string' ? code : undefined;
}
function flatHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
async function readBounded(body) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of body) {
            const buf = chunk;
            chunks.push(buf);
            size += buf.length;
            if (size >= MAX_ERROR_BODY_BYTES)
                break;
        }
    }
    catch {
        // a broken error body still leaves the status to report
    }
    finally {
        body.destroy();
    }
    return Buffer.concat(chunks).toString('utf8').slice(0, MAX_ERROR_BODY_BYTES);
}
/** Seconds until a JWT bearer token expires (negative when expired), or undefined when it is not a JWT. */
function tokenSecondsLeft(token, now) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const exp = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).exp;
        return typeof exp === 'number' ? Math.floor(exp - now / 1000) : undefined;
    }
    catch {
        return undefined;
    }
}
/** HTTP client bound to one base URL (an OIC host or an identity domain). */
class HttpClient {
    options;
    dispatcher;
    ownsDispatcher;
    sleep;
    random;
    now;
    constructor(options) {
        this.options = options;
        this.ownsDispatcher = !options.dispatcher;
        this.dispatcher =
            options.dispatcher ??
                createDispatcher({ timeoutMs: options.timeoutMs, caCertificate: options.caCertificate });
        this.sleep = options.sleep ?? realSleep;
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
    }
    /** Sends a request and parses a JSON response (undefined for an empty body). */
    async json(req) {
        return this.send(req, async (res) => {
            const text = await res.body.text();
            if (!text.trim())
                return { status: res.statusCode, headers: flatHeaders(res.headers), body: undefined };
            try {
                return { status: res.statusCode, headers: flatHeaders(res.headers), body: JSON.parse(text) };
            }
            catch (cause) {
                const problem = parseProblem(text, res.headers['content-type']);
                throw Object.assign(new Error(`the response was not valid JSON (${problem.detail ?? 'empty'})`), {
                    code: 'INVALID_RESPONSE_BODY',
                    cause
                });
            }
        });
    }
    /**
     * Sends a request and hands the streamed body to `consume`. When the request may be repeated, a failure
     * inside `consume` (connection reset mid-body) retries the whole exchange, so `consume` must start afresh.
     */
    async stream(req, consume) {
        return this.send(req, res => consume(res.body, flatHeaders(res.headers)));
    }
    /** Closes the dispatcher this client created, so Node can exit. */
    async close() {
        if (this.ownsDispatcher)
            await this.dispatcher.close();
    }
    /** The full URL of a request, with `integrationInstance` added. */
    urlFor(req) {
        const url = new URL(req.path, this.options.baseUrl);
        if (this.options.instance)
            url.searchParams.set('integrationInstance', this.options.instance);
        for (const [k, v] of Object.entries(req.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        return url;
    }
    headersFor(req, url) {
        const headers = {
            accept: 'application/json',
            'user-agent': this.options.userAgent ?? 'oic-actions',
            ...req.headers
        };
        if (this.options.token && url.host === this.options.baseUrl.host) {
            headers.authorization = `Bearer ${this.options.token}`;
        }
        if (req.json !== undefined)
            headers['content-type'] = 'application/json; charset=utf-8';
        if (req.form)
            headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
        return headers;
    }
    bodyFor(req) {
        if (req.json !== undefined)
            return JSON.stringify(req.json);
        if (req.form)
            return new URLSearchParams(req.form).toString();
        return req.body?.();
    }
    async send(req, handle) {
        const { retry } = this.options;
        const repeatable = mayRepeat(req.method, req.safeToRetry);
        for (let attempt = 0;; attempt++) {
            let url = this.urlFor(req);
            try {
                let res = await this.exchange(req, url);
                for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && res.headers.location; hops++) {
                    url = this.followable(req, url, res, hops);
                    await res.body.dump();
                    res = await this.exchange(req, url);
                }
                if (res.statusCode >= 200 && res.statusCode < 300) {
                    return await handle(res);
                }
                const text = await readBounded(res.body);
                const failure = this.httpError(req, url, res.statusCode, flatHeaders(res.headers), text);
                const kind = classify(retry, { status: res.statusCode });
                const retryAfter = parseRetryAfter(res.headers['retry-after'], this.now());
                if (kind === 'fatal' || !repeatable || attempt >= retry.retries)
                    throw failure;
                if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs)
                    throw failure;
                await this.pause(req, attempt, failure.message, retryAfter);
            }
            catch (error) {
                if (error instanceof errors/* OicHttpError */.sZ)
                    throw error;
                const code = errorCode(error);
                const failure = new errors/* OicHttpError */.sZ({
                    status: 0,
                    method: req.method,
                    url: (0,redact/* redactUrl */.BO)(url),
                    code,
                    detail: (0,redact/* redactText */.Rd)(error instanceof Error ? error.message : String(error)),
                    hint: /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS/i.test(code ?? '')
                        ? 'TLS verification failed: give the PEM of your private CA or TLS-inspecting proxy in ca-certificate'
                        : undefined,
                    cause: error
                });
                if (classify(retry, { code }) === 'fatal' || !repeatable || attempt >= retry.retries)
                    throw failure;
                await this.pause(req, attempt, failure.message);
            }
        }
    }
    exchange(req, url) {
        return (0,undici/* request */.Em)(url, {
            method: req.method,
            headers: this.headersFor(req, url),
            body: this.bodyFor(req),
            dispatcher: this.dispatcher,
            headersTimeout: this.options.timeoutMs,
            bodyTimeout: this.options.timeoutMs
        });
    }
    /** The next URL of a redirect, refusing hops to another host: the bearer token must never leave its host. */
    followable(req, from, res, hops) {
        const target = new URL(String(res.headers.location), from);
        if (target.host !== this.options.baseUrl.host || target.protocol !== this.options.baseUrl.protocol) {
            throw new errors/* OicHttpError */.sZ({
                status: res.statusCode,
                method: req.method,
                url: (0,redact/* redactUrl */.BO)(from),
                detail: `redirected to ${target.origin}`,
                hint: `The token is not sent to another host: set oic-url to ${target.origin} if that is your OIC design-time host`
            });
        }
        if (hops >= MAX_REDIRECTS) {
            throw new errors/* OicHttpError */.sZ({
                status: res.statusCode,
                method: req.method,
                url: (0,redact/* redactUrl */.BO)(from),
                detail: 'too many redirects'
            });
        }
        return target;
    }
    httpError(req, url, status, headers, text) {
        const problem = parseProblem((0,redact/* redactText */.Rd)(text), headers['content-type']);
        let hint = hintForStatus(status);
        const left = this.options.token ? tokenSecondsLeft(this.options.token, this.now()) : undefined;
        if (status === 401 && left !== undefined && left <= 0) {
            hint = `The access token expired ${-left} s ago: run authenticate again right before this step`;
        }
        return new errors/* OicHttpError */.sZ({
            status,
            method: req.method,
            url: (0,redact/* redactUrl */.BO)(url),
            ...problem,
            requestId: headers['opc-request-id'],
            hint
        });
    }
    async pause(req, attempt, reason, retryAfter) {
        const delay = backoffDelay(this.options.retry, attempt, this.random, retryAfter);
        this.options.log?.(`Retry ${req.label}: attempt ${attempt + 1} of ${this.options.retry.retries + 1} failed: ${reason}; retrying in ${delay} ms`);
        await this.sleep(delay);
    }
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(9114);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/tls-input.ts
/** The `ca-certificate` input: PEM text or a path to a PEM file, checked before any connection is made. */



const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Returns the PEM bundle, or a ConfigurationError naming the input when it holds no valid certificate. */
function readCaCertificate(value, input = 'ca-certificate') {
    if (!value)
        return undefined;
    let pem = value;
    if (!value.includes('-----BEGIN')) {
        if (!(0,external_node_fs_.existsSync)(value)) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' must be PEM text or the path of a PEM file; no file exists at '${value}'.`, { input });
        }
        pem = (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    const blocks = pem.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' holds no '-----BEGIN CERTIFICATE-----' block: give the CA certificate(s) in PEM form.`, { input });
    }
    for (const block of blocks) {
        try {
            new external_node_crypto_.X509Certificate(block);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' holds a certificate that cannot be parsed: check its PEM text.`, {
                input
            });
        }
    }
    return blocks.join('\n');
}

;// CONCATENATED MODULE: ./src/core/oic-connection.ts
/**
 * The inputs every OIC action shares (`oic-url`, `instance`, `access-token`, `ca-certificate`, `request-timeout`,
 * `retries`) and the HTTP client built from them.
 */






/** Names of the common inputs. */
const COMMON_INPUTS = (/* unused pure expression or super */ null && ([
    'oic-url',
    'instance',
    'access-token',
    'ca-certificate',
    'request-timeout',
    'retries'
]));
/** Inputs that shape HTTP behaviour, shared with `authenticate`. */
const TRANSPORT_INPUTS = ['ca-certificate', 'request-timeout', 'retries'];
/** Reads `ca-certificate`, `request-timeout` and `retries`. */
function readTransportSettings(inputs) {
    return {
        caCertificate: readCaCertificate(inputs.optional('ca-certificate')),
        timeoutMs: inputs.seconds('request-timeout', { fallback: DEFAULT_REQUEST_TIMEOUT_S, min: 1, max: 3600 }) * 1000,
        retries: inputs.integer('retries', { fallback: DEFAULT_RETRIES, min: 0, max: 10 })
    };
}
/** Normalises an OIC base URL to its origin, accepting a trailing `/ic/api/integration/v1`. */
function oicOrigin(value, input) {
    const url = (0,core_inputs/* parseHttpsUrl */.mX)(value, input);
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== '' && path !== OIC_API_BASE) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must be the host of the REST API (e.g. https://design.integration.<region>.ocp.oraclecloud.com), not a page or path: got ${(0,core_inputs/* quote */.hD)(value)}.`, { input });
    }
    if (url.username || url.password) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must not contain credentials; use access-token.`, {
            input
        });
    }
    return new URL(url.origin);
}
/** Reads the common inputs (falling back to `OIC_URL`, `OIC_INSTANCE`, `OIC_ACCESS_TOKEN`), masking the token. */
function readConnectionSettings(inputs, ctx) {
    const env = ctx.host.env;
    const token = inputs.value('access-token') || env[ENV.token] || '';
    if (token)
        ctx.host.setSecret(token);
    const rawUrl = inputs.value('oic-url') || env[ENV.url] || '';
    if (!rawUrl) {
        throw new ConfigurationError(`Input 'oic-url' is required (or env ${ENV.url}): the design-time host, e.g. https://design.integration.us-phoenix-1.ocp.oraclecloud.com.`, { input: 'oic-url' });
    }
    if (!token) {
        throw new ConfigurationError(`Input 'access-token' is required (or env ${ENV.token}): pass \${{ steps.<authenticate step id>.outputs.access-token }}.`, { input: 'access-token' });
    }
    const instance = inputs.value('instance') || env[ENV.instance] || undefined;
    if (instance && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(instance)) {
        throw new ConfigurationError(`Input 'instance' must be the service instance name from the instance's About page, got ${quote(instance)}.`, { input: 'instance' });
    }
    return { url: oicOrigin(rawUrl, 'oic-url'), instance, token, transport: readTransportSettings(inputs) };
}
/** Creates the HTTP client for an OIC instance; it is closed when the action ends. */
function createOicClient(settings, ctx) {
    return createHttpClient(settings.url, settings.transport, ctx, {
        instance: settings.instance,
        token: settings.token
    });
}
/** Creates an HTTP client for any base URL with the action's transport settings and injected time. */
function createHttpClient(baseUrl, transport, ctx, auth = {}) {
    const client = new HttpClient({
        baseUrl,
        ...auth,
        timeoutMs: transport.timeoutMs,
        retry: defaultRetryPolicy(transport.retries),
        caCertificate: transport.caCertificate,
        dispatcher: ctx.dispatcher,
        sleep: ms => ctx.sleep(ms),
        random: () => ctx.random(),
        now: () => ctx.now(),
        log: message => ctx.host.info(message),
        userAgent: USER_AGENT
    });
    ctx.defer(() => client.close());
    return client;
}

;// CONCATENATED MODULE: ./src/core/auth/private-key.ts
/** Loading the PEM private key that signs assertions, with a clear error for every way a pasted key goes wrong. */


/** RS256 keys shorter than this are refused by jose and by identity domains. */
const MIN_RSA_BITS = 2048;
/** Undoes the usual damage of storing a PEM in a secret or env var: literal `\n`, CRLF, base64-wrapped PEM. */
function normalisePem(value) {
    let pem = value.trim().replace(/\\n/g, '\n').replace(/\r\n/g, '\n');
    if (!pem.includes('-----BEGIN') && /^[A-Za-z0-9+/=\s]+$/.test(pem)) {
        const decoded = Buffer.from(pem, 'base64').toString('utf8');
        if (decoded.includes('-----BEGIN'))
            pem = decoded.trim();
    }
    return pem;
}
/** Parses a PKCS#8 or PKCS#1 RSA private key of at least 2048 bits, or throws a ConfigurationError naming `input`. */
function loadPrivateKey(value, input = 'private-key') {
    const pem = normalisePem(value);
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' ${why}`, { input });
    };
    if (/ENCRYPTED/.test(pem)) {
        fail('is an encrypted key: export it without a passphrase (openssl pkcs8 -topk8 -nocrypt) and store that in the secret.');
    }
    if (!/-----BEGIN (RSA |EC )?PRIVATE KEY-----/.test(pem)) {
        if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem)) {
            fail('holds a public key or certificate, not the private key: give the PEM private key whose certificate is registered on the app.');
        }
        fail("is not a PEM private key: expected '-----BEGIN PRIVATE KEY-----' (PKCS#8) or '-----BEGIN RSA PRIVATE KEY-----' (PKCS#1).");
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        fail('could not be parsed: the PEM text is damaged (check that the whole key, with its BEGIN/END lines, is in the secret).');
    }
    if (!key)
        return fail('could not be parsed.');
    if (key.asymmetricKeyType !== 'rsa') {
        fail(`is a ${key.asymmetricKeyType ?? 'non-RSA'} key, but assertions are signed with RS256: give an RSA private key.`);
    }
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS)
        fail(`is a ${bits}-bit RSA key; RS256 needs at least ${MIN_RSA_BITS} bits.`);
    return key;
}

;// CONCATENATED MODULE: ./src/actions/authenticate/inputs.ts




/** Every input `actions/authenticate/action.yml` declares. */
const INPUTS = [
    'token-url',
    'client-id',
    'client-secret',
    'scope',
    'grant-type',
    'client-auth',
    'username',
    'password',
    'private-key',
    'key-id',
    'assertion-audience',
    'refresh-token',
    'oic-url',
    'instance',
    'export-env',
    ...TRANSPORT_INPUTS
];
/** The default `aud` of signed assertions. */
const DEFAULT_ASSERTION_AUDIENCE = 'https://identity.oraclecloud.com/';
const SECRET_INPUTS = ['client-secret', 'password', 'private-key', 'refresh-token'];
const SCOPE_SUFFIXES = ['urn:opc:resource:consumer::all', '/ic/api/'];
/** Reads and validates the inputs; every secret input is masked before anything else happens. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    for (const name of SECRET_INPUTS) {
        const value = inputs.value(name);
        if (value)
            host.setSecret(value);
    }
    const needs = (name, why) => inputs.required(name, why);
    const tokenUrl = tokenEndpoint((0,core_inputs/* parseHttpsUrl */.mX)(needs('token-url', 'the identity domain URL, e.g. https://idcs-<guid>.identity.oraclecloud.com.'), 'token-url'));
    const clientId = needs('client-id', "the confidential application's client id.");
    const scope = needs('scope', "the OIC instance's audience + urn:opc:resource:consumer::all (or + /ic/api/).");
    const grantType = inputs.choice('grant-type', GRANT_TYPES, 'client_credentials');
    const clientAuth = inputs.choice('client-auth', CLIENT_AUTH_METHODS, 'client_secret_basic');
    const clientSecret = clientAuth === 'client_secret_basic'
        ? needs('client-secret', "client-auth 'client_secret_basic' sends the client id and secret; pass the secret from a GitHub secret.")
        : inputs.optional('client-secret');
    const username = grantType === 'jwt-bearer' || grantType === 'password'
        ? needs('username', `grant-type '${grantType}' acts for a user; give the user name.`)
        : inputs.optional('username');
    const password = grantType === 'password'
        ? needs('password', "grant-type 'password' needs the user's password.")
        : inputs.optional('password');
    const refreshToken = grantType === 'refresh_token'
        ? needs('refresh-token', "grant-type 'refresh_token' needs the refresh token.")
        : inputs.optional('refresh-token');
    const keyNeeded = grantType === 'jwt-bearer' || clientAuth === 'private_key_jwt';
    const pem = keyNeeded
        ? needs('private-key', `${grantType === 'jwt-bearer' ? "grant-type 'jwt-bearer'" : "client-auth 'private_key_jwt'"} signs an assertion with it; pass the PEM private key from a GitHub secret.`)
        : undefined;
    const privateKey = pem ? loadPrivateKey(pem) : undefined;
    const warnings = [];
    if (!SCOPE_SUFFIXES.some(suffix => scope.split(' ').some(part => part.endsWith(suffix)))) {
        warnings.push(`scope '${scope}' does not end with urn:opc:resource:consumer::all or /ic/api/; OIC usually rejects tokens without the instance audience.`);
    }
    const oicUrlRaw = inputs.optional('oic-url');
    return {
        tokenUrl,
        clientId,
        clientSecret,
        scope,
        grantType,
        clientAuth,
        username,
        password,
        privateKey,
        keyId: inputs.optional('key-id'),
        assertionAudience: inputs.optional('assertion-audience') ?? DEFAULT_ASSERTION_AUDIENCE,
        refreshToken,
        oicUrl: oicUrlRaw ? oicOrigin(oicUrlRaw, 'oic-url') : undefined,
        instance: inputs.optional('instance'),
        exportEnv: inputs.boolean('export-env', true),
        transport: readTransportSettings(inputs),
        warnings
    };
}

;// CONCATENATED MODULE: ./src/actions/authenticate/main.ts
/** `authenticate`: gets an OAuth 2.0 token for the OIC REST API and hands it to later steps, masked. */




/** Output names. */
const OUTPUTS = (/* unused pure expression or super */ null && (['access-token', 'token-type', 'expires-in', 'expires-at', 'refresh-token']));
/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const settings = getSettings(host);
    for (const warning of settings.warnings)
        host.warning(warning);
    const client = createHttpClient(new URL(settings.tokenUrl.origin), settings.transport, ctx);
    host.info(`Requesting a ${settings.grantType} token from ${settings.tokenUrl.origin} for client ${settings.clientId}`);
    const token = await requestToken(client, settings, { now: ctx.now(), mask: value => host.setSecret(value) });
    host.setOutput('access-token', token.accessToken);
    host.setOutput('token-type', token.tokenType);
    host.setOutput('expires-in', String(token.expiresIn));
    host.setOutput('expires-at', token.expiresAt.toISOString());
    if (token.refreshToken)
        host.setOutput('refresh-token', token.refreshToken);
    const exported = [];
    if (settings.exportEnv) {
        host.exportVariable(constants_ENV.token, token.accessToken);
        exported.push(constants_ENV.token);
        if (settings.oicUrl) {
            host.exportVariable(constants_ENV.url, settings.oicUrl.origin);
            exported.push(constants_ENV.url);
        }
        if (settings.instance) {
            host.exportVariable(constants_ENV.instance, settings.instance);
            exported.push(constants_ENV.instance);
        }
    }
    host.info(`Token issued (${token.tokenType}), valid for ${token.expiresIn} s until ${token.expiresAt.toISOString()}`);
    await ctx.report({
        title: 'OIC authenticate',
        status: 'success',
        statusLine: `Token issued for client ${settings.clientId}, valid until ${token.expiresAt.toISOString()}.`,
        table: {
            headers: ['Item', 'Value'],
            rows: [
                ['Identity domain', settings.tokenUrl.origin],
                ['Grant type', settings.grantType],
                ['Client authentication', settings.clientAuth],
                ['Scope', settings.scope],
                ['Token type', token.tokenType],
                ['Expires in', `${token.expiresIn} s`],
                ['Refresh token', token.refreshToken ? 'issued (masked output)' : 'none'],
                ['Exported to env', exported.length ? exported.join(', ') : 'nothing (export-env: false)']
            ]
        }
    });
}

;// CONCATENATED MODULE: ./src/actions/authenticate/index.ts
/** Entry of `authenticate`. */


/** Runs `authenticate` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('authenticate', main, options);


/***/ })

};
