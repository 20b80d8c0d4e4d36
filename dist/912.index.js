export const id = 912;
export const ids = [912];
export const modules = {

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

/***/ 14912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  group: () => (/* binding */ group)
});

// EXTERNAL MODULE: ./src/core/oic/projects.ts
var projects = __webpack_require__(24579);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/archive/car.ts + 4 modules
var archive_car = __webpack_require__(2793);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/cli/resources/factory-files.ts
var factory_files = __webpack_require__(39536);
;// CONCATENATED MODULE: ./src/cli/resources/projects-archive.ts
/** `projects export` and `projects import`: a project's `.car` to disk and back (Export a Project, Import(Add) a Project). */





/** `export PROJECT [--deployment CODE] --file OUT.car [--force]`. */
const exportOperation = {
    name: 'export',
    summary: 'stream a project (or one deployment of it) as a .car to a file',
    args: ['PROJECT'],
    effect: 'read',
    options: {
        file: {
            description: 'the .car to write (written to a temporary name, renamed when complete)',
            required: true
        },
        deployment: { description: 'export only this deployment of the project (its code)' },
        force: { description: 'replace --file if it exists', boolean: true }
    },
    run: async ({ client, args, options }) => {
        const code = args.PROJECT ?? '';
        (0,factory_files/* checkOutputFile */.CK)(options.file ?? '', '--file', options.force === 'true');
        // The export body names the project's name and type (contract §5.5); reading it first also makes a missing
        // project one clear 404 before any file is created.
        const project = await (0,projects/* getProject */.U1)(client, code);
        const label = options.deployment || undefined;
        const written = await (0,projects/* exportProject */.MN)(client, { code, name: project.name, type: project.type, label }, (0,factory_files/* streamToFile */.E8)(options.file ?? ''));
        return {
            kind: 'done',
            message: `Exported ${code}${label ? ` deployment ${label}` : ''} to ${written.path} (${written.size} bytes, sha256 ${written.sha256}).`,
            json: { project: code, deployment: label ?? null, ...written }
        };
    }
};
/** `import FILE.car [--replace]`. */
const importOperation = {
    name: 'import',
    summary: 'import a .car (a new project; --replace for one that exists)',
    args: ['FILE'],
    effect: 'write',
    options: {
        replace: {
            description: 'replace the existing project (PUT /projects/archive; not on an Oracle op page: contract K8)',
            boolean: true
        }
    },
    describe: ({ args, options }) => `${options.replace === 'true' ? 'replace a project with' : 'import a new project from'} ${args.FILE ?? ''}`,
    plansDryRun: true,
    run: async ({ client, args, options, dryRun }) => {
        const file = (0,factory_files/* inputFile */.xm)(args.FILE ?? '', 'FILE');
        const mode = options.replace === 'true' ? 'replace' : 'add';
        if (dryRun)
            return planImport(client, file, mode);
        const project = await (0,projects/* importProject */.zB)(client, file, mode);
        const code = project?.code ?? '(not named by the answer)';
        return {
            kind: 'done',
            message: `${mode === 'add' ? 'Imported' : 'Replaced'} project ${code} from ${(0,external_node_path_.basename)(file)}${project?.state?.status ? ` (status ${project.state.status})` : ''}.`,
            json: project ?? { imported: file }
        };
    }
};
/**
 * The dry run of an import: what the archive holds and whether the target has that project, so the answer OIC would
 * give is known (Import(Add) a Project: 409 when it exists; the replace needs it to exist). Reads only.
 */
async function planImport(client, file, mode) {
    const car = await (0,archive_car/* readCar */.lK)(file);
    const code = car.project?.code ?? '';
    let exists = true;
    try {
        await (0,projects/* getProject */.U1)(client, code);
    }
    catch (error) {
        if (!(0,errors/* isNotFound */.c4)(error))
            throw error;
        exists = false;
    }
    const what = `project ${code} (${car.integrations.length} integration versions, ${car.connections.length} connections${car.deployment ? `, deployment ${car.deployment}` : ''}) from ${(0,external_node_path_.basename)(file)}`;
    const verdict = mode === 'add'
        ? exists
            ? `; ${code} exists in the instance, so OIC would refuse it (409): add --replace to replace it`
            : ''
        : exists
            ? ''
            : `; ${code} is not in the instance, so there is nothing to replace: drop --replace`;
    return {
        kind: 'done',
        message: `dry run: would ${mode === 'add' ? 'import' : 'replace'} ${what}${verdict}`,
        json: { dryRun: true, mode, project: code, exists, integrations: car.integrations.length }
    };
}

;// CONCATENATED MODULE: ./src/cli/resources/projects.ts
/** `oic-actions projects …`: the Factory API's project calls (seed 000 "Projects"). */


/** The projects group. */
const group = {
    name: 'projects',
    summary: 'list, show, delete, export and import projects',
    operations: [
        {
            name: 'list',
            summary: 'every project of the instance',
            effect: 'read',
            options: { q: { description: "the API's q filter, e.g. {name:'Sales'}" } },
            run: async ({ client, options }) => {
                const items = await (0,projects/* listAllProjects */.SB)(client, options.q || undefined);
                return {
                    kind: 'table',
                    columns: ['code', 'name', 'type', 'status'],
                    rows: items.map(p => ({ code: p.code, name: p.name, type: p.type, status: p.state?.status })),
                    json: items
                };
            }
        },
        {
            name: 'get',
            summary: 'one project, as the API returns it',
            args: ['PROJECT'],
            effect: 'read',
            run: async ({ client, args }) => ({
                kind: 'object',
                value: await (0,projects/* getProject */.U1)(client, args.PROJECT ?? '')
            })
        },
        {
            name: 'delete',
            summary: 'delete a project and everything in it',
            args: ['PROJECT'],
            effect: 'delete',
            describe: ({ args }) => `delete project ${args.PROJECT ?? ''}`,
            run: async ({ client, args }) => {
                await (0,projects/* deleteProject */.xx)(client, args.PROJECT ?? '');
                return {
                    kind: 'done',
                    message: `Deleted project ${args.PROJECT ?? ''}.`,
                    json: { deleted: args.PROJECT }
                };
            }
        },
        exportOperation,
        importOperation
    ]
};


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
