export const id = 343;
export const ids = [343];
export const modules = {

/***/ 9377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ checkActivationTarget),
/* harmony export */   p: () => (/* binding */ activationSet)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_oic_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97029);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81858);
/* harmony import */ var _core_oic_not_found_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69921);
/* harmony import */ var _core_oic_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24028);
/* harmony import */ var _core_pool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46021);






/**
 * The versions `activate` asks for: none, the newest of each imported code, or a deployment's. `listed` is the
 * project's integrations when already read.
 */
async function activationSet(client, project, s, imported, listed) {
    if (s.activate.kind === 'none')
        return [];
    if (s.activate.kind === 'all') {
        // One version per integration: activating two of the same major version would deactivate the first again.
        if (imported.length)
            return [...(0,_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .newestByCode */ .Nx)(imported).values()];
        const present = listed ?? (await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, project));
        return [...(0,_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .newestByCode */ .Nx)(present).values()].map(({ code, version }) => ({
            code,
            version
        }));
    }
    const code = s.activate.code;
    const deployment = await (0,_core_oic_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .getDeployment */ .i8)(client, project, code).catch((e) => {
        if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(e))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'activate': deployment ${code} is not in project ${project} on the target.`, { input: 'activate' });
        throw e;
    });
    return (deployment.integrations ?? []).map(({ code: c, version }) => ({ code: c, version }));
}
/**
 * Refuses `activate: <deployment>` before anything changes when neither the archive's labels nor the target holds
 * that deployment: found only after the import, the project would be left half done. The deployment is read
 * together with the target (`target` is its read in flight): a project that is not there answers 404.
 */
async function checkActivationTarget(client, s, car, target, project) {
    if (s.activate.kind !== 'deployment')
        return;
    const code = s.activate.code;
    if (car.deployments.some(d => d.code === code))
        return;
    const deployment = project ? (0,_core_oic_not_found_js__WEBPACK_IMPORTED_MODULE_3__/* .orUndefined */ .y)((0,_core_oic_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .getDeployment */ .i8)(client, project, code)) : Promise.resolve(undefined);
    const [found, pinned] = await (0,_core_pool_js__WEBPACK_IMPORTED_MODULE_5__/* .allInOrder */ .b)([target, deployment]);
    if (found.exists && pinned)
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'activate': deployment ${code} is neither in the archive nor in the target (the archive has: ${car.deployments.map(d => d.code).join(', ') || 'none'}): name one of them, all or none.`, { input: 'activate' });
}


/***/ }),

/***/ 99556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ consentLine),
/* harmony export */   I2: () => (/* binding */ plannedConsentNotes),
/* harmony export */   RJ: () => (/* binding */ holdForConsent),
/* harmony export */   TF: () => (/* binding */ plannedConsent),
/* harmony export */   fF: () => (/* binding */ NO_CONSENT_HOLD),
/* harmony export */   v: () => (/* binding */ consentStep),
/* harmony export */   wx: () => (/* binding */ consentHint)
/* harmony export */ });
/* unused harmony exports waitsForConsent, consolePath */
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_connections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48256);


/** No connection waits for consent. */
const NO_CONSENT_HOLD = { needed: [], activateAnyway: false };
/**
 * Whether `c` waits for consent: its policy needs it, and the target says it was not given (`consentState`, [U]:
 * the emulator's field, no recorded answer has one) or, when the target does not say, this run has just set its
 * policy or credentials (consent is given for the credentials in place).
 */
function waitsForConsent(c, configuredNow) {
    if (!c.securityPolicy || !_core_oic_connections_js__WEBPACK_IMPORTED_MODULE_1__/* .CONSENT_POLICIES */ .Gg.has(c.securityPolicy))
        return false;
    if (c.consentState !== undefined)
        return c.consentState.toUpperCase() !== 'GRANTED';
    return configuredNow;
}
/**
 * The console path to a project's connection (Oracle's "Create a Connection", OIC 3 adapter guides: "In the
 * navigation pane, click Projects. Select the project name. Click Integrations … In the Connections section").
 */
function consolePath(project, c) {
    return `Projects > ${project} > Integrations > Connections > ${c.name ?? c.id}: Provide Consent, then Test and Save`;
}
/** The archive's integration versions that use connection `id` (info.json dependencies, format file §3). */
function dependantsOf(car, id) {
    return car.integrations.filter(i => i.dependencies.connections.includes(id)).map(i => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(i));
}
/**
 * After configuration: the project's connections that wait for consent, each with the integrations using it;
 * `settings` are the connections file's entries (those setting a policy or credentials were just configured). One
 * warning per connection names it, its policy and the console path.
 */
async function consentStep(deps, client, project, car, settings, activateAnyway) {
    const credentialsSet = (id) => settings.some(k => k.id === id && (k.securityPolicy !== undefined || k.securityProperties.length > 0));
    const connections = await (0,_core_oic_connections_js__WEBPACK_IMPORTED_MODULE_1__/* .listConnections */ .yb)(client, project);
    const needed = connections
        .filter(c => waitsForConsent(c, credentialsSet(c.id)))
        .map(c => ({
        id: c.id,
        securityPolicy: c.securityPolicy,
        console: consolePath(project, c),
        integrations: dependantsOf(car, c.id)
    }));
    for (const n of needed)
        deps.warn(consentLine(n, activateAnyway));
    return { needed, activateAnyway };
}
/** One line about a connection waiting for consent and what happens to its dependants. */
function consentLine(n, activateAnyway) {
    const users = n.integrations.length
        ? ` ${n.integrations.join(', ')} ${activateAnyway ? 'will be activated anyway (activate-without-consent)' : 'will not be activated until it is given (activate-without-consent: true activates them anyway)'}.`
        : '';
    // Names from the server reach the log and the summary, whose sinks escape them (src/core/escape.ts).
    return `Connection ${n.id} (${n.securityPolicy}) needs consent in the Oracle Integration console: ${n.console}.${users}`;
}
/** The connection waiting for consent that `ref` uses (by version, else by code), if any. */
function blockerOf(ref, needed) {
    const id = (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(ref);
    return (needed.find(n => n.integrations.includes(id)) ??
        needed.find(n => n.integrations.some(i => i.split('|')[0] === ref.code)));
}
/**
 * Splits the versions to activate into those to activate and those held back (status SKIPPED, the reason in
 * `error`) because a connection they use waits for consent; with `activateAnyway` nothing is held.
 */
function holdForConsent(refs, hold) {
    if (hold.activateAnyway || !hold.needed.length)
        return { go: [...refs], held: [] };
    const go = [];
    const held = [];
    for (const ref of refs) {
        const blocker = blockerOf(ref, hold.needed);
        if (!blocker)
            go.push(ref);
        else
            held.push({
                ...ref,
                status: 'SKIPPED',
                error: `connection ${blocker.id} waits for consent in the console (${blocker.console})`
            });
    }
    return { go, held };
}
/** The end of the activation failure line when failed versions use connections waiting for consent. */
function consentHint(failed, needed) {
    const blockers = [...new Set(failed.map(f => blockerOf(f, needed)?.id).filter(Boolean))];
    return blockers.length
        ? ` — connection(s) ${blockers.join(', ')} need consent in the console (see needs-consent)`
        : '';
}
/**
 * The dry run's notes: each connection the file moves to (or keeps on) a policy that needs consent, with the
 * archive's integrations that would wait for it.
 */
function plannedConsentNotes(car, settings, activateAnyway) {
    return plannedConsent(car, settings, car.project?.code ?? '').map(k => {
        const then = k.integrations.length
            ? ` ${k.integrations.join(', ')} would ${activateAnyway ? 'be activated anyway (activate-without-consent)' : 'not be activated (SKIPPED)'}.`
            : '';
        return `Connection ${k.id} would need consent in the console after configuration (${k.securityPolicy}).${then}`;
    });
}
/** The dry run's `needs-consent`: the file's connections whose chosen policy will wait for console consent. */
function plannedConsent(car, settings, project) {
    return settings
        .filter(k => k.securityPolicy !== undefined && _core_oic_connections_js__WEBPACK_IMPORTED_MODULE_1__/* .CONSENT_POLICIES */ .Gg.has(k.securityPolicy))
        .map(k => ({
        id: k.id,
        securityPolicy: k.securityPolicy ?? '',
        console: consolePath(project, { id: k.id }),
        integrations: dependantsOf(car, k.id)
    }));
}


/***/ }),

/***/ 54410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ replaceProject),
/* harmony export */   Y1: () => (/* binding */ replaceNotes)
/* harmony export */ });
/* unused harmony exports deactivationOrder, unchangedByReplace */
/* harmony import */ var _core_oic_activation_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94629);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81858);
/* harmony import */ var _core_oic_monitoring_instances_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49788);
/* harmony import */ var _core_oic_versions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24028);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _schedules_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79531);







const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
/** `CODE|VERSION, …` of `refs`. */
const idList = (refs) => refs.map(r => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(r)).join(', ');
/** How long a failed replacement waits for the integrations it puts back. */
const REACTIVATE_TIMEOUT_MS = 120_000;
const isScheduled = (i) => /scheduled/i.test(i.style ?? '') || i.scheduleDefinedFlag === true;
/** The order integrations are deactivated in: scheduled first, then the rest, each by code. */
function deactivationOrder(integrations) {
    return [...integrations].sort((a, b) => Number(isScheduled(b)) - Number(isScheduled(a)) ||
        a.code.localeCompare(b.code) ||
        a.version.localeCompare(b.version));
}
async function inFlight(client, project, refs) {
    const byIntegration = new Map();
    if (!refs.length)
        return { byIntegration };
    try {
        const page = await (0,_core_oic_monitoring_instances_js__WEBPACK_IMPORTED_MODULE_3__/* .listInstances */ .ND)(client, { status: 'IN_PROGRESS', projectCode: project, timewindow: '1d' }, { offset: 0, limit: 100 });
        for (const inst of page.items ?? []) {
            const id = (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(inst.integrationId ?? '', inst.integrationVersion ?? '');
            if (refs.some(r => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(r) === id))
                byIntegration.set(id, [...(byIntegration.get(id) ?? []), inst.id]);
        }
        return { byIntegration };
    }
    catch (error) {
        return { byIntegration, unknown: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(error) };
    }
}
/**
 * The archive's integrations that a replacement did not visibly change: missing afterwards, or present before with
 * the same `lastUpdated` after (or no `lastUpdated` to tell). A version the target did not hold counts as changed.
 */
function unchangedByReplace(before, after, imported) {
    const unchanged = [];
    for (const ref of imported) {
        const now = after.find(i => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(i) === (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref));
        const was = before.find(i => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(i) === (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref));
        const at = (i) => i?.lastUpdated || undefined;
        if (!now)
            unchanged.push({ ...ref, reason: 'not in the project after the replacement' });
        else if (!was)
            continue;
        else if (!at(was) || !at(now))
            unchanged.push({ ...ref, reason: 'no lastUpdated was reported, so a change cannot be shown' });
        else if (at(was) === at(now))
            unchanged.push({ ...ref, reason: `lastUpdated is still ${at(now)}` });
    }
    return unchanged;
}
/** Reactivates what this step deactivated (and is still there), then throws `error` with how many came back. */
async function restoreAndThrow(client, project, deactivated, deps, error, what, schedulesStopped = [], concurrency) {
    // Nothing may be left worse than it was: put back what this step switched off, then report the failure.
    const present = await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, project).catch(() => []);
    const back = deactivated.filter(d => present.some(p => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(p) === (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(d))).reverse();
    if (!back.length)
        throw error;
    deps.log(`${what}: reactivating ${idList(back)} as they were`);
    const outcomes = await (0,_core_oic_activation_js__WEBPACK_IMPORTED_MODULE_0__/* .activateIntegrations */ .Hm)(client, project, back, REACTIVATE_TIMEOUT_MS, deps, {
        concurrency
    }).catch(() => []);
    const restored = outcomes.filter(o => o.status === 'ACTIVATED').length;
    await (0,_schedules_step_js__WEBPACK_IMPORTED_MODULE_5__/* .restartSchedules */ .Y4)(client, project, schedulesStopped, outcomes, deps);
    throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .withContext */ .eQ)(`Replacing project ${project} failed (${restored} of ${back.length} deactivated integrations reactivated)`, error);
}
/** Removes what the release does not hold (a deployment's archive leaves other codes in place, reported). */
async function prune(client, project, present, imported, wholeProject, deps) {
    const pruned = [];
    const kept = [];
    const keep = new Set(imported.map(r => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(r)));
    const codes = new Set(imported.map(i => i.code));
    for (const extra of present.filter(i => !keep.has((0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(i)))) {
        if (!codes.has(extra.code) && !wholeProject) {
            kept.push({ code: extra.code, version: extra.version });
            continue;
        }
        if (ACTIVE.has(String(extra.status)))
            await (0,_schedules_step_js__WEBPACK_IMPORTED_MODULE_5__/* .stopSchedules */ .DF)(client, project, [extra], deps);
        await (0,_core_oic_activation_js__WEBPACK_IMPORTED_MODULE_0__/* .deactivateIntegrations */ .cn)(client, project, [extra], deps);
        await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteIntegration */ .qo)(client, project, extra.code, extra.version);
        deps.log(`Removed ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(extra)}: the release does not hold it`);
        pruned.push({ code: extra.code, version: extra.version });
    }
    return { pruned, kept };
}
/**
 * Deactivates, uploads (through `upload`), reads the integrations back (K8), prunes when asked, and says what to
 * reactivate. An archive integration left unchanged fails the replacement (after putting back what was
 * deactivated) unless `acceptUnchanged`.
 */
async function replaceProject(client, project, target, imported, options) {
    const { deps } = options;
    const active = deactivationOrder(target.filter(i => ACTIVE.has(String(i.status))));
    const flight = await inFlight(client, project, active);
    if (active.length)
        deps.log(`Deactivating ${active.length} active integration(s) before replacing, scheduled first: ${idList(active)}`);
    const schedulesStopped = await (0,_schedules_step_js__WEBPACK_IMPORTED_MODULE_5__/* .stopSchedules */ .DF)(client, project, active, deps);
    // Every scheduled integration before any other, so nothing new starts; each group in parallel.
    const deactivated = await (0,_core_oic_activation_js__WEBPACK_IMPORTED_MODULE_0__/* .deactivateInGroups */ .WO)(client, project, [active.filter(isScheduled), active.filter(i => !isScheduled(i))], deps, { concurrency: options.concurrency });
    const restore = (error, what) => restoreAndThrow(client, project, deactivated, deps, error, what, schedulesStopped, options.concurrency);
    try {
        await options.upload();
    }
    catch (error) {
        return restore(error, 'The replacement failed');
    }
    const after = await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, project);
    const unchanged = unchangedByReplace(target, after, imported);
    if (unchanged.length && !options.acceptUnchanged) {
        const list = unchanged.map(u => `${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(u)} (${u.reason})`).join(', ');
        const error = new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`The replacement did not change ${list}: replacing a project is not a documented Oracle operation and the service kept what it had; delete the project or those versions and import again, or set accept-unchanged: true to accept this.`, { input: 'accept-unchanged' });
        return restore(error, 'The replacement changed nothing');
    }
    for (const u of unchanged)
        deps.log(`Not changed by the replacement (accepted): ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(u)} (${u.reason})`);
    const { pruned, kept } = options.prune
        ? await prune(client, project, after, imported, options.wholeProject, deps)
        : { pruned: [], kept: [] };
    // Pruning deleted some: only then is the list read again.
    const remaining = options.prune ? await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, project) : after;
    const newest = (0,_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_6__/* .newestByCode */ .Nx)(imported);
    const reactivate = [...deactivated]
        .reverse()
        .map(d => newest.get(d.code) ?? d)
        .filter(r => remaining.some(i => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(i) === (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(r)));
    return {
        deactivated,
        reactivate,
        inFlight: flight.byIntegration,
        inFlightUnknown: flight.unknown,
        pruned,
        kept,
        unchanged,
        schedulesStopped
    };
}
/** Summary notes of a replacement: what was deactivated, what was in flight, what a rollback removed. */
function replaceNotes(outcome) {
    const notes = [];
    if (outcome.deactivated.length) {
        notes.push(`Deactivated before replacing (scheduled first): ${idList(outcome.deactivated)}; reactivated after in reverse order: ${idList(outcome.reactivate) || 'none'}.`);
        if (outcome.inFlightUnknown)
            notes.push(`The instances in flight could not be read (${outcome.inFlightUnknown}).`);
        else if (outcome.inFlight.size === 0)
            notes.push('No instances of them were in flight when they were deactivated.');
        else
            for (const [integration, ids] of outcome.inFlight)
                notes.push(`In flight when ${integration} was deactivated: ${ids.length} instance(s) (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}).`);
    }
    if (outcome.unchanged.length)
        notes.push(`Not changed by the replacement, accepted (accept-unchanged): ${outcome.unchanged.map(u => `${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(u)} (${u.reason})`).join(', ')}; these are not replaced.`);
    if (outcome.pruned.length)
        notes.push(`Removed to converge on the release: ${idList(outcome.pruned)}.`);
    if (outcome.kept.length) {
        notes.push(`Not part of the release's deployment, left in place: ${idList(outcome.kept)} (roll back a whole-project archive to remove them too).`);
    }
    return notes;
}


/***/ }),

/***/ 79531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ stopSchedules),
/* harmony export */   Rm: () => (/* binding */ scheduleNotes),
/* harmony export */   Ru: () => (/* binding */ scheduleRows),
/* harmony export */   Y4: () => (/* binding */ restartSchedules),
/* harmony export */   eD: () => (/* binding */ scheduleFailure),
/* harmony export */   jQ: () => (/* binding */ schedulesStep),
/* harmony export */   yJ: () => (/* binding */ settingFor)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81858);
/* harmony import */ var _core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51227);




/** The file's setting for `ref`: the `CODE|VERSION` entry first, then the `CODE` one. */
function settingFor(settings, ref) {
    return (settings.find(s => s.code === ref.code && s.version === ref.version) ??
        settings.find(s => s.code === ref.code && s.version === undefined));
}
/**
 * Stops the schedules of the scheduled integrations among `integrations` (before they are deactivated); returns
 * those whose schedule was running. A 412 ("not running", "not defined") settled by the state is fine.
 */
async function stopSchedules(client, project, integrations, deps) {
    const stopped = [];
    for (const i of integrations.filter(_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .isScheduledIntegration */ .A2)) {
        const ref = { code: i.code, version: i.version };
        const how = await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .stopSchedule */ .QF)(client, project, ref);
        deps.log(`Schedule of ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} ${how === 'done' ? 'stopped' : 'was not running'} before deactivation`);
        if (how === 'done')
            stopped.push(ref);
    }
    return stopped;
}
/** Defines or changes the schedule as the file says; a running schedule is stopped for the change and said so. */
async function define(client, project, ref, setting) {
    const definition = setting.definition;
    if (!definition)
        return undefined;
    const current = await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .getSchedule */ .A0)(client, project, ref);
    if ((0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .sameDefinition */ .uD)(current, definition))
        return 'unchanged';
    // Whether a running schedule may be changed is not documented: it is stopped first, and started below.
    if (_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULE_RUNNING */ ._A.has(current?.state ?? ''))
        await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .stopSchedule */ .QF)(client, project, ref);
    await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .defineSchedule */ .f)(client, project, ref, definition, current ? 'update' : 'create');
    return current ? 'changed' : 'defined';
}
async function apply(client, project, ref, setting, deps) {
    const id = (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref);
    try {
        const definition = setting ? await define(client, project, ref, setting) : undefined;
        if (definition && definition !== 'unchanged')
            deps.log(`Schedule of ${id} ${definition} as ${setting?.location.file ?? 'the file'} says`);
        const base = { ...ref, ...(definition ? { definition } : {}) };
        if (setting && !setting.start) {
            const how = await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .stopSchedule */ .QF)(client, project, ref);
            deps.log(`Schedule of ${id} left stopped (start: false)`);
            return { ...base, status: how === 'done' ? 'stopped' : 'not running' };
        }
        const how = await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .startSchedule */ .C1)(client, project, ref);
        deps.log(`Schedule of ${id} ${how === 'done' ? 'started' : 'was already running'}`);
        const status = how === 'done' ? 'started' : 'already running';
        if (!setting?.runNow)
            return { ...base, status };
        await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .runScheduleNow */ .N2)(client, project, ref);
        deps.log(`Run of ${id} requested (run-now)`);
        return { ...base, status, ranNow: true };
    }
    catch (error) {
        return { ...ref, status: 'failed', error: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
    }
}
/**
 * After activation: the schedule of every activated scheduled integration (scheduled in the archive, or flagged by
 * the target) is defined or changed as the file says and started, or left stopped with `start: false`. A failure is
 * recorded for the report, not thrown, so the other schedules are still handled. `listed` is the project's
 * integrations when already read (the target's scheduled flags).
 */
async function schedulesStep(deps, client, project, activations, settings, scheduledInArchive, listed) {
    const activated = activations.filter(a => a.status === 'ACTIVATED');
    if (!activated.length)
        return [];
    // Whether the target flags one scheduled does not change with its activation: a list read before it serves.
    const present = activated.some(a => !scheduledInArchive.includes((0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(a)))
        ? (listed ?? (await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, project)))
        : [];
    const scheduled = activated.filter(a => scheduledInArchive.includes((0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(a)) ||
        present.some(p => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(p) === (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(a) && (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .isScheduledIntegration */ .A2)(p)));
    const outcomes = [];
    for (const a of scheduled) {
        const ref = { code: a.code, version: a.version };
        outcomes.push(await apply(client, project, ref, settingFor(settings, ref), deps));
    }
    return outcomes;
}
/**
 * After a failed replacement put its integrations back: starts again the schedules it stopped, of those that are
 * active again. Best effort: the replacement's own failure is what the step reports, each failure here is logged.
 */
async function restartSchedules(client, project, stopped, outcomes, deps) {
    for (const ref of stopped) {
        if (!outcomes.some(o => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(o) === (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref) && o.status === 'ACTIVATED'))
            continue;
        const how = await (0,_core_oic_schedules_js__WEBPACK_IMPORTED_MODULE_3__/* .startSchedule */ .C1)(client, project, ref).catch((e) => (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e));
        deps.log(`Schedule of ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} ${how === 'done' ? 'started again' : how === 'already' ? 'was already running' : `could not be started again: ${how}`}`);
    }
}
/** Summary rows of the schedules handled: kind, id, version, change, status, blocked by. */
function scheduleRows(outcomes = []) {
    return outcomes.map(o => [
        'schedule',
        o.code,
        o.version,
        o.definition ?? '',
        `${o.status}${o.ranNow ? ', run requested' : ''}`,
        o.error ?? ''
    ]);
}
/**
 * Summary notes: the scheduled integrations whose schedule this run did not handle (not activated), and the
 * schedules that failed.
 */
function scheduleNotes(scheduled, outcomes = []) {
    const left = scheduled.filter(id => !outcomes.some(o => (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(o) === id));
    return [
        ...(left.length
            ? [`Scheduled integrations: start their schedules after activation: ${left.join(', ')}.`]
            : []),
        ...outcomes
            .filter(o => o.status === 'failed')
            .map(o => `The schedule of ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(o)} could not be handled: ${o.error ?? 'unknown error'}`)
    ];
}
/** The failure line when a schedule failed, or undefined. */
function scheduleFailure(outcomes = []) {
    const failed = outcomes.filter(o => o.status === 'failed');
    if (!failed.length)
        return undefined;
    return `Schedules failed for ${failed.length} of ${outcomes.length} scheduled integrations: ${failed.map(o => `${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(o)} (${o.error ?? 'unknown error'})`).join(', ')}.`;
}


/***/ }),

/***/ 405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ readTarget),
/* harmony export */   kK: () => (/* binding */ importStep),
/* harmony export */   w4: () => (/* binding */ activateStep)
/* harmony export */ });
/* unused harmony exports upload, importOrReplace */
/* harmony import */ var _core_archive_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88351);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_oic_connections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48256);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81858);
/* harmony import */ var _core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77258);
/* harmony import */ var _core_oic_lookups_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58990);
/* harmony import */ var _core_oic_not_found_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69921);
/* harmony import */ var _core_oic_projects_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24579);
/* harmony import */ var _core_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5189);
/* harmony import */ var _core_pool_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(46021);
/* harmony import */ var _core_oic_activation_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(94629);
/* harmony import */ var _activation_set_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9377);
/* harmony import */ var _replace_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(54410);
/* harmony import */ var _consent_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(99556);














/** A list the target may refuse (4xx: not there, not allowed): undefined then, so the diff says "unknown". */
async function optional(read) {
    try {
        return await read;
    }
    catch (error) {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicHttpError */ .sZ && error.status >= 400 && error.status < 500)
            return undefined;
        throw error;
    }
}
/**
 * Reads whether the project exists in the target, then its integrations and connections; with the archive, also
 * its lookups and libraries (when the archive brings some) and the instance's connections outside the project
 * (when integrations depend on connections that are neither in the archive nor in the project).
 */
async function readTarget(client, project, car) {
    const exists = project ? Boolean(await (0,_core_oic_not_found_js__WEBPACK_IMPORTED_MODULE_6__/* .orUndefined */ .y)((0,_core_oic_projects_js__WEBPACK_IMPORTED_MODULE_7__/* .getProject */ .U1)(client, project))) : false;
    if (!exists || !project) {
        const state = { exists: false, integrations: [], connections: [] };
        return car ? withInstanceConnections(client, state, car) : state;
    }
    // Independent reads, issued together (issue 21).
    const [integrations, connections, lookups, libraries] = await (0,_core_pool_js__WEBPACK_IMPORTED_MODULE_13__/* .allInOrder */ .b)([
        (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_3__/* .listIntegrations */ .iB)(client, project),
        (0,_core_oic_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .listConnections */ .yb)(client, project),
        car?.lookups.length ? optional((0,_core_oic_lookups_js__WEBPACK_IMPORTED_MODULE_5__/* .listLookups */ .aw)(client, project)) : Promise.resolve(undefined),
        car?.libraries.length ? optional((0,_core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_4__/* .listLibraries */ .sj)(client, project)) : Promise.resolve(undefined)
    ]);
    const state = { exists, integrations, connections };
    if (!car)
        return state;
    if (car.lookups.length)
        state.lookups = lookups;
    if (car.libraries.length)
        state.libraries = libraries;
    return withInstanceConnections(client, state, car);
}
/** Adds the instance's connections when integrations depend on connections neither the archive nor the project has. */
async function withInstanceConnections(client, state, car) {
    const outside = [...(0,_core_archive_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .externalConnections */ .z)(car).keys()].filter(id => !state.connections.some(c => c.id === id));
    if (outside.length)
        state.instanceConnections = await optional((0,_core_oic_connections_js__WEBPACK_IMPORTED_MODULE_2__/* .listConnections */ .yb)(client, undefined));
    return state;
}
/**
 * Imports (POST) or replaces (PUT) the archive, once. A lost answer to an import is settled by reading the project:
 * there now, it was imported. A replacement cannot be told from the project that was there, so its lost answer
 * fails the upload (replace.ts puts back what it deactivated).
 */
async function upload(deps, client, file, mode, expected) {
    const written = await (0,_core_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_8__/* .settleLostWrite */ .Pk)({
        what: mode === 'add' ? 'import the archive' : 'replace the archive',
        send: async () => {
            const code = (await (0,_core_oic_projects_js__WEBPACK_IMPORTED_MODULE_7__/* .importProject */ .zB)(client, file, mode))?.code ?? expected;
            if (!code)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km('The import answer named no project and the archive did not either: set the project input.');
            return code;
        },
        readBack: async () => mode === 'add' && expected && (await (0,_core_oic_not_found_js__WEBPACK_IMPORTED_MODULE_6__/* .orUndefined */ .y)((0,_core_oic_projects_js__WEBPACK_IMPORTED_MODULE_7__/* .getProject */ .U1)(client, expected))) ? expected : undefined,
        refused: error => error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicHttpError */ .sZ && error.status === 409
            ? new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Project ${expected ?? ''} already exists in the target (409): set if-exists: replace to replace it, or skip.`, { input: 'if-exists', cause: error })
            : undefined
    });
    if (!written.answered) {
        deps.warn((0,_core_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_8__/* .lostAnswerLine */ .Xc)('the import', written.error, `project ${written.state} now exists, so the archive was not sent again.`));
        return written.state;
    }
    return written.answer;
}
/**
 * Imports the archive (POST) when the project is new, or, when it exists, fails (`if-exists: fail`), skips, or
 * replaces it safely (deactivate, PUT, reactivate).
 */
async function importOrReplace(deps, client, s, run) {
    const { car, target, expected, instance, imported } = run;
    let result;
    let project;
    let reactivate = [];
    let replaced;
    if (target.exists && expected) {
        if (s.ifExists === 'fail') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Project ${expected} already exists in ${instance} (409): set if-exists: replace to replace it, or skip.`, { input: 'if-exists' });
        }
        project = expected;
        if (s.ifExists === 'skip') {
            result = 'skipped';
            deps.log(`Project ${expected} exists in ${instance}: import skipped (if-exists: skip)`);
        }
        else {
            replaced = await (0,_replace_js__WEBPACK_IMPORTED_MODULE_11__/* .replaceProject */ .G4)(client, project, target.integrations, imported, {
                prune: s.source.kind === 'release',
                wholeProject: car.kind === 'project',
                upload: async () => void (await upload(deps, client, run.path, 'replace', expected)),
                deps,
                acceptUnchanged: s.acceptUnchanged,
                concurrency: s.activationConcurrency
            });
            reactivate = replaced.reactivate;
            result = 'replaced';
        }
    }
    else {
        project = await upload(deps, client, run.path, 'add', expected);
        result = 'imported';
    }
    return { project, result, reactivate, replaced };
}
/** Imports or replaces (or skips) per `if-exists`, and checks the project the import went into. */
async function importStep(deps, client, s, { archive, car, expected }, plan) {
    const done = await importOrReplace(deps, client, s, { car, expected, path: archive.path, ...plan });
    if (s.project && done.project !== s.project)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`The import created project ${done.project}, not ${s.project}.`);
    deps.log(`Project ${done.project} ${done.result} in ${plan.instance}`);
    return done;
}
/**
 * Activates what `activate` asks for, plus what a replace deactivated, one version per integration code; a version
 * using a connection that waits for console consent is SKIPPED instead (./consent.ts). `listed` is the project's
 * integrations read after configuration (their statuses before the requests), when already read.
 */
async function activateStep(deps, client, s, done, imported, consent = _consent_js__WEBPACK_IMPORTED_MODULE_12__/* .NO_CONSENT_HOLD */ .fF, listed) {
    const wanted = await (0,_activation_set_js__WEBPACK_IMPORTED_MODULE_10__/* .activationSet */ .p)(client, done.project, s, imported, listed);
    const refs = [...done.reactivate, ...wanted.filter(w => !done.reactivate.some(r => r.code === w.code))];
    const { go, held } = (0,_consent_js__WEBPACK_IMPORTED_MODULE_12__/* .holdForConsent */ .RJ)(refs, consent);
    const outcomes = go.length
        ? await (0,_core_oic_activation_js__WEBPACK_IMPORTED_MODULE_9__/* .activateIntegrations */ .Hm)(client, done.project, go, s.activationTimeoutMs, deps, {
            concurrency: s.activationConcurrency,
            listed
        })
        : [];
    return refs.map(r => [...held, ...outcomes].find(o => o.code === r.code && o.version === r.version));
}


/***/ }),

/***/ 51462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jl: () => (/* binding */ contentNotes),
/* harmony export */   SG: () => (/* binding */ missingConnectionNotes),
/* harmony export */   oZ: () => (/* binding */ diffReport)
/* harmony export */ });
/* unused harmony exports DIFF_HEADERS, diffRows */
/* harmony import */ var _oic_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);

const IMPORTABLE = {
    ok: 'yes',
    '409': 'no: project exists (409) — set if-exists: replace',
    '412': 'after deactivation (412 while active or locked)',
    skipped: 'skipped (if-exists: skip)'
};
const FOUND = {
    'target project': 'in the target project',
    'target instance': 'in the target instance',
    missing: 'MISSING: in neither archive nor target',
    unknown: 'not in the archive: the target must have it'
};
/** Headers of the diff table. */
const DIFF_HEADERS = ['Kind', 'Id', 'Archive', 'Target', 'Change', 'Importable'];
/** The diff table's rows. */
function diffRows(diff) {
    const rows = diff.integrations.map(i => [
        'integration',
        i.code,
        `${i.version || '—'}${i.scheduled ? ' (scheduled)' : ''}`,
        i.targetVersions.length
            ? `${i.targetVersions.join(', ')}${i.targetStatus ? ` (${i.targetStatus})` : ''}`
            : '—',
        i.change,
        IMPORTABLE[i.importable] ?? i.importable
    ]);
    for (const c of diff.connections)
        rows.push([
            'connection',
            c.id,
            [c.adapterType, c.securityPolicy].filter(Boolean).join(', ') || 'definition',
            c.targetStatus ?? '—',
            c.configuredByFile ? 'configured by connections-file' : 'stays draft: no credentials in the archive',
            ''
        ]);
    for (const e of diff.externalConnections)
        rows.push([
            'connection (dependency)',
            e.id,
            '—',
            FOUND[e.found],
            `used by ${e.integrations.join(', ')}`,
            ''
        ]);
    for (const l of diff.lookups)
        rows.push(['lookup', l.id, 'definition', '', l.change, '']);
    for (const l of diff.libraries)
        rows.push(['library', l.id, 'definition', '', l.change, '']);
    return rows;
}
/** One line per connection missing from both archive and target, naming the integrations that need it. */
function missingConnectionNotes(diff, target) {
    return diff.missingConnections.map(m => `Connection ${m.id} is in neither the archive nor ${target}: ${m.integrations.join(', ')} depend${m.integrations.length === 1 ? 's' : ''} on it and cannot be activated until it exists there.`);
}
/** Notes about the archive itself: kind, deployments, scheduled integrations, assets, unknown folders, warnings. */
function contentNotes(car, diff) {
    const list = (what, items) => items.length ? [`${what}: ${items.join(', ')}.`] : [];
    return [
        ...list('Deployments', car.deployments.map(d => `${d.code} (${d.integrations.length})`)),
        ...(diff.scheduled.length
            ? [`Scheduled integrations (start their schedules after activation): ${diff.scheduled.join(', ')}.`]
            : []),
        ...list('Templates', car.templates.map(t => (0,_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(t))),
        ...list('Queues', car.queues.map(q => q.code)),
        ...list('AI agents', car.agents.map(a => `${a.kind}/${(0,_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(a)}`)),
        ...list('Unknown folders (not read)', car.unknownFolders),
        ...car.warnings.map(w => `Archive: ${w}.`)
    ];
}
const KIND = {
    project: 'whole project',
    deployment: 'deployment',
    'integration-archive': 'integration archive (.iar)'
};
/** A report of the archive's contents and, with a target, the diff against it. */
function diffReport(car, diff, target) {
    const what = car.project?.code ?? car.integrations.map(i => (0,_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(i)).join(', ');
    const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`;
    const needs = diff.connections.filter(c => c.needsConfiguration).map(c => c.id);
    return {
        title: `OIC archive ${what} (${car.deployment ? `deployment ${car.deployment}` : KIND[car.kind]})`,
        status: diff.missingConnections.length ? 'warning' : 'planned',
        statusLine: target
            ? `Against ${target}: the project ${diff.projectExists ? 'exists' : 'is new'}; ${counts}.`
            : `${car.integrations.length} integration(s), ${car.connections.length} connection(s), ${car.lookups.length} lookup(s), ${car.libraries.length} librar${car.libraries.length === 1 ? 'y' : 'ies'}, ${car.entries} entries (${car.uncompressedBytes} bytes).`,
        table: { headers: DIFF_HEADERS, rows: diffRows(diff) },
        notes: [
            ...missingConnectionNotes(diff, target ?? 'the target'),
            ...(needs.length
                ? [`Connections that need their credentials configured after the import: ${needs.join(', ')}.`]
                : []),
            ...contentNotes(car, diff)
        ]
    };
}


/***/ }),

/***/ 88351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ diffArchive),
/* harmony export */   z: () => (/* binding */ externalConnections)
/* harmony export */ });
/* harmony import */ var _oic_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93993);

const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
function integrationRows(car, target, ifExists) {
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
    const shown = (there, fallback) => (there.find(t => ACTIVE.has(String(t.status))) ?? fallback)?.status;
    const rows = car.integrations.map(i => {
        const there = byCode.get(i.code) ?? [];
        return {
            code: i.code,
            version: i.version,
            targetVersions: there.map(t => t.version),
            targetStatus: shown(there, there[there.length - 1]),
            change: there.length === 0
                ? 'added'
                : there.some(t => t.version === i.version)
                    ? 'unchanged'
                    : 'version changed',
            importable: gate(there.some(t => ACTIVE.has(String(t.status)) || t.lockedFlag === true)),
            scheduled: i.scheduled
        };
    });
    const inArchive = new Set(car.integrations.map(i => i.code));
    for (const [code, there] of byCode) {
        if (inArchive.has(code))
            continue;
        rows.push({
            code,
            version: '',
            targetVersions: there.map(t => t.version),
            targetStatus: shown(there, there[0]),
            change: 'only in target',
            importable: gate(false),
            scheduled: false
        });
    }
    return rows;
}
/** Connections the integrations depend on that the archive does not hold, with the integrations that use them. */
function externalConnections(car) {
    const held = new Set(car.connections.map(c => c.code));
    const out = new Map();
    for (const i of car.integrations)
        for (const c of i.dependencies.connections)
            if (!held.has(c))
                out.set(c, [...(out.get(c) ?? []), (0,_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(i)]);
    return out;
}
function dependencyRows(car, target) {
    return [...externalConnections(car)].map(([id, integrations]) => {
        const found = target.connections.some(c => c.id === id)
            ? 'target project'
            : target.instanceConnections?.some(c => c.id === id)
                ? 'target instance'
                : target.instanceConnections
                    ? 'missing'
                    : 'unknown';
        return { id, integrations, found };
    });
}
function assetRows(car, target) {
    const lookups = car.lookups.map((l) => ({
        id: l.name,
        change: !target.lookups ? 'unknown' : target.lookups.some(t => t.name === l.name) ? 'replaced' : 'added'
    }));
    const libraries = car.libraries.map((l) => {
        const there = target.libraries?.filter(t => t.code === l.code);
        return {
            id: (0,_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(l),
            change: !there
                ? 'unknown'
                : there.length === 0
                    ? 'added'
                    : there.some(t => t.version === l.version)
                        ? 'unchanged'
                        : 'version changed'
        };
    });
    return { lookups, libraries };
}
/** Computes the diff for an import with `ifExists`, given the connection ids the connections file configures. */
function diffArchive(car, target, ifExists, configured = new Set()) {
    const integrations = integrationRows(car, target, ifExists);
    const connections = car.connections.map(c => ({
        id: c.code,
        adapterType: c.adapterType,
        securityPolicy: c.securityPolicy,
        targetStatus: target.connections.find(t => t.id === c.code)?.status,
        configuredByFile: configured.has(c.code),
        needsConfiguration: !configured.has(c.code)
    }));
    const externals = dependencyRows(car, target);
    const counts = { added: 0, 'version changed': 0, unchanged: 0, 'only in target': 0 };
    for (const row of integrations)
        counts[row.change]++;
    return {
        projectExists: target.exists,
        integrations,
        connections,
        externalConnections: externals,
        missingConnections: externals.filter(e => e.found === 'missing'),
        scheduled: car.integrations.filter(i => i.scheduled).map(i => (0,_oic_api_js__WEBPACK_IMPORTED_MODULE_0__/* .integrationId */ .cr)(i)),
        ...assetRows(car, target),
        counts
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

/***/ 94629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vg: () => (/* binding */ DEFAULT_ACTIVATION_CONCURRENCY),
  Hm: () => (/* binding */ activateIntegrations),
  WO: () => (/* binding */ deactivateInGroups),
  cn: () => (/* binding */ deactivateIntegrations),
  SS: () => (/* binding */ describeOutcome)
});

// UNUSED EXPORTS: ACTIVATION_FINAL, UNCONFIRMED_POLLS

// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/poll.ts
var poll = __webpack_require__(88822);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(46021);
// EXTERNAL MODULE: ./src/core/settle-lost-write.ts
var settle_lost_write = __webpack_require__(5189);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/oic/activation-errors.ts
/**
 * Why an activation failed: `GET …/integrations/{CODE%7CVERSION}/activationErrors` (Oracle: "Retrieve Integration
 * Activation Errors" and "… in a Project"; schema IntegrationActivationErrorRs: `code`, `version`, `hasErrors`,
 * `errorMessage`, `shortSummaryMessage`; 404, 412, 500). Contract K5.
 */



/** Longest activation error text carried into a one-line failure message. */
const MAX_TEXT = 500;
/** The text of an {@link ActivationErrors} answer, on one line, or undefined when it says nothing. */
function activationErrorText(body) {
    if (!body || typeof body !== 'object')
        return undefined;
    const pick = (v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
    const text = pick(body.errorMessage) || pick(body.shortSummaryMessage);
    if (!text)
        return undefined;
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
/**
 * Reads the activation errors of a version; never throws: when the resource is missing (OIC 2 documents another
 * answer) or unreadable, the reason is undefined and the caller reports the status alone.
 */
async function readActivationErrors(client, project, code, version, log) {
    try {
        const body = await (0,api/* getJson */.Tt)(client, (0,integrations/* integrationsPath */.tm)(project, (0,api/* integrationId */.cr)(code, version), 'activationErrors'), `activation errors of ${(0,api/* integrationId */.cr)(code, version)}`);
        return activationErrorText(body);
    }
    catch (error) {
        log?.(`The activation errors of ${(0,api/* integrationId */.cr)(code, version)} could not be read: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/oic/activation-watch.ts





/** Final statuses of an activation (K5: CONFIGURED is not one of them — it means "not started yet"). */
const ACTIVATION_FINAL = new Set(['ACTIVATED', 'FAILEDACTIVATION']);
/** CONFIGURED polls after a lost answer before the activation request is sent once more. */
const UNCONFIRMED_POLLS = 3;
/** A request the instance refused with 429 even after the client's retries: not accepted, start it again later. */
const THROTTLED = 'throttled';
/** Statuses that mean the activation arrived (running or done). */
const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
const isRefused = (error) => error.status === 412;
const isThrottled = (error) => error instanceof errors/* OicHttpError */.sZ && error.status === 429;
/**
 * Sends the activation request once. A lost answer — or a refusal (412), which an activation already running or done
 * explains — is settled by the status: ACTIVATED or ACTIVATION_INPROGRESS means it arrived; CONFIGURED after a lost
 * answer may mean "not started yet", so it is watched (unconfirmed); a refused first request that left it CONFIGURED
 * fails. A refused resend is watched too: the first request may be waiting to start, and a third is never sent.
 */
async function request(client, project, ref, deps, resend) {
    const id = (0,api/* integrationId */.cr)(ref);
    const written = await (0,settle_lost_write/* settleLostWrite */.Pk)({
        what: `activate ${id}`,
        send: () => (0,integrations/* setIntegrationStatus */.nJ)(client, project, ref.code, ref.version, 'ACTIVATED'),
        alsoSettle: isRefused,
        readBack: async (error) => {
            const after = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
            return ACTIVE.has(after) || (0,settle_lost_write/* answerLost */.lM)(error) || resend ? after : undefined;
        }
    }).catch((error) => {
        if (isThrottled(error))
            return THROTTLED;
        throw error;
    });
    if (written === THROTTLED)
        return THROTTLED;
    if (written.answered) {
        deps.log(`Activation of ${id} ${resend ? 'sent once more' : 'requested'}`);
        return { ref, status: 'ACTIVATION_INPROGRESS', unconfirmed: false, configuredPolls: 0 };
    }
    const { error, state: after } = written;
    if (ACTIVE.has(after)) {
        deps.log(`Activation of ${id}: ${error.message}; status is ${after}, so it was not sent again`);
        return { ref, status: after, unconfirmed: false, configuredPolls: 0 };
    }
    deps.log(`Activation of ${id}: ${error.message}; status is ${after}, which may mean "not started yet", so it is watched${resend ? '' : ' before sending it again'}`);
    return { ref, status: after, unconfirmed: !resend, configuredPolls: 0 };
}
/**
 * Starts one activation unless already active or activating. `known` is its status from a list read just before
 * (one read for all instead of one each); without it the status is read here.
 */
async function startActivation(client, project, ref, deps, known) {
    const before = known ?? (await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version));
    if (before === 'ACTIVATED')
        return { ...ref, status: 'ACTIVATED', alreadyActive: true };
    if (before === 'ACTIVATION_INPROGRESS')
        return { ref, status: before, unconfirmed: false, configuredPolls: 0 };
    return request(client, project, ref, deps, false);
}
/**
 * One status read of a watch (`listed`: its status from a list read of this round, else read here); an unconfirmed
 * request that stays CONFIGURED long enough is sent once more.
 */
async function checkActivation(client, project, w, deps, listed) {
    const status = listed ?? (await (0,integrations/* getActivationStatus */.Jy)(client, project, w.ref.code, w.ref.version));
    if (!w.unconfirmed || status !== 'CONFIGURED')
        return { ...w, status, unconfirmed: w.unconfirmed && status === 'CONFIGURED' };
    const configuredPolls = w.configuredPolls + 1;
    if (configuredPolls < UNCONFIRMED_POLLS)
        return { ...w, status, configuredPolls };
    deps.log(`Activation of ${(0,api/* integrationId */.cr)(w.ref)}: still CONFIGURED after ${configuredPolls} polls: the lost request never arrived, so it is sent once more`);
    const resent = await request(client, project, w.ref, deps, true);
    // Throttled: the resend was not accepted either; the next read decides again.
    return resent === THROTTLED ? { ...w, status, configuredPolls: UNCONFIRMED_POLLS - 1 } : resent;
}
/** The outcome of a watch; a FAILEDACTIVATION carries the text of its activation errors. */
async function outcomeOf(client, project, w, deps) {
    if (w.status === 'ACTIVATED')
        return { ...w.ref, status: 'ACTIVATED' };
    if (w.status !== 'FAILEDACTIVATION')
        return { ...w.ref, status: 'TIMEOUT', lastStatus: w.status };
    const error = await readActivationErrors(client, project, w.ref.code, w.ref.version, deps.log);
    return { ...w.ref, status: 'FAILEDACTIVATION', ...(error ? { error } : {}) };
}

;// CONCATENATED MODULE: ./src/core/oic/activation.ts
/**
 * Activating and deactivating integration versions and waiting for the outcome (contract §7.2–7.3 with K5), with
 * bounded concurrency (issue 21): at most `concurrency` activations in progress, each round reading every one in
 * progress (one list read of the project when that is cheaper), rounds paced by the activation times observed
 * (core/poll.ts, {@link PollPacer}). After an activation
 * request, CONFIGURED means "activation has not yet started" (Oracle, Retrieve Integration Activation Status), not a
 * failure: only ACTIVATED and FAILEDACTIVATION are final. One activation's requests and reads: ./activation-watch.ts.
 */







/**
 * Requests in flight at once by default (input `activation-concurrency`), measured on the emulator's latency model
 * (40 integrations, 150 ms round trips, activations of 2–15 s, longest 14.1 s): 2 → 20.7 s, 4 → 16.9 s, 8 → 15.9 s,
 * 16 → 15.6 s. Past 8 the gain is 2 %, while under an instance limit of 10 in flight (scale 0.2) more requests meet
 * its 429s: 82 activation requests at 8, 103 at 16, 125 at 40 (and 40 was slower: 12.2 s against 9.0 s).
 */
const DEFAULT_ACTIVATION_CONCURRENCY = 8;
/** The status of each version in the project by `CODE|VERSION`: one list read instead of one read each. */
async function knownStatuses(client, project, count, read) {
    if (!project || (count < 2 && !read))
        return undefined;
    const listed = read ?? (await (0,integrations/* listIntegrations */.iB)(client, project));
    return new Map(listed.filter(i => i.status).map(i => [(0,api/* integrationId */.cr)(i), String(i.status)]));
}
/**
 * Activates `refs` — started in their order, at most `concurrency` in progress at once — and waits for all of them
 * until `timeoutMs`. A slot is held from the request until the activation is seen ACTIVATED or FAILEDACTIVATION (an
 * instance counts an activation until it ends, not until it answers), and the next queued one starts right after
 * the round that saw the end. When the instance refuses a start with 429 beyond the client's own retries (a lower
 * limit of its own), no more are started than are in progress at that moment; the refused one waits for a slot.
 */
async function activateIntegrations(client, project, refs, timeoutMs, deps, options = {}) {
    const limit = Math.max(1, options.concurrency ?? DEFAULT_ACTIVATION_CONCURRENCY);
    const deadline = deps.now() + timeoutMs;
    const pacer = new poll/* PollPacer */.zM(refs.length, options.pacer ?? poll/* DEFAULT_PACER */.sQ);
    const known = await knownStatuses(client, project, refs.length, options.listed);
    if (known)
        pacer.spend(1);
    // One list read gives every status: cheaper than reading each in flight once more than its pages are in flight.
    const listPages = known ? Math.max(1, Math.ceil(known.size / api/* PAGE_SIZE */.md)) : Infinity;
    const run = { queue: [...refs], pending: [], finished: [], outcomes: new Map(), cap: limit };
    for (;;) {
        await fill(client, project, run, deps, known);
        const { pending, queue } = run;
        if (!pending.length && !queue.length)
            break;
        const left = deadline - deps.now();
        if (left <= 0)
            break;
        const byList = pending.length > listPages;
        const cost = byList ? listPages : pending.length;
        const ages = pending.map(p => deps.now() - p.startedAt);
        await deps.sleep(Math.min(pacer.next({ ages, queued: queue.length, slots: run.cap, cost }), left));
        pacer.spend(cost);
        await readRound(client, project, { run, pacer, deps, limit, byList });
    }
    const settled = [...run.finished, ...run.pending.map(p => p.watch)];
    const described = await (0,pool/* mapWithConcurrency */.W)(settled, limit, w => outcomeOf(client, project, w, deps));
    for (const o of described)
        run.outcomes.set((0,api/* integrationId */.cr)(o), o);
    for (const ref of run.queue)
        run.outcomes.set((0,api/* integrationId */.cr)(ref), { ...ref, status: 'TIMEOUT', lastStatus: 'CONFIGURED' });
    return refs.map(ref => run.outcomes.get((0,api/* integrationId */.cr)(ref)));
}
/** Starts queued activations, in order, while slots are free (those already active hold none). */
async function fill(client, project, run, deps, known) {
    while (run.queue.length && run.pending.length < run.cap) {
        const batch = run.queue.splice(0, run.cap - run.pending.length);
        let refused = 0;
        // After a 429 the rest of the batch is not sent: it waits for a slot, as the refused ones do.
        const started = await (0,pool/* mapWithConcurrency */.W)(batch, batch.length, async (ref) => {
            if (refused)
                return { s: THROTTLED, at: 0 };
            const s = await startActivation(client, project, ref, deps, known?.get((0,api/* integrationId */.cr)(ref)));
            if (s === THROTTLED)
                refused++;
            return { s, at: deps.now() };
        });
        for (const { s, at } of started) {
            if (s === THROTTLED)
                continue;
            if ('ref' in s)
                run.pending.push({ watch: s, startedAt: at });
            else
                run.outcomes.set((0,api/* integrationId */.cr)(s), s);
        }
        if (!refused)
            continue;
        run.cap = Math.max(1, run.pending.length);
        run.queue.unshift(...batch.filter((_, i) => started[i]?.s === THROTTLED));
        deps.log(`The instance refused ${refused} activation(s) with 429 (too many in progress): at most ${run.cap} at a time from now on`);
        return;
    }
}
/**
 * One round of status reads: one list read of the project for all (`project` given), else every activation in
 * progress read in parallel. Finals leave their slot.
 */
async function readRound(client, project, round) {
    const { run, pacer, deps } = round;
    const picked = [...run.pending];
    const listed = round.byList ? await knownStatuses(client, project, Infinity) : undefined;
    const read = await (0,pool/* mapWithConcurrency */.W)(picked, round.limit, p => checkActivation(client, project, p.watch, deps, listed?.get((0,api/* integrationId */.cr)(p.watch.ref))));
    const now = deps.now();
    picked.forEach((p, i) => {
        p.watch = read[i];
        if (!ACTIVATION_FINAL.has(p.watch.status))
            return;
        pacer.observe(now - p.startedAt);
        run.finished.push(p.watch);
        run.pending.splice(run.pending.indexOf(p), 1);
    });
}
/** One line per activation that did not end ACTIVATED: the status and why (activation errors, never started). */
function describeOutcome(o) {
    const id = (0,api/* integrationId */.cr)(o);
    if (o.status === 'FAILEDACTIVATION')
        return `${id} (FAILEDACTIVATION${o.error ? `: ${o.error}` : ''})`;
    if (o.status === 'TIMEOUT')
        return `${id} (TIMEOUT, ${o.lastStatus === 'CONFIGURED' ? 'still CONFIGURED: the activation never started' : `last status ${o.lastStatus ?? 'unknown'}`})`;
    return `${id} (${o.status})`;
}
/**
 * Deactivates `refs` (those not active are left alone), at most `concurrency` at a time; returns those that were
 * deactivated, in the order given. Callers that need an order between groups (scheduled integrations first) call
 * once per group.
 */
async function deactivateIntegrations(client, project, refs, deps, options = {}) {
    const limit = Math.max(1, options.concurrency ?? DEFAULT_ACTIVATION_CONCURRENCY);
    const done = await (0,pool/* mapWithConcurrency */.W)(refs, limit, async (ref) => {
        const status = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
        if (!ACTIVE.has(status))
            return false;
        // A refusal (412) means "not active": someone else got there first, which is what we wanted.
        await (0,settle_lost_write/* settleLostWrite */.Pk)({
            what: `deactivate ${(0,api/* integrationId */.cr)(ref)}`,
            send: () => (0,integrations/* setIntegrationStatus */.nJ)(client, project, ref.code, ref.version, 'CONFIGURED'),
            alsoSettle: error => error.status === 412,
            readBack: async () => {
                const after = await (0,integrations/* getActivationStatus */.Jy)(client, project, ref.code, ref.version);
                return after === 'ACTIVATED' ? undefined : after;
            }
        });
        deps.log(`Deactivated ${(0,api/* integrationId */.cr)(ref)}`);
        return true;
    });
    return refs.filter((_, i) => done[i]);
}
/** Deactivates `groups` one after another — every version of a group before any of the next — each in parallel. */
async function deactivateInGroups(client, project, groups, deps, options = {}) {
    const done = [];
    for (const group of groups) {
        const refs = group.map(({ code, version }) => ({ code, version }));
        done.push(...(await deactivateIntegrations(client, project, refs, deps, options)));
    }
    return done;
}


/***/ }),

/***/ 48256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ CONSENT_POLICIES),
/* harmony export */   XA: () => (/* binding */ getConnection),
/* harmony export */   aN: () => (/* binding */ deleteConnection),
/* harmony export */   f8: () => (/* binding */ offeredSecurityProperties),
/* harmony export */   fX: () => (/* binding */ uploadConnectionAttachment),
/* harmony export */   rN: () => (/* binding */ testConnection),
/* harmony export */   yM: () => (/* binding */ updateConnection),
/* harmony export */   yb: () => (/* binding */ listConnections)
/* harmony export */ });
/* unused harmony export connectionsPath */
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);


/**
 * Policies whose connections work only after someone clicks Provide Consent in the console: REST adapter guide
 * ch. 3, "Configure Security Policies for Invoke Connections" ("OAuth Authorization Code Credentials, OAuth Custom
 * Three Legged Flow, and OAuth Custom Two Legged Flow … the connection is only successful after you click the
 * Provide Consent button"); the Fusion Applications authorization-code policy is one too [I].
 */
const CONSENT_POLICIES = new Set([
    'OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
    'FA_OAUTH_AUTHORIZATION_CODE_CREDENTIALS',
    'OAUTH_CUSTOM_THREE_LEGGED_FLOW',
    'OAUTH_CUSTOM_TWO_LEGGED_FLOW'
]);
/**
 * The security properties `connection`'s adapter offers for `policy`, from `securityPolicyInfo` (one entry per
 * policy, each with its properties: test/fixtures/oracle/connection-get-*.json, PM); for its current policy (or when
 * the answer names none), its own `securityProperties` when `securityPolicyInfo` does not list it. Undefined when
 * the answer does not say (no `securityPolicyInfo`, e.g. the answer to an update, and another policy); `null` when
 * `securityPolicyInfo` lists the adapter's policies and `policy` is not among them.
 */
function offeredSecurityProperties(connection, policy) {
    const info = connection.securityPolicyInfo ?? [];
    const entry = info.find(i => i.securityPolicy === policy);
    if (entry)
        return entry.securityProperties ?? [];
    // An answer that names no policy is taken to hold the chosen one's properties: it is all there is to check against.
    const same = policy === connection.securityPolicy || connection.securityPolicy === undefined;
    if (same && connection.securityProperties?.length)
        return connection.securityProperties;
    return info.length ? null : undefined;
}
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
/**
 * `POST …/connections/{c}/test` with no request body (contract K11: "There's no request body for this operation").
 * A test changes nothing, so it may be repeated. A failed test may answer 200 with a `status` other than SUCCESS or
 * an HTTP error (409 not configured, 412 locked, others): callers treat both as a failed test.
 */
async function testConnection(client, project, id) {
    const res = await client.json({
        method: 'POST',
        path: connectionsPath(project, id, 'test'),
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

/***/ 77258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ getLibrary),
/* harmony export */   H4: () => (/* binding */ registerLibrary),
/* harmony export */   P9: () => (/* binding */ deleteLibrary),
/* harmony export */   UM: () => (/* binding */ replaceLibrary),
/* harmony export */   sj: () => (/* binding */ listLibraries)
/* harmony export */ });
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);


const path = (project, ...rest) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPath */ .So)('projects', project, 'libraries', ...rest);
/** Every library of a project. */
const listLibraries = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .listAll */ ._w)(client, path(project), `list libraries of ${project}`, options);
/** `GET /projects/{p}/libraries/{CODE%7CVERSION}`. */
const getLibrary = (client, project, code, version) => (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .getJson */ .Tt)(client, path(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(code, version)), `get library ${(0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(code, version)}`);
/** Registers a library: multipart `name, code, version, type, file, description?` (204 + Location). */
async function registerLibrary(client, project, library, file) {
    await client.json({
        method: 'POST',
        path: path(project, 'archive'),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_0__/* .multipart */ .f)([
            ...Object.entries(library).flatMap(([name, value]) => (value === undefined ? [] : [{ name, value }])),
            { name: 'file', file }
        ]),
        label: `register library ${(0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(library)}`
    });
}
/** Replaces a library's code: `POST /projects/{p}/libraries/{id}/archive`. */
async function replaceLibrary(client, project, code, version, file) {
    await client.json({
        method: 'POST',
        path: path(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(code, version), 'archive'),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_0__/* .multipart */ .f)([{ name: 'file', file }]),
        safeToRetry: true,
        label: `replace library ${(0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(code, version)}`
    });
}
/** `DELETE /projects/{p}/libraries/{CODE%7CVERSION}`. */
async function deleteLibrary(client, project, code, version) {
    await client.json({
        method: 'DELETE',
        path: path(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(code, version)),
        label: `delete library ${(0,_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(code, version)}`
    });
}


/***/ }),

/***/ 58990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ createLookup),
/* harmony export */   TX: () => (/* binding */ getLookup),
/* harmony export */   ZE: () => (/* binding */ exportLookup),
/* harmony export */   aw: () => (/* binding */ listLookups),
/* harmony export */   dN: () => (/* binding */ updateProjectLookup),
/* harmony export */   ei: () => (/* binding */ deleteLookup),
/* harmony export */   ir: () => (/* binding */ importLookup)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93993);
/** Lookups in a project (contract §3.6, §8.1): list, get, create, update, delete, export (CSV) and import. */



const path = (project, ...rest) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .apiPath */ .So)('projects', project, 'lookups', ...rest);
/** Every lookup of a project. */
const listLookups = (client, project, options) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .listAll */ ._w)(client, path(project), `list lookups of ${project}`, options);
/** `GET /projects/{p}/lookups/{name}`. */
const getLookup = (client, project, name) => (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .getJson */ .Tt)(client, path(project, name), `get lookup ${name}`);
/** `POST /projects/{p}/lookups`. */
async function createLookup(client, project, lookup) {
    await client.json({
        method: 'POST',
        path: path(project),
        json: lookup,
        label: `create lookup ${lookup.name}`
    });
}
/**
 * `PUT /projects/{p}/lookups/{name}` (D:Update a Lookup in a Project: the body holds name, columns and rows as
 * `{rowData}`); answers the lookup.
 */
async function updateProjectLookup(client, project, table) {
    const answer = await client.json({
        method: 'PUT',
        path: path(project, table.name),
        json: table,
        // Safe to repeat: the body is the whole table, so a second PUT leaves the lookup as one would (it replaces the
        // rows, it does not add to them); a lost answer is settled by resending, not by reading back.
        safeToRetry: true,
        label: `update lookup ${table.name}`
    });
    return answer.body ?? undefined;
}
/** `DELETE /projects/{p}/lookups/{name}`. */
async function deleteLookup(client, project, name) {
    await client.json({ method: 'DELETE', path: path(project, name), label: `delete lookup ${name}` });
}
/** `GET /projects/{p}/lookups/{name}/archive`: the lookup as CSV text. */
async function exportLookup(client, project, name) {
    return client.stream({
        method: 'GET',
        path: path(project, name, 'archive'),
        headers: { accept: 'application/octet-stream' },
        label: `export lookup ${name}`
    }, async (body) => {
        // Decode once: a multi-byte character may be split across chunks.
        const chunks = [];
        for await (const chunk of body)
            chunks.push(Buffer.from(chunk));
        return Buffer.concat(chunks).toString('utf8');
    });
}
/** `POST /projects/{p}/lookups/archive` with a CSV file. */
async function importLookup(client, project, file) {
    await client.json({
        method: 'POST',
        path: path(project, 'archive'),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_1__/* .multipart */ .f)([{ name: 'file', file }]),
        label: `import lookup ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)}`
    });
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

/***/ 51227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ getSchedule),
/* harmony export */   A2: () => (/* binding */ isScheduledIntegration),
/* harmony export */   C1: () => (/* binding */ startSchedule),
/* harmony export */   N2: () => (/* binding */ runScheduleNow),
/* harmony export */   QF: () => (/* binding */ stopSchedule),
/* harmony export */   _A: () => (/* binding */ SCHEDULE_RUNNING),
/* harmony export */   f: () => (/* binding */ defineSchedule),
/* harmony export */   uD: () => (/* binding */ sameDefinition)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _settle_lost_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5189);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93993);
/* harmony import */ var _integrations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81858);
/* harmony import */ var _not_found_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69921);
/**
 * Schedules of scheduled integrations (the API of Oracle's CI/CD quick-start collection, folder
 * Integrations/Schedules, and the op pages "Retrieve a Schedule in a Project", "Update a Schedule", "Start / Stop an
 * Integration Schedule in a Project", "Run a Scheduled Integration Now"): `…/integrations/{id}/schedule` GET, POST
 * (define), PUT (change), `/schedule/start`, `/schedule/stop`, `/schedule/jobs` (run now).
 *
 * Repeat-safety of each call: GET and PUT (the whole definition again) may be repeated; POST define is settled by
 * reading the schedule back; start and stop are settled by the state: a 412 on start/stop means "already in that
 * state" (recorded: "Schedule is in CANCELLED state. It can be stopped only when in ACTIVE or HOLD state.",
 * test/fixtures/oracle/error-412-schedule-cancelled.json) when the schedule read back says so, and a lost answer is
 * settled the same way; run now is never repeated (a second request would be a second run).
 */





/** Schedule states in which runs start by themselves (stop is allowed "only when in ACTIVE or HOLD state"). */
const SCHEDULE_RUNNING = new Set(['ACTIVE', 'HOLD']);
/**
 * True for a scheduled integration: `scheduleApplicableFlag` (true on every scheduled item of the recorded
 * integrations list, PM, even when `scheduleDefinedFlag` is false), `scheduleDefinedFlag`, `pattern: Scheduled`, or
 * a style naming it (`freeform_scheduled`, contract §4.3).
 */
function isScheduledIntegration(i) {
    return (i.scheduleApplicableFlag === true ||
        i.scheduleDefinedFlag === true ||
        /schedul/i.test(i.pattern ?? '') ||
        /schedul/i.test(i.style ?? ''));
}
const path = (project, ref, ...rest) => (0,_integrations_js__WEBPACK_IMPORTED_MODULE_3__/* .integrationsPath */ .tm)(project, (0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(ref), 'schedule', ...rest);
/** `GET …/integrations/{id}/schedule`; undefined when there is none (404). */
const getSchedule = (client, project, ref) => (0,_not_found_js__WEBPACK_IMPORTED_MODULE_4__/* .orUndefined */ .y)((0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .getJson */ .Tt)(client, path(project, ref), `get schedule of ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(ref)}`));
/** True when `schedule` is defined as `definition` says (the fields the definition gives). */
function sameDefinition(schedule, definition) {
    if (!schedule)
        return false;
    return Object.keys(definition).every(k => JSON.stringify(schedule[k]) === JSON.stringify(definition[k]));
}
/**
 * Defines (`create`: POST) or changes (PUT) the schedule. A lost answer to the POST is settled by reading the
 * schedule back: defined as asked, it arrived.
 */
async function defineSchedule(client, project, ref, definition, mode) {
    const what = `${mode === 'create' ? 'define' : 'change'} the schedule of ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(ref)}`;
    await (0,_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_1__/* .settleLostWrite */ .Pk)({
        what,
        send: () => client.json({
            method: mode === 'create' ? 'POST' : 'PUT',
            path: path(project, ref),
            json: definition,
            safeToRetry: mode === 'update',
            label: what
        }),
        readBack: async () => {
            const after = await getSchedule(client, project, ref);
            return sameDefinition(after, definition) ? after : undefined;
        }
    });
}
async function transition(client, project, ref, verb) {
    const what = `${verb} the schedule of ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(ref)}`;
    const written = await (0,_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_1__/* .settleLostWrite */ .Pk)({
        what,
        send: () => client.json({
            method: 'POST',
            path: path(project, ref, verb),
            json: {},
            safeToRetry: false,
            label: what
        }),
        alsoSettle: error => error.status === 412,
        readBack: async () => {
            const after = await getSchedule(client, project, ref);
            const running = SCHEDULE_RUNNING.has(after?.state ?? '');
            if (verb === 'start')
                return after?.state === 'ACTIVE' ? after.state : undefined;
            return running ? undefined : (after?.state ?? 'not defined');
        }
    });
    return written.answered ? 'done' : 'already';
}
/** `POST …/schedule/start`: 412 or a lost answer with the schedule ACTIVE is `already`; otherwise the failure. */
const startSchedule = (client, project, ref) => transition(client, project, ref, 'start');
/**
 * `POST …/schedule/stop` with body `{}` (SCHED-SH): 412 or a lost answer with the schedule not running (or not
 * defined) is `already`.
 */
const stopSchedule = (client, project, ref) => transition(client, project, ref, 'stop');
/**
 * `POST …/schedule/jobs` `{"action":"NOW"}` (D:Run a Scheduled Integration Now: 204). Never repeated: a lost answer
 * fails, saying the run may have started.
 */
async function runScheduleNow(client, project, ref) {
    try {
        await client.json({
            method: 'POST',
            path: path(project, ref, 'jobs'),
            json: { action: 'NOW' },
            safeToRetry: false,
            label: `run ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(ref)} now`
        });
    }
    catch (error) {
        if ((0,_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_1__/* .answerLost */ .lM)(error))
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`The run of ${(0,_api_js__WEBPACK_IMPORTED_MODULE_2__/* .integrationId */ .cr)(ref)} may have started (its answer was lost; not requested again)`, error);
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
