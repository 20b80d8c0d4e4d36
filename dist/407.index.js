export const id = 407;
export const ids = [407];
export const modules = {

/***/ 2906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: ./src/core/archive/car.ts + 1 modules
var archive_car = __webpack_require__(88287);
// EXTERNAL MODULE: ./src/core/archive/diff.ts
var archive_diff = __webpack_require__(88351);
// EXTERNAL MODULE: ./src/core/archive/diff-report.ts
var diff_report = __webpack_require__(51462);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic-connection.ts + 1 modules
var oic_connection = __webpack_require__(68652);
// EXTERNAL MODULE: ./src/core/poll.ts
var poll = __webpack_require__(88822);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
;// CONCATENATED MODULE: ./src/core/oic/activation.ts
/**
 * Activating and deactivating integration versions and waiting for the outcome. An activation POST is never
 * repeated: when its answer is lost or refused (412), the activation status says what happened.
 */



/** Final statuses of an activation. */
const ACTIVATION_FINAL = new Set(['ACTIVATED', 'FAILEDACTIVATION', 'CONFIGURED']);
const key = (r) => `${r.code}|${r.version}`;
/** Sends the activation unless already active; settles lost or refused answers by reading the status. */
async function start(client, project, ref, deps) {
    const before = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
    if (before === 'ACTIVATED')
        return { ...ref, status: 'ACTIVATED', alreadyActive: true };
    if (before === 'ACTIVATION_INPROGRESS')
        return undefined;
    try {
        await (0,integrations/* setIntegrationStatus */.nJ)(client, project, ref.code, ref.version, 'ACTIVATED');
        deps.log(`Activation of ${key(ref)} requested`);
    }
    catch (error) {
        const unsure = error instanceof errors/* OicHttpError */.sZ && (error.status === 0 || error.status >= 500 || error.status === 412);
        if (!unsure)
            throw error;
        const after = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
        if (after !== 'ACTIVATED' && after !== 'ACTIVATION_INPROGRESS')
            throw error;
        deps.log(`Activation of ${key(ref)}: ${error.message}; status is ${after}, so it was not sent again`);
    }
    return undefined;
}
/** Activates `refs` in order, then waits for all of them until `timeoutMs`. */
async function activateIntegrations(client, project, refs, timeoutMs, deps) {
    const outcomes = new Map();
    const pending = [];
    for (const ref of refs) {
        const done = await start(client, project, ref, deps);
        if (done)
            outcomes.set(key(ref), done);
        else
            pending.push(ref);
    }
    const statuses = new Map();
    const result = await (0,poll/* poll */.w)({
        check: async () => {
            for (const ref of pending) {
                if (ACTIVATION_FINAL.has(statuses.get(key(ref)) ?? ''))
                    continue;
                statuses.set(key(ref), await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version));
            }
            return statuses;
        },
        done: s => pending.every(ref => ACTIVATION_FINAL.has(s.get(key(ref)) ?? '')),
        timeoutMs,
        sleep: deps.sleep,
        now: deps.now,
        initialDelayMs: 500,
        maxDelayMs: 8000
    });
    for (const ref of pending) {
        const status = result.state.get(key(ref)) ?? 'UNKNOWN';
        outcomes.set(key(ref), { ...ref, status: ACTIVATION_FINAL.has(status) ? status : 'TIMEOUT' });
    }
    return refs.map(ref => outcomes.get(key(ref)));
}
/** Deactivates `refs` in order (those not active are left alone); returns those that were deactivated. */
async function deactivateIntegrations(client, project, refs, deps) {
    const done = [];
    for (const ref of refs) {
        const status = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
        if (status !== 'ACTIVATED' && status !== 'ACTIVATION_INPROGRESS')
            continue;
        try {
            await (0,integrations/* setIntegrationStatus */.nJ)(client, project, ref.code, ref.version, 'CONFIGURED');
        }
        catch (error) {
            // 412 means "not active": someone else got there first, which is what we wanted.
            if (!(error instanceof errors/* OicHttpError */.sZ &&
                (error.status === 412 || error.status === 0 || error.status >= 500)))
                throw error;
            const after = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
            if (after === 'ACTIVATED')
                throw error;
        }
        deps.log(`Deactivated ${key(ref)}`);
        done.push(ref);
    }
    return done;
}

// EXTERNAL MODULE: ./src/core/oic/connections.ts
var connections = __webpack_require__(48256);
// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/oic/projects.ts
var projects = __webpack_require__(24579);
// EXTERNAL MODULE: ./src/core/oic/versions.ts
var versions = __webpack_require__(24028);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/artifact.ts
var artifact = __webpack_require__(22653);
;// CONCATENATED MODULE: ./src/actions/import-car/archive-source.ts
/** Getting the archive to import: a path, or a workflow artifact (of this run or of another run/repository). */





/** Returns the path of the `.car` to import and how to name it in messages. */
async function obtainArchive(source, env, log) {
    if (source.kind === 'path') {
        if (!(0,external_node_fs_.existsSync)(source.path) || !(0,external_node_fs_.statSync)(source.path).isFile()) {
            throw new errors/* ConfigurationError */.j1(`Input 'path': no archive at '${source.shownAs}': pass the path output of export-car.`, { input: 'path' });
        }
        return { path: source.path, shownAs: source.shownAs };
    }
    const unavailable = (0,artifact/* artifactUnavailable */.Nf)(env);
    if (unavailable) {
        throw new errors/* ConfigurationError */.j1(`Input 'artifact-name' needs a GitHub Actions runner (${unavailable}): use 'path' instead.`, { input: 'artifact-name' });
    }
    const into = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'oic-import-'));
    const findBy = source.runId && source.repository && source.token
        ? {
            token: source.token,
            workflowRunId: source.runId,
            repositoryOwner: source.repository.owner,
            repositoryName: source.repository.name
        }
        : undefined;
    log(`Downloading artifact ${source.name}${findBy ? ` of run ${findBy.workflowRunId} in ${findBy.repositoryOwner}/${findBy.repositoryName}` : ''}`);
    const folder = await (0,artifact/* downloadNamedArtifact */.wd)(source.name, into, findBy);
    const cars = (0,external_node_fs_.readdirSync)(folder).filter(f => f.endsWith('.car'));
    if (cars.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`Artifact '${source.name}' holds ${cars.length} .car files (${cars.join(', ') || 'none'}); expected exactly one.`, { input: 'artifact-name' });
    }
    return { path: (0,external_node_path_.join)(folder, cars[0]), shownAs: `artifact ${source.name}/${cars[0]}` };
}

// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
;// CONCATENATED MODULE: ./src/actions/import-car/configure.ts
/**
 * Applying the connections file to the target: every id and property name is checked against what the connection
 * really has (errors point at the file's line), then each connection is updated and read back.
 */




function at(setting) {
    return `${setting.location.file}${setting.location.line ? `:${setting.location.line}` : ''}`;
}
function fill(settings, known, kind, id) {
    return settings.map(p => {
        const schema = (known ?? []).find(k => k.propertyName === p.name);
        if (known && known.length > 0 && !schema) {
            throw new errors/* ConfigurationError */.j1(`${at(p)}: connection ${id} has no ${kind} '${p.name}' (it has: ${known.map(k => k.propertyName).join(', ')}).`, { input: 'connections-file', location: p.location });
        }
        return {
            propertyName: p.name,
            propertyValue: p.value,
            propertyType: schema?.propertyType,
            propertyGroup: schema?.propertyGroup
        };
    });
}
/** Builds the update of one connection, validating names against the target's definition. */
function buildUpdate(setting, target) {
    const update = {};
    if (setting.properties.length)
        update.connectionProperties = fill(setting.properties, target.connectionProperties, 'property', setting.id);
    if (setting.securityProperties.length)
        update.securityProperties = fill(setting.securityProperties, target.securityProperties, 'security property', setting.id);
    if (setting.securityPolicy)
        update.securityPolicy = setting.securityPolicy;
    if (setting.agentGroup)
        update.agentGroupId = setting.agentGroup;
    return update;
}
/** Reads every connection the file names; unknown ids are errors at their line. */
async function readTargets(client, project, settings) {
    const targets = new Map();
    for (const setting of settings) {
        try {
            targets.set(setting.id, await (0,connections/* getConnection */.XA)(client, project, setting.id));
        }
        catch (error) {
            if (!(0,errors/* isNotFound */.c4)(error))
                throw error;
            throw new errors/* ConfigurationError */.j1(`${at(setting)}: connection ${setting.id} is not in project ${project} on the target.`, {
                input: 'connections-file',
                location: setting.location
            });
        }
    }
    return targets;
}
/** Resolves each attachment's file inside the workspace; a missing file is an error at its line. */
function attachmentFiles(setting, env) {
    return setting.attachments.map(a => {
        const file = (0,paths/* resolveInsideRoots */.i)(a.value, 'connections-file', env);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new errors/* ConfigurationError */.j1(`${at(a)}: attachment ${a.name} of connection ${setting.id}: no file at '${a.value}'.`, { input: 'connections-file', location: a.location });
        }
        return { name: a.name, file };
    });
}
/** Updates each connection (and uploads its attachments), returning `{id, status}` read back afterwards. */
async function applyConnections(client, project, settings, targets, env, log) {
    const out = [];
    for (const setting of settings) {
        const update = buildUpdate(setting, targets.get(setting.id));
        const files = attachmentFiles(setting, env);
        if (Object.keys(update).length)
            await (0,connections/* updateConnection */.yM)(client, project, setting.id, update);
        for (const { name, file } of files)
            await (0,connections/* uploadConnectionAttachment */.fX)(client, project, setting.id, name, file);
        const after = await (0,connections/* getConnection */.XA)(client, project, setting.id);
        log(`Configured connection ${setting.id}: ${after.status ?? 'UNKNOWN'}`);
        out.push({ id: setting.id, status: after.status ?? 'UNKNOWN' });
    }
    return out;
}
/**
 * Checks the file against the archive before anything is uploaded: every property must exist in the archive's
 * definition of that connection (when the archive describes it).
 */
function checkAgainstArchive(settings, archive) {
    for (const setting of settings) {
        const known = archive.find(c => c.id === setting.id)?.properties.map(p => p.propertyName) ?? [];
        if (!known.length)
            continue;
        for (const p of [...setting.properties, ...setting.securityProperties, ...setting.attachments]) {
            if (!known.includes(p.name)) {
                throw new errors/* ConfigurationError */.j1(`${at(p)}: connection ${setting.id} has no property '${p.name}' (it has: ${known.join(', ')}).`, {
                    input: 'connections-file',
                    location: p.location
                });
            }
        }
    }
}

// EXTERNAL MODULE: ./src/core/yaml-file.ts
var yaml_file = __webpack_require__(44543);
;// CONCATENATED MODULE: ./src/actions/import-car/connections-file.ts

const CONNECTION_KEYS = ['properties', 'security-policy', 'security-properties', 'agent-group', 'attachments'];
const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function resolve(doc, node, env, mask) {
    const raw = (0,yaml_file/* scalarText */.ws)(node);
    if (raw === undefined)
        throw doc.error('expected a value (a string, or ${VAR} from the environment).', node);
    let fromEnv = false;
    const value = raw.replace(VARIABLE, (match, name) => {
        if (match === '$$')
            return '$';
        const v = env[name];
        if (v === undefined) {
            throw doc.error(`\${${name}} is not set in the environment: add ${name} under the step's env: (e.g. from secrets.${name}).`, node);
        }
        fromEnv = true;
        mask(v);
        return v;
    });
    if (fromEnv)
        mask(value);
    return { value, fromEnv };
}
function properties(doc, node, key, env, mask, secret) {
    if (!(0,yaml_file/* isMap */.jh)(node))
        throw doc.error(`'${key}' must map property names to values.`, node);
    return (0,yaml_file/* mapEntries */.Nn)(node).map(([name, valueNode, keyNode]) => {
        const { value } = resolve(doc, valueNode, env, mask);
        if (secret)
            mask(value);
        return { name, value, location: { file: doc.file, line: doc.line(keyNode) } };
    });
}
/** Reads the file; `path` is where it is, `shownAs` how the user named it. */
function readConnectionsFile(path, shownAs, env, mask) {
    const doc = (0,yaml_file/* readYamlFile */.kv)(path, shownAs, 'connections-file');
    const root = (0,yaml_file/* mapEntries */.Nn)(doc.root);
    const top = root.find(([k]) => k === 'connections');
    const unknown = root.find(([k]) => k !== 'connections');
    if (!(0,yaml_file/* isMap */.jh)(doc.root) || !top || unknown) {
        throw doc.error(`expected a top-level 'connections:' mapping of connection ids${unknown ? ` (unknown key '${unknown[0]}')` : ''}.`, unknown?.[2] ?? doc.root);
    }
    if (!(0,yaml_file/* isMap */.jh)(top[1]))
        throw doc.error("'connections' must map connection ids to their settings.", top[1] ?? top[2]);
    const connections = (0,yaml_file/* mapEntries */.Nn)(top[1]).map(([id, node, keyNode]) => {
        const location = { file: shownAs, line: doc.line(keyNode) };
        if (!(0,yaml_file/* isMap */.jh)(node))
            throw doc.error(`connection ${id} must be a mapping of ${CONNECTION_KEYS.join(', ')}.`, node ?? keyNode);
        const fields = new Map();
        for (const [key, value, k] of (0,yaml_file/* mapEntries */.Nn)(node)) {
            if (!CONNECTION_KEYS.includes(key))
                throw doc.error(`unknown key '${key}' in connection ${id} (expected ${CONNECTION_KEYS.join(', ')}).`, k);
            fields.set(key, value);
        }
        const single = (key) => fields.has(key) ? resolve(doc, fields.get(key) ?? null, env, mask).value : undefined;
        return {
            id,
            location,
            properties: fields.has('properties')
                ? properties(doc, fields.get('properties') ?? null, 'properties', env, mask, false)
                : [],
            securityPolicy: single('security-policy'),
            securityProperties: fields.has('security-properties')
                ? properties(doc, fields.get('security-properties') ?? null, 'security-properties', env, mask, true)
                : [],
            agentGroup: single('agent-group'),
            attachments: fields.has('attachments')
                ? properties(doc, fields.get('attachments') ?? null, 'attachments', env, mask, false)
                : []
        };
    });
    return { file: shownAs, connections };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
;// CONCATENATED MODULE: ./src/actions/import-car/inputs.ts
/** Inputs of `import-car`, validated into {@link ImportCarSettings}. */




/** Every input `actions/import-car/action.yml` declares. */
const INPUTS = [
    'path',
    'artifact-name',
    'artifact-run-id',
    'artifact-repository',
    'github-token',
    'project',
    'if-exists',
    'connections-file',
    'activate',
    'activation-timeout',
    'dry-run',
    ...oic_connection/* COMMON_INPUTS */.s7
];
/** What to do when the project exists in the target. */
const IF_EXISTS = ['fail', 'replace', 'skip'];
/** Reads and validates the inputs. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const env = host.env;
    const token = inputs.optional('github-token');
    if (token)
        host.setSecret(token);
    const connection = (0,oic_connection/* readConnectionSettings */.S4)(inputs, host);
    const path = inputs.optional('path');
    const artifact = inputs.optional('artifact-name');
    if (path && artifact)
        throw new errors/* ConfigurationError */.j1("Inputs 'path' and 'artifact-name' conflict: give one of them.", {
            input: 'path'
        });
    if (!path && !artifact)
        throw new errors/* ConfigurationError */.j1("One of the inputs 'path' or 'artifact-name' is required: the .car to import.", { input: 'path' });
    let source;
    if (path) {
        source = { kind: 'path', path: (0,paths/* resolveInsideRoots */.i)(path, 'path', env), shownAs: path };
    }
    else {
        const runRaw = inputs.optional('artifact-run-id');
        const repoRaw = inputs.optional('artifact-repository') ?? (runRaw ? env.GITHUB_REPOSITORY : undefined);
        if (repoRaw !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoRaw)) {
            throw new errors/* ConfigurationError */.j1(`Input 'artifact-repository' must be owner/repo, got ${(0,core_inputs/* quote */.hD)(repoRaw)}.`, {
                input: 'artifact-repository'
            });
        }
        if (inputs.optional('artifact-repository') && !runRaw) {
            throw new errors/* ConfigurationError */.j1("Input 'artifact-repository' needs 'artifact-run-id' (the run that uploaded the artifact).", { input: 'artifact-run-id' });
        }
        if (runRaw && !token) {
            throw new errors/* ConfigurationError */.j1("Input 'github-token' is required with 'artifact-run-id': a token with actions:read on that repository.", { input: 'github-token' });
        }
        const [owner, name] = (repoRaw ?? '/').split('/');
        source = {
            kind: 'artifact',
            name: artifact,
            runId: runRaw
                ? inputs.integer('artifact-run-id', { fallback: 0, min: 1, max: Number.MAX_SAFE_INTEGER })
                : undefined,
            repository: runRaw ? { owner: owner, name: name } : undefined,
            token
        };
    }
    const activateRaw = inputs.optional('activate') ?? 'none';
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(activateRaw)) {
        throw new errors/* ConfigurationError */.j1(`Input 'activate' must be none, all or a deployment code, got ${(0,core_inputs/* quote */.hD)(activateRaw)}.`, { input: 'activate' });
    }
    const filePath = inputs.optional('connections-file');
    const project = inputs.optional('project');
    if (project && !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(project)) {
        throw new errors/* ConfigurationError */.j1(`Input 'project' must be a project code, got ${(0,core_inputs/* quote */.hD)(project)}.`, {
            input: 'project'
        });
    }
    return {
        source,
        project,
        ifExists: inputs.choice('if-exists', IF_EXISTS, 'fail'),
        connectionsFile: filePath
            ? { path: (0,paths/* resolveInsideRoots */.i)(filePath, 'connections-file', env), shownAs: filePath }
            : undefined,
        activate: activateRaw === 'none'
            ? { kind: 'none' }
            : activateRaw === 'all'
                ? { kind: 'all' }
                : { kind: 'deployment', code: activateRaw },
        activationTimeoutMs: inputs.seconds('activation-timeout', { fallback: 600, min: 1, max: 6 * 3600 }) * 1000,
        dryRun: inputs.boolean('dry-run', false),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        connection
    };
}

;// CONCATENATED MODULE: ./src/actions/import-car/report.ts
/** Rows for the summary (planned or done). */
function summaryRows(diff, after, activations) {
    const rows = [];
    for (const i of diff.integrations) {
        const now = after?.integrations.find(a => a.code === i.code && (i.version === '' || a.version === i.version));
        const activation = activations.find(a => a.code === i.code && a.version === i.version);
        const status = activation && !activation.alreadyActive ? activation.status : (now?.status ?? i.targetStatus ?? '');
        const note = i.change === 'version changed'
            ? `version changed (target has ${i.targetVersions.join(', ')})`
            : i.change;
        rows.push([
            'integration',
            i.code,
            i.version || i.targetVersions.join(', '),
            note,
            status,
            i.importable === 'ok' ? '' : i.importable
        ]);
    }
    for (const c of diff.connections) {
        const now = after?.connections.find(a => a.id === c.id);
        const plan = c.configuredByFile
            ? 'configured by connections-file'
            : c.needsConfiguration
                ? 'stays draft: configure it'
                : 'kept (already configured)';
        rows.push(['connection', c.id, '', plan, now?.status ?? c.targetStatus ?? 'new (draft)', '']);
    }
    return rows;
}
/** Table headers matching {@link summaryRows}. */
const SUMMARY_HEADERS = ['Kind', 'Id', 'Version', 'Change', 'Status', 'Blocked by'];

;// CONCATENATED MODULE: ./src/actions/import-car/main.ts
/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */

















const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
async function readTarget(client, project) {
    const exists = project ? Boolean(await (0,not_found/* orUndefined */.y)((0,projects/* getProject */.U1)(client, project))) : false;
    if (!exists || !project)
        return { exists: false, integrations: [], connections: [] };
    return {
        exists,
        integrations: await (0,integrations/* listIntegrations */.iB)(client, project),
        connections: await (0,connections/* listConnections */.yb)(client, project)
    };
}
/** Imports (POST) or replaces (PUT); a lost answer is settled by reading the project, never by sending again. */
async function upload(ctx, client, file, mode, expected) {
    try {
        const project = await (0,projects/* importProject */.zB)(client, file, mode);
        const code = project?.code ?? expected;
        if (!code)
            throw new errors/* OicActionError */.km('The import answer named no project and the archive did not either: set the project input.');
        return code;
    }
    catch (error) {
        if (error instanceof errors/* OicHttpError */.sZ && error.status === 409) {
            throw new errors/* ConfigurationError */.j1(`Project ${expected ?? ''} already exists in the target (409): set if-exists: replace to replace it, or skip.`, { input: 'if-exists', cause: error });
        }
        const lost = error instanceof errors/* OicHttpError */.sZ && (error.status === 0 || error.status >= 500);
        if (lost && mode === 'add' && expected && (await (0,not_found/* orUndefined */.y)((0,projects/* getProject */.U1)(client, expected)))) {
            ctx.host.warning(`The answer to the import was lost (${error.message}); project ${expected} now exists, so the archive was not sent again.`);
            return expected;
        }
        throw (0,errors/* withContext */.eQ)(`Could not ${mode === 'add' ? 'import' : 'replace'} the archive`, error);
    }
}
async function activationSet(client, project, s, imported) {
    if (s.activate.kind === 'none')
        return [];
    if (s.activate.kind === 'all') {
        if (imported.length)
            return imported;
        return [...(0,versions/* newestByCode */.Nx)(await (0,integrations/* listIntegrations */.iB)(client, project)).values()].map(({ code, version }) => ({
            code,
            version
        }));
    }
    const code = s.activate.code;
    const deployment = await (0,deployments/* getDeployment */.i8)(client, project, code).catch((e) => {
        if ((0,errors/* isNotFound */.c4)(e))
            throw new errors/* ConfigurationError */.j1(`Input 'activate': deployment ${code} is not in project ${project} on the target.`, { input: 'activate' });
        throw e;
    });
    return (deployment.integrations ?? []).map(({ code: c, version }) => ({ code: c, version }));
}
/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    const log = (line) => host.info(line);
    const deps = { sleep: (ms) => ctx.sleep(ms), now: () => ctx.now(), log };
    const archive = await obtainArchive(s.source, host.env, log);
    const car = await (0,archive_car/* readCar */.l)(archive.path, archive.shownAs);
    for (const warning of car.warnings)
        host.warning(`${archive.shownAs}: ${warning}`);
    if (s.project && car.project && car.project.code !== s.project) {
        throw new errors/* ConfigurationError */.j1(`${archive.shownAs} holds project ${car.project.code}, not ${s.project}: import the right archive or fix the project input.`, { input: 'project' });
    }
    const expected = s.project ?? car.project?.code;
    const file = s.connectionsFile
        ? readConnectionsFile(s.connectionsFile.path, s.connectionsFile.shownAs, host.env, v => host.setSecret(v))
        : undefined;
    for (const setting of file?.connections ?? [])
        attachmentFiles(setting, host.env);
    if (file)
        checkAgainstArchive(file.connections, car.connections);
    const client = (0,oic_connection/* createOicClient */.zZ)(s.connection, ctx);
    const instance = s.connection.instance ?? 'the OIC 2 instance';
    const target = await readTarget(client, expected);
    const settings = (file?.connections ?? []).filter(setting => {
        const known = car.connections.length === 0 ||
            car.connections.some(c => c.id === setting.id) ||
            target.connections.some(c => c.id === setting.id);
        if (known)
            return true;
        const where = `${setting.location.file}:${setting.location.line ?? '?'}`;
        // A deployment's archive holds only the connections its integrations use; one file per environment may
        // legitimately describe the others too. For a whole project, an unknown id is a typo.
        if (car.label) {
            host.warning(`${where}: connection ${setting.id} is not in this deployment's archive nor in the target: skipped.`, {
                file: setting.location.file,
                startLine: setting.location.line
            });
            return false;
        }
        throw new errors/* ConfigurationError */.j1(`${where}: connection ${setting.id} is neither in the archive nor in the target (archive connections: ${car.connections.map(c => c.id).join(', ')}).`, { input: 'connections-file', location: setting.location });
    });
    const diff = (0,archive_diff/* diffArchive */.E)(car, target, s.ifExists, new Set(settings.map(c => c.id)));
    const imported = car.integrations.map(({ code, version }) => ({ code, version }));
    const what = `${expected ?? 'the project'} into ${instance}`;
    if (s.dryRun) {
        const blocked = diff.integrations.some(i => i.importable === '409');
        host.setOutput('project', expected ?? '');
        host.setOutput('result', 'planned');
        host.setOutput('integrations', JSON.stringify(imported.map(r => ({ ...r, status: 'planned' }))));
        host.setOutput('connections', JSON.stringify(diff.connections.map(c => ({ id: c.id, status: c.targetStatus ?? 'INPROGRESS' }))));
        host.setOutput('diff', JSON.stringify(diff));
        host.setOutput('results', JSON.stringify({ project: expected, result: 'planned', diff }));
        const plan = (0,diff_report/* diffReport */.oZ)(car, diff, instance);
        await ctx.report({
            ...plan,
            title: 'OIC import-car',
            statusLine: `Dry run: importing ${what} would ${target.exists ? (s.ifExists === 'replace' ? 'replace the existing project' : s.ifExists === 'skip' ? 'be skipped (project exists)' : 'fail: the project exists (409)') : 'add the project'} — ${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target. Nothing was changed.`,
            notes: [
                ...(blocked ? ['The project exists: with if-exists: fail the import would be refused (409).'] : []),
                ...diff.connections
                    .filter(c => c.needsConfiguration)
                    .map(c => `Connection ${c.id} would stay draft: add it to the connections file.`),
                ...(plan.notes ?? []).filter(n => !n.startsWith('Connections that will need'))
            ]
        });
        return;
    }
    let result;
    let project;
    let reactivate = [];
    if (target.exists && expected) {
        if (s.ifExists === 'fail') {
            throw new errors/* ConfigurationError */.j1(`Project ${expected} already exists in ${instance} (409): set if-exists: replace to replace it, or skip.`, { input: 'if-exists' });
        }
        project = expected;
        if (s.ifExists === 'skip') {
            result = 'skipped';
            host.info(`Project ${expected} exists in ${instance}: import skipped (if-exists: skip)`);
        }
        else {
            const active = target.integrations
                .filter(i => ACTIVE.has(String(i.status)))
                .map(({ code, version }) => ({ code, version }));
            if (active.length)
                host.info(`Deactivating ${active.length} active integration(s) before replacing: ${active.map(a => `${a.code}|${a.version}`).join(', ')}`);
            const deactivated = await deactivateIntegrations(client, project, active, deps);
            reactivate = deactivated.map(d => imported.find(i => i.code === d.code) ?? d);
            await upload(ctx, client, archive.path, 'replace', expected);
            result = 'replaced';
        }
    }
    else {
        project = await upload(ctx, client, archive.path, 'add', expected);
        result = 'imported';
    }
    if (s.project && project !== s.project)
        throw new errors/* OicActionError */.km(`The import created project ${project}, not ${s.project}.`);
    host.info(`Project ${project} ${result} in ${instance}`);
    const configured = file
        ? await applyConnections(client, project, settings, await readTargets(client, project, settings), host.env, log)
        : [];
    const wanted = await activationSet(client, project, s, imported);
    const refs = [...wanted, ...reactivate.filter(r => !wanted.some(w => w.code === r.code))];
    const activations = refs.length
        ? await activateIntegrations(client, project, refs, s.activationTimeoutMs, deps)
        : [];
    const afterIntegrations = await (0,integrations/* listIntegrations */.iB)(client, project);
    const missing = imported.filter(r => !afterIntegrations.some(a => a.code === r.code && a.version === r.version));
    const afterConnections = (await (0,connections/* listConnections */.yb)(client, project)).map(c => ({
        id: c.id,
        status: c.status ?? 'UNKNOWN'
    }));
    const integrationsOut = (imported.length ? imported : afterIntegrations).map(r => ({
        code: r.code,
        version: r.version,
        status: afterIntegrations.find(a => a.code === r.code && a.version === r.version)?.status ?? 'MISSING'
    }));
    host.setOutput('project', project);
    host.setOutput('result', result);
    host.setOutput('integrations', JSON.stringify(integrationsOut));
    host.setOutput('connections', JSON.stringify(afterConnections));
    host.setOutput('results', JSON.stringify({
        project,
        result,
        integrations: integrationsOut,
        connections: afterConnections,
        activations
    }));
    const failed = activations.filter(a => a.status !== 'ACTIVATED');
    const draft = afterConnections.filter(c => c.status !== 'CONFIGURED');
    await ctx.report({
        title: 'OIC import-car',
        status: failed.length || missing.length ? 'failure' : draft.length ? 'warning' : 'success',
        statusLine: `Project ${project} ${result} in ${instance}: ${integrationsOut.length} integrations, ${configured.length} connections configured, ${activations.filter(a => a.status === 'ACTIVATED').length} of ${activations.length} activated.`,
        table: {
            headers: SUMMARY_HEADERS,
            rows: summaryRows(diff, { integrations: integrationsOut, connections: afterConnections }, activations)
        },
        notes: [
            ...draft.map(c => `Connection ${c.id} is ${c.status}: configure it (connections-file) before activating the integrations that use it.`),
            ...(reactivate.length
                ? [
                    `Deactivated before replacing and reactivated after: ${reactivate.map(r => `${r.code}|${r.version}`).join(', ')}.`
                ]
                : [])
        ]
    });
    if (missing.length)
        throw new errors/* OicActionError */.km(`Verification failed: ${missing.map(m => `${m.code}|${m.version}`).join(', ')} not found in project ${project} after the import.`);
    if (failed.length) {
        const list = failed.map(f => `${f.code}|${f.version} (${f.status})`).join(', ');
        const hint = draft.length
            ? ` — connection(s) ${draft.map(d => d.id).join(', ')} are still draft: configure them in connections-file`
            : s.activationTimeoutMs && failed.some(f => f.status === 'TIMEOUT')
                ? ' — raise activation-timeout'
                : '';
        throw new errors/* OicActionError */.km(`Activation failed for ${failed.length} of ${activations.length} integrations: ${list}${hint}.`);
    }
}

;// CONCATENATED MODULE: ./src/actions/import-car/index.ts
/** Entry of `import-car`. */


/** Runs `import-car` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('import-car', main, options);


/***/ }),

/***/ 22653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ artifactUnavailable),
/* harmony export */   eA: () => (/* binding */ uploadFileArtifact),
/* harmony export */   wd: () => (/* binding */ downloadNamedArtifact)
/* harmony export */ });
/* unused harmony export artifactSafe */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Workflow artifacts through `@actions/artifact`, loaded lazily: only the steps that upload or download pay for it
 * (the Azure storage SDK and Octokit it carries).
 */


/** Why artifacts cannot be used here, or undefined when they can. */
function artifactUnavailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)';
    }
    return undefined;
}
/** Uploads one file as an artifact named `name`. */
async function uploadFileArtifact(name, file, retentionDays) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(880)]).then(__webpack_require__.bind(__webpack_require__, 94880));
    try {
        const res = await new DefaultArtifactClient().uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), retentionDays ? { retentionDays } : {});
        return { id: res.id, size: res.size, digest: res.digest ? `sha256:${res.digest}` : undefined };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Could not upload artifact '${name}': ${error.message}`, {
            cause: error
        });
    }
}
/** Downloads artifact `name` (of this run, or of `findBy`) into `destination`; returns the folder. */
async function downloadNamedArtifact(name, destination, findBy) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(260), __webpack_require__.e(880)]).then(__webpack_require__.bind(__webpack_require__, 94880));
    const client = new DefaultArtifactClient();
    try {
        const { artifact } = await client.getArtifact(name, findBy ? { findBy } : undefined);
        const res = await client.downloadArtifact(artifact.id, {
            path: destination,
            ...(findBy ? { findBy } : {}),
            ...(artifact.digest
                ? {
                    expectedHash: artifact.digest.startsWith('sha256:')
                        ? artifact.digest
                        : `sha256:${artifact.digest}`
                }
                : {})
        });
        if (res.digestMismatch)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Artifact '${name}' arrived with a different SHA-256 than it was uploaded with.`);
        return res.downloadPath ?? destination;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km)
            throw error;
        const where = findBy
            ? ` of run ${findBy.workflowRunId} in ${findBy.repositoryOwner}/${findBy.repositoryName}`
            : ' of this run';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Could not download artifact '${name}'${where}: ${error.message}`, {
            cause: error
        });
    }
}
/** A file name usable in an artifact name (no `" : < > | * ? \\ /`). */
function artifactSafe(name) {
    return basename(name).replace(/["':<>|*?\\/\r\n]/g, '-');
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
/** Named defaults shared by the actions. */
/** Sent as `User-Agent` on every request. */
const USER_AGENT = 'oic-actions/1 (+https://github.com/oic-actions/oic-actions)';
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

/***/ 97029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   VJ: () => (/* binding */ updateDeployment),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   i8: () => (/* binding */ getDeployment)
/* harmony export */ });
/* unused harmony export deleteDeployment */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);

const path = (project, ...rest) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('projects', project, 'deployments', ...rest);
/** Every deployment of a project. */
const listDeployments = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .listAll */ ._w)(client, path(project), `list deployments of ${project}`, options);
/** `GET /projects/{p}/deployments/{d}`. */
const getDeployment = (client, project, code) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, path(project, code), `get deployment ${code} of ${project}`);
/** `POST /projects/{p}/deployments` (not repeated blindly: a lost response may have created it). */
async function createDeployment(client, project, deployment) {
    return (await client.json({
        method: 'POST',
        path: path(project),
        json: deployment,
        label: `create deployment ${deployment.code}`
    })).body;
}
/**
 * Update = `POST /projects/{p}/deployments/{d}` with `X-HTTP-Method-Override: PATCH` and the full body. Sending
 * the same full body twice yields the same deployment, so the call is safe to repeat.
 */
async function updateDeployment(client, project, deployment) {
    return (await client.json({
        method: 'POST',
        path: path(project, deployment.code),
        headers: { 'x-http-method-override': 'PATCH' },
        json: deployment,
        safeToRetry: true,
        label: `update deployment ${deployment.code}`
    })).body;
}
/** `DELETE /projects/{p}/deployments/{d}`. */
async function deleteDeployment(client, project, code) {
    await client.json({ method: 'DELETE', path: path(project, code), label: `delete deployment ${code}` });
}


/***/ }),

/***/ 24028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ newestByCode),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   lF: () => (/* binding */ isVersion)
/* harmony export */ });
/** Integration versions `NN.NN.NNNN`: ordering and the newest of a set. */
/** True for the OIC version form `NN.NN.NNNN`. */
function isVersion(value) {
    return /^\d{2}\.\d{2}\.\d{4}$/.test(value);
}
/** Numeric comparison of dotted versions (negative when a < b). */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** The newest version of each code among `items`. */
function newestByCode(items) {
    const newest = new Map();
    for (const item of items) {
        const seen = newest.get(item.code);
        if (!seen || compareVersions(item.version, seen.version) > 0)
            newest.set(item.code, item);
    }
    return newest;
}


/***/ }),

/***/ 56107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ resolveInsideRoots)
/* harmony export */ });
/* unused harmony export allowedRoots */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/** Where an action may read and write files: inside the workspace or the runner's temp directory only. */



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
function inside(child, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, child);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
}
/** Resolves `value` against the workspace and refuses anything outside the allowed roots (symlinks followed). */
function resolveInsideRoots(value, input, env, cwd = process.cwd()) {
    const roots = allowedRoots(env, cwd);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || cwd, value);
    const target = real(absolute);
    if (!roots.some(root => inside(target, root))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' must stay inside the workspace or runner temp (${roots.join(', ')}), got '${value}'.`, { input });
    }
    return absolute;
}


/***/ }),

/***/ 88822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ poll)
/* harmony export */ });
/** Polling an asynchronous OIC operation (activation, recovery jobs) with capped exponential backoff. */
/** Checks, waits and checks again until `done` or the timeout; never sleeps past the deadline. */
async function poll(options) {
    const deadline = options.now() + options.timeoutMs;
    let delay = options.initialDelayMs ?? 500;
    const maxDelay = options.maxDelayMs ?? 10_000;
    for (let checks = 1;; checks++) {
        const state = await options.check();
        if (options.done(state))
            return { state, timedOut: false, checks };
        const left = deadline - options.now();
        if (left <= 0)
            return { state, timedOut: true, checks };
        await options.sleep(Math.min(delay, left));
        delay = Math.min(maxDelay, delay * 2);
    }
}


/***/ }),

/***/ 44543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   Sg: () => (/* binding */ seqItems),
/* harmony export */   jh: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_1__.jh),
/* harmony export */   kv: () => (/* binding */ readYamlFile),
/* harmony export */   oP: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_1__.oP),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/**
 * Reading a user's YAML or JSON file with line numbers, so every validation error can say `file:line` (and become
 * an `::error file=…,line=…` annotation).
 */



/** Parses a YAML (or JSON, a subset) file; syntax errors name the file and line. */
function readYamlFile(path, shownAs, input) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': file '${shownAs}' does not exist.`, { input });
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), {
        lineCounter: counter,
        prettyErrors: false,
        uniqueKeys: true
    });
    const lineOf = (offset) => offset === undefined ? undefined : counter.linePos(offset).line;
    const located = {
        file: shownAs,
        root: doc.contents,
        line: node => lineOf(node?.range?.[0]),
        error: (message, node) => {
            const line = located.line(node);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${shownAs}${line ? `:${line}` : ''}: ${message}`, {
                input,
                location: { file: shownAs, line }
            });
        }
    };
    const first = doc.errors[0];
    if (first) {
        const line = lineOf(first.pos[0]);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${shownAs}${line ? `:${line}` : ''}: invalid YAML: ${first.message.split('\n')[0]}`, {
            input,
            location: { file: shownAs, line }
        });
    }
    return located;
}
/** A scalar's value as text (strings, numbers, booleans; anything else is empty). */
function plain(value) {
    return typeof value === 'string'
        ? value
        : typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : '';
}
/** Entries of a mapping node as `[key, valueNode, keyNode]`. */
function mapEntries(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        return [];
    return node.items.map(pair => {
        const key = pair.key;
        return [(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(key) ? plain(key.value) : '', pair.value, key];
    });
}
/** Items of a sequence node. */
function seqItems(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) ? node.items : [];
}
/** The string value of a scalar node (numbers and booleans as written), or undefined. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return typeof node.source === 'string' ? node.source : plain(node.value);
}



/***/ })

};
