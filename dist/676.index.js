export const id = 676;
export const ids = [676];
export const modules = {

/***/ 60676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  group: () => (/* binding */ group)
});

// EXTERNAL MODULE: ./src/core/oic/monitoring/collect.ts
var collect = __webpack_require__(21658);
// EXTERNAL MODULE: ./src/core/oic/monitoring/error-instances.ts
var error_instances = __webpack_require__(23943);
// EXTERNAL MODULE: ./src/core/oic/monitoring/selection.ts
var selection = __webpack_require__(56650);
// EXTERNAL MODULE: ./src/actions/resubmit-errors/select.ts
var resubmit_errors_select = __webpack_require__(82603);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/cli/resources/monitoring-options.ts
var monitoring_options = __webpack_require__(83039);
;// CONCATENATED MODULE: ./src/cli/resources/errors-bulk.ts
/**
 * `errors resubmit-all` and `errors discard-all`: the Monitoring API's bulk calls ("Resubmit Errored Integration
 * Instances", "Discard Errored Integration Instances") with explicit ids — given with --id, or found by the list
 * filters and checked on the client side first (contract K6) — sent at most {@link BULK_BATCH} per request.
 */







/** Ids per bulk request: the most a third-party client says OIC takes (contract §9.5, RESUB-AGENT). */
const BULK_BATCH = 50;
const DEFAULT_MAX = 1000;
const PAGE_SIZE = 100;
/** Trace levels of a resubmit (D:Resubmit an Errored Integration Instance). */
const TRACE_LEVELS = ['Production', 'Audit', 'Debug'];
const BULK_OPTIONS = {
    id: { description: 'an errored instance id; repeat (or comma-separate) for several' },
    ...monitoring_options/* FILTER_OPTIONS */.W7,
    limit: (0,monitoring_options/* limitOption */.pC)(DEFAULT_MAX)
};
/** The --id values. */
const idsOf = (options) => [
    ...new Set((options.id ?? '')
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean))
];
/** A row of what is (or would be) acted on. */
function errorRow(item) {
    const code = item.integration?.code;
    const version = item.integration?.version;
    return {
        id: item.id,
        integration: code && version ? (0,api/* integrationId */.cr)(code, version) : (code ?? ''),
        project: (0,selection/* projectOf */.v8)(item) ?? '',
        status: item.status,
        recoverable: item.recoverable,
        retries: item.retryCount,
        tracked: item.lastTrackedTime,
        primary: item.primaryValue,
        error: item.errorMessage
    };
}
const ERROR_COLUMNS = ['id', 'integration', 'status', 'recoverable', 'tracked', 'error'];
/** The instances a bulk call would send: the --id ones as read back (dry run), or those the filters find. */
async function pick(call, recoverableOnly) {
    const { client, options, log } = call;
    const ids = idsOf(options);
    if (ids.length && (0,monitoring_options/* selects */.ko)(options))
        throw (0,errors/* inputError */.Xu)('Give either --id or filters (--project, --integration, --q), not both.', {
            input: '--id',
            value: ids.join(','),
            fix: 'Drop the filters to act on the ids, or drop --id to act on what the filters find.'
        });
    if (ids.length) {
        if (!call.dryRun)
            return { ids, rows: [] };
        const rows = await Promise.all(ids.map(id => readOne(client, id)));
        return { ids, rows };
    }
    if (!(0,monitoring_options/* selects */.ko)(options))
        throw (0,errors/* inputError */.Xu)('Name the errored instances: --id ID …, or --project, --integration or --q.', {
            input: '--id',
            value: '',
            fix: "Add --id, or a filter such as --integration 'ORDERS|01.00.0000' (see 'errors list')."
        });
    const checker = (0,resubmit_errors_select/* selectionChecker */.cB)(client, (0,monitoring_options/* selectionOf */.Wm)(options, recoverableOnly), { warn: log });
    const found = await (0,collect/* collectErrors */.u)(client, (0,monitoring_options/* filterOf */.KV)(options), {
        max: (0,monitoring_options/* positiveInt */.NJ)(options, 'limit', DEFAULT_MAX),
        pageSize: PAGE_SIZE,
        check: checker.check,
        now: () => Date.now(),
        log
    });
    if (found.leftAlone.length)
        log(`${found.leftAlone.length} listed instance(s) left alone: not shown to match the selection.`);
    if (found.overMax)
        log(`${found.overMax} more matched beyond --limit; run again for them.`);
    return { ids: found.items.map(i => i.id), rows: found.items.map(errorRow) };
}
async function readOne(client, id) {
    try {
        return errorRow(await (0,error_instances/* getError */.vG)(client, id));
    }
    catch (error) {
        if (!(0,errors/* isNotFound */.c4)(error))
            throw error;
        return { id, status: 'not found', error: (0,errors/* errorMessage */.gJ)(error) };
    }
}
const chunks = (ids) => Array.from({ length: Math.ceil(ids.length / BULK_BATCH) }, (_, i) => ids.slice(i * BULK_BATCH, (i + 1) * BULK_BATCH));
function planned(verb, rows, ids) {
    return {
        kind: 'table',
        columns: ERROR_COLUMNS,
        rows,
        json: { dryRun: true, wouldSend: ids.length, requests: chunks(ids).length, verb, items: rows }
    };
}
const countOf = (answer, key) => Array.isArray(answer?.[key]) ? answer[key].length : '';
async function send(call, verb, post) {
    const { ids, rows } = await pick(call, verb === 'resubmit');
    if (call.dryRun)
        return planned(verb, rows, ids);
    if (!ids.length)
        return { kind: 'done', message: `Nothing to ${verb}.`, json: { sent: 0, batches: [] } };
    const answers = [];
    for (const [n, batch] of chunks(ids).entries()) {
        call.log(`Request ${n + 1}: ${verb} ${batch.length} errored instance(s)`);
        answers.push(await post(batch));
    }
    const table = answers.map((a, n) => ({
        request: n + 1,
        sent: chunks(ids)[n]?.length,
        // An empty answer (K2) means the server took the ids without saying more.
        accepted: a ? countOf(a, 'acceptedIds') : 'submitted',
        invalid: countOf(a, 'invalidIds'),
        refused: verb === 'resubmit' ? countOf(a, 'nonRecoverableIds') : countOf(a, 'nonDiscardableIds'),
        job: a?.recoveryJobId ?? a?.abortJobId ?? ''
    }));
    call.log(`Sent ${ids.length} id(s) in ${answers.length} request(s).`);
    return {
        kind: 'table',
        columns: ['request', 'sent', 'accepted', 'invalid', 'refused', 'job'],
        rows: table,
        json: { sent: ids.length, batches: answers.map((a, n) => ({ ids: chunks(ids)[n], answer: a ?? null })) }
    };
}
/** `errors resubmit-all`. */
const resubmitAll = {
    name: 'resubmit-all',
    summary: 'resubmit errored instances by id or by filter, 50 ids per request',
    effect: 'write',
    plansDryRun: true,
    options: { ...BULK_OPTIONS, 'trace-level': { description: `${TRACE_LEVELS.join(', ')}` } },
    run: call => {
        const level = (0,monitoring_options/* oneOf */.yL)(call.options, 'trace-level', TRACE_LEVELS);
        return send(call, 'resubmit', ids => (0,error_instances/* resubmitErrors */.jY)(call.client, ids, level));
    }
};
/** `errors discard-all`. */
const discardAll = {
    name: 'discard-all',
    summary: 'discard errored instances by id or by filter (they end ABORTED), 50 ids per request',
    effect: 'delete',
    plansDryRun: true,
    options: BULK_OPTIONS,
    describe: ({ options }) => `discard ${idsOf(options).length ? `errored instances ${idsOf(options).join(', ')}` : 'the errored instances the filters find'}`,
    run: call => send(call, 'discard', ids => (0,error_instances/* discardErrors */.W5)(call.client, ids))
};

;// CONCATENATED MODULE: ./src/cli/resources/errors.ts
/**
 * `oic-actions errors …`: the Monitoring API's errored instances (seed 000 "Retrieve Errored Instances",
 * "Retrieve an Errored Integration Instance", "Resubmit …", "Discard …", one and many).
 */






const DEFAULT_SHOWN = 50;
const errors_PAGE_SIZE = 100;
/** The errors group. */
const group = {
    name: 'errors',
    summary: 'list, show, resubmit and discard errored integration instances',
    operations: [
        {
            name: 'list',
            summary: 'errored instances, newest first (default: the last hour)',
            effect: 'read',
            options: {
                ...monitoring_options/* FILTER_OPTIONS */.W7,
                'recoverable-only': { description: 'only those that can be resubmitted', boolean: true },
                limit: (0,monitoring_options/* limitOption */.pC)(DEFAULT_SHOWN)
            },
            run: async ({ client, options, log }) => {
                const matches = (0,monitoring_options/* instanceMatcher */.Yf)(client, options);
                const recoverable = options['recoverable-only'] === 'true';
                const found = await (0,collect/* collectErrors */.u)(client, (0,monitoring_options/* filterOf */.KV)(options), {
                    max: (0,monitoring_options/* positiveInt */.NJ)(options, 'limit', DEFAULT_SHOWN),
                    pageSize: errors_PAGE_SIZE,
                    now: () => Date.now(),
                    log,
                    check: async (item) => {
                        const ok = await matches(item.integration?.code, item.integration?.version, (0,selection/* projectOf */.v8)(item));
                        if (!ok)
                            return 'other-integration';
                        return recoverable ? (0,selection/* checkInstance */.Ci)(item, (0,monitoring_options/* selectionOf */.Wm)({}, true)) : undefined;
                    }
                });
                const more = found.overMax + found.unread;
                if (more)
                    log(`Showing ${found.items.length}; at least ${more} more match (raise --limit).`);
                return {
                    kind: 'table',
                    columns: ['id', 'integration', 'project', 'status', 'recoverable', 'retries', 'tracked', 'error'],
                    rows: found.items.map(errorRow),
                    json: found.items
                };
            }
        },
        {
            name: 'get',
            summary: 'one errored instance, as the API returns it',
            args: ['ID'],
            effect: 'read',
            options: {
                minimal: { description: 'return=minimal: without connection details (faster)', boolean: true }
            },
            run: async ({ client, args, options }) => ({
                kind: 'object',
                value: await (0,error_instances/* getError */.vG)(client, args.ID ?? '', options.minimal === 'true')
            })
        },
        {
            name: 'resubmit',
            summary: 'resubmit one errored instance',
            args: ['ID'],
            effect: 'write',
            options: {
                'trace-level': { description: `${TRACE_LEVELS.join(', ')} (the server's default otherwise)` }
            },
            describe: ({ args }) => `resubmit errored instance ${args.ID ?? ''}`,
            run: async ({ client, args, options }) => {
                const id = args.ID ?? '';
                const answer = await (0,error_instances/* resubmitError */.Qi)(client, id, (0,monitoring_options/* oneOf */.yL)(options, 'trace-level', TRACE_LEVELS));
                const job = answer.recoveryJobId ? `: recovery job ${answer.recoveryJobId}` : '';
                return { kind: 'done', message: `Resubmitted errored instance ${id}${job}.`, json: answer };
            }
        },
        resubmitAll,
        {
            name: 'discard',
            summary: 'discard one errored instance (it ends ABORTED and cannot be resubmitted)',
            args: ['ID'],
            effect: 'delete',
            describe: ({ args }) => `discard errored instance ${args.ID ?? ''}`,
            run: async ({ client, args }) => {
                await (0,error_instances/* discardError */.rD)(client, args.ID ?? '');
                return {
                    kind: 'done',
                    message: `Discarded errored instance ${args.ID ?? ''}.`,
                    json: { discarded: args.ID }
                };
            }
        },
        discardAll
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


/***/ })

};
