export const id = 904;
export const ids = [904];
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

/***/ 21529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ versionRef)
/* harmony export */ });
/* unused harmony export versionRefs */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_oic_versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24028);
/** Identifiers the Factory API commands take as arguments: `CODE|VERSION` of an integration or a library. */


/** Parses `CODE|VERSION` (e.g. `ORDER_SYNC|01.00.0000`); an input error naming `arg` otherwise. */
function versionRef(text, arg) {
    const [code, version, extra] = text.split('|').map(s => s.trim());
    if (!code || !version || extra !== undefined || !(0,_core_oic_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .isVersion */ .lF)(version))
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(`${arg} '${text}' is not CODE|VERSION (e.g. ORDER_SYNC|01.00.0000).`, {
            input: arg,
            value: text,
            fix: `Write ${arg} as CODE|VERSION with a version NN.NN.NNNN, quoted in a shell: 'ORDER_SYNC|01.00.0000'.`
        });
    return { code, version };
}
/** Every `CODE|VERSION` of a list option (repeated, or separated by commas or new lines). */
function versionRefs(text, arg) {
    return text
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(Boolean)
        .map(s => versionRef(s, arg));
}


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
