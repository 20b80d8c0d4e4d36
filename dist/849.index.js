export const id = 849;
export const ids = [849];
export const modules = {

/***/ 77593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ envNameOf),
/* harmony export */   Zy: () => (/* binding */ parseArgs)
/* harmony export */ });
/* unused harmony export CLI_FLAGS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/** Command-line parsing of `oic-actions <command> [--input value …] [--flag …]`. */

/** Flags of the CLI itself (not action inputs). */
const CLI_FLAGS = (/* unused pure expression or super */ null && (['help', 'json', 'session', 'verbose', 'version']));
/** Parses argv (without `node` and the script). Unknown inputs are checked later against the command's action.yml. */
function parseArgs(argv, booleans = new Set()) {
    const parsed = {
        inputs: {},
        positionals: [],
        help: false,
        json: false,
        verbose: false,
        version: false
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h')
            parsed.help = true;
        else if (!arg.startsWith('--')) {
            if (parsed.command === undefined)
                parsed.command = arg;
            else
                parsed.positionals.push(arg);
        }
        else {
            const eq = arg.indexOf('=');
            const name = arg.slice(2, eq < 0 ? undefined : eq);
            if (!/^[a-z][a-z0-9-]*$/.test(name))
                throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`Unknown option '${arg}': options look like --project SALES.`, {
                    input: arg,
                    value: arg,
                    fix: 'Write options as --name value, e.g. --project SALES.'
                });
            let value;
            if (eq >= 0)
                value = arg.slice(eq + 1);
            else if (name === 'help' ||
                name === 'json' ||
                name === 'verbose' ||
                name === 'version' ||
                (booleans.has(name) && !/^(true|false)$/i.test(argv[i + 1] ?? '')))
                value = 'true';
            else {
                const next = argv[i + 1];
                if (next === undefined || next.startsWith('--'))
                    throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`Option --${name} needs a value.`, {
                        input: `--${name}`,
                        value: '',
                        fix: `Give --${name} a value: --${name} <value> or --${name}=<value>.`
                    });
                value = next;
                i++;
            }
            if (name === 'help')
                parsed.help = value === 'true';
            else if (name === 'json')
                parsed.json = value === 'true';
            else if (name === 'verbose')
                parsed.verbose = value === 'true';
            else if (name === 'version')
                parsed.version = value === 'true';
            else if (name === 'session')
                parsed.session = value;
            else
                parsed.inputs[name] = parsed.inputs[name] === undefined ? value : `${parsed.inputs[name]}\n${value}`;
        }
    }
    return parsed;
}
/** `OIC_<NAME>` environment variable of an input (`client-secret` → `OIC_CLIENT_SECRET`). */
function envNameOf(input) {
    return `OIC_${input.toUpperCase().replace(/-/g, '_')}`;
}


/***/ }),

/***/ 47632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ exitCodeOf),
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/** Exit codes of the CLI, and the rule that picks one for a failure. */

/** Exit codes: 0 ok, 1 failed, 2 usage (unknown command or option, missing or invalid input). */
const EXIT = { ok: 0, failed: 1, usage: 2 };
/**
 * The exit code of a failure: {@link EXIT.usage} for an {@link InputError} (the inputs cannot work as given; see
 * src/core/errors.ts for the rule), {@link EXIT.failed} for anything else (a server's answer, the network, a bug).
 */
function exitCodeOf(error) {
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? EXIT.usage : EXIT.failed;
}


/***/ }),

/***/ 26849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: ./src/actions/registry.ts
var registry = __webpack_require__(19984);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/escape.ts
var core_escape = __webpack_require__(94536);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts
var redact = __webpack_require__(21340);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/cli/action-meta.ts
/** The actions' metadata (inputs, defaults, descriptions) read from their action.yml, for help and validation. */




/** Finds `actions/<name>/action.yml` above this module (it sits in `dist/` or `src/cli/`). */
function findActionFile(name) {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (;;) {
        const file = (0,external_node_path_.join)(dir, 'actions', name, 'action.yml');
        if ((0,external_node_fs_.existsSync)(file))
            return file;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            throw new Error(`actions/${name}/action.yml not found`);
        dir = parent;
    }
}
/** Reads one action's metadata. */
function actionMeta(name) {
    const doc = (0,dist.parse)((0,external_node_fs_.readFileSync)(findActionFile(name), 'utf8'));
    return { name, description: doc.description, inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} };
}
/** Names of inputs whose default is `'true'`/`'false'` (flags that may stand alone). */
function booleanInputs(meta) {
    return new Set(Object.entries(meta.inputs)
        .filter(([, i]) => i.default === 'true' || i.default === 'false')
        .map(([n]) => n));
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: ./src/core/version.ts + 1 modules
var version = __webpack_require__(74910);
;// CONCATENATED MODULE: ./src/cli/help.ts
/** Help texts of the CLI, generated from the actions' action.yml (one source of truth with the docs). */



const EXTRA = `
Options of every command:
  --session FILE   keep the token of 'authenticate' in FILE (mode 600) and read it in later commands
                   (also env OIC_SESSION); the token is never printed
  --json           print the outputs as one JSON object
  --verbose        debug logging (also OIC_ACTIONS_DEBUG=true)
  --help           this help

Exit codes: 0 ok, 1 failed, 2 usage (unknown command or option, missing or invalid input).`;
/** The overview. */
function generalHelp() {
    return `oic-actions ${version/* VERSION */.x}: promote Oracle Integration 3 projects from the command line (the same code as the GitHub Actions).

Usage: oic-actions <command> [--<input> <value> …]

Commands:
${registry/* ACTION_NAMES */.G.map(n => `  ${n}`).join('\n')}
  inspect          list what a .car or .iar holds (--json: docs/inspect-schema.md) and compare it with a target: oic-actions inspect FILE [--json] [--oic-url … --instance …]

Run 'oic-actions <command> --help' for its inputs. Every input can also be given as an environment variable
OIC_<INPUT> (e.g. OIC_PROJECT, OIC_CLIENT_SECRET); --oic-url, --instance and --access-token fall back to
OIC_URL, OIC_INSTANCE and OIC_ACCESS_TOKEN.
${EXTRA}
`;
}
function wrap(text, indent, width = 100) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const word of words) {
        if (line && line.length + word.length + 1 > width - indent) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}
/** Help of one command: every input with its default and environment variable, and the outputs. */
function commandHelp(meta) {
    const inputs = Object.entries(meta.inputs).map(([name, i]) => {
        const tags = [
            i.required ? 'required' : '',
            i.default !== undefined ? `default ${i.default}` : '',
            (0,cli_args/* envNameOf */.Iw)(name)
        ]
            .filter(Boolean)
            .join(', ');
        return `  --${name}\n      ${wrap(`${i.description} [${tags}]`, 6)}`;
    });
    const outputs = Object.entries(meta.outputs).map(([name, o]) => `  ${name}: ${wrap(o.description, name.length + 4)}`);
    return `oic-actions ${meta.name}: ${meta.description}

Usage: oic-actions ${meta.name} [--<input> <value> …]

Inputs:
${inputs.join('\n')}

Outputs:
${outputs.join('\n')}
${EXTRA}
`;
}

// EXTERNAL MODULE: ./src/cli/session.ts
var cli_session = __webpack_require__(12594);
// EXTERNAL MODULE: ./src/cli/terminal-host.ts
var terminal_host = __webpack_require__(16091);
;// CONCATENATED MODULE: ./src/cli/main.ts
/** The `oic-actions` command: runs any action in a terminal, with the same code as the GitHub Actions. */












function usage(streams, message) {
    streams.stderr(`error: ${(0,redact/* redactText */.Rd)(message)}\nRun 'oic-actions --help' for the commands, 'oic-actions <command> --help' for their inputs.\n`);
    return exit/* EXIT */.d.usage;
}
/**
 * Runs the CLI on `argv` (without node and the script); returns the exit code. Everything it prints passes
 * {@link terminalText}: text from a server or an archive cannot drive the terminal.
 */
async function main(argv, terminal, env) {
    const streams = {
        stdout: text => terminal.stdout((0,core_escape/* terminalText */.eR)(text)),
        stderr: text => terminal.stderr((0,core_escape/* terminalText */.eR)(text))
    };
    let first;
    try {
        first = (0,cli_args/* parseArgs */.Zy)(argv);
    }
    catch (error) {
        return usage(streams, (0,errors/* errorMessage */.gJ)(error));
    }
    if (first.version) {
        streams.stdout(`${version/* VERSION */.x}\n`);
        return exit/* EXIT */.d.ok;
    }
    if (!first.command) {
        streams.stdout(generalHelp());
        return first.help ? exit/* EXIT */.d.ok : exit/* EXIT */.d.usage;
    }
    if (first.command === 'inspect') {
        const { inspect } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(30), __webpack_require__.e(196), __webpack_require__.e(558), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 96213));
        return inspect(first, streams, env);
    }
    if (!(0,registry/* isActionName */.S8)(first.command))
        return usage(streams, `Unknown command '${first.command}'.`);
    const meta = actionMeta(first.command);
    if (first.help) {
        streams.stdout(commandHelp(meta));
        return exit/* EXIT */.d.ok;
    }
    let args;
    try {
        args = (0,cli_args/* parseArgs */.Zy)(argv, booleanInputs(meta));
    }
    catch (error) {
        return usage(streams, (0,errors/* errorMessage */.gJ)(error));
    }
    const unknown = Object.keys(args.inputs).filter(name => !(name in meta.inputs));
    if (unknown.length)
        return usage(streams, `Unknown option ${unknown.map(n => `--${n}`).join(', ')} for '${meta.name}'.`);
    if (args.positionals.length)
        return usage(streams, `Unexpected argument '${args.positionals[0] ?? ''}' (inputs are given as --name value).`);
    const session = args.session ?? env.OIC_SESSION;
    const childEnv = { ...env };
    try {
        (0,cli_session/* checkSessionFile */.HM)(session);
        (0,cli_session/* loadSession */.L6)(session, childEnv);
    }
    catch (error) {
        return usage(streams, (0,errors/* errorMessage */.gJ)(error));
    }
    const host = (0,terminal_host/* createTerminalHost */.V)(args.inputs, childEnv, streams, { verbose: args.verbose });
    let failure;
    const action = await registry/* LOADERS */.Hm[first.command]();
    const ok = await action.run({ host, onFailure: error => void (failure = error) });
    host.printOutputs(args.json);
    try {
        if ((0,cli_session/* saveSession */.E1)(session, host.exported))
            streams.stderr(`Token kept in ${session} (not printed).\n`);
        else if (host.exported.OIC_ACCESS_TOKEN)
            streams.stderr('The token is not printed: add --session FILE to keep it for the next command.\n');
    }
    catch (error) {
        streams.stderr(`error: the token was not kept: ${(0,redact/* redactText */.Rd)((0,errors/* errorMessage */.gJ)(error))}\n`);
        return exit/* EXIT */.d.failed;
    }
    if (ok)
        return exit/* EXIT */.d.ok;
    return (0,exit/* exitCodeOf */.F)(failure);
}


/***/ }),

/***/ 12594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ saveSession),
/* harmony export */   HM: () => (/* binding */ checkSessionFile),
/* harmony export */   L6: () => (/* binding */ loadSession)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26214);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_safe_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46612);
/** The CLI's session file: what `authenticate` exports, kept (mode 600) for later commands instead of printing it. */




const KEYS = [_core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.token, _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.url, _core_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.instance];
/** Loads the session into `env` without overriding variables already set. */
function loadSession(file, env) {
    if (!file || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return;
    let saved;
    try {
        saved = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`Session file ${file} is not valid JSON: delete it and run authenticate again.`, {
            input: '--session',
            value: file,
            fix: 'Delete the file and run authenticate again.'
        });
    }
    for (const key of KEYS)
        if (typeof saved[key] === 'string' && env[key] === undefined)
            env[key] = saved[key];
}
const SESSION = { input: '--session', mode: 0o600 };
/** Refuses a session file that is a symbolic link or not a file, before anything runs (throws a one-line error). */
function checkSessionFile(file) {
    if (file)
        (0,_core_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .checkWriteTarget */ .p7)(file, SESSION);
}
/**
 * Saves what was exported (token, URL, instance) to the session file: a new file, readable by the owner only,
 * renamed over the old one — a pre-created file is replaced, never written into, and a link is refused.
 */
function saveSession(file, exported) {
    const values = Object.fromEntries(KEYS.filter(k => exported[k] !== undefined).map(k => [k, exported[k]]));
    if (!file || Object.keys(values).length === 0)
        return false;
    (0,_core_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileSafely */ .kv)(file, `${JSON.stringify(values)}\n`, SESSION);
    return true;
}


/***/ }),

/***/ 16091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ createTerminalHost)
/* harmony export */ });
/* harmony import */ var _core_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94536);
/* harmony import */ var _core_host_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40393);
/* harmony import */ var _core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21340);
/* harmony import */ var _core_secrets_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66204);
/* harmony import */ var _core_job_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59357);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);






function where(p) {
    return p?.file ? ` (${p.file}${p.startLine ? `:${p.startLine}` : ''})` : '';
}
/** Creates the terminal host. */
function createTerminalHost(inputs, env, streams, options) {
    const outputs = {};
    const exported = {};
    const say = (line) => streams.stderr(`${(0,_core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(line))}\n`);
    return {
        env,
        onRunner: false,
        outputs,
        exported,
        getInput: name => (inputs[name] ?? env[(0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .envNameOf */ .Iw)(name)] ?? env[`INPUT_${name.toUpperCase()}`] ?? '').trim(),
        setOutput: (name, value) => void (outputs[name] = value),
        setSecret: value => {
            if (value)
                (0,_core_secrets_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(value);
        },
        exportVariable: (name, value) => {
            exported[name] = value;
            env[name] = value;
        },
        debug: message => {
            if (options.verbose || (0,_core_host_js__WEBPACK_IMPORTED_MODULE_5__/* .debugRequested */ .g)(env))
                say(`debug: ${message}`);
        },
        info: message => say(message),
        notice: (message, p) => say(`notice${where(p)}: ${message}`),
        warning: (message, p) => say(`warning${where(p)}: ${message}`),
        error: (message, p) => say(`error${where(p)}: ${message}`),
        group: async (name, fn) => {
            say(`▸ ${name}`);
            return fn();
        },
        writeSummary: async (report) => streams.stdout(`\n${(0,_core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)((0,_core_job_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTerminal */ .bF)(report)))}`),
        setFailed: (message, p) => say(`error${where(p)}: ${message}`),
        isDebug: () => options.verbose || (0,_core_host_js__WEBPACK_IMPORTED_MODULE_5__/* .debugRequested */ .g)(env),
        printOutputs: json => {
            const shown = Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, (0,_core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(v))]));
            if (json)
                streams.stdout(`${(0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalJson */ .t3)(shown)}\n`);
            else
                for (const [k, v] of Object.entries(shown))
                    streams.stdout(`${k}: ${v}\n`);
        }
    };
}


/***/ }),

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
