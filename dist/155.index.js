export const id = 155;
export const ids = [155];
export const modules = {

/***/ 17155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readConnectionsFile: () => (/* binding */ readConnectionsFile)
});

// EXTERNAL MODULE: ./src/core/yaml-file.ts
var yaml_file = __webpack_require__(44543);
// EXTERNAL MODULE: ./src/actions/import-car/attachments.ts
var attachments = __webpack_require__(97416);
// EXTERNAL MODULE: ./src/actions/import-car/substitution.ts
var substitution = __webpack_require__(14481);
// EXTERNAL MODULE: ./src/core/secret-file.ts
var secret_file = __webpack_require__(76430);
;// CONCATENATED MODULE: ./src/actions/import-car/certificates-section.ts



/** Categories per type (D:Upload a Certificate); DIGITALSIGNATURE's are not documented, so any is passed on. */
const CATEGORIES = {
    X509: ['TRUST', 'IDENTITY'],
    SAML: ['OWSM'],
    PGP: ['PRIVATE', 'PUBLIC'],
    SIGNKEY: ['PRIVATE', 'PUBLIC'],
    DIGITALSIGNATURE: undefined
};
const SECRET_KEYS = ['keystore-password', 'key-passwords', 'pass-phrase'];
const KEYS = ['type', 'category', 'file', 'description', 'replace', ...SECRET_KEYS];
/** The id is `installedType|type|category|name` and a path segment: no `|`, no slash, no control character. */
const BAD_ALIAS = /[|/\\\u0000-\u001f\u007f]|^\.{1,2}$|^\s|\s$/;
function checkKind(doc, alias, fields, get, keyNode) {
    const type = get('type')?.toUpperCase();
    const category = get('category')?.toUpperCase();
    if (!type || !(type in CATEGORIES))
        throw doc.error(`certificate ${alias}: type ${type ? `'${type}' ` : ''}must be one of ${Object.keys(CATEGORIES).join(', ')}.`, fields.get('type') ?? keyNode, `Give certificate ${alias} a type: X509 for SSL certificates and keystores.`);
    const allowed = CATEGORIES[type];
    if (!category || (allowed && !allowed.includes(category)))
        throw doc.error(`certificate ${alias}: category ${category ? `'${category}' ` : ''}must be one of ${(allowed ?? ['TRUST', 'IDENTITY', 'PRIVATE', 'PUBLIC']).join(', ')} for type ${type}.`, fields.get('category') ?? keyNode, `Give certificate ${alias} a category, e.g. TRUST for a CA certificate, IDENTITY for a keystore.`);
    return { type, category };
}
function secrets(doc, s, get, keyNode) {
    const needs = s.type === 'X509' && s.category === 'IDENTITY'
        ? 'keystore-password'
        : (s.type === 'PGP' || s.type === 'SIGNKEY') && s.category === 'PRIVATE'
            ? 'pass-phrase'
            : undefined;
    for (const key of SECRET_KEYS)
        if (get(key) !== undefined &&
            key !== needs &&
            !(key === 'key-passwords' && needs === 'keystore-password'))
            throw doc.error(`certificate ${s.alias}: '${key}' does not apply to a ${s.type} ${s.category} certificate.`, keyNode, `Remove '${key}' from certificate ${s.alias}.`);
    if (needs && !get(needs))
        throw doc.error(`certificate ${s.alias} (${s.type} ${s.category}) needs '${needs}'.`, keyNode, `Add ${needs}: \${SECRET_NAME} to certificate ${s.alias}, the secret under the step's env:.`);
    const keystorePassword = get('keystore-password');
    return {
        keystorePassword,
        keyPasswords: needs === 'keystore-password' ? (get('key-passwords') ?? keystorePassword) : undefined,
        passPhrase: get('pass-phrase')
    };
}
function certificate(doc, alias, node, keyNode, env, mask) {
    if (BAD_ALIAS.test(alias) || alias.length > 200)
        throw doc.error(`certificate alias ${JSON.stringify(alias)} cannot be used: no '|', '/', '\\', control characters or outer spaces.`, keyNode, 'Write the alias as OIC shows it under Settings > Certificates.');
    const fields = (0,yaml_file/* knownFields */.pA)(doc, `certificate ${alias}`, node, keyNode, KEYS, `Give certificate ${alias} a type, a category and a file.`);
    const get = (key) => {
        if (!fields.has(key))
            return undefined;
        const { value } = (0,substitution/* resolveValue */.g)(doc, fields.get(key) ?? null, env, mask);
        if (SECRET_KEYS.includes(key))
            mask(value);
        return value;
    };
    const kind = checkKind(doc, alias, fields, get, keyNode);
    const fileNode = fields.get('file') ?? null;
    const from = (0,yaml_file/* isMap */.jh)(fileNode)
        ? (0,secret_file/* readSecretContent */.sG)(doc, fileNode, env, mask, `file of certificate ${alias}`)
        : { path: get('file') ?? '' };
    if ('path' in from && !from.path)
        throw doc.error(`certificate ${alias} has no file.`, keyNode, `Add file: <path inside the workspace> (or file: { from-env: VAR }) to certificate ${alias}.`);
    const replace = get('replace') ?? 'false';
    if (replace !== 'true' && replace !== 'false')
        throw doc.error(`certificate ${alias}: replace must be true or false, got '${replace}'.`, fields.get('replace') ?? keyNode, 'Write replace: true or replace: false.');
    return {
        alias,
        ...kind,
        from,
        description: get('description'),
        ...secrets(doc, { alias, ...kind }, get, keyNode),
        replace: replace === 'true',
        location: { file: doc.file, line: doc.line(keyNode) }
    };
}
/** The `certificates:` section of the file's top-level entries, or none. */
function certificatesOf(doc, top, env, mask) {
    const describe = {
        what: 'certificate aliases to their settings',
        shape: '<alias>: {type: X509, category: TRUST, file: <path>} entries'
    };
    return (0,yaml_file/* readSection */.GU)(doc, top, 'certificates', describe, (alias, value, k) => certificate(doc, alias, value, k, env, mask));
}

;// CONCATENATED MODULE: ./src/actions/import-car/lookups-section.ts


const LOOKUP_KEYS = ['columns', 'rows'];
/** Lookup names OIC accepts (letters, digits, `_`, `-`, `.`); anything else could not be a path segment either. */
const LOOKUP_NAME = /^[A-Za-z0-9_.-]+$/;
function values(doc, node, what, env, mask) {
    if (!(0,yaml_file/* isSeq */.oP)(node))
        throw doc.error(`${what} must be a list of values.`, node, `Write ${what} as [value, value, …].`);
    return (0,yaml_file/* seqItems */.Sg)(node).map(item => (0,substitution/* resolveValue */.g)(doc, item, env, mask).value);
}
/** A row: `[a, b]` or Oracle's `{rowData: [a, b]}`, as wide as the columns. */
function row(doc, node, n, name, columns, env, mask) {
    const what = `row ${n + 1} of lookup ${name}`;
    let data = node;
    if ((0,yaml_file/* isMap */.jh)(node)) {
        const entries = (0,yaml_file/* mapEntries */.Nn)(node);
        const other = entries.find(([k]) => k !== 'rowData');
        if (other || entries.length !== 1)
            throw doc.error(`${what} must be a list of values or {rowData: [...]}${other ? ` (unknown key '${other[0]}')` : ''}.`, other?.[2] ?? node, 'Write each row as [value, value, …] (or rowData: [...] as in Oracle’s request body).');
        data = entries[0]?.[1] ?? null;
    }
    const cells = values(doc, data, what, env, mask);
    if (cells.length !== columns.length)
        throw doc.error(`${what} has ${cells.length} values; the lookup has ${columns.length} columns (${columns.join(', ')}).`, node, `Give row ${n + 1} one value per column.`);
    return cells;
}
function lookup(doc, name, node, keyNode, env, mask) {
    if (!LOOKUP_NAME.test(name))
        throw doc.error(`lookup name '${name}' may only hold letters, digits, '_', '-' and '.'.`, keyNode, 'Write the lookup’s name as OIC shows it.');
    if (!(0,yaml_file/* isMap */.jh)(node))
        throw doc.error(`lookup ${name} must be a mapping of columns and rows.`, node ?? keyNode, `Give lookup ${name} columns: and rows:.`);
    const fields = new Map();
    for (const [key, value, k] of (0,yaml_file/* mapEntries */.Nn)(node)) {
        if (!LOOKUP_KEYS.includes(key))
            throw doc.error(`unknown key '${key}' in lookup ${name} (expected columns, rows).`, k, `Remove or rename '${key}'.`);
        fields.set(key, value);
    }
    if (!fields.has('columns'))
        throw doc.error(`lookup ${name} has no columns.`, keyNode, `List lookup ${name}'s columns (as in the archive).`);
    const columns = values(doc, fields.get('columns') ?? null, `columns of lookup ${name}`, env, mask);
    if (columns.length === 0 || new Set(columns).size !== columns.length)
        throw doc.error(`lookup ${name} needs at least one column, each named once.`, fields.get('columns') ?? keyNode, `List lookup ${name}'s columns (as in the archive).`);
    const rowsNode = fields.get('rows') ?? null;
    if (fields.has('rows') && !(0,yaml_file/* isSeq */.oP)(rowsNode))
        throw doc.error(`rows of lookup ${name} must be a list of rows.`, rowsNode ?? keyNode, 'Write rows: as a list of [value, …].');
    const rows = (0,yaml_file/* seqItems */.Sg)(rowsNode).map((r, n) => row(doc, r, n, name, columns, env, mask));
    return { name, columns, rows, location: { file: doc.file, line: doc.line(keyNode) } };
}
/** The `lookups:` section among the file's top-level entries (`[key, value, keyNode]`); none when absent. */
function lookupsOf(doc, top, env, mask) {
    const describe = {
        what: 'lookup names to their columns and rows',
        shape: '<lookup name>: {columns: [...], rows: [[...], …]} entries'
    };
    return (0,yaml_file/* readSection */.GU)(doc, top, 'lookups', describe, (name, value, k) => lookup(doc, name, value, k, env, mask));
}

// EXTERNAL MODULE: ./src/actions/import-car/schedules-section.ts
var schedules_section = __webpack_require__(3886);
;// CONCATENATED MODULE: ./src/actions/import-car/connections-file.ts






const CONNECTION_KEYS = ['properties', 'security-policy', 'security-properties', 'agent-group', 'attachments'];
function properties(doc, node, key, env, mask, secret) {
    if (!(0,yaml_file/* isMap */.jh)(node))
        throw doc.error(`'${key}' must map property names to values.`, node, `Write '${key}' as name: value lines.`);
    return (0,yaml_file/* mapEntries */.Nn)(node).map(([name, valueNode, keyNode]) => {
        const { value } = (0,substitution/* resolveValue */.g)(doc, valueNode, env, mask);
        if (secret)
            mask(value);
        return { name, value, location: { file: doc.file, line: doc.line(keyNode) } };
    });
}
/** Reads the file; `path` is where it is, `shownAs` how the user named it. */
function readConnectionsFile(path, shownAs, env, mask) {
    const doc = (0,yaml_file/* readYamlFile */.kv)(path, shownAs, 'connections-file');
    const root = (0,yaml_file/* mapEntries */.Nn)(doc.root);
    const top = root.find(([k]) => k === 'connections');
    const unknown = root.find(([k]) => !['connections', 'lookups', 'schedules', 'certificates'].includes(k));
    if (!(0,yaml_file/* isMap */.jh)(doc.root) || !top || unknown) {
        throw doc.error(`expected a top-level 'connections:' mapping of connection ids${unknown ? ` (unknown key '${unknown[0]}')` : ''}.`, unknown?.[2] ?? doc.root, "Put every connection under one top-level 'connections:' key.");
    }
    if (!(0,yaml_file/* isMap */.jh)(top[1]))
        throw doc.error("'connections' must map connection ids to their settings.", top[1] ?? top[2], "Write 'connections:' as <connection id>: <settings> entries.");
    const connections = (0,yaml_file/* mapEntries */.Nn)(top[1]).map(([id, node, keyNode]) => {
        const location = { file: shownAs, line: doc.line(keyNode) };
        const fields = (0,yaml_file/* knownFields */.pA)(doc, `connection ${id}`, node, keyNode, CONNECTION_KEYS);
        const single = (key) => fields.has(key) ? (0,substitution/* resolveValue */.g)(doc, fields.get(key) ?? null, env, mask).value : undefined;
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
                ? (0,attachments/* readAttachments */.V)(doc, fields.get('attachments') ?? null, id, env, mask)
                : []
        };
    });
    return {
        file: shownAs,
        connections,
        lookups: lookupsOf(doc, root, env, mask),
        certificates: certificatesOf(doc, root, env, mask),
        schedules: (0,schedules_section/* schedulesOf */.w)(doc, root)
    };
}


/***/ })

};
