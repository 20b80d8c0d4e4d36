export const id = 314;
export const ids = [314];
export const modules = {

/***/ 26214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ ENV),
/* harmony export */   Qm: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_S),
/* harmony export */   TU: () => (/* binding */ DEFAULT_RETRIES),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   dT: () => (/* binding */ OIC_API_BASE)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74910);
/** Named defaults shared by the actions. */

/** Sent as `User-Agent` on every request: the tool and its version (package.json). */
const USER_AGENT = `oic-actions/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x} (+https://github.com/oic-actions/oic-actions)`;
/** Base path of the OIC design-time ("Factory") and monitoring REST API. */
const OIC_API_BASE = '/ic/api/integration/v1';
/** Default seconds one HTTP request may take (the `request-timeout` input). */
const DEFAULT_REQUEST_TIMEOUT_S = 120;
/** Default attempts after the first for transient failures (the `retries` input). */
const DEFAULT_RETRIES = 4;
/** Environment variables shared between steps. */
const ENV = {
    url: 'OIC_URL',
    instance: 'OIC_INSTANCE',
    token: 'OIC_ACCESS_TOKEN'
};


/***/ }),

/***/ 72079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: tokenSecondsLeft

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(26214);
// EXTERNAL MODULE: ./src/core/http/limits.ts
var limits = __webpack_require__(66502);
;// CONCATENATED MODULE: ./src/core/http/deadline.ts
/**
 * The overall deadline of one attempt: an AbortSignal that fires when the whole exchange (head and body) has
 * taken longer than its bound. The idle timeout alone never ends a server that drips one byte at a time.
 */

/** Error code of an exchange ended by its deadline (not retried: a server this slow would only be waited for again). */
const DEADLINE_CODE = 'REQUEST_DEADLINE';
/** A running deadline; {@link Deadline.clear} it when the exchange is over. */
class Deadline {
    ms;
    controller = new AbortController();
    timer;
    /** The status of the answer's head, once it arrived. */
    status;
    /** Bytes of the body read before the deadline, when known. */
    bytes;
    constructor(ms) {
        this.ms = ms;
        this.timer = setTimeout(() => {
            const reason = Object.assign(new Error(`request deadline of ${(0,limits/* formatSeconds */.Xo)(ms)} exceeded`), {
                code: DEADLINE_CODE
            });
            this.controller.abort(reason);
        }, ms);
        this.timer.unref?.();
    }
    /** Aborted when the deadline passes. */
    get signal() {
        return this.controller.signal;
    }
    /** True once the deadline passed. */
    get expired() {
        return this.controller.signal.aborted;
    }
    /** Stops the timer. */
    clear() {
        clearTimeout(this.timer);
    }
    /** The one-line detail of an exchange this deadline ended: what the server was doing when time ran out. */
    detail() {
        const bound = `the request deadline of ${(0,limits/* formatSeconds */.Xo)(this.ms)}`;
        if (this.status === undefined)
            return `the server had not sent the complete head of its answer within ${bound} (it sends it too slowly or not at all)`;
        return `the server was still sending the body of its HTTP ${this.status} answer when ${bound} passed (it sends it too slowly)`;
    }
}

// EXTERNAL MODULE: ./src/core/secrets/redact.ts
var redact = __webpack_require__(21340);
;// CONCATENATED MODULE: ./src/core/http/redirects.ts
/** Following redirects without ever carrying the bearer token (or any credential) to another host. */


const MAX_REDIRECTS = 5;
/** The next URL of a redirect, refusing hops to another host: the bearer token must never leave its host. */
function redirectTarget(policy, hop) {
    const { method, from, res } = hop;
    const target = new URL(String(res.headers.location), from);
    const foreign = target.host !== policy.baseUrl.host || target.protocol !== policy.baseUrl.protocol;
    const downgrade = from.protocol === 'https:' && target.protocol !== 'https:';
    if (foreign && (policy.redirects !== 'any-host' || downgrade)) {
        throw new errors/* OicHttpError */.sZ({
            status: res.statusCode,
            method,
            url: (0,redact/* redactUrl */.BO)(from),
            detail: `redirected to ${target.origin}`,
            hint: `${policy.token ? 'The token is' : 'Credentials are'} not sent to another host: set ${policy.urlInput ?? 'oic-url'} to ${target.origin} if that is your ${policy.urlInput === 'token-url' ? 'identity domain' : 'OIC design-time host'}`
        });
    }
    if (hop.hops >= MAX_REDIRECTS) {
        throw new errors/* OicHttpError */.sZ({
            status: res.statusCode,
            method,
            url: (0,redact/* redactUrl */.BO)(from),
            detail: 'too many redirects'
        });
    }
    return target;
}

// EXTERNAL MODULE: ./src/core/http/transport.ts
var transport = __webpack_require__(95473);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
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
/** True when the environment names an HTTP(S) proxy. */
function proxyConfigured(env) {
    return Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY);
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

;// CONCATENATED MODULE: ./src/core/http/undici-transport.ts
/**
 * The one transport, on undici `request`. Idempotent requests share a keep-alive pool; a request that must not be
 * repeated (`fresh`) gets a connection of its own, so it never goes out on a pooled socket the server has just
 * closed (an error after which nobody can tell whether the server acted). Bodies stream both ways with
 * backpressure, a server's early answer to an upload (a 403 before the body is read) is delivered as a response,
 * and one timeout bounds connecting, waiting for the head and every gap between body chunks.
 */




/** Connections per origin in the pool: enough for test-connections' concurrency. */
const MAX_CONNECTIONS = 64;
const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
/** A new dispatcher: `EnvHttpProxyAgent` when `env` names a proxy, else a plain `Agent`. */
function createDispatcher(options, connections) {
    const env = options.env ?? process.env;
    // Verification pinned on: NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment must not switch it off.
    const ca = options.caCertificate ? { ca: [...external_node_tls_.rootCertificates, options.caCertificate] } : {};
    const tls = { rejectUnauthorized: true, ...ca };
    const connect = { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, ...tls };
    if (!proxyConfigured(env))
        return new undici.Agent({ connections, connect });
    return new undici.EnvHttpProxyAgent({
        connections,
        connect,
        requestTls: tls,
        proxyTls: tls,
        httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
        httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
        noProxy: env.no_proxy ?? env.NO_PROXY ?? ''
    });
}
/** Transport over undici; dispatchers it creates are closed by {@link UndiciTransport.close}. */
class UndiciTransport {
    options;
    pool;
    owned;
    /** Dispatchers of fresh connections still open. */
    oneOffs = new Set();
    constructor(options = {}) {
        this.options = options;
        this.owned = !options.dispatcher;
        this.pool = options.dispatcher ?? createDispatcher(options, MAX_CONNECTIONS);
    }
    async request(req) {
        // An injected dispatcher (MockAgent) is used as it is: it has no sockets to reuse.
        const dispatcher = req.fresh && this.owned ? this.oneOff() : this.pool;
        const finish = () => {
            if (req.body instanceof external_node_stream_.Readable && !req.body.readableEnded)
                req.body.destroy();
            if (dispatcher !== this.pool)
                this.release(dispatcher);
        };
        try {
            const res = await (0,undici.request)(req.url, {
                method: req.method,
                headers: req.headers,
                body: req.body,
                dispatcher,
                signal: req.signal,
                headersTimeout: req.timeoutMs,
                bodyTimeout: req.timeoutMs
            });
            // Once the answer has been read, nothing more of an unfinished upload is wanted.
            if (dispatcher !== this.pool || req.body instanceof external_node_stream_.Readable)
                res.body.once('close', finish);
            return { statusCode: res.statusCode, headers: res.headers, body: res.body };
        }
        catch (error) {
            finish();
            throw error;
        }
    }
    async close() {
        const closing = [...this.oneOffs].map(d => d.destroy());
        this.oneOffs.clear();
        if (this.owned)
            closing.push(this.pool.close());
        await Promise.all(closing);
    }
    proxyFor(url) {
        return this.owned ? proxyFor(url, this.options.env ?? process.env) : undefined;
    }
    oneOff() {
        const dispatcher = createDispatcher(this.options, 1);
        this.oneOffs.add(dispatcher);
        return dispatcher;
    }
    release(dispatcher) {
        if (!this.oneOffs.delete(dispatcher))
            return;
        // Closing (not destroying) lets a response still being read finish; nothing else will use this connection.
        dispatcher.close().catch(() => undefined);
    }
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
/** What to check when no response arrived: the CA for TLS failures, else the proxy the request went through. */
function hintForNetworkError(url, code, proxy) {
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|TLS/i.test(code ?? ''))
        return 'TLS verification failed: give the PEM of your private CA or TLS-inspecting proxy in ca-certificate';
    return proxy
        ? `The request went through the proxy ${proxy.url} (${proxy.variable}): check that proxy, or list ${url.hostname} in NO_PROXY`
        : undefined;
}

;// CONCATENATED MODULE: ./src/core/http/response.ts




/** Error code of an answer larger than the bound of its kind (not retried: the server would send it again). */
const TOO_LARGE_CODE = 'RESPONSE_TOO_LARGE';
function tooLarge(maxBytes, what) {
    return Object.assign(new Error(`the server ${what} where a JSON answer was expected: the largest JSON answer read is ${(0,limits/* formatBytes */.z3)(maxBytes)}`), { code: TOO_LARGE_CODE });
}
/**
 * Reads a JSON answer's text, refusing it as soon as it exceeds `maxBytes` (a `Content-Length` above it is refused
 * before reading): the body is never held whole beyond the bound, and its chunks are released before decoding.
 */
async function readJsonText(body, headers, maxBytes) {
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
        body.destroy();
        throw tooLarge(maxBytes, `announced ${(0,limits/* formatBytes */.z3)(declared)}`);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buf.length;
        // Leaving the loop destroys the body: nothing more of it is read.
        if (size > maxBytes)
            throw tooLarge(maxBytes, `sent more than ${(0,limits/* formatBytes */.z3)(maxBytes)}`);
        chunks.push(buf);
    }
    const whole = Buffer.concat(chunks, size);
    chunks.length = 0;
    return whole.toString('utf8');
}
/** Parses a JSON answer (undefined when empty); an invalid one fails saying what it was, never what it held. */
function parseJsonAnswer(text, contentType) {
    if (!text.trim())
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (cause) {
        // A success body may carry secrets (a token response cut short): say what it was, never what it held.
        const html = /^\s*</.test(text) ? parseProblem(text, contentType).detail : undefined;
        throw Object.assign(new Error(`the response was not valid JSON (${html ?? `${Buffer.byteLength(text)} bytes, cut short or not JSON`})`), { code: 'INVALID_RESPONSE_BODY', cause });
    }
}
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
    // Redacted before parsing (a secret split by the parser's cut) and after (a form only decoding reveals).
    const parsed = parseProblem((0,redact/* redactText */.Rd)(failed.text), headers['content-type']);
    const problem = {
        title: parsed.title && (0,redact/* redactText */.Rd)(parsed.title),
        detail: parsed.detail && (0,redact/* redactText */.Rd)(parsed.detail),
        errorCode: parsed.errorCode,
        errorDetails: parsed.errorDetails?.map(redact/* redactText */.Rd)
    };
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

;// CONCATENATED MODULE: ./src/core/http/unanswered.ts
/** The error of an exchange that brought no usable answer: a network failure, the deadline, or an oversized answer. */





/**
 * The typed error of `attempt`: the deadline is named with what the server was doing when it passed, an answer
 * beyond its size bound with that bound. Neither code is retryable: a retry would meet the same server.
 */
function unansweredError(attempt, proxy) {
    const { error, deadline, url } = attempt;
    const code = deadline.expired ? DEADLINE_CODE : errorCode(error);
    const bounded = code === DEADLINE_CODE || code === TOO_LARGE_CODE;
    const message = error instanceof Error ? error.message : String(error);
    return new errors/* OicHttpError */.sZ({
        status: 0,
        method: attempt.method,
        url: (0,redact/* redactUrl */.BO)(url),
        code,
        detail: code === DEADLINE_CODE ? deadline.detail() : (0,redact/* redactText */.Rd)(message),
        hint: bounded ? undefined : hintForNetworkError(url, code, proxy),
        cause: error
    });
}

// EXTERNAL MODULE: ./src/core/http/retry.ts
var http_retry = __webpack_require__(25834);
;// CONCATENATED MODULE: ./src/core/http/client.ts











const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** HTTP client bound to one base URL (an OIC host or an identity domain). */
class HttpClient {
    options;
    transport;
    sleep;
    random;
    now;
    /** The bounds this client keeps (collection walks read `maxPages`). */
    limits;
    constructor(options) {
        this.options = options;
        this.limits = (0,limits/* resolveLimits */.fW)(options.timeoutMs, options.limits);
        this.transport = new UndiciTransport({
            caCertificate: options.caCertificate,
            dispatcher: options.dispatcher,
            connectTimeoutMs: options.timeoutMs
        });
        this.sleep = options.sleep ?? realSleep;
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
    }
    /** Sends a request and parses a JSON response (undefined for an empty body). */
    async json(req) {
        return this.send(req, async (res) => {
            const text = await readJsonText(res.body, res.headers, this.limits.maxJsonBytes);
            const headers = flatHeaders(res.headers);
            return { status: res.statusCode, headers, body: parseJsonAnswer(text, headers['content-type']) };
        });
    }
    /**
     * Sends a request and hands the streamed body to `consume`. When the request may be repeated, a failure
     * inside `consume` (connection reset mid-body) retries the whole exchange, so `consume` must start afresh.
     */
    async stream(req, consume) {
        return this.send(req, res => consume(res.body, flatHeaders(res.headers)), true);
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
            'user-agent': this.options.userAgent ?? constants/* USER_AGENT */._O,
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
    async send(req, handle, transfer = false) {
        const { retry } = this.options;
        const repeatable = (0,http_retry/* mayRepeat */.xg)(req.method, req.safeToRetry);
        const bound = transfer || req.multipart ? this.limits.transferDeadlineMs : this.limits.deadlineMs;
        for (let attempt = 0;; attempt++) {
            let url = this.urlFor(req);
            const deadline = new Deadline(bound);
            try {
                let res = await this.exchange(req, url, deadline.signal);
                for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && res.headers.location; hops++) {
                    url = redirectTarget(this.options, { method: req.method, from: url, res, hops });
                    await (0,transport/* drain */.Z)(res.body);
                    res = await this.exchange(req, url, deadline.signal);
                }
                deadline.status = res.statusCode;
                if (res.statusCode >= 200 && res.statusCode < 300) {
                    return await handle(res);
                }
                const text = await readBounded(res.body);
                if (deadline.expired)
                    throw deadline.signal.reason;
                deadline.clear();
                const failed = {
                    method: req.method,
                    url,
                    status: res.statusCode,
                    headers: flatHeaders(res.headers),
                    text
                };
                const failure = responseError(failed, { ...this.options, now: this.now() });
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
                // An HTTP error, or the consumer refusing an answer it did read (not a zip, too large): not a lost answer.
                if (error instanceof errors/* OicActionError */.km)
                    throw error;
                deadline.clear();
                const failure = unansweredError({ method: req.method, url, error, deadline }, this.transport.proxyFor?.(url));
                if ((0,http_retry/* classify */.L8)(retry, { code: failure.code }) === 'fatal' || !repeatable || attempt >= retry.retries)
                    throw failure;
                await this.pause(req, attempt, failure.message);
            }
            finally {
                deadline.clear();
            }
        }
    }
    async exchange(req, url, signal) {
        return this.transport.request({
            method: req.method,
            url,
            headers: this.headersFor(req, url),
            body: await this.bodyFor(req),
            timeoutMs: this.options.timeoutMs,
            signal,
            fresh: !(0,http_retry/* mayRepeat */.xg)(req.method, req.safeToRetry)
        });
    }
    async pause(req, attempt, reason, retryAfter) {
        const delay = (0,http_retry/* backoffDelay */.EY)(this.options.retry, attempt, this.random, retryAfter);
        this.options.log?.(`Retry ${req.label}: attempt ${attempt + 1} of ${this.options.retry.retries + 1} failed: ${reason}; retrying in ${delay} ms`);
        await this.sleep(delay);
    }
}


/***/ }),

/***/ 66502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   Y0: () => (/* binding */ MAX_PAGES),
/* harmony export */   fW: () => (/* binding */ resolveLimits),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports MAX_JSON_BYTES, DEADLINE_MS, TRANSFER_DEADLINE_MS */
/**
 * The bounds every exchange with a server keeps, whatever the server does: the size of a JSON answer, the overall
 * time of one request (besides the idle timeout, which a byte-by-byte drip never trips) and the pages of one
 * collection walk. Generous defaults; tests inject small values.
 */
/** 64 MiB: far above any OIC JSON answer (a page of 100 items is a few hundred KiB). */
const MAX_JSON_BYTES = 64 * 1024 * 1024;
/** 15 minutes (or twice `request-timeout`, when longer) for a JSON exchange. */
const DEADLINE_MS = 15 * 60_000;
/** 2 hours (or twice `request-timeout`, when longer) for an archive upload or download. */
const TRANSFER_DEADLINE_MS = 2 * 3600_000;
/** 10,000 pages: a million items at the page size of 100. */
const MAX_PAGES = 10_000;
/** The bounds of a client whose idle timeout is `timeoutMs`, with `overrides` (tests) taking precedence. */
function resolveLimits(timeoutMs, overrides = {}) {
    return {
        maxJsonBytes: overrides.maxJsonBytes ?? MAX_JSON_BYTES,
        deadlineMs: overrides.deadlineMs ?? Math.max(DEADLINE_MS, 2 * timeoutMs),
        transferDeadlineMs: overrides.transferDeadlineMs ?? Math.max(TRANSFER_DEADLINE_MS, 2 * timeoutMs),
        maxPages: overrides.maxPages ?? MAX_PAGES
    };
}
/** `64 MiB`, `1.5 KiB`, `300 bytes`. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
/** `900 s`, `0.3 s`. */
function formatSeconds(ms) {
    return `${ms % 1000 === 0 ? ms / 1000 : (ms / 1000).toFixed(1)} s`;
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

/***/ 95473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ drain),
/* harmony export */   y: () => (/* binding */ readText)
/* harmony export */ });
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


/***/ }),

/***/ 95364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ OIC_CODE),
/* harmony export */   kw: () => (/* binding */ describeJson),
/* harmony export */   ll: () => (/* binding */ checkBody),
/* harmony export */   nS: () => (/* binding */ checkCollection),
/* harmony export */   os: () => (/* binding */ unexpected),
/* harmony export */   q7: () => (/* binding */ checkCode),
/* harmony export */   qx: () => (/* binding */ UnexpectedAnswerError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * The shape of what the server answered, checked where the typed wrappers take a JSON body: a body, a collection
 * or a code of another type ends the step with one line — "<what>: the server answered <this> where <that> was
 * expected" — instead of an internal failure further on.
 */

/** The letters, digits, `_`, `-` and `.` of an OIC code (project, deployment, integration, connection). */
const OIC_CODE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;
/** The server answered a type other than the one the wrapper reads. */
class UnexpectedAnswerError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicActionError */ .km {
}
/** A short, printable description of a JSON value (`a string "…"`, `the number 5`, `an array`, `null`). */
function describeJson(value) {
    if (value === undefined)
        return 'an empty body';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.slice(0, 40))}${value.length > 40 ? '…' : ''}`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return `${typeof value} ${String(value)}`;
    return typeof value === 'object' ? 'an object' : String(typeof value);
}
/** The one-line error for `value` found where `expected` should be. */
function unexpected(label, value, expected) {
    return new UnexpectedAnswerError(`${label}: the server answered ${describeJson(value)} where ${expected} was expected.`);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A JSON body: an object or an array (or nothing); a bare string, number or boolean is refused. */
function checkBody(body, label) {
    if (body === undefined || body === null || typeof body === 'object')
        return body;
    throw unexpected(label, body, 'a JSON object');
}
/**
 * A collection page: an object whose `items` (when present) is an array of objects, `hasMore` a boolean and the
 * counts finite numbers.
 */
function checkCollection(page, label) {
    if (page === undefined || page === null)
        return page;
    if (!isObject(page))
        throw unexpected(label, page, 'a collection object ({items, hasMore})');
    const { items, hasMore } = page;
    if (items !== undefined && !Array.isArray(items))
        throw unexpected(label, items, 'an array of items');
    const odd = items?.find(item => !isObject(item));
    if (odd !== undefined)
        throw unexpected(label, odd, 'an item object');
    if (hasMore !== undefined && typeof hasMore !== 'boolean')
        throw unexpected(label, hasMore, 'hasMore true or false');
    for (const key of ['totalResults', 'totalRecordsCount', 'offset', 'limit']) {
        const n = page[key];
        if (n !== undefined && !(typeof n === 'number' && Number.isFinite(n) && n >= 0))
            throw unexpected(label, n, `${key} as a count`);
    }
    return page;
}
/** A code the server or an archive names, checked against the OIC code grammar before it reaches an output. */
function checkCode(value, label, what = 'a code') {
    if (typeof value === 'string' && OIC_CODE.test(value))
        return value;
    throw unexpected(label, value, `${what} of letters, digits, '_', '-' and '.'`);
}


/***/ }),

/***/ 55123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readCaCertificate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/** The `ca-certificate` input: PEM text or a path to a PEM file, checked before any connection is made. */



const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Returns the PEM bundle, or an input error naming the input when it holds no valid certificate. */
function readCaCertificate(value, input = 'ca-certificate') {
    if (!value)
        return undefined;
    let pem = value;
    if (!value.includes('-----BEGIN')) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(value)) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`Input '${input}' must be PEM text or the path of a PEM file; no file exists at '${value}'.`, {
                input,
                value,
                fix: `Give the CA certificate(s) in PEM form, or the path of a PEM file, in ${input}.`
            });
        }
        pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(value, 'utf8');
    }
    const blocks = pem.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`Input '${input}' holds no '-----BEGIN CERTIFICATE-----' block: give the CA certificate(s) in PEM form.`, { input, value, fix: `Give the CA certificate(s) in PEM form in ${input}.` });
    }
    for (const block of blocks) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`Input '${input}' holds a certificate that cannot be parsed: check its PEM text.`, {
                input,
                value,
                fix: `Check the PEM text of the certificates in ${input}.`
            });
        }
    }
    return blocks.join('\n');
}


/***/ }),

/***/ 74910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/version.ts
/**
 * The one version of the tool, read from package.json at build time (ncc inlines it): `oic-actions --version`,
 * the help text and the `User-Agent` of every request carry it.
 */

/** The version in package.json, e.g. `0.1.0`. */
const VERSION = package_namespaceObject.rE;


/***/ })

};
