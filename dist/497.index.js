export const id = 497;
export const ids = [497];
export const modules = {

/***/ 97416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ uploadAttachments),
/* harmony export */   V: () => (/* binding */ readAttachments)
/* harmony export */ });
/* harmony import */ var _core_oic_connections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48256);
/* harmony import */ var _core_secret_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76430);
/* harmony import */ var _core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44543);
/* harmony import */ var _substitution_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14481);




/** Reads a connection's `attachments:` mapping (property name → path or `{from-env…: VAR}`). */
function readAttachments(doc, node, id, env, mask) {
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
        throw doc.error("'attachments' must map attachment property names to files.", node, "Write 'attachments' as name: <path> or name: { from-env: VAR } lines.");
    return (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .mapEntries */ .Nn)(node).map(([name, valueNode, keyNode]) => {
        const location = { file: doc.file, line: doc.line(keyNode) };
        const from = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(valueNode)
            ? (0,_core_secret_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readSecretContent */ .sG)(doc, valueNode, env, mask, `attachment ${name} of connection ${id}`)
            : { path: (0,_substitution_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveValue */ .g)(doc, valueNode, env, mask).value };
        return { name, location, from };
    });
}
/**
 * Uploads a connection's attachments; those given as a secret's content are written to `RUNNER_TEMP` (mode 600)
 * only for the uploads and removed afterwards, whether the uploads succeeded or not.
 */
async function uploadAttachments(client, project, id, files, env) {
    const secrets = files.flatMap(f => ('secret' in f ? [f.secret] : []));
    await (0,_core_secret_file_js__WEBPACK_IMPORTED_MODULE_1__/* .withSecretFiles */ .YX)(secrets, env, async (paths) => {
        let next = 0;
        for (const f of files) {
            const file = 'secret' in f ? paths[next++] : f.file;
            await (0,_core_oic_connections_js__WEBPACK_IMPORTED_MODULE_0__/* .uploadConnectionAttachment */ .fX)(client, project, id, f.name, file);
        }
    });
}


/***/ }),

/***/ 70497:
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
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var integrations = __webpack_require__(81858);
// EXTERNAL MODULE: ./src/core/oic-instance.ts
var oic_instance = __webpack_require__(79696);
// EXTERNAL MODULE: ./src/core/pool.ts
var pool = __webpack_require__(46021);
// EXTERNAL MODULE: ./src/core/http/multipart.ts
var multipart = __webpack_require__(64128);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
;// CONCATENATED MODULE: ./src/core/oic/certificates.ts


/** The id OIC gives a certificate: `installedType|type|category|name` (USER for uploaded ones). */
function certificateId(c, installedType = 'USER') {
    return [installedType, c.type, c.category, c.name].join('|');
}
/** The category of a certificate answer (`keystore` in OIC's answers, `category` accepted too). */
function categoryOf(c) {
    return c.keystore ?? c.category ?? c.id?.split('|')[2];
}
const path = (...rest) => (0,api/* apiPath */.So)('certificates', ...rest);
/** Certificates whose name is exactly `name` (q `{name:'…'}`; a server that ignores q is filtered here). */
async function findCertificates(client, name) {
    const all = await (0,api/* listAll */._w)(client, path(), `list certificates named ${name}`, {
        q: (0,api/* qFilter */.yl)({ name })
    });
    return all.filter(c => (c.name ?? c.id?.split('|').slice(3).join('|')) === name);
}
/** Every certificate of the instance. */
const listCertificates = (client) => listAll(client, path(), 'list certificates');
/** `GET /certificates/{installedType|type|category|name}`. */
const getCertificate = (client, id) => (0,api/* getJson */.Tt)(client, path(id), `get certificate ${id}`);
const fields = (upload) => Object.entries(upload).flatMap(([name, value]) => (value === undefined ? [] : [{ name, value }]));
/**
 * Uploads a certificate (204). Sent once: an upload is not repeated (a lost answer is for the caller to settle by
 * reading the alias back); a 409 means the alias exists.
 */
async function uploadCertificate(client, upload, file) {
    await client.json({
        method: 'POST',
        path: path(),
        multipart: (0,multipart/* multipart */.f)([...fields(upload), { name: 'file', file }]),
        label: `upload certificate ${upload.name}`
    });
}
/**
 * Replaces the file (and the passwords or description given) of certificate `id`: POST with
 * `X-HTTP-Method-Override: PATCH`, the properties as the part `certificate` (certificate.json). Sending the same file
 * twice leaves the same certificate, so it may repeat. The properties hold passwords: the part is sent from memory,
 * never written to disk.
 */
async function updateCertificate(client, id, properties, file) {
    const json = Buffer.from(JSON.stringify({ id, ...properties }));
    await client.json({
        method: 'POST',
        path: path(id),
        headers: { 'x-http-method-override': 'PATCH' },
        multipart: (0,multipart/* multipart */.f)([
            { name: 'certificate', content: json, filename: 'certificate.json', contentType: 'application/json' },
            { name: 'file', file }
        ]),
        safeToRetry: true,
        label: `replace certificate ${id}`
    });
}
/** `DELETE /certificates/{id}`. */
async function deleteCertificate(client, id) {
    await client.json({ method: 'DELETE', path: path(id), label: `delete certificate ${id}` });
}

// EXTERNAL MODULE: ./src/core/secret-file.ts
var secret_file = __webpack_require__(76430);
// EXTERNAL MODULE: ./src/core/settle-lost-write.ts
var settle_lost_write = __webpack_require__(5189);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(56107);
// EXTERNAL MODULE: ./src/core/oic/not-found.ts
var not_found = __webpack_require__(69921);
;// CONCATENATED MODULE: ./src/actions/import-car/certificates-plan.ts
/**
 * What the `certificates:` section will do to the target, decided before anything changes: each file is read, each
 * alias looked up (D:Retrieve Certificates, q name) and compared with what OIC answers.
 *
 * "Same content" can only be told from what CertificateRs carries: `hash` (no documented meaning), `issued` and
 * `expires` — no subject and no documented fingerprint. So: a `hash` equal to a digest of the file (SHA-256, SHA-1
 * or MD5 of its bytes, or of the certificate's DER for an X.509 file; hex or base64) is the same content; a `hash`
 * of one of those lengths that matches none of them, or an X.509 file whose validity dates differ from `issued` or
 * `expires`, is different content; anything else cannot be told, and the run says so (kept, unless `replace`).
 */






const ALGORITHMS = ['sha256', 'sha1', 'md5'];
function digestsOf(bytes, into) {
    for (const algorithm of ALGORITHMS) {
        const digest = (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest();
        into.add(digest.toString('hex'));
        into.add(digest.toString('base64'));
    }
}
/** Digests of the file (and of the certificate's DER) and its validity, when it is an X.509 certificate. */
function factsOf(content) {
    const facts = { digests: new Set() };
    digestsOf(content, facts.digests);
    try {
        const cert = new external_node_crypto_.X509Certificate(content);
        digestsOf(cert.raw, facts.digests);
        facts.validFrom = Date.parse(cert.validFrom);
        facts.validTo = Date.parse(cert.validTo);
    }
    catch {
        // Not an X.509 certificate (a keystore, a PGP key): its bytes are all there is to compare.
    }
    return facts;
}
/** OIC's dates (`2026-12-01T12:00:00.000+0000`) as milliseconds; NaN when absent or unreadable. */
function instant(text) {
    return text ? Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : NaN;
}
/** Compares the target's certificate with the file's facts (see the module comment). */
function compare(existing, facts) {
    const hash = existing.hash?.trim();
    const hex = hash?.replace(/[:\s]/g, '').toLowerCase();
    if (hash && (facts.digests.has(hash) || (hex && facts.digests.has(hex))))
        return { sameness: 'same', by: 'hash' };
    const sameSecond = (a, b) => Math.floor(a / 1000) === Math.floor(b / 1000);
    for (const [field, mine] of [
        ['expires', facts.validTo],
        ['issued', facts.validFrom]
    ]) {
        const theirs = instant(existing[field]);
        if (mine !== undefined && !Number.isNaN(theirs) && !sameSecond(theirs, mine))
            return { sameness: 'different', by: field === 'expires' ? 'expiry date' : 'issue date' };
    }
    if (hex && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(hex))
        return { sameness: 'different', by: 'hash' };
    return { sameness: 'unknown', by: 'OIC answered no hash or dates to compare' };
}
/**
 * The certificate the target holds under `alias`, or undefined. A list may answer the minimal view, so the
 * certificate itself is read for its hash and dates (gone in between: undefined).
 */
async function lookUpCertificate(client, alias) {
    const found = (await findCertificates(client, alias))[0];
    return found?.id ? (0,not_found/* orUndefined */.y)(getCertificate(client, found.id)) : found;
}
/** Resolves and reads the certificate's file; a missing file is an input error at its line. */
function certificateFile(setting, env) {
    const { from } = setting;
    if (!('path' in from))
        return { file: { secret: from }, content: from.content };
    const path = (0,paths/* resolveInsideRoots */.iI)(from.path, 'connections-file', env);
    if (!(0,external_node_fs_.existsSync)(path))
        throw (0,errors/* inputError */.Xu)(`certificate ${setting.alias}: no file at '${from.path}'.`, {
            input: 'connections-file',
            value: setting.location.file,
            fix: `Fix the file of certificate ${setting.alias} (a path inside the workspace).`,
            location: setting.location
        });
    return { file: { path }, content: (0,external_node_fs_.readFileSync)(path) };
}
/** The action for an alias the target holds, given how it compares. */
function decide(setting, existing, facts) {
    const kind = `${existing.type ?? '?'} ${categoryOf(existing) ?? '?'}`;
    if (existing.type !== setting.type || categoryOf(existing) !== setting.category)
        return { action: 'refuse', reason: `the alias holds a ${kind} certificate` };
    const { sameness, by } = compare(existing, facts);
    if (sameness === 'same')
        return { action: 'unchanged', reason: `same content (${by})` };
    if (setting.replace)
        return {
            action: 'replace',
            reason: sameness === 'different' ? `content differs (${by})` : `cannot tell (${by})`
        };
    return sameness === 'different'
        ? { action: 'refuse', reason: `content differs (${by})` }
        : { action: 'keep', reason: `cannot tell whether it differs (${by})` };
}
/** The error line of a refused alias: what differs and the fix. */
function refusal(plan, instance) {
    const { setting } = plan;
    const where = `${setting.location.file}${setting.location.line ? `:${setting.location.line}` : ''}`;
    const fix = plan.existing && plan.existing.type === setting.type && categoryOf(plan.existing) === setting.category
        ? `set replace: true for certificate ${setting.alias} to replace it, or give the new certificate another alias`
        : `delete it in ${instance} (Settings > Certificates) or give the certificate another alias`;
    return new errors/* ConfigurationError */.j1(`${where}: certificate ${setting.alias} already exists in ${instance} and ${plan.reason}: ${fix}.`, { input: 'connections-file', location: setting.location, fix });
}
/**
 * Plans every certificate of the section: files read first (an input error before any request), then each alias
 * looked up. A refused alias fails a real run here, before the import changes anything; a dry run reports it.
 */
async function planCertificates(client, settings, env, run) {
    const files = settings.map(setting => ({ setting, ...certificateFile(setting, env) }));
    const plans = [];
    for (const { setting, file, content } of files) {
        const existing = await lookUpCertificate(client, setting.alias);
        const decided = existing
            ? decide(setting, existing, factsOf(content))
            : { action: 'upload', reason: 'not in the target' };
        plans.push({ setting, file, content, existing, ...decided });
    }
    const refused = plans.find(p => p.action === 'refuse');
    if (refused && !run.dryRun)
        throw refusal(refused, run.instance);
    return plans;
}

;// CONCATENATED MODULE: ./src/actions/import-car/certificates-step.ts




const outcome = (plan, result, reason = plan.reason) => ({
    alias: plan.setting.alias,
    type: plan.setting.type,
    category: plan.setting.category,
    result,
    ...(result === 'planned' ? { action: plan.action } : {}),
    reason
});
/** Replaces the alias's file (and its passwords or description). */
async function replace(client, plan, run) {
    const { setting } = plan;
    await updateCertificate(client, plan.existing?.id ??
        certificateId({ name: setting.alias, type: setting.type, category: setting.category }), {
        name: setting.alias,
        type: setting.type,
        keystore: setting.category,
        description: setting.description,
        keystorePassword: setting.keystorePassword,
        keyPasswords: setting.keyPasswords,
        passPhrase: setting.passPhrase
    }, run.path);
}
/**
 * Uploads a new alias, once. A lost answer is settled by reading the alias back (there with this content, or with
 * content that cannot be told apart: uploaded); a 409 (someone uploaded it since the plan) is decided again like a
 * planned alias.
 */
async function upload(deps, client, plan, run) {
    const { setting } = plan;
    const facts = factsOf(plan.content);
    const written = await (0,settle_lost_write/* settleLostWrite */.Pk)({
        what: `upload certificate ${setting.alias}`,
        send: () => uploadCertificate(client, {
            name: setting.alias,
            type: setting.type,
            category: setting.category,
            description: setting.description,
            keystorePassword: setting.keystorePassword,
            keyPasswords: setting.keyPasswords,
            passPhrase: setting.passPhrase
        }, run.path),
        alsoSettle: (error) => error.status === 409,
        readBack: async (error) => {
            const existing = await lookUpCertificate(client, setting.alias);
            if (!existing)
                return undefined;
            if (error.status === 409)
                return { existing, ...decide(setting, existing, facts), lost: false };
            // A lost answer: there now, and not known to differ from this file — it is this upload.
            const found = decide({ ...setting, replace: false }, existing, facts);
            return found.action === 'refuse' ? undefined : { existing, ...found, lost: true };
        }
    });
    if (written.answered)
        return outcome(plan, 'uploaded', 'not in the target');
    const { state, error } = written;
    if (state.lost) {
        deps.warn((0,settle_lost_write/* lostAnswerLine */.Xc)(`uploading certificate ${setting.alias}`, error, 'it is there now, so it was not sent again.'));
        return outcome(plan, 'uploaded', 'not in the target (answer lost, read back)');
    }
    // 409: the alias appeared after the plan.
    const now = {
        ...plan,
        existing: state.existing,
        action: state.action,
        reason: state.reason
    };
    return apply(deps, client, now, run);
}
async function apply(deps, client, plan, run) {
    switch (plan.action) {
        case 'upload':
            return upload(deps, client, plan, run);
        case 'replace':
            await replace(client, plan, run);
            return outcome(plan, 'replaced');
        case 'unchanged':
            return outcome(plan, 'unchanged');
        case 'keep':
            return outcome(plan, 'kept');
        case 'refuse':
            throw refusal(plan, run.instance);
    }
}
/**
 * Applies every planned alias, in the file's order; a file given as a secret's content is written to `RUNNER_TEMP`
 * only while its alias is sent. Returns what happened to each.
 */
async function certificatesStep(deps, client, plans, run) {
    const out = [];
    for (const plan of plans) {
        const { file } = plan;
        const secrets = 'secret' in file ? [file.secret] : [];
        const done = await (0,secret_file/* withSecretFiles */.YX)(secrets, run.env, paths => apply(deps, client, plan, {
            instance: run.instance,
            path: 'path' in file ? file.path : paths[0]
        }));
        deps.log(`Certificate ${done.alias} (${done.type} ${done.category}): ${done.result} — ${done.reason}`);
        out.push(done);
    }
    return out;
}
/** What a dry run reports per alias. */
function plannedCertificates(plans) {
    return plans.map(p => outcome(p, 'planned'));
}
const PLANNED = {
    upload: 'would upload',
    replace: 'would replace',
    unchanged: 'none (same content)',
    keep: 'none (kept: cannot tell)',
    refuse: 'would fail: set replace: true or another alias'
};
/** Rows of the dry run's table (Kind, Id, Archive, Target, Change, Importable). */
function plannedCertificateRows(plans) {
    return plans.map(p => [
        'certificate',
        p.setting.alias,
        `${p.setting.type} ${p.setting.category}`,
        p.existing ? p.reason : 'absent',
        PLANNED[p.action],
        p.action === 'refuse' ? 'no' : ''
    ]);
}
/** Rows of the run's table (Kind, Id, Version, Change, Status, Blocked by). */
function certificateRows(outcomes) {
    return outcomes.map(o => ['certificate', o.alias, '', `${o.type} ${o.category}: ${o.reason}`, o.result, '']);
}
/** Notes for aliases kept because OIC's answer could not tell whether they differ. */
function certificateNotes(outcomes) {
    return outcomes
        .filter(o => o.result === 'kept' || o.action === 'keep')
        .map(o => `Certificate ${o.alias} exists and OIC's answer cannot tell whether its content differs: it was left as it is; set replace: true for it to upload the file anyway.`);
}

// EXTERNAL MODULE: ./src/core/oic/connections.ts
var oic_connections = __webpack_require__(48256);
// EXTERNAL MODULE: ./src/actions/import-car/attachments.ts
var attachments = __webpack_require__(97416);
;// CONCATENATED MODULE: ./src/actions/import-car/configure-plan.ts
/**
 * Planning the connections file's changes offline or against what a connection really has: each update is built and
 * every id and property name checked (errors point at the file's line) before anything is changed.
 */




/** Where a setting was written: `file:line`. */
function at(setting) {
    return `${setting.location.file}${setting.location.line ? `:${setting.location.line}` : ''}`;
}
function fill(settings, known, unknown) {
    return settings.map(p => {
        const schema = (known ?? []).find(k => k.propertyName === p.name);
        if (known && known.length > 0 && !schema) {
            const names = known.map(k => k.propertyName).join(', ');
            throw new errors/* ConfigurationError */.j1(`${at(p)}: ${unknown(p.name, names)}`, {
                input: 'connections-file',
                location: p.location,
                fix: `Use one of: ${names} (the connection's GET answer lists them; docs/connections.md).`
            });
        }
        return {
            propertyName: p.name,
            propertyValue: p.value,
            propertyType: schema?.propertyType,
            propertyGroup: schema?.propertyGroup
        };
    });
}
/**
 * The security properties of the policy the file chooses (or the connection's own), as the target offers them:
 * a security property is checked against the **chosen** policy, so a connection can move from Basic in one
 * environment to OAuth client credentials in the next. A policy the adapter does not offer is an error at the
 * connection's line; undefined when the target does not say (the names are then sent as written).
 */
function chosenPolicyProperties(setting, target) {
    const policy = setting.securityPolicy ?? target.securityPolicy;
    if (!policy)
        return target.securityProperties;
    const offered = (0,oic_connections/* offeredSecurityProperties */.f8)(target, policy);
    if (offered !== null)
        return offered;
    const policies = (target.securityPolicyInfo ?? []).map(i => i.securityPolicy).join(', ');
    throw new errors/* ConfigurationError */.j1(`${at(setting)}: connection ${setting.id} cannot use security policy '${policy}': its adapter offers ${policies}.`, {
        input: 'connections-file',
        location: setting.location,
        fix: `Set security-policy to one of: ${policies}.`
    });
}
/** Builds the update of one connection, validating names against the target's definition of the chosen policy. */
function buildUpdate(setting, target) {
    const update = {};
    const id = setting.id;
    if (setting.properties.length)
        update.connectionProperties = fill(setting.properties, target.connectionProperties, (name, names) => `connection ${id} has no property '${name}' (it has: ${names}).`);
    const security = setting.securityProperties.length || setting.securityPolicy
        ? chosenPolicyProperties(setting, target)
        : undefined;
    if (setting.securityProperties.length) {
        const policy = setting.securityPolicy ?? target.securityPolicy ?? 'its security policy';
        update.securityProperties = fill(setting.securityProperties, security, (name, names) => `security policy ${policy} of connection ${id} has no security property '${name}' (it offers: ${names}).`);
    }
    if (setting.securityPolicy)
        update.securityPolicy = setting.securityPolicy;
    if (setting.agentGroup)
        update.agentGroupId = setting.agentGroup;
    return update;
}
/**
 * The updates of one connection in an order OIC accepts whichever way it reads a policy change: a body that changes
 * the policy and sets its properties is RCHAFIK's (contract §6.2), but whether the properties are checked against
 * the old or the new policy is not documented [U], so a change of policy is sent first on its own, then the new
 * policy with its properties (RCHAFIK's body, now checked against the policy the connection has).
 */
function updatesFor(setting, target) {
    const update = buildUpdate(setting, target);
    const { securityProperties, ...rest } = update;
    if (!update.securityPolicy || update.securityPolicy === target.securityPolicy || !securityProperties)
        return Object.keys(update).length ? [update] : [];
    return [rest, { securityPolicy: update.securityPolicy, securityProperties }];
}
/**
 * Resolves each attachment given as a path inside the workspace (a missing file is an error at its line); one given
 * as a secret's content is passed on, to be written only while it is uploaded (./attachments.ts).
 */
function attachmentFiles(setting, env) {
    return setting.attachments.map(a => {
        if (!('path' in a.from))
            return { name: a.name, secret: a.from };
        const file = (0,paths/* resolveInsideRoots */.iI)(a.from.path, 'connections-file', env);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw (0,errors/* inputError */.Xu)(`attachment ${a.name} of connection ${setting.id}: no file at '${a.from.path}'.`, {
                input: 'connections-file',
                value: a.location.file,
                fix: `Fix the path of attachment ${a.name} (relative to the workspace), or give its content from a secret: ${a.name}: { from-env: VAR }.`,
                location: a.location
            });
        }
        return { name: a.name, file };
    });
}
/**
 * Checks the file against the archive before anything is uploaded: every connection property must exist in the
 * archive's definition of that connection (when the archive describes it). Security properties and attachments are
 * not checked here: a real archive names none of them (it carries no credentials); the target's definition is
 * checked before each update.
 */
function checkAgainstArchive(settings, archive) {
    for (const setting of settings) {
        const known = archive.find(c => c.code === setting.id)?.propertyNames ?? [];
        if (!known.length)
            continue;
        for (const p of setting.properties) {
            if (!known.includes(p.name)) {
                throw new errors/* ConfigurationError */.j1(`${at(p)}: connection ${setting.id} has no property '${p.name}' (it has: ${known.join(', ')}).`, {
                    input: 'connections-file',
                    location: p.location
                });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/import-car/configure.ts
/**
 * Applying the connections file to the target: every id and property name is checked against what the connection
 * really has (errors point at the file's line), then each connection is updated and read back. The connections are
 * independent of one another, so their reads, and their update-then-read-back chains, run together through a
 * bounded pool (issue 21); results, log lines and the error reported follow the file's order, not the answers'.
 */






/**
 * Most connection calls in flight at once: design-time reads and updates of different connections, for which
 * Oracle's "Service Limits" (Oracle Integration 3) name no limit. 16 configures a typical project (about ten
 * connections) in one wave: at 8, ten read → update → read-back chains took two waves on the latency model
 * (0.71 s against 0.35 s at ×0.5, bench/probes/latency-trace.ts).
 */
const CONFIGURE_CONCURRENCY = 16;
/**
 * Runs `fn` over `items` with at most `limit` in flight, starting nothing new after a failure (src/core/pool.ts),
 * and returns how each ended, by position: the caller reports in the file's order whatever the answers' order.
 */
async function settleEach(items, limit, fn) {
    const settled = new Array(items.length).fill(undefined);
    await (0,pool/* mapWithConcurrency */.W)(items, limit, async (item, index) => {
        try {
            settled[index] = { ok: true, value: await fn(item) };
        }
        catch (error) {
            settled[index] = { ok: false, error };
            throw error; // stops the pool starting more; the failure is read from `settled`, by position
        }
    }).catch(() => undefined);
    return settled;
}
/** The values in order, or the failure of the first item (by position) that failed. */
function valuesOrFirstFailure(settled) {
    const failed = settled.find(s => s?.ok === false);
    if (failed && !failed.ok)
        throw failed.error;
    return settled.map(s => s.value);
}
/** Reads every connection the file names, together; unknown ids are errors at their line (the first by position). */
async function readTargets(client, project, settings, limit = CONFIGURE_CONCURRENCY) {
    const read = await settleEach(settings, limit, async (setting) => {
        try {
            return await (0,oic_connections/* getConnection */.XA)(client, project, setting.id);
        }
        catch (error) {
            if (!(0,errors/* isNotFound */.c4)(error))
                throw error;
            throw new errors/* ConfigurationError */.j1(`${at(setting)}: connection ${setting.id} is not in project ${project} on the target.`, { input: 'connections-file', location: setting.location });
        }
    });
    const targets = valuesOrFirstFailure(read);
    return new Map(settings.map((s, i) => [s.id, targets[i]]));
}
/**
 * Updates each connection (and uploads its attachments), then reads it back: one chain per connection, the chains
 * in parallel (at most `limit`). Returns `{id, status}` in the file's order. When one fails, no further chain starts,
 * those in flight end, the connections configured are logged (in the file's order) with those left as they were,
 * and the failure of the first failing connection by position is thrown.
 */
async function applyConnections(client, project, settings, targets, env, log, limit = CONFIGURE_CONCURRENCY) {
    // Every entry is checked before the first is changed: a mistake in one leaves the others as they were.
    const planned = settings.map(setting => ({
        setting,
        updates: updatesFor(setting, targets.get(setting.id)),
        files: attachmentFiles(setting, env)
    }));
    const done = await settleEach(planned, limit, async ({ setting, updates, files }) => {
        // Several updates of one connection stay in order (a policy change first: updatesFor).
        for (const update of updates)
            await (0,oic_connections/* updateConnection */.yM)(client, project, setting.id, update);
        await (0,attachments/* uploadAttachments */.K)(client, project, setting.id, files, env);
        const after = await (0,oic_connections/* getConnection */.XA)(client, project, setting.id);
        return { id: setting.id, status: after.status ?? 'UNKNOWN' };
    });
    const failed = done.findIndex(d => d?.ok === false);
    done.forEach((d, i) => {
        if (d?.ok)
            log(`Configured connection ${d.value.id}: ${d.value.status}`);
        else if (!d && failed >= 0)
            log(`Connection ${settings[i]?.id ?? ''} left as it was: configuring stopped after connection ${settings[failed]?.id ?? ''} failed.`);
    });
    return valuesOrFirstFailure(done);
}
/**
 * Checks the file against the target's definition of the connections it already has, before anything is uploaded:
 * an archive names no security properties, so a typo there would otherwise be found only after the import. The
 * security properties are checked against the policy the file chooses (`securityPolicyInfo`). The connections are
 * read together; the first mistake by position is the one reported.
 */
async function checkAgainstTarget(client, project, settings, inTarget, limit = CONFIGURE_CONCURRENCY) {
    if (!project)
        return;
    const there = settings.filter(setting => inTarget.some(c => c.id === setting.id));
    valuesOrFirstFailure(await settleEach(there, limit, async (setting) => buildUpdate(setting, await (0,oic_connections/* getConnection */.XA)(client, project, setting.id))));
}
/** Applies the connections file (when one was given) to the imported project's connections. */
async function configureStep(client, project, settings, env, log) {
    if (!settings.length)
        return [];
    return applyConnections(client, project, settings, await readTargets(client, project, settings), env, log);
}

// EXTERNAL MODULE: ./src/actions/import-car/consent.ts
var import_car_consent = __webpack_require__(99556);
// EXTERNAL MODULE: ./src/core/inputs.ts
var core_inputs = __webpack_require__(89114);
// EXTERNAL MODULE: ./src/core/archive-size.ts
var archive_size = __webpack_require__(46075);
// EXTERNAL MODULE: ./src/core/oic/activation.ts + 2 modules
var activation = __webpack_require__(94629);
;// CONCATENATED MODULE: ./src/actions/import-car/inputs.ts
/** Inputs of `import-car`, validated into {@link ImportCarSettings}. */






/** Every input `actions/import-car/action.yml` declares. */
const INPUTS = [
    'path',
    'artifact-name',
    'artifact-run-id',
    'artifact-repository',
    'github-token',
    'release-tag',
    'project',
    'if-exists',
    'accept-unchanged',
    'connections-file',
    'activate',
    'activate-without-consent',
    'activation-timeout',
    'activation-concurrency',
    'dry-run',
    'max-archive-size',
    'pr-comment',
    ...oic_instance/* COMMON_INPUTS */.s7
];
/** Most `activation-concurrency` accepted: more requests at once would only meet the instance's throttling. */
const MAX_ACTIVATION_CONCURRENCY = 64;
/** What to do when the project exists in the target. */
const IF_EXISTS = ['fail', 'replace', 'skip'];
/** Reads and validates the inputs. */
function getSettings(host) {
    const inputs = new core_inputs/* InputReader */.i_(name => host.getInput(name), INPUTS);
    const env = host.env;
    const token = inputs.optional('github-token');
    if (token)
        host.setSecret(token);
    const connection = (0,oic_instance/* readInstanceSettings */.ND)(inputs, host, { oic3Only: 'import-car' });
    const path = inputs.optional('path');
    const artifact = inputs.optional('artifact-name');
    const releaseTag = inputs.optional('release-tag');
    const given = ['path', 'artifact-name', 'release-tag'].filter(n => inputs.value(n));
    if (given.length > 1) {
        const input = given[1];
        throw (0,errors/* inputError */.Xu)(`Inputs ${given.map(n => `'${n}'`).join(' and ')} conflict: give one source for the archive.`, { input, value: inputs.value(input), fix: `Give only one of ${given.join(', ')}.` });
    }
    if (given.length === 0) {
        throw (0,errors/* inputError */.Xu)("One of the inputs 'path', 'artifact-name' or 'release-tag' is required: the .car to import.", {
            input: 'path',
            value: '',
            fix: 'Set path (the path output of export-car), artifact-name or release-tag.'
        });
    }
    let source;
    if (releaseTag) {
        const repository = inputs.optional('artifact-repository') ?? env.GITHUB_REPOSITORY ?? '';
        if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
            throw (0,errors/* inputError */.Xu)("Input 'release-tag' needs the repository (GITHUB_REPOSITORY, or artifact-repository as owner/repo).", { input: 'artifact-repository', value: repository, fix: 'Set artifact-repository to owner/repo.' });
        }
        if (!token)
            throw (0,errors/* inputError */.Xu)("Input 'github-token' is required with 'release-tag': a token with contents:read.", {
                input: 'github-token',
                value: '',
                fix: 'Pass a token with contents:read in github-token (e.g. ${{ github.token }}).'
            });
        const [owner, name] = repository.split('/');
        source = {
            kind: 'release',
            tag: releaseTag,
            repository: { owner: owner, name: name },
            token,
            apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
            transport: connection.transport
        };
    }
    else if (path) {
        source = { kind: 'path', path: (0,paths/* resolveReadPath */.sT)(path, env), shownAs: path };
    }
    else {
        const runRaw = inputs.optional('artifact-run-id');
        const repoRaw = inputs.optional('artifact-repository') ?? (runRaw ? env.GITHUB_REPOSITORY : undefined);
        if (repoRaw !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repoRaw)) {
            throw (0,core_inputs/* mustBe */.Jq)('artifact-repository', 'owner/repo', repoRaw);
        }
        if (inputs.optional('artifact-repository') && !runRaw) {
            throw (0,errors/* inputError */.Xu)("Input 'artifact-repository' needs 'artifact-run-id' (the run that uploaded the artifact).", {
                input: 'artifact-run-id',
                value: '',
                fix: 'Set artifact-run-id to the run that uploaded the artifact.'
            });
        }
        if (runRaw && !token) {
            throw (0,errors/* inputError */.Xu)("Input 'github-token' is required with 'artifact-run-id': a token with actions:read on that repository.", {
                input: 'github-token',
                value: '',
                fix: 'Pass a token with actions:read on that repository in github-token.'
            });
        }
        const [owner, name] = (repoRaw ?? '/').split('/');
        source = {
            kind: 'artifact',
            name: artifact,
            runId: runRaw
                ? inputs.integer('artifact-run-id', { fallback: 0, min: 1, max: Number.MAX_SAFE_INTEGER })
                : undefined,
            repository: runRaw ? { owner: owner, name: name } : undefined,
            token
        };
    }
    const activateRaw = inputs.optional('activate') ?? 'none';
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(activateRaw)) {
        throw (0,core_inputs/* mustBe */.Jq)('activate', 'none, all or a deployment code', activateRaw);
    }
    const filePath = inputs.optional('connections-file');
    const project = inputs.optional('project');
    if (project && !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(project)) {
        throw (0,core_inputs/* mustBe */.Jq)('project', 'a project code', project);
    }
    return {
        source,
        project,
        ifExists: releaseIfExists(inputs.choice('if-exists', IF_EXISTS, 'fail'), Boolean(releaseTag)),
        acceptUnchanged: inputs.boolean('accept-unchanged', false),
        connectionsFile: filePath ? { path: (0,paths/* resolveReadPath */.sT)(filePath, env), shownAs: filePath } : undefined,
        activate: activateRaw === 'none'
            ? { kind: 'none' }
            : activateRaw === 'all'
                ? { kind: 'all' }
                : { kind: 'deployment', code: activateRaw },
        activationTimeoutMs: inputs.seconds('activation-timeout', { fallback: 600, min: 1, max: 6 * 3600 }) * 1000,
        activationConcurrency: inputs.integer('activation-concurrency', {
            fallback: activation/* DEFAULT_ACTIVATION_CONCURRENCY */.vg,
            min: 1,
            max: MAX_ACTIVATION_CONCURRENCY
        }),
        activateWithoutConsent: inputs.boolean('activate-without-consent', false),
        dryRun: inputs.boolean('dry-run', false),
        maxArchiveSize: (0,archive_size/* parseArchiveSize */.v6)(inputs.optional('max-archive-size')),
        prComment: prCommentSettings(inputs.boolean('pr-comment', false), token),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        connection
    };
}
/** `pr-comment: true` needs a token to comment with (the default `github-token` is the job's). */
function prCommentSettings(enabled, token) {
    if (!enabled)
        return undefined;
    if (!token)
        throw (0,errors/* inputError */.Xu)("Input 'pr-comment' needs 'github-token': a token with pull-requests: write.", {
            input: 'github-token',
            value: '',
            fix: 'Leave github-token at its default (${{ github.token }}) and give the job permissions: pull-requests: write.'
        });
    return { token };
}
/** A rollback always replaces: `fail` (the default) becomes `replace`; `skip` contradicts it. */
function releaseIfExists(value, release) {
    if (!release)
        return value;
    if (value === 'skip')
        throw (0,errors/* inputError */.Xu)("Inputs 'release-tag' and if-exists: skip conflict: a rollback replaces the project.", {
            input: 'if-exists',
            value,
            fix: 'Drop if-exists (a rollback replaces) or drop release-tag.'
        });
    return 'replace';
}

// EXTERNAL MODULE: ./src/core/oic/lookups.ts
var lookups = __webpack_require__(58990);
// EXTERNAL MODULE: ./src/core/secrets/redact.ts
var redact = __webpack_require__(21340);
// EXTERNAL MODULE: ./src/core/archive/xml.ts
var xml = __webpack_require__(56395);
// EXTERNAL MODULE: ./src/core/archive/layout.ts
var archive_layout = __webpack_require__(68586);
// EXTERNAL MODULE: ./src/core/archive/zip-reader.ts
var zip_reader = __webpack_require__(91753);
;// CONCATENATED MODULE: ./src/actions/import-car/lookups-archive.ts
/**
 * The rows an archive brings for its lookups: the cells of `project/lookups/<name>.dvm` (`rows/row/cell`,
 * oic-car-format.md §3). CarContents keeps only the columns and a row count; the dry run of a new project diffs the
 * connections file's rows against these.
 */



/** The rows of the archive's lookups named in `names`, by lookup name. */
async function archiveLookupRows(path, label, names) {
    const out = new Map();
    if (names.size === 0)
        return out;
    const zip = await (0,zip_reader/* listZip */.oV)(path, label);
    try {
        const layout = (0,archive_layout/* projectLayout */.iq)(zip.entries.map(e => e.name));
        for (const entry of layout.files.lookups.filter(n => n.endsWith('.dvm'))) {
            const dvm = (0,xml/* child */.jf)(await (0,xml/* parseXml */.NO)(await zip.read(entry), entry, label), 'dvm');
            const name = (0,xml/* text */.Qq)((0,xml/* child */.jf)(dvm, '@name')) ?? (0,archive_layout/* stem */.WS)(entry, '.dvm');
            if (!names.has(name))
                continue;
            out.set(name, (0,xml/* children */.Y_)((0,xml/* child */.jf)(dvm, 'rows'), 'row').map(r => (0,xml/* children */.Y_)(r, 'cell').map(c => (0,xml/* text */.Qq)(c) ?? '')));
        }
    }
    finally {
        zip.close();
    }
    return out;
}

;// CONCATENATED MODULE: ./src/actions/import-car/lookups-plan.ts




const key = (row) => JSON.stringify(row);
/** The rows `after` adds, removes and changes compared with `before`. */
function diffRows(before, after) {
    const left = [...before];
    const fresh = [];
    let unchanged = 0;
    for (const row of after) {
        const at = left.findIndex(b => key(b) === key(row));
        if (at >= 0) {
            left.splice(at, 1);
            unchanged++;
        }
        else
            fresh.push(row);
    }
    const changed = [];
    const added = [];
    for (const row of fresh) {
        const at = left.findIndex(b => b[0] === row[0]);
        if (at >= 0)
            changed.push({ before: left.splice(at, 1)[0], after: row });
        else
            added.push(row);
    }
    return { added, removed: left, changed, unchanged };
}
/** The table's rows as lists of values. */
const rowsOf = (lookup) => (lookup?.rows ?? []).map(r => (r.rowData ?? []).map(v => String(v)));
function checkColumns(s, columns, source) {
    if (columns.join('\u0000') === s.columns.join('\u0000'))
        return;
    const fix = `List lookup ${s.name}'s columns as ${source} has them, in that order: ${columns.join(', ')}.`;
    const message = `lookup ${s.name} has columns ${JSON.stringify(s.columns)}; ${source} has ${JSON.stringify(columns)}. ${fix}`;
    throw (0,errors/* inputError */.Xu)(message, { input: 'connections-file', value: s.location.file, fix, location: s.location });
}
/**
 * Checks every lookup of the file against the archive and the target project, and diffs its rows (read from the
 * target when the project holds it, else from the archive). Other columns are an input error at the lookup's line;
 * so is an unknown lookup, except for a deployment's archive, which holds only the lookups its integrations use: as
 * for connections, one file per environment may name others (skipped with a warning).
 */
async function planLookups(warn, client, project, archive, target, settings) {
    if (settings.length === 0)
        return [];
    const { car } = archive;
    const inTarget = target.exists && project ? (target.lookups ?? (await (0,lookups/* listLookups */.aw)(client, project))) : [];
    const fromArchive = await archiveLookupRows(archive.path, archive.shownAs, new Set(settings.filter(s => !inTarget.some(t => t.name === s.name)).map(s => s.name)));
    const plans = [];
    for (const s of settings) {
        const packed = car.lookups.find(l => l.name === s.name);
        if (packed)
            checkColumns(s, packed.columns, 'the archive');
        if (project && inTarget.some(t => t.name === s.name)) {
            const now = await (0,lookups/* getLookup */.TX)(client, project, s.name);
            if (!packed)
                checkColumns(s, now.columns ?? [], `the target's lookup`);
            plans.push({
                setting: s,
                against: 'target',
                before: rowsOf(now),
                changes: diffRows(rowsOf(now), s.rows)
            });
        }
        else if (packed) {
            const before = fromArchive.get(s.name) ?? [];
            plans.push({ setting: s, against: 'archive', before, changes: diffRows(before, s.rows) });
        }
        else if (car.kind === 'deployment') {
            warn(`${s.location.file}:${s.location.line ?? '?'}: lookup ${s.name} is not in this deployment's archive nor in the target: skipped.`, s.location);
        }
        else {
            const known = [...new Set([...car.lookups.map(l => l.name), ...inTarget.map(t => t.name)])];
            const fix = `Correct the name of lookup ${s.name}, or remove it from ${s.location.file}.`;
            throw (0,errors/* inputError */.Xu)(`lookup ${s.name} is neither in the archive nor in the target project${known.length ? ` (lookups there: ${known.join(', ')})` : ''}. ${fix}`, { input: 'connections-file', value: s.location.file, fix, location: s.location });
        }
    }
    return plans;
}
/** One line per lookup: what its rows would become (JSON rows, at most `shown` of each kind). */
function describeChanges(plan, shown = 5) {
    const { added, removed, changed, unchanged } = plan.changes;
    const list = (rows) => rows.slice(0, shown).map(key).join(', ') + (rows.length > shown ? `, … ${rows.length - shown} more` : '');
    const parts = [
        ...(added.length ? [`${added.length} added (${list(added)})`] : []),
        ...(removed.length ? [`${removed.length} removed (${list(removed)})`] : []),
        ...(changed.length
            ? [
                `${changed.length} changed (${changed
                    .slice(0, shown)
                    .map(c => `${key(c.before)} → ${key(c.after)}`)
                    .join(', ')}${changed.length > shown ? `, … ${changed.length - shown} more` : ''})`
            ]
            : []),
        `${unchanged} unchanged`
    ];
    const source = plan.against === 'target' ? "the target's current rows" : "the archive's rows";
    return `Lookup ${plan.setting.name}: ${plan.before.length} → ${plan.setting.rows.length} rows against ${source}: ${parts.join(', ')}.`;
}
/**
 * A plan in the dry run's `results` output: the rows each lookup would gain, lose and change. Values from secrets
 * show as `***`, as in the log: the runner drops an output that holds a secret.
 */
function lookupResult(plan) {
    const shown = (rows) => rows.map(r => r.map(redact/* redactText */.Rd));
    const { added, removed, changed, unchanged } = plan.changes;
    return {
        name: plan.setting.name,
        against: plan.against,
        before: plan.before.length,
        after: plan.setting.rows.length,
        added: shown(added),
        removed: shown(removed),
        changed: changed.map(c => ({ before: c.before.map(redact/* redactText */.Rd), after: c.after.map(redact/* redactText */.Rd) })),
        unchanged
    };
}

;// CONCATENATED MODULE: ./src/actions/import-car/lookups-step.ts




const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const counts = (c) => ({
    added: c.added.length,
    removed: c.removed.length,
    changed: c.changed.length
});
/** One lookup's read → update → read-back chain; its log line is returned, to be logged in the file's order. */
async function applyLookup(client, project, { setting }) {
    const { name, columns, rows } = setting;
    const now = await (0,lookups/* getLookup */.TX)(client, project, name).catch((e) => {
        throw (0,errors/* withContext */.eQ)(`read lookup ${name} of project ${project} after the import`, e);
    });
    const before = rowsOf(now);
    const changes = diffRows(before, rows);
    if (same(now.columns ?? [], columns) && same(before, rows)) {
        return {
            outcome: { name, status: 'unchanged', before: before.length, after: before.length, ...counts(changes) },
            line: `Lookup ${name}: already holds these ${rows.length} rows; left as it is.`
        };
    }
    await (0,lookups/* updateProjectLookup */.dN)(client, project, {
        name,
        ...(now.description === undefined ? {} : { description: now.description }),
        columns,
        rows: rows.map(rowData => ({ rowData }))
    });
    const after = rowsOf(await (0,lookups/* getLookup */.TX)(client, project, name));
    if (!same(after, rows))
        throw new errors/* ConfigurationError */.j1(`Lookup ${name} of project ${project} holds ${after.length} rows after the update, not the ${rows.length} of ${setting.location.file}:${setting.location.line ?? '?'}: OIC did not take the rows as sent; check the lookup in OIC.`, { location: setting.location });
    return {
        outcome: { name, status: 'updated', before: before.length, after: after.length, ...counts(changes) },
        line: `Lookup ${name}: ${before.length} → ${after.length} rows.`
    };
}
/**
 * Sets the rows of every planned lookup; none when the file has no `lookups:`. The lookups are independent, so their
 * chains run together (issue 21, at most {@link CONFIGURE_CONCURRENCY}); lines are logged in the file's order, and
 * after a failure no further lookup is started, those set are logged and the first failure by position is thrown.
 */
async function lookupsStep(deps, client, project, plans) {
    const done = await settleEach(plans, CONFIGURE_CONCURRENCY, plan => applyLookup(client, project, plan));
    for (const d of done)
        if (d?.ok)
            deps.log(d.value.line);
    const failed = done.find(d => d?.ok === false);
    if (failed && !failed.ok)
        throw failed.error;
    return done.map(d => d.value.outcome);
}
/** Summary rows (Kind, Id, Version, Change, Status, Blocked by) of the lookups set. */
function lookupRows(outcomes = []) {
    return outcomes.map(o => [
        'lookup',
        o.name,
        '',
        `rows ${o.before} → ${o.after} (${o.added} added, ${o.removed} removed, ${o.changed} changed)`,
        o.status === 'updated' ? 'set by connections-file' : 'unchanged',
        ''
    ]);
}

// EXTERNAL MODULE: ./src/core/archive/diff-report.ts
var diff_report = __webpack_require__(51462);
// EXTERNAL MODULE: ./src/core/oic/schedules.ts
var schedules = __webpack_require__(51227);
// EXTERNAL MODULE: ./src/core/oic/versions.ts
var versions = __webpack_require__(24028);
// EXTERNAL MODULE: ./src/actions/import-car/schedules-step.ts
var schedules_step = __webpack_require__(79531);
;// CONCATENATED MODULE: ./src/actions/import-car/schedules-plan.ts




const ACTIVE = new Set(['ACTIVATED', 'ACTIVATION_INPROGRESS']);
/** The archive's scheduled versions the run would activate (`activate` all, or a deployment the archive names). */
function activatedScheduled(s, car) {
    const scheduled = car.integrations.filter(i => i.scheduled);
    if (s.activate.kind === 'none')
        return [];
    const code = s.activate.kind === 'deployment' ? s.activate.code : undefined;
    const pinned = code ? car.deployments.find(d => d.code === code)?.integrations : undefined;
    const chosen = code
        ? scheduled.filter(i => pinned?.some(p => (0,api/* integrationId */.cr)(p) === (0,api/* integrationId */.cr)(i)))
        : scheduled;
    return [...(0,versions/* newestByCode */.Nx)(chosen.map(({ code: c, version }) => ({ code: c, version }))).values()];
}
/** The schedule plan of a dry run. */
function planSchedules(s, car, target, settings) {
    const replacing = target.exists && s.ifExists === 'replace';
    const stopped = replacing
        ? target.integrations.filter(i => ACTIVE.has(String(i.status)) && (0,schedules/* isScheduledIntegration */.A2)(i))
        : [];
    const newest = (0,versions/* newestByCode */.Nx)(car.integrations.map(({ code, version }) => ({ code, version })));
    const reactivated = stopped.map(i => newest.get(i.code)).filter((r) => r !== undefined);
    const activated = [...activatedScheduled(s, car), ...reactivated].filter((r, n, all) => all.findIndex(o => (0,api/* integrationId */.cr)(o) === (0,api/* integrationId */.cr)(r)) === n);
    const plans = stopped.map(i => ({ code: i.code, version: i.version, stop: true }));
    for (const ref of activated) {
        const setting = (0,schedules_step/* settingFor */.yJ)(settings, ref);
        const d = setting?.definition;
        const plan = {
            ...ref,
            stop: false,
            after: setting && !setting.start ? 'keep stopped' : 'start',
            ...(d ? { definition: d.icalExpression ?? `frequency ${JSON.stringify(d.frequency)}` } : {}),
            ...(setting?.runNow && setting.start ? { runNow: true } : {})
        };
        const same = plans.find(p => (0,api/* integrationId */.cr)(p) === (0,api/* integrationId */.cr)(ref));
        if (same)
            Object.assign(same, { ...plan, stop: true });
        else
            plans.push(plan);
    }
    return plans;
}
/** One line per planned schedule. */
function scheduleLines(plans) {
    return plans.map(p => {
        const steps = [
            ...(p.stop ? ['stopped before the replace deactivates it'] : []),
            ...(p.definition ? [`defined or changed to ${p.definition}`] : []),
            ...(p.after === 'start' ? ['started after activation'] : []),
            ...(p.after === 'keep stopped' ? ['kept stopped after activation (start: false)'] : []),
            ...(p.runNow ? ['run once (run-now)'] : [])
        ];
        return `Schedule of ${(0,api/* integrationId */.cr)(p)} would be ${steps.join(', then ')}.`;
    });
}
/** Summary rows of the planned schedules. */
function plannedScheduleRows(plans) {
    return plans.map(p => [
        'schedule',
        p.code,
        p.version,
        p.definition ? `would define or change: ${p.definition}` : '',
        [p.stop ? 'would stop' : '', p.after === 'start' ? 'would start' : p.after ? 'would stay stopped' : '']
            .filter(Boolean)
            .join(', then '),
        ''
    ]);
}

;// CONCATENATED MODULE: ./src/actions/import-car/plan.ts








/**
 * The connections-file entries that apply: those the archive or the target holds. A deployment's archive holds only
 * the connections its integrations use, so one file per environment may describe others too (skipped with a
 * warning); for a whole project an unknown id is a typo (an error at its line).
 */
function applicableSettings(host, car, target, settings) {
    return settings.filter(setting => {
        const known = car.connections.length === 0 ||
            car.connections.some(c => c.code === setting.id) ||
            target.connections.some(c => c.id === setting.id);
        if (known)
            return true;
        const where = `${setting.location.file}:${setting.location.line ?? '?'}`;
        if (car.kind === 'deployment') {
            host.warning(`${where}: connection ${setting.id} is not in this deployment's archive nor in the target: skipped.`, { file: setting.location.file, startLine: setting.location.line });
            return false;
        }
        throw new errors/* ConfigurationError */.j1(`${where}: connection ${setting.id} is neither in the archive nor in the target (archive connections: ${car.connections.map(c => c.code).join(', ')}).`, { input: 'connections-file', location: setting.location });
    });
}
/** What a dry run would do, in one sentence. */
function planned(s, target) {
    if (!target.exists)
        return 'add the project';
    if (s.ifExists === 'replace')
        return 'replace the existing project';
    return s.ifExists === 'skip' ? 'be skipped (project exists)' : 'fail: the project exists (409)';
}
/** Writes the dry run's outputs and summary; nothing is changed. */
async function reportDryRun(ctx, s, run) {
    const { car, target, diff, expected, instance } = run;
    const { host } = ctx;
    const imported = car.integrations.map(({ code, version }) => ({ code, version }));
    host.setOutput('project', expected ?? '');
    host.setOutput('result', 'planned');
    host.setOutput('integrations', JSON.stringify(imported.map(r => ({ ...r, status: 'planned' }))));
    host.setOutput('connections', JSON.stringify(diff.connections.map(c => ({ id: c.id, status: c.targetStatus ?? 'INPROGRESS' }))));
    host.setOutput('diff', JSON.stringify(diff));
    const needsConsent = (0,import_car_consent/* plannedConsent */.TF)(car, run.settings ?? [], expected ?? '');
    host.setOutput('needs-consent', JSON.stringify(needsConsent));
    const lookups = (run.lookups ?? []).map(lookupResult);
    const certificates = run.certificates ?? [];
    host.setOutput('results', JSON.stringify({
        project: expected,
        result: 'planned',
        diff,
        lookups,
        schedules: run.schedules ?? [],
        certificates: plannedCertificates(certificates),
        needsConsent
    }));
    const plan = (0,diff_report/* diffReport */.oZ)(car, diff, instance);
    const counts = `${diff.counts.added} added, ${diff.counts['version changed']} version changed, ${diff.counts.unchanged} unchanged, ${diff.counts['only in target']} only in target`;
    await ctx.report({
        ...plan,
        table: plan.table && {
            ...plan.table,
            rows: [
                ...plan.table.rows,
                ...plannedScheduleRows(run.schedules ?? []),
                ...plannedCertificateRows(certificates)
            ]
        },
        title: 'OIC import-car',
        statusLine: `Dry run: importing ${expected ?? 'the project'} into ${instance} would ${planned(s, target)} — ${counts}. Nothing was changed.`,
        notes: [
            ...(diff.integrations.some(i => i.importable === '409')
                ? ['The project exists: with if-exists: fail the import would be refused (409).']
                : []),
            ...diff.connections
                .filter(c => c.needsConfiguration)
                .map(c => `Connection ${c.id} would stay draft (the archive carries no credentials): add it to the connections file.`),
            ...(plan.notes ?? []).filter(n => !n.startsWith('Connections that need their credentials')),
            ...(run.lookups ?? []).map(l => describeChanges(l)),
            ...scheduleLines(run.schedules ?? []),
            ...(0,import_car_consent/* plannedConsentNotes */.I2)(car, run.settings ?? [], s.activateWithoutConsent),
            ...certificateNotes(plannedCertificates(certificates)),
            ...certificates
                .filter(c => c.action === 'refuse')
                .map(c => `Would fail: ${refusal(c, instance).message}`)
        ]
    });
}
/**
 * Why activation failed, as the end of the error line: connections in neither the archive nor the target that the
 * failed integrations depend on, connections still draft, or a timeout.
 */
function activationHint(diff, failed, draft, s, instance) {
    const blockedBy = diff.missingConnections.filter(m => failed.some(f => m.integrations.includes((0,api/* integrationId */.cr)(f))));
    const reasons = [
        ...(blockedBy.length
            ? [
                `connection(s) ${blockedBy.map(m => m.id).join(', ')} are in neither the archive nor the target: create them in ${instance} first`
            ]
            : []),
        ...(draft.length
            ? [
                `connection(s) ${draft.map(d => d.id).join(', ')} are still draft: configure them in connections-file`
            ]
            : [])
    ];
    if (reasons.length)
        return ` — ${reasons.join('; ')}`;
    return s.activationTimeoutMs && failed.some(f => f.status === 'TIMEOUT')
        ? ' — raise activation-timeout'
        : '';
}

// EXTERNAL MODULE: ./src/core/archive/car.ts + 4 modules
var archive_car = __webpack_require__(2793);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/artifact.ts
var artifact = __webpack_require__(22653);
// EXTERNAL MODULE: ./src/core/oic/shape.ts
var shape = __webpack_require__(95364);
// EXTERNAL MODULE: ./src/core/archive/writer.ts
var writer = __webpack_require__(70127);
// EXTERNAL MODULE: ./src/core/constants.ts
var constants = __webpack_require__(26214);
// EXTERNAL MODULE: ./src/core/http/client.ts + 7 modules
var client = __webpack_require__(72079);
// EXTERNAL MODULE: ./src/core/http/retry.ts
var retry = __webpack_require__(25834);
// EXTERNAL MODULE: ./src/core/http/transport.ts
var transport = __webpack_require__(95473);
;// CONCATENATED MODULE: ./src/core/github-release.ts
/**
 * The `.car` attached to a GitHub release: found through the GitHub REST API, streamed to disk and verified against
 * the SHA-256 recorded at release time (a `<file>.sha256` asset, or `SHA-256 (<file>) = <hex>` / `sha256: <hex>` in
 * the release notes). Every request goes through the suite's one HTTP client (./http/client.ts): the action's
 * `ca-certificate`, `request-timeout` and `retries`, its proxy settings and user agent. The GitHub token is sent to
 * the GitHub API host only, never to the storage host an asset download redirects to.
 */









const HEX = /\b[0-9a-f]{64}\b/i;
/** A file name such as `SO.car` or `README.md`. */
const NAMES_A_FILE = /[\w-]+\.[A-Za-z]\w{0,7}\b/;
/** Milliseconds without progress before a GitHub request counts as failed, when the action gives none. */
const DEFAULT_TIMEOUT_MS = 120_000;
/** Finds the SHA-256 recorded for `file` in a checksum file's text or in release notes. */
function recordedSha256(text, file) {
    const lines = text.split(/\r?\n/);
    const digestOf = (line) => HEX.exec(line)?.[0];
    for (const line of lines) {
        const hex = line.includes(file) ? digestOf(line) : undefined;
        if (hex)
            return hex.toLowerCase();
    }
    // A digest line that names no file (`sha256: …`) stands for the one archive; one naming another file does not.
    for (const line of lines) {
        const hex = /sha-?256/i.test(line) ? digestOf(line) : undefined;
        if (hex && !NAMES_A_FILE.test(line.replace(hex, '')))
            return hex.toLowerCase();
    }
    return undefined;
}
/** The HTTP client of the GitHub API: the token stays on the API host; asset redirects may leave it. */
function githubClient(req) {
    return new client/* HttpClient */.Q({
        baseUrl: new URL(req.apiUrl),
        token: req.token,
        timeoutMs: req.transport?.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        retry: (0,retry/* defaultRetryPolicy */.ur)(req.transport?.retries ?? constants/* DEFAULT_RETRIES */.TU),
        caCertificate: req.transport?.caCertificate,
        dispatcher: req.dispatcher,
        log: req.log,
        userAgent: constants/* USER_AGENT */._O,
        urlInput: 'GITHUB_API_URL',
        redirects: 'any-host'
    });
}
/** `path` under the API's base path (`/api/v3` on GitHub Enterprise Server). */
function apiPath(req, path) {
    return `${new URL(req.apiUrl).pathname.replace(/\/+$/, '')}${path}`;
}
async function readRelease(client, req) {
    const where = `${req.owner}/${req.repo}`;
    try {
        const res = await client.json({
            method: 'GET',
            path: apiPath(req, `/repos/${where}/releases/tags/${encodeURIComponent(req.tag)}`),
            headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
            label: `read release ${req.tag}`
        });
        return { body: res.body?.body, assets: res.body?.assets ?? [] };
    }
    catch (error) {
        if (error instanceof errors/* OicHttpError */.sZ && error.status === 404) {
            throw new errors/* ConfigurationError */.j1(`Input 'release-tag': no release ${req.tag} in ${where} (or github-token cannot read it).`, { input: 'release-tag' });
        }
        throw new errors/* OicActionError */.km(`Could not read release ${req.tag} of ${where}: ${error.message}`, {
            cause: error
        });
    }
}
/** Streams asset `asset` to `consume`; a redirect to a signed storage URL is followed without the token. */
async function download(client, asset, consume) {
    const url = new URL(asset.url);
    try {
        return await client.stream({
            method: 'GET',
            path: `${url.pathname}${url.search}`,
            headers: { accept: 'application/octet-stream' },
            label: `download release asset ${asset.name}`
        }, consume);
    }
    catch (error) {
        if (error instanceof errors/* OicActionError */.km)
            throw error;
        throw new errors/* OicActionError */.km(`Downloading release asset ${asset.name} failed: ${error.message}`, {
            cause: error
        });
    }
}
/** Downloads the release's `.car`, verifying its recorded SHA-256. */
async function downloadReleaseArchive(req) {
    const client = githubClient(req);
    try {
        const release = await readRelease(client, req);
        const cars = release.assets.filter(a => a.name.endsWith('.car'));
        if (cars.length !== 1) {
            throw new errors/* ConfigurationError */.j1(`Input 'release-tag': release ${req.tag} has ${cars.length} .car assets (${cars.map(a => a.name).join(', ') || 'none'}); expected exactly one.`, { input: 'release-tag' });
        }
        const car = cars[0];
        // The name becomes a file name in the download folder: no folder part, no leading dot, nothing odd.
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(car.name))
            throw new errors/* OicActionError */.km(`The release ${req.tag} answered the asset name ${(0,shape/* describeJson */.kw)(car.name)} where a plain .car file name was expected.`);
        const checksum = release.assets.find(a => a.name === `${car.name}.sha256`);
        return await verifiedDownload(client, req, release.body ?? '', car, checksum);
    }
    finally {
        await client.close();
    }
}
async function verifiedDownload(client, req, notes, car, checksumAsset) {
    let expected;
    let recordedIn = `release notes of ${req.tag}`;
    if (checksumAsset) {
        const text = await download(client, checksumAsset, transport/* readText */.y);
        expected = recordedSha256(text, car.name);
        recordedIn = checksumAsset.name;
    }
    else {
        expected = recordedSha256(notes, car.name);
    }
    if (!expected) {
        throw new errors/* ConfigurationError */.j1(`Release ${req.tag} records no SHA-256 for ${car.name} (no ${car.name}.sha256 asset, no 'SHA-256 (${car.name}) = <hex>' in its notes): refusing an unverifiable rollback.`, { input: 'release-tag' });
    }
    const written = await download(client, car, (0,writer/* archiveWriter */.O)((0,external_node_path_.join)(req.directory, car.name), 'The release'));
    if (written.sha256 !== expected) {
        await (0,promises_.rm)(written.path, { force: true });
        throw new errors/* OicActionError */.km(`Release asset ${car.name} has SHA-256 ${written.sha256}, but ${recordedIn} records ${expected}: refusing to import it.`);
    }
    return { ...written, name: car.name, recordedIn };
}

;// CONCATENATED MODULE: ./src/actions/import-car/archive-source.ts
/**
 * Getting the archive to import: a path, a workflow artifact (of this run or of another run/repository), or the
 * `.car` of a GitHub release (rollback), verified against its recorded SHA-256.
 */






/** Returns the path of the `.car` to import and how to name it in messages. */
async function obtainArchive(source, env, log) {
    if (source.kind === 'release') {
        const into = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'oic-release-'));
        log(`Downloading the .car of release ${source.tag} of ${source.repository.owner}/${source.repository.name}`);
        const release = await downloadReleaseArchive({
            tag: source.tag,
            owner: source.repository.owner,
            repo: source.repository.name,
            token: source.token,
            apiUrl: source.apiUrl,
            directory: into,
            transport: source.transport,
            log
        });
        log(`${release.name}: SHA-256 ${release.sha256} matches ${release.recordedIn}`);
        return { path: release.path, shownAs: `release ${source.tag}/${release.name}`, sha256: release.sha256 };
    }
    if (source.kind === 'path') {
        if (!(0,external_node_fs_.existsSync)(source.path) || !(0,external_node_fs_.statSync)(source.path).isFile()) {
            throw (0,errors/* inputError */.Xu)(`Input 'path': no archive at '${source.shownAs}': pass the path output of export-car.`, {
                input: 'path',
                value: source.shownAs,
                fix: 'Pass the path output of export-car.'
            });
        }
        return { path: source.path, shownAs: `Input 'path' (${source.shownAs})` };
    }
    const unavailable = (0,artifact/* artifactUnavailable */.Nf)(env);
    if (unavailable) {
        throw (0,errors/* inputError */.Xu)(`Input 'artifact-name' needs a GitHub Actions runner (${unavailable}): use 'path' instead.`, {
            input: 'artifact-name',
            value: source.name,
            fix: "Use 'path' instead."
        });
    }
    const into = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(), 'oic-import-'));
    const findBy = source.runId && source.repository && source.token
        ? {
            token: source.token,
            workflowRunId: source.runId,
            repositoryOwner: source.repository.owner,
            repositoryName: source.repository.name
        }
        : undefined;
    log(`Downloading artifact ${source.name}${findBy ? ` of run ${findBy.workflowRunId} in ${findBy.repositoryOwner}/${findBy.repositoryName}` : ''}`);
    const folder = await (0,artifact/* downloadNamedArtifact */.wd)(source.name, into, findBy);
    const cars = (0,external_node_fs_.readdirSync)(folder).filter(f => f.endsWith('.car'));
    if (cars.length !== 1) {
        throw new errors/* ConfigurationError */.j1(`Artifact '${source.name}' holds ${cars.length} .car files (${cars.join(', ') || 'none'}); expected exactly one.`, { input: 'artifact-name' });
    }
    return { path: (0,external_node_path_.join)(folder, cars[0]), shownAs: `artifact ${source.name}/${cars[0]}` };
}

// EXTERNAL MODULE: ./src/actions/import-car/schedules-section.ts
var schedules_section = __webpack_require__(3886);
;// CONCATENATED MODULE: ./src/actions/import-car/prepare.ts
/**
 * Everything `import-car` checks before it talks to the target: the archive is obtained and read (a project archive
 * in OIC's layout, the expected project), the connections file is read, its attachments exist and its properties
 * fit the archive's connection definitions.
 */







/** Obtains and reads the archive and the connections file; every problem is one line, before any request. */
async function prepare(host, s, log) {
    const archive = await obtainArchive(s.source, host.env, log);
    (0,archive_size/* checkArchiveFile */.$X)(archive.path, archive.shownAs, s.maxArchiveSize);
    const car = await (0,archive_car/* readCar */.lK)(archive.path, archive.shownAs);
    for (const warning of car.warnings)
        host.warning(`${archive.shownAs}: ${warning}`);
    // The archive's code becomes the project output: a line break or shell text in it must not get that far.
    if (car.project && !shape/* OIC_CODE */.Oh.test(car.project.code)) {
        throw new errors/* ConfigurationError */.j1(`${archive.shownAs} names project ${(0,shape/* describeJson */.kw)(car.project.code)} where a code of letters, digits, '_', '-' and '.' was expected.`, { input: 'path' });
    }
    if (s.project && car.project && car.project.code !== s.project) {
        throw new errors/* ConfigurationError */.j1(`${archive.shownAs} holds project ${car.project.code}, not ${s.project}: import the right archive or fix the project input.`, { input: 'project' });
    }
    // Loaded only when used: the YAML parser is the largest module import-car would otherwise load at start.
    const file = s.connectionsFile
        ? (await __webpack_require__.e(/* import() */ 155).then(__webpack_require__.bind(__webpack_require__, 17155))).readConnectionsFile(s.connectionsFile.path, s.connectionsFile.shownAs, host.env, v => host.setSecret(v))
        : undefined;
    for (const setting of file?.connections ?? [])
        attachmentFiles(setting, host.env);
    if (file)
        checkAgainstArchive(file.connections, car.connections);
    if (file?.schedules)
        file.schedules = (0,schedules_section/* checkSchedulesAgainstArchive */.Y)(file.schedules, car, host.warning);
    return { archive, car, expected: s.project ?? car.project?.code, file };
}

// EXTERNAL MODULE: ./src/actions/import-car/steps.ts
var steps = __webpack_require__(405);
// EXTERNAL MODULE: ./src/core/archive/diff.ts
var archive_diff = __webpack_require__(88351);
// EXTERNAL MODULE: ./src/actions/import-car/activation-set.ts
var activation_set = __webpack_require__(9377);
;// CONCATENATED MODULE: ./src/actions/import-car/target-plan.ts
/**
 * What `import-car` will do to the target, decided before anything changes: the target read, the activation target
 * and the connections file (connections, lookups, certificates, schedules) checked against it, the archive diffed
 * with it.
 */










/** Reads the target and checks everything against it; the one step a dry run shares with a real run. */
async function planTarget(host, client, s, { archive, car, expected, file }) {
    const instance = s.connection.instance ?? 'the OIC 2 instance';
    // The target and the deployment to activate are read together; a failure of the target's read comes first.
    const reading = (0,steps/* readTarget */._E)(client, expected, car);
    const [target] = await (0,pool/* allInOrder */.b)([reading, (0,activation_set/* checkActivationTarget */.a)(client, s, car, reading, expected)]);
    const settings = applicableSettings(host, car, target, file?.connections ?? []);
    if (target.exists)
        await checkAgainstTarget(client, expected, settings, target.connections);
    const warn = (line, at) => host.warning(line, { file: at.file, startLine: at.line });
    const lookups = await planLookups(warn, client, expected, { ...archive, car }, target, file?.lookups ?? []);
    const diff = (0,archive_diff/* diffArchive */.E)(car, target, s.ifExists, new Set(settings.map(c => c.id)));
    const notes = (0,diff_report/* missingConnectionNotes */.SG)(diff, instance);
    for (const note of notes)
        host.warning(note);
    const imported = car.integrations.map(({ code, version }) => ({ code, version }));
    const certificates = await planCertificates(client, file?.certificates ?? [], host.env, {
        dryRun: s.dryRun,
        instance
    });
    const schedules = planSchedules(s, car, target, file?.schedules ?? []);
    return { instance, target, settings, diff, notes, imported, lookups, certificates, schedules };
}

// EXTERNAL MODULE: ./src/actions/import-car/replace.ts
var import_car_replace = __webpack_require__(54410);
;// CONCATENATED MODULE: ./src/actions/import-car/summary-rows.ts
/** Rows for the summary (planned or done). */
function summaryRows(diff, after, activations) {
    const rows = [];
    for (const i of diff.integrations) {
        const now = after?.integrations.find(a => a.code === i.code && (i.version === '' || a.version === i.version));
        const activation = activations.find(a => a.code === i.code && a.version === i.version);
        const status = activation && !activation.alreadyActive ? activation.status : (now?.status ?? i.targetStatus ?? '');
        const note = i.change === 'version changed'
            ? `version changed (target has ${i.targetVersions.join(', ')})`
            : i.change;
        rows.push([
            'integration',
            i.code,
            i.version || i.targetVersions.join(', '),
            note,
            status,
            activation?.status === 'SKIPPED' ? (activation.error ?? '') : i.importable === 'ok' ? '' : i.importable
        ]);
    }
    for (const c of diff.connections) {
        const now = after?.connections.find(a => a.id === c.id);
        // The archive carries no credentials: a connection the file does not configure needs them in the target.
        const plan = c.configuredByFile ? 'configured by connections-file' : 'needs its credentials: configure it';
        rows.push(['connection', c.id, '', plan, now?.status ?? c.targetStatus ?? 'new (draft)', '']);
    }
    return rows;
}
/** Table headers matching {@link summaryRows}. */
const SUMMARY_HEADERS = ['Kind', 'Id', 'Version', 'Change', 'Status', 'Blocked by'];

;// CONCATENATED MODULE: ./src/actions/import-car/verify.ts













/** The project as read back: every imported version with its status, the connections, and what is missing. */
async function readBack(client, project, imported) {
    // Independent reads, issued together (issue 21).
    const [afterIntegrations, connections] = await (0,pool/* allInOrder */.b)([
        (0,integrations/* listIntegrations */.iB)(client, project),
        (0,oic_connections/* listConnections */.yb)(client, project)
    ]);
    const missing = imported.filter(r => !afterIntegrations.some(a => a.code === r.code && a.version === r.version));
    const afterConnections = connections.map(c => ({ id: c.id, status: c.status ?? 'UNKNOWN' }));
    const integrationsOut = (imported.length ? imported : afterIntegrations).map(r => ({
        code: r.code,
        version: r.version,
        status: afterIntegrations.find(a => a.code === r.code && a.version === r.version)?.status ?? 'MISSING'
    }));
    return { missing, afterConnections, integrationsOut };
}
/**
 * Reads the project back, sets the outputs and writes the summary; then fails when an imported version is missing
 * or an activation failed, naming why (connections missing from archive and target, drafts, timeout).
 */
async function verifyAndReport(ctx, client, s, run) {
    const { host } = ctx;
    const { project, result, instance, imported, diff, activations, configured, replaced } = run;
    const { missing, afterConnections, integrationsOut } = await readBack(client, project, imported);
    host.setOutput('project', project);
    host.setOutput('result', result);
    host.setOutput('integrations', JSON.stringify(integrationsOut));
    host.setOutput('connections', JSON.stringify(afterConnections));
    const needsConsent = run.needsConsent ?? [];
    host.setOutput('needs-consent', JSON.stringify(needsConsent));
    host.setOutput('results', JSON.stringify({
        project,
        result,
        integrations: integrationsOut,
        connections: afterConnections,
        activations,
        schedules: run.schedules ?? [],
        needsConsent,
        lookups: run.lookups ?? [],
        certificates: run.certificates ?? []
    }));
    const failed = activations.filter(a => a.status !== 'ACTIVATED' && a.status !== 'SKIPPED');
    const draft = afterConnections.filter(c => c.status !== 'CONFIGURED' && !needsConsent.some(n => n.id === c.id));
    await ctx.report({
        title: 'OIC import-car',
        status: failed.length || missing.length || (0,schedules_step/* scheduleFailure */.eD)(run.schedules)
            ? 'failure'
            : draft.length || needsConsent.length
                ? 'warning'
                : 'success',
        statusLine: `Project ${project} ${result} in ${instance}: ${integrationsOut.length} integrations, ${configured} connections configured, ${activations.filter(a => a.status === 'ACTIVATED').length} of ${activations.length} activated.`,
        table: {
            headers: SUMMARY_HEADERS,
            rows: [
                ...summaryRows(diff, { integrations: integrationsOut, connections: afterConnections }, activations),
                ...(0,schedules_step/* scheduleRows */.Ru)(run.schedules),
                ...lookupRows(run.lookups),
                ...certificateRows(run.certificates ?? [])
            ]
        },
        notes: [
            ...draft.map(c => `Connection ${c.id} is ${c.status}: configure it (connections-file) before activating the integrations that use it.`),
            ...needsConsent.map(n => (0,import_car_consent/* consentLine */.$0)(n, s.activateWithoutConsent)),
            ...run.notes,
            ...(0,schedules_step/* scheduleNotes */.Rm)(diff.scheduled, run.schedules),
            ...(replaced ? (0,import_car_replace/* replaceNotes */.Y1)(replaced) : []),
            ...certificateNotes(run.certificates ?? [])
        ]
    });
    if (missing.length)
        throw new errors/* OicActionError */.km(`Verification failed: ${missing.map(m => (0,api/* integrationId */.cr)(m)).join(', ')} not found in project ${project} after the import.`);
    if (failed.length) {
        const list = failed.map(activation/* describeOutcome */.SS).join(', ');
        const hint = activationHint(diff, failed, draft, s, instance) + (0,import_car_consent/* consentHint */.wx)(failed, needsConsent);
        throw new errors/* OicActionError */.km(`Activation failed for ${failed.length} of ${activations.length} integrations: ${list}${hint}.`);
    }
    const scheduleError = (0,schedules_step/* scheduleFailure */.eD)(run.schedules);
    if (scheduleError)
        throw new errors/* OicActionError */.km(scheduleError);
}

;// CONCATENATED MODULE: ./src/actions/import-car/main.ts
/** `import-car`: imports a `.car` into the target, configures its connections, activates and verifies. */















/**
 * Runs the action, one named step after another, each taking what the earlier ones produced: prepare (archive and
 * connections file, offline) → plan (the target read; connections, lookups, certificates and schedules checked
 * against it; a dry run reports here) → import → certificates (before the connections need them) → configure →
 * lookups → consent (connections waiting for it in the console) → activate → schedules → verify and report.
 */
async function main(ctx) {
    const { host } = ctx;
    const s = getSettings(host);
    const deps = (0,collaborators/* collaborators */.C)(ctx);
    const prepared = await prepare(host, s, deps.log);
    const client = (0,oic_instance/* createOicClient */.zZ)(s.connection, ctx);
    const plan = await planTarget(host, client, s, prepared);
    if (s.dryRun) {
        await reportDryRun(ctx, s, { ...plan, car: prepared.car, expected: prepared.expected });
        return;
    }
    const done = await (0,steps/* importStep */.kK)(deps, client, s, prepared, plan);
    const certified = await certificatesStep(deps, client, plan.certificates, {
        instance: plan.instance,
        env: host.env
    });
    const configured = await configureStep(client, done.project, plan.settings, host.env, deps.log);
    const lookups = await lookupsStep(deps, client, done.project, plan.lookups);
    // Two independent reads of the configured project, issued together (issue 21): which connections wait for consent,
    // and the integrations (statuses before the activation requests, the target's scheduled flags).
    const [consent, listed] = await (0,pool/* allInOrder */.b)([
        (0,import_car_consent/* consentStep */.v)(deps, client, done.project, prepared.car, plan.settings, s.activateWithoutConsent),
        s.activate.kind === 'none' ? Promise.resolve(undefined) : (0,integrations/* listIntegrations */.iB)(client, done.project)
    ]);
    const activations = await (0,steps/* activateStep */.w4)(deps, client, s, done, plan.imported, consent, listed);
    const schedules = await (0,schedules_step/* schedulesStep */.jQ)(deps, client, done.project, activations, prepared.file?.schedules ?? [], plan.diff.scheduled, listed);
    await verifyAndReport(ctx, client, s, {
        ...done,
        instance: plan.instance,
        imported: plan.imported,
        diff: plan.diff,
        activations,
        configured: configured.length,
        needsConsent: consent.needed,
        notes: plan.notes,
        schedules,
        lookups,
        certificates: certified
    });
}

// EXTERNAL MODULE: ./src/core/github-host.ts
var github_host = __webpack_require__(17147);
// EXTERNAL MODULE: ./src/core/job-summary.ts
var job_summary = __webpack_require__(59357);
;// CONCATENATED MODULE: ./src/core/pr-comment.ts
/**
 * One sticky pull-request comment per gate: found by a hidden marker in its first line, created once and updated in
 * place on every later run. The GitHub side goes through `@actions/github` (`getOctokit` with `GITHUB_API_URL`, so
 * GitHub Enterprise Server and a test's fake API are used), loaded only when a comment is written; its HTTP stack
 * honours the proxy variables but not `ca-certificate` (a TLS-inspecting proxy needs `NODE_EXTRA_CA_CERTS`).
 * The body is a job-summary {@link Report} rendered in the suite's one grammar: secrets removed, every text from a
 * server or an archive escaped, and cut to GitHub's comment limit.
 */




/**
 * The most characters GitHub accepts in a comment body: its 422 says "Body is too long (maximum is 65536
 * characters)" (reported in telia-oss/github-pr-resource#259, danger/danger#424); measurements disagree on whether it
 * counts code points or UTF-8 bytes (262,144). Counting UTF-16 units against 65,536 stays within both.
 */
const MAX_COMMENT_CHARS = 65536;
/** Comments read per page, and the most pages read before giving up the search (10,000 comments). */
const PER_PAGE = 100;
const MAX_PAGES = 100;
/**
 * The pull request the run is for, from the event payload (`GITHUB_EVENT_PATH`: `pull_request` and
 * `pull_request_target` events; an `issue_comment` on a pull request) and `GITHUB_REPOSITORY`; otherwise why not.
 */
function pullRequestOf(env) {
    const event = env.GITHUB_EVENT_NAME ? `the ${env.GITHUB_EVENT_NAME} event` : 'this event';
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || !/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo))
        return { why: 'GITHUB_REPOSITORY is not owner/repo' };
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    }
    catch {
        return { why: 'the event payload (GITHUB_EVENT_PATH) cannot be read' };
    }
    const number = payload?.pull_request?.number ?? (payload?.issue?.pull_request ? payload.issue.number : undefined);
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
        return { why: `${event} is not about a pull request` };
    const sha = payload.pull_request?.head?.sha;
    return {
        pr: {
            owner,
            repo,
            number,
            headSha: typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : undefined
        }
    };
}
/**
 * The hidden first line that finds a gate's comment again: `<!-- oic-actions:<tool> key=value … -->`. Values are
 * reduced to code characters, so nothing in them can end the HTML comment.
 */
function commentMarker(tool, fields) {
    const safe = (v) => v.replace(/[^A-Za-z0-9_.|-]/g, '_');
    const pairs = Object.entries(fields).map(([k, v]) => `${safe(k)}=${safe(v ?? '')}`);
    return `<!-- oic-actions:${safe(tool)} ${pairs.join(' ')} -->`;
}
/**
 * The comment's Markdown: the marker, the report (secrets removed, outside text escaped: see renderMarkdown), an
 * optional footer of trusted text, all within {@link MAX_COMMENT_CHARS}. A longer report is cut at a line, with a
 * note saying how many lines were left out and where to find them.
 */
function commentBody(marker, report, footer = '', limit = MAX_COMMENT_CHARS) {
    const text = (0,job_summary/* renderMarkdown */.Gc)((0,github_host/* redactReport */.a)(report)).trimEnd();
    const end = footer ? `\n\n${footer}` : '';
    const whole = `${marker}\n${text}${end}\n`;
    if (whole.length <= limit)
        return whole;
    const lines = text.split('\n');
    const note = (n) => `\n\n_${n} more line(s) did not fit in a pull-request comment (${limit} characters): the job summary of the run has them all._`;
    let budget = limit - marker.length - end.length - note(lines.length).length - 2;
    const kept = [];
    for (const line of lines) {
        budget -= line.length + 1;
        if (budget < 0)
            break;
        kept.push(line);
    }
    return `${marker}\n${kept.join('\n')}${note(lines.length - kept.length)}${end}\n`;
}
/**
 * Updates the comment whose body starts with `marker` (the first one, searched page by page), or creates one.
 * GitHub's refusals become one line ({@link commentFailure}).
 */
async function upsertComment(api, pr, marker, body) {
    const where = { owner: pr.owner, repo: pr.repo };
    try {
        const existing = await findComment(api, pr, marker);
        if (existing) {
            const { data } = await api.rest.issues.updateComment({ ...where, comment_id: existing.id, body });
            return { action: 'updated', url: data.html_url };
        }
        const { data } = await api.rest.issues.createComment({ ...where, issue_number: pr.number, body });
        return { action: 'created', url: data.html_url };
    }
    catch (error) {
        throw new errors/* OicActionError */.km(commentFailure(error, pr), { cause: error });
    }
}
async function findComment(api, pr, marker) {
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await api.rest.issues.listComments({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            per_page: PER_PAGE,
            page
        });
        // A quote of the marker (`> <!-- …`) or a mention further down is someone else's comment.
        const found = data.find(c => (c.body ?? '').startsWith(marker));
        if (found)
            return found;
        if (data.length < PER_PAGE)
            return undefined;
    }
    return undefined;
}
/**
 * One line for a refused comment: a 403 names the permission the job needs (`pull-requests: write`; a pull request
 * from a fork gets a read-only token), a 404 the token's reach; anything else GitHub's status and message.
 */
function commentFailure(error, pr) {
    const status = error?.status;
    const message = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error);
    const what = `Could not comment on pull request #${pr.number} of ${pr.owner}/${pr.repo}`;
    if (status === 403)
        return `${what}: GitHub answered 403 (${message}). Give the job 'permissions: pull-requests: write' (a pull request from a fork gets a read-only token).`;
    if (status === 404)
        return `${what}: GitHub answered 404 (${message}): the github-token cannot see this pull request.`;
    return `${what}: ${typeof status === 'number' ? `GitHub answered ${status} (${message})` : message}.`;
}
/** The Octokit of `token` on the API at `apiUrl` (`GITHUB_API_URL`), loaded on first use. */
async function githubComments(token, apiUrl) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    return getOctokit(token, { baseUrl: apiUrl || 'https://api.github.com' });
}

;// CONCATENATED MODULE: ./src/actions/import-car/pr-comment-step.ts
/**
 * `pr-comment: true`: import-car's report (a dry run's plan, or what the import did) as one sticky comment on the
 * pull request the run is for, created on the first run and updated in place on every later push. It wraps the
 * whole action so a failed run updates the comment too: a plan from an earlier push must not stand for this one.
 * The gate's result never depends on the comment: outside a pull request, or when GitHub refuses (a token without
 * `pull-requests: write`), the step warns in one line and ends as the import did.
 */



/**
 * `main` with the comment step after it: the last report `main` wrote (or its failure line) is posted once `main`
 * has ended, success or not; `main`'s error is rethrown unchanged.
 */
function withPrComment(main, comments = githubComments) {
    return async (ctx) => {
        const s = getSettings(ctx.host);
        if (!s.prComment)
            return main(ctx);
        let report;
        // The project names the comment; without the input, it is the archive's (the `project` output).
        let project = s.project;
        const watched = {
            ...ctx,
            host: onOutput(ctx.host, (name, value) => {
                if (name === 'project' && value)
                    project ??= value;
            }),
            report: async (r) => {
                report = r;
                await ctx.report(r);
            }
        };
        try {
            await main(watched);
        }
        catch (error) {
            const line = (0,run_action/* failureLine */.P)(ctx.name, error);
            await prCommentStep(ctx, { ...s, project }, failed(report, line), comments);
            throw error;
        }
        if (report)
            await prCommentStep(ctx, { ...s, project }, report, comments);
    };
}
/** `host`, telling `seen` about every output it sets. */
function onOutput(host, seen) {
    return new Proxy(host, {
        get(target, key) {
            if (key === 'setOutput')
                return (name, value) => {
                    seen(name, value);
                    target.setOutput(name, value);
                };
            const value = Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
        }
    });
}
/** The report of a failed run: the one written before the failure with the failure line on top, or that line alone. */
function failed(report, line) {
    if (!report)
        return { title: 'OIC import-car', status: 'failure', statusLine: line };
    return { ...report, status: 'failure', notes: [`Failed: ${line}`, ...(report.notes ?? [])] };
}
/** Posts `report` as the gate's comment; every problem is a warning. */
async function prCommentStep(ctx, s, report, comments = githubComments) {
    const { host } = ctx;
    if (!s.prComment)
        return;
    const found = pullRequestOf(host.env);
    if ('why' in found) {
        host.warning(`pr-comment: no pull-request comment written: ${found.why}.`);
        return;
    }
    const marker = commentMarker('import-car', {
        instance: s.connection.instance,
        project: s.project
    });
    const body = commentBody(marker, report, footer(host.env, found.pr));
    try {
        const api = await comments(s.prComment.token, host.env.GITHUB_API_URL);
        const done = await upsertComment(api, found.pr, marker, body);
        host.info(`pr-comment: ${done.action} ${done.url}`);
    }
    catch (error) {
        host.warning(`pr-comment: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** `for <head sha> · run <n>`, from values checked to be what they claim (they are written unescaped). */
function footer(env, pr) {
    const server = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?$/.test(env.GITHUB_SERVER_URL ?? '')
        ? env.GITHUB_SERVER_URL
        : undefined;
    const runId = /^\d+$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined;
    const parts = [
        ...(pr.headSha ? [`for ${pr.headSha.slice(0, 7)}`] : []),
        ...(server && runId
            ? [
                `[run ${runId}](${server}/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}/actions/runs/${runId})`
            ]
            : [])
    ];
    return `<sub>oic-actions import-car${parts.length ? ` ${parts.join(' · ')}` : ''}: updated in place on every run.</sub>`;
}

;// CONCATENATED MODULE: ./src/actions/import-car/index.ts
/** Entry of `import-car`. */



/** Runs `import-car` in the given host. */
const run = (options) => (0,run_action/* runAction */.C)('import-car', withPrComment(main), options);


/***/ }),

/***/ 3886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ checkSchedulesAgainstArchive),
/* harmony export */   w: () => (/* binding */ schedulesOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44543);


const KEYS = ['ical', 'frequency', 'timezone', 'start-date', 'end-date', 'description', 'start', 'run-now'];
const TEXT_KEYS = [
    ['timezone', 'scheduleTZ'],
    ['start-date', 'startDate'],
    ['end-date', 'endDate'],
    ['description', 'description']
];
/** An RFC 5545 recurrence rule, as Oracle's examples write it (`FREQ=DAILY;BYHOUR=2;BYMINUTE=0;`). */
const ICAL = /^FREQ=(SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z-]+=[^;\s]*)*;?$/;
/** Allowed values of ScheduleDefinitionRs's lists (D:Update a Schedule, nested schemas). */
const ALLOWED = {
    'days-of-week': ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
    'months-of-year': [
        'JANUARY',
        'FEBRUARY',
        'MARCH',
        'APRIL',
        'MAY',
        'JUNE',
        'JULY',
        'AUGUST',
        'SEPTEMBER',
        'OCTOBER',
        'NOVEMBER',
        'DECEMBER'
    ],
    'weeks-of-month': ['FIRST', 'SECOND', 'THIRD', 'FOURTH', 'LAST']
};
const ID = /^([A-Za-z0-9_.-]+)(?:\|(\d+\.\d+\.\d+))?$/;
function text(doc, node, what) {
    const value = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(node) : undefined;
    if (value === undefined || value.trim() === '')
        throw doc.error(`${what} must be a non-empty string.`, node, `Give ${what} a value.`);
    return value.trim();
}
function flag(doc, node, what) {
    const value = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) ? node.value : undefined;
    if (typeof value !== 'boolean')
        throw doc.error(`${what} must be true or false.`, node, `Write ${what}: true or false.`);
    return value;
}
/** A YAML value as JSON: scalars as they are, lists and mappings recursively. */
function plain(doc, node, what) {
    if ((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node))
        return Object.fromEntries((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(node).map(([k, v]) => [k, plain(doc, v, `${what}.${k}`)]));
    if ((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node))
        return (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .seqItems */ .Sg)(node).map((item, n) => plain(doc, item, `${what}[${n}]`));
    if ((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(node) && node.value !== null)
        return node.value;
    throw doc.error(`${what} has no value.`, node, `Give ${what} a value or remove it.`);
}
function frequency(doc, node, id) {
    const what = `frequency of schedule ${id}`;
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node) || (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(node).length === 0)
        throw doc.error(`${what} must be a mapping (Oracle's frequency object).`, node, 'Write frequency as key: value lines.');
    for (const [key, value] of (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(node)) {
        const allowed = ALLOWED[key];
        if (!allowed)
            continue;
        const items = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(value) ? (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .seqItems */ .Sg)(value) : [value];
        const bad = items.find(item => !allowed.includes(String((0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(item)).toUpperCase()));
        if (bad !== undefined)
            throw doc.error(`${what}: ${key} value '${(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)(bad) ?? ''}' is not one of ${allowed.join(', ')}.`, bad, `Use ${allowed.join(', ')}.`);
    }
    return plain(doc, node, what);
}
function definitionOf(doc, fields, id, keyNode) {
    const ical = fields.has('ical')
        ? text(doc, fields.get('ical') ?? null, `ical of schedule ${id}`)
        : undefined;
    if (ical !== undefined && !ICAL.test(ical))
        throw doc.error(`ical of schedule ${id} '${ical}' is not an iCal recurrence rule.`, fields.get('ical') ?? null, 'Write it as FREQ=DAILY;BYHOUR=2;BYMINUTE=0; (RFC 5545 RRULE).');
    if (ical !== undefined && fields.has('frequency'))
        throw doc.error(`schedule ${id} has both ical and frequency.`, keyNode, 'Keep one of ical and frequency.');
    const definition = {};
    if (ical !== undefined)
        definition.icalExpression = ical;
    if (fields.has('frequency'))
        definition.frequency = frequency(doc, fields.get('frequency') ?? null, id);
    for (const [key, field] of TEXT_KEYS)
        if (fields.has(key))
            definition[field] = text(doc, fields.get(key) ?? null, `${key} of schedule ${id}`);
    if (Object.keys(definition).length && ical === undefined && !fields.has('frequency'))
        throw doc.error(`schedule ${id} sets ${[...fields.keys()].filter(k => TEXT_KEYS.some(([t]) => t === k)).join(', ')} without ical or frequency.`, keyNode, 'Add ical: FREQ=… or frequency: to define the schedule.');
    return Object.keys(definition).length ? definition : undefined;
}
function setting(doc, id, node, keyNode) {
    const m = ID.exec(id);
    if (!m)
        throw doc.error(`'${id}' is not an integration CODE or CODE|VERSION.`, keyNode, 'Name the integration as CODE or CODE|01.00.0000.');
    const fields = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .knownFields */ .pA)(doc, `schedule ${id}`, node, keyNode, KEYS);
    const definition = definitionOf(doc, fields, id, keyNode);
    return {
        code: m[1],
        ...(m[2] ? { version: m[2] } : {}),
        ...(definition ? { definition } : {}),
        start: fields.has('start') ? flag(doc, fields.get('start') ?? null, `start of schedule ${id}`) : true,
        runNow: fields.has('run-now')
            ? flag(doc, fields.get('run-now') ?? null, `run-now of schedule ${id}`)
            : false,
        location: { file: doc.file, line: doc.line(keyNode) }
    };
}
/** The `schedules:` section of the file's top-level entries (none: no settings). */
function schedulesOf(doc, root) {
    const describe = {
        what: 'integrations (CODE or CODE|VERSION) to their schedule',
        shape: '<CODE>: <settings> entries'
    };
    return (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readSection */ .GU)(doc, root, 'schedules', describe, (id, node, keyNode) => setting(doc, id, node, keyNode));
}
/**
 * The settings that apply to the archive, checked before any request: an entry naming an integration the archive
 * does not bring is an error at its line for a whole project, and skipped with a warning for a deployment's archive
 * (one file per environment serves every deployment); an integration the archive holds but not as scheduled is
 * always an error (a schedule belongs to a scheduled integration only).
 */
function checkSchedulesAgainstArchive(settings, car, warn) {
    const scheduled = car.integrations.filter(i => i.scheduled).map(i => `${i.code}|${i.version}`);
    const fix = `Name one of the archive's scheduled integrations: ${scheduled.join(', ') || 'it has none'}.`;
    return settings.filter(s => {
        const id = s.version ? `${s.code}|${s.version}` : s.code;
        const matching = car.integrations.filter(i => i.code === s.code && (!s.version || i.version === s.version));
        const fail = (message) => (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(message, { input: 'connections-file', value: id, fix, location: s.location });
        if (!matching.length && car.kind === 'deployment') {
            warn(`${s.location.file}:${s.location.line ?? '?'}: schedule ${id} is not in this deployment's archive: skipped.`, {
                file: s.location.file,
                startLine: s.location.line
            });
            return false;
        }
        if (!matching.length)
            throw fail(`schedule ${id} names an integration the archive does not bring.`);
        if (!matching.some(i => i.scheduled))
            throw fail(`schedule ${id}: the archive's ${id} is not a scheduled integration.`);
        return true;
    });
}


/***/ }),

/***/ 14481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ resolveValue)
/* harmony export */ });
/* unused harmony export OIC_PLACEHOLDERS */
/* harmony import */ var _core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44543);

/**
 * The placeholders OIC itself resolves in custom OAuth and API-key security properties (access token request, access
 * token usage, refresh token request, authorization request), from Oracle's REST Adapter guide (seed 002; docs page
 * rest-adapter/oauth-protection.html): chapter 3 "Selected Security Policy Fields" (`${token_type}`,
 * `${access_token}`, `${api_key}`) and chapter 5 "OAuth-Protected Patterns" (the `$variables` of the fetch rules:
 * `$access_token`, `$refresh_token`, `$expiry`, `$token_type`, `$auth_code`; `${redirect_uri}` resolved by the
 * platform). The guide's `${api-key}` holds a `-`, which is no variable name here, so it passes through as well.
 */
const OIC_PLACEHOLDERS = [
    'access_token',
    'refresh_token',
    'expiry',
    'token_type',
    'auth_code',
    'redirect_uri',
    'api_key'
];
const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** The error text of an unset `${name}`: OIC-looking names get the pass-through hint, others "add it to env:". */
function unsetMessage(name) {
    const known = OIC_PLACEHOLDERS.find(p => p === name.toLowerCase());
    if (known || name === name.toLowerCase()) {
        const oic = known ? `OIC's placeholder \${${known}}` : 'an OIC placeholder';
        const write = known && known !== name
            ? `Write \${${known}} (OIC's placeholders are lower-case; they pass through as written)`
            : `Write $\${${name}} to pass it through to OIC as \${${name}}`;
        const fix = `${write}, or add ${name} under the step's env: if it is a secret.`;
        return { message: `\${${name}} is not set in the environment; it looks like ${oic}. ${fix}`, fix };
    }
    return {
        message: `\${${name}} is not set in the environment: add ${name} under the step's env: (e.g. from secrets.${name}).`,
        fix: `Add ${name} under the step's env: (e.g. from secrets.${name}).`
    };
}
/**
 * Resolves one scalar of the file: `${NAME}` from `env` (masked the moment it is read), `$$` as `$`, OIC's own
 * placeholders kept. An unset variable is an input error at the value's line.
 */
function resolveValue(doc, node, env, mask) {
    const raw = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws)(node);
    if (raw === undefined)
        throw doc.error('expected a value (a string, or ${VAR} from the environment).', node, 'Give a string, or ${VAR} from the environment.');
    let fromEnv = false;
    const value = raw.replace(VARIABLE, (match, name) => {
        if (match === '$$')
            return '$';
        if (OIC_PLACEHOLDERS.includes(name))
            return match;
        const v = env[name];
        if (v === undefined) {
            const { message, fix } = unsetMessage(name);
            throw doc.error(message, node, fix);
        }
        fromEnv = true;
        mask(v);
        return v;
    });
    if (fromEnv)
        mask(value);
    return { value, fromEnv };
}


/***/ }),

/***/ 46075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ checkArchiveFile),
/* harmony export */   tV: () => (/* binding */ ArchiveSizeLimit),
/* harmony export */   v6: () => (/* binding */ parseArchiveSize)
/* harmony export */ });
/* unused harmony export MAX_ARCHIVE_SIZE_INPUT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _http_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66502);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89114);
/**
 * The optional `max-archive-size` of export-car and import-car: export-car stops writing and fails when the server
 * sends more, import-car refuses a larger file before reading or uploading it.
 */





/** The input's name. */
const MAX_ARCHIVE_SIZE_INPUT = 'max-archive-size';
const UNITS = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };
const SIZE = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?$/i;
/** Parses `max-archive-size` (`500MiB`, `2 GiB`, `100M`, `1048576`); undefined when empty. */
function parseArchiveSize(value) {
    if (!value)
        return undefined;
    const match = SIZE.exec(value.trim());
    const bytes = match ? Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? NaN)) : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .mustBe */ .Jq)(MAX_ARCHIVE_SIZE_INPUT, 'a size such as 500MiB, 2GiB or a number of bytes', value);
    }
    return bytes;
}
const bound = (max) => `${MAX_ARCHIVE_SIZE_INPUT} (${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(max)})`;
/** Refuses a file larger than `max` before anything reads it. */
function checkArchiveFile(path, shownAs, max) {
    if (max === undefined)
        return;
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    if (size > max) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`${shownAs} is ${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(size)}, more than ${bound(max)}: refusing to read or upload it.`, {
            input: MAX_ARCHIVE_SIZE_INPUT,
            value: String(max),
            fix: `Raise ${MAX_ARCHIVE_SIZE_INPUT} above ${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(size)}, or import a smaller archive.`
        });
    }
}
/** The bound of one export download; {@link ArchiveSizeLimit.error} is the one line once it was hit. */
class ArchiveSizeLimit {
    max;
    hit;
    constructor(max) {
        this.max = max;
    }
    /** True once the server sent (or announced) more than the bound. */
    get tripped() {
        return this.hit !== undefined;
    }
    /** The one line of a tripped bound. */
    error() {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OicActionError */ .km(`${this.hit ?? 'the server sent too much'}.`);
    }
    /**
     * The body to write: refused at once when `Content-Length` announces more than the bound, else passed through a
     * counter that ends the download (and so the write, whose partial file is removed) at the first byte beyond it.
     */
    guard(body, headers) {
        const declared = Number(headers['content-length']);
        if (Number.isFinite(declared) && declared > this.max) {
            this.hit = `the server announced an archive of ${(0,_http_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(declared)}, more than ${bound(this.max)}; nothing was written`;
            body.destroy();
            throw this.error();
        }
        let size = 0;
        const counter = new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
            highWaterMark: 4 * 1024 * 1024,
            transform: (chunk, _encoding, done) => {
                size += chunk.length;
                if (size <= this.max)
                    return done(null, chunk);
                this.hit = `the server sent more than ${bound(this.max)} for the archive; stopped writing and removed the partial file`;
                done(this.error());
            }
        });
        body.on('error', error => counter.destroy(error));
        counter.on('close', () => body.destroy());
        // The writer may attach its listeners after an await: until then the error is kept (errored), not thrown.
        counter.on('error', () => undefined);
        return body.pipe(counter);
    }
}


/***/ }),

/***/ 70127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ archiveWriter)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74296);
/**
 * Streaming an export to disk in constant memory: SHA-256 and size computed on the way, written to a temporary
 * file beside the target and renamed only when complete and verified as a zip, so a failure never leaves a
 * partial `.car`.
 */






/** Bytes buffered before the download pauses: fewer, larger writes keep the socket flowing. */
const WRITE_BUFFER_BYTES = 4 * 1024 * 1024;
const ZIP_MAGIC = [Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from('PK\u0005\u0006', 'latin1')];
async function startsLikeZip(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return bytesRead === 4 && ZIP_MAGIC.some(m => m.equals(head));
    }
    finally {
        await handle.close();
    }
}
/**
 * Copies `body` into `file`, hashing on the way, and resolves with the byte count once the file is closed. The body
 * flows and is paused only while the file's buffer is full: a `pipeline` through a `Transform` pauses the socket
 * on every chunk (its 16 KiB buffers), which halved the download rate.
 */
async function copyHashed(body, file, hash) {
    let size = 0;
    body.on('data', (chunk) => {
        hash.update(chunk);
        size += chunk.length;
        if (!file.write(chunk)) {
            body.pause();
            file.once('drain', () => body.resume());
        }
    });
    body.once('end', () => file.end());
    try {
        await Promise.all([(0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(body), (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(file)]);
    }
    catch (error) {
        body.destroy();
        file.destroy();
        // A failure in the first chunk can come while the file is still being opened: once it is closed, it exists
        // and the caller's rm removes it (else the open completes after the rm and leaves a .partial behind).
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_4__.finished)(file).catch(() => undefined);
        throw error;
    }
    return size;
}
/**
 * Returns a consumer for `HttpClient.stream`: each call (each attempt) writes a fresh temporary file, so a retried
 * download starts over cleanly; the final rename happens once the body is complete and looks like a zip.
 */
function archiveWriter(target, source = 'OIC') {
    return async (body) => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
        const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.partial`);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        try {
            const size = await copyHashed(body, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(temp, { flags: 'wx', highWaterMark: WRITE_BUFFER_BYTES }), hash);
            if (!(await startsLikeZip(temp))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .OicActionError */ .km(`${source} returned ${size} bytes that are not a zip archive (expected a .car).`);
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
            return { path: target, sha256: hash.digest('hex'), size };
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
            throw error;
        }
    };
}


/***/ }),

/***/ 22653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ artifactUnavailable),
/* harmony export */   eA: () => (/* binding */ uploadFileArtifact),
/* harmony export */   wd: () => (/* binding */ downloadNamedArtifact)
/* harmony export */ });
/* unused harmony export artifactSafe */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Workflow artifacts through `@actions/artifact`, loaded lazily: only the steps that upload or download pay for it
 * (the Azure storage SDK and Octokit it carries). The library keeps its own HTTP stack (the results service
 * through `@actions/http-client`, blobs through the Azure SDK), with its own retries, user agent and proxy support
 * (`HTTP(S)_PROXY`, `NO_PROXY`); it takes no dispatcher and no CA, so `ca-certificate` does not apply to artifact
 * calls (a self-hosted runner behind a TLS-inspecting proxy sets `NODE_EXTRA_CA_CERTS` for the job instead).
 */


/** Why artifacts cannot be used here, or undefined when they can. */
function artifactUnavailable(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set)';
    }
    return undefined;
}
/** Uploads one file as an artifact named `name`. */
async function uploadFileArtifact(name, file, retentionDays) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(824), __webpack_require__.e(351), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 48787));
    try {
        const res = await new DefaultArtifactClient().uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), retentionDays ? { retentionDays } : {});
        return { id: res.id, size: res.size, digest: res.digest ? `sha256:${res.digest}` : undefined };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Could not upload artifact '${name}': ${error.message}`, {
            cause: error
        });
    }
}
/** Downloads artifact `name` (of this run, or of `findBy`) into `destination`; returns the folder. */
async function downloadNamedArtifact(name, destination, findBy) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(824), __webpack_require__.e(351), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 48787));
    const client = new DefaultArtifactClient();
    try {
        const { artifact } = await client.getArtifact(name, findBy ? { findBy } : undefined);
        const res = await client.downloadArtifact(artifact.id, {
            path: destination,
            ...(findBy ? { findBy } : {}),
            ...(artifact.digest
                ? {
                    expectedHash: artifact.digest.startsWith('sha256:')
                        ? artifact.digest
                        : `sha256:${artifact.digest}`
                }
                : {})
        });
        if (res.digestMismatch)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Artifact '${name}' arrived with a different SHA-256 than it was uploaded with.`);
        return res.downloadPath ?? destination;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km)
            throw error;
        const where = findBy
            ? ` of run ${findBy.workflowRunId} in ${findBy.repositoryOwner}/${findBy.repositoryName}`
            : ' of this run';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OicActionError */ .km(`Could not download artifact '${name}'${where}: ${error.message}`, {
            cause: error
        });
    }
}
/** A file name usable in an artifact name (no `" : < > | * ? \\ /`). */
function artifactSafe(name) {
    return basename(name).replace(/["':<>|*?\\/\r\n]/g, '-');
}


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

/***/ 56107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ allowedRoots),
/* harmony export */   iI: () => (/* binding */ resolveInsideRoots),
/* harmony export */   nx: () => (/* binding */ inside),
/* harmony export */   sT: () => (/* binding */ resolveReadPath),
/* harmony export */   x: () => (/* binding */ real)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/**
 * Where an action reads and writes files. A file the user names to be READ (archive, connections file, config file)
 * is read where it is; files an action WRITES stay inside the workspace or the runner's temp directory.
 */



/** The roots files may live under: `GITHUB_WORKSPACE` (else the working directory) and `RUNNER_TEMP`. */
function allowedRoots(env, cwd = process.cwd()) {
    return [env.GITHUB_WORKSPACE || cwd, env.RUNNER_TEMP]
        .filter((r) => Boolean(r))
        .map(r => real((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(r)));
}
/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files yet to be written). */
function real(p) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
    return parent === p ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(real(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, p));
}
/** True when `child` is `root` or below it (a folder named `..cache` is below it; `..` is not). */
function inside(child, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, child);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
}
/**
 * Resolves a path the action will WRITE against the workspace and refuses anything outside the allowed roots
 * (symlinks followed).
 */
function resolveInsideRoots(value, input, env, cwd = process.cwd()) {
    const roots = allowedRoots(env, cwd);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || cwd, value);
    const target = real(absolute);
    if (!roots.some(root => inside(target, root))) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(`Input '${input}' must stay inside the workspace or runner temp (${roots.join(', ')}), got '${value}'.`, { input, value, fix: `Set ${input} to a path inside ${roots.join(' or ')}.` });
    }
    return absolute;
}
/**
 * Resolves a path the action will only READ (an archive, a connections file, a config file): relative to the
 * workspace (else the working directory), or absolute; it is read where it is, like any file the user points at.
 */
function resolveReadPath(value, env, cwd = process.cwd()) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || cwd, value);
}


/***/ }),

/***/ 76430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YX: () => (/* binding */ withSecretFiles),
/* harmony export */   sG: () => (/* binding */ readSecretContent)
/* harmony export */ });
/* unused harmony exports FROM_ENV, FROM_ENV_BASE64, writeSecretFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _yaml_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44543);
/**
 * Files a connection or a certificate needs (private keys, keystores, certificates) given as the content of an
 * environment variable — a secret — instead of a file in the repository. In a user's YAML file:
 *
 * ```yaml
 * PrivateKey: { from-env: SFTP_KEY }                    # the variable holds the file's text (a PEM key)
 * Keystore: { from-env-base64: KEYSTORE_P12, file-name: identity.p12 }   # base64 of a binary file
 * ```
 *
 * The content is read and masked (every line of it) when the file is read, and written only while it is used: into
 * a fresh directory of its own (mode 700) under `RUNNER_TEMP` (else the system temp directory; never the workspace),
 * with mode 600, and removed when the use ends, whether it succeeded or not.
 */




/** The key naming a variable that holds the file's text. */
const FROM_ENV = 'from-env';
/** The key naming a variable that holds the file's bytes in base64 (keystores and other binary files). */
const FROM_ENV_BASE64 = 'from-env-base64';
const KEYS = [FROM_ENV, FROM_ENV_BASE64, 'file-name'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * Reads a `{from-env: VAR}` / `{from-env-base64: VAR}` node (optionally with `file-name`): the variable must be set,
 * not empty and, for base64, valid base64. Its value is masked before anything else is done with it. `what` names the
 * file in errors ("attachment PrivateKey of connection FTP").
 */
function readSecretContent(doc, node, env, mask, what) {
    const entries = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(node);
    const sources = entries.filter(([k]) => k === FROM_ENV || k === FROM_ENV_BASE64);
    const unknown = entries.find(([k]) => !KEYS.includes(k));
    if (!(0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(node) || sources.length !== 1 || unknown)
        throw doc.error(`${what}: expected one of '${FROM_ENV}: VAR' or '${FROM_ENV_BASE64}: VAR' (and optionally 'file-name')${unknown ? `, not '${unknown[0]}'` : ''}.`, unknown?.[2] ?? node, `Write ${what} as { ${FROM_ENV}: VAR } for a text file (a PEM key) or { ${FROM_ENV_BASE64}: VAR } for a binary one.`);
    const [key, valueNode] = sources[0];
    const variable = (0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(valueNode) ?? '';
    if (!ENV_NAME.test(variable))
        throw doc.error(`${what}: '${key}' must name an environment variable, got '${variable}'.`, valueNode ?? node, `Give the variable's name (e.g. ${key}: SFTP_KEY) and set it under the step's env:.`);
    const encoding = key === FROM_ENV_BASE64 ? 'base64' : 'text';
    const content = decode(doc, valueNode, env, mask, { variable, encoding, what });
    const nameNode = entries.find(([k]) => k === 'file-name');
    const fileName = nameNode ? ((0,_yaml_file_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarText */ .ws)(nameNode[1]) ?? '') : variable;
    if (!FILE_NAME.test(fileName))
        throw doc.error(`${what}: file-name '${fileName}' must be a plain file name (letters, digits, '.', '_', '-').`, nameNode?.[1] ?? node, 'Give a plain file name such as identity.p12, without a folder.');
    return { variable, encoding, content, fileName, location: { file: doc.file, line: doc.line(node) } };
}
/** The variable's content as bytes; a missing, empty or (for base64) malformed value is an input error. */
function decode(doc, node, env, mask, s) {
    const value = env[s.variable];
    const setIt = `Add ${s.variable} under the step's env: (e.g. ${s.variable}: \${{ secrets.${s.variable} }}) holding the file's ${s.encoding === 'base64' ? 'bytes in base64 (base64 -w0 <file>)' : 'text'}.`;
    if (value === undefined)
        throw doc.error(`${s.what}: environment variable ${s.variable} is not set. ${setIt}`, node, setIt);
    mask(value);
    if (value.trim() === '')
        throw doc.error(`${s.what}: environment variable ${s.variable} is empty (a secret that does not exist expands to an empty string). ${setIt}`, node, setIt);
    if (s.encoding === 'text')
        return Buffer.from(value, 'utf8');
    const compact = value.replace(/\s+/g, '');
    if (!BASE64.test(compact) || compact.length % 4 !== 0)
        throw doc.error(`${s.what}: environment variable ${s.variable} is not valid base64. ${setIt}`, node, setIt);
    const bytes = Buffer.from(compact, 'base64');
    const text = bytes.toString('utf8');
    // A base64 PEM is text once decoded: mask that too, in case a server echoes the key.
    if (Buffer.from(text, 'utf8').equals(bytes))
        mask(text);
    return bytes;
}
/**
 * Writes each secret into a fresh private directory under `RUNNER_TEMP` (else the system temp directory), mode 600;
 * the caller must call `remove` (see {@link withSecretFiles}). A failed write removes what was written.
 */
async function writeSecretFiles(secrets, env) {
    const base = env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    // A runner creates RUNNER_TEMP; a step run by hand (the CLI, scripts/lib/run-step.ts) may only name it.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(base, { recursive: true });
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'oic-secret-'));
    const remove = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(dir, 0o700);
        const paths = [];
        for (const [i, secret] of secrets.entries()) {
            // A folder per file: two secrets may share a file name.
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, String(i + 1));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { mode: 0o700 });
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, secret.fileName);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, secret.content, { mode: 0o600, flag: 'wx' });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(path, 0o600);
            paths.push(path);
        }
        return { paths, remove };
    }
    catch (error) {
        await remove();
        throw error;
    }
}
/** Writes `secrets` as files, runs `use` with their paths and removes them afterwards, whatever `use` did. */
async function withSecretFiles(secrets, env, use) {
    if (!secrets.length)
        return use([]);
    const files = await writeSecretFiles(secrets, env);
    try {
        return await use(files.paths);
    }
    finally {
        await files.remove();
    }
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
