export const id = 6;
export const ids = [6];
export const modules = {

/***/ 87006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  login: () => (/* binding */ login)
});

// UNUSED EXPORTS: LOGIN_HELP

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/escape.ts
var core_escape = __webpack_require__(94536);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts
var redact = __webpack_require__(21340);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/cli/login-browser.ts
/**
 * Opening the user's browser on the authorization URL: the platform's opener run with the URL as one argument
 * (never through a shell, so nothing in the URL is interpreted), detached, every failure ignored — the URL is
 * always printed as well.
 */

/** The opener command and its arguments for a platform (`process.platform`). */
function openerFor(platform, url) {
    if (platform === 'darwin')
        return { command: 'open', args: [url] };
    // rundll32 hands the URL to the default browser without cmd.exe (`start` is a cmd built-in, which would parse
    // `&` in the query).
    if (platform === 'win32')
        return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
    return { command: 'xdg-open', args: [url] };
}
/** Tries to open `url` in a browser; returns at once, never throws. */
function openBrowser(url, platform = process.platform) {
    const { command, args } = openerFor(platform, url);
    try {
        const child = (0,external_node_child_process_.spawn)(command, args, { stdio: 'ignore', detached: true, shell: false });
        child.on('error', () => undefined);
        child.unref();
    }
    catch {
        // No opener on this machine: the printed URL is the way.
    }
}

// EXTERNAL MODULE: ./src/core/auth/authorization-code.ts
var authorization_code = __webpack_require__(43469);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/base64url.js
var base64url = __webpack_require__(71445);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
var buffer_utils = __webpack_require__(77410);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/lib/validate.js
var validate = __webpack_require__(47784);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js




function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new util_errors/* JWTInvalid */.Dp("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length } = jwt.split(".");
  if (length === 5)
    throw new util_errors/* JWTInvalid */.Dp("Only JWTs using Compact JWS serialization can be decoded");
  if (length !== 3)
    throw new util_errors/* JWTInvalid */.Dp("Invalid JWT");
  if (!encodedPayload)
    throw new util_errors/* JWTInvalid */.Dp("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = (0,base64url/* decode */.D)(encodedPayload);
  } catch (cause) {
    throw new util_errors/* JWTInvalid */.Dp("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(buffer_utils/* strictDecoder */.u8.decode(claimsSetBytes));
  } catch (cause) {
    throw new util_errors/* JWTInvalid */.Dp("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!(0,validate/* isObject */.Gv)(claimsSet))
    throw new util_errors/* JWTInvalid */.Dp("Invalid JWT Claims Set");
  return claimsSet;
}


;// CONCATENATED MODULE: ./src/core/auth/id-token.ts
/**
 * The checks a login makes on an id_token (OpenID Connect Core 1.0 §3.1.3.7): `nonce` equals the one sent (item
 * 11) and `aud` names the client (item 3). The signature is not verified: the token came straight from the token
 * endpoint over the identity domain's TLS connection, which item 6 allows in place of a signature check.
 */


/** Throws unless the id_token carries `nonce` and is addressed to `clientId`. */
function checkIdToken(idToken, expected) {
    let claims;
    try {
        claims = decodeJwt(idToken);
    }
    catch {
        throw new errors/* OicActionError */.km('The identity domain answered an id_token that is not a JWT: the login was refused.');
    }
    if (claims.nonce !== expected.nonce)
        throw new errors/* OicActionError */.km('The id_token does not carry the nonce this login sent (a replayed or substituted answer): the login was refused; run it again.');
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audience.includes(expected.clientId))
        throw new errors/* OicActionError */.km(`The id_token was issued to another client than '${expected.clientId}': the login was refused.`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/auth/pkce.ts
/**
 * The one-time values of an authorization code request: the PKCE verifier and its S256 challenge (RFC 7636 §4.1,
 * §4.2), `state` (RFC 6749 §10.12) and the OpenID Connect `nonce` (OIDC Core §3.1.2.1).
 */

/** 32 random bytes: a 43-character base64url verifier, the shortest RFC 7636 §4.1 allows, with 256 bits of entropy. */
const RANDOM_BYTES = 32;
/** A random base64url string of {@link RANDOM_BYTES} bytes. */
function randomToken(bytes = RANDOM_BYTES) {
    return (0,external_node_crypto_.randomBytes)(bytes).toString('base64url');
}
/** The S256 `code_challenge` of a verifier (RFC 7636 §4.2). */
function s256Challenge(verifier) {
    return (0,external_node_crypto_.createHash)('sha256').update(verifier, 'ascii').digest('base64url');
}
/** Fresh verifier, challenge, state and nonce; `random` is injectable for tests. */
function authorizationSecrets(random = randomToken) {
    const verifier = random();
    return { verifier, challenge: s256Challenge(verifier), state: random(), nonce: random() };
}

// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(26214);
// EXTERNAL MODULE: ./src/core/http/client.ts + 7 modules
var client = __webpack_require__(72079);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
// EXTERNAL MODULE: ./src/core/secrets/registry.ts + 1 modules
var registry = __webpack_require__(66204);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/cli/login-listener.ts
/**
 * The redirect listener of `oic-actions login`: an HTTP server on 127.0.0.1 (a free port unless one is given) that
 * takes one authorization response (RFC 6749 §4.1.2, errors §4.1.2.1), answers the browser with a line of text,
 * and closes. A loopback redirect is what RFC 8252 §7.3 prescribes for native apps; the `state` check is RFC 6749
 * §10.12's defence against a forged redirect.
 */


/** Path of the redirect URI on the listener. */
const CALLBACK_PATH = '/callback';
/** Longest `error_description` shown from a redirect (outside text). */
const MAX_DESCRIPTION = 200;
function verdict(url, state) {
    const q = url.searchParams;
    const error = q.get('error');
    if (error !== null) {
        const description = (q.get('error_description') ?? '').slice(0, MAX_DESCRIPTION);
        return new errors/* ConfigurationError */.j1(`The identity domain refused the login: ${error.slice(0, 60)}${description ? ` (${description})` : ''}.`);
    }
    if (q.get('state') !== state)
        return new errors/* OicActionError */.km(`The redirect carried ${q.has('state') ? 'another state' : 'no state'} than this login sent: it was not the answer to this login (refused, nothing was exchanged); run login again.`);
    const code = q.get('code');
    if (!code)
        return new errors/* ConfigurationError */.j1('The redirect carried no authorization code: run login again.');
    return code;
}
function answer(res, status, text) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end(`${text}\n`);
}
/** Starts the listener on 127.0.0.1. */
async function listenForRedirect(options) {
    let settle;
    const code = new Promise((resolve, reject) => void (settle = { resolve, reject }));
    code.catch(() => undefined);
    const server = (0,external_node_http_.createServer)((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (req.method !== 'GET' || url.pathname !== CALLBACK_PATH || !settle)
            return answer(res, 404, 'Not found.');
        const result = verdict(url, options.state);
        const done = settle;
        settle = undefined;
        if (typeof result === 'string') {
            answer(res, 200, 'Login received: you can close this window and return to the terminal.');
            done.resolve(result);
        }
        else {
            answer(res, 400, 'Login failed: see the terminal.');
            done.reject(result);
        }
        void close();
    });
    let closed;
    const close = () => (closed ??= new Promise(resolve => {
        server.close(() => resolve());
        server.closeIdleConnections();
    }));
    const port = await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve(server.address().port));
    }).catch((error) => {
        throw (0,errors/* inputError */.Xu)(`Cannot listen on 127.0.0.1:${options.port ?? 0} for the login redirect (${error.code ?? error.message}).`, {
            input: 'redirect-port',
            value: String(options.port ?? 0),
            fix: 'Pick another --redirect-port (one registered as the redirect URL of the application), or 0 for a free port.'
        });
    });
    void options.sleep(options.timeoutMs).then(() => {
        if (!settle)
            return;
        const done = settle;
        settle = undefined;
        done.reject(new errors/* OicActionError */.km(`No login redirect arrived within ${Math.round(options.timeoutMs / 1000)} s: open the printed URL, or give more time with --timeout.`));
        void close();
    });
    return { redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`, code, close };
}

;// CONCATENATED MODULE: ./src/cli/login-flow.ts








/** Runs the login; resolves with the issued token (every secret in it already masked). */
async function performLogin(settings, deps) {
    const secrets = (deps.secrets ?? authorizationSecrets)();
    (0,registry/* registerSecret */.cl)(secrets.verifier);
    const openid = (0,authorization_code/* wantsOpenId */.Z0)(settings.scope);
    const listener = await listenForRedirect({
        state: secrets.state,
        port: settings.redirectPort,
        timeoutMs: settings.timeoutMs,
        sleep: deps.sleep
    });
    try {
        const url = (0,authorization_code/* authorizeUrl */.nr)(settings.tokenUrl, {
            clientId: settings.clientId,
            redirectUri: listener.redirectUri,
            scope: settings.scope,
            state: secrets.state,
            challenge: secrets.challenge,
            nonce: openid ? secrets.nonce : undefined
        });
        deps.log(`Log in with your browser (waiting ${Math.round(settings.timeoutMs / 1000)} s for the redirect to ${listener.redirectUri}):`);
        deps.showUrl(url.toString());
        if (settings.openBrowser)
            deps.open(url.toString());
        const code = await listener.code;
        (0,registry/* registerSecret */.cl)(code);
        const token = await exchange(settings, deps, {
            code,
            redirectUri: listener.redirectUri,
            verifier: secrets.verifier
        });
        if (openid && token.idToken)
            checkIdToken(token.idToken, { nonce: secrets.nonce, clientId: settings.clientId });
        return token;
    }
    finally {
        await listener.close();
    }
}
async function exchange(settings, deps, grant) {
    const http = new client/* HttpClient */.Q({
        baseUrl: new URL(settings.tokenUrl.origin),
        timeoutMs: settings.transport.timeoutMs,
        retry: (0,retry/* defaultRetryPolicy */.ur)(settings.transport.retries),
        caCertificate: settings.transport.caCertificate,
        dispatcher: deps.dispatcher,
        now: deps.now,
        sleep: deps.sleep,
        log: deps.log,
        userAgent: constants/* USER_AGENT */._O,
        urlInput: 'token-url'
    });
    try {
        return await (0,authorization_code/* exchangeCode */.Dd)(http, settings, grant, { now: deps.now(), mask: registry/* registerSecret */.cl });
    }
    finally {
        await http.close();
    }
}

// EXTERNAL MODULE: ./src/core/auth/token.ts + 1 modules
var token = __webpack_require__(92888);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
;// CONCATENATED MODULE: ./src/cli/login-inputs.ts
/** Inputs of `oic-actions login`, read once, the secret masked at once, validated into {@link LoginSettings}. */



/** Every input of `login` (flags, or `OIC_<NAME>` variables); the names mean what they mean for `authenticate`. */
const LOGIN_INPUTS = [
    'token-url',
    'client-id',
    'client-secret',
    'scope',
    'oic-url',
    'instance',
    'redirect-port',
    'timeout',
    'no-browser',
    ...oic_instance/* TRANSPORT_INPUTS */.Yo
];
/** Seconds `login` waits for the browser's redirect by default. */
const DEFAULT_LOGIN_TIMEOUT_S = 300;
/** Reads and validates the inputs of `login`. */
function getLoginSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), LOGIN_INPUTS);
    const clientSecret = inputs.optional('client-secret');
    if (clientSecret)
        host.setSecret(clientSecret);
    const tokenUrl = (0,token/* tokenEndpoint */.lN)((0,core_inputs/* parseHttpsUrl */.mX)(inputs.required('token-url', 'the identity domain URL, e.g. https://idcs-<guid>.identity.oraclecloud.com.'), 'token-url'));
    const clientId = inputs.required('client-id', 'the client id of the application registered for the login.');
    const scope = inputs.required('scope', "the OIC instance's audience + urn:opc:resource:consumer::all, plus offline_access for a refresh token.");
    const warnings = [];
    if (!scope.split(/\s+/).includes('offline_access'))
        warnings.push("scope has no offline_access: the identity domain issues no refresh token, so the login ends when the access token expires (add ' offline_access' to --scope).");
    const oicUrl = inputs.optional('oic-url');
    return {
        tokenUrl,
        clientId,
        clientSecret,
        scope,
        oicUrl: oicUrl ? (0,oic_instance/* oicOrigin */.Mr)(oicUrl, 'oic-url') : undefined,
        instance: inputs.optional('instance'),
        redirectPort: inputs.integer('redirect-port', { fallback: 0, min: 0, max: 65535 }),
        timeoutMs: inputs.seconds('timeout', { fallback: DEFAULT_LOGIN_TIMEOUT_S, min: 1, max: 3600 }) * 1000,
        openBrowser: !inputs.boolean('no-browser', false),
        transport: (0,oic_instance/* readTransportSettings */.D8)(inputs),
        warnings
    };
}

// EXTERNAL MODULE: ./src/cli/session.ts
var cli_session = __webpack_require__(12594);
// EXTERNAL MODULE: ./src/cli/terminal-host.ts
var terminal_host = __webpack_require__(16091);
;// CONCATENATED MODULE: ./src/cli/login.ts
/**
 * `oic-actions login --session FILE --token-url … --client-id … --scope '… offline_access'`: an interactive login
 * with the OAuth 2.0 authorization code flow (PKCE S256, state, nonce with `openid`) against an OCI IAM identity
 * domain. The tokens go to the session file (mode 600), never to the terminal; later commands given the same
 * `--session` refresh the access token when it expires (./session.ts).
 */










/** The help of `login`. */
const LOGIN_HELP = `oic-actions login: log in from a terminal with a browser (OAuth 2.0 authorization code with PKCE)
and keep the tokens in a session file for the next commands.

Usage: oic-actions login --session FILE --token-url URL --client-id ID --scope 'SCOPE offline_access'
                         [--client-secret SECRET] [--oic-url URL --instance NAME] [--no-browser]

Options (each also as an environment variable OIC_<NAME>, e.g. OIC_CLIENT_SECRET):
  --session FILE       where the tokens are kept (mode 600; also OIC_SESSION); required; never printed
  --token-url URL      identity domain URL (https://idcs-<guid>.identity.oraclecloud.com) or its token endpoint
  --client-id ID       the application registered for the login (grant types Authorization Code, Refresh Token)
  --client-secret S    the secret of a confidential application (HTTP Basic); omit it for a public client (PKCE
                       only). Never stored: a later refresh takes it from --client-secret or OIC_CLIENT_SECRET
  --scope SCOPE        the instance audience + urn:opc:resource:consumer::all; add offline_access for a refresh
                       token (without it the login ends when the access token expires); add openid for an id_token
  --oic-url URL        OIC REST host kept in the session for the next commands (OIC_URL)
  --instance NAME      OIC service instance name kept in the session (OIC_INSTANCE)
  --redirect-port N    port of the redirect listener on 127.0.0.1 (default 0: a free port); the application must
                       allow the redirect URL http://127.0.0.1:<port>/callback
  --timeout SECONDS    how long to wait for the browser's redirect (default 300)
  --no-browser         only print the URL (open it on any machine whose browser can reach 127.0.0.1 here)
  --ca-certificate, --request-timeout, --retries   as for authenticate
  --help               this help

Exit codes: 0 logged in, 1 refused or timed out, 2 usage (missing or invalid option).
`;
function usage(streams, message) {
    streams.stderr(`error: ${(0,redact/* redactText */.Rd)(message)}\nRun 'oic-actions login --help' for its options.\n`);
    return exit/* EXIT */.d.usage;
}
/** Runs `login`; `deps` replace the clock, the browser and the network in tests. Returns the exit code. */
async function login(argv, streams, env, deps = {}) {
    let args;
    try {
        args = (0,cli_args/* parseArgs */.Zy)(argv, new Set(['no-browser']));
    }
    catch (error) {
        return usage(streams, (0,errors/* errorMessage */.gJ)(error));
    }
    if (args.help) {
        streams.stdout(LOGIN_HELP);
        return exit/* EXIT */.d.ok;
    }
    const known = LOGIN_INPUTS;
    const unknown = Object.keys(args.inputs).filter(name => !known.includes(name));
    if (unknown.length)
        return usage(streams, `Unknown option ${unknown.map(n => `--${n}`).join(', ')} for 'login'.`);
    if (args.positionals.length)
        return usage(streams, `Unexpected argument '${args.positionals[0] ?? ''}'.`);
    const session = args.session ?? env.OIC_SESSION;
    if (!session)
        return usage(streams, 'login needs --session FILE (or OIC_SESSION): the file the tokens are kept in.');
    const host = (0,terminal_host/* createTerminalHost */.V)(args.inputs, { ...env }, streams, { verbose: args.verbose });
    try {
        (0,cli_session/* checkSessionFile */.HM)(session);
        const settings = getLoginSettings(host);
        for (const warning of settings.warnings)
            host.warning(warning);
        const token = await performLogin(settings, {
            now: Date.now,
            sleep: ms => new Promise(resolve => setTimeout(resolve, ms).unref()),
            log: line => host.info(line),
            showUrl: url => streams.stderr(`${(0,core_escape/* terminalText */.eR)(url)}\n`),
            open: openBrowser,
            ...deps
        });
        (0,cli_session/* writeSession */.Ko)(session, {
            OIC_ACCESS_TOKEN: token.accessToken,
            OIC_URL: settings.oicUrl?.origin,
            OIC_INSTANCE: settings.instance,
            login: {
                tokenUrl: settings.tokenUrl.toString(),
                clientId: settings.clientId,
                clientAuth: settings.clientSecret === undefined ? 'none' : 'client_secret_basic',
                scope: settings.scope,
                expiresAt: token.expiresAt.toISOString(),
                refreshToken: token.refreshToken
            }
        });
        host.info(`Logged in: token valid until ${token.expiresAt.toISOString()}, ${token.refreshToken ? 'refreshed by later commands' : 'no refresh token'}; kept in ${session} (not printed).`);
        return exit/* EXIT */.d.ok;
    }
    catch (error) {
        streams.stderr(`error: ${(0,redact/* redactText */.Rd)((0,errors/* errorMessage */.gJ)(error))}\n`);
        return (0,exit/* exitCodeOf */.F)(error);
    }
}


/***/ }),

/***/ 92888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wJ: () => (/* binding */ CLIENT_AUTH_METHODS),
  lZ: () => (/* binding */ GRANT_TYPES),
  Fr: () => (/* binding */ requestToken),
  lN: () => (/* binding */ tokenEndpoint)
});

// UNUSED EXPORTS: TOKEN_PATH, explainTokenError

// EXTERNAL MODULE: ./src/core/auth/basic.ts
var basic = __webpack_require__(5624);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic/shape.ts
var shape = __webpack_require__(95364);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/core/auth/assertion.ts
/**
 * Signed JWT assertions (RS256, via jose): the user assertion of the jwt-bearer grant and the client assertion. OCI
 * IAM requires a `kid` or `x5t` header and the identity domain URL among the `aud` values (contract K9).
 */

/** Lifetime of an assertion: long enough for clock skew, short enough to be useless if it leaked. */
const ASSERTION_LIFETIME_S = 300;
/** Signs an assertion with `iat` = now, `exp` = now + {@link ASSERTION_LIFETIME_S}, and a fresh `jti`. */
async function signAssertion(key, claims, nowMs) {
    // jose is loaded only by the grants that sign something.
    const { SignJWT } = await __webpack_require__.e(/* import() */ 267).then(__webpack_require__.bind(__webpack_require__, 42267));
    const iat = Math.floor(nowMs / 1000);
    return new SignJWT({})
        .setProtectedHeader({
        alg: 'RS256',
        typ: 'JWT',
        ...(claims.keyId ? { kid: claims.keyId } : {}),
        ...(claims.x5t ? { x5t: claims.x5t } : {})
    })
        .setIssuer(claims.issuer)
        .setSubject(claims.subject)
        .setAudience(claims.audience)
        .setIssuedAt(iat)
        .setExpirationTime(iat + ASSERTION_LIFETIME_S)
        .setJti((0,external_node_crypto_.randomUUID)())
        .sign(key);
}

// EXTERNAL MODULE: ./src/core/auth/token-response.ts
var token_response = __webpack_require__(4851);
;// CONCATENATED MODULE: ./src/core/auth/token.ts
/**
 * OAuth 2.0 token requests to an OCI IAM identity domain (`/oauth2/v1/token`) for every supported grant and
 * client authentication, with RFC 6749 errors turned into lines that say what to fix.
 */





/** Grant types of the `grant-type` input. */
const GRANT_TYPES = ['client_credentials', 'jwt-bearer', 'password', 'refresh_token'];
/** Client authentication methods of the `client-auth` input. */
const CLIENT_AUTH_METHODS = ['client_secret_basic', 'private_key_jwt'];
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
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
                keyId: req.keyId,
                x5t: req.x5t
            }, nowMs);
            mask(assertion);
            return { grant_type: JWT_BEARER, assertion, scope: req.scope };
        }
    }
}
async function clientAuthentication(req, nowMs, mask) {
    if (req.clientAuth === 'private_key_jwt') {
        const assertion = await signAssertion(req.privateKey, {
            issuer: req.clientId,
            subject: req.clientId,
            audience: req.assertionAudience,
            keyId: req.keyId,
            x5t: req.x5t
        }, nowMs);
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
    return {
        headers: { authorization: (0,basic/* basicAuthorization */.a)(req.clientId, req.clientSecret ?? '', mask) },
        fields: {}
    };
}
/**
 * Requests a token; every secret it creates (assertions, the token itself) is passed to `mask` first. Each attempt
 * signs fresh assertions: an identity domain may refuse a replayed `jti`, which would make every retry fail.
 */
async function requestToken(client, req, options) {
    const signed = req.clientAuth === 'private_key_jwt';
    const { headers } = signed ? { headers: {} } : await clientAuthentication(req, options.now, options.mask);
    const form = async () => ({
        ...(await grantFields(req, options.now, options.mask)),
        ...(signed ? (await clientAuthentication(req, options.now, options.mask)).fields : {})
    });
    let body;
    try {
        // Minting a token has no side effect, so a lost response may be retried; a rotated refresh token would
        // fail the retry with invalid_grant, which is reported below with its meaning.
        const res = await client.json({
            method: 'POST',
            path: req.tokenUrl.pathname,
            form,
            headers,
            safeToRetry: true,
            label: 'token request'
        });
        body = res.body;
    }
    catch (error) {
        throw explainTokenError(error, req);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new errors/* OicActionError */.km(`The identity domain at ${req.tokenUrl.origin} answered ${(0,shape/* describeJson */.kw)(body)} where a token object ({access_token, expires_in}) was expected.`);
    const accessToken = typeof body.access_token === 'string' ? body.access_token : '';
    if (!accessToken) {
        throw new errors/* OicActionError */.km(`The identity domain at ${req.tokenUrl.origin} answered without an access_token.`);
    }
    if (/[\s\u0000-\u001f\u007f]/.test(accessToken))
        throw new errors/* OicActionError */.km(`The identity domain at ${req.tokenUrl.origin} answered an access_token with spaces or control characters where a token was expected.`);
    options.mask(accessToken);
    const refreshToken = typeof body?.refresh_token === 'string' && body.refresh_token ? body.refresh_token : undefined;
    if (refreshToken)
        options.mask(refreshToken);
    const expiresIn = (0,token_response/* lifetime */.EQ)(body?.expires_in, req.tokenUrl.origin);
    const tokenType = (0,token_response/* tokenTypeOf */.bm)(body?.token_type, req.tokenUrl.origin);
    return {
        accessToken,
        tokenType,
        expiresIn,
        expiresAt: new Date(options.now + expiresIn * 1000),
        refreshToken
    };
}
const SCOPE_FORMAT = "The scope is the instance's primary audience followed directly by urn:opc:resource:consumer::all or /ic/api/, e.g. https://<id>.integration.<region>.ocp.oraclecloud.com:443urn:opc:resource:consumer::all (copy the audience from the OIC instance's application in the identity domain)";
/** Turns an RFC 6749 error response into an actionable ConfigurationError; other failures pass through. */
function explainTokenError(error, req) {
    if (!(error instanceof errors/* OicHttpError */.sZ) || error.status < 400 || error.status >= 500 || error.status === 429) {
        return error instanceof Error ? error : new errors/* OicActionError */.km(String(error));
    }
    const code = error.title ?? '';
    const said = error.detail ? ` (${error.detail})` : '';
    const prefix = `The identity domain refused the token request: ${code || `HTTP ${error.status}`}${said}.`;
    const fix = {
        invalid_scope: `Scope '${req.scope}' is not valid. ${SCOPE_FORMAT}.`,
        invalid_client: req.clientAuth === 'private_key_jwt'
            ? `Check client-id '${req.clientId}', and that private-key matches the certificate registered on the app under ${req.keyId ? `key-id '${req.keyId}'` : `x5t '${req.x5t ?? ''}'`}.`
            : `Check client-id '${req.clientId}' and client-secret (the confidential application's credentials).`,
        invalid_grant: req.grantType === 'jwt-bearer'
            ? `Check the user assertion: sub='${req.username ?? ''}' must be an existing user, iss='${req.clientId}', aud='${req.assertionAudience.join(' ')}' (must include the identity domain URL), the runner's clock, and that key-id names the certificate alias registered for this app.`
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


/***/ }),

/***/ 79696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ readTransportSettings),
/* harmony export */   Mr: () => (/* binding */ oicOrigin),
/* harmony export */   ND: () => (/* binding */ readInstanceSettings),
/* harmony export */   Yo: () => (/* binding */ TRANSPORT_INPUTS),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS),
/* harmony export */   uT: () => (/* binding */ createHttpClient),
/* harmony export */   zZ: () => (/* binding */ createOicClient)
/* harmony export */ });
/* unused harmony export oic3Only */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26214);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72079);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25834);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89114);
/* harmony import */ var _tls_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55123);
/**
 * The inputs every OIC action shares (`oic-url`, `instance`, `access-token`, `ca-certificate`, `request-timeout`,
 * `retries`) and the HTTP client built from them.
 */






/** Names of the common inputs. */
const COMMON_INPUTS = [
    'oic-url',
    'instance',
    'access-token',
    'ca-certificate',
    'request-timeout',
    'retries'
];
/** Inputs that shape HTTP behaviour, shared with `authenticate`. */
const TRANSPORT_INPUTS = ['ca-certificate', 'request-timeout', 'retries'];
/** Reads `ca-certificate`, `request-timeout` and `retries`. */
function readTransportSettings(inputs) {
    return {
        caCertificate: (0,_tls_input_js__WEBPACK_IMPORTED_MODULE_5__/* .readCaCertificate */ .m)(inputs.optional('ca-certificate')),
        timeoutMs: inputs.seconds('request-timeout', { fallback: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUEST_TIMEOUT_S */ .Qm, min: 1, max: 3600 }) * 1000,
        retries: inputs.integer('retries', { fallback: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRIES */ .TU, min: 0, max: 10 })
    };
}
/** Normalises an OIC base URL to its origin, accepting a trailing `/ic/api/integration/v1`. */
function oicOrigin(value, input) {
    const url = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHttpsUrl */ .mX)(value, input);
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== '' && path !== _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .OIC_API_BASE */ .dT) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input '${input}' must be the host of the REST API (e.g. https://design.integration.<region>.ocp.oraclecloud.com), not a page or path: got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(value)}.`, { input, value, fix: `Set ${input} to ${url.origin}.` });
    }
    if (url.username || url.password) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input '${input}' must not contain credentials; use access-token.`, {
            input,
            // The value holds a password: it is not carried.
            fix: `Remove the user and password from ${input}; pass the token in access-token.`
        });
    }
    return new URL(url.origin);
}
/**
 * The one line of a project-level action run without `instance` (contract K10: projects, deployments and `.car`
 * archives exist only in the OIC 3 REST reference; an empty `instance` means OIC 2).
 */
function oic3Only(action) {
    const fix = `set input 'instance' (or env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.instance}) to the service instance name from the instance's About page.`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${action} needs Oracle Integration 3 (projects exist only in its REST API), but 'instance' is empty, which means OIC 2: ${fix}`, { input: 'instance', value: '', fix });
}
/**
 * Reads the common inputs (falling back to `OIC_URL`, `OIC_INSTANCE`, `OIC_ACCESS_TOKEN`), masking the token. With
 * `oic3Only`, the name of a project-level action, an empty `instance` (OIC 2) fails with {@link oic3Only}'s line.
 */
function readInstanceSettings(inputs, host, options = {}) {
    const env = host.env;
    const token = inputs.value('access-token') || env[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.token] || '';
    if (token)
        host.setSecret(token);
    const rawUrl = inputs.value('oic-url') || env[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.url] || '';
    if (!rawUrl) {
        const fix = 'the design-time host, e.g. https://design.integration.us-phoenix-1.ocp.oraclecloud.com.';
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input 'oic-url' is required (or env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.url}): ${fix}`, {
            input: 'oic-url',
            value: '',
            fix: `Set oic-url to ${fix}`
        });
    }
    if (!token) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input 'access-token' is required (or env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.token}): pass \${{ steps.<authenticate step id>.outputs.access-token }}.`, {
            input: 'access-token',
            value: '',
            fix: `Pass \${{ steps.<authenticate step id>.outputs.access-token }} (or set env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.token}).`
        });
    }
    const instance = inputs.value('instance') || env[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.instance] || undefined;
    if (instance && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(instance)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input 'instance' must be the service instance name from the instance's About page, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(instance)}.`, {
            input: 'instance',
            value: instance,
            fix: "Set instance to the service instance name from the instance's About page (letters, digits, '.', '_', '-')."
        });
    }
    if (!instance && options.oic3Only)
        throw oic3Only(options.oic3Only);
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
    const client = new _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpClient */ .Q({
        baseUrl,
        ...auth,
        timeoutMs: transport.timeoutMs,
        retry: (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultRetryPolicy */ .ur)(transport.retries),
        caCertificate: transport.caCertificate,
        dispatcher: ctx.dispatcher,
        limits: ctx.limits,
        sleep: ms => ctx.sleep(ms),
        random: () => ctx.random(),
        now: () => ctx.now(),
        log: message => ctx.host.info(message),
        userAgent: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .USER_AGENT */ ._O
    });
    ctx.defer(() => client.close());
    return client;
}


/***/ }),

/***/ 77410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ decoder),
/* harmony export */   Rd: () => (/* binding */ encoder),
/* harmony export */   WG: () => (/* binding */ encodeBase64),
/* harmony export */   lF: () => (/* binding */ encode),
/* harmony export */   u8: () => (/* binding */ strictDecoder),
/* harmony export */   xW: () => (/* binding */ concat),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* unused harmony exports digest, uint32be, uint64be */
const encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}



/***/ }),

/***/ 47784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ validateCritDuplicates),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   J0: () => (/* binding */ validateB64),
/* harmony export */   ac: () => (/* binding */ assertNotSet),
/* harmony export */   fz: () => (/* binding */ isDisjoint),
/* harmony export */   ji: () => (/* binding */ serializeJoseHeader),
/* harmony export */   nI: () => (/* binding */ validateCrit),
/* harmony export */   qc: () => (/* binding */ JWS_RECOGNIZED)
/* harmony export */ });
/* unused harmony exports JWE_RECOGNIZED, assertUint8Array, decodeBase64url, encodeAsciiMember, isJwkSet, parseJoseHeader, validateAlgorithms */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5674);



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .JOSENotSupported */ .T0(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .JWSInvalid */ .Ye('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}



/***/ }),

/***/ 71445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ decode),
/* harmony export */   l: () => (/* binding */ encode)
/* harmony export */ });
/* harmony import */ var _lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77410);

const invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return (0,_lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeBase64 */ .y4)(typeof input == "string" ? input : _lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .decoder */ .D0.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function encode(input) {
  return (0,_lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeBase64 */ .WG)(typeof input == "string" ? _lib_buffer_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .encoder */ .Rd.encode(input) : input, !0);
}



/***/ }),

/***/ 5674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ JWTInvalid),
/* harmony export */   T0: () => (/* binding */ JOSENotSupported),
/* harmony export */   Ye: () => (/* binding */ JWSInvalid)
/* harmony export */ });
/* unused harmony exports JOSEAlgNotAllowed, JOSEError, JWEDecryptionFailed, JWEInvalid, JWKInvalid, JWKSInvalid, JWKSMultipleMatchingKeys, JWKSNoMatchingKey, JWKSTimeout, JWSSignatureVerificationFailed, JWTClaimValidationFailed, JWTExpired */
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JOSE_ALG_NOT_ALLOWED"));
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class JOSENotSupported extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class JWSInvalid extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWKS_INVALID"));
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}



/***/ })

};
