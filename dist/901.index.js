export const id = 901;
export const ids = [901];
export const modules = {

/***/ 41252:
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
 * repeated blindly: when its answer is lost or refused (412), the activation status says what happened.
 */



/** Final statuses of an activation. */
const ACTIVATION_FINAL = new Set(['ACTIVATED', 'FAILEDACTIVATION', 'CONFIGURED']);
const key = (r) => `${r.code}|${r.version}`;
/**
 * Sends the activation unless already active; settles lost or refused answers by reading the status. A lost answer
 * whose status shows the activation never started is sent once more: nothing happened, so nothing can happen twice.
 */
async function start(client, project, ref, deps, resent = false) {
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
        const lost = error instanceof errors/* OicHttpError */.sZ && (error.status === 0 || error.status >= 500);
        const refused = error instanceof errors/* OicHttpError */.sZ && error.status === 412;
        if (!lost && !refused)
            throw (0,errors/* withContext */.eQ)(`Could not activate ${key(ref)}`, error);
        const after = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
        if (after === 'ACTIVATED' || after === 'ACTIVATION_INPROGRESS') {
            deps.log(`Activation of ${key(ref)}: ${error.message}; status is ${after}, so it was not sent again`);
            return undefined;
        }
        if (lost && !resent) {
            deps.log(`Activation of ${key(ref)}: ${error.message}; status is still ${after}, so it is sent once more`);
            return start(client, project, ref, deps, true);
        }
        throw (0,errors/* withContext */.eQ)(`Could not activate ${key(ref)}`, error);
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/artifact.ts
var artifact = __webpack_require__(22653);
// EXTERNAL MODULE: ./src/core/archive/writer.ts
var writer = __webpack_require__(70127);
// EXTERNAL MODULE: ./src/core/http/transport.ts + 2 modules
var http_transport = __webpack_require__(3145);
;// CONCATENATED MODULE: ./src/core/github-release.ts
/**
 * The `.car` attached to a GitHub release: found through `@actions/github` (loaded lazily), streamed to disk and
 * verified against the SHA-256 recorded at release time (a `<file>.sha256` asset, or `SHA-256 (<file>) = <hex>` /
 * `sha256: <hex>` in the release notes). The GitHub token is sent to the GitHub API only, never to the storage
 * host an asset download redirects to.
 */





const HEX = /\b[0-9a-f]{64}\b/i;
const MAX_REDIRECTS = 3;
/** Milliseconds without progress before an asset download counts as failed. */
const ASSET_TIMEOUT_MS = 120_000;
/** Finds the SHA-256 recorded for `file` in a checksum file's text or in release notes. */
function recordedSha256(text, file) {
    for (const line of text.split(/\r?\n/)) {
        if (line.includes(file) || /sha-?256/i.test(line)) {
            const hex = HEX.exec(line)?.[0];
            if (hex)
                return hex.toLowerCase();
        }
    }
    return undefined;
}
async function assetStream(asset, req, transport) {
    let url = new URL(asset.url);
    let headers = {
        accept: 'application/octet-stream',
        authorization: `Bearer ${req.token}`,
        'user-agent': 'oic-actions'
    };
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const res = await transport.request({ method: 'GET', url, headers, timeoutMs: ASSET_TIMEOUT_MS });
        if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
            await (0,http_transport/* drain */.Ze)(res.body);
            const next = new URL(String(res.headers.location), url);
            // Signed storage URLs carry their own authorisation; the GitHub token stays with the GitHub API.
            if (next.origin !== url.origin)
                headers = { accept: 'application/octet-stream', 'user-agent': 'oic-actions' };
            url = next;
            continue;
        }
        if (res.statusCode !== 200) {
            await (0,http_transport/* drain */.Ze)(res.body);
            throw new errors/* OicActionError */.km(`Downloading release asset ${asset.name} failed: HTTP ${res.statusCode}.`);
        }
        return res;
    }
    throw new errors/* OicActionError */.km(`Downloading release asset ${asset.name}: too many redirects.`);
}
/** Downloads the release's `.car`, verifying its recorded SHA-256. */
async function downloadReleaseArchive(req) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(req.token, { baseUrl: req.apiUrl });
    let release;
    try {
        release = (await octokit.rest.repos.getReleaseByTag({ owner: req.owner, repo: req.repo, tag: req.tag }))
            .data;
    }
    catch (error) {
        const status = error.status;
        if (status === 404) {
            throw new errors/* ConfigurationError */.j1(`Input 'release-tag': no release ${req.tag} in ${req.owner}/${req.repo} (or github-token cannot read it).`, { input: 'release-tag' });
        }
        throw new errors/* OicActionError */.km(`Could not read release ${req.tag} of ${req.owner}/${req.repo}: ${error.message}`, { cause: error });
    }
    const assets = release.assets;
    const cars = assets.filter(a => a.name.endsWith('.car'));
    if (cars.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`Input 'release-tag': release ${req.tag} has ${cars.length} .car assets (${cars.map(a => a.name).join(', ') || 'none'}); expected exactly one.`, { input: 'release-tag' });
    }
    const car = cars[0];
    const transport = (0,http_transport/* createTransport */.oO)({ dispatcher: req.dispatcher });
    try {
        return await verifiedDownload(req, release.body ?? '', car, assets.find(a => a.name === `${car.name}.sha256`), transport);
    }
    finally {
        await transport.close();
    }
}
async function verifiedDownload(req, notes, car, checksumAsset, transport) {
    let expected;
    let recordedIn = `release notes of ${req.tag}`;
    if (checksumAsset) {
        const res = await assetStream(checksumAsset, req, transport);
        expected = recordedSha256(await (0,http_transport/* readText */.yR)(res.body), car.name);
        recordedIn = checksumAsset.name;
    }
    else {
        expected = recordedSha256(notes, car.name);
    }
    if (!expected) {
        throw new errors/* ConfigurationError */.j1(`Release ${req.tag} records no SHA-256 for ${car.name} (no ${car.name}.sha256 asset, no 'SHA-256 (${car.name}) = <hex>' in its notes): refusing an unverifiable rollback.`, { input: 'release-tag' });
    }
    const res = await assetStream(car, req, transport);
    const written = await (0,writer/* archiveWriter */.O)((0,external_node_path_.join)(req.directory, car.name), 'The release')(res.body);
    if (written.sha256 !== expected) {
        await (0,promises_.rm)(written.path, { force: true });
        throw new errors/* OicActionError */.km(`Release asset ${car.name} has SHA-256 ${written.sha256}, but ${recordedIn} records ${expected}: refusing to import it.`);
    }
    return { ...written, name: car.name, recordedIn };
}

;// CONCATENATED MODULE: ./src/actions/import-car/archive-source.ts
/**
 * Getting the archive to import: a path, a workflow artifact (of this run or of another run/repository), or the
 * `.car` of a GitHub release (rollback), verified against its recorded SHA-256.
 */






/** Returns the path of the `.car` to import and how to name it in messages. */
async function obtainArchive(source, env, log) {
    if (source.kind === 'release') {
        const into = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'oic-release-'));
        log(`Downloading the .car of release ${source.tag} of ${source.repository.owner}/${source.repository.name}`);
        const release = await downloadReleaseArchive({
            tag: source.tag,
            owner: source.repository.owner,
            repo: source.repository.name,
            token: source.token,
            apiUrl: source.apiUrl,
            directory: into
        });
        log(`${release.name}: SHA-256 ${release.sha256} matches ${release.recordedIn}`);
        return { path: release.path, shownAs: `release ${source.tag}/${release.name}`, sha256: release.sha256 };
    }
    if (source.kind === 'path') {
        if (!(0,external_node_fs_.existsSync)(source.path) || !(0,external_node_fs_.statSync)(source.path).isFile()) {
            throw new errors/* ConfigurationError */.j1(`Input 'path': no archive at '${source.shownAs}': pass the path output of export-car.`, { input: 'path' });
        }
        return { path: source.path, shownAs: `Input 'path' (${source.shownAs})` };
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
    'release-tag',
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
    const releaseTag = inputs.optional('release-tag');
    const given = ['path', 'artifact-name', 'release-tag'].filter(n => inputs.value(n));
    if (given.length > 1) {
        throw new errors/* InputError */.dz(`Inputs ${given.map(n => `'${n}'`).join(' and ')} conflict: give one source for the archive.`, { input: given[1] });
    }
    if (given.length === 0) {
        throw new errors/* InputError */.dz("One of the inputs 'path', 'artifact-name' or 'release-tag' is required: the .car to import.", { input: 'path' });
    }
    let source;
    if (releaseTag) {
        const repository = inputs.optional('artifact-repository') ?? env.GITHUB_REPOSITORY ?? '';
        if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
            throw new errors/* InputError */.dz("Input 'release-tag' needs the repository (GITHUB_REPOSITORY, or artifact-repository as owner/repo).", { input: 'release-tag' });
        }
        if (!token)
            throw new errors/* InputError */.dz("Input 'github-token' is required with 'release-tag': a token with contents:read.", { input: 'github-token' });
        const [owner, name] = repository.split('/');
        source = {
            kind: 'release',
            tag: releaseTag,
            repository: { owner: owner, name: name },
            token,
            apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com'
        };
    }
    else if (path) {
        source = { kind: 'path', path: (0,paths/* resolveInsideRoots */.i)(path, 'path', env), shownAs: path };
    }
    else {
        const runRaw = inputs.optional('artifact-run-id');
        const repoRaw = inputs.optional('artifact-repository') ?? (runRaw ? env.GITHUB_REPOSITORY : undefined);
        if (repoRaw !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoRaw)) {
            throw new errors/* InputError */.dz(`Input 'artifact-repository' must be owner/repo, got ${(0,core_inputs/* quote */.hD)(repoRaw)}.`, {
                input: 'artifact-repository'
            });
        }
        if (inputs.optional('artifact-repository') && !runRaw) {
            throw new errors/* InputError */.dz("Input 'artifact-repository' needs 'artifact-run-id' (the run that uploaded the artifact).", { input: 'artifact-run-id' });
        }
        if (runRaw && !token) {
            throw new errors/* InputError */.dz("Input 'github-token' is required with 'artifact-run-id': a token with actions:read on that repository.", { input: 'github-token' });
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
        throw new errors/* InputError */.dz(`Input 'activate' must be none, all or a deployment code, got ${(0,core_inputs/* quote */.hD)(activateRaw)}.`, { input: 'activate' });
    }
    const filePath = inputs.optional('connections-file');
    const project = inputs.optional('project');
    if (project && !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(project)) {
        throw new errors/* InputError */.dz(`Input 'project' must be a project code, got ${(0,core_inputs/* quote */.hD)(project)}.`, {
            input: 'project'
        });
    }
    return {
        source,
        project,
        ifExists: releaseIfExists(inputs.choice('if-exists', IF_EXISTS, 'fail'), Boolean(releaseTag)),
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
/** A rollback always replaces: `fail` (the default) becomes `replace`; `skip` contradicts it. */
function releaseIfExists(value, release) {
    if (!release)
        return value;
    if (value === 'skip')
        throw new errors/* InputError */.dz("Inputs 'release-tag' and if-exists: skip conflict: a rollback replaces the project.", { input: 'if-exists' });
    return 'replace';
}

// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/monitoring/q.ts
var q = __webpack_require__(68715);
;// CONCATENATED MODULE: ./src/core/oic/monitoring/instances.ts


/** One page of `GET /monitoring/instances`. */
const listInstances = (client, filter, page) => (0,api/* getJson */.Tt)(client, (0,api/* apiPath */.So)('monitoring', 'instances'), 'list instances', { q: (0,q/* monitoringQ */.qz)(filter), ...page });
/** `GET /monitoring/instances/{id}`. */
const getInstance = (client, id, minimal = false) => getJson(client, apiPath('monitoring', 'instances', id), `get instance ${id}`, {
    return: minimal ? 'minimal' : undefined
});
/** `POST /monitoring/instances/{id}/abort` (409 when not in progress). */
async function abortInstance(client, id) {
    const res = await client.json({
        method: 'POST',
        path: apiPath('monitoring', 'instances', id, 'abort'),
        json: {},
        safeToRetry: false,
        label: `abort instance ${id}`
    });
    return res.body ?? {};
}
/** `GET /monitoring/instances/{id}/activityStream` (deprecated in OIC 3). */
const getActivityStream = (client, id, order = 'asc') => getJson(client, apiPath('monitoring', 'instances', id, 'activityStream'), `activity stream of ${id}`, {
    order
});
/** `GET /monitoring/instances/{id}/activityStreamDetails`. */
const getActivityStreamDetails = (client, id, timezone) => getJson(client, apiPath('monitoring', 'instances', id, 'activityStreamDetails'), `activity stream details of ${id}`, { timezone });
/**
 * Downloads a large payload: `GET /monitoring/instances/{id}/activityStreamDetails/{+key}` — the key is a path
 * (`tracking-data/debug/…`) whose slashes stay unencoded.
 */
function downloadLargePayload(client, id, key, consume) {
    const path = `${apiPath('monitoring', 'instances', id, 'activityStreamDetails')}/${key.split('/').map(encodeURIComponent).join('/')}`;
    return client.stream({ method: 'GET', path, headers: { accept: '*/*' }, label: `download payload ${key} of ${id}` }, body => consume(body));
}

// EXTERNAL MODULE: ./src/core/oic/versions.ts
var versions = __webpack_require__(24028);
;// CONCATENATED MODULE: ./src/actions/import-car/replace.ts





const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
/** How long a failed replacement waits for the integrations it puts back. */
const REACTIVATE_TIMEOUT_MS = 120_000;
const replace_key = (r) => `${r.code}|${r.version}`;
const isScheduled = (i) => /scheduled/i.test(i.style ?? '') || i.scheduleDefinedFlag === true;
/** The order integrations are deactivated in: scheduled first, then the rest, each by code. */
function deactivationOrder(integrations) {
    return [...integrations].sort((a, b) => Number(isScheduled(b)) - Number(isScheduled(a)) ||
        a.code.localeCompare(b.code) ||
        a.version.localeCompare(b.version));
}
async function inFlight(client, project, refs) {
    const byIntegration = new Map();
    if (!refs.length)
        return { byIntegration };
    try {
        const page = await listInstances(client, { status: 'IN_PROGRESS', projectCode: project, timewindow: '1d' }, { offset: 0, limit: 100 });
        for (const inst of page.items ?? []) {
            const id = `${inst.integrationId ?? ''}|${inst.integrationVersion ?? ''}`;
            if (refs.some(r => replace_key(r) === id))
                byIntegration.set(id, [...(byIntegration.get(id) ?? []), inst.id]);
        }
        return { byIntegration };
    }
    catch (error) {
        return { byIntegration, unknown: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/** Deactivates, uploads (through `upload`), prunes when asked, and says what to reactivate. */
async function replaceProject(client, project, target, imported, options) {
    const { deps } = options;
    const active = deactivationOrder(target.filter(i => ACTIVE.has(String(i.status))));
    const flight = await inFlight(client, project, active);
    if (active.length)
        deps.log(`Deactivating ${active.length} active integration(s) before replacing, scheduled first: ${active.map(replace_key).join(', ')}`);
    const deactivated = await deactivateIntegrations(client, project, active, deps);
    try {
        await options.upload();
    }
    catch (error) {
        // Nothing may be left worse than it was: put back what this step switched off, then report the failure.
        const present = await (0,integrations/* listIntegrations */.iB)(client, project).catch(() => []);
        const back = deactivated.filter(d => present.some(p => replace_key(p) === replace_key(d))).reverse();
        if (back.length) {
            deps.log(`The replacement failed: reactivating ${back.map(replace_key).join(', ')} as they were`);
            const outcomes = await activateIntegrations(client, project, back, REACTIVATE_TIMEOUT_MS, deps).catch(() => []);
            const restored = outcomes.filter(o => o.status === 'ACTIVATED').length;
            throw (0,errors/* withContext */.eQ)(`Replacing project ${project} failed (${restored} of ${back.length} deactivated integrations reactivated)`, error);
        }
        throw error;
    }
    const pruned = [];
    const kept = [];
    if (options.prune) {
        const keep = new Set(imported.map(replace_key));
        const codes = new Set(imported.map(i => i.code));
        for (const extra of (await (0,integrations/* listIntegrations */.iB)(client, project)).filter(i => !keep.has(replace_key(i)))) {
            // A deployment's archive cannot say which other integrations later releases added: those stay, reported.
            if (!codes.has(extra.code) && !options.wholeProject) {
                kept.push({ code: extra.code, version: extra.version });
                continue;
            }
            await deactivateIntegrations(client, project, [extra], deps);
            await (0,integrations/* deleteIntegration */.qo)(client, project, extra.code, extra.version);
            deps.log(`Removed ${replace_key(extra)}: the release does not hold it`);
            pruned.push({ code: extra.code, version: extra.version });
        }
    }
    const remaining = await (0,integrations/* listIntegrations */.iB)(client, project);
    const newest = (0,versions/* newestByCode */.Nx)(imported);
    const reactivate = [...deactivated]
        .reverse()
        .map(d => newest.get(d.code) ?? d)
        .filter(r => remaining.some(i => replace_key(i) === replace_key(r)));
    return {
        deactivated,
        reactivate,
        inFlight: flight.byIntegration,
        inFlightUnknown: flight.unknown,
        pruned,
        kept
    };
}
/** Summary notes of a replacement: what was deactivated, what was in flight, what a rollback removed. */
function replaceNotes(outcome) {
    const notes = [];
    if (outcome.deactivated.length) {
        notes.push(`Deactivated before replacing (scheduled first): ${outcome.deactivated.map(replace_key).join(', ')}; reactivated after in reverse order: ${outcome.reactivate.map(replace_key).join(', ') || 'none'}.`);
        if (outcome.inFlightUnknown)
            notes.push(`The instances in flight could not be read (${outcome.inFlightUnknown}).`);
        else if (outcome.inFlight.size === 0)
            notes.push('No instances of them were in flight when they were deactivated.');
        else
            for (const [integration, ids] of outcome.inFlight)
                notes.push(`In flight when ${integration} was deactivated: ${ids.length} instance(s) (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}).`);
    }
    if (outcome.pruned.length)
        notes.push(`Removed to converge on the release: ${outcome.pruned.map(replace_key).join(', ')}.`);
    if (outcome.kept.length) {
        notes.push(`Not part of the release's deployment, left in place: ${outcome.kept.map(replace_key).join(', ')} (roll back a whole-project archive to remove them too).`);
    }
    return notes;
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

// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/oic/projects.ts
var projects = __webpack_require__(24579);
;// CONCATENATED MODULE: ./src/actions/import-car/steps.ts







/** Reads whether the project exists in the target, and then its integrations and connections. */
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
/** The versions `activate` asks for: none, the newest of each imported code, or a deployment's. */
async function activationSet(client, project, s, imported) {
    if (s.activate.kind === 'none')
        return [];
    if (s.activate.kind === 'all') {
        // One version per integration: activating two of the same major version would deactivate the first again.
        if (imported.length)
            return [...(0,versions/* newestByCode */.Nx)(imported).values()];
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
/**
 * Refuses `activate: <deployment>` before anything changes when neither the archive (if it lists its deployments)
 * nor the target holds that deployment: found only after the import, the project would be left half done.
 */
async function checkActivationTarget(client, s, car, target, project) {
    if (s.activate.kind !== 'deployment' || car.layout !== 'manifest')
        return;
    const code = s.activate.code;
    if (car.deployments.some(d => d.code === code))
        return;
    if (target.exists && project && (await (0,not_found/* orUndefined */.y)((0,deployments/* getDeployment */.i8)(client, project, code))))
        return;
    throw new errors/* ConfigurationError */.j1(`Input 'activate': deployment ${code} is neither in the archive nor in the target (the archive has: ${car.deployments.map(d => d.code).join(', ') || 'none'}): name one of them, all or none.`, { input: 'activate' });
}

;// CONCATENATED MODULE: ./src/actions/import-car/main.ts
/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */














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
    // Loaded only when used: the YAML parser is the largest module import-car would otherwise load at start.
    const file = s.connectionsFile
        ? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(958)]).then(__webpack_require__.bind(__webpack_require__, 19958))).readConnectionsFile(s.connectionsFile.path, s.connectionsFile.shownAs, host.env, v => host.setSecret(v))
        : undefined;
    for (const setting of file?.connections ?? [])
        attachmentFiles(setting, host.env);
    if (file)
        checkAgainstArchive(file.connections, car.connections);
    const client = (0,oic_connection/* createOicClient */.zZ)(s.connection, ctx);
    const instance = s.connection.instance ?? 'the OIC 2 instance';
    const target = await readTarget(client, expected);
    await checkActivationTarget(client, s, car, target, expected);
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
    let replaced;
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
            replaced = await replaceProject(client, project, target.integrations, imported, {
                prune: s.source.kind === 'release',
                wholeProject: !car.label,
                upload: async () => void (await upload(ctx, client, archive.path, 'replace', expected)),
                deps
            });
            reactivate = replaced.reactivate;
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
    const refs = [...reactivate, ...wanted.filter(w => !reactivate.some(r => r.code === w.code))];
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
            ...(replaced ? replaceNotes(replaced) : [])
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

/***/ 70127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ archiveWriter)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/**
 * Streaming an export to disk in constant memory: SHA-256 and size computed on the way, written to a temporary
 * file beside the target and renamed only when complete and verified as a zip, so a failure never leaves a
 * partial `.car`.
 */






/** Bytes buffered before the download pauses: fewer, larger writes keep the socket flowing. */
const WRITE_BUFFER_BYTES = 4 * 1024 * 1024;
const ZIP_MAGIC = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('PK\u0005\u0006', 'latin1')];
async function startsLikeZip(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return bytesRead === 4 && ZIP_MAGIC.some(m => m.equals(head));
    }
    finally {
        await handle.close();
    }
}
/**
 * Copies `body` into `file`, hashing on the way, and resolves with the byte count once the file is closed. The body
 * flows and is paused only while the file's buffer is full: a `pipeline` through a `Transform` pauses the socket
 * on every chunk (its 16 KiB buffers), which halved the download rate.
 */
async function copyHashed(body, file, hash) {
    let size = 0;
    body.on('data', (chunk) => {
        hash.update(chunk);
        size += chunk.length;
        if (!file.write(chunk)) {
            body.pause();
            file.once('drain', () => body.resume());
        }
    });
    body.once('end', () => file.end());
    try {
        await Promise.all([(0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(body), (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(file)]);
    }
    catch (error) {
        body.destroy();
        file.destroy();
        throw error;
    }
    return size;
}
/**
 * Returns a consumer for `HttpClient.stream`: each call (each attempt) writes a fresh temporary file, so a retried
 * download starts over cleanly; the final rename happens once the body is complete and looks like a zip.
 */
function archiveWriter(target, source = 'OIC') {
    return async (body) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
        const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.partial`);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        try {
            const size = await copyHashed(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: 'wx', highWaterMark: WRITE_BUFFER_BYTES }), hash);
            if (!(await startsLikeZip(temp))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OicActionError */ .km(`${source} returned ${size} bytes that are not a zip archive (expected a .car).`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
            return { path: target, sha256: hash.digest('hex'), size };
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
            throw error;
        }
    };
}


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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(351), __webpack_require__.e(260), __webpack_require__.e(419)]).then(__webpack_require__.bind(__webpack_require__, 73419));
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(351), __webpack_require__.e(260), __webpack_require__.e(419)]).then(__webpack_require__.bind(__webpack_require__, 73419));
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

/***/ 68715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qz: () => (/* binding */ monitoringQ),
/* harmony export */   wQ: () => (/* binding */ TIME_WINDOWS)
/* harmony export */ });
/* unused harmony export monitoringDate */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);
/** The monitoring `q` filter (contract §4.3): `{timewindow:'1h', code:'X', version:'Y', recoverable:'true', …}`. */

/** Time windows the monitoring API knows. */
const TIME_WINDOWS = ['1h', '6h', '1d', '2d', '3d', 'RETENTIONPERIOD'];
/** `yyyy-MM-dd HH:mm:ss` in UTC, the monitoring API's date form. */
function monitoringDate(date) {
    return date.toISOString().slice(0, 19).replace('T', ' ');
}
/** Builds the `q` string of a monitoring query. */
function monitoringQ(filter) {
    return (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .qFilter */ .yl)({
        timewindow: filter.startdate ? undefined : filter.timewindow,
        startdate: filter.startdate ? monitoringDate(filter.startdate) : undefined,
        enddate: filter.enddate ? monitoringDate(filter.enddate) : undefined,
        code: filter.code,
        version: filter.version,
        status: filter.status,
        recoverable: filter.recoverable === undefined ? undefined : String(filter.recoverable),
        projectCode: filter.projectCode,
        primaryValue: filter.primaryValue
    });
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


/***/ })

};
