export const id = 702;
export const ids = [702];
export const modules = {

/***/ 89702:
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
// EXTERNAL MODULE: ./src/core/oic-connection.ts + 5 modules
var oic_connection = __webpack_require__(16182);
// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var oic_deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/oic/projects.ts
var projects = __webpack_require__(24579);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/actions/export-car/download.ts
/**
 * Streaming an export to disk in constant memory: SHA-256 and size computed on the way, written to a temporary
 * file beside the target and renamed only when complete and verified as a zip, so a failure never leaves a
 * partial `.car`.
 */







const ZIP_MAGIC = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('PK\u0005\u0006', 'latin1')];
async function startsLikeZip(file) {
    const handle = await (0,promises_.open)(file, 'r');
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
 * Returns a consumer for `HttpClient.stream`: each call (each attempt) writes a fresh temporary file, so a retried
 * download starts over cleanly; the final rename happens once the body is complete and looks like a zip.
 */
function archiveWriter(target) {
    return async (body) => {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        const meter = new external_node_stream_.Transform({
            transform(chunk, _enc, done) {
                hash.update(chunk);
                size += chunk.length;
                done(null, chunk);
            }
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(body, meter, (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx' }));
            if (!(await startsLikeZip(temp))) {
                throw new errors/* OicActionError */.km(`OIC returned ${size} bytes that are not a zip archive (expected a .car).`);
            }
            await (0,promises_.rename)(temp, target);
            return { path: target, sha256: hash.digest('hex'), size };
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            throw error;
        }
    };
}

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
    const archive = await (0,projects/* exportProject */.MN)(client, { code: s.project, name: project.name, type: project.type, label: s.deployment }, archiveWriter(s.path)).catch((e) => {
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


/***/ })

};
