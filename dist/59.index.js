export const id = 59;
export const ids = [59];
export const modules = {

/***/ 18059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/run-action.ts
var run_action = __webpack_require__(24117);
// EXTERNAL MODULE: ./src/core/collaborators.ts
var collaborators = __webpack_require__(46078);
// EXTERNAL MODULE: ./src/core/oic-instance.ts + 1 modules
var oic_instance = __webpack_require__(90799);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic/page-guard.ts
var page_guard = __webpack_require__(19226);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/shape.ts
var shape = __webpack_require__(95364);
// EXTERNAL MODULE: ./src/core/oic/monitoring/q.ts
var q = __webpack_require__(68715);
;// CONCATENATED MODULE: ./src/core/oic/monitoring/error-instances.ts



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
            throw (0,shape/* unexpected */.os)(`resubmit ${ids.length} errored instances`, odd, `${key} as a list of ids`);
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
        path: apiPath('monitoring', 'errors', id, 'discard'),
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

// EXTERNAL MODULE: ./src/core/http/limits.ts
var limits = __webpack_require__(66502);
;// CONCATENATED MODULE: ./src/core/oic/monitoring/paging.ts
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
    const guard = new page_guard/* PageGuard */.f(label, options.maxPages ?? limits/* MAX_PAGES */.Y0);
    let offset = 0;
    let requests = 0;
    for (;;) {
        requests++;
        const page = (0,shape/* checkCollection */.nS)(await fetch(offset, options.pageSize), `${label} page`) ?? {};
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

;// CONCATENATED MODULE: ./src/core/oic/monitoring/collect.ts




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
/** A page of `listErrors`, or a narrower query when the server refuses the offset (see the module note). */
async function fetchPage(client, state, filter, seen, options) {
    try {
        return await listErrors(client, state.query, { offset: state.offset, limit: options.pageSize });
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
    const guard = new page_guard/* PageGuard */.f('list errored instances', (0,page_guard/* maxPagesOf */.A)(client));
    let total;
    for (;;) {
        out.requests++;
        const page = await fetchPage(client, state, filter, seen, options);
        if (!page)
            continue;
        const items = page.items ?? [];
        const verdict = nextPage(page, state.offset, options.pageSize);
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

// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
// EXTERNAL MODULE: ./src/core/settle-lost-write.ts
var settle_lost_write = __webpack_require__(5189);
;// CONCATENATED MODULE: ./src/actions/resubmit-errors/batches.ts




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
/** Reads back each instance of a batch whose answer was lost: those the service took, and those it did not. */
async function readBack(client, batch) {
    const taken = [];
    const untouched = [];
    for (const item of batch) {
        if (actedOn(item, await (0,not_found/* orUndefined */.y)(getError(client, item.id, true))))
            taken.push(item.id);
        else
            untouched.push(item);
    }
    return { taken, untouched };
}
/** Adds one answered batch to the totals. */
function account(totals, ids, res, span, log) {
    if (!res) {
        totals.emptyAnswers++;
        totals.accepted.push(...ids);
        totals.jobs.push({ ...span, size: ids.length });
        log(`Resubmitted ${ids.length}: the service answered 202 without a body; the ids count as submitted`);
        return;
    }
    const invalid = (res.invalidIds ?? []).map(String);
    const nonRecoverable = (res.nonRecoverableIds ?? []).map(String);
    const refused = new Set([...invalid, ...nonRecoverable]);
    const accepted = Array.isArray(res.acceptedIds)
        ? res.acceptedIds.map(String)
        : ids.filter(id => !refused.has(id));
    totals.accepted.push(...accepted);
    totals.invalid.push(...invalid);
    totals.nonRecoverable.push(...nonRecoverable);
    if (res.recoveryJobId)
        totals.jobs.push({ id: String(res.recoveryJobId), ...span, size: accepted.length });
    else if (accepted.length)
        totals.jobs.push({ ...span, size: accepted.length });
    log(`Resubmitted ${ids.length}: ${accepted.length} accepted${res.recoveryJobId ? `, recovery job ${res.recoveryJobId}` : ''}`);
}
/** The error of a batch the service refused for its size (400 naming ids or a limit), or undefined. */
function batchTooLarge(error, size) {
    if (!(error instanceof errors/* OicHttpError */.sZ) ||
        error.status !== 400 ||
        !/\b(ids?|limit|maximum|cap|at most)\b/i.test(error.detail ?? error.title ?? ''))
        return undefined;
    return new errors/* ConfigurationError */.j1(`The service refused a batch of ${size} ids (${error.detail ?? error.title ?? error.message}): lower batch-size.`, { input: 'batch-size', cause: error });
}
/** Resubmits `items` in batches of `size`; each id is sent at most once per run. */
async function resubmitInBatches(client, items, size, traceLevel, deps) {
    const totals = {
        accepted: [],
        invalid: [],
        nonRecoverable: [],
        jobs: [],
        settled: 0,
        emptyAnswers: 0,
        requests: 0
    };
    const sent = new Set();
    /** Ids sent again after a lost answer the service did not act on. */
    const resent = new Set();
    const queue = chunks(items, size);
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const fresh = batch.filter(i => !sent.has(i.id));
        if (!fresh.length)
            continue;
        fresh.forEach(i => sent.add(i.id));
        const started = deps.now();
        const ids = fresh.map(i => i.id);
        totals.requests++;
        const written = await (0,settle_lost_write/* settleLostWrite */.Pk)({
            what: `resubmit ${fresh.length} errored instances`,
            send: () => resubmitErrors(client, ids, traceLevel),
            refused: error => batchTooLarge(error, fresh.length),
            readBack: async (error) => {
                deps.warn((0,settle_lost_write/* lostAnswerLine */.Xc)(`a resubmit of ${fresh.length} instances`, error, 'reading their state instead of sending it again.'));
                return readBack(client, fresh);
            }
        });
        if (written.answered) {
            account(totals, ids, written.answer, { since: started, until: deps.now() }, deps.log);
            continue;
        }
        const settled = written.state;
        totals.requests += fresh.length;
        totals.settled++;
        totals.accepted.push(...settled.taken);
        if (settled.taken.length)
            totals.jobs.push({ since: started, until: deps.now(), size: settled.taken.length });
        if (settled.untouched.some(i => resent.has(i.id))) {
            throw (0,errors/* withContext */.eQ)(`Could not resubmit ${settled.untouched.length} errored instances (the answer was lost twice and the service took none of them)`, written.error);
        }
        if (settled.untouched.length) {
            settled.untouched.forEach(i => resent.add(i.id));
            deps.log(`${settled.untouched.length} of them were not taken by the service; sending those once more`);
            settled.untouched.forEach(i => sent.delete(i.id));
            queue.unshift(settled.untouched);
        }
    }
    return totals;
}

;// CONCATENATED MODULE: ./src/core/oic/monitoring/recovery-jobs.ts




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
const listRecoveryJobs = (client, filter, page = { offset: 0, limit: 100 }) => (0,api/* getJson */.Tt)(client, (0,api/* apiPath */.So)('monitoring', 'errors', 'recoveryJobs'), 'list recovery jobs', {
    q: (0,q/* monitoringQ */.qz)({ ...filter, primaryValue: filter.jobId ?? filter.primaryValue }),
    ...page
});
/** Every recovery job matching `filter`, page by page (contract K4), with the requests it took. */
async function listAllRecoveryJobs(client, filter, pageSize = 100) {
    const jobs = [];
    const read = await readPages((offset, limit) => listRecoveryJobs(client, filter, { offset, limit }), {
        pageSize,
        label: 'list recovery jobs',
        maxPages: (0,page_guard/* maxPagesOf */.A)(client),
        onItems: items => void jobs.push(...items)
    });
    return { jobs, requests: read.requests };
}
/** `GET /monitoring/errors/recoveryJobs/{id}`. */
const getRecoveryJob = (client, id) => (0,api/* getJson */.Tt)(client, (0,api/* apiPath */.So)('monitoring', 'errors', 'recoveryJobs', id), `get recovery job ${id}`);

// EXTERNAL MODULE: ./src/core/poll.ts
var poll = __webpack_require__(88822);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(46021);
;// CONCATENATED MODULE: ./src/actions/resubmit-errors/jobs.ts
/**
 * The recovery jobs a run started. A bulk resubmit answered with a body names its job (`recoveryJobId`); an empty
 * 202 (contract K2) or a lost answer does not, and documented jobs carry no id (K3): such a job is found in the
 * recovery-job list as the oldest unclaimed job created between just before the request was sent and just after
 * its answer came, preferring one whose `totalCount` equals the ids sent.
 */

/** Clock skew allowed between this runner and the service when matching a job's `createdDate`. */
const JOB_MATCH_SLACK_MS = 120_000;
const claimKey = (job) => `${job.createdDate ?? job.creationDate ?? ''}#${job.totalCount ?? ''}`;
/**
 * Updates the id-less `refs` from one listing of the recovery jobs: refs already matched read their item again,
 * the others claim an unclaimed item created in their time span. Returns how many refs are matched.
 */
function matchJobs(refs, listed) {
    const claimed = new Set();
    const byKey = new Map(listed.map(j => [claimKey(j), j]));
    for (const ref of refs) {
        if (ref.id || ref.createdDate === undefined)
            continue;
        const job = byKey.get(`${ref.createdDate}#${ref.state?.totalCount ?? ''}`);
        if (!job)
            continue;
        claimed.add(claimKey(job));
        adopt(ref, job);
    }
    const free = listed
        .filter(j => !claimed.has(claimKey(j)))
        .sort((a, b) => (jobCreated(a) ?? 0) - (jobCreated(b) ?? 0));
    for (const ref of refs) {
        if (ref.id || ref.createdDate !== undefined)
            continue;
        const inSpan = free.filter(j => {
            const t = jobCreated(j);
            return (t !== undefined &&
                !claimed.has(claimKey(j)) &&
                t >= ref.since - JOB_MATCH_SLACK_MS &&
                t <= ref.until + JOB_MATCH_SLACK_MS);
        });
        const job = inSpan.find(j => j.totalCount === ref.size) ?? inSpan[0];
        if (!job)
            continue;
        claimed.add(claimKey(job));
        adopt(ref, job);
    }
    return refs.filter(r => r.id || r.createdDate !== undefined).length;
}
function adopt(ref, job) {
    ref.createdDate = job.createdDate ?? job.creationDate;
    ref.state = job;
    const id = jobIdOf(job);
    if (id)
        ref.id = id;
}
/** The span of recovery-job creation times to list for `refs` (UTC dates for the monitoring `q`). */
function listSpan(refs, now) {
    const since = Math.min(...refs.map(r => r.since));
    return {
        startdate: new Date(since - JOB_MATCH_SLACK_MS),
        enddate: new Date(Math.max(now, ...refs.map(r => r.until)) + JOB_MATCH_SLACK_MS)
    };
}

;// CONCATENATED MODULE: ./src/actions/resubmit-errors/follow.ts




/** The first look comes after this long: a job checked sooner is only ever still running. */
const FIRST_CHECK_MS = 1000;
/** Reads the current state of every job that has not ended; returns the requests sent. */
async function readJobs(client, refs, now) {
    const open = refs.filter(r => !jobEnded(r.state));
    const byId = open.filter(r => r.id);
    await (0,pool/* mapWithConcurrency */.W)(byId, 8, async (ref) => {
        ref.state = await getRecoveryJob(client, ref.id);
    });
    const listed = open.filter(r => !r.id);
    if (!listed.length)
        return byId.length;
    const { jobs, requests } = await listAllRecoveryJobs(client, listSpan(listed, now));
    matchJobs(listed, jobs);
    return byId.length + requests;
}
/** The output entry of one job. */
function followedJob(ref, followed) {
    const s = ref.state;
    const status = !followed
        ? 'NOT_FOLLOWED'
        : jobEnded(s)
            ? 'ENDED'
            : s || ref.id
                ? 'IN_PROGRESS'
                : 'NOT_FOUND';
    return {
        ...(ref.id ? { id: ref.id } : {}),
        ...(ref.createdDate ? { createdDate: ref.createdDate } : {}),
        status,
        totalCount: s?.totalCount,
        recoveredCount: s?.recoveredCount,
        failedCount: s?.failedCount,
        inProgressCount: s?.inProgressCount,
        ...(s?.status ? { serviceStatus: String(s.status) } : {})
    };
}
/** Polls every job (backing off between rounds) until all have ended or `timeoutMs` passes. */
async function followJobs(client, refs, timeoutMs, deps) {
    if (!refs.length)
        return { jobs: [], timedOut: false, requests: 0 };
    const deadline = deps.now() + timeoutMs;
    let requests = 0;
    await deps.sleep(Math.min(FIRST_CHECK_MS, timeoutMs));
    const result = await (0,poll/* poll */.w)({
        check: async () => {
            requests += await readJobs(client, refs, deps.now());
            return refs;
        },
        done: all => all.every(r => jobEnded(r.state)),
        timeoutMs: Math.max(0, deadline - deps.now()),
        sleep: deps.sleep,
        now: deps.now,
        initialDelayMs: 2000,
        maxDelayMs: 15_000
    });
    return { jobs: refs.map(r => followedJob(r, true)), timedOut: result.timedOut, requests };
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
    ...oic_instance/* COMMON_INPUTS */.s7
];
/** Trace levels a resubmitted run may use. */
const TRACE_LEVELS = ['Production', 'Audit', 'Debug'];
/** Reads and validates the inputs. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const connection = (0,oic_instance/* readInstanceSettings */.ND)(inputs, host);
    const integrations = inputs.list('integrations').map(text => {
        const [code, version, extra] = text.split('|').map(s => s.trim());
        if (!code ||
            !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(code) ||
            extra !== undefined ||
            (version !== undefined && !(0,versions/* isVersion */.lF)(version))) {
            throw (0,errors/* inputError */.Xu)(`Input 'integrations' entry ${(0,core_inputs/* quote */.hD)(text)} must be CODE or CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).`, {
                input: 'integrations',
                value: text,
                fix: 'Write the entry as CODE or CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).'
            });
        }
        return { code, version };
    });
    const level = inputs.optional('recovery-trace-level');
    const traceLevel = TRACE_LEVELS.find(l => l.toLowerCase() === level?.toLowerCase());
    if (level && !traceLevel) {
        throw (0,core_inputs/* mustBe */.Jq)('recovery-trace-level', `one of ${TRACE_LEVELS.join(', ')}`, level);
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

;// CONCATENATED MODULE: ./src/core/oic/monitoring/selection.ts
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
const integrationKey = (item) => (0,api/* integrationId */.cr)(item.integration?.code ?? '?', item.integration?.version ?? '?');
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
        else if (!code || !version || !projectIntegrations?.has((0,api/* integrationId */.cr)(code, version))) {
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

// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var oic_integrations = __webpack_require__(81858);
;// CONCATENATED MODULE: ./src/actions/resubmit-errors/select.ts




/** Builds the check for `selection`; a project list that cannot be read is reported with `deps.warn`. */
function selectionChecker(client, selection, deps) {
    let projectList;
    const checker = {
        check: async (item) => {
            if (!needsProjectList(item, selection))
                return checkInstance(item, selection);
            projectList ??= readProjectList(client, selection.project).catch((error) => {
                checker.projectListError = (0,errors/* errorMessage */.gJ)(error);
                deps.warn(`Errored instances name no project, and the integrations of project ${selection.project} could not be read (${checker.projectListError}): those instances are left alone.`);
                return undefined;
            });
            return checkInstance(item, selection, await projectList);
        }
    };
    return checker;
}
async function readProjectList(client, project) {
    const integrations = await (0,oic_integrations/* listIntegrations */.iB)(client, project);
    return new Set(integrations.map(i => (0,api/* integrationId */.cr)(i)));
}
/** Counts per reason, in a fixed order. */
function countReasons(leftAlone) {
    const counts = new Map();
    for (const { reason } of leftAlone)
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return Object.keys(LEFT_ALONE_TEXT)
        .filter(r => counts.has(r))
        .map(r => [r, counts.get(r) ?? 0]);
}
/** One sentence on what was left alone, or undefined when nothing was. */
function leftAloneNote(leftAlone) {
    if (!leftAlone.length)
        return undefined;
    const parts = countReasons(leftAlone).map(([r, n]) => `${n} ${LEFT_ALONE_TEXT[r]}`);
    return `${leftAlone.length} listed errored instance(s) were left alone because they could not be shown to match the selection: ${parts.join('; ')}.`;
}

;// CONCATENATED MODULE: ./src/actions/resubmit-errors/run-summary.ts
/** Outputs and job summary of `resubmit-errors`: counts, recovery jobs, per-integration table, notes. */





const HEADERS = ['Integration', 'Matched', 'Resubmitted', 'Non-recoverable', 'Invalid', 'Still failing'];
function scopeOf(s) {
    const which = s.integrations.length
        ? s.integrations.map(i => (i.version ? (0,api/* integrationId */.cr)(i.code, i.version) : i.code)).join(', ')
        : 'all integrations';
    return `${which}${s.project ? ` of project ${s.project}` : ''}, last ${s.timeWindow}`;
}
function table(matched, totals, still) {
    const keys = [...new Set([...matched, ...still].map(integrationKey))].sort();
    const keyOf = new Map(matched.map(m => [m.id, integrationKey(m)]));
    const count = (list, key) => totals ? String(list.filter(id => keyOf.get(id) === key).length) : '—';
    return keys.map(key => [
        key,
        String(matched.filter(m => integrationKey(m) === key).length),
        count(totals?.accepted ?? [], key),
        count(totals?.nonRecoverable ?? [], key),
        count(totals?.invalid ?? [], key),
        String(still.filter(e => integrationKey(e) === key).length)
    ]);
}
function commonNotes(s, found, projectListError) {
    const maybe = found.leftAlone.length ? 'up to ' : '';
    return [
        ...(found.left
            ? [
                `${maybe}${found.left} more errored instance(s) matched but were left for a later run (max-instances: ${s.maxInstances}).`
            ]
            : []),
        ...(leftAloneNote(found.leftAlone) ? [leftAloneNote(found.leftAlone)] : []),
        ...(projectListError
            ? [`The integrations of project ${s.project} could not be read (${projectListError}).`]
            : [])
    ];
}
const leftAloneCounts = (found) => Object.fromEntries(countReasons(found.leftAlone));
/** Outputs and summary of a dry run. */
async function reportDryRun(ctx, s, found, projectListError) {
    const { host } = ctx;
    const matched = found.items.length + found.left;
    host.setOutput('matched', String(matched));
    for (const name of ['resubmitted', 'non-recoverable', 'invalid'])
        host.setOutput(name, '0');
    host.setOutput('left-alone', String(found.leftAlone.length));
    host.setOutput('recovery-jobs', '[]');
    host.setOutput('still-failing', String(matched));
    host.setOutput('results', JSON.stringify({
        dryRun: true,
        matched,
        leftAlone: leftAloneCounts(found),
        wouldResubmit: found.items.map(i => ({ id: i.id, integration: integrationKey(i) }))
    }));
    await ctx.report({
        title: 'OIC resubmit-errors',
        status: 'planned',
        statusLine: `Dry run: ${found.items.length} of ${matched} errored instance(s) would be resubmitted (${scopeOf(s)}). Nothing was resubmitted.`,
        table: { headers: HEADERS, rows: table(found.items, undefined, found.items) },
        notes: commonNotes(s, found, projectListError)
    });
}
function runNotes(s, o) {
    const running = o.followed.jobs.filter(j => j.status === 'IN_PROGRESS').length;
    const unseen = o.followed.jobs.filter(j => j.status === 'NOT_FOUND').length;
    return [
        ...commonNotes(s, o.found, o.projectListError),
        ...(o.followed.timedOut
            ? [
                `Recovery jobs still running after wait-timeout (${s.waitTimeoutMs / 1000} s): ${running}${unseen ? `; ${unseen} never found in the recovery-job list (their instances were submitted)` : ''}.`
            ]
            : []),
        ...(!s.wait
            ? [
                'Recovery jobs were not followed (wait: false); still-failing counts what was errored right after resubmitting.'
            ]
            : []),
        ...(o.totals.emptyAnswers
            ? [
                `${o.totals.emptyAnswers} bulk answer(s) were 202 without a body: their ids count as resubmitted (the service did not say which were invalid or not recoverable), and their jobs were looked up in the recovery-job list.`
            ]
            : []),
        ...(o.totals.settled
            ? [
                `${o.totals.settled} batch answer(s) were lost and settled by reading the instances' state; nothing was resubmitted twice.`
            ]
            : [])
    ];
}
/** Outputs and summary of a run; fails it with `fail-on: remaining` when errors remain. */
async function reportRun(ctx, s, o) {
    const { host } = ctx;
    const { found, totals, followed, after } = o;
    const matched = found.items.length + found.left;
    const stillFailing = after.items.length + after.left;
    const rows = table(found.items, totals, after.items);
    host.setOutput('matched', String(matched));
    host.setOutput('resubmitted', String(totals.accepted.length));
    host.setOutput('non-recoverable', String(totals.nonRecoverable.length));
    host.setOutput('invalid', String(totals.invalid.length));
    host.setOutput('left-alone', String(found.leftAlone.length));
    host.setOutput('recovery-jobs', JSON.stringify(followed.jobs));
    host.setOutput('still-failing', String(stillFailing));
    host.setOutput('results', JSON.stringify({
        matched,
        taken: found.items.length,
        left: found.left,
        leftAlone: leftAloneCounts(found),
        resubmitted: totals.accepted.length,
        nonRecoverable: totals.nonRecoverable,
        invalid: totals.invalid,
        recoveryJobs: followed.jobs,
        stillFailing,
        requests: {
            list: found.requests,
            resubmit: totals.requests,
            jobs: followed.requests,
            requery: after.requests
        },
        perIntegration: rows.map(r => Object.fromEntries(HEADERS.map((h, i) => [h, r[i]])))
    }));
    await ctx.report({
        title: 'OIC resubmit-errors',
        status: stillFailing ? 'warning' : 'success',
        statusLine: `${totals.accepted.length} of ${found.items.length} resubmitted in ${followed.jobs.length} recovery job(s); ${totals.nonRecoverable.length} non-recoverable, ${totals.invalid.length} invalid; ${found.leftAlone.length} left alone; ${stillFailing} still failing (${scopeOf(s)}).`,
        table: { headers: HEADERS, rows },
        notes: runNotes(s, o)
    });
    if (s.failOn === 'remaining' && stillFailing > 0) {
        throw new errors/* OicActionError */.km(`${stillFailing} errored instance(s) remain after resubmitting (${scopeOf(s)}) (fail-on: remaining).`);
    }
}
/**
 * Outputs and summary when following the recovery failed after the service accepted the resubmission: the step
 * fails, but what was resubmitted and the jobs to look at are not lost. `still-failing` is not set: nobody knows.
 */
async function reportInterrupted(ctx, s, o, error) {
    const { host } = ctx;
    const { found, totals } = o;
    const matched = found.items.length + found.left;
    const jobs = totals.jobs.map(r => followedJob(r, false));
    host.setOutput('matched', String(matched));
    host.setOutput('resubmitted', String(totals.accepted.length));
    host.setOutput('non-recoverable', String(totals.nonRecoverable.length));
    host.setOutput('invalid', String(totals.invalid.length));
    host.setOutput('left-alone', String(found.leftAlone.length));
    host.setOutput('recovery-jobs', JSON.stringify(jobs));
    host.setOutput('results', JSON.stringify({
        matched,
        taken: found.items.length,
        resubmitted: totals.accepted.length,
        resubmittedIds: totals.accepted,
        nonRecoverable: totals.nonRecoverable,
        invalid: totals.invalid,
        recoveryJobs: jobs,
        followFailed: (0,errors/* errorMessage */.gJ)(error)
    }));
    await ctx.report({
        title: 'OIC resubmit-errors',
        status: 'failure',
        statusLine: `${totals.accepted.length} of ${found.items.length} resubmitted in ${jobs.length} recovery job(s), then following them failed: ${(0,errors/* errorMessage */.gJ)(error)}`,
        table: { headers: HEADERS.slice(0, -1), rows: table(found.items, totals, []).map(r => r.slice(0, -1)) },
        notes: [
            ...commonNotes(s, found, o.projectListError),
            `Resubmitted instances: ${totals.accepted.join(', ') || 'none'}. Recovery jobs: ${jobs.map(j => j.id).join(', ') || 'none'}.`
        ]
    });
}

;// CONCATENATED MODULE: ./src/actions/resubmit-errors/main.ts
/** `resubmit-errors`: finds errored instances, resubmits the recoverable ones in batches, follows the recovery. */








/** Page size of monitoring queries. */
const PAGE_SIZE = 100;
/**
 * Lists the errored instances of the selection, up to `max` taken. `projectCode` and `recoverable` go into `q` as
 * hints only: every item is checked on the client side, and those that cannot be shown to match are left alone.
 */
async function collect(deps, client, s, max, checker) {
    const filters = (s.integrations.length ? s.integrations : [{ code: undefined, version: undefined }]).map(i => ({
        timewindow: s.timeWindow,
        code: i.code,
        version: i.version,
        projectCode: s.project,
        recoverable: true
    }));
    const taken = new Map();
    const leftAlone = new Map();
    const found = { items: [], leftAlone: [], left: 0, requests: 0 };
    for (const filter of filters) {
        const part = await collectErrors(client, filter, {
            max: Math.max(0, max - taken.size),
            pageSize: PAGE_SIZE,
            now: deps.now,
            log: deps.log,
            check: checker.check
        });
        found.requests += part.requests;
        found.left += part.overMax + part.unread;
        for (const item of part.items)
            taken.set(item.id, item);
        for (const entry of part.leftAlone)
            leftAlone.set(entry.item.id, entry);
    }
    found.items = [...taken.values()];
    found.leftAlone = [...leftAlone.values()].filter(e => !taken.has(e.item.id));
    return found;
}
/** Runs the action. */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    const deps = (0,collaborators/* collaborators */.C)(ctx);
    const client = (0,oic_instance/* createOicClient */.zZ)(s.connection, ctx);
    const checker = selectionChecker(client, { integrations: s.integrations, project: s.project, recoverableOnly: true }, deps);
    const found = await collect(deps, client, s, s.maxInstances, checker);
    host.info(`Found ${found.items.length + found.left} recoverable errored instance(s) of the selection; taking ${found.items.length}${found.left ? `, leaving ${found.left} (max-instances ${s.maxInstances})` : ''}${found.leftAlone.length ? `; ${found.leftAlone.length} listed instance(s) did not match and are left alone` : ''}`);
    const why = leftAloneNote(found.leftAlone);
    if (why)
        host.info(why);
    if (s.dryRun)
        return reportDryRun(ctx, s, found, checker.projectListError);
    const totals = await resubmitInBatches(client, found.items, s.batchSize, s.recoveryTraceLevel, deps);
    const { projectListError } = checker;
    let followed;
    let after;
    try {
        followed = s.wait
            ? await followJobs(client, totals.jobs, s.waitTimeoutMs, deps)
            : { jobs: totals.jobs.map(r => followedJob(r, false)), timedOut: false, requests: 0 };
        // Instances that failed again come back with a fresh time, at the head of the list: a bounded re-query finds
        // them, and the server's count of what was not read covers the rest.
        after = await collect(deps, client, s, found.items.length + PAGE_SIZE, checker);
    }
    catch (error) {
        await reportInterrupted(ctx, s, { found, totals, projectListError }, error);
        throw error;
    }
    await reportRun(ctx, s, { found, totals, followed, after, projectListError });
}

;// CONCATENATED MODULE: ./src/actions/resubmit-errors/index.ts
/** Entry of `resubmit-errors`. */


/** Runs `resubmit-errors` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('resubmit-errors', main, options);


/***/ }),

/***/ 46078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ collaborators)
/* harmony export */ });
/** The collaborators of one action run: its host's info and warning lines, its clock. */
function collaborators(ctx) {
    return {
        log: line => ctx.host.info(line),
        warn: line => ctx.host.warning(line),
        sleep: ms => ctx.sleep(ms),
        now: () => ctx.now()
    };
}


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
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74910);
/** Named defaults shared by the actions. */

/** Sent as `User-Agent` on every request: the tool and its version (package.json). */
const USER_AGENT = `oic-actions/${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x} (+https://github.com/oic-actions/oic-actions)`;
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
/* harmony export */   yl: () => (/* binding */ qFilter)
/* harmony export */ });
/* unused harmony exports PAGE_SIZE, qValue, listPage */
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
/** Every integration of a project (or global ones). */
const listIntegrations = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._w)(client, integrationsPath(project), `list integrations${project ? ` in ${project}` : ''}`, options);
/** `GET …/integrations/{CODE%7CVERSION}`. */
const getIntegration = (client, project, code, version) => getJson(client, integrationsPath(project, integrationId(code, version)), `get integration ${integrationId(code, version)}`);
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
/**
 * Maps `items` through `fn` with at most `limit` calls in flight. After a call fails no further item is started;
 * the calls already in flight end first, then the first failure is thrown (nothing runs on after the caller is told).
 */
async function mapWithConcurrency(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
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

/***/ 74910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/version.ts
/**
 * The one version of the tool, read from package.json at build time (ncc inlines it): `oic-actions --version`,
 * the help text and the `User-Agent` of every request carry it.
 */

/** The version in package.json, e.g. `0.1.0`. */
const VERSION = package_namespaceObject.rE;


/***/ })

};
