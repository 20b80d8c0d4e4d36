export const id = 79;
export const ids = [79];
export const modules = {

/***/ 42079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: ./src/core/collaborators.ts
var collaborators = __webpack_require__(46078);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts
var redact = __webpack_require__(21340);
;// CONCATENATED MODULE: ./src/core/junit.ts
/** A JUnit XML report (one `testsuite`, one `testcase` per item), as common JUnit readers expect it. */

const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;'
};
/** Escapes text for XML; characters XML 1.0 forbids are dropped. */
function xmlEscape(value) {
    return value
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[&<>"']/g, c => ESCAPES[c] ?? c);
}
/** Renders a suite; registered secrets are removed (a report file is never masked by the runner). */
function renderJUnit(suite) {
    const failures = suite.cases.filter(c => c.failure).length;
    const skipped = suite.cases.filter(c => c.skipped !== undefined).length;
    const time = suite.cases.reduce((t, c) => t + c.time, 0);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xmlEscape(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">`,
        `  <testsuite name="${xmlEscape(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}" timestamp="${suite.timestamp.toISOString().slice(0, 19)}">`
    ];
    for (const c of suite.cases) {
        const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" time="${c.time.toFixed(3)}"`;
        if (c.failure) {
            lines.push(`${open}>`, `      <failure message="${xmlEscape(c.failure.message)}" type="ConnectionTestFailure">${xmlEscape(c.failure.details ?? c.failure.message)}</failure>`, '    </testcase>');
        }
        else if (c.skipped !== undefined) {
            lines.push(`${open}>`, `      <skipped message="${xmlEscape(c.skipped)}"/>`, '    </testcase>');
        }
        else {
            lines.push(`${open}/>`);
        }
    }
    lines.push('  </testsuite>', '</testsuites>', '');
    return (0,redact/* redactText */.Rd)(lines.join('\n'));
}

// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/core/safe-write.ts
var safe_write = __webpack_require__(46612);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(46021);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/actions/test-connections/inputs.ts



/** Every input `actions/test-connections/action.yml` declares. */
const INPUTS = [
    'project',
    'connections',
    'concurrency',
    'include-unconfigured',
    'fail-on',
    'junit-path',
    ...oic_instance/* COMMON_INPUTS */.s7
];
/**
 * Tests in flight by default: a connection test is one synchronous design-time call per connection, for which
 * Oracle's "Service Limits" (Oracle Integration 3) name no limit; 16 tests a typical project (about ten connections)
 * in one wave. At 8, ten tests of 0.5–3 s took two waves on the latency model (2.08 s against 1.54 s for the
 * slowest alone, at ×0.5).
 */
const DEFAULT_TEST_CONCURRENCY = 16;
/** Reads and validates the inputs. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const connection = (0,oic_instance/* readInstanceSettings */.ND)(inputs, host);
    const junit = inputs.optional('junit-path');
    return {
        project: inputs.optional('project'),
        connections: [...new Set(inputs.list('connections'))],
        concurrency: inputs.integer('concurrency', { fallback: DEFAULT_TEST_CONCURRENCY, min: 1, max: 64 }),
        includeUnconfigured: inputs.boolean('include-unconfigured', false),
        failOn: inputs.choice('fail-on', ['failure', 'never'], 'failure'),
        junitPath: junit ? (0,paths/* resolveInsideRoots */.iI)(junit, 'junit-path', host.env) : undefined,
        connection
    };
}

// EXTERNAL MODULE: ./src/core/oic/connections.ts
var connections = __webpack_require__(48256);
;// CONCATENATED MODULE: ./src/actions/test-connections/probe.ts
/** Which connections `test-connections` tests, and the test of one connection turned into a result. */



/** Statuses whose failure stops the whole run: the token or role is wrong for every connection alike. */
const FATAL = new Set([401, 403]);
/** What the server said: OIC puts its message in `title` and sends no `detail` (test/fixtures/oracle/error-412-*.json). */
const said = (error) => {
    const text = error.detail ?? error.title;
    return text ? ` — ${text}` : '';
};
function explain(error) {
    if (error instanceof errors/* OicHttpError */.sZ && error.status === 409)
        return `not configured (409): configure the connection before testing it${said(error)}`;
    if (error instanceof errors/* OicHttpError */.sZ && error.status === 412)
        return `locked (412): someone has it open in the OIC designer${said(error)}`;
    return (0,errors/* errorMessage */.gJ)(error);
}
/** The connections of the scope, narrowed to the `connections` input; a name not there is an input error. */
async function chooseConnections(client, s, scope) {
    const all = await (0,connections/* listConnections */.yb)(client, s.project).catch((e) => {
        if ((0,errors/* isNotFound */.c4)(e) && s.project)
            throw new errors/* ConfigurationError */.j1(`Project '${s.project}' does not exist on the target: check the project input.`, { input: 'project' });
        throw e;
    });
    const unknown = s.connections.filter(id => !all.some(c => c.id === id));
    if (unknown.length) {
        throw new errors/* ConfigurationError */.j1(`Input 'connections' names ${unknown.length === 1 ? 'a connection' : 'connections'} not in ${scope}: ${unknown.join(', ')} (there: ${all.map(c => c.id).join(', ') || 'none'}).`, { input: 'connections' });
    }
    return s.connections.length ? all.filter(c => s.connections.includes(c.id)) : all;
}
/**
 * Tests one connection. A draft is skipped unless `include-unconfigured`; 401/403 stop the run (they hold for every
 * connection); any other failure is this connection's result.
 */
async function probeConnection(client, s, c, { now }) {
    if (c.status === 'INPROGRESS' && !s.includeUnconfigured) {
        return {
            id: c.id,
            status: 'skipped',
            details: 'not configured (draft); set include-unconfigured: true to test it anyway',
            'duration-ms': 0
        };
    }
    const started = now();
    try {
        const res = await (0,connections/* testConnection */.rN)(client, s.project, c.id);
        const passed = String(res.status ?? '').toUpperCase() === 'SUCCESS';
        return {
            id: c.id,
            status: passed ? 'passed' : 'failed',
            // Server text: a credential it echoes must not travel on in the results output (the host writes outputs as set).
            details: (0,redact/* redactText */.Rd)(res.details ?? String(res.status ?? 'no status')),
            'duration-ms': now() - started
        };
    }
    catch (error) {
        if (error instanceof errors/* OicHttpError */.sZ && FATAL.has(error.status))
            throw error;
        return { id: c.id, status: 'failed', details: explain(error), 'duration-ms': now() - started };
    }
}

;// CONCATENATED MODULE: ./src/actions/test-connections/main.ts
/** `test-connections`: tests connections in parallel; job summary, outputs and a JUnit report. */









/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    const deps = (0,collaborators/* collaborators */.C)(ctx);
    const junitTarget = {
        roots: (0,paths/* allowedRoots */.Mb)(host.env),
        input: 'junit-path',
        shownAs: host.getInput('junit-path')
    };
    // A link planted where the report goes fails the step before any connection is tested.
    if (s.junitPath)
        (0,safe_write/* checkWriteTarget */.p7)(s.junitPath, junitTarget);
    const client = (0,oic_instance/* createOicClient */.zZ)(s.connection, ctx);
    const scope = s.project ? `project ${s.project}` : 'global connections';
    const chosen = await chooseConnections(client, s, scope);
    host.info(`Testing ${chosen.length} connection(s) of ${scope}, ${s.concurrency} at a time`);
    const results = await (0,pool/* mapWithConcurrency */.W)(chosen, s.concurrency, c => probeConnection(client, s, c, deps));
    const count = (status) => results.filter(r => r.status === status).length;
    const [passed, failed, skipped] = [count('passed'), count('failed'), count('skipped')];
    host.setOutput('passed', String(passed));
    host.setOutput('failed', String(failed));
    host.setOutput('skipped', String(skipped));
    host.setOutput('results', JSON.stringify(results));
    if (s.junitPath) {
        (0,safe_write/* writeFileSafely */.kv)(s.junitPath, junitReport(s, scope, results, new Date(ctx.now())), junitTarget);
        host.setOutput('junit-path', s.junitPath);
    }
    for (const r of results.filter(x => x.status === 'failed').slice(0, 10))
        host.error(`Connection ${r.id}: ${r.details}`, { title: 'Connection test failed' });
    const icon = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' };
    await ctx.report({
        title: 'OIC test-connections',
        status: failed ? 'failure' : passed ? 'success' : 'skipped',
        statusLine: `${passed} passed, ${failed} failed, ${skipped} skipped of ${results.length} connection(s) in ${scope}.`,
        table: {
            headers: ['Connection', 'Result', 'Details', 'Duration'],
            rows: results.map(r => [r.id, icon[r.status], r.details, `${r['duration-ms']} ms`])
        },
        notes: s.junitPath ? [`JUnit report: ${s.junitPath}`] : []
    });
    if (failed && s.failOn === 'failure') {
        throw new errors/* OicActionError */.km(`${failed} of ${results.length} connection test(s) failed: ${results
            .filter(r => r.status === 'failed')
            .map(r => r.id)
            .join(', ')} (fail-on: failure).`);
    }
}
/** The results as JUnit XML: one test case a connection, failures with the server's first line as message. */
function junitReport(s, scope, results, timestamp) {
    return renderJUnit({
        name: `OIC connection tests (${scope})`,
        timestamp,
        cases: results.map(r => ({
            name: r.id,
            classname: `oic.connections.${s.project ?? 'global'}`,
            time: r['duration-ms'] / 1000,
            failure: r.status === 'failed'
                ? { message: r.details.split('\n')[0] ?? r.details, details: r.details }
                : undefined,
            skipped: r.status === 'skipped' ? r.details : undefined
        }))
    });
}

;// CONCATENATED MODULE: ./src/actions/test-connections/index.ts
/** Entry of `test-connections`. */


/** Runs `test-connections` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('test-connections', main, options);


/***/ }),

/***/ 46078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ collaborators)
/* harmony export */ });
/** The collaborators of one action run: its host's info and warning lines, its clock. */
function collaborators(ctx) {
    return {
        log: line => ctx.host.info(line),
        warn: line => ctx.host.warning(line),
        sleep: ms => ctx.sleep(ms),
        now: () => ctx.now()
    };
}


/***/ }),

/***/ 64128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ multipart)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/**
 * A `multipart/form-data` body streamed from disk with its length known up front: a Node `Readable` of large
 * chunks (web-stream FormData pulls 64 KiB at a time and costs a core on a 1 GiB upload).
 */




/** Read size for file parts. */
const CHUNK_BYTES = 1024 * 1024;
function quoted(value) {
    return value.replace(/["\r\n\\]/g, c => encodeURIComponent(c));
}
/** Builds the body of `parts`. */
function multipart(parts) {
    const boundary = `----oic-actions-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}`;
    const pieces = [];
    for (const part of parts) {
        if ('value' in part) {
            pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"\r\n\r\n${part.value}\r\n`));
        }
        else {
            const filename = part.filename ?? ('file' in part ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(part.file) : part.name);
            pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"; filename="${quoted(filename)}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`), 'file' in part ? { file: part.file, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(part.file).size } : part.content, Buffer.from('\r\n'));
        }
    }
    pieces.push(Buffer.from(`--${boundary}--\r\n`));
    const length = pieces.reduce((n, p) => n + (Buffer.isBuffer(p) ? p.length : p.size), 0);
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        length,
        stream: () => node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.from((async function* () {
            for (const piece of pieces) {
                if (Buffer.isBuffer(piece))
                    yield piece;
                else
                    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(piece.file, { highWaterMark: CHUNK_BYTES }))
                        yield chunk;
            }
        })())
    };
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

/***/ 93993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ apiPath),
/* harmony export */   Tt: () => (/* binding */ getJson),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   cr: () => (/* binding */ integrationId),
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   yl: () => (/* binding */ qFilter)
/* harmony export */ });
/* unused harmony exports qValue, listPage */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26214);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _page_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19226);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95364);
/** Shared pieces of the OIC REST wrappers: paths, id encoding, the collection envelope and paging. */




/** Page size used when walking a whole collection. */
const PAGE_SIZE = 100;
/** An API path below `/ic/api/integration/v1`, each segment URL-encoded (`CODE|VER` → `CODE%7CVER`). */
function apiPath(...segments) {
    for (const segment of segments) {
        // Encoding keeps '.' and '..', and URL resolution removes them: `errors/./resubmit` would become the bulk call.
        if (segment === '.' || segment === '..' || segment === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Refusing the id ${JSON.stringify(segment)} in an OIC API path: it would address another resource.`);
    }
    return `${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .OIC_API_BASE */ .dT}/${segments.map(s => encodeURIComponent(s)).join('/')}`;
}
function integrationId(codeOrRef, version) {
    const ref = typeof codeOrRef === 'string' ? { code: codeOrRef, version: version ?? '' } : codeOrRef;
    return `${ref.code}|${ref.version}`;
}
/** Quotes a `q` value: `'x'` for exact match; single quotes inside are not representable and are dropped. */
function qValue(value) {
    return `'${value.replace(/'/g, '')}'`;
}
/** Builds a `q` filter `{k:'v', …}` from defined entries; values already quoted (`'…'` or `/…/`) pass as is. */
function qFilter(entries) {
    const parts = Object.entries(entries)
        .filter((e) => e[1] !== undefined && e[1] !== '')
        .map(([k, v]) => `${k}:${/^'.*'$|^\/.*\/$/.test(v) ? v : qValue(v)}`);
    return parts.length ? `{${parts.join(', ')}}` : undefined;
}
/** GET of a JSON resource. */
async function getJson(client, path, label, query) {
    return (0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBody */ .ll)((await client.json({ method: 'GET', path, query, label })).body, label);
}
/** One page of a collection. */
async function listPage(client, path, label, options = {}) {
    const { extra, ...list } = options;
    return ((0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkCollection */ .nS)(await getJson(client, path, label, { ...list, ...extra }), label) ?? {});
}
/**
 * Every item of a collection, page by page (stops on an empty page even if the server claims more). A collection
 * without `hasMore` — the deployments list answers `items` only (test/fixtures/oracle/deployments-list.json, source
 * PM) — is read by offset until a page is not full; a page larger than asked means the server ignores `limit`
 * (all at once), and a page that starts with the previous page's first item means it ignores `offset`. An item
 * seen on an earlier page is not listed twice; a page that announces more but brings nothing new, or the page cap
 * (`maxPages` of the client's limits), ends the walk with one line ({@link PageGuard}).
 */
async function listAll(client, path, label, options = {}) {
    const { pageSize = PAGE_SIZE, ...rest } = options;
    const all = [];
    const guard = new _page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .PageGuard */ .f(label, (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .maxPagesOf */ .A)(client));
    let first;
    for (let offset = 0;;) {
        const page = await listPage(client, path, label, { ...rest, offset, limit: pageSize });
        const items = page.items ?? [];
        if (items.length === 0)
            return all;
        if (page.hasMore === undefined) {
            const head = JSON.stringify(items[0]);
            if (offset > 0 && head === first)
                return all;
            first = head;
        }
        const added = guard.fresh(items);
        all.push(...added);
        const more = page.hasMore ?? items.length === pageSize;
        if (!more)
            return all;
        guard.check(added.length, offset);
        offset += items.length;
    }
}


/***/ }),

/***/ 48256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ CONSENT_POLICIES),
/* harmony export */   XA: () => (/* binding */ getConnection),
/* harmony export */   aN: () => (/* binding */ deleteConnection),
/* harmony export */   f8: () => (/* binding */ offeredSecurityProperties),
/* harmony export */   fX: () => (/* binding */ uploadConnectionAttachment),
/* harmony export */   rN: () => (/* binding */ testConnection),
/* harmony export */   yM: () => (/* binding */ updateConnection),
/* harmony export */   yb: () => (/* binding */ listConnections)
/* harmony export */ });
/* unused harmony export connectionsPath */
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);


/**
 * Policies whose connections work only after someone clicks Provide Consent in the console: REST adapter guide
 * ch. 3, "Configure Security Policies for Invoke Connections" ("OAuth Authorization Code Credentials, OAuth Custom
 * Three Legged Flow, and OAuth Custom Two Legged Flow … the connection is only successful after you click the
 * Provide Consent button"); the Fusion Applications authorization-code policy is one too [I].
 */
const CONSENT_POLICIES = new Set([
    'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
    'FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
    'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
    'OAUTH_CUSTOM_TWO_LEGGED_FLOW'
]);
/**
 * The security properties `connection`'s adapter offers for `policy`, from `securityPolicyInfo` (one entry per
 * policy, each with its properties: test/fixtures/oracle/connection-get-*.json, PM); for its current policy (or when
 * the answer names none), its own `securityProperties` when `securityPolicyInfo` does not list it. Undefined when
 * the answer does not say (no `securityPolicyInfo`, e.g. the answer to an update, and another policy); `null` when
 * `securityPolicyInfo` lists the adapter's policies and `policy` is not among them.
 */
function offeredSecurityProperties(connection, policy) {
    const info = connection.securityPolicyInfo ?? [];
    const entry = info.find(i => i.securityPolicy === policy);
    if (entry)
        return entry.securityProperties ?? [];
    // An answer that names no policy is taken to hold the chosen one's properties: it is all there is to check against.
    const same = policy === connection.securityPolicy || connection.securityPolicy === undefined;
    if (same && connection.securityProperties?.length)
        return connection.securityProperties;
    return info.length ? null : undefined;
}
/** Where connections live: inside a project, or global when `project` is undefined. */
const connectionsPath = (project, ...rest) => project ? (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPath */ .So)('projects', project, 'connections', ...rest) : (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPath */ .So)('connections', ...rest);
const where = (project) => (project ? ` in ${project}` : '');
/** Every connection of a project (or global ones). */
const listConnections = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .listAll */ ._w)(client, connectionsPath(project), `list connections${where(project)}`, options);
/** `GET …/connections/{c}`. */
const getConnection = (client, project, id) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(client, connectionsPath(project, id), `get connection ${id}${where(project)}`);
/** Update = POST + `X-HTTP-Method-Override: PATCH`; applying the same values twice is harmless, so it may repeat. */
async function updateConnection(client, project, id, update) {
    return (await client.json({
        method: 'POST',
        path: connectionsPath(project, id),
        headers: { 'x-http-method-override': 'PATCH' },
        json: update,
        safeToRetry: true,
        label: `configure connection ${id}`
    })).body;
}
/**
 * `POST …/connections/{c}/test` with no request body (contract K11: "There's no request body for this operation").
 * A test changes nothing, so it may be repeated. A failed test may answer 200 with a `status` other than SUCCESS or
 * an HTTP error (409 not configured, 412 locked, others): callers treat both as a failed test.
 */
async function testConnection(client, project, id) {
    const res = await client.json({
        method: 'POST',
        path: connectionsPath(project, id, 'test'),
        safeToRetry: true,
        label: `test connection ${id}`
    });
    return res.body ?? {};
}
/** `DELETE …/connections/{c}`. */
async function deleteConnection(client, project, id) {
    await client.json({
        method: 'DELETE',
        path: connectionsPath(project, id),
        label: `delete connection ${id}`
    });
}
/** Uploads a file property (e.g. a private key or WSDL): `POST …/connections/{c}/attachments/{property}`. */
async function uploadConnectionAttachment(client, project, id, propertyName, file) {
    await client.json({
        method: 'POST',
        path: connectionsPath(project, id, 'attachments', propertyName),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_0__/* .multipart */ .f)([{ name: 'file', file }]),
        safeToRetry: true,
        label: `upload ${propertyName} of connection ${id}`
    });
}


/***/ }),

/***/ 19226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ maxPagesOf),
/* harmony export */   f: () => (/* binding */ PageGuard)
/* harmony export */ });
/* harmony import */ var _http_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66502);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95364);
/**
 * The bounds of a collection walk, whatever the server claims: a page that brings no item not seen before ends it
 * (the server ignores `offset` or repeats itself), and so does the page cap. Either ends the step with one line
 * naming what the server did, instead of drawing requests until the job times out.
 */


/** The page cap of `client` (its `limits.maxPages`; {@link MAX_PAGES} for a stand-in without limits). */
function maxPagesOf(client) {
    return client.limits?.maxPages ?? _http_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PAGES */ .Y0;
}
/** The identity of an item: its `id` when it has one, else its whole JSON text. */
function identity(item) {
    const id = item?.id;
    return typeof id === 'string' || typeof id === 'number' ? `id:${id}` : `json:${JSON.stringify(item)}`;
}
/** Tracks the pages of one walk. */
class PageGuard {
    label;
    maxPages;
    seen = new Set();
    pages = 0;
    /**
     * @param label     what is being listed, e.g. `list integrations in SALES`
     * @param maxPages  the page cap
     */
    constructor(label, maxPages) {
        this.label = label;
        this.maxPages = maxPages;
    }
    /** Items of `items` not seen before in this walk (repeats are dropped). */
    fresh(items) {
        this.pages++;
        const out = [];
        for (const item of items) {
            const key = identity(item);
            if (this.seen.has(key))
                continue;
            this.seen.add(key);
            out.push(item);
        }
        return out;
    }
    /**
     * Checks a page after which the server announces more: throws when it brought nothing new or the cap is reached.
     * @param added  items of the page not seen before
     * @param offset the offset the page was asked at
     */
    check(added, offset) {
        if (added === 0) {
            throw new _shape_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswerError */ .qx(`${this.label}: the server answered page ${this.pages} (offset ${offset}) with only items it had already sent and announced more (it ignores 'offset' or repeats itself); stopped after ${this.pages} requests.`);
        }
        if (this.pages >= this.maxPages) {
            throw new _shape_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswerError */ .qx(`${this.label}: the server still announced more after ${this.pages} pages (${this.seen.size} distinct items), the most one list reads; stopped at that page cap.`);
        }
    }
}


/***/ }),

/***/ 56107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ allowedRoots),
/* harmony export */   iI: () => (/* binding */ resolveInsideRoots),
/* harmony export */   nx: () => (/* binding */ inside),
/* harmony export */   sT: () => (/* binding */ resolveReadPath),
/* harmony export */   x: () => (/* binding */ real)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/**
 * Where an action reads and writes files. A file the user names to be READ (archive, connections file, config file)
 * is read where it is; files an action WRITES stay inside the workspace or the runner's temp directory.
 */



/** The roots files may live under: `GITHUB_WORKSPACE` (else the working directory) and `RUNNER_TEMP`. */
function allowedRoots(env, cwd = process.cwd()) {
    return [env.GITHUB_WORKSPACE || cwd, env.RUNNER_TEMP]
        .filter((r) => Boolean(r))
        .map(r => real((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(r)));
}
/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files yet to be written). */
function real(p) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
    return parent === p ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(real(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, p));
}
/** True when `child` is `root` or below it (a folder named `..cache` is below it; `..` is not). */
function inside(child, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, child);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
}
/**
 * Resolves a path the action will WRITE against the workspace and refuses anything outside the allowed roots
 * (symlinks followed).
 */
function resolveInsideRoots(value, input, env, cwd = process.cwd()) {
    const roots = allowedRoots(env, cwd);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || cwd, value);
    const target = real(absolute);
    if (!roots.some(root => inside(target, root))) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`Input '${input}' must stay inside the workspace or runner temp (${roots.join(', ')}), got '${value}'.`, { input, value, fix: `Set ${input} to a path inside ${roots.join(' or ')}.` });
    }
    return absolute;
}
/**
 * Resolves a path the action will only READ (an archive, a connections file, a config file): relative to the
 * workspace (else the working directory), or absolute; it is read where it is, like any file the user points at.
 */
function resolveReadPath(value, env, cwd = process.cwd()) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || cwd, value);
}


/***/ }),

/***/ 46021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency),
/* harmony export */   b: () => (/* binding */ allInOrder)
/* harmony export */ });
/** Running async work with bounded concurrency, results in input order. */
/**
 * Maps `items` through `fn` with at most `limit` calls in flight. After a call fails no further item is started;
 * the calls already in flight end first, then the first failure is thrown (nothing runs on after the caller is told).
 */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/**
 * Awaits independent work started together and returns its values in order. Every promise is awaited (nothing left
 * running unobserved); when some fail, the failure of the first by position is thrown, so which error a user sees
 * does not depend on which answer came first.
 */
async function allInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map(s => s.value);
}


/***/ }),

/***/ 46612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iS: () => (/* binding */ copyFileSafely),
/* harmony export */   kv: () => (/* binding */ writeFileSafely),
/* harmony export */   p7: () => (/* binding */ checkWriteTarget)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56107);
/**
 * Writing a file without following anything planted on the way: the parent folder is resolved (realpath) and must
 * stay inside the allowed roots, the destination must not be a symbolic link (lstat) or anything but a file, and the
 * content goes to a new temporary file (exclusive create, `wx`) beside it that is renamed into place — so a
 * pre-created, linked or half-written file is never written through. Every file the actions and the CLI write
 * goes through here (the export's own streaming writer follows the same rules).
 */





function refuse(options, shown, why) {
    const what = options.input.startsWith('-') ? options.input : `Input '${options.input}'`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(`${what}: ${shown} ${why}; nothing was written there.`, {
        input: options.input,
        value: shown,
        fix: `Name a new or regular file${options.roots ? ` inside ${options.roots.join(' or ')}` : ''} in ${options.input}.`
    });
}
function confine(folder, options, shown) {
    const real = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .real */ .x)(folder);
    if (options.roots && !options.roots.some(root => (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .inside */ .nx)(real, root)))
        throw refuse(options, shown, `resolves to ${real}, outside ${options.roots.join(' and ')}`);
}
/**
 * Checks that `path` may be written under `options` (parent inside the roots once links are resolved, the
 * destination no link, folder or device); throws a one-line input error otherwise.
 */
function checkWriteTarget(path, options, shown = options.shownAs ?? path) {
    confine((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)), options, shown);
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
    }
    catch {
        return;
    }
    if (stat.isSymbolicLink())
        throw refuse(options, shown, 'is a symbolic link (refusing to write through it)');
    if (!stat.isFile())
        throw refuse(options, shown, 'exists and is not a regular file');
}
/** Creates `path` through a new temporary file filled by `fill`, renamed into place once complete. */
function replaceFile(path, options, shown, fill) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    checkWriteTarget(target, options, shown);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    // Resolved again once the folders exist: a link swapped in between is caught here.
    confine((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), options, shown);
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target)), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        fill(temp);
        checkWriteTarget(target, options, shown);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target)), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)));
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        throw error;
    }
}
/** Writes `data` to `path` safely (see the module comment); returns the absolute path. */
function writeFileSafely(path, data, options) {
    replaceFile(path, options, options.shownAs ?? path, temp => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temp, data, { flag: 'wx', mode: options.mode ?? 0o644 }));
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
}
/** Copies `source` to `path` safely (see the module comment); returns the absolute path. */
function copyFileSafely(source, path, options) {
    replaceFile(path, options, options.shownAs ?? path, temp => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(source, temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_EXCL));
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
}


/***/ })

};
