export const id = 15;
export const ids = [15];
export const modules = {

/***/ 9015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   group: () => (/* binding */ group)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77258);
/* harmony import */ var _factory_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39536);
/* harmony import */ var _factory_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21529);
/* harmony import */ var _factory_settle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7856);
/**
 * `oic-actions libraries …`: the library calls Oracle documents in a project (Import(Register), Replace and Delete
 * a Library in a Project; list and get by the same paths: contract §3.7, §8.2).
 */






const ID = 'CODE|VERSION';
/** The libraries group. */
const group = {
    name: 'libraries',
    summary: 'list, show, register, replace and delete the JavaScript libraries of a project',
    operations: [
        {
            name: 'list',
            summary: 'every library of a project',
            args: ['PROJECT'],
            effect: 'read',
            run: async ({ client, args }) => {
                const items = await (0,_core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_2__/* .listLibraries */ .sj)(client, args.PROJECT ?? '');
                return {
                    kind: 'table',
                    columns: ['code', 'version', 'name', 'type', 'description'],
                    rows: items.map(l => ({ ...l, name: l.name ?? l.displayName, type: l.type ?? l.libraryType })),
                    json: items
                };
            }
        },
        {
            name: 'get',
            summary: 'one library version, as the API returns it',
            args: ['PROJECT', ID],
            effect: 'read',
            run: async ({ client, args }) => {
                const ref = (0,_factory_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .q)(args[ID] ?? '', ID);
                return { kind: 'object', value: await (0,_core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_2__/* .getLibrary */ .G9)(client, args.PROJECT ?? '', ref.code, ref.version) };
            }
        },
        {
            name: 'register',
            summary: 'register a .js or .jar as a new library (Import(Register) a Library in a Project)',
            args: ['PROJECT', ID, 'FILE'],
            effect: 'write',
            options: {
                name: { description: 'display name (default: the code)' },
                type: { description: 'library type (default API: a JavaScript API library)' },
                description: { description: 'description' }
            },
            describe: ({ args }) => `register ${args.FILE ?? ''} as library ${args[ID] ?? ''} in ${args.PROJECT ?? ''}`,
            run: async ({ client, args, options }) => {
                const file = (0,_factory_files_js__WEBPACK_IMPORTED_MODULE_3__/* .inputFile */ .xm)(args.FILE ?? '', 'FILE');
                const ref = (0,_factory_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .q)(args[ID] ?? '', ID);
                const project = args.PROJECT ?? '';
                const library = {
                    ...ref,
                    name: options.name || ref.code,
                    type: options.type || 'API',
                    description: options.description || undefined
                };
                const sent = await (0,_factory_settle_js__WEBPACK_IMPORTED_MODULE_5__/* .sendOnce */ .E)(`register library ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} in project ${project}`, () => (0,_core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_2__/* .registerLibrary */ .H4)(client, project, library, file), async () => (await (0,_core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_2__/* .getLibrary */ .G9)(client, project, ref.code, ref.version)).code === ref.code);
                return {
                    kind: 'done',
                    message: `${sent.settled ? `${sent.settled}. ` : ''}Registered ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)} as library ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} in ${args.PROJECT ?? ''}.`,
                    json: { registered: (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref), project: args.PROJECT }
                };
            }
        },
        {
            name: 'replace',
            summary: "replace a library's code with a new .js or .jar (Replace a Library in a Project)",
            args: ['PROJECT', ID, 'FILE'],
            effect: 'write',
            describe: ({ args }) => `replace the code of library ${args[ID] ?? ''} in ${args.PROJECT ?? ''} with ${args.FILE ?? ''}`,
            run: async ({ client, args }) => {
                const ref = (0,_factory_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .q)(args[ID] ?? '', ID);
                const file = (0,_factory_files_js__WEBPACK_IMPORTED_MODULE_3__/* .inputFile */ .xm)(args.FILE ?? '', 'FILE');
                await (0,_core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceLibrary */ .UM)(client, args.PROJECT ?? '', ref.code, ref.version, file);
                return {
                    kind: 'done',
                    message: `Replaced the code of library ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} in ${args.PROJECT ?? ''} with ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)}.`,
                    json: { replaced: (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref), project: args.PROJECT }
                };
            }
        },
        {
            name: 'delete',
            summary: 'delete a library version (Delete a Library in a Project)',
            args: ['PROJECT', ID],
            effect: 'delete',
            describe: ({ args }) => `delete library ${args[ID] ?? ''} of ${args.PROJECT ?? ''}`,
            run: async ({ client, args }) => {
                const ref = (0,_factory_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .q)(args[ID] ?? '', ID);
                await (0,_core_oic_libraries_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteLibrary */ .P9)(client, args.PROJECT ?? '', ref.code, ref.version);
                return {
                    kind: 'done',
                    message: `Deleted library ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} of ${args.PROJECT ?? ''}.`,
                    json: { deleted: (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref), project: args.PROJECT }
                };
            }
        }
    ]
};


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


/***/ })

};
