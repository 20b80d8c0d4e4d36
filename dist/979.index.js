export const id = 979;
export const ids = [979];
export const modules = {

/***/ 27979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/archive/car.ts + 1 modules
var car = __webpack_require__(88287);
// EXTERNAL MODULE: ./src/core/artifact.ts
var artifact = __webpack_require__(22653);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic-connection.ts + 1 modules
var oic_connection = __webpack_require__(68652);
// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var oic_deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/oic/projects.ts
var projects = __webpack_require__(24579);
// EXTERNAL MODULE: ./src/core/archive/writer.ts
var writer = __webpack_require__(70127);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
;// CONCATENATED MODULE: ./src/actions/export-car/git-push.ts
/**
 * Committing the archive to the checked-out repository with a tag, and pushing it (step 5 of Oracle's CI/CD
 * process). A rejected push is fetched, rebased and retried a bounded number of times; nothing is ever forced.
 */




/** Pushes after a rejection at most this many times. */
const PUSH_ATTEMPTS = 3;
const BOT = [
    '-c',
    'user.name=github-actions[bot]',
    '-c',
    'user.email=41898282+github-actions[bot]@users.noreply.github.com'
];
async function git(cwd, args, log) {
    log(`git ${args.filter(a => !a.startsWith('user.')).join(' ')}`);
    const res = await (0,exec/* getExecOutput */.H)('git', args, { cwd, silent: true, ignoreReturnCode: true });
    return { code: res.exitCode, out: res.stdout.trim(), err: res.stderr.trim() };
}
async function must(cwd, args, log, what) {
    const res = await git(cwd, args, log);
    if (res.code !== 0)
        throw new errors/* OicActionError */.km(`git-push: could not ${what}: ${res.err || res.out}`);
    return res.out;
}
/** Commits, tags and pushes the archive; returns the commit SHA and the tag. */
async function pushArchive(req) {
    const { log } = req;
    const top = await git(req.workspace, ['rev-parse', '--show-toplevel'], log);
    if (top.code !== 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'git-push' needs a git repository in the workspace (${req.workspace}): add actions/checkout before this step.`, { input: 'git-push' });
    }
    const repo = top.out;
    const branch = (await git(repo, ['symbolic-ref', '--short', '-q', 'HEAD'], log)).out;
    if (!branch) {
        throw new errors/* ConfigurationError */.j1("Input 'git-push' needs a branch checked out, but HEAD is detached (a tag or PR checkout): use actions/checkout with ref: <branch>.", { input: 'git-push' });
    }
    const folder = (0,external_node_path_.resolve)(req.workspace, req.gitPath);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const file = (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(req.archive));
    if ((0,external_node_path_.resolve)(req.archive) !== file)
        await (0,promises_.copyFile)(req.archive, file);
    const identity = (await git(repo, ['config', 'user.email'], log)).out ? [] : BOT;
    if ((await git(repo, ['rev-parse', '-q', '--verify', `refs/tags/${req.tag}`], log)).code === 0) {
        throw new errors/* ConfigurationError */.j1(`git-push: tag ${req.tag} already exists; use another build-number.`, {
            input: 'build-number'
        });
    }
    await must(repo, ['add', '--', (0,external_node_path_.relative)(repo, file)], log, 'stage the archive');
    await must(repo, [...identity, 'commit', '-m', req.message, '--', (0,external_node_path_.relative)(repo, file)], log, 'commit the archive');
    await must(repo, [...identity, 'tag', '-a', req.tag, '-m', req.message], log, 'create the tag');
    for (let attempt = 1;; attempt++) {
        const push = await git(repo, ['push', '--atomic', 'origin', `HEAD:refs/heads/${branch}`, `refs/tags/${req.tag}`], log);
        if (push.code === 0)
            break;
        const rejected = /non-fast-forward|fetch first|rejected|stale info/i.test(push.err);
        if (!rejected || attempt >= PUSH_ATTEMPTS) {
            throw new errors/* OicActionError */.km(`git-push: push to origin/${branch} failed${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${push.err.split('\n').slice(-2).join(' ')}`);
        }
        log(`Push rejected (the branch moved on); fetching, rebasing and retrying (attempt ${attempt + 1} of ${PUSH_ATTEMPTS}).`);
        await must(repo, ['fetch', 'origin', branch], log, `fetch origin/${branch}`);
        const rebase = await git(repo, [...identity, 'rebase', `origin/${branch}`], log);
        if (rebase.code !== 0) {
            await git(repo, ['rebase', '--abort'], log);
            throw new errors/* OicActionError */.km(`git-push: rebasing onto origin/${branch} failed (${rebase.err.split('\n')[0]}); resolve it by hand.`);
        }
        // The tag was never pushed (the push is atomic), so moving the local tag to the rebased commit is safe.
        await must(repo, [...identity, 'tag', '-f', '-a', req.tag, '-m', req.message], log, 'move the tag');
        await req.sleep(1000 * attempt);
    }
    return { commit: await must(repo, ['rev-parse', 'HEAD'], log, 'read the commit'), tag: req.tag };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
;// CONCATENATED MODULE: ./src/actions/export-car/inputs.ts
/** Inputs of `export-car`, validated into {@link ExportCarSettings}. */





/** Every input `actions/export-car/action.yml` declares. */
const INPUTS = [
    'project',
    'deployment',
    'path',
    'build-number',
    'upload-artifact',
    'artifact-name',
    'retention-days',
    'git-push',
    'git-path',
    ...oic_connection/* COMMON_INPUTS */.s7
];
const CODE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function code(inputs, name, value) {
    if (!CODE.test(value))
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a code of letters, digits, '_', '-' or '.', got ${(0,core_inputs/* quote */.hD)(value)}.`, { input: name });
    return value;
}
/** Reads and validates the inputs. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const env = host.env;
    const connection = (0,oic_connection/* readConnectionSettings */.S4)(inputs, host);
    const project = code(inputs, 'project', inputs.required('project', 'the code of the project to export.'));
    const deploymentRaw = inputs.optional('deployment');
    const deployment = deploymentRaw ? code(inputs, 'deployment', deploymentRaw) : undefined;
    const buildNumber = inputs.optional('build-number') ?? env.GITHUB_RUN_NUMBER ?? 'local';
    if (!/^[A-Za-z0-9_.-]+$/.test(buildNumber)) {
        throw new errors/* ConfigurationError */.j1(`Input 'build-number' may hold letters, digits, '_', '-' and '.', got ${(0,core_inputs/* quote */.hD)(buildNumber)}.`, { input: 'build-number' });
    }
    const stem = deployment ? `${project}-${deployment}` : project;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const defaultPath = (0,external_node_path_.join)(env.RUNNER_TEMP || workspace, `${stem}-${buildNumber}.car`);
    const path = (0,paths/* resolveInsideRoots */.i)(inputs.optional('path') ?? defaultPath, 'path', env);
    if (!path.endsWith('.car'))
        throw new errors/* ConfigurationError */.j1(`Input 'path' must name a .car file, got ${(0,core_inputs/* quote */.hD)(inputs.value('path'))}.`, {
            input: 'path'
        });
    const artifactName = inputs.optional('artifact-name') ?? `${stem}-car`;
    if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
        throw new errors/* ConfigurationError */.j1(`Input 'artifact-name' must not contain " : < > | * ? \\ or /, got ${(0,core_inputs/* quote */.hD)(artifactName)}.`, { input: 'artifact-name' });
    }
    const retention = inputs.value('retention-days');
    const gitPath = inputs.optional('git-path') ?? 'car/';
    (0,paths/* resolveInsideRoots */.i)(gitPath, 'git-path', { ...env, RUNNER_TEMP: undefined });
    return {
        project,
        deployment,
        path,
        buildNumber,
        stem,
        uploadArtifact: inputs.boolean('upload-artifact', true),
        artifactName,
        retentionDays: retention ? inputs.integer('retention-days', { fallback: 0, min: 1, max: 90 }) : undefined,
        gitPush: inputs.boolean('git-push', false),
        gitPath,
        workspace,
        connection
    };
}

;// CONCATENATED MODULE: ./src/actions/export-car/main.ts
/** `export-car`: streams a project (or one deployment) `.car` to disk, then uploads and/or commits it. */











const MIB = 1024 * 1024;
/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    const client = (0,oic_connection/* createOicClient */.zZ)(s.connection, ctx);
    const instance = s.connection.instance ?? 'the OIC 2 instance';
    const project = await (0,not_found/* orUndefined */.y)((0,projects/* getProject */.U1)(client, s.project));
    if (!project)
        throw new errors/* ConfigurationError */.j1(`Project '${s.project}' does not exist in instance '${instance}': check the project input.`, { input: 'project' });
    if (s.deployment) {
        const deployments = await (0,oic_deployments/* listDeployments */.Jn)(client, s.project);
        if (!deployments.some(d => d.code === s.deployment)) {
            throw new errors/* ConfigurationError */.j1(`Deployment '${s.deployment}' does not exist in project ${s.project} (deployments there: ${deployments.map(d => d.code).join(', ') || 'none'}): create it with create-deployment first.`, { input: 'deployment' });
        }
    }
    const what = `project ${s.project}${s.deployment ? ` deployment ${s.deployment}` : ''}`;
    host.info(`Exporting ${what} from ${instance} to ${s.path}`);
    const started = ctx.now();
    const archive = await (0,projects/* exportProject */.MN)(client, { code: s.project, name: project.name, type: project.type, label: s.deployment }, (0,writer/* archiveWriter */.O)(s.path)).catch((e) => {
        throw (0,errors/* withContext */.eQ)(`Could not export ${what}`, e);
    });
    const seconds = Math.max(0.001, (ctx.now() - started) / 1000);
    host.info(`Wrote ${archive.size} bytes (${(archive.size / MIB / seconds).toFixed(1)} MiB/s), sha256 ${archive.sha256}`);
    const contents = await (0,car/* readCar */.l)(archive.path, archive.path);
    if (contents.project && contents.project.code !== s.project) {
        host.warning(`The archive names project ${contents.project.code}, not ${s.project}.`);
    }
    host.setOutput('path', archive.path);
    host.setOutput('sha256', archive.sha256);
    host.setOutput('size', String(archive.size));
    const rows = [
        ['Archive', archive.path],
        ['Size', `${archive.size} bytes`],
        ['SHA-256', archive.sha256],
        [
            'Integrations',
            contents.integrations.map(i => `${i.code}|${i.version}`).join(', ') ||
                '(not listed by this archive layout)'
        ]
    ];
    const notes = [];
    const results = {
        project: s.project,
        deployment: s.deployment ?? '',
        path: archive.path,
        sha256: archive.sha256,
        size: archive.size
    };
    if (s.uploadArtifact) {
        const unavailable = (0,artifact/* artifactUnavailable */.Nf)(host.env);
        if (unavailable) {
            host.notice(`Artifact upload skipped: ${unavailable}.`);
            notes.push(`Artifact upload skipped: ${unavailable}.`);
        }
        else {
            const uploaded = await (0,artifact/* uploadFileArtifact */.eA)(s.artifactName, archive.path, s.retentionDays);
            host.setOutput('artifact-id', String(uploaded.id ?? ''));
            host.setOutput('artifact-name', s.artifactName);
            rows.push(['Artifact', `${s.artifactName} (id ${uploaded.id ?? '?'})`]);
            Object.assign(results, { artifactId: uploaded.id, artifactName: s.artifactName });
        }
    }
    if (s.gitPush) {
        const tag = `${s.stem}-${s.buildNumber}`;
        const pushed = await pushArchive({
            archive: archive.path,
            workspace: s.workspace,
            gitPath: s.gitPath,
            tag,
            message: `OIC export: project ${s.project}${s.deployment ? `, deployment ${s.deployment}` : ''}, build ${s.buildNumber}`,
            log: line => host.info(line),
            sleep: ms => ctx.sleep(ms)
        });
        host.setOutput('git-commit', pushed.commit);
        host.setOutput('git-tag', pushed.tag);
        rows.push([
            'Git',
            `${pushed.tag} at ${pushed.commit.slice(0, 12)} (${(0,external_node_path_.relative)(s.workspace, s.gitPath) || s.gitPath})`
        ]);
        Object.assign(results, { gitCommit: pushed.commit, gitTag: pushed.tag });
    }
    host.setOutput('results', JSON.stringify(results));
    await ctx.report({
        title: 'OIC export-car',
        status: 'success',
        statusLine: `Exported ${what} from ${instance}: ${(archive.size / MIB).toFixed(2)} MiB.`,
        table: { headers: ['Item', 'Value'], rows },
        notes: [...notes, ...contents.warnings.map(w => `Archive: ${w}.`)]
    });
}

;// CONCATENATED MODULE: ./src/actions/export-car/index.ts
/** Entry of `export-car`. */


/** Runs `export-car` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('export-car', main, options);


/***/ }),

/***/ 88287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ readCar)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./src/core/archive/zip-reader.ts
/**
 * Reading a zip (a `.car`) without extracting it: entry listing with safety limits (no `..` or absolute names, no
 * zip bombs) and small entries read into memory.
 */


/** Defaults: generous for real projects (1 GiB archives pass), fatal for bombs. */
const DEFAULT_ZIP_LIMITS = {
    maxEntries: 100_000,
    maxTotalBytes: 32 * 1024 ** 3,
    maxRatio: 200,
    ratioFloorBytes: 1024 * 1024,
    maxReadBytes: 16 * 1024 * 1024
};
function unsafeName(name) {
    return (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.split('/').includes('..'));
}
const zip_reader_open = (path) => new Promise((resolve, reject) => yauzl.open(path, {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: true,
    strictFileNames: false,
    validateEntrySizes: true
}, (err, zip) => (err || !zip ? reject(err ?? new Error('cannot open')) : resolve(zip))));
/** Lists a zip, enforcing the limits; `label` names the file (input) in errors. */
async function listZip(path, label, limits = DEFAULT_ZIP_LIMITS) {
    let zip;
    try {
        zip = await zip_reader_open(path);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${label} is not a valid zip archive (${error.message}): export it again with export-car.`, { cause: error });
    }
    const entries = [];
    const raw = new Map();
    let totalBytes = 0;
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', reject);
            zip.on('end', resolve);
            zip.on('entry', (entry) => {
                const name = entry.fileName;
                if (unsafeName(name))
                    return reject(new errors/* ConfigurationError */.j1(`${label} contains an unsafe entry name '${name}' (absolute, backslash or '..'): refusing it.`));
                totalBytes += entry.uncompressedSize;
                if (entries.length >= limits.maxEntries)
                    return reject(new errors/* ConfigurationError */.j1(`${label} has more than ${limits.maxEntries} entries: refusing it as a possible zip bomb.`));
                if (totalBytes > limits.maxTotalBytes)
                    return reject(new errors/* ConfigurationError */.j1(`${label} expands to more than ${limits.maxTotalBytes} bytes: refusing it as a possible zip bomb.`));
                if (entry.uncompressedSize > limits.ratioFloorBytes &&
                    entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio) {
                    return reject(new errors/* ConfigurationError */.j1(`${label} entry '${name}' expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}× (limit ${limits.maxRatio}×): refusing it as a possible zip bomb.`));
                }
                entries.push({ name, size: entry.uncompressedSize, compressedSize: entry.compressedSize });
                raw.set(name, entry);
                zip.readEntry();
            });
            zip.readEntry();
        });
    }
    catch (error) {
        zip.close();
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        const unsafe = /(?:invalid relative path|absolute path): (.*)$/.exec(error.message)?.[1];
        if (unsafe !== undefined)
            throw new errors/* ConfigurationError */.j1(`${label} contains an unsafe entry name '${unsafe}' (absolute, backslash or '..'): refusing it.`);
        throw new errors/* ConfigurationError */.j1(`${label} is not a valid zip archive (${error.message}): export it again with export-car.`, { cause: error });
    }
    return {
        entries,
        totalBytes,
        close: () => zip.close(),
        read: async (name) => {
            const entry = raw.get(name);
            if (!entry)
                throw new errors/* ConfigurationError */.j1(`${label} has no entry '${name}'.`);
            if (entry.uncompressedSize > limits.maxReadBytes)
                throw new errors/* ConfigurationError */.j1(`${label} entry '${name}' is larger than ${limits.maxReadBytes} bytes.`);
            const stream = await new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => err || !s ? reject(err ?? new Error('no stream')) : resolve(s)));
            const chunks = [];
            for await (const chunk of stream)
                chunks.push(chunk);
            return Buffer.concat(chunks).toString('utf8');
        }
    };
}

;// CONCATENATED MODULE: ./src/core/archive/car.ts
/**
 * What a `.car` holds, read without extracting it: the emulator's documented `manifest.json` layout and Oracle's
 * `icspackage/project/<CODE>/…` layout; anything unreadable is reported, not guessed.
 */



const str = (v) => (typeof v === 'string' ? v : '');
const ICS_PROJECT = /^icspackage\/project\/([^/]+)\//;
const ICS_INTEGRATION = /^icspackage\/project\/[^/]+\/integrations\/([^/]+)_(\d{2}\.\d{2}\.\d{4})\//;
function fromManifest(m) {
    return {
        project: m.project?.code
            ? { code: m.project.code, name: m.project.name, description: m.project.description }
            : undefined,
        label: str(m.label),
        deployments: (m.deployments ?? [])
            .filter(d => d.code)
            .map(d => ({
            code: str(d.code),
            name: d.name,
            integrations: (d.integrations ?? []).map(i => ({ code: str(i.code), version: str(i.version) }))
        })),
        integrations: (m.integrations ?? [])
            .filter(i => i.code && i.version)
            .map(i => ({
            code: str(i.code),
            version: str(i.version),
            name: i.name,
            connections: Array.isArray(i.connections) ? i.connections.map(String) : []
        })),
        connections: (m.connections ?? [])
            .filter(c => c.id)
            .map(c => ({
            id: str(c.id),
            name: c.name,
            adapterType: typeof c.adapterType === 'string' ? c.adapterType : undefined,
            role: c.role,
            securityPolicy: c.securityPolicy,
            properties: Array.isArray(c.properties)
                ? c.properties.filter(p => p && typeof p.propertyName === 'string')
                : []
        })),
        lookups: (m.lookups ?? []).filter(l => l.name).map(l => ({ name: str(l.name) })),
        libraries: (m.libraries ?? [])
            .filter(l => l.code)
            .map(l => ({ code: str(l.code), version: str(l.version), name: l.name, type: l.type }))
    };
}
/** Reads a `.car`; `label` names it in messages (e.g. `Input 'path' (./x.car)`). Unsafe archives are refused. */
async function readCar(path, label = (0,external_node_path_.basename)(path), limits = DEFAULT_ZIP_LIMITS) {
    const zip = await listZip(path, label, limits);
    try {
        const base = { entries: zip.entries.length, uncompressedBytes: zip.totalBytes, warnings: [] };
        if (zip.entries.some(e => e.name === 'manifest.json')) {
            let manifest;
            try {
                manifest = JSON.parse(await zip.read('manifest.json'));
            }
            catch (error) {
                if (error instanceof errors/* ConfigurationError */.j1)
                    throw error;
                throw new errors/* ConfigurationError */.j1(`${label} has a manifest.json that is not valid JSON: the archive is damaged; export it again.`);
            }
            return { layout: 'manifest', ...base, ...fromManifest(manifest) };
        }
        const codes = new Set(zip.entries.map(e => ICS_PROJECT.exec(e.name)?.[1]).filter((c) => Boolean(c)));
        if (codes.size > 0) {
            const integrations = new Map();
            for (const e of zip.entries) {
                const m = ICS_INTEGRATION.exec(e.name);
                if (m)
                    integrations.set(`${m[1]}|${m[2]}`, {
                        code: m[1],
                        version: m[2],
                        connections: []
                    });
            }
            const warnings = [
                'this archive has no manifest.json: deployments, connections, lookups and libraries could not be read from it'
            ];
            if (codes.size > 1)
                warnings.push(`it holds several project folders (${[...codes].join(', ')})`);
            if (integrations.size === 0)
                warnings.push('no integration versions could be read from its folders');
            return {
                layout: 'icspackage',
                ...base,
                warnings,
                project: codes.size === 1 ? { code: [...codes][0] } : undefined,
                deployments: [],
                integrations: [...integrations.values()],
                connections: [],
                lookups: [],
                libraries: []
            };
        }
        throw new errors/* ConfigurationError */.j1(`${label} is a zip but not an OIC project archive (no manifest.json and no icspackage/project/<CODE>/ folder).`);
    }
    finally {
        zip.close();
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
            const filename = part.filename ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(part.file);
            pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"; filename="${quoted(filename)}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`), { file: part.file, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(part.file).size }, Buffer.from('\r\n'));
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

/***/ 93993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   So: () => (/* binding */ apiPath),
/* harmony export */   Tt: () => (/* binding */ getJson),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   cr: () => (/* binding */ integrationId),
/* harmony export */   yl: () => (/* binding */ qFilter)
/* harmony export */ });
/* unused harmony exports PAGE_SIZE, qValue, listPage */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26214);
/** Shared pieces of the OIC REST wrappers: paths, id encoding, the collection envelope and paging. */

/** Page size used when walking a whole collection. */
const PAGE_SIZE = 100;
/** An API path below `/ic/api/integration/v1`, each segment URL-encoded (`CODE|VER` → `CODE%7CVER`). */
function apiPath(...segments) {
    return `${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .OIC_API_BASE */ .dT}/${segments.map(s => encodeURIComponent(s)).join('/')}`;
}
/** An integration id `CODE|VERSION`. */
function integrationId(code, version) {
    return `${code}|${version}`;
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
    return (await client.json({ method: 'GET', path, query, label })).body;
}
/** One page of a collection. */
async function listPage(client, path, label, options = {}) {
    const { extra, ...list } = options;
    return (await getJson(client, path, label, { ...list, ...extra })) ?? {};
}
/** Every item of a collection, page by page (stops on an empty page even if the server claims more). */
async function listAll(client, path, label, options = {}) {
    const { pageSize = PAGE_SIZE, ...rest } = options;
    const all = [];
    for (let offset = 0;;) {
        const page = await listPage(client, path, label, { ...rest, offset, limit: pageSize });
        const items = page.items ?? [];
        all.push(...items);
        offset += items.length;
        if (!page.hasMore || items.length === 0)
            return all;
    }
}


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

/***/ 24579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ exportProject),
/* harmony export */   U1: () => (/* binding */ getProject),
/* harmony export */   zB: () => (/* binding */ importProject)
/* harmony export */ });
/* unused harmony exports listProjects, listAllProjects, createProject, deleteProject */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93993);
/** Projects ("Factory API", contract §3.1, §5): list, get, create, delete, export (.car) and import. */



const PROJECTS = (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('projects');
/** `GET /projects` (one page). */
const listProjects = (client, options) => listPage(client, PROJECTS, 'list projects', { ...options, extra: { type: options?.type } });
/** Every project. */
const listAllProjects = (client, q) => listAll(client, PROJECTS, 'list projects', { q });
/** `GET /projects/{p}`. */
const getProject = (client, code) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('projects', code), `get project ${code}`);
/** `POST /projects` (never repeated blindly: a lost response may have created it). */
async function createProject(client, project) {
    return (await client.json({
        method: 'POST',
        path: PROJECTS,
        json: project,
        label: `create project ${project.code}`
    })).body;
}
/** `DELETE /projects/{p}`. */
async function deleteProject(client, code) {
    await client.json({ method: 'DELETE', path: apiPath('projects', code), label: `delete project ${code}` });
}
/**
 * `POST /projects/{p}/archive`: streams the `.car` to `consume`. An export changes nothing, so the exchange is
 * repeated on transient failures; `consume` must then start its output afresh.
 */
function exportProject(client, request, consume) {
    return client.stream({
        method: 'POST',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('projects', request.code, 'archive'),
        json: {
            name: request.name ?? request.code,
            code: request.code,
            type: request.type ?? 'DEVELOPED',
            builtBy: request.builtBy ?? '',
            label: request.label ?? ''
        },
        headers: { accept: 'application/octet-stream' },
        safeToRetry: true,
        label: `export project ${request.code}${request.label ? ` deployment ${request.label}` : ''}`
    }, consume);
}
/**
 * Imports a `.car` from disk: `POST /projects/archive` (add) or `PUT /projects/archive` (replace). The file is
 * streamed from disk (a file-backed Blob), and the request is never repeated blindly.
 */
async function importProject(client, file, mode) {
    const res = await client.json({
        method: mode === 'add' ? 'POST' : 'PUT',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('projects', 'archive'),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_1__/* .multipart */ .f)([
            { name: 'file', file },
            { name: 'type', value: 'application/octet-stream' }
        ]),
        safeToRetry: false,
        label: `${mode === 'add' ? 'import' : 'replace'} project archive ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)}`
    });
    return res.body;
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


/***/ })

};
