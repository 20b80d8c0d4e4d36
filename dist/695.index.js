export const id = 695;
export const ids = [695];
export const modules = {

/***/ 56585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y1: () => (/* binding */ replaceNotes),
  G4: () => (/* binding */ replaceProject)
});

// UNUSED EXPORTS: deactivationOrder, unchangedByReplace

// EXTERNAL MODULE: ./src/core/oic/activation.ts + 1 modules
var activation = __webpack_require__(58628);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
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
/**
 * `POST /monitoring/instances/{id}/abort` (409 when not in progress). Callers check the instance against the
 * user's selection first (integration, project: contract K6).
 */
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
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/actions/import-car/replace.ts





const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
/** How long a failed replacement waits for the integrations it puts back. */
const REACTIVATE_TIMEOUT_MS = 120_000;
const key = (r) => `${r.code}|${r.version}`;
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
            if (refs.some(r => key(r) === id))
                byIntegration.set(id, [...(byIntegration.get(id) ?? []), inst.id]);
        }
        return { byIntegration };
    }
    catch (error) {
        return { byIntegration, unknown: (0,errors/* errorMessage */.gJ)(error) };
    }
}
/**
 * The archive's integrations that a replacement did not visibly change: missing afterwards, or present before with
 * the same `lastUpdated` after (or no `lastUpdated` to tell). A version the target did not hold counts as changed.
 */
function unchangedByReplace(before, after, imported) {
    const unchanged = [];
    for (const ref of imported) {
        const now = after.find(i => key(i) === key(ref));
        const was = before.find(i => key(i) === key(ref));
        const at = (i) => i?.lastUpdated || undefined;
        if (!now)
            unchanged.push({ ...ref, reason: 'not in the project after the replacement' });
        else if (!was)
            continue;
        else if (!at(was) || !at(now))
            unchanged.push({ ...ref, reason: 'no lastUpdated was reported, so a change cannot be shown' });
        else if (at(was) === at(now))
            unchanged.push({ ...ref, reason: `lastUpdated is still ${at(now)}` });
    }
    return unchanged;
}
/** Reactivates what this step deactivated (and is still there), then throws `error` with how many came back. */
async function restoreAndThrow(client, project, deactivated, deps, error, what) {
    // Nothing may be left worse than it was: put back what this step switched off, then report the failure.
    const present = await (0,integrations/* listIntegrations */.iB)(client, project).catch(() => []);
    const back = deactivated.filter(d => present.some(p => key(p) === key(d))).reverse();
    if (!back.length)
        throw error;
    deps.log(`${what}: reactivating ${back.map(key).join(', ')} as they were`);
    const outcomes = await (0,activation/* activateIntegrations */.Hm)(client, project, back, REACTIVATE_TIMEOUT_MS, deps).catch(() => []);
    const restored = outcomes.filter(o => o.status === 'ACTIVATED').length;
    throw (0,errors/* withContext */.eQ)(`Replacing project ${project} failed (${restored} of ${back.length} deactivated integrations reactivated)`, error);
}
/** Removes what the release does not hold (a deployment's archive leaves other codes in place, reported). */
async function prune(client, project, present, imported, wholeProject, deps) {
    const pruned = [];
    const kept = [];
    const keep = new Set(imported.map(key));
    const codes = new Set(imported.map(i => i.code));
    for (const extra of present.filter(i => !keep.has(key(i)))) {
        if (!codes.has(extra.code) && !wholeProject) {
            kept.push({ code: extra.code, version: extra.version });
            continue;
        }
        await (0,activation/* deactivateIntegrations */.cn)(client, project, [extra], deps);
        await (0,integrations/* deleteIntegration */.qo)(client, project, extra.code, extra.version);
        deps.log(`Removed ${key(extra)}: the release does not hold it`);
        pruned.push({ code: extra.code, version: extra.version });
    }
    return { pruned, kept };
}
/**
 * Deactivates, uploads (through `upload`), reads the integrations back (K8), prunes when asked, and says what to
 * reactivate. An archive integration left unchanged fails the replacement (after putting back what was
 * deactivated) unless `acceptUnchanged`.
 */
async function replaceProject(client, project, target, imported, options) {
    const { deps } = options;
    const active = deactivationOrder(target.filter(i => ACTIVE.has(String(i.status))));
    const flight = await inFlight(client, project, active);
    if (active.length)
        deps.log(`Deactivating ${active.length} active integration(s) before replacing, scheduled first: ${active.map(key).join(', ')}`);
    const deactivated = await (0,activation/* deactivateIntegrations */.cn)(client, project, active, deps);
    try {
        await options.upload();
    }
    catch (error) {
        return restoreAndThrow(client, project, deactivated, deps, error, 'The replacement failed');
    }
    const after = await (0,integrations/* listIntegrations */.iB)(client, project);
    const unchanged = unchangedByReplace(target, after, imported);
    if (unchanged.length && !options.acceptUnchanged) {
        const list = unchanged.map(u => `${key(u)} (${u.reason})`).join(', ');
        const error = new errors/* ConfigurationError */.j1(`The replacement did not change ${list}: replacing a project is not a documented Oracle operation and the service kept what it had; delete the project or those versions and import again, or set accept-unchanged: true to accept this.`, { input: 'accept-unchanged' });
        return restoreAndThrow(client, project, deactivated, deps, error, 'The replacement changed nothing');
    }
    for (const u of unchanged)
        deps.log(`Not changed by the replacement (accepted): ${key(u)} (${u.reason})`);
    const { pruned, kept } = options.prune
        ? await prune(client, project, after, imported, options.wholeProject, deps)
        : { pruned: [], kept: [] };
    // Pruning deleted some: only then is the list read again.
    const remaining = options.prune ? await (0,integrations/* listIntegrations */.iB)(client, project) : after;
    const newest = (0,versions/* newestByCode */.Nx)(imported);
    const reactivate = [...deactivated]
        .reverse()
        .map(d => newest.get(d.code) ?? d)
        .filter(r => remaining.some(i => key(i) === key(r)));
    return {
        deactivated,
        reactivate,
        inFlight: flight.byIntegration,
        inFlightUnknown: flight.unknown,
        pruned,
        kept,
        unchanged
    };
}
/** Summary notes of a replacement: what was deactivated, what was in flight, what a rollback removed. */
function replaceNotes(outcome) {
    const notes = [];
    if (outcome.deactivated.length) {
        notes.push(`Deactivated before replacing (scheduled first): ${outcome.deactivated.map(key).join(', ')}; reactivated after in reverse order: ${outcome.reactivate.map(key).join(', ') || 'none'}.`);
        if (outcome.inFlightUnknown)
            notes.push(`The instances in flight could not be read (${outcome.inFlightUnknown}).`);
        else if (outcome.inFlight.size === 0)
            notes.push('No instances of them were in flight when they were deactivated.');
        else
            for (const [integration, ids] of outcome.inFlight)
                notes.push(`In flight when ${integration} was deactivated: ${ids.length} instance(s) (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}).`);
    }
    if (outcome.unchanged.length)
        notes.push(`Not changed by the replacement, accepted (accept-unchanged): ${outcome.unchanged.map(u => `${key(u)} (${u.reason})`).join(', ')}; these are not replaced.`);
    if (outcome.pruned.length)
        notes.push(`Removed to converge on the release: ${outcome.pruned.map(key).join(', ')}.`);
    if (outcome.kept.length) {
        notes.push(`Not part of the release's deployment, left in place: ${outcome.kept.map(key).join(', ')} (roll back a whole-project archive to remove them too).`);
    }
    return notes;
}


/***/ }),

/***/ 6146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p7: () => (/* binding */ activationSet),
  aT: () => (/* binding */ checkActivationTarget),
  JB: () => (/* binding */ importOrReplace),
  _E: () => (/* binding */ readTarget)
});

// UNUSED EXPORTS: upload

// EXTERNAL MODULE: ./src/core/archive/diff.ts
var diff = __webpack_require__(88351);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic/connections.ts
var connections = __webpack_require__(48256);
// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
// EXTERNAL MODULE: ./src/core/http/multipart.ts
var http_multipart = __webpack_require__(64128);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
;// CONCATENATED MODULE: ./src/core/oic/libraries.ts


const path = (project, ...rest) => (0,api/* apiPath */.So)('projects', project, 'libraries', ...rest);
/** Every library of a project. */
const listLibraries = (client, project, options) => (0,api/* listAll */._w)(client, path(project), `list libraries of ${project}`, options);
/** `GET /projects/{p}/libraries/{CODE%7CVERSION}`. */
const getLibrary = (client, project, code, version) => getJson(client, path(project, integrationId(code, version)), `get library ${code}|${version}`);
/** Registers a library: multipart `name, code, version, type, file, description?` (204 + Location). */
async function registerLibrary(client, project, library, file) {
    await client.json({
        method: 'POST',
        path: path(project, 'archive'),
        multipart: multipart([
            ...Object.entries(library).flatMap(([name, value]) => (value === undefined ? [] : [{ name, value }])),
            { name: 'file', file }
        ]),
        label: `register library ${library.code}|${library.version}`
    });
}
/** Replaces a library's code: `POST /projects/{p}/libraries/{id}/archive`. */
async function replaceLibrary(client, project, code, version, file) {
    await client.json({
        method: 'POST',
        path: path(project, integrationId(code, version), 'archive'),
        multipart: multipart([{ name: 'file', file }]),
        safeToRetry: true,
        label: `replace library ${code}|${version}`
    });
}
/** `DELETE /projects/{p}/libraries/{CODE%7CVERSION}`. */
async function deleteLibrary(client, project, code, version) {
    await client.json({
        method: 'DELETE',
        path: path(project, integrationId(code, version)),
        label: `delete library ${code}|${version}`
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/core/oic/lookups.ts
/** Lookups in a project (contract §3.6, §8.1): list, get, create, delete, export (CSV) and import. */



const lookups_path = (project, ...rest) => (0,api/* apiPath */.So)('projects', project, 'lookups', ...rest);
/** Every lookup of a project. */
const listLookups = (client, project, options) => (0,api/* listAll */._w)(client, lookups_path(project), `list lookups of ${project}`, options);
/** `GET /projects/{p}/lookups/{name}`. */
const getLookup = (client, project, name) => getJson(client, lookups_path(project, name), `get lookup ${name}`);
/** `POST /projects/{p}/lookups`. */
async function createLookup(client, project, lookup) {
    await client.json({
        method: 'POST',
        path: lookups_path(project),
        json: lookup,
        label: `create lookup ${lookup.name}`
    });
}
/** `DELETE /projects/{p}/lookups/{name}`. */
async function deleteLookup(client, project, name) {
    await client.json({ method: 'DELETE', path: lookups_path(project, name), label: `delete lookup ${name}` });
}
/** `GET /projects/{p}/lookups/{name}/archive`: the lookup as CSV text. */
async function exportLookup(client, project, name) {
    return client.stream({
        method: 'GET',
        path: lookups_path(project, name, 'archive'),
        headers: { accept: 'application/octet-stream' },
        label: `export lookup ${name}`
    }, async (body) => {
        // Decode once: a multi-byte character may be split across chunks.
        const chunks = [];
        for await (const chunk of body)
            chunks.push(Buffer.from(chunk));
        return Buffer.concat(chunks).toString('utf8');
    });
}
/** `POST /projects/{p}/lookups/archive` with a CSV file. */
async function importLookup(client, project, file) {
    await client.json({
        method: 'POST',
        path: lookups_path(project, 'archive'),
        multipart: multipart([{ name: 'file', file }]),
        label: `import lookup ${basename(file)}`
    });
}

// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/oic/projects.ts
var projects = __webpack_require__(24579);
// EXTERNAL MODULE: ./src/core/oic/versions.ts
var versions = __webpack_require__(24028);
// EXTERNAL MODULE: ./src/actions/import-car/replace.ts + 1 modules
var replace = __webpack_require__(56585);
;// CONCATENATED MODULE: ./src/actions/import-car/steps.ts











/** A list the target may refuse (4xx: not there, not allowed): undefined then, so the diff says "unknown". */
async function optional(read) {
    try {
        return await read;
    }
    catch (error) {
        if (error instanceof errors/* OicHttpError */.sZ && error.status >= 400 && error.status < 500)
            return undefined;
        throw error;
    }
}
/**
 * Reads whether the project exists in the target, then its integrations and connections; with the archive, also
 * its lookups and libraries (when the archive brings some) and the instance's connections outside the project
 * (when integrations depend on connections that are neither in the archive nor in the project).
 */
async function readTarget(client, project, car) {
    const exists = project ? Boolean(await (0,not_found/* orUndefined */.y)((0,projects/* getProject */.U1)(client, project))) : false;
    const state = exists && project
        ? {
            exists,
            integrations: await (0,integrations/* listIntegrations */.iB)(client, project),
            connections: await (0,connections/* listConnections */.yb)(client, project)
        }
        : { exists: false, integrations: [], connections: [] };
    if (!car)
        return state;
    if (exists && project && car.lookups.length)
        state.lookups = await optional(listLookups(client, project));
    if (exists && project && car.libraries.length)
        state.libraries = await optional(listLibraries(client, project));
    const outside = [...(0,diff/* externalConnections */.z)(car).keys()].filter(id => !state.connections.some(c => c.id === id));
    if (outside.length)
        state.instanceConnections = await optional((0,connections/* listConnections */.yb)(client, undefined));
    return state;
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
 * Refuses `activate: <deployment>` before anything changes when neither the archive's labels nor the target holds
 * that deployment: found only after the import, the project would be left half done.
 */
async function checkActivationTarget(client, s, car, target, project) {
    if (s.activate.kind !== 'deployment')
        return;
    const code = s.activate.code;
    if (car.deployments.some(d => d.code === code))
        return;
    if (target.exists && project && (await (0,not_found/* orUndefined */.y)((0,deployments/* getDeployment */.i8)(client, project, code))))
        return;
    throw new errors/* ConfigurationError */.j1(`Input 'activate': deployment ${code} is neither in the archive nor in the target (the archive has: ${car.deployments.map(d => d.code).join(', ') || 'none'}): name one of them, all or none.`, { input: 'activate' });
}
/**
 * Imports the archive (POST) when the project is new, or, when it exists, fails (`if-exists: fail`), skips, or
 * replaces it safely (deactivate, PUT, reactivate).
 */
async function importOrReplace(ctx, client, s, run) {
    const { car, target, expected, instance, imported, deps } = run;
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
            ctx.host.info(`Project ${expected} exists in ${instance}: import skipped (if-exists: skip)`);
        }
        else {
            replaced = await (0,replace/* replaceProject */.G4)(client, project, target.integrations, imported, {
                prune: s.source.kind === 'release',
                wholeProject: car.kind === 'project',
                upload: async () => void (await upload(ctx, client, run.path, 'replace', expected)),
                deps,
                acceptUnchanged: s.acceptUnchanged
            });
            reactivate = replaced.reactivate;
            result = 'replaced';
        }
    }
    else {
        project = await upload(ctx, client, run.path, 'add', expected);
        result = 'imported';
    }
    return { project, result, reactivate, replaced };
}


/***/ }),

/***/ 51462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ contentNotes),
/* harmony export */   SG: () => (/* binding */ missingConnectionNotes),
/* harmony export */   oZ: () => (/* binding */ diffReport)
/* harmony export */ });
/* unused harmony exports DIFF_HEADERS, diffRows */
const IMPORTABLE = {
    ok: 'yes',
    '409': 'no: project exists (409) — set if-exists: replace',
    '412': 'after deactivation (412 while active or locked)',
    skipped: 'skipped (if-exists: skip)'
};
const FOUND = {
    'target project': 'in the target project',
    'target instance': 'in the target instance',
    missing: 'MISSING: in neither archive nor target',
    unknown: 'not in the archive: the target must have it'
};
/** Headers of the diff table. */
const DIFF_HEADERS = ['Kind', 'Id', 'Archive', 'Target', 'Change', 'Importable'];
/** The diff table's rows. */
function diffRows(diff) {
    const rows = diff.integrations.map(i => [
        'integration',
        i.code,
        `${i.version || '—'}${i.scheduled ? ' (scheduled)' : ''}`,
        i.targetVersions.length
            ? `${i.targetVersions.join(', ')}${i.targetStatus ? ` (${i.targetStatus})` : ''}`
            : '—',
        i.change,
        IMPORTABLE[i.importable] ?? i.importable
    ]);
    for (const c of diff.connections)
        rows.push([
            'connection',
            c.id,
            [c.adapterType, c.securityPolicy].filter(Boolean).join(', ') || 'definition',
            c.targetStatus ?? '—',
            c.configuredByFile ? 'configured by connections-file' : 'stays draft: no credentials in the archive',
            ''
        ]);
    for (const e of diff.externalConnections)
        rows.push([
            'connection (dependency)',
            e.id,
            '—',
            FOUND[e.found],
            `used by ${e.integrations.join(', ')}`,
            ''
        ]);
    for (const l of diff.lookups)
        rows.push(['lookup', l.id, 'definition', '', l.change, '']);
    for (const l of diff.libraries)
        rows.push(['library', l.id, 'definition', '', l.change, '']);
    return rows;
}
/** One line per connection missing from both archive and target, naming the integrations that need it. */
function missingConnectionNotes(diff, target) {
    return diff.missingConnections.map(m => `Connection ${m.id} is in neither the archive nor ${target}: ${m.integrations.join(', ')} depend${m.integrations.length === 1 ? 's' : ''} on it and cannot be activated until it exists there.`);
}
/** Notes about the archive itself: kind, deployments, scheduled integrations, assets, unknown folders, warnings. */
function contentNotes(car, diff) {
    const list = (what, items) => items.length ? [`${what}: ${items.join(', ')}.`] : [];
    return [
        ...list('Deployments', car.deployments.map(d => `${d.code} (${d.integrations.length})`)),
        ...(diff.scheduled.length
            ? [`Scheduled integrations (start their schedules after activation): ${diff.scheduled.join(', ')}.`]
            : []),
        ...list('Templates', car.templates.map(t => `${t.code}|${t.version}`)),
        ...list('Queues', car.queues.map(q => q.code)),
        ...list('AI agents', car.agents.map(a => `${a.kind}/${a.code}|${a.version}`)),
        ...list('Unknown folders (not read)', car.unknownFolders),
        ...car.warnings.map(w => `Archive: ${w}.`)
    ];
}
const KIND = {
    project: 'whole project',
    deployment: 'deployment',
    'integration-archive': 'integration archive (.iar)'
};
/** A report of the archive's contents and, with a target, the diff against it. */
function diffReport(car, diff, target) {
    const what = car.project?.code ?? car.integrations.map(i => `${i.code}|${i.version}`).join(', ');
    const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`;
    const needs = diff.connections.filter(c => c.needsConfiguration).map(c => c.id);
    return {
        title: `OIC archive ${what} (${car.deployment ? `deployment ${car.deployment}` : KIND[car.kind]})`,
        status: diff.missingConnections.length ? 'warning' : 'planned',
        statusLine: target
            ? `Against ${target}: the project ${diff.projectExists ? 'exists' : 'is new'}; ${counts}.`
            : `${car.integrations.length} integration(s), ${car.connections.length} connection(s), ${car.lookups.length} lookup(s), ${car.libraries.length} librar${car.libraries.length === 1 ? 'y' : 'ies'}, ${car.entries} entries (${car.uncompressedBytes} bytes).`,
        table: { headers: DIFF_HEADERS, rows: diffRows(diff) },
        notes: [
            ...missingConnectionNotes(diff, target ?? 'the target'),
            ...(needs.length
                ? [`Connections that need their credentials configured after the import: ${needs.join(', ')}.`]
                : []),
            ...contentNotes(car, diff)
        ]
    };
}


/***/ }),

/***/ 88351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ diffArchive),
/* harmony export */   z: () => (/* binding */ externalConnections)
/* harmony export */ });
const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
const ref = (r) => `${r.code}|${r.version}`;
function integrationRows(car, target, ifExists) {
    const byCode = new Map();
    for (const i of target.integrations)
        byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);
    const gate = (conflict) => {
        if (!target.exists)
            return 'ok';
        if (ifExists === 'fail')
            return '409';
        if (ifExists === 'skip')
            return 'skipped';
        return conflict ? '412' : 'ok';
    };
    const shown = (there, fallback) => (there.find(t => ACTIVE.has(String(t.status))) ?? fallback)?.status;
    const rows = car.integrations.map(i => {
        const there = byCode.get(i.code) ?? [];
        return {
            code: i.code,
            version: i.version,
            targetVersions: there.map(t => t.version),
            targetStatus: shown(there, there[there.length - 1]),
            change: there.length === 0
                ? 'added'
                : there.some(t => t.version === i.version)
                    ? 'unchanged'
                    : 'version changed',
            importable: gate(there.some(t => ACTIVE.has(String(t.status)) || t.lockedFlag === true)),
            scheduled: i.scheduled
        };
    });
    const inArchive = new Set(car.integrations.map(i => i.code));
    for (const [code, there] of byCode) {
        if (inArchive.has(code))
            continue;
        rows.push({
            code,
            version: '',
            targetVersions: there.map(t => t.version),
            targetStatus: shown(there, there[0]),
            change: 'only in target',
            importable: gate(false),
            scheduled: false
        });
    }
    return rows;
}
/** Connections the integrations depend on that the archive does not hold, with the integrations that use them. */
function externalConnections(car) {
    const held = new Set(car.connections.map(c => c.code));
    const out = new Map();
    for (const i of car.integrations)
        for (const c of i.dependencies.connections)
            if (!held.has(c))
                out.set(c, [...(out.get(c) ?? []), ref(i)]);
    return out;
}
function dependencyRows(car, target) {
    return [...externalConnections(car)].map(([id, integrations]) => {
        const found = target.connections.some(c => c.id === id)
            ? 'target project'
            : target.instanceConnections?.some(c => c.id === id)
                ? 'target instance'
                : target.instanceConnections
                    ? 'missing'
                    : 'unknown';
        return { id, integrations, found };
    });
}
function assetRows(car, target) {
    const lookups = car.lookups.map((l) => ({
        id: l.name,
        change: !target.lookups ? 'unknown' : target.lookups.some(t => t.name === l.name) ? 'replaced' : 'added'
    }));
    const libraries = car.libraries.map((l) => {
        const there = target.libraries?.filter(t => t.code === l.code);
        return {
            id: ref(l),
            change: !there
                ? 'unknown'
                : there.length === 0
                    ? 'added'
                    : there.some(t => t.version === l.version)
                        ? 'unchanged'
                        : 'version changed'
        };
    });
    return { lookups, libraries };
}
/** Computes the diff for an import with `ifExists`, given the connection ids the connections file configures. */
function diffArchive(car, target, ifExists, configured = new Set()) {
    const integrations = integrationRows(car, target, ifExists);
    const connections = car.connections.map(c => ({
        id: c.code,
        adapterType: c.adapterType,
        securityPolicy: c.securityPolicy,
        targetStatus: target.connections.find(t => t.id === c.code)?.status,
        configuredByFile: configured.has(c.code),
        needsConfiguration: !configured.has(c.code)
    }));
    const externals = dependencyRows(car, target);
    const counts = { added: 0, 'version changed': 0, unchanged: 0, 'only in target': 0 };
    for (const row of integrations)
        counts[row.change]++;
    return {
        projectExists: target.exists,
        integrations,
        connections,
        externalConnections: externals,
        missingConnections: externals.filter(e => e.found === 'missing'),
        scheduled: car.integrations.filter(i => i.scheduled).map(ref),
        ...assetRows(car, target),
        counts
    };
}


/***/ }),

/***/ 58628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hm: () => (/* binding */ activateIntegrations),
  cn: () => (/* binding */ deactivateIntegrations),
  SS: () => (/* binding */ describeOutcome)
});

// UNUSED EXPORTS: ACTIVATION_FINAL, UNCONFIRMED_POLLS

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/poll.ts
var poll = __webpack_require__(88822);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
;// CONCATENATED MODULE: ./src/core/oic/activation-errors.ts
/**
 * Why an activation failed: `GET …/integrations/{CODE%7CVERSION}/activationErrors` (Oracle: "Retrieve Integration
 * Activation Errors" and "… in a Project"; schema IntegrationActivationErrorRs: `code`, `version`, `hasErrors`,
 * `errorMessage`, `shortSummaryMessage`; 404, 412, 500). Contract K5.
 */



/** Longest activation error text carried into a one-line failure message. */
const MAX_TEXT = 500;
/** The text of an {@link ActivationErrors} answer, on one line, or undefined when it says nothing. */
function activationErrorText(body) {
    if (!body || typeof body !== 'object')
        return undefined;
    const pick = (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
    const text = pick(body.errorMessage) || pick(body.shortSummaryMessage);
    if (!text)
        return undefined;
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
/**
 * Reads the activation errors of a version; never throws: when the resource is missing (OIC 2 documents another
 * answer) or unreadable, the reason is undefined and the caller reports the status alone.
 */
async function readActivationErrors(client, project, code, version, log) {
    try {
        const body = await (0,api/* getJson */.Tt)(client, (0,integrations/* integrationsPath */.tm)(project, (0,api/* integrationId */.cr)(code, version), 'activationErrors'), `activation errors of ${code}|${version}`);
        return activationErrorText(body);
    }
    catch (error) {
        log?.(`The activation errors of ${code}|${version} could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/oic/activation.ts
/**
 * Activating and deactivating integration versions and waiting for the outcome (contract §7.2–7.3 with K5). After
 * an activation request, CONFIGURED means "activation has not yet started" (Oracle, Retrieve Integration
 * Activation Status), not a failure: only ACTIVATED and FAILEDACTIVATION are final, and a FAILEDACTIVATION is
 * explained by `…/activationErrors`. An activation POST is never repeated blindly: when its answer is lost, the
 * status is watched, and the request is sent once more only if the status stays CONFIGURED for
 * {@link UNCONFIRMED_POLLS} polls.
 */




/** Final statuses of an activation (K5: CONFIGURED is not one of them — it means "not started yet"). */
const ACTIVATION_FINAL = new Set(['ACTIVATED', 'FAILEDACTIVATION']);
/** CONFIGURED polls after a lost answer before the activation request is sent once more. */
const UNCONFIRMED_POLLS = 3;
const key = (r) => `${r.code}|${r.version}`;
const isLost = (error) => error instanceof errors/* OicHttpError */.sZ && (error.status === 0 || error.status >= 500);
const isRefused = (error) => error instanceof errors/* OicHttpError */.sZ && error.status === 412;
/** Sends the activation request; a lost answer yields an unconfirmed watch, a refusal is settled by the status. */
async function request(client, project, ref, deps, resend) {
    try {
        await (0,integrations/* setIntegrationStatus */.nJ)(client, project, ref.code, ref.version, 'ACTIVATED');
        deps.log(`Activation of ${key(ref)} ${resend ? 'sent once more' : 'requested'}`);
        return { ref, status: 'ACTIVATION_INPROGRESS', unconfirmed: false, configuredPolls: 0 };
    }
    catch (error) {
        if (!isLost(error) && !isRefused(error))
            throw (0,errors/* withContext */.eQ)(`Could not activate ${key(ref)}`, error);
        const after = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
        if (after === 'ACTIVATED' || after === 'ACTIVATION_INPROGRESS') {
            deps.log(`Activation of ${key(ref)}: ${error.message}; status is ${after}, so it was not sent again`);
            return { ref, status: after, unconfirmed: false, configuredPolls: 0 };
        }
        // A refused resend: the first request may be waiting to start (CONFIGURED); keep watching, never send a third.
        if (isLost(error) || resend) {
            deps.log(`Activation of ${key(ref)}: ${error.message}; status is ${after}, which may mean "not started yet", so it is watched${resend ? '' : ' before sending it again'}`);
            return { ref, status: after, unconfirmed: !resend, configuredPolls: 0 };
        }
        throw (0,errors/* withContext */.eQ)(`Could not activate ${key(ref)}`, error);
    }
}
/** Sends the activation unless already active or activating; returns the watch, or the outcome when already active. */
async function start(client, project, ref, deps) {
    const before = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
    if (before === 'ACTIVATED')
        return { ...ref, status: 'ACTIVATED', alreadyActive: true };
    if (before === 'ACTIVATION_INPROGRESS')
        return { ref, status: before, unconfirmed: false, configuredPolls: 0 };
    return request(client, project, ref, deps, false);
}
/** One status poll of a watch; an unconfirmed request that stays CONFIGURED long enough is sent once more. */
async function check(client, project, w, deps) {
    const status = await (0,integrations/* getActivationStatus */.Jy)(client, project, w.ref.code, w.ref.version);
    if (!w.unconfirmed || status !== 'CONFIGURED')
        return { ...w, status, unconfirmed: w.unconfirmed && status === 'CONFIGURED' };
    const configuredPolls = w.configuredPolls + 1;
    if (configuredPolls < UNCONFIRMED_POLLS)
        return { ...w, status, configuredPolls };
    deps.log(`Activation of ${key(w.ref)}: still CONFIGURED after ${configuredPolls} polls: the lost request never arrived, so it is sent once more`);
    return request(client, project, w.ref, deps, true);
}
/** The outcome of a watch; a FAILEDACTIVATION carries the text of its activation errors. */
async function outcomeOf(client, project, w, deps) {
    if (w.status === 'ACTIVATED')
        return { ...w.ref, status: 'ACTIVATED' };
    if (w.status !== 'FAILEDACTIVATION')
        return { ...w.ref, status: 'TIMEOUT', lastStatus: w.status };
    const error = await readActivationErrors(client, project, w.ref.code, w.ref.version, deps.log);
    return { ...w.ref, status: 'FAILEDACTIVATION', ...(error ? { error } : {}) };
}
/** Activates `refs` in order, then waits for all of them until `timeoutMs`. */
async function activateIntegrations(client, project, refs, timeoutMs, deps) {
    const outcomes = new Map();
    const watches = new Map();
    for (const ref of refs) {
        const started = await start(client, project, ref, deps);
        if ('ref' in started)
            watches.set(key(ref), started);
        else
            outcomes.set(key(ref), started);
    }
    const result = await (0,poll/* poll */.w)({
        check: async () => {
            for (const [id, w] of watches)
                if (!ACTIVATION_FINAL.has(w.status))
                    watches.set(id, await check(client, project, w, deps));
            return watches;
        },
        done: ws => [...ws.values()].every(w => ACTIVATION_FINAL.has(w.status)),
        timeoutMs,
        sleep: deps.sleep,
        now: deps.now,
        initialDelayMs: 500,
        maxDelayMs: 8000
    });
    for (const [id, w] of result.state)
        outcomes.set(id, await outcomeOf(client, project, w, deps));
    return refs.map(ref => outcomes.get(key(ref)));
}
/** One line per activation that did not end ACTIVATED: the status and why (activation errors, never started). */
function describeOutcome(o) {
    const id = key(o);
    if (o.status === 'FAILEDACTIVATION')
        return `${id} (FAILEDACTIVATION${o.error ? `: ${o.error}` : ''})`;
    if (o.status === 'TIMEOUT')
        return `${id} (TIMEOUT, ${o.lastStatus === 'CONFIGURED' ? 'still CONFIGURED: the activation never started' : `last status ${o.lastStatus ?? 'unknown'}`})`;
    return `${id} (${o.status})`;
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


/***/ }),

/***/ 48256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XA: () => (/* binding */ getConnection),
/* harmony export */   fX: () => (/* binding */ uploadConnectionAttachment),
/* harmony export */   rN: () => (/* binding */ testConnection),
/* harmony export */   yM: () => (/* binding */ updateConnection),
/* harmony export */   yb: () => (/* binding */ listConnections)
/* harmony export */ });
/* unused harmony exports connectionsPath, deleteConnection */
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);


/** Where connections live: inside a project, or global when `project` is undefined. */
const connectionsPath = (project, ...rest) => project ? (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPath */ .So)('projects', project, 'connections', ...rest) : (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPath */ .So)('connections', ...rest);
const where = (project) => (project ? ` in ${project}` : '');
/** Every connection of a project (or global ones). */
const listConnections = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .listAll */ ._w)(client, connectionsPath(project), `list connections${where(project)}`, options);
/** `GET …/connections/{c}`. */
const getConnection = (client, project, id) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(client, connectionsPath(project, id), `get connection ${id}${where(project)}`);
/** Update = POST + `X-HTTP-Method-Override: PATCH`; applying the same values twice is harmless, so it may repeat. */
async function updateConnection(client, project, id, update) {
    return (await client.json({
        method: 'POST',
        path: connectionsPath(project, id),
        headers: { 'x-http-method-override': 'PATCH' },
        json: update,
        safeToRetry: true,
        label: `configure connection ${id}`
    })).body;
}
/**
 * `POST …/connections/{c}/test` with no request body (contract K11: "There's no request body for this operation").
 * A test changes nothing, so it may be repeated. A failed test may answer 200 with a `status` other than SUCCESS or
 * an HTTP error (409 not configured, 412 locked, others): callers treat both as a failed test.
 */
async function testConnection(client, project, id) {
    const res = await client.json({
        method: 'POST',
        path: connectionsPath(project, id, 'test'),
        safeToRetry: true,
        label: `test connection ${id}`
    });
    return res.body ?? {};
}
/** `DELETE …/connections/{c}`. */
async function deleteConnection(client, project, id) {
    await client.json({
        method: 'DELETE',
        path: connectionsPath(project, id),
        label: `delete connection ${id}`
    });
}
/** Uploads a file property (e.g. a private key or WSDL): `POST …/connections/{c}/attachments/{property}`. */
async function uploadConnectionAttachment(client, project, id, propertyName, file) {
    await client.json({
        method: 'POST',
        path: connectionsPath(project, id, 'attachments', propertyName),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_0__/* .multipart */ .f)([{ name: 'file', file }]),
        safeToRetry: true,
        label: `upload ${propertyName} of connection ${id}`
    });
}


/***/ }),

/***/ 81858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ getActivationStatus),
/* harmony export */   iB: () => (/* binding */ listIntegrations),
/* harmony export */   nJ: () => (/* binding */ setIntegrationStatus),
/* harmony export */   qo: () => (/* binding */ deleteIntegration),
/* harmony export */   tm: () => (/* binding */ integrationsPath)
/* harmony export */ });
/* unused harmony exports getIntegration, importIntegration */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93993);
/** Integrations in a project or global (contract §3.4, §7): list, get, activate/deactivate, status, delete, import. */



/** Where integrations live: inside a project, or global when `project` is undefined. */
const integrationsPath = (project, ...rest) => project ? (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('projects', project, 'integrations', ...rest) : (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('integrations', ...rest);
const label = (code, version) => `${code}|${version}`;
/** Every integration of a project (or global ones). */
const listIntegrations = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._w)(client, integrationsPath(project), `list integrations${project ? ` in ${project}` : ''}`, options);
/** `GET …/integrations/{CODE%7CVERSION}`. */
const getIntegration = (client, project, code, version) => getJson(client, integrationsPath(project, integrationId(code, version)), `get integration ${label(code, version)}`);
/**
 * Activates (`ACTIVATED`) or deactivates (`CONFIGURED`) a version: POST + `X-HTTP-Method-Override: PATCH`.
 * Never repeated blindly: a lost answer is settled by reading the activation status.
 */
async function setIntegrationStatus(client, project, code, version, status) {
    return (await client.json({
        method: 'POST',
        path: integrationsPath(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)),
        query: { enableAsyncActivationMode: status === 'ACTIVATED' ? true : undefined },
        headers: { 'x-http-method-override': 'PATCH' },
        json: { status },
        safeToRetry: false,
        label: `${status === 'ACTIVATED' ? 'activate' : 'deactivate'} ${label(code, version)}`
    })).body;
}
/** `GET …/integrations/{id}/activationStatus`. */
async function getActivationStatus(client, project, code, version) {
    const body = await (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .getJson */ .Tt)(client, integrationsPath(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version), 'activationStatus'), `activation status of ${label(code, version)}`);
    return body?.activationStatus ?? 'UNKNOWN';
}
/** `DELETE …/integrations/{id}` (a version). */
async function deleteIntegration(client, project, code, version) {
    await client.json({
        method: 'DELETE',
        path: integrationsPath(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)),
        label: `delete ${label(code, version)}`
    });
}
/** Imports an `.iar` (add: POST …/integrations/archive, 204 + Location). */
async function importIntegration(client, project, file) {
    const res = await client.json({
        method: 'POST',
        path: integrationsPath(project, 'archive'),
        multipart: multipart([
            { name: 'file', file },
            { name: 'type', value: 'application/octet-stream' }
        ]),
        safeToRetry: false,
        label: `import integration archive ${basename(file)}`
    });
    return res.headers.location;
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
