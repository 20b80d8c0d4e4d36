export const id = 213;
export const ids = [213];
export const modules = {

/***/ 96213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspect: () => (/* binding */ inspect)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/archive/car.ts + 4 modules
var archive_car = __webpack_require__(2793);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
;// CONCATENATED MODULE: ./src/core/archive/contents.ts
/**
 * What an OIC archive holds, as read by {@link readArchive}: the project, its deployments, integrations and the
 * assets they bring. The shape follows `docs/inspect-schema.md` (the `inspect --json` output); field names are
 * stable within a {@link CONTENTS_SCHEMA_VERSION}.
 */
/** Version of the contents schema printed by `inspect --json`. */
const CONTENTS_SCHEMA_VERSION = 1;

// EXTERNAL MODULE: ./src/core/archive/diff.ts
var archive_diff = __webpack_require__(88351);
// EXTERNAL MODULE: ./src/core/archive/diff-report.ts
var diff_report = __webpack_require__(51462);
;// CONCATENATED MODULE: ./src/core/archive/contents-report.ts




/** Headers of the contents table. */
const CONTENTS_HEADERS = ['Kind', 'Id', 'Version', 'Details'];
const join = (label, items) => items.length ? [`${label} ${items.join(', ')}`] : [];
/** One row per integration, connection, lookup, library, schedule, queue, template and agent. */
function contentsRows(car) {
    const rows = car.integrations.map(i => [
        'integration',
        i.code,
        i.version,
        [
            i.name && i.name !== i.code ? i.name : '',
            i.persistedState ?? '',
            i.scheduled ? 'scheduled' : '',
            ...join('connections:', i.dependencies.connections),
            ...join('lookups:', i.dependencies.lookups),
            ...join('templates:', i.dependencies.templates)
        ]
            .filter(Boolean)
            .join('; ')
    ]);
    for (const c of car.connections)
        rows.push([
            'connection',
            c.code,
            '',
            [c.adapterType, c.securityPolicy, c.status, ...join('properties:', c.propertyNames)]
                .filter(Boolean)
                .join('; ')
        ]);
    for (const [id, users] of (0,archive_diff/* externalConnections */.z)(car))
        rows.push(['connection (not in archive)', id, '', `the target must have it; used by ${users.join(', ')}`]);
    for (const l of car.lookups)
        rows.push(['lookup', l.name, '', `${l.columns.join(', ')}; ${l.rows} row(s)`]);
    for (const l of car.libraries)
        rows.push(['library', l.code, l.version, l.name ?? '']);
    for (const s of car.schedules)
        rows.push(['schedule', s.code, s.version, [s.recurrence, s.timeZone].filter(Boolean).join('; ')]);
    for (const q of car.queues)
        rows.push(['queue', q.code, '', q.name ?? '']);
    for (const t of car.templates)
        rows.push(['template', t.code, t.version, t.name ?? '']);
    for (const a of car.agents)
        rows.push([`agent (${a.kind})`, a.code, a.version, '']);
    return rows;
}
/** The contents as a report (no target). */
function contentsReport(car, diff) {
    const what = car.project?.code ?? car.integrations.map(i => (0,api/* integrationId */.cr)(i)).join(', ');
    const kind = car.deployment
        ? `deployment ${car.deployment}`
        : car.kind === 'project'
            ? 'whole project'
            : 'integration archive (.iar)';
    return {
        title: `OIC archive ${what} (${kind})`,
        status: car.warnings.length ? 'warning' : 'success',
        statusLine: `${car.integrations.length} integration(s), ${car.connections.length} connection(s), ${car.lookups.length} lookup(s), ${car.libraries.length} librar${car.libraries.length === 1 ? 'y' : 'ies'}, ${car.entries} entries (${car.uncompressedBytes} bytes).`,
        table: { headers: CONTENTS_HEADERS, rows: contentsRows(car) },
        notes: [
            ...(car.project?.name && car.project.name !== car.project.code
                ? [`Project name: ${car.project.name}.`]
                : []),
            ...(car.project?.status ? [`Project status: ${car.project.status}.`] : []),
            ...(0,diff_report/* contentNotes */.Jl)(car, diff)
        ]
    };
}
/** The `inspect --json` document: schema version, file, the contents in a fixed order, and the diff with a target. */
function contentsJson(file, car, diff) {
    return {
        schemaVersion: CONTENTS_SCHEMA_VERSION,
        file,
        kind: car.kind,
        project: car.project ?? null,
        deployment: car.deployment ?? null,
        deployments: car.deployments,
        integrations: car.integrations,
        connections: car.connections,
        externalConnections: [...(0,archive_diff/* externalConnections */.z)(car)].map(([code, integrations]) => ({
            code,
            integrations
        })),
        lookups: car.lookups,
        libraries: car.libraries,
        schedules: car.schedules,
        queues: car.queues,
        templates: car.templates,
        agents: car.agents,
        rpa: car.rpa,
        unknownFolders: car.unknownFolders,
        warnings: car.warnings,
        entries: car.entries,
        uncompressedBytes: car.uncompressedBytes,
        ...(diff ? { diff } : {})
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/http/client.ts + 7 modules
var http_client = __webpack_require__(72079);
// EXTERNAL MODULE: ./src/core/escape.ts
var core_escape = __webpack_require__(94536);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts
var redact = __webpack_require__(21340);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: ./src/core/job-summary.ts
var job_summary = __webpack_require__(59357);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/exit.ts
var exit = __webpack_require__(47632);
// EXTERNAL MODULE: ./src/cli/session.ts
var session = __webpack_require__(12594);
// EXTERNAL MODULE: ./src/cli/terminal-host.ts
var terminal_host = __webpack_require__(16091);
// EXTERNAL MODULE: ./src/actions/import-car/steps.ts
var steps = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/cli/inspect.ts
/**
 * `oic-actions inspect FILE [--json] [--oic-url … --instance … --access-token …] [--if-exists replace]`: what a
 * project archive (`.car`, whole project or deployment) or an integration archive (`.iar`) holds, read without
 * extracting it, and — with a target — what importing it would do. `FILE` is read where it is (absolute, or
 * relative to the current directory). `--json` prints the document `docs/inspect-schema.md` describes.
 */


















const INPUTS = [...oic_instance/* COMMON_INPUTS */.s7, 'if-exists'];
const INSPECT_HELP = `oic-actions inspect: list what a project archive (.car) or an integration archive (.iar) holds, read
without extracting it, and, with a target, what importing it would do.

Usage: oic-actions inspect FILE [--json] [--oic-url URL --instance NAME [--access-token TOKEN | --session FILE]]
                                [--if-exists fail|replace|skip]

  --json         print the document docs/inspect-schema.md describes
  --if-exists    what the import would do with a project that exists (default fail)
  --session      read the token kept by 'login' or 'authenticate'

Exit codes: 0 ok, 1 failed (the target refused), 2 usage (no FILE, an unreadable archive, an input error).
`;
/** Runs `inspect` on its command line (`inspect FILE …`); returns the exit code. */
async function inspect(argv, streams, env) {
    let args;
    try {
        args = (0,cli_args/* parseArgs */.Zy)(argv);
    }
    catch (error) {
        streams.stderr(`error: ${(0,redact/* redactText */.Rd)((0,errors/* errorMessage */.gJ)(error))}\n`);
        return exit/* EXIT */.d.usage;
    }
    if (args.help) {
        streams.stdout(INSPECT_HELP);
        return exit/* EXIT */.d.ok;
    }
    const file = args.positionals[0];
    if (!file) {
        streams.stderr('error: inspect needs the archive: oic-actions inspect FILE.car|FILE.iar [--json] [--oic-url URL --instance NAME]\n');
        return exit/* EXIT */.d.usage;
    }
    const childEnv = { ...env };
    try {
        const log = (line) => streams.stderr(`${(0,redact/* redactText */.Rd)(line)}\n`);
        await (0,session/* openSession */.fA)(args.session ?? env.OIC_SESSION, childEnv, { now: Date.now, log });
        const host = (0,terminal_host/* createTerminalHost */.V)(args.inputs, childEnv, streams, { verbose: args.verbose });
        const car = await (0,archive_car/* readArchive */.bL)((0,external_node_path_.resolve)(file), file, { allowIntegrationArchive: true });
        const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
        const ifExists = inputs.choice('if-exists', ['fail', 'replace', 'skip'], 'fail');
        // An integration archive names no project: there is nothing to compare in a target.
        const withTarget = Boolean(inputs.value('oic-url') || childEnv.OIC_URL) && car.project !== undefined;
        let target = { exists: false, integrations: [], connections: [] };
        if (withTarget && car.project) {
            const settings = (0,oic_instance/* readInstanceSettings */.ND)(inputs, host);
            const client = new http_client/* HttpClient */.Q({
                baseUrl: settings.url,
                instance: settings.instance,
                token: settings.token,
                timeoutMs: settings.transport.timeoutMs,
                retry: (0,retry/* defaultRetryPolicy */.ur)(settings.transport.retries),
                caCertificate: settings.transport.caCertificate
            });
            try {
                target = await (0,steps/* readTarget */._E)(client, car.project.code, car);
            }
            finally {
                await client.close();
            }
        }
        const diff = (0,archive_diff/* diffArchive */.E)(car, target, ifExists);
        const shownTarget = withTarget
            ? inputs.value('instance') || childEnv.OIC_INSTANCE || 'the target'
            : undefined;
        if (args.json) {
            const json = contentsJson(file, car, withTarget ? diff : undefined);
            streams.stdout(`${(0,core_escape/* terminalJson */.t3)(json)}\n`);
        }
        else {
            const report = shownTarget ? (0,diff_report/* diffReport */.oZ)(car, diff, shownTarget) : contentsReport(car, diff);
            streams.stdout((0,core_escape/* foldExternal */.Zy)((0,redact/* redactText */.Rd)((0,core_escape/* terminalText */.eR)((0,job_summary/* renderTerminal */.bF)(report)))));
        }
        return exit/* EXIT */.d.ok;
    }
    catch (error) {
        streams.stderr(`error: ${(0,core_escape/* foldExternal */.Zy)((0,redact/* redactText */.Rd)((0,core_escape/* terminalText */.eR)((0,errors/* errorMessage */.gJ)(error))))}\n`);
        return (0,exit/* exitCodeOf */.F)(error);
    }
}


/***/ })

};
