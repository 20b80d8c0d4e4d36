export const id = 865;
export const ids = [865];
export const modules = {

/***/ 78865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   group: () => (/* binding */ group)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93993);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81858);
/* harmony import */ var _factory_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39536);
/* harmony import */ var _factory_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21529);
/* harmony import */ var _factory_settle_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7856);
/**
 * `oic-actions integrations …`: the Factory API's integration calls in a project (seed 000 "Integrations").
 * Oracle documents no export of one integration inside a project (contract §3.4): a project's integrations leave it
 * as a `.car` (`projects export`, optionally one deployment), and an `.iar` comes in with `integrations import`.
 */






const ID = 'CODE|VERSION';
/** "Update an Integration in a Project": a status change, ACTIVATED (activate) or CONFIGURED (deactivate). */
function statusOperation(name) {
    const status = name === 'activate' ? 'ACTIVATED' : 'CONFIGURED';
    return {
        name,
        summary: `${name} an integration version (Update an Integration in a Project, status ${status})`,
        args: ['PROJECT', ID],
        effect: 'write',
        describe: ({ args }) => `${name} ${args[ID] ?? ''} in ${args.PROJECT ?? ''}`,
        run: async ({ client, args }) => {
            const ref = (0,_factory_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .q)(args[ID] ?? '', ID);
            const project = args.PROJECT ?? '';
            // A lost answer is settled by the activation status (contract §7.3), never by asking again.
            const sent = await (0,_factory_settle_js__WEBPACK_IMPORTED_MODULE_5__/* .sendOnce */ .E)(`${name} ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} in project ${project}`, () => (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .setIntegrationStatus */ .nJ)(client, project, ref.code, ref.version, status), async () => {
                const now = await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .getActivationStatus */ .Jy)(client, project, ref.code, ref.version);
                return status === 'CONFIGURED'
                    ? now === 'CONFIGURED'
                    : now === 'ACTIVATED' || now === 'ACTIVATION_INPROGRESS';
            });
            const answer = sent.answer;
            const now = answer?.status ?? (sent.settled ? 'settled' : 'not given');
            const more = now === 'ACTIVATION_INPROGRESS'
                ? `; 'oic-actions integrations get ${args.PROJECT ?? ''} '${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)}'' shows when it is done`
                : '';
            return {
                kind: 'done',
                message: `${sent.settled ? `${sent.settled}. ` : ''}Asked to ${name} ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} in ${args.PROJECT ?? ''}: status ${now}${more}.`,
                json: answer ?? {}
            };
        }
    };
}
/** The integrations group. */
const group = {
    name: 'integrations',
    summary: 'list, show, activate, deactivate, delete and import the integrations of a project',
    operations: [
        {
            name: 'list',
            summary: 'every integration version of a project (Retrieve Integrations in a Project)',
            args: ['PROJECT'],
            effect: 'read',
            options: { q: { description: "the API's q filter, e.g. {status:'ACTIVATED'}" } },
            run: async ({ client, args, options }) => {
                const items = await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .listIntegrations */ .iB)(client, args.PROJECT ?? '', { q: options.q || undefined });
                return {
                    kind: 'table',
                    columns: ['code', 'version', 'name', 'status', 'style', 'lastUpdated'],
                    rows: items.map(i => ({ ...i })),
                    json: items
                };
            }
        },
        {
            name: 'get',
            summary: 'one integration version, as the API returns it (Retrieve an Integration in a Project)',
            args: ['PROJECT', ID],
            effect: 'read',
            run: async ({ client, args }) => {
                const ref = (0,_factory_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .q)(args[ID] ?? '', ID);
                return {
                    kind: 'object',
                    value: await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .getIntegration */ .rg)(client, args.PROJECT ?? '', ref.code, ref.version)
                };
            }
        },
        statusOperation('activate'),
        statusOperation('deactivate'),
        {
            name: 'delete',
            summary: 'delete an integration version (Delete an Integration Version in a Project)',
            args: ['PROJECT', ID],
            effect: 'delete',
            describe: ({ args }) => `delete integration ${args[ID] ?? ''} of ${args.PROJECT ?? ''}`,
            run: async ({ client, args }) => {
                const ref = (0,_factory_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .versionRef */ .q)(args[ID] ?? '', ID);
                await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .deleteIntegration */ .qo)(client, args.PROJECT ?? '', ref.code, ref.version);
                return {
                    kind: 'done',
                    message: `Deleted integration ${(0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref)} of ${args.PROJECT ?? ''}.`,
                    json: { deleted: (0,_core_oic_api_js__WEBPACK_IMPORTED_MODULE_1__/* .integrationId */ .cr)(ref), project: args.PROJECT }
                };
            }
        },
        {
            name: 'import',
            summary: 'import a new integration from an .iar (Import (Add) an Integration in a Project)',
            args: ['PROJECT', 'FILE'],
            effect: 'write',
            describe: ({ args }) => `import the integration in ${args.FILE ?? ''} into ${args.PROJECT ?? ''}`,
            run: async ({ client, args }) => {
                const file = (0,_factory_files_js__WEBPACK_IMPORTED_MODULE_3__/* .inputFile */ .xm)(args.FILE ?? '', 'FILE');
                const location = await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_2__/* .importIntegration */ .a7)(client, args.PROJECT ?? '', file);
                return {
                    kind: 'done',
                    message: `Imported ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)} into ${args.PROJECT ?? ''}${location ? ` (${location})` : ''}.`,
                    json: { imported: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file), project: args.PROJECT, location: location ?? null }
                };
            }
        }
    ]
};


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


/***/ })

};
