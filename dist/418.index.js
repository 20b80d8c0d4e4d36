export const id = 418;
export const ids = [418];
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

/***/ 51462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oZ: () => (/* binding */ diffReport)
/* harmony export */ });
/* unused harmony exports DIFF_HEADERS, diffRows */
const IMPORTABLE = {
    ok: 'yes',
    '409': 'no: project exists (409) — set if-exists: replace',
    '412': 'after deactivation (412 while active or locked)',
    skipped: 'skipped (if-exists: skip)'
};
/** Headers of the diff table. */
const DIFF_HEADERS = ['Kind', 'Id', 'Archive', 'Target', 'Change', 'Importable'];
/** The diff table's rows. */
function diffRows(diff) {
    const rows = diff.integrations.map(i => [
        'integration',
        i.code,
        i.version || '—',
        i.targetVersions.length
            ? `${i.targetVersions.join(', ')}${i.targetStatus ? ` (${i.targetStatus})` : ''}`
            : '—',
        i.change,
        IMPORTABLE[i.importable] ?? i.importable
    ]);
    for (const c of diff.connections) {
        rows.push([
            'connection',
            c.id,
            'definition',
            c.targetStatus ?? '—',
            c.configuredByFile
                ? 'configured by connections-file'
                : c.needsConfiguration
                    ? 'needs configuration'
                    : 'kept',
            ''
        ]);
    }
    return rows;
}
/** A report of the archive's contents and, with a target, the diff against it. */
function diffReport(car, diff, target) {
    const project = car.project?.code ?? 'unknown project';
    const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`;
    const needs = diff.connections.filter(c => c.needsConfiguration).map(c => c.id);
    return {
        title: `OIC archive ${project}${car.label ? ` (deployment ${car.label})` : ''}`,
        status: 'planned',
        statusLine: target
            ? `Against ${target}: the project ${diff.projectExists ? 'exists' : 'is new'}; ${counts}.`
            : `${car.integrations.length} integration(s), ${car.connections.length} connection(s), ${car.lookups.length} lookup(s), ${car.libraries.length} librar${car.libraries.length === 1 ? 'y' : 'ies'}, ${car.entries} entries (${car.uncompressedBytes} bytes).`,
        table: { headers: DIFF_HEADERS, rows: diffRows(diff) },
        notes: [
            ...(car.deployments.length
                ? [`Deployments: ${car.deployments.map(d => `${d.code} (${d.integrations.length})`).join(', ')}.`]
                : []),
            ...(car.lookups.length ? [`Lookups: ${car.lookups.map(l => l.name).join(', ')}.`] : []),
            ...(car.libraries.length
                ? [`Libraries: ${car.libraries.map(l => `${l.code}|${l.version}`).join(', ')}.`]
                : []),
            ...(target && needs.length
                ? [`Connections that will need configuration after the import: ${needs.join(', ')}.`]
                : []),
            ...car.warnings.map(w => `Archive: ${w}.`)
        ]
    };
}


/***/ }),

/***/ 88351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ diffArchive)
/* harmony export */ });
const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
/** Computes the diff for an import with `ifExists`, given the ids the connections file configures. */
function diffArchive(car, target, ifExists, configured = new Set()) {
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
    const integrations = car.integrations.map(i => {
        const there = byCode.get(i.code) ?? [];
        const active = there.find(t => ACTIVE.has(String(t.status)));
        const change = there.length === 0
            ? 'added'
            : there.some(t => t.version === i.version)
                ? 'unchanged'
                : 'version changed';
        return {
            code: i.code,
            version: i.version,
            targetVersions: there.map(t => t.version),
            targetStatus: (active ?? there[there.length - 1])?.status,
            change,
            importable: gate(there.some(t => ACTIVE.has(String(t.status)) || t.lockedFlag === true))
        };
    });
    const inArchive = new Set(car.integrations.map(i => i.code));
    for (const [code, there] of byCode) {
        if (inArchive.has(code))
            continue;
        const active = there.find(t => ACTIVE.has(String(t.status)));
        integrations.push({
            code,
            version: '',
            targetVersions: there.map(t => t.version),
            targetStatus: (active ?? there[0])?.status,
            change: 'only in target',
            importable: gate(false)
        });
    }
    const connections = car.connections.map(c => {
        const there = target.connections.find(t => t.id === c.id);
        const configuredByFile = configured.has(c.id);
        return {
            id: c.id,
            targetStatus: there?.status,
            configuredByFile,
            needsConfiguration: !configuredByFile && there?.status !== 'CONFIGURED'
        };
    });
    const counts = { added: 0, 'version changed': 0, unchanged: 0, 'only in target': 0 };
    for (const row of integrations)
        counts[row.change]++;
    return { projectExists: target.exists, integrations, connections, counts };
}


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
/** `POST …/connections/{c}/test`: a test changes nothing, so it may be repeated. 409/412 surface as errors. */
async function testConnection(client, project, id) {
    const res = await client.json({
        method: 'POST',
        path: connectionsPath(project, id, 'test'),
        json: {},
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
/* harmony export */   qo: () => (/* binding */ deleteIntegration)
/* harmony export */ });
/* unused harmony exports integrationsPath, getIntegration, importIntegration */
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


/***/ })

};
