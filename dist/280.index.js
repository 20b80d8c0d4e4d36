export const id = 280;
export const ids = [280];
export const modules = {

/***/ 82603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vo: () => (/* binding */ countReasons),
/* harmony export */   cB: () => (/* binding */ selectionChecker),
/* harmony export */   d7: () => (/* binding */ leftAloneNote)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81858);
/* harmony import */ var _core_oic_monitoring_selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56650);




/** Builds the check for `selection`; a project list that cannot be read is reported with `deps.warn`. */
function selectionChecker(client, selection, deps) {
    let projectList;
    const checker = {
        check: async (item) => {
            if (!(0,_core_oic_monitoring_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .needsProjectList */ .tP)(item, selection))
                return (0,_core_oic_monitoring_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .checkInstance */ .Ci)(item, selection);
            projectList ??= readProjectList(client, selection.project).catch((error) => {
                checker.projectListError = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
                deps.warn(`Errored instances name no project, and the integrations of project ${selection.project} could not be read (${checker.projectListError}): those instances are left alone.`);
                return undefined;
            });
            return (0,_core_oic_monitoring_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .checkInstance */ .Ci)(item, selection, await projectList);
        }
    };
    return checker;
}
async function readProjectList(client, project) {
    const integrations = await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, project);
    return new Set(integrations.map(i => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(i)));
}
/** Counts per reason, in a fixed order. */
function countReasons(leftAlone) {
    const counts = new Map();
    for (const { reason } of leftAlone)
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return Object.keys(_core_oic_monitoring_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .LEFT_ALONE_TEXT */ .up)
        .filter(r => counts.has(r))
        .map(r => [r, counts.get(r) ?? 0]);
}
/** One sentence on what was left alone, or undefined when nothing was. */
function leftAloneNote(leftAlone) {
    if (!leftAlone.length)
        return undefined;
    const parts = countReasons(leftAlone).map(([r, n]) => `${n} ${_core_oic_monitoring_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .LEFT_ALONE_TEXT */ .up[r]}`);
    return `${leftAlone.length} listed errored instance(s) were left alone because they could not be shown to match the selection: ${parts.join('; ')}.`;
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

/***/ 21658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ collectErrors)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _page_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19226);
/* harmony import */ var _error_instances_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23943);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25542);




const WINDOW_MS = {
    '1h': 3600_000,
    '6h': 6 * 3600_000,
    '1d': 24 * 3600_000,
    '2d': 48 * 3600_000,
    '3d': 72 * 3600_000,
    RETENTIONPERIOD: 400 * 24 * 3600_000
};
function isOffsetCap(error) {
    return (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OicHttpError */ .sZ &&
        error.status === 400 &&
        /offset/i.test(`${error.detail ?? ''} ${error.title ?? ''}`));
}
function trackedTime(item) {
    const t = Date.parse((item.lastTrackedTime ?? item.creationDate ?? '').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    return Number.isNaN(t) ? undefined : t;
}
/** A page of `listErrors`, or a narrower query when the server refuses the offset (see the module note). */
async function fetchPage(client, state, filter, seen, options) {
    try {
        return await (0,_error_instances_js__WEBPACK_IMPORTED_MODULE_2__/* .listErrors */ .Gr)(client, state.query, { offset: state.offset, limit: options.pageSize });
    }
    catch (error) {
        if (!isOffsetCap(error) || state.offset === 0)
            throw error;
        const oldest = Math.min(...[...seen.values()].map(i => trackedTime(i) ?? Infinity));
        if (!Number.isFinite(oldest))
            throw error;
        const start = filter.startdate ?? new Date(options.now() - WINDOW_MS[filter.timewindow ?? '1h']);
        options.log(`The server caps the offset at ${state.offset}; continuing with the window ending ${new Date(oldest).toISOString()}`);
        state.query = { ...filter, timewindow: undefined, startdate: start, enddate: new Date(oldest + 1000) };
        state.offset = 0;
        state.slides++;
        return undefined;
    }
}
/**
 * Collects up to `max` errored instances that match `filter` and pass `check`. Pages by offset until a short page
 * or `totalRecordsCount` items (contract K4; `hasMore` only where the server sends it).
 */
async function collectErrors(client, filter, options) {
    const seen = new Map();
    const out = {
        items: [],
        leftAlone: [],
        overMax: 0,
        unread: 0,
        listed: 0,
        requests: 0,
        slides: 0
    };
    const state = { query: filter, offset: 0, slides: 0 };
    const guard = new _page_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .PageGuard */ .f('list errored instances', (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .maxPagesOf */ .A)(client));
    let total;
    for (;;) {
        out.requests++;
        const page = await fetchPage(client, state, filter, seen, options);
        if (!page)
            continue;
        const items = page.items ?? [];
        const verdict = (0,_paging_js__WEBPACK_IMPORTED_MODULE_3__/* .nextPage */ .Z)(page, state.offset, options.pageSize);
        if (total === undefined && state.slides === 0)
            total = verdict.total;
        const before = seen.size;
        const offset = state.offset;
        const added = guard.fresh(items).length;
        for (const item of items) {
            if (!item?.id || seen.has(item.id))
                continue;
            seen.set(item.id, item);
            const reason = options.check ? await options.check(item) : undefined;
            if (reason)
                out.leftAlone.push({ item, reason });
            else if (out.items.length < options.max)
                out.items.push(item);
            else
                out.overMax++;
        }
        state.offset += items.length;
        if (!verdict.more || out.items.length >= options.max)
            break;
        if (seen.size === before && state.slides > 0) {
            options.log('The slid window returned nothing new; stopping the collection here');
            break;
        }
        guard.check(added, offset);
    }
    out.listed = seen.size;
    out.slides = state.slides;
    out.unread = total !== undefined && state.slides === 0 ? Math.max(0, total - state.offset) : 0;
    return out;
}


/***/ }),

/***/ 23943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ listErrors),
/* harmony export */   Qi: () => (/* binding */ resubmitError),
/* harmony export */   W5: () => (/* binding */ discardErrors),
/* harmony export */   jY: () => (/* binding */ resubmitErrors),
/* harmony export */   rD: () => (/* binding */ discardError),
/* harmony export */   vG: () => (/* binding */ getError)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95364);
/* harmony import */ var _q_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68715);



const ERRORS = (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'errors');
/** One page of `GET /monitoring/errors`. */
const listErrors = (client, filter, page) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, ERRORS, 'list errored instances', { q: (0,_q_js__WEBPACK_IMPORTED_MODULE_2__/* .monitoringQ */ .qz)(filter), ...page });
/** `GET /monitoring/errors/{id}`. */
const getError = (client, id, minimal = false) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'errors', id), `get errored instance ${id}`, {
    return: minimal ? 'minimal' : undefined
});
/** `POST /monitoring/errors/{id}/resubmit`: never repeated blindly (check the instance's state instead). */
async function resubmitError(client, id, recoveryTraceLevel) {
    const res = await client.json({
        method: 'POST',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'errors', id, 'resubmit'),
        json: recoveryTraceLevel ? { recoveryTraceLevel } : {},
        safeToRetry: false,
        label: `resubmit ${id}`
    });
    return res.body ?? {};
}
/**
 * `POST /monitoring/errors/resubmit?return=sync` with `{ids}`: never repeated blindly (re-read the error list
 * instead). Without `return=sync` OIC answers 202 with an empty body (contract K2), and a server may ignore the
 * parameter: then the answer is undefined, the ids count as submitted and the job is found in the recovery-job
 * list.
 */
async function resubmitErrors(client, ids, recoveryTraceLevel) {
    const res = await client.json({
        method: 'POST',
        path: `${ERRORS}/resubmit`,
        query: { return: 'sync' },
        json: recoveryTraceLevel ? { ids, recoveryTraceLevel } : { ids },
        safeToRetry: false,
        label: `resubmit ${ids.length} errored instances`
    });
    const body = res.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        return undefined;
    // The id lists are read item by item: a list of another type ends in one line, not an internal failure.
    for (const key of ['acceptedIds', 'invalidIds', 'nonRecoverableIds']) {
        const list = body[key];
        if (list === undefined)
            continue;
        const odd = Array.isArray(list)
            ? list.find(id => typeof id !== 'string' && typeof id !== 'number')
            : list;
        if (odd !== undefined)
            throw (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(`resubmit ${ids.length} errored instances`, odd, `${key} as a list of ids`);
    }
    return body;
}
/**
 * `POST /monitoring/errors/{id}/discard` (202). Callers check the instance against the user's selection first
 * (`checkInstance` in selection.ts, contract K6).
 */
async function discardError(client, id) {
    await client.json({
        method: 'POST',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'errors', id, 'discard'),
        safeToRetry: false,
        label: `discard ${id}`
    });
}
/** `POST /monitoring/errors/discard` with `{ids}`; callers check each instance first (selection.ts, K6). */
async function discardErrors(client, ids) {
    const res = await client.json({
        method: 'POST',
        path: `${ERRORS}/discard`,
        json: { ids },
        safeToRetry: false,
        label: `discard ${ids.length} errored instances`
    });
    return res.body ?? {};
}


/***/ }),

/***/ 25542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ nextPage),
/* harmony export */   n: () => (/* binding */ readPages)
/* harmony export */ });
/* harmony import */ var _http_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66502);
/* harmony import */ var _page_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19226);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95364);
/**
 * Paging a monitoring collection by offset (contract K4). Gen3 monitoring roots carry `totalRecordsCount` and no
 * `hasMore`, and a server may serve fewer items than `limit` asks (a page cap), so the next page is asked for
 * while fewer than `totalRecordsCount` items were read (or a `totalResults` larger than the page, which can only
 * be a total); without either, `hasMore` decides when present, and otherwise a short page ends the collection. An
 * empty page always ends it.
 */



/**
 * Decides whether another page follows `page`, read at `offset` with `limit` (the offset is that of the page,
 * not of the next one).
 */
function nextPage(page, offset, limit) {
    const count = page.items?.length ?? 0;
    // totalResults may count the page or every match (an open question, contract §13.2): it is a total only when
    // it exceeds the page, as in a recorded monitoring root without totalRecordsCount (fixture N1087).
    const totalResults = typeof page.totalResults === 'number' && page.totalResults > count ? page.totalResults : undefined;
    const total = typeof page.totalRecordsCount === 'number' ? page.totalRecordsCount : totalResults;
    if (count === 0)
        return { more: false, total };
    if (total !== undefined)
        return { more: offset + count < total, total };
    if (typeof page.hasMore === 'boolean')
        return { more: page.hasMore };
    return { more: count >= limit };
}
/**
 * Reads every page of a monitoring collection through `fetch(offset, limit)`; an item repeated on a later page is
 * handed over once, and a walk that never ends stops with one line ({@link PageGuard}).
 */
async function readPages(fetch, options) {
    const label = options.label ?? 'a monitoring list';
    const guard = new _page_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .PageGuard */ .f(label, options.maxPages ?? _http_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_PAGES */ .Y0);
    let offset = 0;
    let requests = 0;
    for (;;) {
        requests++;
        const page = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCollection */ .nS)(await fetch(offset, options.pageSize), `${label} page`) ?? {};
        const items = page.items ?? [];
        const verdict = nextPage(page, offset, options.pageSize);
        const added = guard.fresh(items);
        const keepGoing = options.onItems(added) !== false;
        if (verdict.more && keepGoing)
            guard.check(added.length, offset);
        offset += items.length;
        if (!verdict.more)
            return { requests, read: offset, total: verdict.total, stoppedEarly: false };
        if (!keepGoing)
            return { requests, read: offset, total: verdict.total, stoppedEarly: true };
    }
}


/***/ }),

/***/ 68715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ monitoringDate),
/* harmony export */   qz: () => (/* binding */ monitoringQ),
/* harmony export */   wQ: () => (/* binding */ TIME_WINDOWS)
/* harmony export */ });
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
    if (filter.q?.trim())
        return filter.q.trim();
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

/***/ 56650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ checkInstance),
/* harmony export */   tP: () => (/* binding */ needsProjectList),
/* harmony export */   up: () => (/* binding */ LEFT_ALONE_TEXT),
/* harmony export */   v8: () => (/* binding */ projectOf),
/* harmony export */   yw: () => (/* binding */ integrationKey)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);
/**
 * Checking on the client side that an errored instance matches what the user selected, before anything changes
 * it (contract K6: `projectCode` and `recoverable` are not documented `q` keys, so a server may ignore them and
 * answer instances of every project). An instance is acted on only when it can be shown to match: its
 * integration code (and version, when selected), its project — from the item's project field, or else from the
 * project's integration list of the design-time API — and, for a resubmit, that it is in error and recoverable.
 */

/** One line per reason, for summaries and logs. */
const LEFT_ALONE_TEXT = {
    'other-integration': 'of an integration or version that was not selected',
    'other-project': 'of another project',
    'project-unknown': 'whose project could not be shown to be the selected one',
    'not-recoverable': 'not recoverable (or not said to be)',
    'not-in-error': 'no longer in error'
};
/**
 * The project code an item names, in any spelling seen or plausible (`projectCode`, `project-code` as the Gen3
 * doc pages render names, `project.code`); undefined when the item names none.
 */
function projectOf(item) {
    const raw = item;
    const nested = raw.project;
    const value = raw.projectCode ??
        raw['project-code'] ??
        (typeof nested === 'object' && nested !== null ? nested.code : nested);
    return typeof value === 'string' && value ? value : undefined;
}
/** `CODE|VERSION` of an item's integration (`?` for a missing part). */
const integrationKey = (item) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(item.integration?.code ?? '?', item.integration?.version ?? '?');
/**
 * The verdict on one instance: undefined when it matches, else why it is left alone. `projectIntegrations` is
 * the selected project's `CODE|VERSION` set from the design-time API (undefined when not read or unreadable).
 */
function checkInstance(item, selection, projectIntegrations) {
    const code = item.integration?.code;
    const version = item.integration?.version;
    if (selection.integrations.length > 0 &&
        !selection.integrations.some(s => s.code === code && (!s.version || s.version === version)))
        return 'other-integration';
    if (selection.project) {
        const project = projectOf(item);
        if (project !== undefined) {
            if (project !== selection.project)
                return 'other-project';
        }
        else if (!code || !version || !projectIntegrations?.has((0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(code, version))) {
            return 'project-unknown';
        }
    }
    if (item.status !== undefined && String(item.status).toUpperCase() !== 'FAILED')
        return 'not-in-error';
    if (selection.recoverableOnly && item.recoverable !== true)
        return 'not-recoverable';
    return undefined;
}
/** True when the project of `item` can only be settled by the project's integration list. */
const needsProjectList = (item, selection) => selection.project !== undefined && projectOf(item) === undefined;


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


/***/ })

};
