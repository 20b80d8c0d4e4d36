export const id = 718;
export const ids = [718];
export const modules = {

/***/ 36718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic-connection.ts + 1 modules
var oic_connection = __webpack_require__(68652);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/monitoring/q.ts
var q = __webpack_require__(68715);
;// CONCATENATED MODULE: ./src/core/oic/monitoring/errors.ts


const ERRORS = (0,api/* apiPath */.So)('monitoring', 'errors');
/** One page of `GET /monitoring/errors`. */
const listErrors = (client, filter, page) => (0,api/* getJson */.Tt)(client, ERRORS, 'list errored instances', { q: (0,q/* monitoringQ */.qz)(filter), ...page });
/** `GET /monitoring/errors/{id}`. */
const getError = (client, id, minimal = false) => (0,api/* getJson */.Tt)(client, (0,api/* apiPath */.So)('monitoring', 'errors', id), `get errored instance ${id}`, {
    return: minimal ? 'minimal' : undefined
});
/** `POST /monitoring/errors/{id}/resubmit`: never repeated blindly (check the instance's state instead). */
async function resubmitError(client, id, recoveryTraceLevel) {
    const res = await client.json({
        method: 'POST',
        path: apiPath('monitoring', 'errors', id, 'resubmit'),
        json: recoveryTraceLevel ? { recoveryTraceLevel } : {},
        safeToRetry: false,
        label: `resubmit ${id}`
    });
    return res.body ?? {};
}
/** `POST /monitoring/errors/resubmit` with `{ids}`: never repeated blindly (re-read the error list instead). */
async function resubmitErrors(client, ids, recoveryTraceLevel) {
    const res = await client.json({
        method: 'POST',
        path: `${ERRORS}/resubmit`,
        json: recoveryTraceLevel ? { ids, recoveryTraceLevel } : { ids },
        safeToRetry: false,
        label: `resubmit ${ids.length} errored instances`
    });
    return res.body ?? {};
}
/** `POST /monitoring/errors/{id}/discard` (202). */
async function discardError(client, id) {
    await client.json({
        method: 'POST',
        path: apiPath('monitoring', 'errors', id, 'discard'),
        safeToRetry: false,
        label: `discard ${id}`
    });
}
/** `POST /monitoring/errors/discard` with `{ids}`. */
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

;// CONCATENATED MODULE: ./src/core/oic/monitoring/collect.ts
/**
 * Collecting every errored instance that matches a filter. Pages by offset; when the server refuses an offset
 * (a 500-offset cap is reported for OIC monitoring), it slides the time window instead: the next query ends at the
 * oldest time seen so far, starting again at offset 0, with ids de-duplicated across the overlap.
 */


const WINDOW_MS = {
    '1h': 3600_000,
    '6h': 6 * 3600_000,
    '1d': 24 * 3600_000,
    '2d': 48 * 3600_000,
    '3d': 72 * 3600_000,
    RETENTIONPERIOD: 400 * 24 * 3600_000
};
function isOffsetCap(error) {
    return (error instanceof errors/* OicHttpError */.sZ &&
        error.status === 400 &&
        /offset/i.test(`${error.detail ?? ''} ${error.title ?? ''}`));
}
function trackedTime(item) {
    const t = Date.parse((item.lastTrackedTime ?? item.creationDate ?? '').replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
    return Number.isNaN(t) ? undefined : t;
}
/** Collects up to `max` errored instances matching `filter`. */
async function collectErrors(client, filter, options) {
    const seen = new Map();
    let query = filter;
    let offset = 0;
    let total = -1;
    let requests = 0;
    let slides = 0;
    while (seen.size < options.max) {
        const limit = Math.min(options.pageSize, options.max - seen.size);
        let page;
        try {
            requests++;
            page = await listErrors(client, query, { offset, limit });
        }
        catch (error) {
            if (!isOffsetCap(error) || offset === 0)
                throw error;
            const oldest = Math.min(...[...seen.values()].map(i => trackedTime(i) ?? Infinity));
            if (!Number.isFinite(oldest))
                throw error;
            const start = filter.startdate ?? new Date(options.now() - WINDOW_MS[filter.timewindow ?? '1h']);
            options.log(`The server caps the offset at ${offset}; continuing with the window ending ${new Date(oldest).toISOString()}`);
            query = { ...filter, timewindow: undefined, startdate: start, enddate: new Date(oldest + 1000) };
            offset = 0;
            slides++;
            continue;
        }
        const items = page.items ?? [];
        if (total < 0)
            total = page.totalResults ?? page.totalRecordsCount ?? items.length;
        const before = seen.size;
        for (const item of items)
            if (seen.size < options.max && item.id && !seen.has(item.id))
                seen.set(item.id, item);
        offset += items.length;
        if (!page.hasMore || items.length === 0)
            break;
        if (seen.size === before && slides > 0) {
            options.log('The slid window returned nothing new; stopping the collection here');
            break;
        }
    }
    return { items: [...seen.values()], total: Math.max(total, seen.size), requests, slides };
}

;// CONCATENATED MODULE: ./src/core/oic/monitoring/recovery-jobs.ts


/** Statuses after which a job no longer changes (anything but these is still running). */
const RECOVERY_JOB_DONE = new Set([
    'COMPLETED',
    'FAILED',
    'ABORTED',
    'PARTIAL',
    'PARTIALLY_COMPLETED',
    'SUCCEEDED'
]);
/** `GET /monitoring/errors/recoveryJobs` (one page). */
const listRecoveryJobs = (client, filter, page = { offset: 0, limit: 100 }) => (0,api/* getJson */.Tt)(client, (0,api/* apiPath */.So)('monitoring', 'errors', 'recoveryJobs'), 'list recovery jobs', {
    q: (0,q/* monitoringQ */.qz)({ ...filter, primaryValue: filter.jobId ?? filter.primaryValue }),
    ...page
});
/** `GET /monitoring/errors/recoveryJobs/{id}`. */
const getRecoveryJob = (client, id) => (0,api/* getJson */.Tt)(client, (0,api/* apiPath */.So)('monitoring', 'errors', 'recoveryJobs', id), `get recovery job ${id}`);

// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
;// CONCATENATED MODULE: ./src/actions/resubmit-errors/batches.ts
/**
 * Bulk resubmission in batches, with every instance sent at most once. A batch whose answer is lost is never sent
 * again blindly: each of its instances is read back, and only those the service demonstrably did not take are
 * sent in a follow-up batch.
 */




const chunks = (items, size) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
/** True when the instance changed since it was listed: the lost request (or a recovery) already acted on it. */
function actedOn(before, now) {
    if (!now)
        return true;
    if (String(now.status ?? 'FAILED').toUpperCase() !== 'FAILED')
        return true;
    return ((now.retryCount ?? 0) !== (before.retryCount ?? 0) ||
        (now.lastTrackedTime ?? '') !== (before.lastTrackedTime ?? ''));
}
async function settleLost(client, batch, since, known, deps) {
    const taken = [];
    const untouched = [];
    for (const item of batch) {
        if (actedOn(item, await (0,not_found/* orUndefined */.y)(getError(client, item.id, true))))
            taken.push(item.id);
        else
            untouched.push(item);
    }
    const jobs = taken.length
        ? ((await listRecoveryJobs(client, {
            startdate: new Date(since - 60_000),
            enddate: new Date(deps.now() + 60_000)
        })).items ?? [])
            .map(j => j.id)
            .filter(id => !known.has(id))
        : [];
    return { taken, untouched, jobs };
}
/** Resubmits `items` in batches of `size`; each id is sent at most once per run. */
async function resubmitInBatches(client, items, size, traceLevel, deps) {
    const totals = { accepted: [], invalid: [], nonRecoverable: [], jobs: [], settled: 0 };
    const sent = new Set();
    const queue = chunks(items, size);
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const fresh = batch.filter(i => !sent.has(i.id));
        if (!fresh.length)
            continue;
        fresh.forEach(i => sent.add(i.id));
        const started = deps.now();
        try {
            const res = await resubmitErrors(client, fresh.map(i => i.id), traceLevel);
            totals.accepted.push(...(res.acceptedIds ?? []).map(String));
            totals.invalid.push(...(res.invalidIds ?? []).map(String));
            totals.nonRecoverable.push(...(res.nonRecoverableIds ?? []).map(String));
            if (res.recoveryJobId)
                totals.jobs.push(res.recoveryJobId);
            deps.log(`Resubmitted ${fresh.length}: ${res.acceptedIds?.length ?? 0} accepted${res.recoveryJobId ? `, recovery job ${res.recoveryJobId}` : ''}`);
        }
        catch (error) {
            if (error instanceof errors/* OicHttpError */.sZ &&
                error.status === 400 &&
                /\b(ids?|limit|maximum|cap|at most)\b/i.test(error.detail ?? '')) {
                throw new errors/* ConfigurationError */.j1(`The service refused a batch of ${fresh.length} ids (${error.detail ?? error.message}): lower batch-size.`, { input: 'batch-size', cause: error });
            }
            const lost = error instanceof errors/* OicHttpError */.sZ && (error.status === 0 || error.status >= 500);
            if (!lost)
                throw (0,errors/* withContext */.eQ)(`Could not resubmit ${fresh.length} errored instances`, error);
            deps.warn(`The answer to a resubmit of ${fresh.length} instances was lost (${error.message}); reading their state instead of sending it again.`);
            const settled = await settleLost(client, fresh, started, new Set(totals.jobs), deps);
            totals.settled++;
            totals.accepted.push(...settled.taken);
            totals.jobs.push(...settled.jobs);
            if (settled.untouched.length) {
                deps.log(`${settled.untouched.length} of them were not taken by the service; sending those once more`);
                settled.untouched.forEach(i => sent.delete(i.id));
                queue.unshift(settled.untouched);
            }
        }
    }
    return totals;
}

// EXTERNAL MODULE: ./src/core/poll.ts
var poll = __webpack_require__(88822);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(46021);
;// CONCATENATED MODULE: ./src/actions/resubmit-errors/follow.ts



/** The first look comes after this long: a job checked sooner is only ever still running. */
const FIRST_CHECK_MS = 1000;
/** Polls every job (in parallel, backing off between rounds) until all are done or `timeoutMs` passes. */
async function followJobs(client, jobIds, deps) {
    const status = new Map(jobIds.map(id => [id, 'IN_PROGRESS']));
    if (!jobIds.length)
        return { jobs: [], timedOut: false };
    const deadline = deps.now() + deps.timeoutMs;
    await deps.sleep(Math.min(FIRST_CHECK_MS, deps.timeoutMs));
    const result = await (0,poll/* poll */.w)({
        check: async () => {
            const pending = jobIds.filter(id => !RECOVERY_JOB_DONE.has(status.get(id) ?? ''));
            await (0,pool/* mapWithConcurrency */.W)(pending, 8, async (id) => status.set(id, String((await getRecoveryJob(client, id)).status ?? 'UNKNOWN').toUpperCase()));
            return status;
        },
        done: s => jobIds.every(id => RECOVERY_JOB_DONE.has(s.get(id) ?? '')),
        timeoutMs: Math.max(0, deadline - deps.now()),
        sleep: deps.sleep,
        now: deps.now,
        initialDelayMs: 2000,
        maxDelayMs: 15_000
    });
    return { jobs: jobIds.map(id => ({ id, status: status.get(id) ?? 'UNKNOWN' })), timedOut: result.timedOut };
}

// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/oic/versions.ts
var versions = __webpack_require__(24028);
;// CONCATENATED MODULE: ./src/actions/resubmit-errors/inputs.ts
/** Inputs of `resubmit-errors`, validated into {@link ResubmitErrorsSettings}. */





/** Every input `actions/resubmit-errors/action.yml` declares. */
const INPUTS = [
    'integrations',
    'project',
    'time-window',
    'max-instances',
    'batch-size',
    'recovery-trace-level',
    'wait',
    'wait-timeout',
    'dry-run',
    'fail-on',
    ...oic_connection/* COMMON_INPUTS */.s7
];
/** Trace levels a resubmitted run may use. */
const TRACE_LEVELS = ['Production', 'Audit', 'Debug'];
/** Reads and validates the inputs. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const connection = (0,oic_connection/* readConnectionSettings */.S4)(inputs, host);
    const integrations = inputs.list('integrations').map(text => {
        const [code, version, extra] = text.split('|').map(s => s.trim());
        if (!code ||
            !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(code) ||
            extra !== undefined ||
            (version !== undefined && !(0,versions/* isVersion */.lF)(version))) {
            throw new errors/* ConfigurationError */.j1(`Input 'integrations' entry ${(0,core_inputs/* quote */.hD)(text)} must be CODE or CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).`, { input: 'integrations' });
        }
        return { code, version };
    });
    const level = inputs.optional('recovery-trace-level');
    const traceLevel = TRACE_LEVELS.find(l => l.toLowerCase() === level?.toLowerCase());
    if (level && !traceLevel) {
        throw new errors/* ConfigurationError */.j1(`Input 'recovery-trace-level' must be one of ${TRACE_LEVELS.join(', ')}, got ${(0,core_inputs/* quote */.hD)(level)}.`, { input: 'recovery-trace-level' });
    }
    return {
        integrations,
        project: inputs.optional('project'),
        timeWindow: inputs.choice('time-window', q/* TIME_WINDOWS */.wQ, '1h'),
        maxInstances: inputs.integer('max-instances', { fallback: 500, min: 1, max: 100_000 }),
        batchSize: inputs.integer('batch-size', { fallback: 50, min: 1, max: 1000 }),
        recoveryTraceLevel: traceLevel,
        wait: inputs.boolean('wait', true),
        waitTimeoutMs: inputs.seconds('wait-timeout', { fallback: 600, min: 1, max: 6 * 3600 }) * 1000,
        dryRun: inputs.boolean('dry-run', false),
        failOn: inputs.choice('fail-on', ['never', 'remaining'], 'never'),
        connection
    };
}

;// CONCATENATED MODULE: ./src/actions/resubmit-errors/main.ts
/** `resubmit-errors`: finds errored instances, resubmits the recoverable ones in batches, follows the recovery. */






/** Page size of monitoring queries. */
const PAGE_SIZE = 100;
const integrationOf = (e) => `${e.integration?.code ?? '?'}|${e.integration?.version ?? '?'}`;
async function collect(ctx, client, s, max) {
    const filters = (s.integrations.length ? s.integrations : [{ code: undefined, version: undefined }]).map(i => ({
        timewindow: s.timeWindow,
        code: i.code,
        version: i.version,
        projectCode: s.project,
        recoverable: true
    }));
    const all = new Map();
    let total = 0;
    for (const filter of filters) {
        const found = await collectErrors(client, filter, {
            max: Math.max(0, max - all.size),
            pageSize: PAGE_SIZE,
            now: () => ctx.now(),
            log: l => ctx.host.info(l)
        });
        total += found.total;
        for (const item of found.items)
            all.set(item.id, item);
        if (all.size >= max)
            break;
    }
    return { items: [...all.values()], total: Math.max(total, all.size) };
}
function table(matched, totals, still) {
    const keys = [...new Set([...matched, ...still].map(integrationOf))].sort();
    const count = (list, key) => list.filter(id => matched.some(m => m.id === id && integrationOf(m) === key)).length;
    return keys.map(key => {
        const mine = matched.filter(m => integrationOf(m) === key);
        const accepted = totals ? count(totals.accepted, key) : 0;
        const failing = still.filter(e => integrationOf(e) === key).length;
        return [
            key,
            String(mine.length),
            totals ? String(accepted) : '—',
            totals ? String(count(totals.nonRecoverable, key)) : '—',
            totals ? String(count(totals.invalid, key)) : '—',
            String(failing)
        ];
    });
}
/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    const client = (0,oic_connection/* createOicClient */.zZ)(s.connection, ctx);
    const scope = `${s.integrations.length ? s.integrations.map(i => (i.version ? `${i.code}|${i.version}` : i.code)).join(', ') : 'all integrations'}${s.project ? ` of project ${s.project}` : ''}, last ${s.timeWindow}`;
    const found = await collect(ctx, client, s, s.maxInstances);
    const left = Math.max(0, found.total - found.items.length);
    host.info(`Found ${found.total} recoverable errored instance(s) (${scope}); taking ${found.items.length}${left ? `, leaving ${left} (max-instances ${s.maxInstances})` : ''}`);
    const headers = ['Integration', 'Matched', 'Resubmitted', 'Non-recoverable', 'Invalid', 'Still failing'];
    const leftNote = left
        ? [
            `${left} more errored instance(s) matched but were left for a later run (max-instances: ${s.maxInstances}).`
        ]
        : [];
    if (s.dryRun) {
        host.setOutput('matched', String(found.total));
        for (const name of ['resubmitted', 'non-recoverable', 'invalid'])
            host.setOutput(name, '0');
        host.setOutput('recovery-jobs', '[]');
        host.setOutput('still-failing', String(found.total));
        host.setOutput('results', JSON.stringify({
            dryRun: true,
            matched: found.total,
            wouldResubmit: found.items.map(i => ({ id: i.id, integration: integrationOf(i) }))
        }));
        await ctx.report({
            title: 'OIC resubmit-errors',
            status: 'planned',
            statusLine: `Dry run: ${found.items.length} of ${found.total} errored instance(s) would be resubmitted (${scope}). Nothing was resubmitted.`,
            table: { headers, rows: table(found.items, undefined, found.items) },
            notes: leftNote
        });
        return;
    }
    const totals = await resubmitInBatches(client, found.items, s.batchSize, s.recoveryTraceLevel, {
        log: l => host.info(l),
        warn: l => host.warning(l),
        now: () => ctx.now()
    });
    const followed = s.wait
        ? await followJobs(client, totals.jobs, {
            timeoutMs: s.waitTimeoutMs,
            sleep: ms => ctx.sleep(ms),
            now: () => ctx.now()
        })
        : { jobs: totals.jobs.map(id => ({ id, status: 'NOT_FOLLOWED' })), timedOut: false };
    // Instances that failed again come back with a fresh time, at the head of the list: a bounded re-query finds them,
    // and the server's total counts the rest.
    const after = await collect(ctx, client, s, found.items.length + PAGE_SIZE);
    const stillFailing = after.total;
    host.setOutput('matched', String(found.total));
    host.setOutput('resubmitted', String(totals.accepted.length));
    host.setOutput('non-recoverable', String(totals.nonRecoverable.length));
    host.setOutput('invalid', String(totals.invalid.length));
    host.setOutput('recovery-jobs', JSON.stringify(followed.jobs));
    host.setOutput('still-failing', String(stillFailing));
    host.setOutput('results', JSON.stringify({
        matched: found.total,
        taken: found.items.length,
        left,
        resubmitted: totals.accepted.length,
        nonRecoverable: totals.nonRecoverable,
        invalid: totals.invalid,
        recoveryJobs: followed.jobs,
        stillFailing,
        perIntegration: table(found.items, totals, after.items).map(r => Object.fromEntries(headers.map((h, i) => [h, r[i]])))
    }));
    const notes = [
        ...leftNote,
        ...(followed.timedOut
            ? [
                `Recovery jobs still running after wait-timeout (${s.waitTimeoutMs / 1000} s): ${followed.jobs.filter(j => j.status === 'IN_PROGRESS').length}.`
            ]
            : []),
        ...(!s.wait
            ? [
                'Recovery jobs were not followed (wait: false); still-failing counts what was errored right after resubmitting.'
            ]
            : []),
        ...(totals.settled
            ? [
                `${totals.settled} batch answer(s) were lost and settled by reading the instances' state; nothing was resubmitted twice.`
            ]
            : [])
    ];
    await ctx.report({
        title: 'OIC resubmit-errors',
        status: stillFailing ? 'warning' : 'success',
        statusLine: `${totals.accepted.length} of ${found.items.length} resubmitted in ${totals.jobs.length} recovery job(s); ${totals.nonRecoverable.length} non-recoverable, ${totals.invalid.length} invalid; ${stillFailing} still failing (${scope}).`,
        table: { headers, rows: table(found.items, totals, after.items) },
        notes
    });
    if (s.failOn === 'remaining' && stillFailing > 0) {
        throw new errors/* OicActionError */.km(`${stillFailing} errored instance(s) remain after resubmitting (${scope}) (fail-on: remaining).`);
    }
}

;// CONCATENATED MODULE: ./src/actions/resubmit-errors/index.ts
/** Entry of `resubmit-errors`. */


/** Runs `resubmit-errors` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('resubmit-errors', main, options);


/***/ }),

/***/ 26214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ ENV),
/* harmony export */   Qm: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_S),
/* harmony export */   TU: () => (/* binding */ DEFAULT_RETRIES),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   dT: () => (/* binding */ OIC_API_BASE)
/* harmony export */ });
/** Named defaults shared by the actions. */
/** Sent as `User-Agent` on every request. */
const USER_AGENT = 'oic-actions/1 (+https://github.com/oic-actions/oic-actions)';
/** Base path of the OIC design-time ("Factory") and monitoring REST API. */
const OIC_API_BASE = '/ic/api/integration/v1';
/** Default seconds one HTTP request may take (the `request-timeout` input). */
const DEFAULT_REQUEST_TIMEOUT_S = 120;
/** Default attempts after the first for transient failures (the `retries` input). */
const DEFAULT_RETRIES = 4;
/** Environment variables shared between steps. */
const ENV = {
    url: 'OIC_URL',
    instance: 'OIC_INSTANCE',
    token: 'OIC_ACCESS_TOKEN'
};


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


/***/ }),

/***/ 46021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/** Running async work with bounded concurrency, results in input order. */
/** Maps `items` through `fn` with at most `limit` calls in flight. */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ })

};
