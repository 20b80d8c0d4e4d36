export const id = 850;
export const ids = [850];
export const modules = {

/***/ 86850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspect: () => (/* binding */ inspect)
/* harmony export */ });
/* harmony import */ var _core_archive_car_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88287);
/* harmony import */ var _core_archive_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88351);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_http_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6047);
/* harmony import */ var _core_http_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10479);
/* harmony import */ var _core_http_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25834);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89114);
/* harmony import */ var _core_oic_connection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68652);
/* harmony import */ var _core_oic_connections_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48256);
/* harmony import */ var _core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81858);
/* harmony import */ var _core_oic_not_found_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(69921);
/* harmony import */ var _core_oic_projects_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(24579);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(88557);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(12594);
/* harmony import */ var _terminal_host_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(16091);
/* harmony import */ var _core_archive_diff_report_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(51462);
/**
 * `oic-actions inspect FILE.car [--oic-url … --instance … --access-token …] [--if-exists replace]`: what the
 * archive holds, read without extracting it, and — with a target — what importing it would do.
 */
















const INPUTS = [..._core_oic_connection_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMON_INPUTS */ .s7, 'if-exists'];
/** Runs `inspect`; returns the exit code. */
async function inspect(args, streams, env) {
    const file = args.positionals[0];
    if (!file) {
        streams.stderr('error: inspect needs the archive: oic-actions inspect FILE.car [--oic-url URL --instance NAME]\n');
        return 2;
    }
    const childEnv = { ...env };
    (0,_session_js__WEBPACK_IMPORTED_MODULE_13__/* .loadSession */ .L)(args.session ?? env.OIC_SESSION, childEnv);
    const host = (0,_terminal_host_js__WEBPACK_IMPORTED_MODULE_14__/* .createTerminalHost */ .V)(args.inputs, childEnv, streams, { verbose: args.verbose });
    try {
        const car = await (0,_core_archive_car_js__WEBPACK_IMPORTED_MODULE_0__/* .readCar */ .l)(file, file);
        const inputs = new _core_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .InputReader */ .i_(name => host.getInput(name), INPUTS);
        const ifExists = inputs.choice('if-exists', ['fail', 'replace', 'skip'], 'fail');
        const withTarget = Boolean(inputs.value('oic-url') || childEnv.OIC_URL);
        let target = { exists: false, integrations: [], connections: [] };
        if (withTarget && car.project) {
            const settings = (0,_core_oic_connection_js__WEBPACK_IMPORTED_MODULE_7__/* .readConnectionSettings */ .S4)(inputs, host);
            const client = new _core_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpClient */ .Q({
                baseUrl: settings.url,
                instance: settings.instance,
                token: settings.token,
                timeoutMs: settings.transport.timeoutMs,
                retry: (0,_core_http_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultRetryPolicy */ .ur)(settings.transport.retries),
                caCertificate: settings.transport.caCertificate
            });
            try {
                const exists = Boolean(await (0,_core_oic_not_found_js__WEBPACK_IMPORTED_MODULE_10__/* .orUndefined */ .y)((0,_core_oic_projects_js__WEBPACK_IMPORTED_MODULE_11__/* .getProject */ .U1)(client, car.project.code)));
                target = exists
                    ? {
                        exists,
                        integrations: await (0,_core_oic_integrations_js__WEBPACK_IMPORTED_MODULE_9__/* .listIntegrations */ .iB)(client, car.project.code),
                        connections: await (0,_core_oic_connections_js__WEBPACK_IMPORTED_MODULE_8__/* .listConnections */ .yb)(client, car.project.code)
                    }
                    : target;
            }
            finally {
                await client.close();
            }
        }
        const diff = (0,_core_archive_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffArchive */ .E)(car, target, ifExists);
        const report = (0,_core_archive_diff_report_js__WEBPACK_IMPORTED_MODULE_15__/* .diffReport */ .oZ)(car, diff, withTarget ? inputs.value('instance') || childEnv.OIC_INSTANCE || 'the target' : undefined);
        if (args.json)
            streams.stdout(`${JSON.stringify({ archive: car, diff: withTarget ? diff : undefined }, null, 2)}\n`);
        else
            streams.stdout((0,_core_report_js__WEBPACK_IMPORTED_MODULE_12__/* .renderTerminal */ .bF)(report));
        return 0;
    }
    catch (error) {
        streams.stderr(`error: ${(0,_core_http_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactText */ .Rd)((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error))}\n`);
        return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? 2 : error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OicActionError */ .km ? 1 : 1;
    }
}


/***/ })

};
