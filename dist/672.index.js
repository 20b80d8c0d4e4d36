export const id = 672;
export const ids = [672];
export const modules = {

/***/ 41672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: ./src/core/archive/diff.ts
var archive_diff = __webpack_require__(88351);
// EXTERNAL MODULE: ./src/core/archive/diff-report.ts
var diff_report = __webpack_require__(51462);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic-connection.ts + 1 modules
var oic_connection = __webpack_require__(68652);
// EXTERNAL MODULE: ./src/core/oic/activation.ts + 1 modules
var activation = __webpack_require__(58628);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/core/oic/connections.ts
var connections = __webpack_require__(48256);
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
        const file = (0,paths/* resolveInsideRoots */.iI)(a.value, 'connections-file', env);
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
 * Checks the file against the target's current definition of the connections it already has, before anything is
 * uploaded: an archive names no security properties, so a typo there would otherwise be found only after the
 * import. A file that changes a connection's security policy is checked for its connection properties only.
 */
async function checkAgainstTarget(client, project, settings, inTarget) {
    if (!project)
        return;
    for (const setting of settings) {
        if (!inTarget.some(c => c.id === setting.id))
            continue;
        const current = await (0,connections/* getConnection */.XA)(client, project, setting.id);
        const samePolicy = !setting.securityPolicy || setting.securityPolicy === current.securityPolicy;
        buildUpdate(samePolicy ? setting : { ...setting, securityProperties: [] }, current);
    }
}
/**
 * Checks the file against the archive before anything is uploaded: every connection property must exist in the
 * archive's definition of that connection (when the archive describes it). Security properties and attachments are
 * not checked here: a real archive names none of them (it carries no credentials); the target's definition is
 * checked before each update.
 */
function checkAgainstArchive(settings, archive) {
    for (const setting of settings) {
        const known = archive.find(c => c.code === setting.id)?.propertyNames ?? [];
        if (!known.length)
            continue;
        for (const p of setting.properties) {
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
// EXTERNAL MODULE: ./src/core/archive-size.ts
var archive_size = __webpack_require__(46075);
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
    'accept-unchanged',
    'connections-file',
    'activate',
    'activation-timeout',
    'dry-run',
    'max-archive-size',
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
    const connection = (0,oic_connection/* readConnectionSettings */.S4)(inputs, host, { oic3Only: 'import-car' });
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
            apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
            transport: connection.transport
        };
    }
    else if (path) {
        source = { kind: 'path', path: (0,paths/* resolveReadPath */.sT)(path, env), shownAs: path };
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
        acceptUnchanged: inputs.boolean('accept-unchanged', false),
        connectionsFile: filePath ? { path: (0,paths/* resolveReadPath */.sT)(filePath, env), shownAs: filePath } : undefined,
        activate: activateRaw === 'none'
            ? { kind: 'none' }
            : activateRaw === 'all'
                ? { kind: 'all' }
                : { kind: 'deployment', code: activateRaw },
        activationTimeoutMs: inputs.seconds('activation-timeout', { fallback: 600, min: 1, max: 6 * 3600 }) * 1000,
        dryRun: inputs.boolean('dry-run', false),
        maxArchiveSize: (0,archive_size/* parseArchiveSize */.v6)(inputs.optional('max-archive-size')),
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

// EXTERNAL MODULE: ./src/core/archive/car.ts + 7 modules
var archive_car = __webpack_require__(26075);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/artifact.ts
var artifact = __webpack_require__(22653);
// EXTERNAL MODULE: ./src/core/oic/shape.ts
var shape = __webpack_require__(95364);
// EXTERNAL MODULE: ./src/core/archive/writer.ts
var writer = __webpack_require__(70127);
// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(26214);
// EXTERNAL MODULE: ./src/core/http/client.ts + 5 modules
var client = __webpack_require__(86565);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
// EXTERNAL MODULE: ./src/core/http/transport.ts + 2 modules
var transport = __webpack_require__(47725);
;// CONCATENATED MODULE: ./src/core/github-release.ts
/**
 * The `.car` attached to a GitHub release: found through the GitHub REST API, streamed to disk and verified against
 * the SHA-256 recorded at release time (a `<file>.sha256` asset, or `SHA-256 (<file>) = <hex>` / `sha256: <hex>` in
 * the release notes). Every request goes through the suite's one HTTP client (./http/client.ts): the action's
 * `ca-certificate`, `request-timeout` and `retries`, its proxy settings and user agent. The GitHub token is sent to
 * the GitHub API host only, never to the storage host an asset download redirects to.
 */









const HEX = /\b[0-9a-f]{64}\b/i;
/** Milliseconds without progress before a GitHub request counts as failed, when the action gives none. */
const DEFAULT_TIMEOUT_MS = 120_000;
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
/** The HTTP client of the GitHub API: the token stays on the API host; asset redirects may leave it. */
function githubClient(req) {
    return new client/* HttpClient */.Q({
        baseUrl: new URL(req.apiUrl),
        token: req.token,
        timeoutMs: req.transport?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retry: (0,retry/* defaultRetryPolicy */.ur)(req.transport?.retries ?? constants/* DEFAULT_RETRIES */.TU),
        caCertificate: req.transport?.caCertificate,
        dispatcher: req.dispatcher,
        log: req.log,
        userAgent: constants/* USER_AGENT */._O,
        urlInput: 'GITHUB_API_URL',
        redirects: 'any-host'
    });
}
/** `path` under the API's base path (`/api/v3` on GitHub Enterprise Server). */
function apiPath(req, path) {
    return `${new URL(req.apiUrl).pathname.replace(/\/+$/, '')}${path}`;
}
async function readRelease(client, req) {
    const where = `${req.owner}/${req.repo}`;
    try {
        const res = await client.json({
            method: 'GET',
            path: apiPath(req, `/repos/${where}/releases/tags/${encodeURIComponent(req.tag)}`),
            headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
            label: `read release ${req.tag}`
        });
        return { body: res.body?.body, assets: res.body?.assets ?? [] };
    }
    catch (error) {
        if (error instanceof errors/* OicHttpError */.sZ && error.status === 404) {
            throw new errors/* ConfigurationError */.j1(`Input 'release-tag': no release ${req.tag} in ${where} (or github-token cannot read it).`, { input: 'release-tag' });
        }
        throw new errors/* OicActionError */.km(`Could not read release ${req.tag} of ${where}: ${error.message}`, {
            cause: error
        });
    }
}
/** Streams asset `asset` to `consume`; a redirect to a signed storage URL is followed without the token. */
async function download(client, asset, consume) {
    const url = new URL(asset.url);
    try {
        return await client.stream({
            method: 'GET',
            path: `${url.pathname}${url.search}`,
            headers: { accept: 'application/octet-stream' },
            label: `download release asset ${asset.name}`
        }, consume);
    }
    catch (error) {
        if (error instanceof errors/* OicActionError */.km)
            throw error;
        throw new errors/* OicActionError */.km(`Downloading release asset ${asset.name} failed: ${error.message}`, {
            cause: error
        });
    }
}
/** Downloads the release's `.car`, verifying its recorded SHA-256. */
async function downloadReleaseArchive(req) {
    const client = githubClient(req);
    try {
        const release = await readRelease(client, req);
        const cars = release.assets.filter(a => a.name.endsWith('.car'));
        if (cars.length !== 1) {
            throw new errors/* ConfigurationError */.j1(`Input 'release-tag': release ${req.tag} has ${cars.length} .car assets (${cars.map(a => a.name).join(', ') || 'none'}); expected exactly one.`, { input: 'release-tag' });
        }
        const car = cars[0];
        // The name becomes a file name in the download folder: no folder part, no leading dot, nothing odd.
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(car.name))
            throw new errors/* OicActionError */.km(`The release ${req.tag} answered the asset name ${(0,shape/* describeJson */.kw)(car.name)} where a plain .car file name was expected.`);
        const checksum = release.assets.find(a => a.name === `${car.name}.sha256`);
        return await verifiedDownload(client, req, release.body ?? '', car, checksum);
    }
    finally {
        await client.close();
    }
}
async function verifiedDownload(client, req, notes, car, checksumAsset) {
    let expected;
    let recordedIn = `release notes of ${req.tag}`;
    if (checksumAsset) {
        const text = await download(client, checksumAsset, transport/* readText */.yR);
        expected = recordedSha256(text, car.name);
        recordedIn = checksumAsset.name;
    }
    else {
        expected = recordedSha256(notes, car.name);
    }
    if (!expected) {
        throw new errors/* ConfigurationError */.j1(`Release ${req.tag} records no SHA-256 for ${car.name} (no ${car.name}.sha256 asset, no 'SHA-256 (${car.name}) = <hex>' in its notes): refusing an unverifiable rollback.`, { input: 'release-tag' });
    }
    const written = await download(client, car, (0,writer/* archiveWriter */.O)((0,external_node_path_.join)(req.directory, car.name), 'The release'));
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
            directory: into,
            transport: source.transport,
            log
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

;// CONCATENATED MODULE: ./src/actions/import-car/prepare.ts
/**
 * Everything `import-car` checks before it talks to the target: the archive is obtained and read (a project archive
 * in OIC's layout, the expected project), the connections file is read, its attachments exist and its properties
 * fit the archive's connection definitions.
 */






/** Obtains and reads the archive and the connections file; every problem is one line, before any request. */
async function prepare(host, s, log) {
    const archive = await obtainArchive(s.source, host.env, log);
    (0,archive_size/* checkArchiveFile */.$X)(archive.path, archive.shownAs, s.maxArchiveSize);
    const car = await (0,archive_car/* readCar */.lK)(archive.path, archive.shownAs);
    for (const warning of car.warnings)
        host.warning(`${archive.shownAs}: ${warning}`);
    // The archive's code becomes the project output: a line break or shell text in it must not get that far.
    if (car.project && !shape/* OIC_CODE */.Oh.test(car.project.code)) {
        throw new errors/* ConfigurationError */.j1(`${archive.shownAs} names project ${(0,shape/* describeJson */.kw)(car.project.code)} where a code of letters, digits, '_', '-' and '.' was expected.`, { input: 'path' });
    }
    if (s.project && car.project && car.project.code !== s.project) {
        throw new errors/* ConfigurationError */.j1(`${archive.shownAs} holds project ${car.project.code}, not ${s.project}: import the right archive or fix the project input.`, { input: 'project' });
    }
    // Loaded only when used: the YAML parser is the largest module import-car would otherwise load at start.
    const file = s.connectionsFile
        ? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(958)]).then(__webpack_require__.bind(__webpack_require__, 19958))).readConnectionsFile(s.connectionsFile.path, s.connectionsFile.shownAs, host.env, v => host.setSecret(v))
        : undefined;
    for (const setting of file?.connections ?? [])
        attachmentFiles(setting, host.env);
    if (file)
        checkAgainstArchive(file.connections, car.connections);
    return { archive, car, expected: s.project ?? car.project?.code, file };
}

;// CONCATENATED MODULE: ./src/actions/import-car/plan.ts


/**
 * The connections-file entries that apply: those the archive or the target holds. A deployment's archive holds only
 * the connections its integrations use, so one file per environment may describe others too (skipped with a
 * warning); for a whole project an unknown id is a typo (an error at its line).
 */
function applicableSettings(host, car, target, settings) {
    return settings.filter(setting => {
        const known = car.connections.length === 0 ||
            car.connections.some(c => c.code === setting.id) ||
            target.connections.some(c => c.id === setting.id);
        if (known)
            return true;
        const where = `${setting.location.file}:${setting.location.line ?? '?'}`;
        if (car.kind === 'deployment') {
            host.warning(`${where}: connection ${setting.id} is not in this deployment's archive nor in the target: skipped.`, { file: setting.location.file, startLine: setting.location.line });
            return false;
        }
        throw new errors/* ConfigurationError */.j1(`${where}: connection ${setting.id} is neither in the archive nor in the target (archive connections: ${car.connections.map(c => c.code).join(', ')}).`, { input: 'connections-file', location: setting.location });
    });
}
/** What a dry run would do, in one sentence. */
function planned(s, target) {
    if (!target.exists)
        return 'add the project';
    if (s.ifExists === 'replace')
        return 'replace the existing project';
    return s.ifExists === 'skip' ? 'be skipped (project exists)' : 'fail: the project exists (409)';
}
/** Writes the dry run's outputs and summary; nothing is changed. */
async function reportDryRun(ctx, s, run) {
    const { car, target, diff, expected, instance } = run;
    const { host } = ctx;
    const imported = car.integrations.map(({ code, version }) => ({ code, version }));
    host.setOutput('project', expected ?? '');
    host.setOutput('result', 'planned');
    host.setOutput('integrations', JSON.stringify(imported.map(r => ({ ...r, status: 'planned' }))));
    host.setOutput('connections', JSON.stringify(diff.connections.map(c => ({ id: c.id, status: c.targetStatus ?? 'INPROGRESS' }))));
    host.setOutput('diff', JSON.stringify(diff));
    host.setOutput('results', JSON.stringify({ project: expected, result: 'planned', diff }));
    const plan = (0,diff_report/* diffReport */.oZ)(car, diff, instance);
    const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`;
    await ctx.report({
        ...plan,
        title: 'OIC import-car',
        statusLine: `Dry run: importing ${expected ?? 'the project'} into ${instance} would ${planned(s, target)} — ${counts}. Nothing was changed.`,
        notes: [
            ...(diff.integrations.some(i => i.importable === '409')
                ? ['The project exists: with if-exists: fail the import would be refused (409).']
                : []),
            ...diff.connections
                .filter(c => c.needsConfiguration)
                .map(c => `Connection ${c.id} would stay draft (the archive carries no credentials): add it to the connections file.`),
            ...(plan.notes ?? []).filter(n => !n.startsWith('Connections that need their credentials'))
        ]
    });
}
/**
 * Why activation failed, as the end of the error line: connections in neither the archive nor the target that the
 * failed integrations depend on, connections still draft, or a timeout.
 */
function activationHint(diff, failed, draft, s, instance) {
    const blockedBy = diff.missingConnections.filter(m => failed.some(f => m.integrations.includes(`${f.code}|${f.version}`)));
    const reasons = [
        ...(blockedBy.length
            ? [
                `connection(s) ${blockedBy.map(m => m.id).join(', ')} are in neither the archive nor the target: create them in ${instance} first`
            ]
            : []),
        ...(draft.length
            ? [
                `connection(s) ${draft.map(d => d.id).join(', ')} are still draft: configure them in connections-file`
            ]
            : [])
    ];
    if (reasons.length)
        return ` — ${reasons.join('; ')}`;
    return s.activationTimeoutMs && failed.some(f => f.status === 'TIMEOUT')
        ? ' — raise activation-timeout'
        : '';
}

// EXTERNAL MODULE: ./src/actions/import-car/steps.ts + 2 modules
var steps = __webpack_require__(6146);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
// EXTERNAL MODULE: ./src/actions/import-car/replace.ts + 1 modules
var replace = __webpack_require__(56585);
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
        // The archive carries no credentials: a connection the file does not configure needs them in the target.
        const plan = c.configuredByFile ? 'configured by connections-file' : 'needs its credentials: configure it';
        rows.push(['connection', c.id, '', plan, now?.status ?? c.targetStatus ?? 'new (draft)', '']);
    }
    return rows;
}
/** Table headers matching {@link summaryRows}. */
const SUMMARY_HEADERS = ['Kind', 'Id', 'Version', 'Change', 'Status', 'Blocked by'];

;// CONCATENATED MODULE: ./src/actions/import-car/verify.ts







/** The project as read back: every imported version with its status, the connections, and what is missing. */
async function readBack(client, project, imported) {
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
    return { missing, afterConnections, integrationsOut };
}
/**
 * Reads the project back, sets the outputs and writes the summary; then fails when an imported version is missing
 * or an activation failed, naming why (connections missing from archive and target, drafts, timeout).
 */
async function verifyAndReport(ctx, client, s, run) {
    const { host } = ctx;
    const { project, result, instance, imported, diff, activations, configured, replaced } = run;
    const { missing, afterConnections, integrationsOut } = await readBack(client, project, imported);
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
        statusLine: `Project ${project} ${result} in ${instance}: ${integrationsOut.length} integrations, ${configured} connections configured, ${activations.filter(a => a.status === 'ACTIVATED').length} of ${activations.length} activated.`,
        table: {
            headers: SUMMARY_HEADERS,
            rows: summaryRows(diff, { integrations: integrationsOut, connections: afterConnections }, activations)
        },
        notes: [
            ...draft.map(c => `Connection ${c.id} is ${c.status}: configure it (connections-file) before activating the integrations that use it.`),
            ...run.notes,
            ...(diff.scheduled.length
                ? [`Scheduled integrations: start their schedules after activation: ${diff.scheduled.join(', ')}.`]
                : []),
            ...(replaced ? (0,replace/* replaceNotes */.Y1)(replaced) : [])
        ]
    });
    if (missing.length)
        throw new errors/* OicActionError */.km(`Verification failed: ${missing.map(m => `${m.code}|${m.version}`).join(', ')} not found in project ${project} after the import.`);
    if (failed.length) {
        const list = failed.map(activation/* describeOutcome */.SS).join(', ');
        const hint = activationHint(diff, failed, draft, s, instance);
        throw new errors/* OicActionError */.km(`Activation failed for ${failed.length} of ${activations.length} integrations: ${list}${hint}.`);
    }
}

;// CONCATENATED MODULE: ./src/actions/import-car/main.ts
/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */











/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    const log = (line) => host.info(line);
    const deps = { sleep: (ms) => ctx.sleep(ms), now: () => ctx.now(), log };
    const { archive, car, expected, file } = await prepare(host, s, log);
    const client = (0,oic_connection/* createOicClient */.zZ)(s.connection, ctx);
    const instance = s.connection.instance ?? 'the OIC 2 instance';
    const target = await (0,steps/* readTarget */._E)(client, expected, car);
    await (0,steps/* checkActivationTarget */.aT)(client, s, car, target, expected);
    const settings = applicableSettings(host, car, target, file?.connections ?? []);
    if (target.exists)
        await checkAgainstTarget(client, expected, settings, target.connections);
    const diff = (0,archive_diff/* diffArchive */.E)(car, target, s.ifExists, new Set(settings.map(c => c.id)));
    const missingNotes = (0,diff_report/* missingConnectionNotes */.SG)(diff, instance);
    for (const note of missingNotes)
        host.warning(note);
    const imported = car.integrations.map(({ code, version }) => ({ code, version }));
    if (s.dryRun) {
        await reportDryRun(ctx, s, { car, target, diff, expected, instance });
        return;
    }
    const { project, result, reactivate, replaced } = await (0,steps/* importOrReplace */.JB)(ctx, client, s, {
        car,
        target,
        expected,
        instance,
        path: archive.path,
        imported,
        deps
    });
    if (s.project && project !== s.project)
        throw new errors/* OicActionError */.km(`The import created project ${project}, not ${s.project}.`);
    host.info(`Project ${project} ${result} in ${instance}`);
    const configured = file
        ? await applyConnections(client, project, settings, await readTargets(client, project, settings), host.env, log)
        : [];
    const wanted = await (0,steps/* activationSet */.p7)(client, project, s, imported);
    const refs = [...reactivate, ...wanted.filter(w => !reactivate.some(r => r.code === w.code))];
    const activations = refs.length
        ? await (0,activation/* activateIntegrations */.Hm)(client, project, refs, s.activationTimeoutMs, deps)
        : [];
    await verifyAndReport(ctx, client, s, {
        project,
        result,
        instance,
        imported,
        diff,
        activations,
        configured: configured.length,
        replaced,
        notes: missingNotes
    });
}

;// CONCATENATED MODULE: ./src/actions/import-car/index.ts
/** Entry of `import-car`. */


/** Runs `import-car` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('import-car', main, options);


/***/ }),

/***/ 46075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ checkArchiveFile),
/* harmony export */   tV: () => (/* binding */ ArchiveSizeLimit),
/* harmony export */   v6: () => (/* binding */ parseArchiveSize)
/* harmony export */ });
/* unused harmony export MAX_ARCHIVE_SIZE_INPUT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _http_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66502);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89114);
/**
 * The optional `max-archive-size` of export-car and import-car: export-car stops writing and fails when the server
 * sends more, import-car refuses a larger file before reading or uploading it.
 */





/** The input's name. */
const MAX_ARCHIVE_SIZE_INPUT = 'max-archive-size';
const UNITS = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };
const SIZE = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?$/i;
/** Parses `max-archive-size` (`500MiB`, `2 GiB`, `100M`, `1048576`); undefined when empty. */
function parseArchiveSize(value) {
    if (!value)
        return undefined;
    const match = SIZE.exec(value.trim());
    const bytes = match ? Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? NaN)) : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Input '${MAX_ARCHIVE_SIZE_INPUT}' must be a size such as 500MiB, 2GiB or a number of bytes, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)}.`, { input: MAX_ARCHIVE_SIZE_INPUT });
    }
    return bytes;
}
const bound = (max) => `${MAX_ARCHIVE_SIZE_INPUT} (${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(max)})`;
/** Refuses a file larger than `max` before anything reads it. */
function checkArchiveFile(path, shownAs, max) {
    if (max === undefined)
        return;
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    if (size > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${shownAs} is ${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(size)}, more than ${bound(max)}: refusing to read or upload it.`, { input: MAX_ARCHIVE_SIZE_INPUT });
    }
}
/** The bound of one export download; {@link ArchiveSizeLimit.error} is the one line once it was hit. */
class ArchiveSizeLimit {
    max;
    hit;
    constructor(max) {
        this.max = max;
    }
    /** True once the server sent (or announced) more than the bound. */
    get tripped() {
        return this.hit !== undefined;
    }
    /** The one line of a tripped bound. */
    error() {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OicActionError */ .km(`${this.hit ?? 'the server sent too much'}.`);
    }
    /**
     * The body to write: refused at once when `Content-Length` announces more than the bound, else passed through a
     * counter that ends the download (and so the write, whose partial file is removed) at the first byte beyond it.
     */
    guard(body, headers) {
        const declared = Number(headers['content-length']);
        if (Number.isFinite(declared) && declared > this.max) {
            this.hit = `the server announced an archive of ${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(declared)}, more than ${bound(this.max)}; nothing was written`;
            body.destroy();
            throw this.error();
        }
        let size = 0;
        const counter = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
            highWaterMark: 4 * 1024 * 1024,
            transform: (chunk, _encoding, done) => {
                size += chunk.length;
                if (size <= this.max)
                    return done(null, chunk);
                this.hit = `the server sent more than ${bound(this.max)} for the archive; stopped writing and removed the partial file`;
                done(this.error());
            }
        });
        body.on('error', error => counter.destroy(error));
        counter.on('close', () => body.destroy());
        // The writer may attach its listeners after an await: until then the error is kept (errored), not thrown.
        counter.on('error', () => undefined);
        return body.pipe(counter);
    }
}


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
        // A failure in the first chunk can come while the file is still being opened: once it is closed, it exists
        // and the caller's rm removes it (else the open completes after the rm and leaves a .partial behind).
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(file).catch(() => undefined);
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
 * (the Azure storage SDK and Octokit it carries). The library keeps its own HTTP stack (the results service
 * through `@actions/http-client`, blobs through the Azure SDK), with its own retries, user agent and proxy support
 * (`HTTP(S)_PROXY`, `NO_PROXY`); it takes no dispatcher and no CA, so `ca-certificate` does not apply to artifact
 * calls (a self-hosted runner behind a TLS-inspecting proxy sets `NODE_EXTRA_CA_CERTS` for the job instead).
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(824), __webpack_require__.e(594)]).then(__webpack_require__.bind(__webpack_require__, 29594));
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(824), __webpack_require__.e(594)]).then(__webpack_require__.bind(__webpack_require__, 29594));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}' must stay inside the workspace or runner temp (${roots.join(', ')}), got '${value}'.`, { input });
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


/***/ })

};
