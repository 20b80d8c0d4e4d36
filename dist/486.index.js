export const id = 486;
export const ids = [486];
export const modules = {

/***/ 71486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createUndiciTransport: () => (/* binding */ createUndiciTransport)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24371);
/** The undici transport: for proxies (`EnvHttpProxyAgent` honours HTTP(S)_PROXY and NO_PROXY) and injected dispatchers. */


/** Creates the undici transport; a dispatcher it creates itself is closed by `close()`. */
function createUndiciTransport(options, timeoutMs) {
    const ca = options.caCertificate ? [...node_tls__WEBPACK_IMPORTED_MODULE_0__.rootCertificates, options.caCertificate] : undefined;
    const tls = ca ? { ca } : {};
    const owned = !options.dispatcher;
    const dispatcher = options.dispatcher ??
        new undici__WEBPACK_IMPORTED_MODULE_1__.EnvHttpProxyAgent({ connect: { timeout: timeoutMs, ...tls }, requestTls: tls, proxyTls: tls });
    return {
        request: async (req) => {
            const res = await (0,undici__WEBPACK_IMPORTED_MODULE_1__.request)(req.url, {
                method: req.method,
                headers: req.headers,
                body: req.body,
                dispatcher,
                headersTimeout: req.timeoutMs,
                bodyTimeout: req.timeoutMs
            });
            return { statusCode: res.statusCode, headers: res.headers, body: res.body };
        },
        close: async () => {
            if (owned)
                await dispatcher.close();
        }
    };
}


/***/ })

};
