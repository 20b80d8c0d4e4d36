export const id = 958;
export const ids = [958];
export const modules = {

/***/ 19958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readConnectionsFile: () => (/* binding */ readConnectionsFile)
/* harmony export */ });
/* harmony import */ var _core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44543);

const CONNECTION_KEYS = ['properties', 'security-policy', 'security-properties', 'agent-group', 'attachments'];
const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
function resolve(doc, node, env, mask) {
    const raw = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarText */ .ws)(node);
    if (raw === undefined)
        throw doc.error('expected a value (a string, or ${VAR} from the environment).', node);
    let fromEnv = false;
    const value = raw.replace(VARIABLE, (match, name) => {
        if (match === '$$')
            return '$';
        const v = env[name];
        if (v === undefined) {
            throw doc.error(`\${${name}} is not set in the environment: add ${name} under the step's env: (e.g. from secrets.${name}).`, node);
        }
        fromEnv = true;
        mask(v);
        return v;
    });
    if (fromEnv)
        mask(value);
    return { value, fromEnv };
}
function properties(doc, node, key, env, mask, secret) {
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        throw doc.error(`'${key}' must map property names to values.`, node);
    return (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(node).map(([name, valueNode, keyNode]) => {
        const { value } = resolve(doc, valueNode, env, mask);
        if (secret)
            mask(value);
        return { name, value, location: { file: doc.file, line: doc.line(keyNode) } };
    });
}
/** Reads the file; `path` is where it is, `shownAs` how the user named it. */
function readConnectionsFile(path, shownAs, env, mask) {
    const doc = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readYamlFile */ .kv)(path, shownAs, 'connections-file');
    const root = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(doc.root);
    const top = root.find(([k]) => k === 'connections');
    const unknown = root.find(([k]) => k !== 'connections');
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.root) || !top || unknown) {
        throw doc.error(`expected a top-level 'connections:' mapping of connection ids${unknown ? ` (unknown key '${unknown[0]}')` : ''}.`, unknown?.[2] ?? doc.root);
    }
    if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(top[1]))
        throw doc.error("'connections' must map connection ids to their settings.", top[1] ?? top[2]);
    const connections = (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(top[1]).map(([id, node, keyNode]) => {
        const location = { file: shownAs, line: doc.line(keyNode) };
        if (!(0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
            throw doc.error(`connection ${id} must be a mapping of ${CONNECTION_KEYS.join(', ')}.`, node ?? keyNode);
        const fields = new Map();
        for (const [key, value, k] of (0,_core_yaml_file_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(node)) {
            if (!CONNECTION_KEYS.includes(key))
                throw doc.error(`unknown key '${key}' in connection ${id} (expected ${CONNECTION_KEYS.join(', ')}).`, k);
            fields.set(key, value);
        }
        const single = (key) => fields.has(key) ? resolve(doc, fields.get(key) ?? null, env, mask).value : undefined;
        return {
            id,
            location,
            properties: fields.has('properties')
                ? properties(doc, fields.get('properties') ?? null, 'properties', env, mask, false)
                : [],
            securityPolicy: single('security-policy'),
            securityProperties: fields.has('security-properties')
                ? properties(doc, fields.get('security-properties') ?? null, 'security-properties', env, mask, true)
                : [],
            agentGroup: single('agent-group'),
            attachments: fields.has('attachments')
                ? properties(doc, fields.get('attachments') ?? null, 'attachments', env, mask, false)
                : []
        };
    });
    return { file: shownAs, connections };
}


/***/ }),

/***/ 44543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   Sg: () => (/* binding */ seqItems),
/* harmony export */   jh: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_1__.jh),
/* harmony export */   kv: () => (/* binding */ readYamlFile),
/* harmony export */   oP: () => (/* reexport safe */ yaml__WEBPACK_IMPORTED_MODULE_1__.oP),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${input}': file '${shownAs}' does not exist.`, { input });
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
        error: (message, node) => {
            const line = located.line(node);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${shownAs}${line ? `:${line}` : ''}: ${message}`, {
                input,
                location: { file: shownAs, line }
            });
        }
    };
    const first = doc.errors[0];
    const where = first ? first.pos[0] : duplicateKey(doc.contents);
    if (where !== undefined) {
        const line = lineOf(where);
        const what = first ? first.message.split('\n')[0] : 'Map keys must be unique';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${shownAs}${line ? `:${line}` : ''}: invalid YAML: ${what}`, {
            input,
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



/***/ })

};
