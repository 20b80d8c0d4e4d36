export const id = 652;
export const ids = [652];
export const modules = {

/***/ 6047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: tokenSecondsLeft

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/http/transport.ts + 2 modules
var transport = __webpack_require__(3145);
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
/** What to check when no response arrived: the CA for TLS failures, else the proxy the request went through. */
function hintForNetworkError(url, code, proxy) {
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS/i.test(code ?? ''))
        return 'TLS verification failed: give the PEM of your private CA or TLS-inspecting proxy in ca-certificate';
    return proxy
        ? `The request went through the proxy ${proxy.url} (${proxy.variable}): check that proxy, or list ${url.hostname} in NO_PROXY`
        : undefined;
}

// EXTERNAL MODULE: ./src/core/http/redact.ts
var redact = __webpack_require__(10479);
;// CONCATENATED MODULE: ./src/core/http/response.ts



/** The Node/undici error code of a failure (also when wrapped as `cause`). */
function errorCode(error) {
    const e = error;
    const code = e?.code ?? e?.cause?.code;
    return typeof code === 'string' ? code : undefined;
}
/** Lower-cased header names, repeated values joined. */
function flatHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers))
        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
/** Reads at most {@link MAX_ERROR_BODY_BYTES} of an error body, then drops the rest. */
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
/** The typed error of a non-success answer, with the API's problem details and a hint for the user. */
function responseError(failed, context) {
    const { status, headers } = failed;
    const problem = parseProblem((0,redact/* redactText */.Rd)(failed.text), headers['content-type']);
    let hint = hintForStatus(status);
    const left = context.token ? tokenSecondsLeft(context.token, context.now) : undefined;
    if (status === 401 && left !== undefined && left <= 0) {
        hint = `The access token expired ${-left} s ago: run authenticate again right before this step`;
    }
    const about = `${problem.title ?? ''} ${problem.detail ?? ''}`;
    if ((status === 400 || status === 404) && context.instance && /integrationInstance/i.test(about)) {
        hint = `Check the instance input ('${context.instance}'): the service instance name from the OIC instance's About page`;
    }
    return new errors/* OicHttpError */.sZ({
        status,
        method: failed.method,
        url: (0,redact/* redactUrl */.BO)(failed.url),
        ...problem,
        requestId: headers['opc-request-id'],
        hint
    });
}

// EXTERNAL MODULE: ./src/core/http/retry.ts
var http_retry = __webpack_require__(25834);
;// CONCATENATED MODULE: ./src/core/http/client.ts







const MAX_REDIRECTS = 5;
const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** HTTP client bound to one base URL (an OIC host or an identity domain). */
class HttpClient {
    options;
    transport;
    sleep;
    random;
    now;
    constructor(options) {
        this.options = options;
        this.transport = (0,transport/* createTransport */.oO)({ caCertificate: options.caCertificate, dispatcher: options.dispatcher });
        this.sleep = options.sleep ?? realSleep;
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
    }
    /** Sends a request and parses a JSON response (undefined for an empty body). */
    async json(req) {
        return this.send(req, async (res) => {
            const text = await (0,transport/* readText */.yR)(res.body);
            if (!text.trim())
                return { status: res.statusCode, headers: flatHeaders(res.headers), body: undefined };
            try {
                return { status: res.statusCode, headers: flatHeaders(res.headers), body: JSON.parse(text) };
            }
            catch (cause) {
                // A success body may carry secrets (a token response cut short): say what it was, never what it held.
                const html = /^\s*</.test(text)
                    ? parseProblem(text, res.headers['content-type']).detail
                    : undefined;
                throw Object.assign(new Error(`the response was not valid JSON (${html ?? `${Buffer.byteLength(text)} bytes, cut short or not JSON`})`), { code: 'INVALID_RESPONSE_BODY', cause });
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
    /** Closes the connections this client opened, so Node can exit. */
    async close() {
        await this.transport.close();
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
        if (req.multipart) {
            headers['content-type'] = req.multipart.contentType;
            headers['content-length'] = String(req.multipart.length);
        }
        return headers;
    }
    async bodyFor(req) {
        if (req.json !== undefined)
            return JSON.stringify(req.json);
        if (req.form)
            return new URLSearchParams(typeof req.form === 'function' ? await req.form() : req.form).toString();
        return req.multipart?.stream();
    }
    async send(req, handle) {
        const { retry } = this.options;
        const repeatable = (0,http_retry/* mayRepeat */.xg)(req.method, req.safeToRetry);
        for (let attempt = 0;; attempt++) {
            let url = this.urlFor(req);
            try {
                let res = await this.exchange(req, url);
                for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && res.headers.location; hops++) {
                    url = this.followable(req, url, res, hops);
                    await (0,transport/* drain */.Ze)(res.body);
                    res = await this.exchange(req, url);
                }
                if (res.statusCode >= 200 && res.statusCode < 300) {
                    return await handle(res);
                }
                const text = await readBounded(res.body);
                const failure = this.httpError(req, url, res.statusCode, flatHeaders(res.headers), text);
                const kind = (0,http_retry/* classify */.L8)(retry, { status: res.statusCode });
                const retryAfter = (0,http_retry/* parseRetryAfter */.mu)(res.headers['retry-after'], this.now());
                // A throttled request was refused before it was processed (RFC 6585 §4): safe to repeat whatever the method.
                const mayRetry = repeatable || kind === 'throttling';
                if (kind === 'fatal' || !mayRetry || attempt >= retry.retries)
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
                    hint: hintForNetworkError(url, code, this.transport.proxyFor?.(url)),
                    cause: error
                });
                if ((0,http_retry/* classify */.L8)(retry, { code }) === 'fatal' || !repeatable || attempt >= retry.retries)
                    throw failure;
                await this.pause(req, attempt, failure.message);
            }
        }
    }
    async exchange(req, url) {
        return this.transport.request({
            method: req.method,
            url,
            headers: this.headersFor(req, url),
            body: await this.bodyFor(req),
            timeoutMs: this.options.timeoutMs,
            fresh: !(0,http_retry/* mayRepeat */.xg)(req.method, req.safeToRetry)
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
                hint: `${this.options.token ? 'The token is' : 'Credentials are'} not sent to another host: set ${this.options.urlInput ?? 'oic-url'} to ${target.origin} if that is your ${this.options.urlInput === 'token-url' ? 'identity domain' : 'OIC design-time host'}`
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
        return responseError({ method: req.method, url, status, headers, text }, { ...this.options, now: this.now() });
    }
    async pause(req, attempt, reason, retryAfter) {
        const delay = (0,http_retry/* backoffDelay */.EY)(this.options.retry, attempt, this.random, retryAfter);
        this.options.log?.(`Retry ${req.label}: attempt ${attempt + 1} of ${this.options.retry.retries + 1} failed: ${reason}; retrying in ${delay} ms`);
        await this.sleep(delay);
    }
}


/***/ }),

/***/ 25834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy),
/* harmony export */   xg: () => (/* binding */ mayRepeat)
/* harmony export */ });
/* unused harmony exports IDEMPOTENT_METHODS, RETRYABLE_STATUSES, RETRYABLE_ERROR_CODES */
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
    'HEADERS_TIMEOUT',
    'BODY_TIMEOUT',
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


/***/ }),

/***/ 3145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oO: () => (/* binding */ createTransport),
  Ze: () => (/* binding */ drain),
  yR: () => (/* binding */ readText)
});

// UNUSED EXPORTS: proxyConfigured

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./src/core/http/node-transport.ts
/** The default transport: Node's `http`/`https`, keep-alive pools, idle timeouts with coded errors. */




/** Sockets per origin: enough for test-connections' concurrency. */
const MAX_SOCKETS = 64;
function coded(message, code) {
    return Object.assign(new Error(message), { code });
}
/** Transport over Node's `http` and `https` modules. */
class NodeTransport {
    ca;
    pools;
    /** Agents of fresh connections still open, closed with the transport. */
    oneOffs = new Set();
    constructor(caCertificate) {
        this.ca = caCertificate ? [...external_node_tls_.rootCertificates, caCertificate] : undefined;
        const tls = this.ca ? { ca: this.ca } : {};
        this.pools = {
            http: new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
            https: new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: MAX_SOCKETS, ...tls })
        };
    }
    request(req) {
        const secure = req.url.protocol === 'https:';
        const lib = secure ? (external_node_https_default()) : (external_node_http_default());
        // A fresh connection still asks for keep-alive: with `Connection: close` a server that answers early (a 403
        // before reading an upload) closes the socket at once, and the answer is lost to an EPIPE on the client.
        const oneOff = req.fresh
            ? secure
                ? new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 1, ...(this.ca ? { ca: this.ca } : {}) })
                : new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 1 })
            : undefined;
        if (oneOff)
            this.oneOffs.add(oneOff);
        const done = () => {
            if (!oneOff)
                return;
            oneOff.destroy();
            this.oneOffs.delete(oneOff);
        };
        const agent = oneOff ?? (secure ? this.pools.https : this.pools.http);
        const body = req.body;
        return new Promise((resolve, reject) => {
            let answered = false;
            const outgoing = lib.request(req.url, { method: req.method, headers: req.headers, agent, timeout: req.timeoutMs }, res => {
                answered = true;
                // Once the answer has been read, nothing more of an unfinished upload is wanted.
                if (oneOff)
                    res.once('close', () => {
                        if (body instanceof external_node_stream_.Readable && !body.readableEnded)
                            body.destroy();
                        done();
                    });
                resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res });
            });
            outgoing.on('timeout', () => {
                const phase = answered ? 'BODY_TIMEOUT' : 'HEADERS_TIMEOUT';
                outgoing.destroy(coded(`no ${answered ? 'data' : 'response'} for ${req.timeoutMs} ms`, phase));
            });
            outgoing.on('error', error => {
                if (answered)
                    return;
                done();
                reject(error);
            });
            if (body === undefined)
                outgoing.end();
            else if (body instanceof external_node_stream_.Readable) {
                body.on('error', error => outgoing.destroy(error));
                body.pipe(outgoing);
            }
            else
                outgoing.end(body);
        });
    }
    async close() {
        this.pools.http.destroy();
        this.pools.https.destroy();
        for (const agent of this.oneOffs)
            agent.destroy();
        this.oneOffs.clear();
    }
}

// EXTERNAL MODULE: ./src/core/http/redact.ts
var redact = __webpack_require__(10479);
;// CONCATENATED MODULE: ./src/core/http/proxy-env.ts
/**
 * Which proxy the environment routes a URL through, with the rules undici's `EnvHttpProxyAgent` applies: lower-case
 * variables first, `https:` falls back to the HTTP proxy, and `NO_PROXY` entries match a host exactly, or as a
 * suffix when they start with `.` or `*`, optionally with a port; `*` alone bypasses every host.
 */

function pick(env, ...names) {
    for (const name of names) {
        const value = env[name];
        if (value)
            return { url: (0,redact/* redactUrl */.BO)(value), variable: name };
    }
    return undefined;
}
function bypassed(url, noProxy) {
    if (noProxy.trim() === '*')
        return true;
    const host = url.hostname.toLowerCase();
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    for (const entry of noProxy.split(/[,\s]+/).filter(Boolean)) {
        const parsed = /^(.+):(\d+)$/.exec(entry);
        const name = (parsed?.[1] ?? entry).toLowerCase();
        if (parsed && Number(parsed[2]) !== port)
            continue;
        if (/^[.*]/.test(name) ? host.endsWith(name.replace(/^\*/, '')) : host === name)
            return true;
    }
    return false;
}
/** The proxy `url` goes through, or undefined when none is set or NO_PROXY lists the host. */
function proxyFor(url, env) {
    const route = url.protocol === 'https:'
        ? (pick(env, 'https_proxy', 'HTTPS_PROXY') ?? pick(env, 'http_proxy', 'HTTP_PROXY'))
        : pick(env, 'http_proxy', 'HTTP_PROXY');
    if (!route || bypassed(url, env.no_proxy ?? env.NO_PROXY ?? ''))
        return undefined;
    return route;
}

;// CONCATENATED MODULE: ./src/core/http/transport.ts


/** True when the environment names an HTTP(S) proxy. */
function proxyConfigured(env) {
    return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}
/** Reads a whole body as UTF-8 text. */
async function readText(body) {
    const chunks = [];
    for await (const chunk of body)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** Discards a body so its connection can be reused. */
async function drain(body) {
    body.resume();
    await new Promise(resolve => {
        body.once('end', resolve);
        body.once('close', resolve);
        body.once('error', () => resolve());
    });
}
/** The transport for these options. */
function createTransport(options) {
    if (options.dispatcher || proxyConfigured(options.env ?? process.env))
        return new LazyUndiciTransport(options);
    return new NodeTransport(options.caCertificate);
}
/** undici, imported on first use. */
class LazyUndiciTransport {
    options;
    transport;
    constructor(options) {
        this.options = options;
    }
    async request(req) {
        this.transport ??= Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(486)]).then(__webpack_require__.bind(__webpack_require__, 71486)).then(m => m.createUndiciTransport(this.options, req.timeoutMs));
        return (await this.transport).request(req);
    }
    async close() {
        if (this.transport)
            await (await this.transport).close();
    }
    proxyFor(url) {
        return this.options.dispatcher ? undefined : proxyFor(url, this.options.env ?? process.env);
    }
}


/***/ }),

/***/ 68652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s7: () => (/* binding */ COMMON_INPUTS),
  Yo: () => (/* binding */ TRANSPORT_INPUTS),
  uT: () => (/* binding */ createHttpClient),
  zZ: () => (/* binding */ createOicClient),
  Mr: () => (/* binding */ oicOrigin),
  S4: () => (/* binding */ readConnectionSettings),
  D8: () => (/* binding */ readTransportSettings)
});

// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(26214);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/http/client.ts + 2 modules
var http_client = __webpack_require__(6047);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
        caCertificate: readCaCertificate(inputs.optional('ca-certificate')),
        timeoutMs: inputs.seconds('request-timeout', { fallback: constants/* DEFAULT_REQUEST_TIMEOUT_S */.Qm, min: 1, max: 3600 }) * 1000,
        retries: inputs.integer('retries', { fallback: constants/* DEFAULT_RETRIES */.TU, min: 0, max: 10 })
    };
}
/** Normalises an OIC base URL to its origin, accepting a trailing `/ic/api/integration/v1`. */
function oicOrigin(value, input) {
    const url = (0,core_inputs/* parseHttpsUrl */.mX)(value, input);
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== '' && path !== constants/* OIC_API_BASE */.dT) {
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
function readConnectionSettings(inputs, host) {
    const env = host.env;
    const token = inputs.value('access-token') || env[constants/* ENV */.Km.token] || '';
    if (token)
        host.setSecret(token);
    const rawUrl = inputs.value('oic-url') || env[constants/* ENV */.Km.url] || '';
    if (!rawUrl) {
        throw new errors/* InputError */.dz(`Input 'oic-url' is required (or env ${constants/* ENV */.Km.url}): the design-time host, e.g. https://design.integration.us-phoenix-1.ocp.oraclecloud.com.`, { input: 'oic-url' });
    }
    if (!token) {
        throw new errors/* InputError */.dz(`Input 'access-token' is required (or env ${constants/* ENV */.Km.token}): pass \${{ steps.<authenticate step id>.outputs.access-token }}.`, { input: 'access-token' });
    }
    const instance = inputs.value('instance') || env[constants/* ENV */.Km.instance] || undefined;
    if (instance && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(instance)) {
        throw new errors/* ConfigurationError */.j1(`Input 'instance' must be the service instance name from the instance's About page, got ${(0,core_inputs/* quote */.hD)(instance)}.`, { input: 'instance' });
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
    const client = new http_client/* HttpClient */.Q({
        baseUrl,
        ...auth,
        timeoutMs: transport.timeoutMs,
        retry: (0,retry/* defaultRetryPolicy */.ur)(transport.retries),
        caCertificate: transport.caCertificate,
        dispatcher: ctx.dispatcher,
        sleep: ms => ctx.sleep(ms),
        random: () => ctx.random(),
        now: () => ctx.now(),
        log: message => ctx.host.info(message),
        userAgent: constants/* USER_AGENT */._O
    });
    ctx.defer(() => client.close());
    return client;
}


/***/ })

};
