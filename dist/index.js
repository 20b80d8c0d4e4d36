import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 19984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ ACTION_NAMES),
/* harmony export */   Hm: () => (/* binding */ LOADERS),
/* harmony export */   S8: () => (/* binding */ isActionName)
/* harmony export */ });
/** The six actions, in pipeline order. */
const ACTION_NAMES = [
    'authenticate',
    'create-deployment',
    'export-car',
    'import-car',
    'test-connections',
    'resubmit-errors'
];
/** Lazy loaders: each `import()` becomes its own chunk of the bundle. */
const LOADERS = {
    authenticate: () => Promise.all(/* import() */[__nccwpck_require__.e(652), __nccwpck_require__.e(999)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46999)),
    'create-deployment': () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(652), __nccwpck_require__.e(266)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97266)),
    'export-car': () => Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(260), __nccwpck_require__.e(652), __nccwpck_require__.e(979)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27979)),
    'import-car': () => Promise.all(/* import() */[__nccwpck_require__.e(663), __nccwpck_require__.e(652), __nccwpck_require__.e(418), __nccwpck_require__.e(901)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41252)),
    'test-connections': () => Promise.all(/* import() */[__nccwpck_require__.e(652), __nccwpck_require__.e(460)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7460)),
    'resubmit-errors': () => Promise.all(/* import() */[__nccwpck_require__.e(652), __nccwpck_require__.e(718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36718))
};
/** True when `name` is one of the six actions. */
function isActionName(name) {
    return ACTION_NAMES.includes(name);
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eQ: () => (/* binding */ withContext),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   km: () => (/* binding */ OicActionError),
/* harmony export */   sZ: () => (/* binding */ OicHttpError)
/* harmony export */ });
/**
 * Error types shared by every action. A {@link ConfigurationError} is the user's to fix (bad input, bad file,
 * missing resource); anything else is reported as an internal failure.
 */
/** Base class of every error this project throws on purpose. */
class OicActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A mistake in the user's inputs or files: bad value, conflicting inputs, unknown resource. */
class ConfigurationError extends OicActionError {
    /** The action input the problem is about, when there is one. */
    input;
    /** The file and line the problem is in, when it comes from a file. */
    location;
    constructor(message, options) {
        super(message, options);
        this.input = options?.input;
        this.location = options?.location;
    }
}
/** A missing or invalid input value (the CLI reports these as usage errors, exit code 2). */
class InputError extends ConfigurationError {
}
/** A failed HTTP exchange: a non-success status or a network failure. */
class OicHttpError extends OicActionError {
    status;
    method;
    url;
    title;
    detail;
    errorCode;
    errorDetails;
    requestId;
    code;
    constructor(init) {
        super(formatHttpError(init), { cause: init.cause });
        this.status = init.status;
        this.method = init.method;
        this.url = init.url;
        this.title = init.title;
        this.detail = init.detail;
        this.errorCode = init.errorCode;
        this.errorDetails = init.errorDetails;
        this.requestId = init.requestId;
        this.code = init.code;
    }
}
function formatHttpError(init) {
    const what = init.status === 0
        ? `no response (${init.code ?? 'network error'})`
        : `HTTP ${init.status}${init.title ? ` ${init.title}` : ''}`;
    const parts = [`${init.method} ${init.url} failed: ${what}`];
    if (init.detail && init.detail !== init.title)
        parts[0] += `: ${init.detail}`;
    if (init.errorDetails?.length)
        parts.push(`details: ${init.errorDetails.join('; ')}`);
    if (init.requestId)
        parts.push(`opc-request-id ${init.requestId}`);
    if (init.hint)
        parts.push(init.hint);
    return parts.join('. ').replace(/\.\./g, '.');
}
/** The message of any thrown value, for `catch (e: unknown)`. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Wraps a failure with the step it happened in: `Could not <step>: <cause>`, keeping its class and fields. */
function withContext(step, error) {
    if (error instanceof OicActionError) {
        error.message = `${step}: ${error.message}`;
        return error;
    }
    return new OicActionError(`${step}: ${errorMessage(error)}`, { cause: error });
}
/** True when the error says the resource does not exist (HTTP 404). */
function isNotFound(error) {
    return error instanceof OicHttpError && error.status === 404;
}


/***/ }),

/***/ 40393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ debugRequested)
/* harmony export */ });
/** True when the user asked for stack traces (`ACTIONS_STEP_DEBUG` or `OIC_ACTIONS_DEBUG`). */
function debugRequested(env) {
    return env.ACTIONS_STEP_DEBUG === 'true' || env.OIC_ACTIONS_DEBUG === 'true' || env.RUNNER_DEBUG === '1';
}


/***/ }),

/***/ 10479:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Rd: () => (/* binding */ redactText),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   x8: () => (/* binding */ isRegisteredSecret)
/* harmony export */ });
/* unused harmony exports REDACTED, clearSecrets, redactHeaders */
/**
 * Redaction of credentials in anything logged or thrown: URLs, headers and free text. Secret values registered at
 * run time (tokens, passwords, keys) are replaced wherever they appear, in plain, URL-encoded and base64 forms.
 */
/** Replacement text for a redacted value. */
const REDACTED = '***';
const SECRET_PARAM = /(token|secret|password|passwd|assertion|code|sig|signature|key|credential)/i;
/** `?name=value` / `&name=value` in free text whose name looks secret (a signed URL a server echoed back). */
const SECRET_QUERY_IN_TEXT = /([?&][^=&#\s"'<>]*(?:token|secret|password|passwd|assertion|code|sig|signature|key|credential)[^=&#\s"'<>]*=)[^&#\s"'<>]+/gi;
const MIN_SECRET_LENGTH = 4;
const registry = new Set();
/** The forms a secret can take in logs and URLs: as is, URL-encoded, base64 and each long line of it. */
function secretForms(value) {
    const forms = new Set();
    const add = (v) => {
        if (v.length >= MIN_SECRET_LENGTH)
            forms.add(v);
    };
    add(value);
    add(encodeURIComponent(value));
    add(Buffer.from(value, 'utf8').toString('base64'));
    add(Buffer.from(value, 'utf8').toString('base64url'));
    if (value.includes('\n')) {
        for (const line of value.split(/\r?\n/)) {
            // PEM armour lines are public text; masking them would hide every mention of a key format.
            if (line.trim().length >= 8 && !line.startsWith('-----'))
                add(line.trim());
        }
    }
    return [...forms];
}
/** Registers a secret so that {@link redactText} removes it from every message from now on. */
function registerSecret(value) {
    for (const form of secretForms(value))
        registry.add(form);
}
/** Forgets every registered secret (tests only). */
function clearSecrets() {
    registry.clear();
}
/** Replaces every registered secret, longest first, and the values of secret-looking URL parameters in `text`. */
function redactText(text) {
    if (!text)
        return text;
    let out = text;
    for (const secret of [...registry].sort((a, b) => b.length - a.length)) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    return out.replace(SECRET_QUERY_IN_TEXT, `$1${REDACTED}`);
}
/** True when `value` is itself a registered secret (a token output is one; a report that quotes it is not). */
function isRegisteredSecret(value) {
    return registry.has(value);
}
/** A URL with credentials removed: userinfo, and the values of query parameters that look secret. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url.toString());
    }
    catch {
        return redactText(url.toString());
    }
    if (parsed.username || parsed.password) {
        parsed.username = parsed.username ? REDACTED : '';
        parsed.password = '';
    }
    for (const key of [...parsed.searchParams.keys()]) {
        if (SECRET_PARAM.test(key))
            parsed.searchParams.set(key, REDACTED);
    }
    return redactText(parsed.toString().replace(/%2A%2A%2A/g, REDACTED));
}
/** Header map safe to log: `Authorization` keeps its scheme only; cookies and API keys are dropped. */
function redactHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        const lower = name.toLowerCase();
        if (lower === 'authorization' || lower === 'proxy-authorization') {
            out[name] = `${value.split(' ')[0] ?? ''} ${REDACTED}`.trim();
        }
        else if (lower === 'cookie' || lower === 'set-cookie' || SECRET_PARAM.test(lower)) {
            out[name] = REDACTED;
        }
        else {
            out[name] = redactText(value);
        }
    }
    return out;
}


/***/ }),

/***/ 89114:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   mX: () => (/* binding */ parseHttpsUrl)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74296);
/**
 * Input primitives. An action reads all of its declared inputs once ({@link InputReader}), then validates each
 * with these methods; every failure is a {@link ConfigurationError} naming the input, the value and the fix.
 */


const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
const SECONDS_UNITS = { s: 1, m: 60, h: 3600 };
const MAX_SHOWN_VALUE = 80;
/** Quotes a value for an error message, shortened so a pasted blob cannot flood the log. */
function quote(value) {
    const short = value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
    return `'${short}'`;
}
/** True for `localhost`, 127.0.0.0/8, ::1 and `*.localhost`. */
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 4)
        return host.startsWith('127.');
    return host === '::1' || host === '0:0:0:0:0:0:0:1';
}
/** Typed access to one action's raw inputs. `N` is the union of its declared input names. */
class InputReader {
    raw = {};
    /**
     * @param read   returns the raw value of an input ('' when absent)
     * @param names  every input the action declares; all are read up front
     */
    constructor(read, names) {
        for (const name of names)
            this.raw[name] = (read(name) ?? '').trim();
    }
    /** The trimmed raw value ('' when not given). */
    value(name) {
        return this.raw[name] ?? '';
    }
    /** The value, or a ConfigurationError that says how to provide it. */
    required(name, hint) {
        const value = this.value(name);
        if (!value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${name}' is required${hint ? `: ${hint}` : '.'}`, { input: name });
        return value;
    }
    /** The value, or undefined when empty. */
    optional(name) {
        return this.value(name) || undefined;
    }
    /** Strict YAML boolean: true/True/TRUE/false/False/FALSE; empty means `fallback`. */
    boolean(name, fallback) {
        const value = this.value(name);
        if (!value)
            return fallback;
        if (TRUE_VALUES.includes(value))
            return true;
        if (FALSE_VALUES.includes(value))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${name}' must be true or false, got ${quote(value)}.`, {
            input: name
        });
    }
    /** A whole number in [min, max]; empty means `fallback`. */
    integer(name, options) {
        const value = this.value(name);
        if (!value)
            return options.fallback;
        const n = /^[+-]?\d+$/.test(value) ? Number(value) : NaN;
        if (!Number.isSafeInteger(n) || n < options.min || n > options.max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${name}' must be a whole number from ${options.min} to ${options.max}, got ${quote(value)}.`, { input: name });
        }
        return n;
    }
    /** A duration in seconds: `90`, `90s`, `15m` or `1h`, within [min, max] seconds; empty means `fallback`. */
    seconds(name, options) {
        const value = this.value(name);
        if (!value)
            return options.fallback;
        const match = /^(\d+)\s*([smh]?)$/.exec(value);
        const n = match ? Number(match[1]) * (SECONDS_UNITS[match[2] || 's'] ?? 1) : NaN;
        if (!Number.isSafeInteger(n) || n < options.min || n > options.max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${name}' must be a duration from ${options.min} to ${options.max} seconds (e.g. 90, 90s, 15m), got ${quote(value)}.`, { input: name });
        }
        return n;
    }
    /** Items split on newlines and commas, trimmed, empties dropped. */
    list(name) {
        return this.value(name)
            .split(/[\n,]/)
            .map(s => s.trim())
            .filter(s => s.length > 0);
    }
    /** One of `choices` (exact match); empty means `fallback`. */
    choice(name, choices, fallback) {
        const value = this.value(name);
        if (!value)
            return fallback;
        if (choices.includes(value))
            return value;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${name}' must be one of ${choices.join(', ')}, got ${quote(value)}.`, {
            input: name
        });
    }
    /** An absolute `https://` URL (`http://` only for loopback hosts); `fallback` is used when empty. */
    url(name, fallback) {
        const value = this.value(name) || fallback;
        if (!value)
            return undefined;
        return parseHttpsUrl(value, name);
    }
}
/** Parses an https URL (http allowed for loopback only), or throws a ConfigurationError naming `input`. */
function parseHttpsUrl(value, input) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${input}' must be an absolute https:// URL, got ${quote(value)}.`, {
            input
        });
    }
    if (url.protocol === 'https:')
        return url;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return url;
    if (url.protocol === 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${input}' must use https:// (plain http is allowed only for loopback hosts), got ${quote(value)}.`, { input });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input '${input}' must be an https:// URL, got ${quote(value)}.`, { input });
}


/***/ }),

/***/ 88557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   bF: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* unused harmony export MAX_SUMMARY_BYTES */
/**
 * The one visual grammar of every job summary: a heading, a status line, one table, optional notes. Rendered as
 * GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY` and as plain text for terminals (CLI, `npm start`).
 */
const ICONS = {
    success: '✅',
    failure: '❌',
    warning: '⚠️',
    skipped: '⏭️',
    planned: '📝'
};
/** GitHub keeps at most 1 MiB of summary per step; stay well below it. */
const MAX_SUMMARY_BYTES = 900 * 1024;
function escapeCell(value) {
    return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** Markdown for the job summary, truncating rows so the whole stays under {@link MAX_SUMMARY_BYTES}. */
function renderMarkdown(report) {
    const head = [`### ${report.title}`, '', `${ICONS[report.status]} ${report.statusLine}`, ''];
    const tail = (report.notes ?? []).map(n => `- ${n}`);
    const lines = [...head];
    if (report.table && report.table.rows.length > 0) {
        const { headers, rows } = report.table;
        lines.push(`| ${headers.map(escapeCell).join(' | ')} |`, `|${headers.map(() => ' --- |').join('')}`);
        let size = Buffer.byteLength([...lines, ...tail].join('\n'));
        let shown = 0;
        for (const row of rows) {
            const line = `| ${row.map(escapeCell).join(' | ')} |`;
            size += Buffer.byteLength(line) + 1;
            if (size > MAX_SUMMARY_BYTES - 200)
                break;
            lines.push(line);
            shown++;
        }
        if (shown < rows.length)
            lines.push('', `_${rows.length - shown} more rows not shown (summary size limit)._`);
        lines.push('');
    }
    lines.push(...tail);
    return `${lines.join('\n').trimEnd()}\n`;
}
const WIDTH_CAP = 60;
function cut(value, width) {
    const flat = value.replace(/\s*\r?\n\s*/g, ' ');
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
/** Plain-text rendering: the same heading, status line, an aligned table and notes. */
function renderTerminal(report) {
    const lines = [`== ${report.title} ==`, `${ICONS[report.status]} ${report.statusLine}`];
    if (report.table && report.table.rows.length > 0) {
        const { headers, rows } = report.table;
        const widths = headers.map((h, i) => Math.min(WIDTH_CAP, Math.max(h.length, ...rows.map(r => cut(r[i] ?? '', WIDTH_CAP).length))));
        const fmt = (cells) => cells
            .map((c, i) => cut(c, widths[i] ?? WIDTH_CAP).padEnd(widths[i] ?? 0))
            .join('  ')
            .trimEnd();
        lines.push('', fmt(headers), widths.map(w => '-'.repeat(w)).join('  '), ...rows.map(fmt));
    }
    for (const note of report.notes ?? [])
        lines.push(`  - ${note}`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 24117:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction),
/* harmony export */   P: () => (/* binding */ failureLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(74296);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(40393);
/* harmony import */ var _http_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(10479);



/** Runs `main` as action `name`; resolves `true` on success, `false` after reporting the failure. */
async function runAction(name, main, options) {
    const { host } = options;
    const cleanups = [];
    let reported = false;
    const ctx = {
        name,
        host,
        sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms))),
        now: options.now ?? Date.now,
        random: options.random ?? Math.random,
        dispatcher: options.dispatcher,
        defer: cleanup => cleanups.push(cleanup),
        report: async (report) => {
            reported = true;
            await host.writeSummary(report);
        }
    };
    try {
        await main(ctx);
        return true;
    }
    catch (error) {
        options.onFailure?.(error);
        const message = failureLine(name, error);
        if ((0,_host_js__WEBPACK_IMPORTED_MODULE_2__/* .debugRequested */ .g)(host.env) && error instanceof Error && error.stack) {
            host.info((0,_http_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(error.stack));
        }
        const location = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 ? error.location : undefined;
        host.setFailed(message, location ? { file: location.file, startLine: location.line } : undefined);
        if (!reported) {
            await host
                .writeSummary({ title: `OIC ${name}`, status: 'failure', statusLine: message })
                .catch(() => undefined);
        }
        return false;
    }
    finally {
        for (const cleanup of cleanups.reverse())
            await cleanup().catch(() => undefined);
    }
}
/** The single line reported for a failure: secrets redacted, newlines folded, internal errors labelled. */
function failureLine(name, error) {
    const text = (0,_http_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error))
        .replace(/\s*\r?\n\s*/g, ' ')
        .trim();
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicActionError */ .km)
        return text;
    return `${name} failed unexpectedly: ${text} (set OIC_ACTIONS_DEBUG=true for the stack trace)`;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* reexport */ registry/* ACTION_NAMES */.G),
  JD: () => (/* binding */ dispatch),
  S8: () => (/* reexport */ registry/* isActionName */.S8),
  ak: () => (/* binding */ runCli),
  xX: () => (/* binding */ runNamed)
});

// EXTERNAL MODULE: ./src/actions/registry.ts
var registry = __nccwpck_require__(19984);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(74296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/core/host.ts
var host = __nccwpck_require__(40393);
// EXTERNAL MODULE: ./src/core/http/redact.ts
var redact = __nccwpck_require__(10479);
// EXTERNAL MODULE: ./src/core/report.ts
var core_report = __nccwpck_require__(88557);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/core/runner-protocol.ts
/**
 * The GitHub Actions runner protocol, as `@actions/core` speaks it: workflow commands on stdout (`::add-mask::`,
 * `::error file=…,line=…::`, groups) and file commands (`name<<ghadelimiter_<uuid>` blocks appended to
 * `GITHUB_OUTPUT` / `GITHUB_ENV`). Written here instead of importing `@actions/core`, whose OIDC client drags
 * `@actions/http-client`, `tunnel` and `@actions/exec` into every action's start-up.
 */



/** Escapes a command message (`%`, CR, LF). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property value (also `:` and `,`). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Formats `::command key=value,…::message`. */
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** Writes one workflow command line to stdout. */
function issueCommand(command, message, properties) {
    process.stdout.write(`${formatCommand(command, message, properties)}${external_node_os_.EOL}`);
}
/**
 * Appends `name=value` to a file-command file with a fresh random delimiter (so a value cannot end the block
 * early). Returns false when the file's variable is not set (not on a runner).
 */
function appendFileCommand(variable, name, value, env = process.env) {
    const file = env[variable];
    if (!file)
        return false;
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file} (${variable})`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: name or value contains the delimiter ${delimiter}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
/** The raw value of input `name` (`INPUT_<NAME>`, spaces as `_`, hyphens kept), trimmed. */
function readInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

;// CONCATENATED MODULE: ./src/core/github-host.ts
/** The {@link Host} of a GitHub Actions runner, speaking the runner protocol of ./runner-protocol.ts. */






function props(p) {
    return p ? { title: p.title, file: p.file, line: p.startLine } : undefined;
}
/** A value for an output or env file: a secret passed on as such is kept (it is masked); secrets inside are removed. */
function shown(value) {
    return (0,redact/* isRegisteredSecret */.x8)(value) ? value : (0,redact/* redactText */.Rd)(value);
}
/**
 * Creates the runner host for the current process. Every message, output, variable and summary goes through
 * {@link redactText}: the runner masks logs, but not summaries or what later steps write to files.
 */
function createGitHubHost(env = process.env) {
    const write = (line) => void process.stdout.write(`${(0,redact/* redactText */.Rd)(line)}${external_node_os_.EOL}`);
    return {
        env,
        onRunner: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
        getInput: name => readInput(name, env),
        setOutput: (name, value) => {
            if (!appendFileCommand('GITHUB_OUTPUT', name, shown(value), env))
                issueCommand('set-output', shown(value), {});
        },
        setSecret: value => {
            if (!value)
                return;
            (0,redact/* registerSecret */.cl)(value);
            for (const form of (0,redact/* secretForms */.eo)(value))
                issueCommand('add-mask', form);
        },
        exportVariable: (name, value) => {
            env[name] = value;
            if (!appendFileCommand('GITHUB_ENV', name, shown(value), env))
                write(`(not on a runner: ${name} not exported)`);
        },
        debug: message => issueCommand('debug', (0,redact/* redactText */.Rd)(message)),
        info: message => write(message),
        notice: (message, properties) => issueCommand('notice', (0,redact/* redactText */.Rd)(message), props(properties)),
        warning: (message, properties) => issueCommand('warning', (0,redact/* redactText */.Rd)(message), props(properties)),
        error: (message, properties) => issueCommand('error', (0,redact/* redactText */.Rd)(message), props(properties)),
        group: async (name, fn) => {
            issueCommand('group', (0,redact/* redactText */.Rd)(name));
            try {
                return await fn();
            }
            finally {
                issueCommand('endgroup', '');
            }
        },
        writeSummary: async (report) => {
            if (!env.GITHUB_STEP_SUMMARY) {
                issueCommand('debug', 'GITHUB_STEP_SUMMARY is not set: job summary skipped');
                return;
            }
            (0,external_node_fs_.appendFileSync)(env.GITHUB_STEP_SUMMARY, `${(0,redact/* redactText */.Rd)((0,core_report/* renderMarkdown */.Gc)(report))}${external_node_os_.EOL}`, 'utf8');
        },
        setFailed: (message, properties) => {
            process.exitCode = 1;
            issueCommand('error', (0,redact/* redactText */.Rd)(message), props(properties));
        },
        isDebug: () => env.RUNNER_DEBUG === '1' || (0,host/* debugRequested */.g)(env)
    };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var inputs = __nccwpck_require__(89114);
// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __nccwpck_require__(24117);
;// CONCATENATED MODULE: ./src/suite.ts
/**
 * The one compiled core: every action behind a lazy import, so an action loads only its own code and
 * dependencies. `dist/<name>.js` stubs call {@link runNamed}; the root action calls {@link dispatch}; the CLI
 * (`dist/cli.js`) calls {@link runCli}.
 */






/** Runs action `name` in a GitHub runner host unless another host is given. */
async function runNamed(name, options) {
    const host = options?.host ?? createGitHubHost();
    const action = await registry/* LOADERS */.Hm[name]();
    return action.run({ ...options, host });
}
/** The root action: runs the action named by the `command` input. */
async function dispatch() {
    const host = createGitHubHost();
    const command = host.getInput('command');
    if (!(0,registry/* isActionName */.S8)(command)) {
        const error = new errors/* InputError */.dz(`Input 'command' must be one of ${registry/* ACTION_NAMES */.G.join(', ')}, got ${(0,inputs/* quote */.hD)(command)}.`, { input: 'command' });
        host.setFailed((0,run_action/* failureLine */.P)('oic-actions', error));
        return false;
    }
    return runNamed(command, { host });
}
/** The command line: `oic-actions <command> [--input value …]`; resolves the exit code. */
async function runCli(argv) {
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(849)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26849));
    return main(argv, { stdout: t => void process.stdout.write(t), stderr: t => void process.stderr.write(t) }, process.env);
}

var __webpack_exports__ACTION_NAMES = __webpack_exports__.G;
var __webpack_exports__dispatch = __webpack_exports__.JD;
var __webpack_exports__isActionName = __webpack_exports__.S8;
var __webpack_exports__runCli = __webpack_exports__.ak;
var __webpack_exports__runNamed = __webpack_exports__.xX;
export { __webpack_exports__ACTION_NAMES as ACTION_NAMES, __webpack_exports__dispatch as dispatch, __webpack_exports__isActionName as isActionName, __webpack_exports__runCli as runCli, __webpack_exports__runNamed as runNamed };
