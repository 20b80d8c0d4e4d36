export const id = 579;
export const ids = [579];
export const modules = {

/***/ 6579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGroup: () => (/* binding */ runGroup)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/escape.ts
var core_escape = __webpack_require__(94536);
// EXTERNAL MODULE: ./src/core/http/client.ts + 7 modules
var http_client = __webpack_require__(72079);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(26214);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts
var redact = __webpack_require__(21340);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: ./src/cli/session.ts
var cli_session = __webpack_require__(12594);
// EXTERNAL MODULE: ./src/cli/terminal-host.ts
var terminal_host = __webpack_require__(16091);
// EXTERNAL MODULE: ./src/cli/terminal-hints.ts
var terminal_hints = __webpack_require__(87367);
;// CONCATENATED MODULE: ./src/cli/resources/help.ts
/** The options every resource command takes. */
const SHARED_HELP = `Options of every resource command:
  --oic-url URL          design-time host (env OIC_URL, or the session)
  --instance NAME        service instance name (env OIC_INSTANCE, or the session)
  --access-token TOKEN   bearer token (env OIC_ACCESS_TOKEN, or the session: see 'login' and 'authenticate')
  --session FILE         read (and refresh) the token kept by 'login' or 'authenticate' (env OIC_SESSION)
  --ca-certificate, --request-timeout, --retries   as for the actions
  --json                 print JSON instead of a table
  --verbose, --help

Exit codes: 0 ok, 1 failed (the server refused or an error), 2 usage (unknown option, missing argument, input error).`;
function usageLine(group, op) {
    const args = (op.args ?? []).join(' ');
    const required = Object.entries(op.options ?? {})
        .filter(([, o]) => o.required)
        .map(([n, o]) => (o.boolean ? `--${n}` : `--${n} VALUE`));
    const flags = [
        ...required,
        op.effect !== 'read' ? '[--dry-run]' : '',
        op.effect === 'delete' ? '--yes' : ''
    ].filter(Boolean);
    return ['oic-actions', group.name, op.name, args, ...flags].filter(Boolean).join(' ');
}
/** The group's help: one line per operation. */
function groupHelp(group) {
    const width = Math.max(...group.operations.map(o => o.name.length));
    const lines = group.operations.map(o => `  ${o.name.padEnd(width)}  ${o.summary}${o.deprecated ? ' (deprecated)' : ''}`);
    return `oic-actions ${group.name}: ${group.summary}

Usage: oic-actions ${group.name} <operation> [ARGS…] [--option value …]

Operations:
${lines.join('\n')}

Run 'oic-actions ${group.name} <operation> --help' for its arguments and options.
`;
}
/** One operation's help: usage, options, what --dry-run and --yes do. */
function operationHelp(group, op) {
    const options = Object.entries(op.options ?? {}).map(([name, o]) => `  --${name}${o.boolean ? '' : ' VALUE'}\n      ${o.description}${o.required ? ' [required]' : ''}`);
    if (op.effect !== 'read')
        options.push('  --dry-run\n      say what would change and change nothing');
    if (op.effect === 'delete')
        options.push('  --yes\n      confirm the deletion (required)');
    return `oic-actions ${group.name} ${op.name}: ${op.summary}${op.deprecated ? `\nDeprecated: ${op.deprecated}` : ''}

Usage: ${usageLine(group, op)}
${options.length ? `\nOptions:\n${options.join('\n')}\n` : ''}
${SHARED_HELP}
`;
}

;// CONCATENATED MODULE: ./src/cli/resources/table.ts
/** Plain-text tables for the terminal: every cell escaped, one line each, long cells cut. */

const MAX_CELL = 60;
/** One cell as text: objects as compact JSON, nothing as '', control characters escaped, cut to 60 characters. */
function cellText(value) {
    if (value === undefined || value === null)
        return '';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const oneLine = (0,core_escape/* terminalText */.eR)(text).replace(/\s+/g, ' ');
    return oneLine.length > MAX_CELL ? `${oneLine.slice(0, MAX_CELL - 1)}…` : oneLine;
}
/** The rows under a header line, columns padded; `(none)` for no rows. */
function formatTable(columns, rows) {
    if (rows.length === 0)
        return '(none)\n';
    const cells = rows.map(row => columns.map(c => cellText(row[c])));
    const widths = columns.map((c, i) => Math.max(c.length, ...cells.map(r => (r[i] ?? '').length)));
    const line = (values) => values
        .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    return `${[line(columns.map(c => c.toUpperCase())), ...cells.map(line)].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/resources/run-group.ts
/**
 * Runs one resource command: parses its arguments against the operation's definition, loads the session, asks for
 * --yes before a delete, honours --dry-run, and prints a table, an object or one line (or JSON with --json).
 */















const SHARED = new Set([...oic_instance/* COMMON_INPUTS */.s7, 'dry-run', 'yes']);
function usage(streams, message, group) {
    streams.stderr(`error: ${(0,redact/* redactText */.Rd)(message)}\nRun 'oic-actions ${group.name} --help' for its operations.\n`);
    return exit/* EXIT */.d.usage;
}
/** Positional arguments by name; the options the operation knows; an input error for anything else. */
function bindArgs(op, args) {
    const names = op.args ?? [];
    const missing = names.slice(args.positionals.length);
    if (missing.length)
        throw (0,errors/* inputError */.Xu)(`Missing ${missing.join(', ')}: usage is ${[op.name, ...names].join(' ')}.`, {
            input: missing[0] ?? '',
            value: '',
            fix: `Give ${missing.join(' ')} after '${op.name}'.`
        });
    if (args.positionals.length > names.length)
        throw (0,errors/* inputError */.Xu)(`Unexpected argument '${args.positionals[names.length] ?? ''}' for '${op.name}'.`, {
            input: op.name,
            value: args.positionals[names.length] ?? '',
            fix: `'${op.name}' takes ${names.length ? names.join(' ') : 'no arguments'}; options are given as --name value.`
        });
    const known = op.options ?? {};
    const unknown = Object.keys(args.inputs).filter(n => !(n in known) && !SHARED.has(n));
    if (unknown.length)
        throw (0,errors/* inputError */.Xu)(`Unknown option ${unknown.map(n => `--${n}`).join(', ')} for '${op.name}'.`, {
            input: `--${unknown[0] ?? ''}`,
            value: '',
            fix: `Run 'oic-actions <group> ${op.name} --help' for its options.`
        });
    const options = {};
    for (const [name, spec] of Object.entries(known)) {
        const value = (args.inputs[name] ?? '').trim();
        if (spec.required && !value)
            throw (0,errors/* inputError */.Xu)(`Option --${name} is required for '${op.name}'.`, {
                input: `--${name}`,
                value: '',
                fix: `Give --${name}: ${spec.description}`
            });
        if (spec.boolean && value && !/^(true|false)$/i.test(value))
            throw (0,errors/* inputError */.Xu)(`Option --${name} must be true or false, got '${value}'.`, {
                input: `--${name}`,
                value,
                fix: `Write --${name} or --${name}=false.`
            });
        options[name] = spec.boolean ? (value ? value.toLowerCase() : 'false') : value;
    }
    return { named: Object.fromEntries(names.map((n, i) => [n, args.positionals[i] ?? ''])), options };
}
function booleansOf(ops) {
    const flags = ops.flatMap(op => Object.entries(op.options ?? {})
        .filter(([, o]) => o.boolean)
        .map(([n]) => n));
    return new Set(['dry-run', 'yes', ...flags]);
}
function print(result, json, streams) {
    const show = (text) => streams.stdout((0,core_escape/* foldExternal */.Zy)((0,redact/* redactText */.Rd)((0,core_escape/* terminalText */.eR)(text))));
    if (json) {
        const value = result.kind === 'table'
            ? (result.json ?? result.rows)
            : result.kind === 'object'
                ? result.value
                : (result.json ?? { message: result.message });
        streams.stdout(`${(0,redact/* redactText */.Rd)((0,core_escape/* terminalJson */.t3)(value))}\n`);
    }
    else if (result.kind === 'table')
        show(formatTable(result.columns, result.rows));
    else if (result.kind === 'object')
        show(`${JSON.stringify(result.value, null, 2)}\n`);
    else
        show(`${result.message}\n`);
}
/** The operation the command line names, or the exit code after printing the help or a usage error. */
function findOperation(group, argv, streams) {
    let first;
    try {
        // Parsed once to find the operation: every flag any operation declares is taken as a flag here.
        first = (0,cli_args/* parseArgs */.Zy)(argv.slice(1), booleansOf(group.operations));
    }
    catch (error) {
        return { ok: false, code: usage(streams, (0,errors/* errorMessage */.gJ)(error), group) };
    }
    if (!first.command) {
        streams.stdout(groupHelp(group));
        return { ok: false, code: first.help ? exit/* EXIT */.d.ok : exit/* EXIT */.d.usage };
    }
    const op = group.operations.find(o => o.name === first.command);
    if (!op)
        return {
            ok: false,
            code: usage(streams, `Unknown operation '${first.command}' of '${group.name}'.`, group)
        };
    if (first.help) {
        streams.stdout(operationHelp(group, op));
        return { ok: false, code: exit/* EXIT */.d.ok };
    }
    return { ok: true, value: op };
}
/** The operation's arguments bound, and the session opened (refreshed when it expires) into `env`. */
async function prepareCall(group, op, argv, streams, env) {
    try {
        const args = (0,cli_args/* parseArgs */.Zy)(argv.slice(1), booleansOf([op]));
        const bound = bindArgs(op, args);
        const session = args.session ?? env.OIC_SESSION;
        (0,cli_session/* checkSessionFile */.HM)(session);
        const log = (line) => streams.stderr(`${(0,redact/* redactText */.Rd)((0,core_escape/* terminalText */.eR)(line))}\n`);
        await (0,cli_session/* openSession */.fA)(session, env, { now: Date.now, log });
        return { ok: true, value: { args, bound } };
    }
    catch (error) {
        if ((0,exit/* exitCodeOf */.F)(error) === exit/* EXIT */.d.usage)
            return { ok: false, code: usage(streams, (0,errors/* errorMessage */.gJ)(error), group) };
        streams.stderr(`error: ${(0,core_escape/* foldExternal */.Zy)((0,redact/* redactText */.Rd)((0,core_escape/* terminalText */.eR)((0,errors/* errorMessage */.gJ)(error))))}\n`);
        return { ok: false, code: exit/* EXIT */.d.failed };
    }
}
/** Connects with the common inputs, runs the operation and prints its result; returns the exit code. */
async function execute(op, call, args, streams, env) {
    const host = (0,terminal_host/* createTerminalHost */.V)(args.inputs, env, streams, { verbose: args.verbose });
    let client;
    try {
        const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), oic_instance/* COMMON_INPUTS */.s7);
        const settings = (0,oic_instance/* readInstanceSettings */.ND)(inputs, host);
        client = new http_client/* HttpClient */.Q({
            baseUrl: settings.url,
            instance: settings.instance,
            token: settings.token,
            timeoutMs: settings.transport.timeoutMs,
            retry: (0,retry/* defaultRetryPolicy */.ur)(settings.transport.retries),
            caCertificate: settings.transport.caCertificate,
            userAgent: constants/* USER_AGENT */._O,
            log: line => host.info(line)
        });
        const result = await op.run({ client, ...call, log: line => host.info(line) });
        print(result, args.json, streams);
        return exit/* EXIT */.d.ok;
    }
    catch (error) {
        streams.stderr(`error: ${(0,terminal_hints/* terminalHints */.F)((0,core_escape/* foldExternal */.Zy)((0,redact/* redactText */.Rd)((0,core_escape/* terminalText */.eR)((0,errors/* errorMessage */.gJ)(error)))))}\n`);
        return (0,exit/* exitCodeOf */.F)(error);
    }
    finally {
        await client?.close();
    }
}
/**
 * Runs `oic-actions <group> <operation> …` (`argv` starts with the group's name); returns the exit code.
 */
async function runGroup(group, argv, streams, env) {
    const found = findOperation(group, argv, streams);
    if (!found.ok)
        return found.code;
    const op = found.value;
    const childEnv = { ...env };
    const prepared = await prepareCall(group, op, argv, streams, childEnv);
    if (!prepared.ok)
        return prepared.code;
    const { args, bound } = prepared.value;
    const dryRun = op.effect !== 'read' && args.inputs['dry-run'] === 'true';
    const call = { args: bound.named, options: bound.options, dryRun };
    const what = () => op.describe?.(call) ?? `${op.name} ${Object.values(call.args).join(' ')}`;
    if (op.deprecated)
        streams.stderr(`warning: ${group.name} ${op.name} is deprecated: ${op.deprecated}\n`);
    if (dryRun && !op.plansDryRun) {
        streams.stdout(`dry run: would ${what()}\n`);
        return exit/* EXIT */.d.ok;
    }
    if (op.effect === 'delete' && !dryRun && args.inputs.yes !== 'true')
        return usage(streams, `Refusing to ${what()} without --yes: add --yes to confirm (or --dry-run to see what it would do).`, group);
    return execute(op, call, args, streams, childEnv);
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
