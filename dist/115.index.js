export const id = 115;
export const ids = [115];
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

/***/ 46115:
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
;// CONCATENATED MODULE: ./src/cli/commands.ts
/** A resource group's entry: the group module is loaded only when the command runs. */
function resourceGroup(summary, load) {
    return {
        summary,
        load: async () => {
            const [{ group }, { runGroup }] = await Promise.all([load(), __webpack_require__.e(/* import() */ 579).then(__webpack_require__.bind(__webpack_require__, 6579))]);
            return { run: (argv, streams, env) => runGroup(group, argv, streams, env) };
        }
    };
}
/** Commands by name, in the order the general help lists them (after the six actions). */
const COMMANDS = {
    login: {
        summary: 'log in with a browser (authorization code + PKCE) and keep the tokens in --session FILE for the next commands',
        load: async () => {
            const { login } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.bind(__webpack_require__, 87006));
            return { run: (argv, streams, env) => login(argv, streams, env) };
        }
    },
    inspect: {
        summary: 'list what a .car or .iar holds (--json: docs/inspect-schema.md) and compare it with a target: oic-actions inspect FILE [--json] [--oic-url … --instance …]',
        load: async () => {
            const { inspect } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(147), __webpack_require__.e(343), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 96213));
            return { run: (argv, streams, env) => inspect(argv, streams, env) };
        }
    },
    projects: resourceGroup('list, show, delete, export and import projects', () => Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(147), __webpack_require__.e(912)]).then(__webpack_require__.bind(__webpack_require__, 14912))),
    deployments: resourceGroup('list, show, create, update and delete the deployments of a project', () => Promise.all(/* import() */[__webpack_require__.e(250), __webpack_require__.e(260)]).then(__webpack_require__.bind(__webpack_require__, 83260))),
    connections: resourceGroup('list, show, update, test and delete the connections of a project', () => __webpack_require__.e(/* import() */ 833).then(__webpack_require__.bind(__webpack_require__, 14833))),
    integrations: resourceGroup('list, show, activate, deactivate, delete and import the integrations of a project', () => Promise.all(/* import() */[__webpack_require__.e(904), __webpack_require__.e(865)]).then(__webpack_require__.bind(__webpack_require__, 78865))),
    lookups: resourceGroup('list, show, create, update, delete, export and import the lookups of a project', () => __webpack_require__.e(/* import() */ 355).then(__webpack_require__.bind(__webpack_require__, 26355))),
    libraries: resourceGroup('list, show, register, replace and delete the libraries of a project', () => Promise.all(/* import() */[__webpack_require__.e(904), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 9015))),
    rbac: resourceGroup('show and set who may work on a project (its ACL)', () => __webpack_require__.e(/* import() */ 195).then(__webpack_require__.bind(__webpack_require__, 56195))),
    errors: resourceGroup('list, show, resubmit and discard errored instances', () => Promise.all(/* import() */[__webpack_require__.e(280), __webpack_require__.e(676)]).then(__webpack_require__.bind(__webpack_require__, 60676))),
    instances: resourceGroup('list, show, abort instances; activity streams, large payloads, audit records', () => __webpack_require__.e(/* import() */ 967).then(__webpack_require__.bind(__webpack_require__, 22967))),
    'recovery-jobs': resourceGroup('list and show error recovery jobs', () => __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 9126))),
    metrics: resourceGroup('historical tracking metrics, message count summary', () => __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 63429)))
};
/** The entry of a command that is not an action, if `name` is one. */
function commandEntry(name) {
    return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

;// CONCATENATED MODULE: ./src/cli/help.ts
/** Help texts of the CLI, generated from the actions' action.yml (one source of truth with the docs). */





const EXTRA = `
Options of every command:
  --session FILE   keep the token of 'authenticate' or 'login' in FILE (mode 600) and read it in later commands
                   (also env OIC_SESSION), refreshing a login's token that expires; the token is never printed;
                   a FILE that does not exist is an error except for 'login' and 'authenticate'
  --json           print the outputs as one JSON object
  --verbose        debug logging (also OIC_ACTIONS_DEBUG=true)
  --help           this help

Exit codes: 0 ok, 1 failed, 2 usage (unknown command or option, missing or invalid input).`;
/** The first sentence of a description, for a one-line listing. */
function firstSentence(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const end = flat.search(/[.:;](\s|$)/);
    return end < 0 ? flat : flat.slice(0, end);
}
/** The overview. */
function generalHelp() {
    return `oic-actions ${version/* VERSION */.x}: promote Oracle Integration 3 projects from the command line (the same code as the GitHub Actions).

Usage: oic-actions <command> [--<input> <value> …]   (--name=value works too)

Commands:
${registry/* ACTION_NAMES */.G.map(n => `  ${n.padEnd(18)} ${firstSentence(actionMeta(n).description)}`).join('\n')}
${Object.entries(COMMANDS)
        .map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`)
        .join('\n')}

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

// EXTERNAL MODULE: ./src/cli/terminal-hints.ts
var terminal_hints = __webpack_require__(87367);
// EXTERNAL MODULE: ./src/cli/session.ts
var cli_session = __webpack_require__(12594);
// EXTERNAL MODULE: ./src/cli/terminal-host.ts
var terminal_host = __webpack_require__(16091);
;// CONCATENATED MODULE: ./src/cli/main.ts
/** The `oic-actions` command: runs any action in a terminal, with the same code as the GitHub Actions. */














function usage(streams, message) {
    streams.stderr(`error: ${(0,terminal_hints/* terminalHints */.F)((0,redact/* redactText */.Rd)(message))}\nRun 'oic-actions --help' for the commands, 'oic-actions <command> --help' for their inputs.\n`);
    return exit/* EXIT */.d.usage;
}
/**
 * Runs the CLI on `argv` (without node and the script); returns the exit code. Everything it prints passes
 * {@link terminalText}: text from a server or an archive cannot drive the terminal.
 */
async function main(argv, terminal, env, clock = { now: Date.now }) {
    const streams = {
        stdout: text => terminal.stdout((0,core_escape/* terminalText */.eR)(text)),
        stderr: text => terminal.stderr((0,core_escape/* terminalText */.eR)(text))
    };
    const extra = argv[0] === undefined ? undefined : commandEntry(argv[0]);
    if (extra)
        return (await extra.load()).run(argv, streams, env);
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
    if (commandEntry(first.command))
        return usage(streams, `Options go after the command: oic-actions ${first.command} [--option value …].`);
    if (!(0,registry/* isActionName */.S8)(first.command))
        return usage(streams, `Unknown command '${first.command}'.`);
    return runActionCommand(first.command, first.help, argv, streams, env, clock);
}
/** Opens the session for an action command (refreshing its token); returns the exit code to stop with, or 0. */
async function openActionSession(name, session, env, streams, clock, clientSecret) {
    try {
        (0,cli_session/* checkSessionFile */.HM)(session);
        const log = (line) => streams.stderr(`${(0,redact/* redactText */.Rd)(line)}\n`);
        const replacing = name === 'authenticate';
        await (0,cli_session/* openSession */.fA)(session, env, { now: clock.now, log }, { replacing, clientSecret });
        return exit/* EXIT */.d.ok;
    }
    catch (error) {
        if ((0,exit/* exitCodeOf */.F)(error) === exit/* EXIT */.d.usage)
            return usage(streams, (0,errors/* errorMessage */.gJ)(error));
        streams.stderr(`error: ${(0,terminal_hints/* terminalHints */.F)((0,redact/* redactText */.Rd)((0,errors/* errorMessage */.gJ)(error)))}\n`);
        return exit/* EXIT */.d.failed;
    }
}
/** Runs one of the six actions with its inputs from the command line; returns the exit code. */
async function runActionCommand(name, help, argv, streams, env, clock) {
    const meta = actionMeta(name);
    if (help) {
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
    const clientSecret = (0,cli_session/* sessionSecret */.vK)(args.inputs, meta.inputs, env);
    const unknown = Object.keys(args.inputs).filter(name => !(name in meta.inputs));
    if (unknown.length)
        return usage(streams, `Unknown option ${unknown.map(n => `--${n}`).join(', ')} for '${meta.name}'.`);
    if (args.positionals.length)
        return usage(streams, `Unexpected argument '${args.positionals[0] ?? ''}' (inputs are given as --name value).`);
    const session = args.session ?? env.OIC_SESSION;
    const childEnv = { ...env };
    const opened = await openActionSession(name, session, childEnv, streams, clock, clientSecret);
    if (opened !== exit/* EXIT */.d.ok)
        return opened;
    const host = (0,terminal_host/* createTerminalHost */.V)(args.inputs, childEnv, streams, { verbose: args.verbose });
    let failure;
    const action = await registry/* LOADERS */.Hm[name]();
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
/* harmony export */   Ko: () => (/* binding */ writeSession),
/* harmony export */   fA: () => (/* binding */ openSession),
/* harmony export */   vK: () => (/* binding */ sessionSecret)
/* harmony export */ });
/* unused harmony exports REFRESH_MARGIN_MS, readSession, loadSession */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_auth_authorization_code_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43469);
/* harmony import */ var _core_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26214);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_http_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72079);
/* harmony import */ var _core_http_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25834);
/* harmony import */ var _core_safe_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46612);
/* harmony import */ var _core_secrets_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66204);
/* harmony import */ var _core_tls_input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55123);
/**
 * The CLI's session file (mode 600): what `authenticate` exports, or what `login` obtained — the access token, the
 * OIC URL and instance, and for a login the refresh token, its expiry and how the client authenticates — kept for
 * later commands instead of printed. {@link openSession} is the one way a command reads it: it refreshes a login's
 * token that has expired or expires within a minute, saves the result, and fills the environment.
 *
 * The client secret is never written: a confidential client's refresh takes it from `--client-secret` or
 * `OIC_CLIENT_SECRET` at that moment (a public client needs none).
 */









const KEYS = [_core_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV */ .Km.token, _core_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV */ .Km.url, _core_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV */ .Km.instance];
/** A token that expires within this many milliseconds is refreshed before the command runs. */
const REFRESH_MARGIN_MS = 60_000;
const SESSION = { input: '--session', mode: 0o600 };
function badFile(file, why) {
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(`Session file ${file} ${why}: delete it and run login or authenticate again.`, {
        input: '--session',
        value: file,
        fix: 'Delete the file and run login or authenticate again.'
    });
}
/** Reads a session file (undefined when it does not exist); a malformed one is an input error. */
function readSession(file) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return undefined;
    let saved;
    try {
        saved = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        throw badFile(file, 'is not valid JSON');
    }
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved))
        throw badFile(file, 'is not a JSON object');
    const data = saved;
    const login = data.login;
    if (login !== undefined &&
        (typeof login.tokenUrl !== 'string' ||
            typeof login.clientId !== 'string' ||
            typeof login.expiresAt !== 'string' ||
            Number.isNaN(Date.parse(login.expiresAt))))
        throw badFile(file, 'holds a login without its token URL, client id or expiry');
    for (const value of [data.OIC_ACCESS_TOKEN, login?.refreshToken])
        if (typeof value === 'string' && value)
            (0,_core_secrets_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .registerSecret */ .cl)(value);
    return data;
}
/** Loads the session into `env` without overriding variables already set (no refresh: see {@link openSession}). */
function loadSession(file, env) {
    const saved = file ? readSession(file) : undefined;
    for (const key of KEYS)
        if (typeof saved?.[key] === 'string' && env[key] === undefined)
            env[key] = saved[key];
}
/** Refuses a session file that is a symbolic link or not a file, before anything runs (throws a one-line error). */
function checkSessionFile(file) {
    if (file)
        (0,_core_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .checkWriteTarget */ .p7)(file, SESSION);
}
/**
 * Saves what was exported (token, URL, instance) to the session file: a new file, readable by the owner only,
 * renamed over the old one — a pre-created file is replaced, never written into, and a link is refused.
 */
function saveSession(file, exported) {
    const values = Object.fromEntries(KEYS.filter(k => exported[k] !== undefined).map(k => [k, exported[k]]));
    if (!file || Object.keys(values).length === 0)
        return false;
    (0,_core_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileSafely */ .kv)(file, `${JSON.stringify(values)}\n`, SESSION);
    return true;
}
/** Writes a whole session (a login's), mode 600, replacing the file. */
function writeSession(file, data) {
    (0,_core_safe_write_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileSafely */ .kv)(file, `${JSON.stringify(data)}\n`, SESSION);
}
/**
 * Takes `--client-secret` out of a command's flags when the command does not declare it (it is then only the
 * secret of a session refresh), returning it or `OIC_CLIENT_SECRET`.
 */
function sessionSecret(inputs, declared, env) {
    const given = inputs['client-secret'];
    if (given !== undefined && !Object.hasOwn(declared, 'client-secret'))
        delete inputs['client-secret'];
    return given || env.OIC_CLIENT_SECRET || undefined;
}
/**
 * Opens the session of a command: a `file` that does not exist is an input error unless `replacing` (authenticate,
 * which writes a new session: nothing is refreshed then); a login's token that has expired or expires within {@link REFRESH_MARGIN_MS} is refreshed (the
 * rotated refresh token kept) and saved; then `OIC_ACCESS_TOKEN`, `OIC_URL` and `OIC_INSTANCE` go into `env`
 * where not already set. An access token already in `env` is used as it is: the session is not refreshed for it.
 */
async function openSession(file, env, collaborators, options = {}) {
    if (!file)
        return;
    const saved = readSession(file);
    if (!saved) {
        if (options.replacing)
            return;
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(`Session file ${file} does not exist: run 'oic-actions login --session ${file}' (or authenticate --session ${file}) first, or correct the path.`, {
            input: '--session',
            value: file,
            fix: `Run 'oic-actions login --session ${file}' first, or correct the path.`
        });
    }
    const login = saved.login;
    const secret = options.clientSecret ?? env.OIC_CLIENT_SECRET;
    if (login &&
        !options.replacing &&
        env[_core_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV */ .Km.token] === undefined &&
        Date.parse(login.expiresAt) - collaborators.now() < REFRESH_MARGIN_MS) {
        await refreshSession(file, saved, login, env, collaborators, secret);
    }
    for (const key of KEYS)
        if (typeof saved[key] === 'string' && env[key] === undefined)
            env[key] = saved[key];
}
async function refreshSession(file, saved, login, env, collaborators, secret) {
    const again = `run 'oic-actions login --session ${file}' again`;
    if (!login.refreshToken)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(`The token in session file ${file} expired at ${login.expiresAt} and the session holds no refresh token (the login's scope had no offline_access): ${again}.`, { input: '--session', value: file, fix: `Add offline_access to --scope and ${again}.` });
    if (login.clientAuth === 'client_secret_basic' && !secret)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)(`The token in session file ${file} needs a refresh, and client '${login.clientId}' is confidential: pass --client-secret or set OIC_CLIENT_SECRET (the secret is never stored).`, { input: 'client-secret', value: '', fix: 'Pass --client-secret or set OIC_CLIENT_SECRET.' });
    if (secret)
        (0,_core_secrets_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .registerSecret */ .cl)(secret);
    const tokenUrl = new URL(login.tokenUrl);
    const http = new _core_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .HttpClient */ .Q({
        baseUrl: new URL(tokenUrl.origin),
        timeoutMs: _core_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_REQUEST_TIMEOUT_S */ .Qm * 1000,
        retry: (0,_core_http_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultRetryPolicy */ .ur)(_core_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRIES */ .TU),
        caCertificate: (0,_core_tls_input_js__WEBPACK_IMPORTED_MODULE_8__/* .readCaCertificate */ .m)(env.OIC_CA_CERTIFICATE),
        dispatcher: collaborators.dispatcher,
        now: collaborators.now,
        log: collaborators.log,
        userAgent: _core_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._O
    });
    try {
        const client = {
            tokenUrl,
            clientId: login.clientId,
            clientSecret: login.clientAuth === 'client_secret_basic' ? secret : undefined
        };
        const now = collaborators.now();
        const token = await (0,_core_auth_authorization_code_js__WEBPACK_IMPORTED_MODULE_1__/* .refreshLogin */ .B)(http, client, login.refreshToken, { now, mask: _core_secrets_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .registerSecret */ .cl });
        saved.OIC_ACCESS_TOKEN = token.accessToken;
        saved.login = {
            ...login,
            expiresAt: token.expiresAt.toISOString(),
            refreshToken: token.refreshToken ?? login.refreshToken
        };
        writeSession(file, saved);
        collaborators.log(`Token refreshed, valid until ${token.expiresAt.toISOString()}; kept in ${file} (not printed).`);
    }
    finally {
        await http.close();
    }
}


/***/ }),

/***/ 87367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ terminalHints)
/* harmony export */ });
/**
 * Error text for a terminal: the actions word their fixes for a workflow file (`${{ steps.<id>.outputs.… }}`,
 * `Input 'project'`, a step's `env:`); a person at a terminal gives flags and environment variables instead.
 */
const REWRITES = [
    [
        /pass \$\{\{ steps\.<authenticate step id>\.outputs\.access-token \}\}/gi,
        "log in first ('oic-actions login --session FILE' or 'oic-actions authenticate … --session FILE') and add --session FILE, or pass --access-token"
    ],
    [/\$\{\{ github\.token \}\}/g, 'env GITHUB_TOKEN'],
    [
        /under the step's env: \(e\.g\. ([A-Z0-9_]+): \$\{\{ secrets\.[A-Z0-9_]+ \}\}\)/g,
        'to the environment (export $1=…)'
    ],
    [/\$\{\{\s*([^}]*?)\s*\}\}/g, '<$1>'],
    [/\bInput '([a-z][a-z0-9-]*)'/g, 'Option --$1'],
    [/\binput '([a-z][a-z0-9-]*)'/g, 'option --$1']
];
/** `text` with the workflow-only wording replaced by what a terminal user types. */
function terminalHints(text) {
    let out = text;
    for (const [pattern, replacement] of REWRITES)
        out = out.replace(pattern, replacement);
    return out;
}


/***/ }),

/***/ 16091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ createTerminalHost)
/* harmony export */ });
/* harmony import */ var _core_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94536);
/* harmony import */ var _core_host_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40393);
/* harmony import */ var _core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21340);
/* harmony import */ var _core_secrets_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66204);
/* harmony import */ var _core_job_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59357);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _terminal_hints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87367);







function where(p) {
    return p?.file ? ` (${p.file}${p.startLine ? `:${p.startLine}` : ''})` : '';
}
/** Creates the terminal host. */
function createTerminalHost(inputs, env, streams, options) {
    const outputs = {};
    const exported = {};
    const say = (line) => streams.stderr(`${(0,_core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)(line))}\n`);
    const fail = (line) => say((0,_terminal_hints_js__WEBPACK_IMPORTED_MODULE_5__/* .terminalHints */ .F)(line));
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
            if (options.verbose || (0,_core_host_js__WEBPACK_IMPORTED_MODULE_6__/* .debugRequested */ .g)(env))
                say(`debug: ${message}`);
        },
        info: message => say(message),
        notice: (message, p) => say(`notice${where(p)}: ${message}`),
        warning: (message, p) => say(`warning${where(p)}: ${message}`),
        error: (message, p) => fail(`error${where(p)}: ${message}`),
        group: async (name, fn) => {
            say(`▸ ${name}`);
            return fn();
        },
        writeSummary: async (report) => {
            // A failure with nothing but its status line was printed by setFailed already: say it once.
            if (report.status === 'failure' && !report.table && !report.notes?.length)
                return;
            streams.stdout(`\n${(0,_core_secrets_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)((0,_core_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalText */ .eR)((0,_core_job_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTerminal */ .bF)(report)))}`);
        },
        setFailed: (message, p) => fail(`error${where(p)}: ${message}`),
        isDebug: () => options.verbose || (0,_core_host_js__WEBPACK_IMPORTED_MODULE_6__/* .debugRequested */ .g)(env),
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

/***/ 43469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ refreshLogin),
/* harmony export */   Dd: () => (/* binding */ exchangeCode),
/* harmony export */   Z0: () => (/* binding */ wantsOpenId),
/* harmony export */   nr: () => (/* binding */ authorizeUrl)
/* harmony export */ });
/* unused harmony export AUTHORIZE_PATH */
/* harmony import */ var _basic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5624);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _oic_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95364);
/* harmony import */ var _token_response_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4851);
/**
 * The token requests of an interactive login: the authorization URL (RFC 6749 §4.1.1 with PKCE, RFC 7636 §4.3),
 * the code exchange (§4.1.3, `code_verifier` per RFC 7636 §4.5) and the refresh (§6), each with the client's
 * authentication: HTTP Basic with the client secret for a confidential application (OCI IAM's token examples),
 * or `client_id` in the form for a public client, whose proof is PKCE alone (RFC 6749 §2.3, §3.2.1).
 */




/** Path of the authorization endpoint below an identity domain URL (Oracle: "Generate Authorization Code …"). */
const AUTHORIZE_PATH = '/oauth2/v1/authorize';
/** The authorization request a browser opens. */
function authorizeUrl(tokenUrl, request) {
    const url = new URL(tokenUrl.toString());
    url.pathname = url.pathname.replace(/\/oauth2\/v1\/token$/, AUTHORIZE_PATH);
    const params = {
        client_id: request.clientId,
        response_type: 'code',
        redirect_uri: request.redirectUri,
        scope: request.scope,
        state: request.state,
        code_challenge: request.challenge,
        code_challenge_method: 'S256',
        nonce: request.nonce
    };
    for (const [key, value] of Object.entries(params))
        if (value !== undefined)
            url.searchParams.set(key, value);
    return url;
}
/** True when the scope asks for an id_token (OpenID Connect). */
function wantsOpenId(scope) {
    return scope.split(/\s+/).includes('openid');
}
/** Exchanges an authorization code; never repeated (a code is single-use, RFC 6749 §4.1.2). */
function exchangeCode(http, client, grant, options) {
    return postToken(http, client, {
        grant_type: 'authorization_code',
        code: grant.code,
        redirect_uri: grant.redirectUri,
        code_verifier: grant.verifier
    }, { ...options, step: 'authorization code' });
}
/** Refreshes an access token; not repeated either: a rotated refresh token would fail the second attempt. */
function refreshLogin(http, client, refreshToken, options) {
    return postToken(http, client, { grant_type: 'refresh_token', refresh_token: refreshToken }, { ...options, step: 'refresh token' });
}
async function postToken(http, client, fields, options) {
    const headers = {};
    const form = { ...fields };
    if (client.clientSecret !== undefined) {
        headers.authorization = (0,_basic_js__WEBPACK_IMPORTED_MODULE_3__/* .basicAuthorization */ .a)(client.clientId, client.clientSecret, options.mask);
    }
    else
        form.client_id = client.clientId;
    let body;
    try {
        const res = await http.json({
            method: 'POST',
            path: client.tokenUrl.pathname,
            form,
            headers,
            safeToRetry: false,
            label: `${options.step} exchange`
        });
        body = res.body;
    }
    catch (error) {
        throw explainLoginError(error, client, options.step);
    }
    return readToken(body, client.tokenUrl.origin, options);
}
function readToken(body, origin, options) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicActionError */ .km(`The identity domain at ${origin} answered ${(0,_oic_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .describeJson */ .kw)(body)} where a token object ({access_token, expires_in}) was expected.`);
    const text = (value) => typeof value === 'string' && value && !/[\s\u0000-\u001f\u007f]/.test(value) ? value : undefined;
    const accessToken = text(body.access_token);
    if (!accessToken)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicActionError */ .km(`The identity domain at ${origin} answered without a usable access_token.`);
    options.mask(accessToken);
    const refreshToken = text(body.refresh_token);
    if (refreshToken)
        options.mask(refreshToken);
    const idToken = text(body.id_token);
    if (idToken)
        options.mask(idToken);
    const expiresIn = (0,_token_response_js__WEBPACK_IMPORTED_MODULE_2__/* .lifetime */ .EQ)(body.expires_in, origin);
    return {
        accessToken,
        tokenType: (0,_token_response_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenTypeOf */ .bm)(body.token_type, origin),
        expiresIn,
        expiresAt: new Date(options.now + expiresIn * 1000),
        refreshToken,
        idToken
    };
}
/** An RFC 6749 §5.2 refusal as one line that says what to do; anything else passes through. */
function explainLoginError(error, client, step) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicHttpError */ .sZ) || error.status < 400 || error.status >= 500 || error.status === 429)
        return error instanceof Error ? error : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicActionError */ .km(String(error));
    const code = error.title ?? '';
    const said = error.detail ? ` (${error.detail})` : '';
    const again = "run 'oic-actions login' again";
    const fixes = {
        invalid_grant: step === 'refresh token'
            ? `The refresh token is expired, revoked or already used: ${again}.`
            : `The code expired, was already used, or was issued for another client or redirect URI: ${again}.`,
        invalid_client: client.clientSecret === undefined
            ? `Client '${client.clientId}' was sent as a public client (no secret): pass --client-secret (or OIC_CLIENT_SECRET) if the application is confidential.`
            : `Check --client-id '${client.clientId}' and --client-secret (the application's credentials).`,
        unauthorized_client: `The application '${client.clientId}' may not use this grant: allow Authorization Code${step === 'refresh token' ? ' and Refresh Token' : ''} in its OAuth configuration.`,
        invalid_scope: 'Check --scope: the instance audience followed by urn:opc:resource:consumer::all.'
    };
    const fix = fixes[code] ?? '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The identity domain refused the ${step}: ${code || `HTTP ${error.status}`}${said}. ${fix}`.trim(), { cause: error, fix: fix || undefined });
}


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


/***/ })

};
