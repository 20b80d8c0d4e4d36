export const id = 489;
export const ids = [489];
export const modules = {

/***/ 30489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: ./src/core/auth/token.ts + 1 modules
var auth_token = __webpack_require__(92888);
// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(26214);
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
/** Parses a PKCS#8 or PKCS#1 RSA private key of at least 2048 bits, or throws an input error naming `input` (never the key). */
function loadPrivateKey(value, input = 'private-key') {
    const pem = normalisePem(value);
    const fail = (why, fix = 'Give the unencrypted PEM RSA private key (at least 2048 bits).') => {
        throw (0,errors/* inputError */.Xu)(`Input '${input}' ${why}`, { input, fix });
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

;// CONCATENATED MODULE: ./src/core/auth/certificate.ts
/**
 * The certificate that identifies a signing key to OCI IAM by its `x5t` header (contract K9; OCI IAM, "Client/User
 * JWT Assertion": `x5t` = base64url X.509 certificate SHA-1 thumbprint; "The x5t or kid claim must be present").
 * It is taken from the `private-key` input when that PEM also holds the certificate registered on the app.
 */



const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/;
/**
 * The `x5t` of the certificate in `pem` (a PEM bundle), or undefined when it holds none. Throws an InputError naming
 * `input` when the certificate is damaged or is not the certificate of `key`.
 */
function x5tFromPem(pem, key, input = 'private-key') {
    const block = CERTIFICATE_BLOCK.exec(normalisePem(pem))?.[0];
    if (!block)
        return undefined;
    let certificate;
    try {
        certificate = new external_node_crypto_.X509Certificate(block);
    }
    catch {
        throw (0,errors/* inputError */.Xu)(`Input '${input}' holds a certificate that could not be parsed: paste the whole PEM certificate, or drop it and set key-id.`, { input, fix: 'Paste the whole PEM certificate, or drop it and set key-id.' });
    }
    const spki = (k) => k.export({ type: 'spki', format: 'der' });
    if (!spki(certificate.publicKey).equals(spki((0,external_node_crypto_.createPublicKey)(key)))) {
        throw (0,errors/* inputError */.Xu)(`Input '${input}' holds a certificate of another key: give the certificate of this private key (the one registered on the app).`, { input, fix: 'Give the certificate of this private key (the one registered on the app).' });
    }
    return (0,external_node_crypto_.createHash)('sha1').update(certificate.raw).digest('base64url');
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/actions/authenticate/inputs.ts
/** Inputs of `authenticate`, read once, masked at once, validated into {@link AuthenticateSettings}. */






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
    ...oic_instance/* TRANSPORT_INPUTS */.Yo
];
/** The `aud` of Oracle's OIC JWT-assertion walkthrough, sent beside the identity domain URL by default. */
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
    const tokenUrl = (0,auth_token/* tokenEndpoint */.lN)((0,core_inputs/* parseHttpsUrl */.mX)(needs('token-url', 'the identity domain URL, e.g. https://idcs-<guid>.identity.oraclecloud.com.'), 'token-url'));
    const clientId = needs('client-id', "the confidential application's client id.");
    const scope = needs('scope', "the OIC instance's audience + urn:opc:resource:consumer::all (or + /ic/api/).");
    const grantType = inputs.choice('grant-type', auth_token/* GRANT_TYPES */.lZ, 'client_credentials');
    const clientAuth = inputs.choice('client-auth', auth_token/* CLIENT_AUTH_METHODS */.wJ, 'client_secret_basic');
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
    const keyId = inputs.optional('key-id');
    const x5t = pem && privateKey ? x5tFromPem(pem, privateKey) : undefined;
    if (keyNeeded && !keyId && !x5t) {
        const what = grantType === 'jwt-bearer' ? "grant-type 'jwt-bearer'" : "client-auth 'private_key_jwt'";
        const fix = "set key-id to the certificate alias registered on the confidential application (or append that certificate's PEM to private-key to send its x5t).";
        throw (0,errors/* inputError */.Xu)(`Input 'key-id' is required with ${what}: OCI IAM refuses an assertion without a kid or x5t header; ${fix}`, { input: 'key-id', value: '', fix });
    }
    const audience = assertionAudience(inputs.optional('assertion-audience'), tokenUrl);
    const warnings = [];
    if (keyNeeded && !audience.some(a => sameUrl(a, tokenUrl.origin))) {
        warnings.push(`assertion-audience does not include the identity domain URL ${tokenUrl.origin}; OCI IAM requires it among the aud values.`);
    }
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
        keyId,
        x5t,
        assertionAudience: audience,
        refreshToken,
        oicUrl: oicUrlRaw ? (0,oic_instance/* oicOrigin */.Mr)(oicUrlRaw, 'oic-url') : undefined,
        instance: inputs.optional('instance'),
        exportEnv: inputs.boolean('export-env', true),
        transport: (0,oic_instance/* readTransportSettings */.D8)(inputs),
        warnings
    };
}
const sameUrl = (a, b) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
/**
 * The `aud` values of signed assertions (contract K9): the given ones (comma- or space-separated), else the
 * identity domain URL — which OCI IAM requires among them — and Oracle's generic audience.
 */
function assertionAudience(given, tokenUrl) {
    const values = (given ?? '').split(/[\s,]+/).filter(Boolean);
    return values.length ? values : [tokenUrl.origin, DEFAULT_ASSERTION_AUDIENCE];
}

;// CONCATENATED MODULE: ./src/actions/authenticate/main.ts
/** `authenticate`: gets an OAuth 2.0 token for the OIC REST API and hands it to later steps, masked. */




/** Output names. */
const OUTPUTS = (/* unused pure expression or super */ null && ([
    'access-token',
    'token-type',
    'expires-in',
    'expires-at',
    'refresh-token',
    'results'
]));
/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const settings = getSettings(host);
    for (const warning of settings.warnings)
        host.warning(warning);
    const client = (0,oic_instance/* createHttpClient */.uT)(new URL(settings.tokenUrl.origin), settings.transport, ctx, {
        urlInput: 'token-url'
    });
    host.info(`Requesting a ${settings.grantType} token from ${settings.tokenUrl.origin} for client ${settings.clientId}`);
    // requestToken checks the whole answer (lifetime, type) before any output is written.
    const token = await (0,auth_token/* requestToken */.Fr)(client, settings, { now: ctx.now(), mask: value => host.setSecret(value) });
    const expiresAt = token.expiresAt.toISOString();
    host.setOutput('access-token', token.accessToken);
    host.setOutput('token-type', token.tokenType);
    host.setOutput('expires-in', String(token.expiresIn));
    host.setOutput('expires-at', expiresAt);
    if (token.refreshToken)
        host.setOutput('refresh-token', token.refreshToken);
    const exported = settings.exportEnv ? exportToEnv(host, settings, token.accessToken) : [];
    host.setOutput('results', JSON.stringify({
        grantType: settings.grantType,
        clientAuth: settings.clientAuth,
        scope: settings.scope,
        tokenType: token.tokenType,
        expiresIn: token.expiresIn,
        expiresAt: token.expiresAt.toISOString(),
        refreshToken: Boolean(token.refreshToken),
        exported
    }));
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
/** Exports the token, and the URL and instance when given, to later steps; returns the variable names. */
function exportToEnv(host, settings, accessToken) {
    const values = [
        [constants/* ENV */.Km.token, accessToken],
        [constants/* ENV */.Km.url, settings.oicUrl?.origin],
        [constants/* ENV */.Km.instance, settings.instance]
    ];
    const exported = [];
    for (const [name, value] of values) {
        if (!value)
            continue;
        host.exportVariable(name, value);
        exported.push(name);
    }
    return exported;
}

;// CONCATENATED MODULE: ./src/actions/authenticate/index.ts
/** Entry of `authenticate`. */


/** Runs `authenticate` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('authenticate', main, options);


/***/ }),

/***/ 5624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ basicAuthorization)
/* harmony export */ });
/** HTTP Basic client authentication at a token endpoint (RFC 6749 §2.3.1, as OCI IAM's token examples send it). */
/** The `authorization` header for `clientId:clientSecret`; the pair is masked before it is encoded. */
function basicAuthorization(clientId, clientSecret, mask) {
    const pair = `${clientId}:${clientSecret}`;
    mask(pair);
    return `Basic ${Buffer.from(pair).toString('base64')}`;
}


/***/ }),

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ lifetime),
/* harmony export */   bm: () => (/* binding */ tokenTypeOf)
/* harmony export */ });
/* unused harmony export DEFAULT_EXPIRES_IN_S */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The numbers and words of a token answer, checked before anything is output: a hostile or broken identity domain
 * cannot make authenticate write a token and then fail on its lifetime (`expires_in: 1e400`).
 */

/** Lifetime assumed when the answer names none (RFC 6749 makes `expires_in` optional). */
const DEFAULT_EXPIRES_IN_S = 3600;
/** Longest token lifetime taken as given: ten years, in seconds. */
const MAX_EXPIRES_IN_S = 10 * 365 * 24 * 3600;
/** An RFC 6750 token type: a short word (`Bearer`, `DPoP`). */
const TOKEN_TYPE = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;
/**
 * `expires_in` as whole seconds: absent means the default hour; anything else must be a positive finite number of
 * seconds up to ten years (`1e400` parses as Infinity), checked before any output is written.
 */
function lifetime(value, origin) {
    if (value === undefined || value === null)
        return DEFAULT_EXPIRES_IN_S;
    const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    if (!Number.isFinite(seconds) || seconds < 1 || seconds > MAX_EXPIRES_IN_S)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicActionError */ .km(`The identity domain at ${origin} answered expires_in ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value === 'number' ? String(value) : `of type ${Array.isArray(value) ? 'array' : typeof value}`} where a number of seconds (1 to ${MAX_EXPIRES_IN_S}) was expected.`);
    return Math.floor(seconds);
}
/** `token_type`: `Bearer` when absent, else a short word; anything else is refused in one line. */
function tokenTypeOf(value, origin) {
    const type = typeof value === 'string' && value
        ? value
        : value === undefined || value === null || value === ''
            ? 'Bearer'
            : undefined;
    if (type === undefined || !TOKEN_TYPE.test(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicActionError */ .km(`The identity domain at ${origin} answered token_type ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : `of type ${typeof value}`} where a token type such as Bearer was expected.`);
    return type;
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


/***/ })

};
