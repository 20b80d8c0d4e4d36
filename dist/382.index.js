export const id = 382;
export const ids = [382];
export const modules = {

/***/ 20382:
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
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(46021);
// EXTERNAL MODULE: ./src/core/settle-lost-write.ts
var settle_lost_write = __webpack_require__(5189);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/actions/create-deployment/config-file.ts
var config_file = __webpack_require__(40671);
// EXTERNAL MODULE: ./src/actions/create-deployment/resolve.ts
var resolve = __webpack_require__(84352);
;// CONCATENATED MODULE: ./src/actions/create-deployment/inputs.ts
/** Inputs of `create-deployment`, validated into {@link CreateDeploymentSettings}. */






/** Every input `actions/create-deployment/action.yml` declares. */
const INPUTS = [
    'project',
    'deployment',
    'name',
    'description',
    'integrations',
    'config-file',
    'if-exists',
    'dry-run',
    ...oic_instance/* COMMON_INPUTS */.s7
];
/** What to do when the deployment exists. */
const IF_EXISTS = ['update', 'fail', 'skip'];
/** Reads and validates the inputs (and the config file when given). */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const connection = (0,oic_instance/* readInstanceSettings */.ND)(inputs, host, { oic3Only: 'create-deployment' });
    const project = inputs.required('project', 'the code of the project that holds the integrations.');
    const ifExists = inputs.choice('if-exists', IF_EXISTS, 'update');
    const dryRun = inputs.boolean('dry-run', false);
    const configFile = inputs.optional('config-file');
    let deployment;
    if (configFile) {
        const clashing = ['deployment', 'name', 'description', 'integrations'].filter(n => inputs.value(n));
        if (clashing.length) {
            throw (0,errors/* inputError */.Xu)(`Inputs ${clashing.map(n => `'${n}'`).join(', ')} conflict with 'config-file', which defines the whole deployment: use one or the other.`, {
                input: 'config-file',
                value: configFile,
                fix: `Drop ${clashing.join(', ')} (the file defines them) or drop config-file.`
            });
        }
        deployment = (0,config_file/* readDeploymentConfig */.y)((0,paths/* resolveReadPath */.sT)(configFile, host.env), configFile);
    }
    else {
        const code = inputs.required('deployment', "the deployment code (or give a 'config-file').");
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(code)) {
            throw (0,core_inputs/* mustBe */.Jq)('deployment', "a code of letters, digits, '_', '-' or '.'", code);
        }
        const specs = inputs.list('integrations').map(text => (0,resolve/* parseSpec */.F)(text, { input: 'integrations' }));
        if (specs.length === 0) {
            const fix = 'CODE|VERSION, CODE (newest version) or * (every integration), one per line or comma-separated.';
            throw (0,errors/* inputError */.Xu)(`Input 'integrations' is required: ${fix}`, {
                input: 'integrations',
                value: inputs.value('integrations'),
                fix: `List the integrations: ${fix}`
            });
        }
        deployment = {
            code,
            name: inputs.optional('name'),
            description: inputs.optional('description'),
            integrations: specs,
            robots: [],
            decisions: [],
            b2bTradingPartners: []
        };
    }
    return { project, deployment, configFile, ifExists, dryRun, connection };
}

;// CONCATENATED MODULE: ./src/actions/create-deployment/main.ts
/** `create-deployment`: the named set of integration versions to promote, created or updated in a project. */











const sortedKeys = (refs) => (refs ?? [])
    .map(r => (0,api/* integrationId */.cr)(r))
    .sort()
    .join(',');
const idKeys = (refs) => (refs ?? [])
    .map(r => (0,api/* integrationId */.cr)(r.identifier, r.version))
    .sort()
    .join(',');
/** True when `a` and `b` define the same deployment. */
function sameDeployment(a, b) {
    return ((a.name ?? a.code) === (b.name ?? b.code) &&
        (a.description ?? '') === (b.description ?? '') &&
        sortedKeys(a.integrations) === sortedKeys(b.integrations) &&
        sortedKeys(a.b2btradingpartners) === sortedKeys(b.b2btradingpartners) &&
        idKeys(a.robots) === idKeys(b.robots) &&
        idKeys(a.decisions) === idKeys(b.decisions));
}
function desired(settings, resolved) {
    const d = settings.deployment;
    return {
        code: d.code,
        name: d.name ?? d.code,
        description: d.description ?? '',
        integrations: resolved.map(({ code, version }) => ({ code, version })),
        robots: d.robots,
        decisions: d.decisions,
        b2btradingpartners: d.b2bTradingPartners
    };
}
function changeOf(ref, before) {
    if (!before)
        return 'added';
    const old = before.integrations?.find(i => i.code === ref.code);
    if (!old)
        return 'added';
    return old.version === ref.version ? 'unchanged' : `version ${old.version} → ${ref.version}`;
}
/**
 * The integrations resolved against the project's list, and the deployment as it is, read together (issue 21). A
 * project that is not there is named (both reads answer 404 then), and a mistake in the integrations input is
 * reported before whatever the deployment's read met.
 */
async function readProject(client, settings, instance) {
    const { project } = settings;
    const resolved = (0,integrations/* listIntegrations */.iB)(client, project)
        .catch((error) => {
        if ((0,errors/* isNotFound */.c4)(error))
            throw new errors/* ConfigurationError */.j1(`Project '${project}' does not exist in instance '${instance}': check the project input.`, { input: 'project' });
        throw (0,errors/* withContext */.eQ)(`Could not list the integrations of project ${project}`, error);
    })
        .then(available => (0,resolve/* resolveIntegrations */.k)(settings.deployment.integrations, available, project));
    return (0,pool/* allInOrder */.b)([resolved, (0,not_found/* orUndefined */.y)((0,deployments/* getDeployment */.i8)(client, project, settings.deployment.code))]);
}
/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const settings = getSettings(host);
    const { project } = settings;
    const code = settings.deployment.code;
    const client = (0,oic_instance/* createOicClient */.zZ)(settings.connection, ctx);
    const instance = settings.connection.instance ?? 'the OIC 2 instance';
    const [resolved, existing] = await readProject(client, settings, instance);
    const body = desired(settings, resolved);
    let result;
    if (!existing)
        result = settings.dryRun ? 'planned' : 'created';
    else if (settings.ifExists === 'fail') {
        throw new errors/* ConfigurationError */.j1(`Deployment '${code}' already exists in project ${project} (${existing.integrations?.length ?? 0} integrations): set if-exists to update or skip.`, { input: 'if-exists' });
    }
    else if (settings.ifExists === 'skip')
        result = 'skipped';
    else if (sameDeployment(existing, body))
        result = 'unchanged';
    else
        result = settings.dryRun ? 'planned' : 'updated';
    let final = result === 'skipped' || result === 'unchanged' ? existing : body;
    if (result === 'created')
        final = await create((0,collaborators/* collaborators */.C)(ctx), client, project, body);
    if (result === 'updated') {
        await (0,deployments/* updateDeployment */.VJ)(client, project, body).catch((e) => {
            throw (0,errors/* withContext */.eQ)(`Could not update deployment ${code} in project ${project}`, e);
        });
        final = await (0,deployments/* getDeployment */.i8)(client, project, code);
    }
    const integrations = (final.integrations ?? []).map(({ code: c, version }) => ({ code: c, version }));
    host.setOutput('deployment', code);
    host.setOutput('result', result);
    host.setOutput('integrations', JSON.stringify(integrations));
    host.setOutput('results', JSON.stringify({ project, deployment: code, result, integrations, dryRun: settings.dryRun }));
    host.info(`Deployment ${code} in project ${project}: ${result} (${integrations.length} integrations)`);
    const rows = resolved.map(r => [
        r.code,
        r.version,
        r.requestedAs,
        result === 'skipped' ? 'skipped' : changeOf(r, existing)
    ]);
    if (existing && result !== 'skipped') {
        for (const old of existing.integrations ?? [])
            if (!resolved.some(r => r.code === old.code))
                rows.push([old.code, old.version, '', 'removed']);
    }
    await ctx.report({
        title: 'OIC create-deployment',
        status: result === 'planned' ? 'planned' : result === 'skipped' ? 'skipped' : 'success',
        statusLine: `Deployment ${code} in project ${project} on ${instance}: ${result}${settings.dryRun ? ' (dry run: nothing changed)' : ''}.`,
        table: { headers: ['Integration', 'Version', 'Requested as', 'Change'], rows },
        notes: settings.configFile ? [`Defined by ${settings.configFile}.`] : []
    });
}
/** Creates the deployment; a lost answer is settled by reading it back (a POST is never repeated). */
async function create(deps, client, project, body) {
    const written = await (0,settle_lost_write/* settleLostWrite */.Pk)({
        what: `create deployment ${body.code} in project ${project}`,
        send: () => (0,deployments/* createDeployment */.Yy)(client, project, body),
        readBack: async () => {
            const now = await (0,not_found/* orUndefined */.y)((0,deployments/* getDeployment */.i8)(client, project, body.code));
            return now && sameDeployment(now, body) ? now : undefined;
        }
    });
    if (written.answered)
        return (0,deployments/* getDeployment */.i8)(client, project, body.code);
    deps.warn((0,settle_lost_write/* lostAnswerLine */.Xc)(`creating deployment ${body.code}`, written.error, 'it exists with the requested content, so it was not sent again.'));
    return written.state;
}

;// CONCATENATED MODULE: ./src/actions/create-deployment/index.ts
/** Entry of `create-deployment`. */


/** Runs `create-deployment` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('create-deployment', main, options);


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

/***/ 69921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ orUndefined)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/** Reading a resource that may be absent: 404 becomes `undefined`, anything else still fails. */

/** Awaits `read`, turning a 404 into `undefined`. */
async function orUndefined(read) {
    try {
        return await read;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
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


/***/ })

};
