export const id = 940;
export const ids = [940];
export const modules = {

/***/ 44940:
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
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: ./src/core/oic/monitoring/collect.ts
var collect = __webpack_require__(21658);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic/monitoring/error-instances.ts
var error_instances = __webpack_require__(23943);
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
        if (actedOn(item, await (0,not_found/* orUndefined */.y)((0,error_instances/* getError */.vG)(client, item.id, true))))
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
            send: () => (0,error_instances/* resubmitErrors */.jY)(client, ids, traceLevel),
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

// EXTERNAL MODULE: ./src/core/oic/monitoring/recovery-jobs.ts
var recovery_jobs = __webpack_require__(76258);
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
        .sort((a, b) => ((0,recovery_jobs/* jobCreated */.uC)(a) ?? 0) - ((0,recovery_jobs/* jobCreated */.uC)(b) ?? 0));
    for (const ref of refs) {
        if (ref.id || ref.createdDate !== undefined)
            continue;
        const inSpan = free.filter(j => {
            const t = (0,recovery_jobs/* jobCreated */.uC)(j);
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
    const id = (0,recovery_jobs/* jobIdOf */.wb)(job);
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
    const open = refs.filter(r => !(0,recovery_jobs/* jobEnded */.WK)(r.state));
    const byId = open.filter(r => r.id);
    await (0,pool/* mapWithConcurrency */.W)(byId, 8, async (ref) => {
        ref.state = await (0,recovery_jobs/* getRecoveryJob */.DO)(client, ref.id);
    });
    const listed = open.filter(r => !r.id);
    if (!listed.length)
        return byId.length;
    const { jobs, requests } = await (0,recovery_jobs/* listAllRecoveryJobs */.FL)(client, listSpan(listed, now));
    matchJobs(listed, jobs);
    return byId.length + requests;
}
/** The output entry of one job. */
function followedJob(ref, followed) {
    const s = ref.state;
    const status = !followed
        ? 'NOT_FOLLOWED'
        : (0,recovery_jobs/* jobEnded */.WK)(s)
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
    const result = await (0,poll/* poll */.wt)({
        check: async () => {
            requests += await readJobs(client, refs, deps.now());
            return refs;
        },
        done: all => all.every(r => (0,recovery_jobs/* jobEnded */.WK)(r.state)),
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
// EXTERNAL MODULE: ./src/core/oic/monitoring/q.ts
var q = __webpack_require__(68715);
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

// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/monitoring/selection.ts
var selection = __webpack_require__(56650);
// EXTERNAL MODULE: ./src/actions/resubmit-errors/select.ts
var resubmit_errors_select = __webpack_require__(82603);
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
    const keys = [...new Set([...matched, ...still].map(selection/* integrationKey */.yw))].sort();
    const keyOf = new Map(matched.map(m => [m.id, (0,selection/* integrationKey */.yw)(m)]));
    const count = (list, key) => totals ? String(list.filter(id => keyOf.get(id) === key).length) : '—';
    return keys.map(key => [
        key,
        String(matched.filter(m => (0,selection/* integrationKey */.yw)(m) === key).length),
        count(totals?.accepted ?? [], key),
        count(totals?.nonRecoverable ?? [], key),
        count(totals?.invalid ?? [], key),
        String(still.filter(e => (0,selection/* integrationKey */.yw)(e) === key).length)
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
        ...((0,resubmit_errors_select/* leftAloneNote */.d7)(found.leftAlone) ? [(0,resubmit_errors_select/* leftAloneNote */.d7)(found.leftAlone)] : []),
        ...(projectListError
            ? [`The integrations of project ${s.project} could not be read (${projectListError}).`]
            : [])
    ];
}
const leftAloneCounts = (found) => Object.fromEntries((0,resubmit_errors_select/* countReasons */.Vo)(found.leftAlone));
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
        wouldResubmit: found.items.map(i => ({ id: i.id, integration: (0,selection/* integrationKey */.yw)(i) }))
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
async function main_collect(deps, client, s, max, checker) {
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
        const part = await (0,collect/* collectErrors */.u)(client, filter, {
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
    const checker = (0,resubmit_errors_select/* selectionChecker */.cB)(client, { integrations: s.integrations, project: s.project, recoverableOnly: true }, deps);
    const found = await main_collect(deps, client, s, s.maxInstances, checker);
    host.info(`Found ${found.items.length + found.left} recoverable errored instance(s) of the selection; taking ${found.items.length}${found.left ? `, leaving ${found.left} (max-instances ${s.maxInstances})` : ''}${found.leftAlone.length ? `; ${found.leftAlone.length} listed instance(s) did not match and are left alone` : ''}`);
    const why = (0,resubmit_errors_select/* leftAloneNote */.d7)(found.leftAlone);
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
        after = await main_collect(deps, client, s, found.items.length + PAGE_SIZE, checker);
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

/***/ 79696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ readTransportSettings),
/* harmony export */   Mr: () => (/* binding */ oicOrigin),
/* harmony export */   ND: () => (/* binding */ readInstanceSettings),
/* harmony export */   Yo: () => (/* binding */ TRANSPORT_INPUTS),
/* harmony export */   s7: () => (/* binding */ COMMON_INPUTS),
/* harmony export */   uT: () => (/* binding */ createHttpClient),
/* harmony export */   zZ: () => (/* binding */ createOicClient)
/* harmony export */ });
/* unused harmony export oic3Only */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26214);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72079);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25834);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89114);
/* harmony import */ var _tls_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55123);
/**
 * The inputs every OIC action shares (`oic-url`, `instance`, `access-token`, `ca-certificate`, `request-timeout`,
 * `retries`) and the HTTP client built from them.
 */






/** Names of the common inputs. */
const COMMON_INPUTS = [
    'oic-url',
    'instance',
    'access-token',
    'ca-certificate',
    'request-timeout',
    'retries'
];
/** Inputs that shape HTTP behaviour, shared with `authenticate`. */
const TRANSPORT_INPUTS = ['ca-certificate', 'request-timeout', 'retries'];
/** Reads `ca-certificate`, `request-timeout` and `retries`. */
function readTransportSettings(inputs) {
    return {
        caCertificate: (0,_tls_input_js__WEBPACK_IMPORTED_MODULE_5__/* .readCaCertificate */ .m)(inputs.optional('ca-certificate')),
        timeoutMs: inputs.seconds('request-timeout', { fallback: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUEST_TIMEOUT_S */ .Qm, min: 1, max: 3600 }) * 1000,
        retries: inputs.integer('retries', { fallback: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRIES */ .TU, min: 0, max: 10 })
    };
}
/** Normalises an OIC base URL to its origin, accepting a trailing `/ic/api/integration/v1`. */
function oicOrigin(value, input) {
    const url = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHttpsUrl */ .mX)(value, input);
    const path = url.pathname.replace(/\/+$/, '');
    if (path !== '' && path !== _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .OIC_API_BASE */ .dT) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input '${input}' must be the host of the REST API (e.g. https://design.integration.<region>.ocp.oraclecloud.com), not a page or path: got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(value)}.`, { input, value, fix: `Set ${input} to ${url.origin}.` });
    }
    if (url.username || url.password) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input '${input}' must not contain credentials; use access-token.`, {
            input,
            // The value holds a password: it is not carried.
            fix: `Remove the user and password from ${input}; pass the token in access-token.`
        });
    }
    return new URL(url.origin);
}
/**
 * The one line of a project-level action run without `instance` (contract K10: projects, deployments and `.car`
 * archives exist only in the OIC 3 REST reference; an empty `instance` means OIC 2).
 */
function oic3Only(action) {
    const fix = `set input 'instance' (or env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.instance}) to the service instance name from the instance's About page.`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${action} needs Oracle Integration 3 (projects exist only in its REST API), but 'instance' is empty, which means OIC 2: ${fix}`, { input: 'instance', value: '', fix });
}
/**
 * Reads the common inputs (falling back to `OIC_URL`, `OIC_INSTANCE`, `OIC_ACCESS_TOKEN`), masking the token. With
 * `oic3Only`, the name of a project-level action, an empty `instance` (OIC 2) fails with {@link oic3Only}'s line.
 */
function readInstanceSettings(inputs, host, options = {}) {
    const env = host.env;
    const token = inputs.value('access-token') || env[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.token] || '';
    if (token)
        host.setSecret(token);
    const rawUrl = inputs.value('oic-url') || env[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.url] || '';
    if (!rawUrl) {
        const fix = 'the design-time host, e.g. https://design.integration.us-phoenix-1.ocp.oraclecloud.com.';
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input 'oic-url' is required (or env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.url}): ${fix}`, {
            input: 'oic-url',
            value: '',
            fix: `Set oic-url to ${fix}`
        });
    }
    if (!token) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input 'access-token' is required (or env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.token}): pass \${{ steps.<authenticate step id>.outputs.access-token }}.`, {
            input: 'access-token',
            value: '',
            fix: `Pass \${{ steps.<authenticate step id>.outputs.access-token }} (or set env ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.token}).`
        });
    }
    const instance = inputs.value('instance') || env[_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV */ .Km.instance] || undefined;
    if (instance && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(instance)) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`Input 'instance' must be the service instance name from the instance's About page, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(instance)}.`, {
            input: 'instance',
            value: instance,
            fix: "Set instance to the service instance name from the instance's About page (letters, digits, '.', '_', '-')."
        });
    }
    if (!instance && options.oic3Only)
        throw oic3Only(options.oic3Only);
    return { url: oicOrigin(rawUrl, 'oic-url'), instance, token, transport: readTransportSettings(inputs) };
}
/** Creates the HTTP client for an OIC instance; it is closed when the action ends. */
function createOicClient(settings, ctx) {
    return createHttpClient(settings.url, settings.transport, ctx, {
        instance: settings.instance,
        token: settings.token
    });
}
/** Creates an HTTP client for any base URL with the action's transport settings and injected time. */
function createHttpClient(baseUrl, transport, ctx, auth = {}) {
    const client = new _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpClient */ .Q({
        baseUrl,
        ...auth,
        timeoutMs: transport.timeoutMs,
        retry: (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultRetryPolicy */ .ur)(transport.retries),
        caCertificate: transport.caCertificate,
        dispatcher: ctx.dispatcher,
        limits: ctx.limits,
        sleep: ms => ctx.sleep(ms),
        random: () => ctx.random(),
        now: () => ctx.now(),
        log: message => ctx.host.info(message),
        userAgent: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .USER_AGENT */ ._O
    });
    ctx.defer(() => client.close());
    return client;
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
/* harmony export */   sQ: () => (/* binding */ DEFAULT_PACER),
/* harmony export */   wt: () => (/* binding */ poll),
/* harmony export */   zM: () => (/* binding */ PollPacer)
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
/**
 * The pace of status rounds (issue 21: activations take 2–15 s, a slot is freed only when its end is seen, at most
 * about 3 reads per activation). The times are learned, never assumed, so the same pace suits a slow tenant and a
 * fast emulator: while nothing has finished, rounds come at short and growing waits; once some have finished, the
 * reads left in the budget are spread evenly over the time the rest should still take (what each one in flight
 * should still need by the times observed, plus the queued ones on the slots), so an end is seen about half a wait
 * after it happens wherever it falls, and the queue moves on.
 */
const DEFAULT_PACER = {
    initialMs: 250,
    growth: 1.5,
    minMs: 100,
    maxMs: 10_000,
    readsPerOperation: 2.5
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Learns how long operations take and says how long to wait before the next round (see {@link DEFAULT_PACER}). */
class PollPacer {
    total;
    options;
    observed = [];
    delay;
    spent = 0;
    /** `total`: the operations to watch, which set the budget of reads. */
    constructor(total, options = DEFAULT_PACER) {
        this.total = total;
        this.options = options;
        this.delay = options.initialMs;
    }
    /** Records how long one finished operation took (ms from its start to the read that saw it final). */
    observe(ms) {
        this.observed.push(ms);
    }
    /** Records `reads` status reads spent. */
    spend(reads) {
        this.spent += reads;
    }
    /** The wait before the next round. */
    next(plan) {
        const { minMs, maxMs } = this.options;
        if (!this.observed.length) {
            const wait = this.delay;
            this.delay = Math.min(maxMs, this.delay * this.options.growth);
            return Math.min(maxMs, wait);
        }
        const avg = mean(this.observed);
        // What one of age `a` should still need: the mean of the longer times observed, or soon when none was longer.
        const still = (a) => {
            const longer = this.observed.filter(d => d > a);
            return longer.length ? mean(longer) - a : minMs;
        };
        const needs = plan.ages.map(still);
        const slots = Math.max(1, plan.slots);
        const rest = Math.max(0, ...needs, (needs.reduce((a, b) => a + b, 0) + plan.queued * avg) / slots);
        const rounds = Math.floor((this.total * this.options.readsPerOperation - this.spent) / Math.max(1, plan.cost));
        // Past the budget (longer than anything seen), rounds come every half of the mean time.
        const wait = rounds >= 1 ? rest / rounds : avg / 2;
        return Math.round(Math.min(maxMs, Math.max(minMs, wait)));
    }
}


/***/ }),

/***/ 46021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency),
/* harmony export */   b: () => (/* binding */ allInOrder)
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
/**
 * Awaits independent work started together and returns its values in order. Every promise is awaited (nothing left
 * running unobserved); when some fail, the failure of the first by position is thrown, so which error a user sees
 * does not depend on which answer came first.
 */
async function allInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map(s => s.value);
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


/***/ })

};
