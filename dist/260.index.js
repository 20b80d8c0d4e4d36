export const id = 260;
export const ids = [260];
export const modules = {

/***/ 83260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  group: () => (/* binding */ group)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
// EXTERNAL MODULE: ./src/core/oic/deployments.ts
var deployments = __webpack_require__(97029);
// EXTERNAL MODULE: ./src/core/oic/integrations.ts
var oic_integrations = __webpack_require__(81858);
// EXTERNAL MODULE: ./src/actions/create-deployment/config-file.ts
var config_file = __webpack_require__(40671);
// EXTERNAL MODULE: ./src/actions/create-deployment/resolve.ts
var resolve = __webpack_require__(84352);
// EXTERNAL MODULE: ./src/cli/resources/factory-files.ts
var factory_files = __webpack_require__(39536);
;// CONCATENATED MODULE: ./src/cli/resources/deployments-body.ts
/**
 * The deployment a `deployments create` or `update` sends (LabelRs: contract §5.8): from --config (the file
 * create-deployment reads) or from --name, --description and --integrations (CODE|VERSION, CODE for its newest
 * version, or *).
 */





/** The options of create and update. */
const DEPLOYMENT_OPTIONS = {
    name: { description: 'display name (default: the code; update: unchanged)' },
    description: { description: 'description (update: unchanged when not given)' },
    integrations: {
        description: "integration versions: CODE|VERSION, CODE (its newest version) or *, repeated or comma-separated (quote '|' in a shell)"
    },
    config: {
        description: 'a deployment config file (YAML or JSON) as create-deployment reads; its code must be CODE'
    }
};
/** Reads the options (an input error for a config that names another code or both --config and --integrations). */
function deploymentRequest(code, options) {
    if (options.config && options.integrations)
        throw (0,errors/* inputError */.Xu)('Give either --config or --integrations, not both.', {
            input: '--integrations',
            value: options.integrations,
            fix: 'List the integrations in the config file, or drop --config.'
        });
    if (options.config) {
        const config = (0,config_file/* readDeploymentConfig */.y)((0,factory_files/* inputFile */.xm)(options.config, '--config'));
        if (config.code !== code)
            throw (0,errors/* inputError */.Xu)(`--config names deployment ${config.code}, not ${code}.`, {
                input: '--config',
                value: options.config,
                fix: `Give CODE ${config.code}, or change 'code' in the file.`
            });
        return {
            code,
            name: options.name || config.name,
            description: options.description || config.description,
            specs: config.integrations,
            config
        };
    }
    const specs = (options.integrations ?? '')
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean)
        .map(s => (0,resolve/* parseSpec */.F)(s, { input: '--integrations' }));
    return {
        code,
        name: options.name || undefined,
        description: options.description || undefined,
        specs: specs.length ? specs : undefined
    };
}
/** One line naming what the options set, for --dry-run (never throws: the run reports a bad option). */
function describeRequest(code, options) {
    try {
        const request = deploymentRequest(code, options);
        const list = request.specs?.map(s => s.text).join(', ');
        return `${code}${request.name ? ` "${request.name}"` : ''}${list ? ` with ${list}` : ''}`;
    }
    catch (error) {
        return `${code} (not as given: ${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}
/**
 * The full LabelRs body: `base` (the current deployment, for update) with what the request changes; CODE and `*`
 * resolved against the project's integrations.
 */
async function deploymentBody(client, project, request, base) {
    const specs = request.specs ?? [];
    const exact = specs.flatMap(s => (s.kind === 'exact' ? [{ code: s.code, version: s.version }] : []));
    const integrations = !request.specs
        ? (base?.integrations ?? [])
        : exact.length === specs.length
            ? exact
            : (0,resolve/* resolveIntegrations */.k)(specs, await (0,oic_integrations/* listIntegrations */.iB)(client, project), project).map(r => ({
                code: r.code,
                version: r.version
            }));
    const config = request.config;
    const keep = (key, given) => given?.length ? { [key]: given } : base?.[key] ? { [key]: base[key] } : {};
    return {
        code: request.code,
        name: request.name ?? base?.name ?? request.code,
        ...((request.description ?? base?.description) !== undefined
            ? { description: request.description ?? base?.description }
            : {}),
        integrations,
        ...keep('robots', config?.robots),
        ...keep('decisions', config?.decisions),
        ...keep('b2btradingpartners', config?.b2bTradingPartners)
    };
}

// EXTERNAL MODULE: ./src/cli/resources/factory-settle.ts
var factory_settle = __webpack_require__(7856);
;// CONCATENATED MODULE: ./src/cli/resources/deployments.ts
/** `oic-actions deployments …`: the Factory API's deployment calls in a project (seed 000 "Deployments"). */





const row = (d) => ({
    code: d.code,
    name: d.name,
    integrations: (d.integrations ?? []).map(i => (0,api/* integrationId */.cr)(i)).join(', '),
    lastUpdated: d.lastUpdated
});
/** The deployments group. */
const group = {
    name: 'deployments',
    summary: 'list, show, create, update and delete the deployments of a project',
    operations: [
        {
            name: 'list',
            summary: 'every deployment of a project (Retrieve Deployments in a Project)',
            args: ['PROJECT'],
            effect: 'read',
            run: async ({ client, args }) => {
                const items = await (0,deployments/* listDeployments */.Jn)(client, args.PROJECT ?? '');
                return {
                    kind: 'table',
                    columns: ['code', 'name', 'integrations', 'lastUpdated'],
                    rows: items.map(row),
                    json: items
                };
            }
        },
        {
            name: 'get',
            summary: 'one deployment, as the API returns it (Retrieve a Deployment in a Project)',
            args: ['PROJECT', 'CODE'],
            effect: 'read',
            run: async ({ client, args }) => ({
                kind: 'object',
                value: await (0,deployments/* getDeployment */.i8)(client, args.PROJECT ?? '', args.CODE ?? '')
            })
        },
        {
            name: 'create',
            summary: 'create a deployment from --integrations or --config (Create a Deployment in a Project)',
            args: ['PROJECT', 'CODE'],
            effect: 'write',
            options: DEPLOYMENT_OPTIONS,
            describe: ({ args, options }) => `create deployment ${describeRequest(args.CODE ?? '', options)} in ${args.PROJECT ?? ''}`,
            run: async ({ client, args, options }) => {
                const project = args.PROJECT ?? '';
                const request = deploymentRequest(args.CODE ?? '', options);
                if (!request.specs)
                    throw (0,errors/* inputError */.Xu)('create needs --integrations or --config.', {
                        input: '--integrations',
                        value: '',
                        fix: "Give --integrations 'CODE|VERSION,…' or --config FILE."
                    });
                const body = await deploymentBody(client, project, request);
                const sent = await (0,factory_settle/* sendOnce */.E)(`create deployment ${body.code} in project ${project}`, () => (0,deployments/* createDeployment */.Yy)(client, project, body), async () => (await (0,deployments/* getDeployment */.i8)(client, project, body.code)).code === body.code);
                return {
                    kind: 'done',
                    message: `${sent.settled ? `${sent.settled}. ` : ''}Created deployment ${body.code} in ${project}: ${(body.integrations ?? []).map(i => (0,api/* integrationId */.cr)(i)).join(', ')}.`,
                    json: sent.answer ?? body
                };
            }
        },
        {
            name: 'update',
            summary: 'change a deployment; what is not given stays (Update a Deployment in a Project)',
            args: ['PROJECT', 'CODE'],
            effect: 'write',
            options: DEPLOYMENT_OPTIONS,
            describe: ({ args, options }) => `update deployment ${describeRequest(args.CODE ?? '', options)} in ${args.PROJECT ?? ''}`,
            run: async ({ client, args, options }) => {
                const project = args.PROJECT ?? '';
                const request = deploymentRequest(args.CODE ?? '', options);
                // The update replaces the whole deployment (name and code required): what is not given is sent as it is.
                const current = await (0,deployments/* getDeployment */.i8)(client, project, request.code);
                const body = await deploymentBody(client, project, request, current);
                const updated = await (0,deployments/* updateDeployment */.VJ)(client, project, body);
                return {
                    kind: 'done',
                    message: `Updated deployment ${body.code} in ${project}: ${(body.integrations ?? []).map(i => (0,api/* integrationId */.cr)(i)).join(', ')}.`,
                    json: updated ?? body
                };
            }
        },
        {
            name: 'delete',
            summary: 'delete a deployment (its integrations stay) (Delete a Deployment in a Project)',
            args: ['PROJECT', 'CODE'],
            effect: 'delete',
            describe: ({ args }) => `delete deployment ${args.CODE ?? ''} of ${args.PROJECT ?? ''}`,
            run: async ({ client, args }) => {
                await (0,deployments/* deleteDeployment */.rd)(client, args.PROJECT ?? '', args.CODE ?? '');
                return {
                    kind: 'done',
                    message: `Deleted deployment ${args.CODE ?? ''} of ${args.PROJECT ?? ''}.`,
                    json: { deleted: args.CODE, project: args.PROJECT }
                };
            }
        }
    ]
};


/***/ }),

/***/ 39536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ checkOutputFile),
/* harmony export */   E8: () => (/* binding */ streamToFile),
/* harmony export */   Tl: () => (/* binding */ writeTextFile),
/* harmony export */   op: () => (/* binding */ readJsonObject),
/* harmony export */   xm: () => (/* binding */ inputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_archive_writer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70127);
/* harmony import */ var _core_safe_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46612);
/**
 * Files the Factory API commands read and write: a JSON request body given with --json-file, an archive to upload,
 * and a download written beside its destination and renamed into place (never a half-written file).
 */




/** An existing regular file named by `flag` (an input error otherwise). */
function inputFile(path, flag) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile())
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${flag}: ${path} is not a readable file.`, {
            input: flag,
            value: path,
            fix: `Give the path of an existing file in ${flag}.`
        });
    return path;
}
/** The JSON object in the file named by `flag`; `allowed` lists the keys the API reads (others are refused). */
function readJsonObject(path, flag, allowed) {
    let value;
    try {
        value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(inputFile(path, flag), 'utf8'));
    }
    catch (error) {
        if (error instanceof SyntaxError)
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${flag}: ${path} is not valid JSON (${error.message}).`, {
                input: flag,
                value: path,
                fix: 'Write the request body as one JSON object.'
            });
        throw error;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${flag}: ${path} must hold one JSON object.`, {
            input: flag,
            value: path,
            fix: 'Write the request body as one JSON object, e.g. {"name": …}.'
        });
    const unknown = allowed ? Object.keys(value).filter(k => !allowed.includes(k)) : [];
    if (unknown.length)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${flag}: ${path} has key '${unknown[0] ?? ''}', which the API ignores.`, {
            input: flag,
            value: path,
            fix: `Use only ${allowed?.join(', ') ?? ''}.`
        });
    return value;
}
/** Refuses an output path that exists (unless `force`), is a link or is not a file. */
function checkOutputFile(path, flag, force) {
    if (!path)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${flag} is required: the file to write.`, {
            input: flag,
            value: '',
            fix: `Give ${flag} OUT.`
        });
    (0,_core_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .checkWriteTarget */ .p7)(path, { input: flag });
    if (!force && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(`${flag}: ${path} exists; nothing was written (add --force to replace it).`, {
            input: flag,
            value: path,
            fix: 'Name a new file, or add --force to replace it.'
        });
}
/** Streams an archive download to `path` through a temporary file renamed into place once complete. */
const streamToFile = (path) => (0,_core_archive_writer_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveWriter */ .O)(path);
/** Writes text to `path` through a temporary file renamed into place. */
const writeTextFile = (path, text, flag) => (0,_core_safe_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileSafely */ .kv)(path, text, { input: flag });


/***/ }),

/***/ 7856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ sendOnce)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5189);
/**
 * The Factory commands' writes that must not be repeated (create, register, import, activate): sent once, and a
 * lost answer settled by reading the state back (src/core/settle-lost-write.ts), never by sending again.
 */


/**
 * Sends `send` once; when its answer is lost, `done` reads the state back (true: the write took effect; a 404
 * counts as false) and the write ends as done or fails with its own error.
 */
async function sendOnce(what, send, done) {
    const written = await (0,_core_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_1__/* .settleLostWrite */ .Pk)({
        what,
        send,
        readBack: async () => {
            try {
                return (await done()) ? true : undefined;
            }
            catch (error) {
                if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
                    return undefined;
                throw error;
            }
        }
    });
    if (written.answered)
        return { answer: written.answer };
    return { settled: (0,_core_settle_lost_write_js__WEBPACK_IMPORTED_MODULE_1__/* .lostAnswerLine */ .Xc)(what, written.error, 'the state read back shows it was done') };
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


/***/ })

};
