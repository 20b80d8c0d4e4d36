export const id = 967;
export const ids = [967];
export const modules = {

/***/ 22967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  group: () => (/* binding */ group)
});

// EXTERNAL MODULE: ./src/core/oic/monitoring/metrics.ts
var metrics = __webpack_require__(601);
// EXTERNAL MODULE: ./src/core/oic/monitoring/instances.ts
var instances = __webpack_require__(49788);
// EXTERNAL MODULE: ./src/core/oic/monitoring/paging.ts
var paging = __webpack_require__(25542);
// EXTERNAL MODULE: ./src/core/oic/monitoring/q.ts
var q = __webpack_require__(68715);
// EXTERNAL MODULE: ./src/core/oic/page-guard.ts
var page_guard = __webpack_require__(19226);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/safe-write.ts
var safe_write = __webpack_require__(46612);
// EXTERNAL MODULE: ./src/cli/resources/monitoring-options.ts
var monitoring_options = __webpack_require__(83039);
;// CONCATENATED MODULE: ./src/cli/resources/instances-activity.ts
/**
 * `instances activity-stream`, `activity-stream-details` and `payload`: an instance's activity stream (the
 * deprecated call and its replacement) and "Download Large Payload in an Integration Instance", streamed to disk
 * through a temporary file renamed into place.
 */








const ACTIVITY_COLUMNS = ['timestamp', 'step', 'message', 'error'];
const KEY_MARK = '/activityStreamDetails/';
const pick = (e, ...names) => names.map(n => e[n]).find(v => v !== undefined);
function activityRows(list) {
    return (Array.isArray(list) ? list : []).map(e => ({
        timestamp: pick(e, 'timestamp', 'modifiedTimestamp', 'endTimestamp'),
        step: pick(e, 'mileStone', 'identifier', 'action'),
        message: e.message,
        error: e.errorMileStone === true ? 'yes' : ''
    }));
}
/** The large-payload keys an activity stream links to (`…/activityStreamDetails/{+key}`). */
function payloadKeys(value, keys = new Set()) {
    if (typeof value === 'string') {
        const at = value.indexOf(KEY_MARK);
        if (at >= 0) {
            const raw = value.slice(at + KEY_MARK.length).split(/[?#]/)[0] ?? '';
            if (raw)
                keys.add(raw.split('/').map(decodeURIComponent).join('/'));
        }
    }
    else if (Array.isArray(value))
        value.forEach(v => payloadKeys(v, keys));
    else if (typeof value === 'object' && value !== null)
        Object.values(value).forEach(v => payloadKeys(v, keys));
    return keys;
}
/** Streams `body` to `path` through a new temporary file beside it, renamed into place when complete. */
async function streamToFile(body, path) {
    const options = { input: '--file', shownAs: path };
    const target = (0,external_node_path_.resolve)(path);
    (0,safe_write/* checkWriteTarget */.p7)(target, options);
    const folder = (0,external_node_fs_.realpathSync)((0,external_node_path_.dirname)(target));
    const temp = (0,external_node_path_.join)(folder, `.${(0,external_node_path_.basename)(target)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let bytes = 0;
    body.on('data', (chunk) => void (bytes += chunk.length));
    try {
        await (0,promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx', mode: 0o600 }));
        (0,safe_write/* checkWriteTarget */.p7)(target, options);
        (0,external_node_fs_.renameSync)(temp, (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(target)));
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
    return bytes;
}
/** `instances activity-stream` (deprecated). */
const activityStream = {
    name: 'activity-stream',
    summary: "an instance's activity stream and audit trail",
    args: ['ID'],
    effect: 'read',
    deprecated: "Oracle's reference marks 'Retrieve Integration Instance Activity Stream' (Deprecated); use 'instances activity-stream-details' (Retrieve Integration Instance Activity Stream Details).",
    options: {
        order: { description: 'asc (default) or desc' },
        timezone: { description: 'e.g. Europe/London' }
    },
    run: async ({ client, args, options }) => {
        const order = (0,monitoring_options/* oneOf */.yL)(options, 'order', ['asc', 'desc']) ?? 'asc';
        const body = (await (0,instances/* getActivityStream */.k8)(client, args.ID ?? '', order, options.timezone || undefined));
        return {
            kind: 'table',
            columns: ACTIVITY_COLUMNS,
            rows: activityRows(pick(body ?? {}, 'activityStream', 'activity-stream')),
            json: body
        };
    }
};
/** `instances activity-stream-details`. */
const activityStreamDetails = {
    name: 'activity-stream-details',
    summary: "an instance's activity stream: each step, its time and error, links to large payloads",
    args: ['ID'],
    effect: 'read',
    options: { timezone: { description: 'e.g. Europe/London' } },
    run: async ({ client, args, options }) => {
        const body = (await (0,instances/* getActivityStreamDetails */.IB)(client, args.ID ?? '', options.timezone || undefined));
        return { kind: 'table', columns: ACTIVITY_COLUMNS, rows: activityRows(body?.ascList), json: body };
    }
};
/** `instances payload`: Download Large Payload in an Integration Instance. */
const payload = {
    name: 'payload',
    summary: 'download a large payload (over 32 KB) of an instance to a file',
    args: ['ID'],
    effect: 'read',
    options: {
        file: {
            description: 'where to write it (a temporary file beside it is renamed into place)',
            required: true
        },
        force: { description: 'replace the file when it exists', boolean: true },
        key: {
            description: 'the payload key (tracking-data/debug/…); default: the one the activity stream links to'
        }
    },
    run: async ({ client, args, options, log }) => {
        const id = args.ID ?? '';
        if (options.force !== 'true' && (0,external_node_fs_.existsSync)(options.file ?? ''))
            throw (0,errors/* inputError */.Xu)(`--file: ${options.file ?? ''} exists; nothing was downloaded (add --force to replace it).`, {
                input: '--file',
                value: options.file ?? '',
                fix: 'Name a new file, or add --force to replace it.'
            });
        let key = options.key;
        if (!key) {
            const keys = [...payloadKeys(await (0,instances/* getActivityStreamDetails */.IB)(client, id))];
            if (keys.length === 0)
                throw new errors/* ConfigurationError */.j1(`Instance ${id} links to no large payload in its activity stream.`);
            if (keys.length > 1)
                throw (0,errors/* inputError */.Xu)(`Instance ${id} has ${keys.length} large payloads: ${keys.join(', ')}.`, {
                    input: '--key',
                    value: '',
                    fix: 'Choose one with --key.'
                });
            key = keys[0] ?? '';
        }
        log(`Downloading payload ${key} of instance ${id}`);
        const bytes = await (0,instances/* downloadLargePayload */.kC)(client, id, key, body => streamToFile(body, options.file ?? ''));
        return {
            kind: 'done',
            message: `Wrote ${bytes} bytes of payload ${key} to ${options.file ?? ''}.`,
            json: { id, key, path: (0,external_node_path_.resolve)(options.file ?? ''), bytes }
        };
    }
};

;// CONCATENATED MODULE: ./src/cli/resources/instances.ts
/**
 * `oic-actions instances …`: the Monitoring API's integration instances (seed 000 "Retrieve Integration
 * Instances", "Retrieve an Integration Instance", "Abort an Integration Instance", the activity stream calls,
 * "Download Large Payload in an Integration Instance") and "Retrieve Audit Records" (the design-time audit trail
 * of the integrations those instances run, in the same Monitoring API).
 */







const DEFAULT_SHOWN = 50;
const DEFAULT_AUDIT = 15;
const PAGE_SIZE = 100;
/** Statuses the instance list filters by (contract §9.1, K12). */
const STATUSES = [
    'COMPLETED',
    'FAILED',
    'ABORTED',
    'IN_PROGRESS',
    'QUEUED',
    'SCHEDULE_WAITING',
    'PAUSED'
];
const integrationOf = (i) => {
    const nested = typeof i.integration === 'object' && i.integration !== null
        ? i.integration
        : {};
    const text = (v) => (typeof v === 'string' && v ? v : undefined);
    return {
        code: text(nested.code) ?? i.integrationId,
        version: text(nested.version) ?? i.integrationVersion
    };
};
const list = {
    name: 'list',
    summary: 'integration instances, newest first (default: the last hour)',
    effect: 'read',
    options: {
        ...monitoring_options/* FILTER_OPTIONS */.W7,
        status: { description: STATUSES.join(', ') },
        limit: (0,monitoring_options/* limitOption */.pC)(DEFAULT_SHOWN)
    },
    run: async ({ client, options }) => {
        const max = (0,monitoring_options/* positiveInt */.NJ)(options, 'limit', DEFAULT_SHOWN);
        const filter = { ...(0,monitoring_options/* filterOf */.KV)(options), status: (0,monitoring_options/* oneOf */.yL)(options, 'status', STATUSES) };
        const matches = (0,monitoring_options/* instanceMatcher */.Yf)(client, options);
        const shown = new Map();
        // Matched here, page by page, so readPages still sees the server's pages as they are.
        const fetch = async (offset, limit) => {
            const page = (await (0,instances/* listInstances */.ND)(client, filter, { offset, limit }));
            for (const item of page.items ?? []) {
                const { code, version } = integrationOf(item);
                // K12: only COMPLETED, FAILED and ABORTED are documented status filters; a server may ignore others.
                const statusOk = !filter.status || String(item.status).toUpperCase() === filter.status;
                if (shown.size < max &&
                    !shown.has(item.id) &&
                    statusOk &&
                    (await matches(code, version, item.projectCode)))
                    shown.set(item.id, item);
            }
            return page;
        };
        await (0,paging/* readPages */.n)(fetch, {
            pageSize: PAGE_SIZE,
            label: 'list instances',
            maxPages: (0,page_guard/* maxPagesOf */.A)(client),
            onItems: () => shown.size < max
        });
        return table([...shown.values()]);
    }
};
function table(items) {
    return {
        kind: 'table',
        columns: ['id', 'integration', 'project', 'status', 'created', 'tracked', 'primary'],
        rows: items.map(i => {
            const { code, version } = integrationOf(i);
            return {
                id: i.id,
                integration: version ? `${code ?? ''}|${version}` : code,
                project: i.projectCode,
                status: i.status,
                created: i.creationDate,
                tracked: i.lastTrackedTime,
                primary: i.pkValue ?? i.primaryValue
            };
        }),
        json: items
    };
}
const audit = {
    name: 'audit',
    summary: 'design-time audit records: who created, changed, activated or deleted what',
    effect: 'read',
    options: {
        integration: { description: 'CODE or CODE|VERSION' },
        type: {
            description: 'ICS_AppInstance, ICS_DVM, ICS_ProjectV2, ICS_Schedule, API_LIBRARY, ICS_PACKAGE, …'
        },
        'time-window': { description: `${q/* TIME_WINDOWS */.wQ.join(', ')} (the server's default: 1h)` },
        distinct: { description: 'one record per resource, the newest', boolean: true },
        limit: (0,monitoring_options/* limitOption */.pC)(DEFAULT_AUDIT)
    },
    run: async ({ client, options }) => {
        const limit = (0,monitoring_options/* positiveInt */.NJ)(options, 'limit', DEFAULT_AUDIT);
        const [only] = (0,monitoring_options/* integrationsOf */.RH)(options);
        const filter = {
            limit,
            code: only?.code,
            version: only?.version,
            type: options.type || undefined,
            timewindow: (0,monitoring_options/* oneOf */.yL)(options, 'time-window', q/* TIME_WINDOWS */.wQ),
            distinct: options.distinct === 'true' ? true : undefined
        };
        const records = [];
        await (0,paging/* readPages */.n)((offset, size) => (0,metrics/* auditRecordsPage */.J4)(client, filter, { offset, limit: size }), {
            pageSize: Math.min(PAGE_SIZE, limit),
            label: 'list audit records',
            maxPages: (0,page_guard/* maxPagesOf */.A)(client),
            onItems: page => {
                records.push(...page.slice(0, limit - records.length));
                return records.length < limit;
            }
        });
        return {
            kind: 'table',
            columns: ['date', 'type', 'code', 'version', 'action', 'user', 'project'],
            rows: records.map(r => ({
                date: r.date ?? r.timestamp,
                type: r.type,
                code: r.code,
                version: r.version,
                action: r.action,
                user: r.user,
                project: r.projectCode
            })),
            json: records
        };
    }
};
/** The instances group. */
const group = {
    name: 'instances',
    summary: 'list, show and abort integration instances; activity streams, large payloads, audit records',
    operations: [
        list,
        {
            name: 'get',
            summary: 'one integration instance, as the API returns it',
            args: ['ID'],
            effect: 'read',
            options: { minimal: { description: 'return=minimal (faster)', boolean: true } },
            run: async ({ client, args, options }) => ({
                kind: 'object',
                value: await (0,instances/* getInstance */.iE)(client, args.ID ?? '', options.minimal === 'true')
            })
        },
        {
            name: 'abort',
            summary: 'abort a waiting or paused scheduled instance, or any in-progress asynchronous one',
            args: ['ID'],
            effect: 'delete',
            describe: ({ args }) => `abort integration instance ${args.ID ?? ''}`,
            run: async ({ client, args }) => {
                const answer = await (0,instances/* abortInstance */.yF)(client, args.ID ?? '');
                const status = answer.status ? ` (${answer.status})` : '';
                return {
                    kind: 'done',
                    message: `Aborted integration instance ${args.ID ?? ''}${status}.`,
                    json: answer
                };
            }
        },
        activityStream,
        activityStreamDetails,
        payload,
        audit
    ]
};


/***/ }),

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

/***/ 49788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ getActivityStreamDetails),
/* harmony export */   ND: () => (/* binding */ listInstances),
/* harmony export */   iE: () => (/* binding */ getInstance),
/* harmony export */   k8: () => (/* binding */ getActivityStream),
/* harmony export */   kC: () => (/* binding */ downloadLargePayload),
/* harmony export */   yF: () => (/* binding */ abortInstance)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);
/* harmony import */ var _q_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68715);


/** One page of `GET /monitoring/instances`. */
const listInstances = (client, filter, page) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'instances'), 'list instances', { q: (0,_q_js__WEBPACK_IMPORTED_MODULE_1__/* .monitoringQ */ .qz)(filter), ...page });
/** `GET /monitoring/instances/{id}`. */
const getInstance = (client, id, minimal = false) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'instances', id), `get instance ${id}`, {
    return: minimal ? 'minimal' : undefined
});
/**
 * `POST /monitoring/instances/{id}/abort` (409 when not in progress). Callers check the instance against the
 * user's selection first (integration, project: contract K6).
 */
async function abortInstance(client, id) {
    const res = await client.json({
        method: 'POST',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'instances', id, 'abort'),
        json: {},
        safeToRetry: false,
        label: `abort instance ${id}`
    });
    return res.body ?? {};
}
/** `GET /monitoring/instances/{id}/activityStream` (deprecated in OIC 3). */
const getActivityStream = (client, id, order = 'asc', timezone) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'instances', id, 'activityStream'), `activity stream of ${id}`, {
    order,
    timezone
});
/** `GET /monitoring/instances/{id}/activityStreamDetails`. */
const getActivityStreamDetails = (client, id, timezone) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'instances', id, 'activityStreamDetails'), `activity stream details of ${id}`, { timezone });
/**
 * Downloads a large payload: `GET /monitoring/instances/{id}/activityStreamDetails/{+key}` — the key is a path
 * (`tracking-data/debug/…`) whose slashes stay unencoded.
 */
function downloadLargePayload(client, id, key, consume) {
    const path = `${(0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'instances', id, 'activityStreamDetails')}/${key.split('/').map(encodeURIComponent).join('/')}`;
    return client.stream({ method: 'GET', path, headers: { accept: '*/*' }, label: `download payload ${key} of ${id}` }, body => consume(body));
}


/***/ }),

/***/ 601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ auditRecordsPage),
/* harmony export */   JK: () => (/* binding */ getHistory),
/* harmony export */   w4: () => (/* binding */ getMessageSummary)
/* harmony export */ });
/* unused harmony export listAuditRecords */
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);
/* harmony import */ var _q_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68715);


/** One page of `GET /monitoring/auditRecords` (paged by `offset`/`limit` like the other monitoring lists). */
const auditRecordsPage = (client, filter, page) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'auditRecords'), 'list audit records', {
    q: auditQ(filter),
    ...page
});
function auditQ(filter) {
    return (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .qFilter */ .yl)({
        limit: filter.limit === undefined ? undefined : String(filter.limit),
        code: filter.code,
        version: filter.version,
        timewindow: filter.timewindow,
        type: filter.type,
        distinct: filter.distinct === undefined ? undefined : String(filter.distinct)
    });
}
/** `GET /monitoring/auditRecords` (`limit` inside q defaults to 15). */
async function listAuditRecords(client, filter = {}) {
    const q = auditQ(filter);
    const body = await getJson(client, apiPath('monitoring', 'auditRecords'), 'list audit records', { q });
    return Array.isArray(body) ? body : (body?.items ?? []);
}
/** `GET /monitoring/integrations/messages/summary`. */
const getMessageSummary = (client) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'integrations', 'messages', 'summary'), 'message count summary');
/**
 * `GET /monitoring/history`: historical tracking metrics, hourly or daily; `range` (UTC) replaces the time window
 * (D:Retrieve Historical Tracking Metrics: `q` startdate, enddate).
 */
const getHistory = (client, frequency, timewindow, range = {}) => (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .apiPath */ .So)('monitoring', 'history'), 'historical tracking metrics', {
    frequency,
    q: (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .qFilter */ .yl)({
        timewindow: range.startdate || range.enddate ? undefined : timewindow,
        startdate: range.startdate ? (0,_q_js__WEBPACK_IMPORTED_MODULE_1__/* .monitoringDate */ .$_)(range.startdate) : undefined,
        enddate: range.enddate ? (0,_q_js__WEBPACK_IMPORTED_MODULE_1__/* .monitoringDate */ .$_)(range.enddate) : undefined
    })
});


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
