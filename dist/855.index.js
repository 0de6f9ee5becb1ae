export const id = 855;
export const ids = [855];
export const modules = {

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   html: () => (/* binding */ html),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7607);
/** The job summary: what was made (or why not), as an HTML table for the run page. Pure rendering. */

/** Escapes text for HTML; text from the network may hold anything. */
function html(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const ICON = { SUCCESS: '✅', EXISTING: '♻️', SUBMITTED: '📨', FAIL: '❌', ERROR: '❌' };
function renderSummary(r) {
    const rows = [
        ['Image name', r.name],
        ['Image ID', r.imageId ?? '—'],
        ['Status', r.status],
        ['Region', r.region],
        ['Project', r.projectId ?? '—'],
        ['Job ID', r.jobId || '—'],
        ['Duration', (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(r.durationMs)],
        ['OS type', r.osType],
        ['Min disk', `${r.minDisk} GB`],
        ['Tags', r.tags.length > 0 ? r.tags.join(', ') : '—'],
    ];
    if (r.error) {
        if (r.error.code)
            rows.push(['Error code', r.error.code]);
        if (r.error.reason)
            rows.push(['Reason', r.error.reason]);
        if (r.error.requestId)
            rows.push(['Request ID', r.error.requestId]);
    }
    const icon = ICON[r.status] ?? '⏱️';
    const heading = r.error
        ? `${icon} IMS data image: ${r.error.title}`
        : `${icon} IMS data image ${r.status === 'EXISTING' ? 'reused' : r.status === 'SUBMITTED' ? 'submitted' : 'created'}`;
    const table = rows.map(([k, v]) => `<tr><th align="left">${html(k)}</th><td>${html(v)}</td></tr>`).join('\n');
    const detail = r.error ? `\n<details><summary>Error</summary>\n<pre>${html(r.error.message)}</pre>\n</details>` : '';
    return `<h3>${html(heading)}</h3>\n<table>\n${table}\n</table>${detail}\n`;
}


/***/ })

};
