export const id = 126;
export const ids = [126];
export const modules = {

/***/ 83039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KV: () => (/* binding */ filterOf),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   RH: () => (/* binding */ integrationsOf),
/* harmony export */   W7: () => (/* binding */ FILTER_OPTIONS),
/* harmony export */   Wm: () => (/* binding */ selectionOf),
/* harmony export */   Yf: () => (/* binding */ instanceMatcher),
/* harmony export */   ko: () => (/* binding */ selects),
/* harmony export */   pC: () => (/* binding */ limitOption),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81858);
/* harmony import */ var _core_oic_monitoring_q_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68715);
/**
 * The options the Monitoring API's commands share (`--project`, `--integration`, `--time-window`, `--q`,
 * `--limit`), read into a monitoring filter and a client-side selection. `projectCode` is not a documented `q`
 * key (contract K6), so a server may ignore it: the project is also checked on each item.
 */




/** Options of a monitoring list. */
const FILTER_OPTIONS = {
    project: { description: 'only instances of this project (checked on each item too)' },
    integration: { description: 'CODE or CODE|VERSION; repeat for several' },
    'time-window': { description: `${_core_oic_monitoring_q_js__WEBPACK_IMPORTED_MODULE_3__/* .TIME_WINDOWS */ .wQ.join(', ')} (the server's default: 1h)` },
    q: {
        description: "the API's whole q filter, e.g. {timewindow:'1d', primaryValue:'PO-1'} (instead of the others)"
    }
};
/** `--limit`: how many items to show (or act on) at most. */
const limitOption = (dflt) => ({
    description: `how many at most (default ${dflt})`
});
/** A positive whole number from `--name`, or `dflt` when not given. */
function positiveInt(options, name, dflt) {
    const raw = options[name] ?? '';
    if (!raw)
        return dflt;
    if (!/^[1-9]\d{0,6}$/.test(raw))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`Option --${name} must be a positive whole number, got '${raw}'.`, {
            input: `--${name}`,
            value: raw,
            fix: `Give --${name} a number such as ${dflt}.`
        });
    return Number(raw);
}
/** One of `allowed` (case as written there), or undefined when not given. */
function oneOf(options, name, allowed) {
    const raw = options[name] ?? '';
    if (!raw)
        return undefined;
    const found = allowed.find(a => a.toLowerCase() === raw.toLowerCase());
    if (!found)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`Option --${name} must be one of ${allowed.join(', ')}, got '${raw}'.`, {
            input: `--${name}`,
            value: raw,
            fix: `Give --${name} one of ${allowed.join(', ')}.`
        });
    return found;
}
/** The `--integration` values as `{code, version?}`. */
function integrationsOf(options) {
    return (options.integration ?? '')
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean)
        .map(ref => {
        const [code = '', version, extra] = ref.split('|');
        if (!code || extra !== undefined || (version !== undefined && !/^\d\d\.\d\d\.\d{4}$/.test(version)))
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`Option --integration must be CODE or CODE|VERSION, got '${ref}'.`, {
                input: '--integration',
                value: ref,
                fix: 'Write --integration ORDERS or --integration "ORDERS|01.00.0000".'
            });
        return version ? { code, version } : { code };
    });
}
/** The monitoring filter of the options: code and version go to `q` only when one integration is named. */
function filterOf(options) {
    const integrations = integrationsOf(options);
    const only = integrations.length === 1 ? integrations[0] : undefined;
    return {
        q: options.q || undefined,
        timewindow: oneOf(options, 'time-window', _core_oic_monitoring_q_js__WEBPACK_IMPORTED_MODULE_3__/* .TIME_WINDOWS */ .wQ),
        code: only?.code,
        version: only?.version,
        projectCode: options.project || undefined
    };
}
/** The client-side selection of the options. */
function selectionOf(options, recoverableOnly) {
    return { integrations: integrationsOf(options), project: options.project || undefined, recoverableOnly };
}
/** True when the options select by something (an integration, a project or a whole `q`). */
const selects = (options) => Boolean(options.integration || options.project || options.q);
/**
 * A check of an instance's integration and project against the options, for lists: an item that names its project
 * is judged by it; otherwise by the project's integration list, read once from the design-time API.
 */
function instanceMatcher(client, options) {
    const integrations = integrationsOf(options);
    const wanted = options.project;
    let projectList;
    return async (code, version, project) => {
        if (integrations.length &&
            !integrations.some(s => s.code === code && (!s.version || s.version === version)))
            return false;
        if (!wanted)
            return true;
        if (project)
            return project === wanted;
        projectList ??= (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, wanted).then(list => new Set(list.map(i => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(i))));
        return Boolean(code && version && (await projectList).has((0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(code, version)));
    };
}


/***/ }),

/***/ 9126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   group: () => (/* binding */ group),
/* harmony export */   jobRow: () => (/* binding */ jobRow)
/* harmony export */ });
/* harmony import */ var _core_oic_monitoring_recovery_jobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76258);
/* harmony import */ var _core_oic_monitoring_paging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25542);
/* harmony import */ var _core_oic_monitoring_q_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68715);
/* harmony import */ var _core_oic_page_guard_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19226);
/* harmony import */ var _monitoring_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83039);
/**
 * `oic-actions recovery-jobs …`: the jobs a resubmit starts (seed 000 "Retrieve Error Recovery Jobs", "Retrieve an
 * Error Recovery Job"). Oracle's RecoveryJobRs has counts only (contract K3); `id` and `status` are shown when a
 * server sends them, else the id from the job's `self` link.
 */





const DEFAULT_SHOWN = 50;
const PAGE_SIZE = 100;
/** A job as a table row. */
function jobRow(job, id = (0,_core_oic_monitoring_recovery_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .jobIdOf */ .wb)(job)) {
    return {
        id: id ?? '',
        created: job.createdDate ?? job.creationDate,
        total: job.totalCount,
        recovered: job.recoveredCount,
        failed: job.failedCount,
        'in-progress': job.inProgressCount,
        state: job.status ?? ((0,_core_oic_monitoring_recovery_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .jobEnded */ .WK)(job) ? 'ended' : 'running')
    };
}
const COLUMNS = ['id', 'created', 'total', 'recovered', 'failed', 'in-progress', 'state'];
/** The recovery-jobs group. */
const group = {
    name: 'recovery-jobs',
    summary: 'list and show error recovery jobs (what resubmits started)',
    operations: [
        {
            name: 'list',
            summary: 'recovery jobs, newest first (default: the last hour)',
            effect: 'read',
            options: {
                'time-window': { description: `${_core_oic_monitoring_q_js__WEBPACK_IMPORTED_MODULE_2__/* .TIME_WINDOWS */ .wQ.join(', ')} (the server's default: 1h)` },
                job: { description: 'a job id, whole or part (q primaryValue)' },
                limit: (0,_monitoring_options_js__WEBPACK_IMPORTED_MODULE_4__/* .limitOption */ .pC)(DEFAULT_SHOWN)
            },
            run: async ({ client, options }) => {
                const max = (0,_monitoring_options_js__WEBPACK_IMPORTED_MODULE_4__/* .positiveInt */ .NJ)(options, 'limit', DEFAULT_SHOWN);
                const filter = {
                    timewindow: (0,_monitoring_options_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(options, 'time-window', _core_oic_monitoring_q_js__WEBPACK_IMPORTED_MODULE_2__/* .TIME_WINDOWS */ .wQ),
                    jobId: options.job || undefined
                };
                const jobs = [];
                await (0,_core_oic_monitoring_paging_js__WEBPACK_IMPORTED_MODULE_1__/* .readPages */ .n)((offset, limit) => (0,_core_oic_monitoring_recovery_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .listRecoveryJobs */ .a5)(client, filter, { offset, limit }), {
                    pageSize: PAGE_SIZE,
                    label: 'list recovery jobs',
                    maxPages: (0,_core_oic_page_guard_js__WEBPACK_IMPORTED_MODULE_3__/* .maxPagesOf */ .A)(client),
                    onItems: page => {
                        jobs.push(...page.slice(0, max - jobs.length));
                        return jobs.length < max;
                    }
                });
                return { kind: 'table', columns: COLUMNS, rows: jobs.map(j => jobRow(j)), json: jobs };
            }
        },
        {
            name: 'get',
            summary: 'one recovery job: its counts (ended when nothing is in progress)',
            args: ['JOB'],
            effect: 'read',
            run: async ({ client, args }) => {
                const job = await (0,_core_oic_monitoring_recovery_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .getRecoveryJob */ .DO)(client, args.JOB ?? '');
                return { kind: 'table', columns: COLUMNS, rows: [jobRow(job, (0,_core_oic_monitoring_recovery_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .jobIdOf */ .wb)(job) ?? args.JOB)], json: job };
            }
        }
    ]
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

/***/ 76258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ getRecoveryJob),
/* harmony export */   FL: () => (/* binding */ listAllRecoveryJobs),
/* harmony export */   WK: () => (/* binding */ jobEnded),
/* harmony export */   a5: () => (/* binding */ listRecoveryJobs),
/* harmony export */   uC: () => (/* binding */ jobCreated),
/* harmony export */   wb: () => (/* binding */ jobIdOf)
/* harmony export */ });
/* unused harmony export RECOVERY_JOB_DONE */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);
/* harmony import */ var _page_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19226);
/* harmony import */ var _paging_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25542);
/* harmony import */ var _q_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68715);




/** Statuses after which a job no longer changes, for servers that send a `status` and no counts. */
const RECOVERY_JOB_DONE = new Set([
    'COMPLETED',
    'FAILED',
    'ABORTED',
    'PARTIAL',
    'PARTIALLY_COMPLETED',
    'SUCCEEDED'
]);
const count = (value) => typeof value === 'number' && Number.isFinite(value) ? value : undefined;
/**
 * True when the job has ended: `inProgressCount` is 0, or `recoveredCount + failedCount >= totalCount` (contract
 * K3); only a job without counts is judged by a `status`, when it has one.
 */
function jobEnded(job) {
    if (!job)
        return false;
    const inProgress = count(job.inProgressCount);
    const total = count(job.totalCount);
    const settled = (count(job.recoveredCount) ?? 0) + (count(job.failedCount) ?? 0);
    if (inProgress !== undefined && inProgress === 0)
        return true;
    if (total !== undefined && (job.recoveredCount !== undefined || job.failedCount !== undefined))
        return settled >= total;
    if (inProgress !== undefined)
        return false;
    return job.status !== undefined && RECOVERY_JOB_DONE.has(String(job.status).toUpperCase());
}
/** When the job was created (epoch ms), from `createdDate` or an older `creationDate`. */
function jobCreated(job) {
    const text = job.createdDate ?? job.creationDate;
    if (!text)
        return undefined;
    const t = Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    return Number.isNaN(t) ? undefined : t;
}
/** The job's id: its `id`, or the last segment of its `self` link; undefined when it has neither. */
function jobIdOf(job) {
    if (typeof job.id === 'string' && job.id)
        return job.id;
    const self = job.links?.find(l => l.rel === 'self')?.href;
    const m = self ? /\/recoveryJobs\/([^/?#]+)/.exec(self) : null;
    return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}
/** `GET /monitoring/errors/recoveryJobs` (one page). */
const listRecoveryJobs = (client, filter, page = { offset: 0, limit: 100 }) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'errors', 'recoveryJobs'), 'list recovery jobs', {
    q: (0,_q_js__WEBPACK_IMPORTED_MODULE_3__/* .monitoringQ */ .qz)({ ...filter, primaryValue: filter.jobId ?? filter.primaryValue }),
    ...page
});
/** Every recovery job matching `filter`, page by page (contract K4), with the requests it took. */
async function listAllRecoveryJobs(client, filter, pageSize = 100) {
    const jobs = [];
    const read = await (0,_paging_js__WEBPACK_IMPORTED_MODULE_2__/* .readPages */ .n)((offset, limit) => listRecoveryJobs(client, filter, { offset, limit }), {
        pageSize,
        label: 'list recovery jobs',
        maxPages: (0,_page_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .maxPagesOf */ .A)(client),
        onItems: items => void jobs.push(...items)
    });
    return { jobs, requests: read.requests };
}
/** `GET /monitoring/errors/recoveryJobs/{id}`. */
const getRecoveryJob = (client, id) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'errors', 'recoveryJobs', id), `get recovery job ${id}`);


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
