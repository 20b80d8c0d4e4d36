export const id = 147;
export const ids = [147];
export const modules = {

/***/ 2793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bL: () => (/* binding */ readArchive),
  lK: () => (/* binding */ readCar)
});

// UNUSED EXPORTS: CONTENTS_SCHEMA_VERSION

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/archive/layout.ts
var archive_layout = __webpack_require__(68586);
// EXTERNAL MODULE: ./src/core/archive/zip-reader.ts
var zip_reader = __webpack_require__(91753);
;// CONCATENATED MODULE: ./src/core/archive/metadata.ts
/**
 * The JSON and YAML metadata of a project archive (`oic-car-format.md` §3): `project.yaml`, `labels/<CODE>.json`
 * and `integrations/<CODE>_<VER>/info.json`. Malformed entries are one line naming the entry; missing optional
 * fields are simply absent.
 */


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
/** A list of codes; entries may be plain codes or objects with a `code` (or `id`, `name`). */
const strings = (v) => (Array.isArray(v) ? v : [])
    .map(e => (isObject(e) ? str(e.code ?? e.id ?? e.name) : str(e)))
    .filter((s) => s !== undefined);
const damaged = (label, entry, what, cause) => new errors/* ConfigurationError */.j1(`${label} entry '${(0,zip_reader/* printable */.g$)(entry)}' ${(0,zip_reader/* printable */.g$)(what)}: the archive is damaged; export it again.`, cause === undefined ? undefined : { cause });
/** Parses a JSON entry that must be an object. */
function parseJsonEntry(text, entry, label) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw damaged(label, entry, `is not valid JSON (${error.message})`, error);
    }
    if (!isObject(value))
        throw damaged(label, entry, 'is not a JSON object');
    return value;
}
/** Parses `project/project.yaml` (YAML; the `yaml` package is loaded here, on first use). */
async function parseProjectYaml(text, entry, label) {
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let doc;
    try {
        doc = parse(text, { maxAliasCount: 100, uniqueKeys: false });
    }
    catch (error) {
        const first = error.message.split('\n')[0] ?? '';
        throw damaged(label, entry, `is not valid YAML (${first})`, error);
    }
    if (!isObject(doc))
        throw damaged(label, entry, 'is not a YAML mapping');
    const code = str(doc.code);
    if (!code)
        throw damaged(label, entry, 'names no project code');
    const assets = isObject(doc.assets) ? doc.assets : {};
    const integrations = Array.isArray(assets.integrations) ? assets.integrations : [];
    return {
        project: {
            code,
            name: str(doc.name),
            description: str(doc.description),
            status: str(doc.status),
            type: str(doc.type),
            revision: typeof doc.revision === 'number' ? doc.revision : undefined,
            updatedBy: str(doc.updatedBy),
            updatedDate: str(doc.updatedDate)
        },
        integrationIds: integrations.map(a => (isObject(a) ? str(a.id) : undefined)).filter(Boolean)
    };
}
const refs = (v) => (Array.isArray(v) ? v : [])
    .filter(isObject)
    .map(r => ({ code: str(r.code) ?? '', version: str(r.version) ?? '' }))
    .filter(r => r.code !== '');
/** Parses `project/labels/<CODE>.json`; `fallback` is the code from the file name. */
function parseLabel(text, entry, label, fallback) {
    const json = parseJsonEntry(text, entry, label);
    return {
        code: str(json.code) ?? fallback,
        name: str(json.name),
        description: str(json.description),
        integrations: refs(json.integrations),
        agents: (Array.isArray(json.agents) ? json.agents : [])
            .map(a => (isObject(a) ? str(a.code) : str(a)))
            .filter((a) => a !== undefined)
    };
}
/** Parses `project/integrations/<CODE>_<VER>/info.json`. */
function parseInfo(text, entry, label) {
    const json = parseJsonEntry(text, entry, label);
    const deps = isObject(json.dependencies) ? json.dependencies : {};
    const props = isObject(json.properties) ? json.properties : {};
    return {
        code: str(props.code),
        version: str(props.version),
        name: str(props.name),
        persistedState: str(props.persistedState),
        dependencies: {
            connections: strings(deps.connections),
            lookups: strings(deps.lookups),
            templates: strings(deps.templates)
        }
    };
}
/** Parses a Java `.properties` text (`key=value` lines, `#` comments) into a map. */
function parseProperties(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*[#!]/.test(line) || !line.includes('='))
            continue;
        const at = line.indexOf('=');
        out.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/archive/xml.ts
var archive_xml = __webpack_require__(56395);
;// CONCATENATED MODULE: ./src/core/archive/xml-entries.ts

/** Connection property names that only reference stored credentials. */
const CREDENTIAL_REFERENCES = new Set(['csfkey', 'csfmap']);
/** The root element `name` of a document, or undefined. */
const root = (doc, name) => {
    const r = (0,archive_xml/* child */.jf)(doc, name);
    return r && typeof r === 'object' && !Array.isArray(r) ? r : undefined;
};
/** Reads a connection's XML; `fallback` is the code from the file name. */
async function parseConnectionXml(xml, entry, label, fallback) {
    const doc = await (0,archive_xml/* parseXml */.NO)(xml, entry, label);
    const app = root(doc, 'ApplicationInstance');
    const names = (0,archive_xml/* children */.Y_)((0,archive_xml/* child */.jf)(app, 'connectionProperties'), 'connectionProperty')
        .map(p => (0,archive_xml/* childText */.ix)(p, 'name') ?? (0,archive_xml/* text */.Qq)((0,archive_xml/* child */.jf)(p, '@name')))
        .filter((n) => n !== undefined && !CREDENTIAL_REFERENCES.has(n.toLowerCase()));
    return {
        code: (0,archive_xml/* childText */.ix)(app, 'instanceCode') ?? fallback,
        name: (0,archive_xml/* childText */.ix)(app, 'displayName'),
        adapterType: (0,archive_xml/* childText */.ix)(app, 'applicationTypeRef'),
        securityPolicy: (0,archive_xml/* childText */.ix)(app, 'securityPolicy'),
        propertyNames: [...new Set(names)],
        status: (0,archive_xml/* childText */.ix)(app, 'status')
    };
}
/** Reads a lookup (`.dvm`); `fallback` is the name from the file name. */
async function parseLookupDvm(xml, entry, label, fallback) {
    const doc = await (0,archive_xml/* parseXml */.NO)(xml, entry, label);
    const dvm = root(doc, 'dvm');
    return {
        name: (0,archive_xml/* text */.Qq)((0,archive_xml/* child */.jf)(dvm, '@name')) ?? fallback,
        description: (0,archive_xml/* childText */.ix)(dvm, 'description'),
        columns: (0,archive_xml/* children */.Y_)((0,archive_xml/* child */.jf)(dvm, 'columns'), 'column')
            .map(c => (0,archive_xml/* text */.Qq)((0,archive_xml/* child */.jf)(c, '@name')))
            .filter((c) => c !== undefined),
        rows: (0,archive_xml/* children */.Y_)((0,archive_xml/* child */.jf)(dvm, 'rows'), 'row').length
    };
}
/** Reads a schedule; `ref` is the integration version from the file name. */
async function parseScheduleXml(xml, entry, label, ref) {
    const doc = await (0,archive_xml/* parseXml */.NO)(xml, entry, label);
    const schedule = root(doc, 'schedule');
    return {
        ...ref,
        name: (0,archive_xml/* childText */.ix)(schedule, 'display-name'),
        timeZone: (0,archive_xml/* childText */.ix)(schedule, 'time-zone'),
        recurrence: (0,archive_xml/* childText */.ix)((0,archive_xml/* child */.jf)(schedule, 'recurrence'), 'ical-expression')
    };
}
/** Reads a library's `<api-library>` descriptor; `ref` is the code and version from the folder name. */
async function parseLibraryXml(xml, entry, label, ref) {
    const doc = await (0,archive_xml/* parseXml */.NO)(xml, entry, label);
    const lib = root(doc, 'api-library');
    return { ...ref, name: (0,archive_xml/* childText */.ix)(lib, 'name') };
}

;// CONCATENATED MODULE: ./src/core/archive/integration-archive.ts




const ATTRIBUTES = /^icspackage\/project\/([^/]+)\/ics_project_attributes\.properties$/;
/** The integration folder of an `.iar` when `names` look like one (`…/ics_project_attributes.properties`). */
function iarFolder(names) {
    for (const name of names) {
        const m = ATTRIBUTES.exec(name);
        if (m)
            return m[1];
    }
    return undefined;
}
const directly = (names, dir, ext) => names.filter(n => n.startsWith(dir) && n.endsWith(ext) && !n.slice(dir.length).includes('/'));
/** Reads a listed `.iar`; `label` names it in messages. */
async function readIntegrationArchive(zip, label) {
    const names = zip.entries.map(e => e.name);
    const folder = iarFolder(names);
    const attributesEntry = `icspackage/project/${folder}/ics_project_attributes.properties`;
    const attrs = parseProperties(await zip.read(attributesEntry));
    const fromFolder = (0,archive_layout/* splitVersioned */.Ke)(folder);
    const warnings = [];
    const code = attrs.get('project_code') || fromFolder?.code || folder;
    const version = attrs.get('project_version') || fromFolder?.version || '';
    if (!version)
        warnings.push(`the integration folder '${(0,zip_reader/* printable */.g$)(folder)}' names no version`);
    const connections = [];
    for (const name of directly(names, 'icspackage/appinstances/', '.xml'))
        connections.push(await parseConnectionXml(await zip.read(name), name, label, (0,archive_layout/* stem */.WS)(name, '.xml')));
    const lookups = [];
    for (const name of directly(names, 'icspackage/dvms/', '.dvm'))
        lookups.push(await parseLookupDvm(await zip.read(name), name, label, (0,archive_layout/* stem */.WS)(name, '.dvm')));
    const schedules = [];
    for (const name of directly(names, 'icspackage/schedule/', '.xml'))
        schedules.push(await parseScheduleXml(await zip.read(name), name, label, { code, version }));
    const integration = {
        code,
        version,
        name: attrs.get('project_name') || undefined,
        persistedState: attrs.get('project_persisted_state') || undefined,
        dependencies: {
            connections: connections.map(c => c.code),
            lookups: lookups.map(l => l.name),
            templates: []
        },
        scheduled: schedules.length > 0
    };
    return {
        kind: 'integration-archive',
        deployments: [],
        integrations: [integration],
        connections,
        lookups,
        libraries: [],
        schedules,
        queues: [],
        templates: [],
        agents: [],
        rpa: false,
        unknownFolders: [],
        warnings,
        entries: zip.entries.length,
        uncompressedBytes: zip.totalBytes
    };
}

// EXTERNAL MODULE: ./src/core/oic/api.ts
var api = __webpack_require__(93993);
;// CONCATENATED MODULE: ./src/core/archive/project-archive.ts
/**
 * Reading a project archive (`.car`) in the real layout (`oic-car-format.md` §1–§4) from its central directory:
 * the project, deployments, integrations with their dependencies, connections, lookups, libraries, schedules,
 * queues, templates and agents; and whether it is a whole-project or a deployment export.
 */






async function readIntegrations(ctx, layout) {
    const out = [];
    for (const [folder, info] of layout.integrations) {
        const ref = (0,archive_layout/* splitVersioned */.Ke)(folder);
        if (!ref) {
            ctx.warnings.push(`integration folder '${folder}' does not end in _NN.NN.NNNN: skipped`);
            continue;
        }
        const read = info ? parseInfo(await ctx.zip.read(info), info, ctx.label) : undefined;
        if (!read)
            ctx.warnings.push(`integration ${(0,api/* integrationId */.cr)(ref)} has no info.json: its dependencies are unknown`);
        else if ((read.code && read.code !== ref.code) || (read.version && read.version !== ref.version))
            ctx.warnings.push(`${info} names ${(0,api/* integrationId */.cr)(read.code ?? '?', read.version ?? '?')}, its folder ${(0,api/* integrationId */.cr)(ref)}`);
        const integration = {
            ...ref,
            name: read?.name,
            dependencies: read?.dependencies ?? { connections: [], lookups: [], templates: [] },
            persistedState: read?.persistedState,
            scheduled: false
        };
        out.push(integration);
    }
    return out;
}
async function readLabels(ctx, layout) {
    const out = [];
    for (const name of layout.files.labels.filter(n => n.endsWith('.json')))
        out.push(parseLabel(await ctx.zip.read(name), name, ctx.label, (0,archive_layout/* stem */.WS)(name, '.json')));
    return out;
}
async function readAssets(ctx, layout, names) {
    const { zip, label } = ctx;
    const connections = [];
    for (const name of layout.files.connections.filter(n => n.endsWith('.xml')))
        connections.push(await parseConnectionXml(await zip.read(name), name, label, (0,archive_layout/* stem */.WS)(name, '.xml')));
    const lookups = [];
    for (const name of layout.files.lookups.filter(n => n.endsWith('.dvm')))
        lookups.push(await parseLookupDvm(await zip.read(name), name, label, (0,archive_layout/* stem */.WS)(name, '.dvm')));
    const schedules = [];
    for (const name of layout.files.schedules) {
        const ref = (0,archive_layout/* splitVersioned */.Ke)((0,archive_layout/* stem */.WS)(name, '.xml').replace(/^Schedule_/, ''));
        if (ref && name.endsWith('.xml'))
            schedules.push(await parseScheduleXml(await zip.read(name), name, label, ref));
        else
            ctx.warnings.push(`schedule '${name}' is not named Schedule_<CODE>_<NN.NN.NNNN>.xml: skipped`);
    }
    const queues = [];
    for (const name of layout.files.queues.filter(n => n.endsWith('.json'))) {
        const q = parseJsonEntry(await zip.read(name), name, label);
        const str = (v) => (typeof v === 'string' && v ? v : undefined);
        queues.push({ code: str(q.code) ?? (0,archive_layout/* stem */.WS)(name, '.json'), name: str(q.name) });
    }
    return { connections, lookups, schedules, queues, ...(await readVersioned(ctx, layout, names)) };
}
async function readVersioned(ctx, layout, names) {
    const versioned = (folder, what) => {
        const ref = (0,archive_layout/* splitVersioned */.Ke)(folder);
        if (!ref)
            ctx.warnings.push(`${what} folder '${folder}' does not end in _NN.NN.NNNN: skipped`);
        return ref;
    };
    const libraries = [];
    for (const folder of layout.folders.libraries) {
        const ref = versioned(folder, 'library');
        if (!ref)
            continue;
        const dir = `${archive_layout/* ROOT */.Dl}libraries/${folder}/`;
        const xml = names.find(n => n.startsWith(dir) && n.endsWith('.xml') && !n.slice(dir.length).includes('/'));
        libraries.push(xml ? await parseLibraryXml(await ctx.zip.read(xml), xml, ctx.label, ref) : ref);
    }
    const templates = [];
    for (const folder of layout.folders.templates) {
        const ref = versioned(folder, 'template');
        if (!ref)
            continue;
        const props = `${archive_layout/* ROOT */.Dl}templates/${folder}/template.properties`;
        const name = names.includes(props) ? parseProperties(await ctx.zip.read(props)).get('name') : undefined;
        templates.push({ ...ref, ...(name ? { name } : {}) });
    }
    const agents = [];
    for (const [kind, folder] of layout.agents) {
        const ref = versioned(folder, `ai_agents/${kind}`);
        if (ref)
            agents.push({ kind, ...ref });
    }
    return { libraries, templates, agents };
}
/** A deployment export: exactly one label, whose integrations are exactly the integration folders present. */
function deploymentOf(deployments, integrations) {
    if (deployments.length !== 1)
        return undefined;
    const only = deployments[0];
    const pinned = new Set(only.integrations.map(r => (0,api/* integrationId */.cr)(r)));
    const present = new Set(integrations.map(r => (0,api/* integrationId */.cr)(r)));
    if (pinned.size !== present.size || [...pinned].some(k => !present.has(k)))
        return undefined;
    return only.code;
}
function crossCheck(ctx, ids, integrations, outside) {
    const present = new Set(integrations.map(r => (0,api/* integrationId */.cr)(r)));
    const missing = ids.filter(id => !present.has(id));
    if (missing.length)
        ctx.warnings.push(`project.yaml lists integrations the archive has no folder for: ${missing.join(', ')}`);
    if (outside.length)
        ctx.warnings.push(`entries outside project/ are ignored: ${outside.join(', ')}`);
}
/** Reads a listed zip that holds `project/project.yaml`; `label` names the archive in messages. */
async function readProjectArchive(zip, label) {
    const names = zip.entries.map(e => e.name);
    if (!names.includes(archive_layout/* PROJECT_YAML */.my))
        throw new errors/* ConfigurationError */.j1(`${label} has no ${archive_layout/* PROJECT_YAML */.my}.`);
    const ctx = { zip, label, warnings: [] };
    const layout = (0,archive_layout/* projectLayout */.iq)(names);
    const yaml = await parseProjectYaml(await zip.read(archive_layout/* PROJECT_YAML */.my), archive_layout/* PROJECT_YAML */.my, label);
    const integrations = await readIntegrations(ctx, layout);
    const deployments = await readLabels(ctx, layout);
    const assets = await readAssets(ctx, layout, names);
    const scheduled = new Set(assets.schedules.map(r => (0,api/* integrationId */.cr)(r)));
    for (const i of integrations)
        i.scheduled = scheduled.has((0,api/* integrationId */.cr)(i));
    crossCheck(ctx, yaml.integrationIds, integrations, (0,archive_layout/* outsideRoot */.K8)(names));
    const deployment = deploymentOf(deployments, integrations);
    return {
        kind: deployment === undefined ? 'project' : 'deployment',
        project: yaml.project,
        deployment,
        deployments,
        integrations,
        ...assets,
        rpa: layout.rpa,
        unknownFolders: layout.unknownFolders,
        warnings: ctx.warnings.map(zip_reader/* printable */.g$),
        entries: zip.entries.length,
        uncompressedBytes: zip.totalBytes
    };
}

;// CONCATENATED MODULE: ./src/core/archive/car.ts
/**
 * Reading an OIC archive without extracting it, from the zip's central directory: a project archive (`.car`, whole
 * project or one deployment) in the layout OIC exports (`project/project.yaml`, …), or, for `inspect`, an
 * integration archive (`.iar`). Anything else is refused with one line.
 */







const notProject = (label, names) => {
    const tops = [...new Set(names.map(n => (0,zip_reader/* printable */.g$)(n.split('/')[0] ?? n)))].slice(0, 5);
    return new errors/* ConfigurationError */.j1(`${label} is a zip but not an OIC project archive: no ${archive_layout/* PROJECT_YAML */.my} (it holds ${tops.join(', ') || 'no entries'}); export the project (or one deployment) from OIC or with export-car.`);
};
/** Reads an archive; `label` names it in messages (e.g. `Input 'path' (./x.car)`). Unsafe archives are refused. */
async function readArchive(path, label = (0,external_node_path_.basename)(path), options = {}) {
    const zip = await (0,zip_reader/* listZip */.oV)(path, label, options.limits ?? zip_reader/* DEFAULT_ZIP_LIMITS */.RT);
    try {
        const names = zip.entries.map(e => e.name);
        if (names.includes(archive_layout/* PROJECT_YAML */.my))
            return await readProjectArchive(zip, label);
        if (iarFolder(names) !== undefined) {
            if (options.allowIntegrationArchive)
                return await readIntegrationArchive(zip, label);
            throw new errors/* ConfigurationError */.j1(`${label} is an integration archive (.iar), not a project archive (.car): export the project (or one of its deployments) and import that, or import the .iar into a project in OIC.`);
        }
        throw notProject(label, names);
    }
    finally {
        zip.close();
    }
}
/** Reads a project archive (`.car`); an `.iar` or any other zip is refused with one line. */
function readCar(path, label = (0,external_node_path_.basename)(path), limits = zip_reader/* DEFAULT_ZIP_LIMITS */.RT) {
    return readArchive(path, label, { limits });
}


/***/ }),

/***/ 68586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ ROOT),
/* harmony export */   K8: () => (/* binding */ outsideRoot),
/* harmony export */   Ke: () => (/* binding */ splitVersioned),
/* harmony export */   WS: () => (/* binding */ stem),
/* harmony export */   iq: () => (/* binding */ projectLayout),
/* harmony export */   my: () => (/* binding */ PROJECT_YAML)
/* harmony export */ });
/** The folder prefix every entry of a project archive has. */
const ROOT = 'project/';
/** The manifest every project archive has. */
const PROJECT_YAML = 'project/project.yaml';
const VERSION = /^(.+)_(\d{2}\.\d{2}\.\d{4})$/;
/** Top folders (and files) of `project/` this reader knows. */
const KNOWN = new Set([
    'project.yaml',
    'oic_project.properties',
    'rpa.zip',
    'labels',
    'integrations',
    'connections',
    'lookups',
    'libraries',
    'schedules',
    'queues',
    'templates',
    'ai_agents'
]);
/** Splits `<CODE>_<NN.NN.NNNN>` at the last underscore; undefined when the version is not of that form. */
function splitVersioned(folder) {
    const m = VERSION.exec(folder);
    return m ? { code: m[1], version: m[2] } : undefined;
}
const add = (list, value) => {
    if (!list.includes(value))
        list.push(value);
};
function place(layout, parts, name) {
    const [top, second, third] = parts;
    if (!KNOWN.has(top))
        return add(layout.unknownFolders, top);
    if (top === 'rpa.zip' && parts.length === 1)
        layout.rpa = true;
    if (second === undefined)
        return;
    if (top === 'integrations') {
        const info = parts.length === 3 && third === 'info.json' ? name : undefined;
        if (info || !layout.integrations.has(second))
            layout.integrations.set(second, info);
    }
    else if (top === 'libraries' || top === 'templates') {
        if (parts.length > 2)
            add(layout.folders[top], second);
    }
    else if (top === 'ai_agents') {
        if (third !== undefined &&
            parts.length > 3 &&
            !layout.agents.some(([k, f]) => k === second && f === third))
            layout.agents.push([second, third]);
    }
    else if (top !== 'project.yaml' && top !== 'oic_project.properties' && top !== 'rpa.zip') {
        if (parts.length === 2)
            add(layout.files[top], name);
    }
}
/** Sorts `names` (entry names of the archive) into a {@link ProjectLayout}; names outside `project/` are skipped. */
function projectLayout(names) {
    const layout = {
        integrations: new Map(),
        files: { connections: [], lookups: [], labels: [], queues: [], schedules: [] },
        folders: { libraries: [], templates: [] },
        agents: [],
        unknownFolders: [],
        rpa: false
    };
    for (const name of names) {
        if (!name.startsWith(ROOT) || name.endsWith('/'))
            continue;
        place(layout, name.slice(ROOT.length).split('/'), name);
    }
    return layout;
}
/** Top-level names outside `project/` (a project archive has none). */
function outsideRoot(names) {
    const tops = new Set();
    for (const name of names)
        if (!name.startsWith(ROOT))
            tops.add(name.split('/')[0] ?? name);
    return [...tops];
}
/** The last path segment of an entry without `ext` (e.g. `project/lookups/Countries.dvm` → `Countries`). */
function stem(name, ext) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    return base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}


/***/ }),

/***/ 56395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Y_: () => (/* binding */ children),
/* harmony export */   ix: () => (/* binding */ childText),
/* harmony export */   jf: () => (/* binding */ child)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _zip_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91753);
/**
 * Parsing the XML entries of an archive (connections, lookups, schedules, libraries) with `fast-xml-parser`,
 * loaded on first use so commands that read no archive never load it. Namespace prefixes are dropped (the default
 * namespace varies between exports); a malformed document is one line naming the entry.
 */


let parser;
async function load() {
    const { XMLParser, XMLValidator } = await __webpack_require__.e(/* import() */ 824).then(__webpack_require__.bind(__webpack_require__, 75824));
    const xml = new XMLParser({
        removeNSPrefix: true,
        ignoreAttributes: false,
        attributeNamePrefix: '@',
        parseTagValue: false,
        parseAttributeValue: false,
        trimValues: true,
        ignoreDeclaration: true,
        ignorePiTags: true,
        processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 }
    });
    return text => {
        const valid = XMLValidator.validate(text);
        if (valid !== true)
            throw new Error(`${valid.err.msg} (line ${valid.err.line})`);
        return xml.parse(text);
    };
}
/** Parses `text` (entry `entry` of the archive `label`); malformed XML is a {@link ConfigurationError}. */
async function parseXml(text, entry, label) {
    parser ??= load();
    const parse = await parser;
    try {
        return parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} entry '${(0,_zip_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(entry)}' is not well-formed XML (${(0,_zip_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(error.message.split('\n')[0] ?? '')}): the archive is damaged; export it again.`, { cause: error });
    }
}
/** The child element `name` of `node` (the first one when repeated). */
function child(node, name) {
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    const value = node[name];
    return Array.isArray(value) ? value[0] : value;
}
/** Every child element `name` of `node`, as a list. */
function children(node, name) {
    if (!node || typeof node !== 'object' || Array.isArray(node))
        return [];
    const value = node[name];
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** The text of `node` (an element's `#text`, or the string itself); undefined when empty. */
function text(node) {
    if (typeof node === 'string')
        return node === '' ? undefined : node;
    if (!node || Array.isArray(node))
        return undefined;
    const t = node['#text'];
    return typeof t === 'string' && t !== '' ? t : undefined;
}
/** The text of child element `name`. */
const childText = (node, name) => text(child(node, name));


/***/ }),

/***/ 91753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RT: () => (/* binding */ DEFAULT_ZIP_LIMITS),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   oV: () => (/* binding */ listZip)
/* harmony export */ });
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20663);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * Reading a zip (a `.car`) without extracting it: entry listing with safety limits (no `..` or absolute names, no
 * zip bombs) and small entries read into memory.
 */


/** Defaults: generous for real projects (1 GiB archives pass), fatal for bombs. */
const DEFAULT_ZIP_LIMITS = {
    maxEntries: 100_000,
    maxTotalBytes: 32 * 1024 ** 3,
    maxRatio: 200,
    ratioFloorBytes: 1024 * 1024,
    maxReadBytes: 16 * 1024 * 1024
};
function unsafeName(name) {
    return (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.split('/').includes('..'));
}
/**
 * An entry name (or any text from the archive) fit for a one-line message: control characters, line breaks
 * included, are shown as `\uXXXX`, so a hostile name can neither split the line nor start a new one.
 */
function printable(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const open = (path) => new Promise((resolve, reject) => yauzl__WEBPACK_IMPORTED_MODULE_0__.open(path, {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: true,
    strictFileNames: false,
    validateEntrySizes: true
}, (err, zip) => (err || !zip ? reject(err ?? new Error('cannot open')) : resolve(zip))));
const notZip = (label, error) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} is not a valid zip archive (${printable(error.message)}): export it again with export-car.`, { cause: error });
const unsafe = (label, name) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} contains an unsafe entry name '${printable(name)}' (absolute, backslash or '..'): refusing it.`);
/** Why one more entry makes the archive unacceptable, or undefined when it is fine. */
function refusal(entry, seen, limits, label) {
    const name = entry.fileName;
    if (unsafeName(name))
        return unsafe(label, name);
    if (seen.entries >= limits.maxEntries)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} has more than ${limits.maxEntries} entries: refusing it as a possible zip bomb.`);
    if (seen.totalBytes > limits.maxTotalBytes)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} expands to more than ${limits.maxTotalBytes} bytes: refusing it as a possible zip bomb.`);
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} entry '${printable(name)}' expands ${Math.round(ratio)}× (limit ${limits.maxRatio}×): refusing it as a possible zip bomb.`);
    return undefined;
}
/** Walks the central directory, refusing the archive on the first entry that breaks a limit. */
function walk(zip, limits, label) {
    const raw = new Map();
    const entries = [];
    const seen = { entries: 0, totalBytes: 0 };
    return new Promise((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', () => resolve({ raw, entries }));
        zip.on('entry', (entry) => {
            seen.totalBytes += entry.uncompressedSize;
            const refused = refusal(entry, seen, limits, label);
            if (refused)
                return reject(refused);
            seen.entries++;
            raw.set(entry.fileName, entry);
            entries.push({
                name: entry.fileName,
                size: entry.uncompressedSize,
                compressedSize: entry.compressedSize
            });
            zip.readEntry();
        });
        zip.readEntry();
    });
}
async function readText(zip, entry) {
    const stream = await new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('no stream')) : resolve(s))));
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** Lists a zip from its central directory, enforcing the limits; `label` names the file (input) in errors. */
async function listZip(path, label, limits = DEFAULT_ZIP_LIMITS) {
    let zip;
    try {
        zip = await open(path);
    }
    catch (error) {
        throw notZip(label, error);
    }
    let listed;
    try {
        listed = await walk(zip, limits, label);
    }
    catch (error) {
        zip.close();
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw error;
        const name = /(?:invalid relative path|absolute path): (.*)$/.exec(error.message)?.[1];
        throw name !== undefined ? unsafe(label, name) : notZip(label, error);
    }
    const { raw, entries } = listed;
    return {
        entries,
        totalBytes: entries.reduce((sum, e) => sum + e.size, 0),
        close: () => zip.close(),
        read: async (name) => {
            const entry = raw.get(name);
            if (!entry)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} has no entry '${printable(name)}'.`);
            if (entry.uncompressedSize > limits.maxReadBytes)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${label} entry '${printable(name)}' is larger than ${limits.maxReadBytes} bytes.`);
            return readText(zip, entry);
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

/***/ 24579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MN: () => (/* binding */ exportProject),
/* harmony export */   SB: () => (/* binding */ listAllProjects),
/* harmony export */   U1: () => (/* binding */ getProject),
/* harmony export */   xx: () => (/* binding */ deleteProject),
/* harmony export */   zB: () => (/* binding */ importProject)
/* harmony export */ });
/* unused harmony exports qWithType, listProjects, createProject */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95364);
/* harmony import */ var _http_multipart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64128);
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93993);
/** Projects ("Factory API", contract §3.1, §5): list, get, create, delete, export (.car) and import. */




const PROJECTS = (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects');
/** Adds `type:'X'` to a `q` filter (`{name:'A'}` → `{name:'A', type:'X'}`). */
function qWithType(q, type) {
    if (!type)
        return q;
    const entry = `type:${qValue(type)}`;
    const inner = q
        ?.trim()
        .replace(/^\{|\}$/g, '')
        .trim();
    return inner ? `{${inner}, ${entry}}` : `{${entry}}`;
}
/**
 * `GET /projects` (one page). `type` (ACCELERATOR | DEVELOPED) is a `q` key (contract K7, D:Retrieve Projects:
 * `q={type:'DEVELOPED'}`); items of another type are dropped too, for a server that ignores it there.
 */
async function listProjects(client, options) {
    const { type, ...list } = options ?? {};
    const page = await listPage(client, PROJECTS, 'list projects', {
        ...list,
        q: qWithType(list.q, type)
    });
    if (!type || !page.items)
        return page;
    return { ...page, items: page.items.filter(p => !p.type || p.type === type) };
}
/** Every project. */
const listAllProjects = (client, q) => (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .listAll */ ._w)(client, PROJECTS, 'list projects', { q });
/** `GET /projects/{p}`. */
const getProject = (client, code) => (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .getJson */ .Tt)(client, (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects', code), `get project ${code}`);
/** `POST /projects` (never repeated blindly: a lost response may have created it). */
async function createProject(client, project) {
    return (await client.json({
        method: 'POST',
        path: PROJECTS,
        json: project,
        label: `create project ${project.code}`
    })).body;
}
/** `DELETE /projects/{p}`. */
async function deleteProject(client, code) {
    await client.json({ method: 'DELETE', path: (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects', code), label: `delete project ${code}` });
}
/**
 * `POST /projects/{p}/archive`: streams the `.car` to `consume`. An export changes nothing, so the exchange is
 * repeated on transient failures; `consume` must then start its output afresh.
 */
function exportProject(client, request, consume) {
    return client.stream({
        method: 'POST',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects', request.code, 'archive'),
        json: {
            name: request.name ?? request.code,
            code: request.code,
            type: request.type ?? 'DEVELOPED',
            builtBy: request.builtBy ?? '',
            label: request.label ?? ''
        },
        headers: { accept: 'application/octet-stream' },
        safeToRetry: true,
        label: `export project ${request.code}${request.label ? ` deployment ${request.label}` : ''}`
    }, consume);
}
/**
 * Imports a `.car` from disk: `POST /projects/archive` (add) or `PUT /projects/archive` (replace). The file is
 * streamed from disk (a file-backed Blob), and the request is never repeated blindly.
 */
async function importProject(client, file, mode) {
    const res = await client.json({
        method: mode === 'add' ? 'POST' : 'PUT',
        path: (0,_api_js__WEBPACK_IMPORTED_MODULE_3__/* .apiPath */ .So)('projects', 'archive'),
        multipart: (0,_http_multipart_js__WEBPACK_IMPORTED_MODULE_2__/* .multipart */ .f)([
            { name: 'file', file },
            { name: 'type', value: 'application/octet-stream' }
        ]),
        safeToRetry: false,
        label: `${mode === 'add' ? 'import' : 'replace'} project archive ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)}`
    });
    // The code becomes import-car's project output: nothing but a code may pass (no line break, no shell text).
    const body = (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .checkBody */ .ll)(res.body, `${mode} project archive`);
    if (body?.code !== undefined)
        (0,_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCode */ .q7)(body.code, `${mode} project archive`, 'a project code');
    return body;
}


/***/ })

};
