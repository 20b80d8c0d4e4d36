export const id = 937;
export const ids = [937];
export const modules = {

/***/ 63937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/archive/car.ts + 4 modules
var car = __webpack_require__(2793);
// EXTERNAL MODULE: ./src/core/archive-size.ts
var archive_size = __webpack_require__(46075);
// EXTERNAL MODULE: ./src/core/collaborators.ts
var collaborators = __webpack_require__(46078);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/projects.ts
var projects = __webpack_require__(24579);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/core/safe-write.ts
var safe_write = __webpack_require__(46612);
// EXTERNAL MODULE: ./src/core/archive/writer.ts
var writer = __webpack_require__(70127);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
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
    'max-archive-size',
    ...oic_instance/* COMMON_INPUTS */.s7
];
const CODE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
function code(name, value) {
    if (!CODE.test(value))
        throw (0,core_inputs/* mustBe */.Jq)(name, "a code of letters, digits, '_', '-' or '.'", value);
    return value;
}
/** Reads and validates the inputs. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const env = host.env;
    const connection = (0,oic_instance/* readInstanceSettings */.ND)(inputs, host, { oic3Only: 'export-car' });
    const project = code('project', inputs.required('project', 'the code of the project to export.'));
    const deploymentRaw = inputs.optional('deployment');
    const deployment = deploymentRaw ? code('deployment', deploymentRaw) : undefined;
    const buildNumber = inputs.optional('build-number') ?? env.GITHUB_RUN_NUMBER ?? 'local';
    if (!/^[A-Za-z0-9_.-]+$/.test(buildNumber)) {
        throw (0,errors/* inputError */.Xu)(`Input 'build-number' may hold letters, digits, '_', '-' and '.', got ${(0,core_inputs/* quote */.hD)(buildNumber)}.`, {
            input: 'build-number',
            value: buildNumber,
            fix: "Use only letters, digits, '_', '-' and '.' in build-number."
        });
    }
    const stem = deployment ? `${project}-${deployment}` : project;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const defaultPath = (0,external_node_path_.join)(env.RUNNER_TEMP || workspace, `${stem}-${buildNumber}.car`);
    const path = (0,paths/* resolveInsideRoots */.iI)(inputs.optional('path') ?? defaultPath, 'path', env);
    if (!path.endsWith('.car'))
        throw (0,errors/* inputError */.Xu)(`Input 'path' must name a .car file, got ${(0,core_inputs/* quote */.hD)(inputs.value('path'))}.`, {
            input: 'path',
            value: inputs.value('path'),
            fix: 'End path with .car.'
        });
    const artifactName = inputs.optional('artifact-name') ?? `${stem}-car`;
    if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
        throw (0,errors/* inputError */.Xu)(`Input 'artifact-name' must not contain " : < > | * ? \\ or /, got ${(0,core_inputs/* quote */.hD)(artifactName)}.`, {
            input: 'artifact-name',
            value: artifactName,
            fix: 'Remove " : < > | * ? \\ and / from artifact-name.'
        });
    }
    const retention = inputs.value('retention-days');
    const gitPath = inputs.optional('git-path') ?? 'car/';
    (0,paths/* resolveInsideRoots */.iI)(gitPath, 'git-path', { ...env, RUNNER_TEMP: undefined });
    const gitPush = inputs.boolean('git-push', false);
    // git's ref rules (check-ref-format) for the tag, checked before anything is exported or committed.
    if (gitPush && /\.\.|\.$|\.lock$/.test(`${stem}-${buildNumber}`)) {
        throw (0,errors/* inputError */.Xu)(`Input 'build-number' makes the tag ${(0,core_inputs/* quote */.hD)(`${stem}-${buildNumber}`)}, which git refuses (no .., no trailing . or .lock).`, {
            input: 'build-number',
            value: buildNumber,
            fix: 'Choose a build-number without .., a trailing . or .lock.'
        });
    }
    return {
        project,
        deployment,
        path,
        buildNumber,
        stem,
        uploadArtifact: inputs.boolean('upload-artifact', true),
        artifactName,
        retentionDays: retention ? inputs.integer('retention-days', { fallback: 0, min: 1, max: 90 }) : undefined,
        gitPush,
        gitPath,
        workspace,
        maxArchiveSize: (0,archive_size/* parseArchiveSize */.v6)(inputs.optional('max-archive-size')),
        connection
    };
}

// EXTERNAL MODULE: ./src/core/artifact.ts
var artifact = __webpack_require__(22653);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 6 modules
var exec = __webpack_require__(39529);
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
/** Checks the branch and tag names with git's own rules before anything is written or committed. */
async function checkRefs(repo, branch, tag, log) {
    for (const [ref, input] of [
        [`refs/heads/${branch}`, 'git-push'],
        [`refs/tags/${tag}`, 'build-number']
    ]) {
        if ((await git(repo, ['check-ref-format', ref], log)).code !== 0)
            throw (0,errors/* inputError */.Xu)(`git-push: ${(0,core_inputs/* quote */.hD)(ref)} is not a valid git ref name (git check-ref-format): ${input === 'build-number' ? 'choose a build-number without .., a leading or trailing . or .lock' : 'check out another branch'}.`, {
                input,
                value: ref.replace(/^refs\/(heads|tags)\//, ''),
                fix: input === 'build-number'
                    ? 'Choose a build-number without .., a leading or trailing . or .lock.'
                    : 'Check out another branch.'
            });
    }
}
/**
 * Finds the repository and the checked-out branch, checks the ref names, and copies the archive under `git-path`
 * (a link committed in the repository, folder or file, must not carry the copy outside it).
 */
async function stage(req) {
    const { log } = req;
    const top = await git(req.workspace, ['rev-parse', '--show-toplevel'], log);
    if (top.code !== 0) {
        throw (0,errors/* inputError */.Xu)(`Input 'git-push' needs a git repository in the workspace (${req.workspace}): add actions/checkout before this step.`, { input: 'git-push', value: 'true', fix: 'Add actions/checkout before this step.' });
    }
    const repo = top.out;
    const branch = (await git(repo, ['symbolic-ref', '--short', '-q', 'HEAD'], log)).out;
    if (!branch) {
        throw (0,errors/* inputError */.Xu)("Input 'git-push' needs a branch checked out, but HEAD is detached (a tag or PR checkout): use actions/checkout with ref: <branch>.", { input: 'git-push', value: 'true', fix: 'Use actions/checkout with ref: <branch>.' });
    }
    await checkRefs(repo, branch, req.tag, log);
    const file = (0,external_node_path_.join)((0,external_node_path_.resolve)(req.workspace, req.gitPath), (0,external_node_path_.basename)(req.archive));
    if ((0,external_node_path_.resolve)(req.archive) !== file)
        (0,safe_write/* copyFileSafely */.iS)(req.archive, file, { roots: [(0,external_node_fs_.realpathSync)(repo)], input: 'git-path' });
    return { repo, branch, file };
}
/** Commits, tags and pushes the archive; returns the commit SHA and the tag. */
async function pushArchive(req) {
    const { log } = req;
    const { repo, branch, file } = await stage(req);
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

;// CONCATENATED MODULE: ./src/actions/export-car/publish.ts
/** Where `export-car` publishes the archive after writing it: a workflow artifact, a commit and tag in Git. */



/** Uploads the archive as a workflow artifact; off a runner (no results service) it says why it skipped. */
async function uploadArtifactStep(host, s, archive) {
    const unavailable = (0,artifact/* artifactUnavailable */.Nf)(host.env);
    if (unavailable) {
        host.notice(`Artifact upload skipped: ${unavailable}.`);
        return { rows: [], notes: [`Artifact upload skipped: ${unavailable}.`], results: {} };
    }
    const uploaded = await (0,artifact/* uploadFileArtifact */.eA)(s.artifactName, archive, s.retentionDays);
    host.setOutput('artifact-id', String(uploaded.id ?? ''));
    host.setOutput('artifact-name', s.artifactName);
    return {
        rows: [['Artifact', `${s.artifactName} (id ${uploaded.id ?? '?'})`]],
        notes: [],
        results: { artifactId: uploaded.id, artifactName: s.artifactName }
    };
}
/** Commits the archive into the workspace's repository with the build number and tags it. */
async function gitPushStep(host, deps, s, archive) {
    const pushed = await pushArchive({
        archive,
        workspace: s.workspace,
        gitPath: s.gitPath,
        tag: `${s.stem}-${s.buildNumber}`,
        message: `OIC export: project ${s.project}${s.deployment ? `, deployment ${s.deployment}` : ''}, build ${s.buildNumber}`,
        log: deps.log,
        sleep: deps.sleep
    });
    host.setOutput('git-commit', pushed.commit);
    host.setOutput('git-tag', pushed.tag);
    return {
        rows: [
            [
                'Git',
                `${pushed.tag} at ${pushed.commit.slice(0, 12)} (${(0,external_node_path_.relative)(s.workspace, (0,external_node_path_.resolve)(s.workspace, s.gitPath)) || '.'})`
            ]
        ],
        notes: [],
        results: { gitCommit: pushed.commit, gitTag: pushed.tag }
    };
}

// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(46021);
;// CONCATENATED MODULE: ./src/actions/export-car/source.ts
/** What `export-car` exports: the project, and the deployment when one is named, checked to exist first. */





/** Reads the project and checks the deployment exists: a wrong name is one line before any download. */
async function checkSource(client, s, instance) {
    // Read together (issue 21); a project that is not there answers 404 to both, and is the error reported.
    const [project, listed] = await (0,pool/* allInOrder */.b)([
        (0,not_found/* orUndefined */.y)((0,projects/* getProject */.U1)(client, s.project)),
        s.deployment ? (0,not_found/* orUndefined */.y)((0,deployments/* listDeployments */.Jn)(client, s.project)) : Promise.resolve(undefined)
    ]);
    if (!project)
        throw new errors/* ConfigurationError */.j1(`Project '${s.project}' does not exist in instance '${instance}': check the project input.`, { input: 'project' });
    if (s.deployment) {
        const deployments = listed ?? [];
        if (!deployments.some(d => d.code === s.deployment)) {
            throw new errors/* ConfigurationError */.j1(`Deployment '${s.deployment}' does not exist in project ${s.project} (deployments there: ${deployments.map(d => d.code).join(', ') || 'none'}): create it with create-deployment first.`, { input: 'deployment' });
        }
    }
    const what = `project ${s.project}${s.deployment ? ` deployment ${s.deployment}` : ''}`;
    return { project, deployment: s.deployment, what };
}

;// CONCATENATED MODULE: ./src/actions/export-car/main.ts
/** `export-car`: streams a project (or one deployment) `.car` to disk, then uploads and/or commits it. */














const MIB = 1024 * 1024;
/** Runs the action: check the source, stream the archive, read it back, publish it, report. */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    // The streaming writer renames a temporary file into place; a link or folder planted there fails first.
    (0,safe_write/* checkWriteTarget */.p7)(s.path, {
        roots: (0,paths/* allowedRoots */.Mb)(host.env),
        input: 'path',
        shownAs: host.getInput('path') || s.path
    });
    const client = (0,oic_instance/* createOicClient */.zZ)(s.connection, ctx);
    const instance = s.connection.instance ?? 'the OIC 2 instance';
    const source = await checkSource(client, s, instance);
    host.info(`Exporting ${source.what} from ${instance} to ${s.path}`);
    const archive = await download(ctx, client, s, source);
    const contents = await (0,car/* readCar */.lK)(archive.path, archive.path).catch((e) => {
        // A body cut short with a success status is written whole; an archive that cannot be read is not left behind.
        (0,external_node_fs_.rmSync)(archive.path, { force: true });
        throw e;
    });
    if (contents.project && contents.project.code !== s.project) {
        host.warning(`The archive names project ${contents.project.code}, not ${s.project}.`);
    }
    host.setOutput('path', archive.path);
    host.setOutput('sha256', archive.sha256);
    host.setOutput('size', String(archive.size));
    const published = [];
    if (s.uploadArtifact)
        published.push(await uploadArtifactStep(host, s, archive.path));
    if (s.gitPush)
        published.push(await gitPushStep(host, (0,collaborators/* collaborators */.C)(ctx), s, archive.path));
    const { path, sha256, size } = archive;
    const results = { project: s.project, deployment: s.deployment ?? '', path, sha256, size };
    host.setOutput('results', JSON.stringify(Object.assign(results, ...published.map(p => p.results))));
    const listed = contents.integrations.map(i => (0,api/* integrationId */.cr)(i.code, i.version)).join(', ');
    await ctx.report({
        title: 'OIC export-car',
        status: 'success',
        statusLine: `Exported ${source.what} from ${instance}: ${(archive.size / MIB).toFixed(2)} MiB.`,
        table: {
            headers: ['Item', 'Value'],
            rows: [
                ['Archive', archive.path],
                ['Size', `${archive.size} bytes`],
                ['SHA-256', archive.sha256],
                ['Integrations', listed || '(not listed by this archive layout)'],
                ...published.flatMap(p => p.rows)
            ]
        },
        notes: [...published.flatMap(p => p.notes), ...contents.warnings.map(w => `Archive: ${w}.`)]
    });
}
/** Streams the archive to `s.path` within `max-archive-size`, and logs its size, speed and digest. */
async function download(ctx, client, s, source) {
    const started = ctx.now();
    const limit = s.maxArchiveSize === undefined ? undefined : new archive_size/* ArchiveSizeLimit */.tV(s.maxArchiveSize);
    const write = (0,writer/* archiveWriter */.O)(s.path);
    const { project } = source;
    const archive = await (0,projects/* exportProject */.MN)(client, { code: s.project, name: project.name, type: project.type, label: s.deployment }, (body, headers) => write(limit ? limit.guard(body, headers) : body)).catch((e) => {
        throw (0,errors/* withContext */.eQ)(`Could not export ${source.what}`, limit?.tripped ? limit.error() : e);
    });
    const seconds = Math.max(0.001, (ctx.now() - started) / 1000);
    ctx.host.info(`Wrote ${archive.size} bytes (${(archive.size / MIB / seconds).toFixed(1)} MiB/s), sha256 ${archive.sha256}`);
    return archive;
}

;// CONCATENATED MODULE: ./src/actions/export-car/index.ts
/** Entry of `export-car`. */


/** Runs `export-car` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('export-car', main, options);


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
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .mustBe */ .Jq)(MAX_ARCHIVE_SIZE_INPUT, 'a size such as 500MiB, 2GiB or a number of bytes', value);
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${shownAs} is ${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(size)}, more than ${bound(max)}: refusing to read or upload it.`, {
            input: MAX_ARCHIVE_SIZE_INPUT,
            value: String(max),
            fix: `Raise ${MAX_ARCHIVE_SIZE_INPUT} above ${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(size)}, or import a smaller archive.`
        });
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(824), __webpack_require__.e(351), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 48787));
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(824), __webpack_require__.e(351), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 48787));
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

/***/ 97029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   VJ: () => (/* binding */ updateDeployment),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   i8: () => (/* binding */ getDeployment),
/* harmony export */   rd: () => (/* binding */ deleteDeployment)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);

const path = (project, ...rest) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('projects', project, 'deployments', ...rest);
/** Every deployment of a project. */
const listDeployments = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .listAll */ ._w)(client, path(project), `list deployments of ${project}`, options);
/** `GET /projects/{p}/deployments/{d}`. */
const getDeployment = (client, project, code) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, path(project, code), `get deployment ${code} of ${project}`);
/** `POST /projects/{p}/deployments` (not repeated blindly: a lost response may have created it). */
const createDeployment = (client, project, deployment) => postDeployment(client, path(project), deployment, { label: `create deployment ${deployment.code}` });
/**
 * Update = `POST /projects/{p}/deployments/{d}` with `X-HTTP-Method-Override: PATCH` and the full body. Sending
 * the same full body twice yields the same deployment, so the call is safe to repeat.
 */
const updateDeployment = (client, project, deployment) => postDeployment(client, path(project, deployment.code), deployment, {
    headers: { 'x-http-method-override': 'PATCH' },
    safeToRetry: true,
    label: `update deployment ${deployment.code}`
});
async function postDeployment(client, at, deployment, how) {
    return (await client.json({ method: 'POST', path: at, json: deployment, ...how })).body;
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
