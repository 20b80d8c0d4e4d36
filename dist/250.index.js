export const id = 250;
export const ids = [250];
export const modules = {

/***/ 40671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ readDeploymentConfig)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24028);
/* harmony import */ var _core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44543);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84352);
/**
 * The deployment configuration file (YAML or JSON): `code`, `name`, `description`, `integrations`, and optionally
 * `robots`, `decisions`, `b2b-trading-partners`. Every error names the file and line.
 */





const KEYS = ['code', 'name', 'description', 'integrations', 'robots', 'decisions', 'b2b-trading-partners'];
function text(doc, node, key) {
    const value = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(node);
    if (value === undefined || value.trim() === '')
        throw doc.error(`'${key}' must be a non-empty string.`, node, `Give '${key}' a text value.`);
    return value.trim();
}
function refs(doc, node, key, idKey) {
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node))
        throw doc.error(`'${key}' must be a list of {${idKey}, version}.`, node, `Make '${key}' a list of {${idKey}, version}.`);
    return (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .seqItems */ .Sg)(node).map(item => {
        const fields = Object.fromEntries((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .mapEntries */ .Nn)(item).map(([k, v]) => [k, v]));
        const id = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(fields[idKey]);
        const version = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(fields.version);
        if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item) || !id || !version || !(0,_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .isVersion */ .lF)(version)) {
            throw doc.error(`each entry of '${key}' needs ${idKey} and a version NN.NN.NNNN.`, item, `Give the entry ${idKey} and version (e.g. 01.00.0000).`);
        }
        return { [idKey]: id, version };
    });
}
/** Reads and validates a deployment configuration file. */
function readDeploymentConfig(path, shownAs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path)) {
    const doc = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .kv)(path, shownAs, 'config-file');
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.root))
        throw doc.error('expected a mapping with code, name, description and integrations.', doc.root, 'Write the file as a mapping: code, name, description, integrations.');
    const fields = new Map();
    for (const [key, value, keyNode] of (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .mapEntries */ .Nn)(doc.root)) {
        if (!KEYS.includes(key))
            throw doc.error(`unknown key '${key}' (expected ${KEYS.join(', ')}).`, keyNode, `Remove or rename '${key}'.`);
        fields.set(key, value);
    }
    if (!fields.has('code'))
        throw doc.error("'code' (the deployment code) is required.", doc.root, "Add 'code: <deployment code>'.");
    const integrationsNode = fields.get('integrations') ?? null;
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(integrationsNode) || integrationsNode.items.length === 0) {
        throw doc.error("'integrations' must be a non-empty list of CODE|VERSION, CODE, * or {code, version}.", integrationsNode ?? doc.root, "List the integrations under 'integrations:' (CODE|VERSION, CODE, * or {code, version}).");
    }
    const integrations = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .seqItems */ .Sg)(integrationsNode).map(item => {
        const location = { file: shownAs, line: doc.line(item) };
        if ((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item)) {
            const f = Object.fromEntries((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .mapEntries */ .Nn)(item).map(([k, v]) => [k, (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(v)]));
            if (!f.code)
                throw doc.error('an integration entry needs a code.', item, 'Add code: <integration code>.');
            return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSpec */ .F)(f.version ? (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(f.code, f.version) : f.code, { location });
        }
        const value = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarText */ .ws)(item);
        if (!value)
            throw doc.error('an integration entry must be CODE|VERSION, CODE or *.', item, 'Write the entry as CODE|VERSION, CODE or *.');
        return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSpec */ .F)(value, { location });
    });
    const optionalText = (key) => fields.has(key) ? text(doc, fields.get(key) ?? null, key) : undefined;
    return {
        code: text(doc, fields.get('code') ?? null, 'code'),
        name: optionalText('name'),
        description: optionalText('description'),
        integrations,
        robots: fields.has('robots') ? refs(doc, fields.get('robots') ?? null, 'robots', 'identifier') : [],
        decisions: fields.has('decisions')
            ? refs(doc, fields.get('decisions') ?? null, 'decisions', 'identifier')
            : [],
        b2bTradingPartners: fields.has('b2b-trading-partners')
            ? refs(doc, fields.get('b2b-trading-partners') ?? null, 'b2b-trading-partners', 'code')
            : []
    };
}


/***/ }),

/***/ 84352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ parseSpec),
/* harmony export */   k: () => (/* binding */ resolveIntegrations)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_versions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24028);
/** Resolving requested integrations (`CODE|VERSION`, `CODE`, `*`) against what a project holds. */



/** Parses `CODE|VERSION`, `CODE` or `*`; a malformed entry is an input error at its input or file line. */
function parseSpec(text, where) {
    const value = text.trim();
    if (value === '*')
        return { kind: 'all', text: value, ...where };
    const [code, version, extra] = value.split('|').map(s => s.trim());
    const fail = (why) => {
        const { location } = where;
        const input = where.input ?? (location ? 'config-file' : 'integrations');
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(location ? why : `Input '${input}': ${why}`, {
            input,
            // A file's entry is named by its line; the value is the input's, the file.
            value: location ? location.file : value,
            fix: 'Write the entry as CODE|VERSION (e.g. ORDER_SYNC|01.00.0000), CODE (its newest version) or *.',
            location
        });
    };
    if (!code || !/^[A-Z0-9_][A-Z0-9_-]*$/i.test(code) || extra !== undefined) {
        fail(`'${value}' is not CODE|VERSION, CODE or * (e.g. ORDER_SYNC|01.00.0000).`);
    }
    if (version === undefined)
        return { kind: 'newest', code: code, text: value, ...where };
    if (!(0,_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .isVersion */ .lF)(version))
        fail(`'${value}' has version '${version}', expected NN.NN.NNNN (e.g. 01.00.0000).`);
    return { kind: 'exact', code: code, version: version, text: value, ...where };
}
function locate(spec) {
    if (spec.location)
        return `${spec.location.file}${spec.location.line ? `:${spec.location.line}` : ''}: `;
    return `Input '${spec.input ?? 'integrations'}': `;
}
/** Resolves specs against the project's integrations; unknown codes/versions and duplicates are user errors. */
function resolveIntegrations(specs, available, project) {
    const newest = (0,_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .newestByCode */ .Nx)(available);
    const versions = (code) => available
        .filter(i => i.code === code)
        .map(i => i.version)
        .sort(_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_2__/* .compareVersions */ .Zy)
        .join(', ');
    const chosen = new Map();
    const add = (ref, spec) => {
        const seen = chosen.get(ref.code);
        if (seen && seen.version !== ref.version) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${locate(spec)}integration ${ref.code} is requested twice with different versions (${seen.version} as '${seen.requestedAs}', ${ref.version} as '${ref.requestedAs}'); a deployment holds one version per integration.`, { input: spec.input, location: spec.location });
        }
        if (!seen)
            chosen.set(ref.code, ref);
    };
    for (const spec of specs) {
        if (spec.kind === 'all') {
            for (const ref of newest.values())
                add({ code: ref.code, version: ref.version, requestedAs: '*' }, spec);
            continue;
        }
        if (!newest.has(spec.code)) {
            const known = [...newest.keys()].sort().join(', ') || 'none';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${locate(spec)}integration ${spec.code} is not in project ${project} (integrations there: ${known}).`, {
                input: spec.input,
                location: spec.location
            });
        }
        if (spec.kind === 'newest') {
            const ref = newest.get(spec.code);
            add({ code: ref.code, version: ref.version, requestedAs: spec.text }, spec);
        }
        else {
            if (!available.some(i => i.code === spec.code && i.version === spec.version)) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${locate(spec)}integration ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(spec)} is not in project ${project} (versions there: ${versions(spec.code)}).`, { input: spec.input, location: spec.location });
            }
            add({ code: spec.code, version: spec.version, requestedAs: spec.text }, spec);
        }
    }
    return [...chosen.values()];
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
            const filename = part.filename ?? ('file' in part ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(part.file) : part.name);
            pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(part.name)}"; filename="${quoted(filename)}"\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}\r\n\r\n`), 'file' in part ? { file: part.file, size: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(part.file).size } : part.content, Buffer.from('\r\n'));
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
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   yl: () => (/* binding */ qFilter)
/* harmony export */ });
/* unused harmony exports qValue, listPage */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26214);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _page_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19226);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95364);
/** Shared pieces of the OIC REST wrappers: paths, id encoding, the collection envelope and paging. */




/** Page size used when walking a whole collection. */
const PAGE_SIZE = 100;
/** An API path below `/ic/api/integration/v1`, each segment URL-encoded (`CODE|VER` → `CODE%7CVER`). */
function apiPath(...segments) {
    for (const segment of segments) {
        // Encoding keeps '.' and '..', and URL resolution removes them: `errors/./resubmit` would become the bulk call.
        if (segment === '.' || segment === '..' || segment === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Refusing the id ${JSON.stringify(segment)} in an OIC API path: it would address another resource.`);
    }
    return `${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .OIC_API_BASE */ .dT}/${segments.map(s => encodeURIComponent(s)).join('/')}`;
}
function integrationId(codeOrRef, version) {
    const ref = typeof codeOrRef === 'string' ? { code: codeOrRef, version: version ?? '' } : codeOrRef;
    return `${ref.code}|${ref.version}`;
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
    return (0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkBody */ .ll)((await client.json({ method: 'GET', path, query, label })).body, label);
}
/** One page of a collection. */
async function listPage(client, path, label, options = {}) {
    const { extra, ...list } = options;
    return ((0,_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .checkCollection */ .nS)(await getJson(client, path, label, { ...list, ...extra }), label) ?? {});
}
/**
 * Every item of a collection, page by page (stops on an empty page even if the server claims more). A collection
 * without `hasMore` — the deployments list answers `items` only (test/fixtures/oracle/deployments-list.json, source
 * PM) — is read by offset until a page is not full; a page larger than asked means the server ignores `limit`
 * (all at once), and a page that starts with the previous page's first item means it ignores `offset`. An item
 * seen on an earlier page is not listed twice; a page that announces more but brings nothing new, or the page cap
 * (`maxPages` of the client's limits), ends the walk with one line ({@link PageGuard}).
 */
async function listAll(client, path, label, options = {}) {
    const { pageSize = PAGE_SIZE, ...rest } = options;
    const all = [];
    const guard = new _page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .PageGuard */ .f(label, (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .maxPagesOf */ .A)(client));
    let first;
    for (let offset = 0;;) {
        const page = await listPage(client, path, label, { ...rest, offset, limit: pageSize });
        const items = page.items ?? [];
        if (items.length === 0)
            return all;
        if (page.hasMore === undefined) {
            const head = JSON.stringify(items[0]);
            if (offset > 0 && head === first)
                return all;
            first = head;
        }
        const added = guard.fresh(items);
        all.push(...added);
        const more = page.hasMore ?? items.length === pageSize;
        if (!more)
            return all;
        guard.check(added.length, offset);
        offset += items.length;
    }
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

/***/ 81858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ getActivationStatus),
/* harmony export */   a7: () => (/* binding */ importIntegration),
/* harmony export */   iB: () => (/* binding */ listIntegrations),
/* harmony export */   nJ: () => (/* binding */ setIntegrationStatus),
/* harmony export */   qo: () => (/* binding */ deleteIntegration),
/* harmony export */   rg: () => (/* binding */ getIntegration),
/* harmony export */   tm: () => (/* binding */ integrationsPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93993);
/** Integrations in a project or global (contract §3.4, §7): list, get, activate/deactivate, status, delete, import. */



/** Where integrations live: inside a project, or global when `project` is undefined. */
const integrationsPath = (project, ...rest) => project ? (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('projects', project, 'integrations', ...rest) : (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('integrations', ...rest);
/** Every integration of a project (or global ones). */
const listIntegrations = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._w)(client, integrationsPath(project), `list integrations${project ? ` in ${project}` : ''}`, options);
/** `GET …/integrations/{CODE%7CVERSION}`. */
const getIntegration = (client, project, code, version) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .getJson */ .Tt)(client, integrationsPath(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)), `get integration ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)}`);
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
        label: `${status === 'ACTIVATED' ? 'activate' : 'deactivate'} ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)}`
    })).body;
}
/** `GET …/integrations/{id}/activationStatus`. */
async function getActivationStatus(client, project, code, version) {
    const body = await (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .getJson */ .Tt)(client, integrationsPath(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version), 'activationStatus'), `activation status of ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)}`);
    return body?.activationStatus ?? 'UNKNOWN';
}
/** `DELETE …/integrations/{id}` (a version). */
async function deleteIntegration(client, project, code, version) {
    await client.json({
        method: 'DELETE',
        path: integrationsPath(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)),
        label: `delete ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(code, version)}`
    });
}
/** Imports an `.iar` (add: POST …/integrations/archive, 204 + Location). */
async function importIntegration(client, project, file) {
    const res = await client.json({
        method: 'POST',
        path: integrationsPath(project, 'archive'),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_1__/* .multipart */ .f)([
            { name: 'file', file },
            { name: 'type', value: 'application/octet-stream' }
        ]),
        safeToRetry: false,
        label: `import integration archive ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)}`
    });
    return res.headers.location;
}


/***/ }),

/***/ 19226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ maxPagesOf),
/* harmony export */   f: () => (/* binding */ PageGuard)
/* harmony export */ });
/* harmony import */ var _http_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66502);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95364);
/**
 * The bounds of a collection walk, whatever the server claims: a page that brings no item not seen before ends it
 * (the server ignores `offset` or repeats itself), and so does the page cap. Either ends the step with one line
 * naming what the server did, instead of drawing requests until the job times out.
 */


/** The page cap of `client` (its `limits.maxPages`; {@link MAX_PAGES} for a stand-in without limits). */
function maxPagesOf(client) {
    return client.limits?.maxPages ?? _http_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_PAGES */ .Y0;
}
/** The identity of an item: its `id` when it has one, else its whole JSON text. */
function identity(item) {
    const id = item?.id;
    return typeof id === 'string' || typeof id === 'number' ? `id:${id}` : `json:${JSON.stringify(item)}`;
}
/** Tracks the pages of one walk. */
class PageGuard {
    label;
    maxPages;
    seen = new Set();
    pages = 0;
    /**
     * @param label     what is being listed, e.g. `list integrations in SALES`
     * @param maxPages  the page cap
     */
    constructor(label, maxPages) {
        this.label = label;
        this.maxPages = maxPages;
    }
    /** Items of `items` not seen before in this walk (repeats are dropped). */
    fresh(items) {
        this.pages++;
        const out = [];
        for (const item of items) {
            const key = identity(item);
            if (this.seen.has(key))
                continue;
            this.seen.add(key);
            out.push(item);
        }
        return out;
    }
    /**
     * Checks a page after which the server announces more: throws when it brought nothing new or the cap is reached.
     * @param added  items of the page not seen before
     * @param offset the offset the page was asked at
     */
    check(added, offset) {
        if (added === 0) {
            throw new _shape_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswerError */ .qx(`${this.label}: the server answered page ${this.pages} (offset ${offset}) with only items it had already sent and announced more (it ignores 'offset' or repeats itself); stopped after ${this.pages} requests.`);
        }
        if (this.pages >= this.maxPages) {
            throw new _shape_js__WEBPACK_IMPORTED_MODULE_0__/* .UnexpectedAnswerError */ .qx(`${this.label}: the server still announced more after ${this.pages} pages (${this.seen.size} distinct items), the most one list reads; stopped at that page cap.`);
        }
    }
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

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ settleLostWrite),
/* harmony export */   Xc: () => (/* binding */ lostAnswerLine),
/* harmony export */   lM: () => (/* binding */ answerLost)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * A request that must not be repeated — it creates, imports, activates or resubmits — is sent once. When its answer
 * is lost ({@link answerLost}), whether it took effect is settled by reading the state back, never by sending it
 * again: {@link settleLostWrite} is that one protocol, the caller's read-back says what the state shows.
 */

/**
 * True when a request may have taken effect although its answer never came: no answer at all (status 0: a network
 * failure or reset after sending, the deadline, an answer too large or too broken to read) or a server or gateway
 * failure (5xx: a 502, 503 or 504 from a gateway may stand in front of a service that did the work). Any other
 * status is the service's refusal: nothing happened.
 */
function answerLost(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicHttpError */ .sZ && (error.status === 0 || error.status >= 500);
}
/**
 * Sends `write` once. A lost answer (or a failure `alsoSettle` names) is settled by `readBack`; any other failure,
 * a read-back that shows nothing happened, and a read-back that fails itself end in one error that keeps the
 * write's own failure (its class, status and cause) and says `Could not <what>`.
 */
async function settleLostWrite(write) {
    let error;
    try {
        return { answered: true, answer: await write.send() };
    }
    catch (failure) {
        const settles = answerLost(failure) || (failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicHttpError */ .sZ && write.alsoSettle?.(failure) === true);
        if (!settles)
            throw write.refused?.(failure) ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not ${write.what}`, failure);
        error = failure;
    }
    let state;
    try {
        state = await write.readBack(error);
    }
    catch (readError) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not ${write.what} (the state could not be read back to settle it: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(readError)})`, error);
    }
    if (state === undefined)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not ${write.what}`, error);
    return { answered: false, error, state };
}
/** The one line of a lost answer settled by the state: `The answer to <what> was lost (<error>); <verdict>`. */
function lostAnswerLine(what, error, verdict) {
    return `The answer to ${what} was lost (${error.message}); ${verdict}`;
}


/***/ }),

/***/ 44543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ readSection),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   Sg: () => (/* binding */ seqItems),
/* harmony export */   jh: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_1__.jh),
/* harmony export */   jn: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_1__.jn),
/* harmony export */   kv: () => (/* binding */ readYamlFile),
/* harmony export */   oP: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_1__.oP),
/* harmony export */   pA: () => (/* binding */ knownFields),
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
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`Input '${input}': file '${shownAs}' does not exist.`, {
            input,
            value: shownAs,
            fix: `Check ${input}: a path relative to the workspace, or absolute.`
        });
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), {
        lineCounter: counter,
        prettyErrors: false,
        // The parser's own check compares each key with every earlier one (40,000 keys took 47 s): a Set does it below.
        uniqueKeys: false
    });
    const lineOf = (offset) => offset === undefined ? undefined : counter.linePos(offset).line;
    const located = {
        file: shownAs,
        root: doc.contents,
        line: node => lineOf(node?.range?.[0]),
        error: (message, node, fix) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(message, {
            input,
            value: shownAs,
            fix,
            location: { file: shownAs, line: located.line(node) }
        })
    };
    const first = doc.errors[0];
    const where = first ? first.pos[0] : duplicateKey(doc.contents);
    if (where !== undefined) {
        const line = lineOf(where);
        const what = first ? first.message.split('\n')[0] : 'Map keys must be unique';
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`invalid YAML: ${what}`, {
            input,
            value: shownAs,
            fix: `Correct the YAML syntax of ${shownAs}${line ? ` at line ${line}` : ''}.`,
            location: { file: shownAs, line }
        });
    }
    return located;
}
/** The offset of the first scalar key that repeats an earlier key of its mapping, in linear time. */
function duplicateKey(root) {
    let found;
    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(root, {
        Map: (_, map) => {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
                    continue;
                if (seen.has(pair.key.value)) {
                    found = pair.key.range?.[0] ?? 0;
                    return yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR.BREAK;
                }
                seen.add(pair.key.value);
            }
            return undefined;
        }
    });
    return found;
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

/**
 * The entries of the top-level section `name` (a mapping of names to settings), each read by `read`; none when the
 * file has no such section. A section that is not a mapping is an error at its line, with `shape` as the fix.
 */
function readSection(doc, top, name, describe, read) {
    const entry = top.find(([k]) => k === name);
    if (!entry)
        return [];
    const [, value, keyNode] = entry;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(value))
        throw doc.error(`'${name}' must map ${describe.what}.`, value ?? keyNode, `Write '${name}:' as ${describe.shape}.`);
    return mapEntries(value).map(([entryName, v, k]) => read(entryName, v, k));
}
/**
 * The fields of entry `label` (e.g. `connection ERP`), which must be a mapping of some of `keys`: anything else, or a
 * key not among them, is an error at its line.
 */
function knownFields(doc, label, node, keyNode, keys, hint = `Give ${label} some of ${keys.join(', ')}.`) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        throw doc.error(`${label} must be a mapping of ${keys.join(', ')}.`, node ?? keyNode, hint);
    const fields = new Map();
    for (const [key, value, k] of mapEntries(node)) {
        if (!keys.includes(key))
            throw doc.error(`unknown key '${key}' in ${label} (expected ${keys.join(', ')}).`, k, `Remove or rename '${key}'.`);
        fields.set(key, value);
    }
    return fields;
}


/***/ })

};
