export const id = 775;
export const ids = [775];
export const modules = {

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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46752);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93993);
/** Projects ("Factory API", contract §3.1, §5): list, get, create, delete, export (.car) and import. */




const PROJECTS = (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects');
/** `GET /projects` (one page). */
const listProjects = (client, options) => listPage(client, PROJECTS, 'list projects', { ...options, extra: { type: options?.type } });
/** Every project. */
const listAllProjects = (client, q) => listAll(client, PROJECTS, 'list projects', { q });
/** `GET /projects/{p}`. */
const getProject = (client, code) => (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects', code), `get project ${code}`);
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
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects', request.code, 'archive'),
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
    const blob = await (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openAsBlob)(file, { type: 'application/octet-stream' });
    const res = await client.json({
        method: mode === 'add' ? 'POST' : 'PUT',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects', 'archive'),
        body: () => {
            const form = new undici__WEBPACK_IMPORTED_MODULE_2__.FormData();
            form.append('file', blob, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file));
            form.append('type', 'application/octet-stream');
            return form;
        },
        safeToRetry: false,
        label: `${mode === 'add' ? 'import' : 'replace'} project archive ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)}`
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
