import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1500:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ exitSoon),
/* harmony export */   Gz: () => (/* binding */ installCrashHandlers),
/* harmony export */   Ms: () => (/* binding */ reportCrash)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6670);
// The last line of defence: anything run() did not handle (a bug, a throw in an event handler)
// fails the step through the redacting path, as one `::error::` line with no stack trace, and the
// process ends soon after even if a socket or timer would keep it alive.


// After run() settles, whatever is still open (a trickled body, a stray timer) gets this long.
const EXIT_GRACE_MS = 5_000;
/** Writes the failure the way core.setFailed does, without the stack; sets exit code 1. */
function reportCrash(err, write = toStdout) {
    process.exitCode = 1;
    const message = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(`The action stopped unexpectedly: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
    write(`::error::${escapeData(message)}`);
}
function toStdout(line) {
    process.stdout.write(`${line}\n`);
}
/** The runner's command escaping for data (what @actions/core applies). */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Routes uncaught errors to reportCrash instead of Node's default stack dump on stderr. */
function installCrashHandlers() {
    const crash = (err) => {
        reportCrash(err);
        exitSoon();
    };
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
}
/** Ends the process EXIT_GRACE_MS after run() settled, if something still holds it open. */
function exitSoon() {
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports ActionError, ConfigurationError, RATE_LIMIT_CODE, QUEUE_FULL_CODES, placesOf, MeshyApiError, NetworkError, SubmissionUnknownError, OutOfCreditsError, OutOfTimeError, TaskFailedError, DeadlineError, QualityGateError, DownloadError, assertNever, toError */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
// Error classes tell user mistakes apart from Meshy's answers and from transient faults, so the
// code that catches one decides by class: whether to retry, whether a create may be sent again,
// whether a batch asset failed or the whole run must stop. Messages never carry the key or a
// signed query string: every constructor passes its text through redact().

class ActionError extends Error {
    constructor(message) {
        super((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(message));
        this.name = new.target.name;
    }
}
/** A bad input: fails before any paid request, naming the input and what it accepts. */
class ConfigurationError extends ActionError {
    input;
    /** Problems at known lines of a checked-in file (manifest, lockfile), for located annotations. */
    places = [];
    constructor(input, message) {
        super(`Input '${input}': ${message}`);
        this.input = input;
    }
}
/** Too many requests per second: nothing was created, and Retry-After says when to resend. */
const RATE_LIMIT_CODE = 'rate_limit_exceeded';
/** The account's queue is full: nothing was created; wait for one of its tasks to finish. */
const QUEUE_FULL_CODES = ['pending_task_limit_reached', 'concurrent_task_limit_reached'];
// v1 said the same in the message text; kept while v1 still answers (docs/meshy-rules.md).
const V1_QUEUE_FULL = /NoMoreConcurrentTasks|NoMorePendingTasks/i;
/** The located problems an error carries (none for most errors). */
function placesOf(err) {
    return err instanceof ConfigurationError ? err.places : [];
}
/** An HTTP answer from Meshy outside 2xx, with Meshy's own message, code and help link. */
class MeshyApiError extends ActionError {
    status;
    meshyMessage;
    method;
    path;
    code;
    errorType;
    docUrl;
    retryAfterMs;
    constructor(status, meshyMessage, method, path, detail = {}) {
        const help = detail.docUrl ? ` (see ${detail.docUrl})` : '';
        const code = detail.code ? ` [${detail.code}]` : '';
        super(`Meshy answered ${status}${code} to ${method} ${path}: ${meshyMessage || statusText(status)}${help}`);
        this.status = status;
        this.meshyMessage = meshyMessage;
        this.method = method;
        this.path = path;
        this.code = detail.code;
        this.errorType = detail.type;
        this.docUrl = detail.docUrl;
        this.retryAfterMs = detail.retryAfterMs;
    }
    /** The account's queue is full. An unknown code of type rate_limited counts too (safe side). */
    get isQueueFull() {
        if (this.status !== 429)
            return false;
        if (this.code)
            return QUEUE_FULL_CODES.includes(this.code) || this.isUnknownRateLimited;
        return V1_QUEUE_FULL.test(this.meshyMessage);
    }
    /** Too many requests per second: resend after Retry-After. */
    get isRateLimit() {
        return this.status === 429 && !this.isQueueFull;
    }
    get isUnknownRateLimited() {
        return this.code !== RATE_LIMIT_CODE && this.errorType === 'rate_limited';
    }
}
/**
 * A transport failure. `sent` is false only when the request certainly never reached the
 * server (connection refused, DNS failure): only then may a create be sent again.
 */
class NetworkError extends ActionError {
    code;
    sent;
    constructor(message, code, sent) {
        super(message);
        this.code = code;
        this.sent = sent;
    }
    /**
     * Faults that another attempt cannot mend: an untrusted certificate (a TLS-inspecting proxy
     * needs NODE_EXTRA_CA_CERTS) or a host name that does not resolve.
     */
    get permanent() {
        return this.code !== undefined && PERMANENT_NETWORK_CODES.test(this.code);
    }
}
const PERMANENT_NETWORK_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|^ENOTFOUND$|^ERR_FORBIDDEN_ADDRESS$/;
/** A create whose reply was lost after the request may have reached Meshy. Never resent. */
class SubmissionUnknownError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** Meshy answered a create with 402, or a batch sent no more creates after one did. */
class OutOfCreditsError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** A batch reached timeout-minutes: the create was not sent (the next run starts it). */
class OutOfTimeError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** The task ended FAILED or CANCELED. */
class TaskFailedError extends ActionError {
    taskId;
    status;
    errorType;
    errorCode;
    constructor(taskId, status, errorType, errorCode, detail) {
        super(`Meshy task ${taskId} ${status}` +
            (detail ? `: ${detail}` : '') +
            (errorCode ? ` (code: ${errorCode})` : errorType ? ` (type: ${errorType})` : ''));
        this.taskId = taskId;
        this.status = status;
        this.errorType = errorType;
        this.errorCode = errorCode;
    }
}
/** The overall deadline passed while the task was still running at Meshy. */
class DeadlineError extends ActionError {
    taskId;
    constructor(taskId, message) {
        super(message);
        this.taskId = taskId;
    }
}
/** A downloaded model breaks a budget (max-triangles, …) or, with validate: error, is invalid glTF. */
class QualityGateError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** A download that could not be completed or verified; no partial file is left behind. */
class DownloadError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** The default branch of a switch over a union: fails to compile while a member is unhandled. */
function assertNever(value) {
    throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
/** Anything thrown, as an Error: an Error passes through, anything else is wrapped. */
function toError(err) {
    return err instanceof Error ? err : new Error(errorMessage(err));
}
/** The message of anything thrown, redacted. */
function errorMessage(err) {
    if (err instanceof Error)
        return (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(err.message);
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(String(err));
}
function statusText(status) {
    const texts = {
        400: 'Bad Request',
        401: 'Unauthorized (check the API key)',
        402: 'Payment Required (not enough credits)',
        403: 'Forbidden',
        404: 'Not Found',
        422: 'Unprocessable Entity',
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout'
    };
    return texts[status] ?? 'HTTP error';
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ createLogger)
/* harmony export */ });
/* unused harmony exports withLogLabel, withoutLogLabel, memoryLogger */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6670);
// The logger seen by every module. The default one writes through @actions/core; tests pass
// one that records lines. Either way, text goes through safeText() first (see createLogger).


// Batch assets run interleaved. Each runs inside a label, so every line it causes, down to a
// retry in the API client, starts with the asset's name: `prop-3 · Downloaded …`.
const labels = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
const SEPARATOR = ' · ';
/** Runs `fn` with every line logged inside it (by these loggers) starting with `label · `. */
function withLogLabel(label, fn) {
    return labels.run(label, fn);
}
/** Runs `fn` without the current label: for lines about the whole batch. */
function withoutLogLabel(fn) {
    return labels.exit(fn);
}
function labelled(message) {
    const label = labels.getStore();
    if (label === undefined || message.startsWith(label + SEPARATOR))
        return message;
    return `${label}${SEPARATOR}${message}`;
}
/** Wraps a raw sink so nothing reaches it unredacted or able to issue workflow commands. */
function createLogger(sink) {
    return {
        debug: m => sink.debug((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(labelled(m))),
        info: m => sink.info((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(labelled(m))),
        warning: (m, place) => sink.warning((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(labelled(m)), place),
        error: (m, place) => sink.error((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(labelled(m)), place),
        notice: m => (sink.notice ?? sink.info).call(sink, (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(labelled(m))),
        group: (title, write) => (sink.group ? sink.group((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(labelled(title)), write) : write())
    };
}
/** A logger that remembers lines: for tests and for quiet library use. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (m, place) => void lines.push(`${level}: ${labelled(m)}${place ? ` [${place.file}:${place.line ?? ''}]` : ''}`);
    return {
        lines,
        debug: push('debug'),
        info: push('info'),
        warning: push('warning'),
        error: push('error'),
        notice: push('notice'),
        group: (title, write) => {
            push('group')(title);
            try {
                write();
            }
            finally {
                lines.push('endgroup');
            }
        }
    };
}


/***/ }),

/***/ 4344:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _crash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1500);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5625);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5652);
// Entry of the post step (dist/post/index.js).



(0,_crash_js__WEBPACK_IMPORTED_MODULE_0__/* .installCrashHandlers */ .Gz)();
try {
    const core = await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
    const logger = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .createLogger */ .h)({
        debug: m => core.debug(m),
        info: m => core.info(m),
        warning: m => core.warning(m),
        error: m => core.error(m)
    });
    (0,_post_js__WEBPACK_IMPORTED_MODULE_2__/* .runPost */ .a)(process.env, logger);
}
catch (err) {
    (0,_crash_js__WEBPACK_IMPORTED_MODULE_0__/* .reportCrash */ .Ms)(err);
}
finally {
    (0,_crash_js__WEBPACK_IMPORTED_MODULE_0__/* .exitSoon */ .Cp)();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPost)
});

// UNUSED EXPORTS: postLines

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/assets/paths.ts
// Keeps every path we read or write inside the workspace (no `..`, no absolute paths
// elsewhere, no symlinks that lead out).


class paths_PathEscapeError extends (/* unused pure expression or super */ null && (Error)) {
}
function inside(root, target) {
    const rel = relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
/** The nearest existing ancestor, resolved through symlinks, joined with the rest. */
function realish(path) {
    let existing = path;
    const rest = [];
    while (!existsSync(existing)) {
        const parent = dirname(existing);
        if (parent === existing)
            break;
        rest.unshift(existing.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
        existing = parent;
    }
    return resolve(realpathSync(existing), ...rest);
}
/**
 * Resolves `path` (relative to `base`, default the workspace) and checks that it stays inside
 * the workspace even after following symlinks. Throws PathEscapeError otherwise.
 */
function paths_resolveInWorkspace(workspace, path, base = workspace) {
    const root = realish(resolve(workspace));
    const target = resolve(base, path);
    if (!inside(resolve(workspace), target) || !inside(root, realish(target))) {
        throw new paths_PathEscapeError(`'${path}' is outside the workspace`);
    }
    return target;
}
/** A workspace-relative path with forward slashes, for outputs and summaries. */
function paths_workspaceRelative(workspace, absPath) {
    return relative(resolve(workspace), absPath).split(sep).join('/');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/tasks/models.ts
// Meshy's models and their lifecycle — the ONE table. It drives config validation (a retired model
// fails before any request, a retiring one warns), plan mode, the README's model table
// (scripts/readme-tables.ts) and the fake Meshy's refusals. Source: Meshy's deprecations page and
// the banner on its v2 pages (docs/meshy-rules.md, "Models"). A model Meshy adds later is not in
// the table and passes: Meshy says whether it knows it, and its price is the highest known.
/** How long before its retirement a model starts to warn. */
const RETIREMENT_NOTICE_DAYS = 30;
const MODELS = [
    // 3D generation (ai_model of text-to-3d, image-to-3d, multi-image-to-3d)
    { name: 'meshy-7.1', role: 'ai_model' },
    { name: 'latest', role: 'ai_model' },
    { name: 'meshy-7', role: 'ai_model', retires: '2026-12-31', replacement: 'meshy-7.1' },
    { name: 'meshy-6', role: 'ai_model' },
    { name: 'meshy-6-lite', role: 'ai_model' },
    { name: 'meshy-t2.5', role: 'ai_model' },
    { name: 'meshy-t2', role: 'ai_model' },
    { name: 'meshy-t1', role: 'ai_model', retires: '2026-10-30', replacement: 'meshy-t2.5' },
    { name: 'meshy-5', role: 'ai_model', retires: '2026-10-10', replacement: 'meshy-6-lite' },
    { name: 'meshy-4', role: 'ai_model', retires: '2026-03-20', replacement: 'meshy-7.1' },
    { name: 'meshy-3', role: 'ai_model', retires: '2025-07-01', replacement: 'meshy-7.1' },
    // Texturing (texture_model); meshy-7 stays here after it stops as a 3D model.
    { name: 'meshy-7', role: 'texture_model' },
    { name: 'meshy-n1', role: 'texture_model' },
    { name: 'meshy-6-lite', role: 'texture_model' }
];
/** The texture model sent when the user names none: the one Meshy's own examples use. */
const DEFAULT_TEXTURE_MODEL = 'meshy-7';
function modelsOf(role) {
    return MODELS.filter(m => m.role === role);
}
function models_findModel(role, name) {
    return MODELS.find(m => m.role === role && m.name === name);
}
const DAY_MS = (/* unused pure expression or super */ null && (24 * 3600_000));
/** Where a model stands on `nowMs`: retired from its retirement day on, retiring 30 days before. */
function models_lifecycle(entry, nowMs) {
    if (!entry?.retires)
        return { state: 'active' };
    const day = Date.parse(`${entry.retires}T00:00:00Z`);
    const { replacement } = entry;
    if (nowMs >= day)
        return { state: 'retired', date: entry.retires, replacement };
    if (day - nowMs <= RETIREMENT_NOTICE_DAYS * DAY_MS)
        return { state: 'retiring', date: entry.retires, replacement };
    return { state: 'active' };
}
/** "meshy-7 stops on 2026-12-31 for 3D generation; use meshy-7.1", for errors and warnings. */
function models_lifecycleSentence(name, life) {
    const verb = life.state === 'retired' ? 'was retired by Meshy on' : 'is retired by Meshy on';
    const use = life.replacement ? `; use ${life.replacement} instead` : '';
    return `${name} ${verb} ${life.date}${use}`;
}

;// CONCATENATED MODULE: ./src/tasks/bodies.ts
// Building blocks for request bodies. Each task kind in catalogue.ts composes these, so the
// rules (send ai_model only when set, target_formats only where taken, params last) live once.

/** Keeps a field only when it has a value: empty inputs leave Meshy's own defaults. */
function optional(key, value) {
    return value ? { [key]: value } : {};
}
/**
 * The chosen formats this endpoint can build, as Meshy's target_formats. Always sent: on v2 an
 * endpoint that is not told builds GLB only (v1 built every format).
 */
function targetFormats(spec, endpointFormats) {
    const formats = spec.formats.filter(f => endpointFormats.includes(f));
    return formats.length > 0 ? { target_formats: formats } : {};
}
/** The model to work on: an earlier task, or the uploaded/linked model. */
function modelSource(spec) {
    return spec.inputTaskId
        ? { input_task_id: spec.inputTaskId }
        : optional('model_url', spec.model?.value);
}
/** v2 needs a texture model wherever it textures; the user's, else Meshy's example value. */
function textureModel(spec) {
    return { texture_model: spec.textureModel || DEFAULT_TEXTURE_MODEL };
}
/** Params go last; conflicts with explicit inputs were rejected when the spec was built. */
function withParams(body, params) {
    return { ...body, ...params };
}

;// CONCATENATED MODULE: ./src/tasks/price-list.ts
// Meshy's API prices in credits — the ONE table. It drives the action's estimate (catalogue.ts),
// the fake Meshy's charges (fakes/meshy) and the "Costs" section of README.md
// (scripts/readme-tables.ts), so the three cannot drift apart. Sources: docs/meshy-rules.md
// ("Prices"). Estimates only: the real cost is the task's `consumed_credits`. The estimate guards
// `max-credits`, a promise, so it must never be lower than Meshy's charge: an unknown model is
// priced at the highest known price for its task.
//
// Every rule reads the request BODY (what is actually sent, params included), so the estimate of
// a step and the fake's charge for the same request are the same function of the same input.
const PRICES = {
    /** Text to 3D preview, Meshy-6 class models (meshy-6, meshy-7, meshy-7.1, latest). */
    preview: 20,
    /** Text to 3D preview with meshy-5, meshy-6-lite or smart topology. */
    previewLow: 5,
    /** Added for geometry_resolution 2k/4k (or the older ultra_mode). */
    highGeometry: 5,
    refine: 10,
    /** Added for texture_resolution 8k (changelog 2026-07-21): 10 → 15 on every texturing step. */
    texture8k: 5,
    /** Image/multi-image to 3D with a Meshy-6 class model. */
    imageTo3d: { meshOnly: 20, textured: 30 },
    /** Image/multi-image to 3D with meshy-5 or smart topology (meshy-t1, meshy-t2, meshy-t2.5). */
    imageTo3dLow: { meshOnly: 5, textured: 15 },
    retexture: 10,
    remesh: 5,
    rigging: 5,
    animation: 3,
    /** The v2 pipeline routes (meshy-v2 reference §7). Analysis is free. */
    convert: 1,
    resize: 1,
    uvUnwrap: 5,
    printAnalyze: 0,
    printRepair: 10,
    /** Text to motion: 10 for prime (documented); swift's price is not, so it is charged as prime. */
    textToMotion: 10,
    /** Text to image / image to image per ai_model: [text-to-image, image-to-image]. */
    imageModels: {
        'nano-banana': [3, 3],
        'nano-banana-2': [6, 6],
        'nano-banana-2-lite': [3, 3],
        'nano-banana-pro': [9, 9],
        'gpt-image-2': [9, 12],
        'gpt-image-2-5-flare': [9, 12],
        'gpt-image-2-5-sunburst': [9, 12],
        // v2 documents nano-banana-2-1 at 4; the gpt-image-2-6 prices are unpublished: the highest known.
        'nano-banana-2-1': [4, 4],
        'gpt-image-2-6-flare': [9, 12],
        'gpt-image-2-6-sunburst': [9, 12]
    }
};
/** ai_model values Meshy prices below its Meshy-6 class on text-to-3d previews. */
const LOW_PREVIEW_MODELS = ['meshy-5', 'meshy-6-lite', 'meshy-t1', 'meshy-t2', 'meshy-t2.5'];
/** ai_model values Meshy prices below its Meshy-6 class on image/multi-image to 3D. */
const LOW_IMAGE_TO_3D_MODELS = [
    'meshy-5',
    'meshy-6-lite',
    'meshy-t1',
    'meshy-t2',
    'meshy-t2.5'
];
/** The image models Meshy knows (text-to-image, image-to-image); the fake accepts only these. */
const IMAGE_AI_MODELS = Object.keys(PRICES.imageModels);
/** The default ai_model of text/image-to-image (Meshy requires one; listed on v2, the cheapest). */
const DEFAULT_IMAGE_MODEL = 'nano-banana';
function highGeometry(body) {
    const res = body.geometry_resolution;
    return res === '2k' || res === '4k' || body.ultra_mode === true ? PRICES.highGeometry : 0;
}
function texture8k(body) {
    return body.texture_resolution === '8k' ? PRICES.texture8k : 0;
}
/** Smart topology uses its own models whatever ai_model says; they share the low price. */
function isLow(body, lowModels) {
    return body.model_type === 'smart-topology' || lowModels.includes(String(body.ai_model ?? ''));
}
function imageTo3d(body) {
    const table = isLow(body, LOW_IMAGE_TO_3D_MODELS) ? PRICES.imageTo3dLow : PRICES.imageTo3d;
    if (body.should_texture === false)
        return table.meshOnly + highGeometry(body);
    return table.textured + texture8k(body) + highGeometry(body);
}
/** An unknown image model costs the most expensive known one. */
function imageModel(body, column) {
    const row = PRICES.imageModels[String(body.ai_model ?? DEFAULT_IMAGE_MODEL)];
    return row ? row[column] : Math.max(...Object.values(PRICES.imageModels).map(r => r[column]));
}
function preview(body) {
    return (isLow(body, LOW_PREVIEW_MODELS) ? PRICES.previewLow : PRICES.preview) + highGeometry(body);
}
function refine(body) {
    return PRICES.refine + texture8k(body);
}
/**
 * One-call text-to-3d (v2). Meshy publishes no price for it, so the estimate is the highest
 * documented price of the same result: preview, plus refine when it is textured. Never below
 * Meshy's charge, so max-credits keeps its promise (docs/meshy-rules.md, "Prices").
 */
function textTo3d(body) {
    return preview(body) + (body.should_texture === false ? 0 : refine(body));
}
const RULES = {
    'text-to-3d': textTo3d,
    'text-to-3d-preview': preview,
    'text-to-3d-refine': refine,
    'image-to-3d': imageTo3d,
    'multi-image-to-3d': imageTo3d,
    retexture: body => PRICES.retexture + texture8k(body),
    remesh: () => PRICES.remesh,
    rig: () => PRICES.rigging,
    // action_ids is charged per animation (ANI).
    animate: body => PRICES.animation * (Array.isArray(body.action_ids) ? Math.max(1, body.action_ids.length) : 1),
    convert: () => PRICES.convert,
    resize: () => PRICES.resize,
    'uv-unwrap': () => PRICES.uvUnwrap,
    'print-analyze': () => PRICES.printAnalyze,
    'print-repair': () => PRICES.printRepair,
    'text-to-motion': () => PRICES.textToMotion,
    'text-to-image': body => imageModel(body, 0),
    'image-to-image': body => imageModel(body, 1)
};
/** Meshy task types this table prices. */
const PRICED_TYPES = Object.keys(RULES);
/**
 * Credits Meshy charges for one create request of the given Meshy task `type`, or undefined
 * for a type this table does not know.
 */
function creditsFor(meshyType, body) {
    return RULES[meshyType]?.(body);
}
/** The table as README rows: what is made, under which condition, and its credits. */
function costRows() {
    const p = PRICES;
    const image = (name, i) => Object.entries(p.imageModels).map(([m, r]) => [name, m, `${r[i]}`]);
    return [
        [
            'text-to-3d, textured / refine: false',
            'meshy-6, meshy-7.1, latest (the default), any other model',
            `${p.preview + p.refine} / ${p.preview}`
        ],
        [
            'text-to-3d, textured / refine: false',
            `${LOW_PREVIEW_MODELS.join(', ')}`,
            `${p.previewLow + p.refine} / ${p.previewLow}`
        ],
        [
            'text-to-3d, image/multi-image-to-3d',
            'geometry_resolution 2k or 4k (or ultra_mode)',
            `+${p.highGeometry}`
        ],
        [
            'image-to-3d, multi-image-to-3d',
            'Meshy-6 class or unknown model, textured / should_texture false',
            `${p.imageTo3d.textured} / ${p.imageTo3d.meshOnly}`
        ],
        [
            'image-to-3d, multi-image-to-3d',
            `${LOW_IMAGE_TO_3D_MODELS.join(', ')} or smart-topology, textured / should_texture false`,
            `${p.imageTo3dLow.textured} / ${p.imageTo3dLow.meshOnly}`
        ],
        ['retexture, text-to-texture', 'any model', `${p.retexture}`],
        [
            'textured text-to-3d, retexture, image-to-3d, multi-image-to-3d',
            'texture_resolution 8k',
            `+${p.texture8k}`
        ],
        ['remesh', '', `${p.remesh}`],
        ['rigging', '', `${p.rigging}`],
        ['animation', 'per animation (action_ids: each one)', `${p.animation}`],
        ['convert', '', `${p.convert}`],
        ['resize', '', `${p.resize}`],
        ['uv-unwrap', '', `${p.uvUnwrap}`],
        ['print-analyze', '', `${p.printAnalyze}`],
        ['print-repair', '', `${p.printRepair}`],
        ['text-to-motion', 'prime, or swift (its price is not published)', `${p.textToMotion}`],
        ...image('text-to-image', 0),
        [
            'text-to-image',
            'any other model',
            `${Math.max(...Object.values(p.imageModels).map(r => r[0]))}`
        ],
        ...image('image-to-image', 1),
        [
            'image-to-image',
            'any other model',
            `${Math.max(...Object.values(p.imageModels).map(r => r[1]))}`
        ]
    ];
}

;// CONCATENATED MODULE: ./src/tasks/pipeline-checks.ts
/**
 * Size fields of resize: Meshy documents resize_height and refuses more than one size (400); the
 * other two names are read by analogy with v1 remesh's (unconfirmed).
 */
const RESIZE_SIZE_FIELDS = ['resize_height', 'resize_longest_side', 'auto_size'];
/** Resize takes exactly one size, or none when it only moves the origin. */
function checkResize(spec, fail) {
    const sizes = [
        ...(spec.height !== undefined ? ['height'] : []),
        ...RESIZE_SIZE_FIELDS.filter(field => spec.params[field] !== undefined)
    ];
    const where = spec.height !== undefined && sizes.length === 1 ? 'height' : 'params';
    if (sizes.length > 1) {
        fail(where, `resize takes exactly one size; got ${sizes.join(' and ')} (Meshy answers 400). Keep one.`);
    }
    const origin = spec.origin !== undefined || spec.params.origin_at !== undefined;
    if (sizes.length === 0 && !origin) {
        fail('height', 'resize needs a size or an origin: height (metres, e.g. 1.8), origin (e.g. bottom), or params resize_longest_side / auto_size.');
    }
}
const MOTION_PROMPT_MAX_CHARS = 400;
const MOTION_MODES = ['prime', 'swift'];
/** What each motion mode makes (Meshy's text-to-motion page). */
const MOTION_FORMAT = {
    prime: 'fbx',
    swift: 'bvh'
};
/** 2 to 10 seconds in steps of 0.5, required; mode prime (FBX) or swift (BVH). */
function checkMotion(spec, fail) {
    const duration = spec.params.duration;
    const ok = typeof duration === 'number' && duration >= 2 && duration <= 10 && (duration * 2) % 1 === 0;
    if (!ok) {
        const got = duration === undefined ? 'none' : JSON.stringify(duration);
        fail('params', `text-to-motion needs duration: seconds from 2 to 10 in steps of 0.5 (e.g. params: {"duration": 4}); got ${got}.`);
    }
    const mode = spec.params.mode ?? 'prime';
    if (!MOTION_MODES.includes(mode)) {
        fail('params', `mode '${String(mode)}' is not a motion mode. Use prime (FBX) or swift (BVH).`);
    }
    const format = MOTION_FORMAT[mode];
    if (!spec.formats.includes(format)) {
        fail('formats', `text-to-motion in mode ${String(mode)} makes a ${format.toUpperCase()} clip only. Set formats: ${format}.`);
    }
}

;// CONCATENATED MODULE: ./src/tasks/types.ts
// What a task is, independent of where it was asked for (an input, a manifest asset): the
// vocabulary that config, plan, batch and report share. A leaf: it imports nothing.
const types_MODEL_FORMATS = ['glb', 'fbx', 'obj', 'usdz', 'stl', '3mf', 'blend', 'bvh'];
const types_DOWNLOAD_KINDS = (/* unused pure expression or super */ null && (['model', 'thumbnail', 'textures', 'images', 'animations']));

;// CONCATENATED MODULE: ./src/tasks/results.ts
// Where a finished task keeps its files. Meshy spreads them over model_urls, thumbnail_url,
// texture_urls, image_urls and (rig/animate tasks) `result`; this maps them to what the user
// asked for, with stable local file names.

/**
 * The extension an image download takes, by the type its bytes show (Meshy answers PNG, JPEG or
 * WebP). The downloader renames images with this table and the lockfile check accepts its values,
 * so a name one writes is never a name the other refuses.
 */
const IMAGE_EXTENSIONS = { png: 'png', jpeg: 'jpg', webp: 'webp' };
/** `image-0.png` downloaded as a JPEG is kept as `image-0.jpg`. */
function imageFileName(name, type) {
    return name.replace(/(\.[A-Za-z0-9]+)?$/, `.${IMAGE_EXTENSIONS[type]}`);
}
/**
 * Every file name this action gives a download: a name of [a-z0-9_-] (texture map and clip names
 * come from Meshy's field names, so nothing else may pass: no path, no dot, no case clash) and an
 * extension it writes. Deletions of superseded files are limited to such names too.
 */
const PRODUCED_EXTENSIONS = [...types_MODEL_FORMATS, 'mtl', ...Object.values(IMAGE_EXTENSIONS)];
const PRODUCED_FILE = new RegExp(`^[a-z0-9_-]+\\.(${[...new Set(PRODUCED_EXTENSIONS)].join('|')})$`);
function results_isProducedFileName(name) {
    return PRODUCED_FILE.test(name);
}
function results_text(value) {
    return typeof value === 'string' ? value : '';
}
function resultOf(task) {
    return task.result && typeof task.result === 'object' ? task.result : {};
}
function expectFor(format) {
    return format === 'glb' ? 'glb' : undefined;
}
/** The main model file of a task in one format, with the local name it gets. */
function modelFile(task, format) {
    const result = resultOf(task);
    const candidates = [
        [results_text(task.model_urls?.[format]), `model.${format}`],
        [results_text(result[`rigged_character_${format}_url`]), `rigged.${format}`],
        [results_text(result[`animation_${format}_url`]), `animation.${format}`],
        [results_text(result[`processed_${format}_url`]), `animation.${format}`]
    ];
    const hit = candidates.find(([url]) => url !== '');
    return hit && { url: hit[0], name: hit[1] };
}
function models(task, formats) {
    const refs = [];
    for (const format of formats) {
        const file = modelFile(task, format);
        if (!file)
            continue;
        refs.push({
            kind: 'model',
            label: `${format.toUpperCase()} model`,
            url: file.url,
            fileName: file.name,
            expect: expectFor(format)
        });
        // An OBJ without its material file loses its textures.
        const mtl = results_text(task.model_urls?.mtl);
        if (format === 'obj' && mtl)
            refs.push({ kind: 'model', label: 'OBJ materials', url: mtl, fileName: 'model.mtl' });
    }
    return refs;
}
function thumbnail(task) {
    const url = results_text(task.thumbnail_url);
    return url
        ? [{ kind: 'thumbnail', label: 'thumbnail', url, fileName: 'thumbnail.png', expect: 'png' }]
        : [];
}
function textures(task) {
    return (task.texture_urls ?? []).flatMap((set, i) => Object.entries(set ?? {})
        .filter(([, url]) => results_text(url) !== '')
        .map(([map, url]) => ({
        kind: 'texture',
        label: `texture ${i} ${map}`,
        url,
        // Not cleaned up: a map name outside [a-z0-9_-] is refused before the download.
        fileName: `texture-${i}-${map}.png`,
        expect: 'png'
    })));
}
function results_images(task) {
    return (task.image_urls ?? [])
        .filter(url => results_text(url) !== '')
        .map((url, i) => ({
        kind: 'image',
        label: `image ${i}`,
        url,
        fileName: `image-${i}.png`,
        expect: 'image'
    }));
}
const CLIP_FIELD = /^(.+?)_(glb|fbx|usdz)_url$/;
/** `processed_animation_fps` → animation-fps, `processed_armature` → animation-armature. */
function clipName(field, fromResult) {
    if (!fromResult)
        return field;
    if (field === 'animation')
        return 'animation';
    if (field.startsWith('processed'))
        return 'animation' + field.slice('processed'.length).replace(/^_animation/, '');
    return undefined;
}
/**
 * Animation clips in the chosen formats: a rig task's free walking/running clips
 * (`walking_armature_glb_url` → walking-armature.glb) and an animate task's results, including
 * post-processed ones (`processed_usdz_url` → animation.usdz).
 */
function animations(task, formats) {
    const result = resultOf(task);
    const basic = result.basic_animations && typeof result.basic_animations === 'object'
        ? result.basic_animations
        : {};
    const fields = [
        ...Object.entries(basic).map(([k, v]) => [k, v, false]),
        ...Object.entries(result).map(([k, v]) => [k, v, true])
    ];
    const refs = [];
    for (const [key, value, fromResult] of fields) {
        const match = CLIP_FIELD.exec(key);
        const name = match && clipName(match[1], fromResult);
        const url = results_text(value);
        if (!match || !name || !url || !formats.includes(match[2]))
            continue;
        const base = name.replace(/_/g, '-');
        const format = match[2];
        refs.push({
            kind: 'animation',
            label: `${base} animation (${format})`,
            url,
            fileName: `${base}.${format}`,
            expect: expectFor(format)
        });
    }
    return refs;
}
/** For text/image-to-image the images are the product, so `model` (the default) fetches them. */
function imagesAreTheModel(task, kinds) {
    return (kinds.includes('model') &&
        Object.values(task.model_urls ?? {}).every(url => !url) &&
        !task.result);
}
/** The files of `task` that `kinds` asks for, in `formats`, without duplicates. */
function assetsOf(task, formats, kinds) {
    const all = [
        ...(kinds.includes('model') ? models(task, formats) : []),
        ...(kinds.includes('thumbnail') ? thumbnail(task) : []),
        ...(kinds.includes('textures') ? textures(task) : []),
        ...(kinds.includes('images') || imagesAreTheModel(task, kinds) ? results_images(task) : []),
        ...(kinds.includes('animations') ? animations(task, formats) : [])
    ];
    const seen = new Set();
    return all.filter(ref => {
        const key = ref.url.split('?')[0];
        if (seen.has(ref.fileName) || seen.has(key))
            return false;
        seen.add(ref.fileName);
        seen.add(key);
        return true;
    });
}
/**
 * The result URLs for outputs. modelUrls holds every model file the task has (users may want
 * a URL they did not download); modelUrl is the first of the chosen formats that exists.
 */
function results_urlsOf(task, formats) {
    const modelUrls = {};
    for (const [format, url] of Object.entries(task.model_urls ?? {}))
        if (results_text(url))
            modelUrls[format] = url;
    for (const format of ['glb', 'fbx', 'usdz']) {
        const file = modelFile(task, format);
        if (file && !modelUrls[format])
            modelUrls[format] = file.url;
    }
    const first = formats.find(f => modelUrls[f]);
    return {
        modelUrls,
        modelUrl: first ? modelUrls[first] : '',
        thumbnailUrl: results_text(task.thumbnail_url),
        textureUrls: task.texture_urls ?? [],
        imageUrls: task.image_urls ?? []
    };
}
/** Keys of `result` the action reads as files (rigged models, animation clips). */
const FILE_KEY = /^basic_animations$|_(glb|fbx|usdz)_url$/;
/**
 * What a task's `output` holds besides files: a printability report, or a shape Meshy has not
 * documented. Kept whole so the summary can show it as JSON; undefined when there is none.
 */
function results_reportOf(task) {
    const rest = Object.entries(resultOf(task)).filter(([key]) => !FILE_KEY.test(key));
    return rest.length > 0 ? Object.fromEntries(rest) : undefined;
}
/**
 * Meshy's printability verdict in an analysis task's report: `printable` at the top or under
 * `printability` (v1's key). The v2 shape is unconfirmed, so anything else is no verdict.
 */
function printableVerdict(task) {
    const result = resultOf(task);
    const nested = result.printability;
    if (typeof nested === 'boolean')
        return nested;
    const inner = nested && typeof nested === 'object' ? nested : {};
    for (const value of [inner.printable, inner.is_printable, result.printable, result.is_printable])
        if (typeof value === 'boolean')
            return value;
    return undefined;
}
/**
 * The requested model formats the task does not have, and the ones it has. Tasks whose product
 * is images (no model files at all) have nothing to compare and answer no missing formats.
 */
function formatCoverage(task, formats) {
    const known = MODEL_FORMATS;
    const available = Object.keys(results_urlsOf(task, [...formats]).modelUrls).filter(f => known.includes(f));
    // Images or a report are the product of such a task: no model format is missing.
    if (available.length === 0 && ((task.image_urls ?? []).length > 0 || results_reportOf(task))) {
        return { missing: [], available };
    }
    return { missing: formats.filter(f => !available.includes(f)), available };
}

;// CONCATENATED MODULE: ./src/tasks/catalogue.ts




const MESH_FORMATS = ['glb', 'obj', 'fbx', 'stl', 'usdz', '3mf'];
const REMESH_FORMATS = ['glb', 'fbx', 'obj', 'usdz', 'blend', 'stl', '3mf'];
const RIG_FORMATS = ['glb', 'fbx'];
const NONE = {
    prompt: 'no',
    texturePrompt: false,
    images: null,
    model: 'no',
    inputTaskId: 'no',
    actionId: false,
    refine: false,
    targetFormats: false,
    aiModel: false
};
/** A v2 create route and the task `type` it makes. */
const v2 = (path, type = path) => ({ version: 'v2', path, type });
// One-call text-to-3d's `type` is not documented; 'text-to-3d' is our reading (docs/meshy-rules.md).
const TEXT_TO_3D = v2('text-to-3d');
const RETEXTURE = v2('retexture');
/** The estimate of one request: the price table applied to the body that will be sent. */
function priced(meshyType, body) {
    const credits = creditsFor(meshyType, body);
    if (credits === undefined)
        throw new Error(`price-list.ts has no price for '${meshyType}'`);
    return credits;
}
/**
 * A task type made of one request: its step is named after it and goes to its own resource.
 * Its estimate is the price table's answer for that request, unless the kind brings its own.
 */
function oneStep(kind, body, estimate) {
    const steps = (spec) => {
        const full = (previous) => withParams(body(spec, previous), spec.params);
        return [
            {
                name: kind.task,
                resource: kind.resource,
                estimate: estimate ? estimate(full()) : priced(kind.resource.type, full()),
                body: full
            }
        ];
    };
    return { ...kind, steps };
}
/** Meshy's documented limit for 3D prompts and texture/style prompts (docs/meshy-rules.md). */
const PROMPT_3D_MAX_CHARS = 600;
/** Texture fields of the generation routes: what a mesh-only request must not carry. */
const TEXTURE_FIELDS = [
    'texture_model',
    'texture_prompt',
    'texture_image_url',
    'enable_pbr',
    'texture_resolution'
];
/** v1-era generation fields the v2 pages do not refuse; their presence on v2 is unconfirmed. */
const GENERATION_FIELDS = [
    'ai_model',
    'target_formats',
    'should_texture',
    ...TEXTURE_FIELDS,
    'remove_lighting',
    'geometry_resolution',
    'should_remesh',
    'topology',
    'target_polycount',
    'decimation_mode',
    'symmetry_mode',
    'pose_mode',
    'seed'
];
/**
 * One-call text-to-3d (v2): `refine` keeps its meaning for users — true gives a textured model,
 * false a mesh only. With input-task-id the action textures that earlier model through retexture,
 * with the texture prompt given, else the prompt the model was made from.
 */
function textTo3dBody(spec) {
    const texture = spec.refine
        ? { ...textureModel(spec), ...optional('texture_prompt', spec.texturePrompt) }
        : {};
    return {
        prompt: spec.prompt,
        ...optional('ai_model', spec.aiModel),
        should_texture: spec.refine,
        ...texture,
        ...targetFormats(spec, MESH_FORMATS)
    };
}
function textureExisting(spec, source) {
    const recorded = source?.input?.prompt ?? source?.prompt;
    const prompt = spec.texturePrompt || (typeof recorded === 'string' ? recorded : '');
    return {
        input_task_id: spec.inputTaskId,
        ...textureModel(spec),
        ...optional('texture_prompt', prompt),
        ...targetFormats(spec, MESH_FORMATS)
    };
}
function textTo3dSteps(spec) {
    if (spec.inputTaskId) {
        const body = (source) => withParams(textureExisting(spec, source), spec.params);
        const step = { name: 'texture', resource: RETEXTURE, readsInputTask: true, body };
        return [{ ...step, estimate: priced(RETEXTURE.type, body()) }];
    }
    const body = () => withParams(textTo3dBody(spec), spec.params);
    return [
        { name: 'text-to-3d', resource: TEXT_TO_3D, estimate: priced(TEXT_TO_3D.type, body()), body }
    ];
}
/** A mesh only takes no texture options; Meshy answers 400 to them (docs/meshy-rules.md). */
function checkUntextured(spec, fail) {
    const meshOnly = spec.params.should_texture === false || (spec.task === 'text-to-3d' && !spec.refine);
    if (!meshOnly)
        return;
    const how = spec.task === 'text-to-3d' ? "'refine: false'" : 'should_texture: false';
    const why = `with ${how} (a mesh without textures) Meshy refuses texture options`;
    if (spec.texturePrompt)
        fail('texture-prompt', `${why}. Remove texture-prompt or ${how}.`);
    if (spec.textureModel)
        fail('texture-model', `${why}. Remove texture-model or ${how}.`);
    const given = TEXTURE_FIELDS.filter(key => spec.params[key] !== undefined);
    if (given.length > 0)
        fail('params', `${why} (${given.join(', ')}). Remove them or ${how}.`);
}
/** Meshy refuses texture_prompt together with texture_image_url (400 parameters_conflict). */
function checkOneTextureStyle(spec, fail) {
    if (spec.params.texture_image_url === undefined)
        return;
    if (spec.texturePrompt || spec.params.texture_prompt !== undefined) {
        fail('params', 'texture_image_url cannot be sent with a texture prompt (Meshy answers 400 parameters_conflict). Keep one.');
    }
}
function checkTextTo3d(spec, fail) {
    if (spec.inputTaskId && !spec.refine) {
        fail('refine', `with input-task-id (a model to texture), 'refine: false' leaves nothing to do. Remove one of them.`);
    }
    checkUntextured(spec, fail);
    checkOneTextureStyle(spec, fail);
}
/** Fields v2 refuses on the generation routes where v1 took them. */
const REFUSED_MODEL_TYPE = {
    model_type: 'Meshy API v2 refuses model_type; choose smart topology with ai-model meshy-t2.5 or meshy-t2'
};
/**
 * image-to-3d and multi-image-to-3d: the same fields and prices; they differ in how many images
 * they take and how the images are sent. A task id to start from replaces the images.
 */
function catalogue_imageTo3d(task, maxImages, images, extraFields) {
    const accepts = {
        ...NONE,
        texturePrompt: true,
        images: { min: 1, max: maxImages },
        inputTaskId: 'optional',
        targetFormats: true,
        aiModel: true,
        textureModel: true,
        promptMaxChars: PROMPT_3D_MAX_CHARS,
        check: (spec, fail) => {
            checkUntextured(spec, fail);
            checkOneTextureStyle(spec, fail);
        }
    };
    const kind = {
        task,
        resource: v2(task),
        meshyTypes: [task],
        accepts,
        fields: ['input_task_id', ...extraFields, ...GENERATION_FIELDS],
        refused: REFUSED_MODEL_TYPE,
        formats: MESH_FORMATS
    };
    return oneStep(kind, spec => ({
        ...(spec.inputTaskId ? { input_task_id: spec.inputTaskId } : images(spec)),
        ...optional('ai_model', spec.aiModel),
        ...(spec.params.should_texture === false
            ? {}
            : { ...textureModel(spec), ...optional('texture_prompt', spec.texturePrompt) }),
        ...targetFormats(spec, MESH_FORMATS)
    }));
}
/** Image tasks always send a model: Meshy requires ai_model there (docs/meshy-rules.md). */
function imageBody(spec) {
    return { ai_model: spec.aiModel || DEFAULT_IMAGE_MODEL, prompt: spec.prompt };
}
/** Retexture's style: a text prompt or a style image, sent under their v2 names. */
function retextureBody(spec) {
    const style = spec.prompt
        ? { texture_prompt: spec.prompt }
        : optional('texture_image_url', spec.images[0]?.value);
    return {
        ...modelSource(spec),
        ...style,
        ...textureModel(spec),
        ...targetFormats(spec, MESH_FORMATS)
    };
}
const RETEXTURE_RULES = {
    ...NONE,
    model: 'required',
    inputTaskId: 'optional',
    targetFormats: true,
    textureModel: true,
    promptMaxChars: PROMPT_3D_MAX_CHARS
};
const RETEXTURE_FIELDS = [
    'input_task_id',
    'model_url',
    'texture_model',
    'texture_prompt',
    'texture_image_url',
    'uv_mode',
    'texture_resolution',
    'target_formats',
    'enable_pbr',
    'remove_lighting'
];
/** v1 names that v2's retexture answers 400 to, with the v2 name. */
const RETEXTURE_REFUSED = {
    text_style_prompt: 'v2 names it texture_prompt (the prompt input sends it)',
    image_style_url: 'v2 names it texture_image_url (the image input sends it)',
    ai_model: 'retexture takes texture_model on v2 (the texture-model input)',
    enable_original_uv: 'v2 replaces it with uv_mode',
    hd_texture: 'v2 replaces it with texture_resolution: 4k'
};
/** What an animation plays: Meshy takes exactly one of them (400 otherwise). */
const ANIMATION_CHOICES = ['action_id', 'action_ids', 'motion_task_id'];
function checkOneAnimation(spec, fail) {
    const chosen = [
        ...(spec.actionId !== undefined ? ['action-id'] : []),
        ...ANIMATION_CHOICES.slice(1).filter(f => spec.params[f] !== undefined)
    ];
    if (chosen.length > 1) {
        fail('params', `animation plays exactly one of action-id, action_ids and motion_task_id (a text-to-motion task); got ${chosen.join(' and ')}.`);
    }
}
/** Remesh no longer resizes or converts on v2: even null or false gives 400. */
const REMESH_REFUSED = Object.fromEntries(['resize_height', 'resize_longest_side', 'origin_at', 'auto_size', 'convert_format_only'].map(field => [
    field,
    "Meshy API v2's remesh refuses it, even as null or false: resize or convert separately"
]));
/** Every format Meshy's convert builds (its page: FBX, USDZ, 3MF, STL, OBJ, Blend, and GLB). */
const CONVERT_FORMATS = ['glb', 'fbx', 'usdz', '3mf', 'stl', 'obj', 'blend'];
/** Resize returns the upload's format (GLB for a task, glTF or a data URI). */
const RESIZE_FORMATS = ['glb', 'fbx', 'obj', 'stl'];
/** A route that works on one model: an earlier task or the model input, never both. */
const ON_A_MODEL = { ...NONE, model: 'required', inputTaskId: 'optional' };
/** The v2 pipeline routes after generation (issue 28; docs/meshy-rules.md). */
const PIPELINE = {
    convert: oneStep({
        task: 'convert',
        resource: v2('convert'),
        meshyTypes: ['convert'],
        accepts: { ...ON_A_MODEL, targetFormats: true },
        fields: ['input_task_id', 'model_url', 'target_formats'],
        formats: CONVERT_FORMATS
    }, 
    // target_formats is the whole point of a convert: sent even for the default format.
    spec => ({
        ...modelSource(spec),
        target_formats: spec.formats.filter(f => CONVERT_FORMATS.includes(f))
    })),
    resize: oneStep({
        task: 'resize',
        resource: v2('resize'),
        meshyTypes: ['resize'],
        accepts: { ...ON_A_MODEL, size: true, check: checkResize },
        fields: [
            'input_task_id',
            'model_url',
            'resize_height',
            'resize_longest_side',
            'auto_size',
            'origin_at'
        ],
        formats: RESIZE_FORMATS
    }, spec => ({
        ...modelSource(spec),
        ...(spec.height !== undefined ? { resize_height: spec.height } : {}),
        ...optional('origin_at', spec.origin)
    })),
    'uv-unwrap': oneStep({
        task: 'uv-unwrap',
        resource: v2('uv-unwrap'),
        meshyTypes: ['uv-unwrap'],
        // GLB only; the face cap is Meshy's to check (its number is unconfirmed, its 400 names it).
        accepts: { ...ON_A_MODEL, modelTypes: ['glb'] },
        fields: ['input_task_id', 'model_url'],
        formats: ['glb']
    }, modelSource),
    // Free; its report (output shape unconfirmed) is kept whole and shown as JSON.
    'print-analyze': oneStep({
        task: 'print-analyze',
        resource: v2('print/analyze', 'print-analyze'),
        meshyTypes: ['print-analyze'],
        accepts: ON_A_MODEL,
        fields: ['input_task_id', 'model_url'],
        formats: []
    }, modelSource),
    'print-repair': oneStep({
        task: 'print-repair',
        resource: v2('print/repair', 'print-repair'),
        meshyTypes: ['print-repair'],
        accepts: ON_A_MODEL,
        fields: ['input_task_id', 'model_url'],
        formats: ['glb']
    }, modelSource),
    'text-to-motion': oneStep({
        task: 'text-to-motion',
        resource: v2('text-to-motion'),
        meshyTypes: ['text-to-motion'],
        accepts: {
            ...NONE,
            prompt: 'required',
            promptMaxChars: MOTION_PROMPT_MAX_CHARS,
            check: checkMotion
        },
        fields: ['prompt', 'duration', 'mode'],
        formats: ['fbx', 'bvh']
    }, spec => ({ prompt: spec.prompt }))
};
/**
 * The catalogue. Not frozen on purpose: a test adds a made-up task type as one entry and runs it
 * end to end, which proves that nothing else needs a change.
 */
const CATALOGUE = {
    'text-to-3d': {
        task: 'text-to-3d',
        resource: TEXT_TO_3D,
        // v1-era two-step tasks (preview, refine) still sit in users' lockfiles.
        meshyTypes: ['text-to-3d', 'text-to-3d-preview', 'text-to-3d-refine'],
        accepts: {
            ...NONE,
            prompt: 'required',
            texturePrompt: true,
            inputTaskId: 'optional',
            refine: true,
            targetFormats: true,
            aiModel: true,
            textureModel: true,
            promptMaxChars: PROMPT_3D_MAX_CHARS,
            inputTaskIdReplacesPrompt: true,
            inputTaskIdMeans: 'a SUCCEEDED text-to-3d task to texture',
            check: checkTextTo3d
        },
        fields: ['prompt', ...GENERATION_FIELDS, 'input_task_id', 'uv_mode'],
        refused: {
            ...REFUSED_MODEL_TYPE,
            mode: "requests with mode stop on 15 March 2027: the action makes one call ('refine' chooses textured or not)",
            preview_task_id: 'the action textures an earlier model through retexture (input-task-id)'
        },
        formats: MESH_FORMATS,
        steps: textTo3dSteps
    },
    'image-to-3d': catalogue_imageTo3d('image-to-3d', 1, spec => optional('image_url', spec.images[0]?.value), [
        'image_url'
    ]),
    'multi-image-to-3d': catalogue_imageTo3d('multi-image-to-3d', 4, spec => ({ image_urls: spec.images.map(i => i.value) }), ['image_urls', 'texture_image_urls']),
    // Meshy retired text-to-texture; texturing from text is Retexture with a style prompt.
    'text-to-texture': oneStep({
        task: 'text-to-texture',
        resource: RETEXTURE,
        meshyTypes: ['retexture'],
        accepts: { ...RETEXTURE_RULES, prompt: 'required' },
        fields: RETEXTURE_FIELDS,
        refused: RETEXTURE_REFUSED,
        formats: MESH_FORMATS
    }, retextureBody),
    retexture: oneStep({
        task: 'retexture',
        resource: RETEXTURE,
        meshyTypes: ['retexture'],
        accepts: {
            ...RETEXTURE_RULES,
            prompt: 'optional',
            images: { min: 0, max: 1 },
            promptOrImage: true
        },
        fields: RETEXTURE_FIELDS,
        refused: RETEXTURE_REFUSED,
        formats: MESH_FORMATS
    }, retextureBody),
    remesh: oneStep({
        task: 'remesh',
        resource: v2('remesh'),
        meshyTypes: ['remesh'],
        accepts: { ...NONE, model: 'required', inputTaskId: 'optional', targetFormats: true },
        fields: ['input_task_id', 'model_url', 'target_formats', 'topology', 'target_polycount'],
        refused: REMESH_REFUSED,
        formats: REMESH_FORMATS
    }, spec => ({
        ...modelSource(spec),
        ...targetFormats(spec, REMESH_FORMATS)
    })),
    rigging: oneStep({
        task: 'rigging',
        // v1 named its tasks `rig`; the v2 name is not documented, so v1's is kept.
        resource: v2('rigging', 'rig'),
        meshyTypes: ['rig'],
        // A textured humanoid GLB only (rigging docs; Meshy CLI's resource registry).
        accepts: { ...NONE, model: 'required', inputTaskId: 'optional', modelTypes: ['glb'] },
        fields: ['input_task_id', 'model_url', 'height_meters', 'skeleton_template'],
        refused: {
            texture_image_url: "Meshy API v2's rigging refuses it: the GLB's own textures are used"
        },
        formats: RIG_FORMATS
    }, modelSource),
    animation: oneStep({
        task: 'animation',
        resource: v2('animations', 'animate'),
        meshyTypes: ['animate'],
        accepts: {
            ...NONE,
            inputTaskId: 'required',
            actionId: true,
            actionIdOr: ANIMATION_CHOICES.slice(1),
            inputTaskIdMeans: 'the id of a SUCCEEDED rigging task',
            check: checkOneAnimation
        },
        fields: ['rig_task_id', ...ANIMATION_CHOICES, 'post_process'],
        formats: RIG_FORMATS
    }, spec => ({
        rig_task_id: spec.inputTaskId,
        ...(spec.actionId !== undefined ? { action_id: spec.actionId } : {})
    })),
    // No documented prompt limit on the image tasks, so promptMaxChars is left out.
    'text-to-image': oneStep({
        task: 'text-to-image',
        resource: v2('text-to-image'),
        meshyTypes: ['text-to-image'],
        accepts: { ...NONE, prompt: 'required', aiModel: true },
        fields: ['ai_model', 'prompt', 'aspect_ratio'],
        formats: []
    }, imageBody),
    'image-to-image': oneStep({
        task: 'image-to-image',
        resource: v2('image-to-image'),
        meshyTypes: ['image-to-image'],
        accepts: { ...NONE, prompt: 'required', images: { min: 1, max: 5 }, aiModel: true },
        fields: ['ai_model', 'prompt', 'reference_image_urls', 'input_task_id'],
        formats: []
    }, spec => ({
        ...imageBody(spec),
        reference_image_urls: spec.images.map(i => i.value)
    })),
    ...PIPELINE
};
/** Every task type, in catalogue order: the one list that inputs, hints and docs use. */
function catalogue_taskTypes() {
    return Object.keys(CATALOGUE);
}
function catalogue_isTaskType(name) {
    return Object.hasOwn(CATALOGUE, name);
}
function catalogue_kindOf(task) {
    const kind = CATALOGUE[task];
    if (!kind)
        throw new Error(`'${task}' is not in the task catalogue`);
    return kind;
}
/** The task kind whose tasks carry this Meshy `type` (a picked-up task's prices and files). */
function kindForMeshyType(type) {
    return Object.values(CATALOGUE).find(k => type !== undefined && k.meshyTypes.includes(type));
}

;// CONCATENATED MODULE: ./src/tasks/spec-checks.ts
// Checks of a task spec against Meshy's current rules that need more than its shape: fields the
// route refuses or does not list, and models near or past their retirement. Pure; config turns
// the answers into errors (before any request) and warnings.


/** The first params field the route refuses, with what to use instead. */
function spec_checks_refusedParam(spec) {
    const refused = kindOf(spec.task).refused ?? {};
    const field = Object.keys(spec.params).find(key => Object.hasOwn(refused, key));
    return field === undefined ? undefined : { field, why: refused[field] };
}
/** Params fields the catalogue does not list for the route: Meshy may answer 400 to them. */
function spec_checks_unlistedParams(spec) {
    const { fields, refused = {} } = kindOf(spec.task);
    return Object.keys(spec.params).filter(key => !fields.includes(key) && !Object.hasOwn(refused, key));
}
/** The spec's models that are retired or retire within the notice period, as of `nowMs`. */
function spec_checks_modelNotices(spec, nowMs) {
    const kind = kindOf(spec.task);
    const named = [];
    if (kind.accepts.aiModel)
        named.push(['ai-model', 'ai_model', modelName(spec, 'ai_model')]);
    if (kind.accepts.textureModel)
        named.push(['texture-model', 'texture_model', modelName(spec, 'texture_model')]);
    const notices = [];
    for (const [input, role, name] of named) {
        const life = lifecycle(findModel(role, name), nowMs);
        if (life.state !== 'active')
            notices.push({ input, name, life, sentence: lifecycleSentence(name, life) });
    }
    return notices;
}
/** The model a request will name: the input, or the same field set through params. */
function modelName(spec, field) {
    const input = field === 'ai_model' ? spec.aiModel : spec.textureModel;
    const param = spec.params[field];
    return input || (typeof param === 'string' ? param : '');
}

;// CONCATENATED MODULE: ./src/config/spec-rules.ts
// The rules of a checked spec that depend on the day or only warn: a retired model fails before
// any request (naming Meshy's replacement), a model retiring within 30 days warns with its date,
// and a params field Meshy's route does not list warns (v2 answers 400 to unknown fields).


/** Throws for a retired model; returns the warnings. `nowMs` is the run's clock. */
function spec_rules_specRuleWarnings(spec, nowMs, where = f => f) {
    const warnings = [];
    for (const notice of modelNotices(spec, nowMs)) {
        if (notice.life.state === 'retired') {
            throw new ConfigurationError(where(notice.input), `${notice.sentence}.`);
        }
        warnings.push(`Input '${where(notice.input)}': ${notice.sentence}.`);
    }
    const unlisted = unlistedParams(spec);
    if (unlisted.length > 0) {
        const names = unlisted.map(f => `'${f}'`).join(', ');
        warnings.push(`Input '${where('params')}': ${names} ${unlisted.length === 1 ? 'is' : 'are'} not among the fields Meshy documents for ${spec.task}; ` +
            `Meshy may answer 400 (which costs nothing). It is sent as given.`);
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/tasks/fields.ts

/** Which input sets each request field the action writes itself. */
const FIELD_INPUT = {
    prompt: 'prompt',
    texture_prompt: 'texture-prompt',
    ai_model: 'ai-model',
    texture_model: 'texture-model',
    should_texture: 'refine',
    target_formats: 'formats',
    image_url: 'image',
    image_urls: 'image',
    texture_image_url: 'image',
    reference_image_urls: 'image',
    model_url: 'model',
    input_task_id: 'input-task-id',
    rig_task_id: 'input-task-id',
    action_id: 'action-id',
    resize_height: 'height',
    origin_at: 'origin'
};
/**
 * Request fields that the spec's explicit inputs set, mapped to the input's name. Defaults the
 * user did not write (ai_model of image tasks, texture_model, target_formats from the default
 * format) are left out, so `params` may still override them.
 */
function fields_fieldsSetByInputs(spec) {
    const bare = { ...spec, params: {} };
    const previous = { id: 'previous', status: 'SUCCEEDED' };
    const fields = {};
    for (const step of kindOf(spec.task).steps(bare)) {
        for (const key of Object.keys(step.body(previous))) {
            fields[key] = FIELD_INPUT[key] ?? (spec.inputTaskId ? 'input-task-id' : 'refine');
        }
    }
    // Retexture's style prompt is the prompt input, sent as texture_prompt.
    if (fields.texture_prompt && !kindOf(spec.task).accepts.texturePrompt)
        fields.texture_prompt = 'prompt';
    if (!spec.aiModel)
        delete fields.ai_model;
    if (!spec.textureModel)
        delete fields.texture_model;
    if (!spec.formatsExplicit)
        delete fields.target_formats;
    return fields;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/assets/sniff.ts
// Recognises file types by their first bytes, never by name or Content-Type header.
const sniff_MIME_TYPES = {
    png: 'image/png',
    jpeg: 'image/jpeg',
    webp: 'image/webp',
    glb: 'model/gltf-binary',
    gltf: 'model/gltf+json',
    obj: 'application/octet-stream',
    fbx: 'application/octet-stream',
    stl: 'application/octet-stream',
    zip: 'application/zip',
    unknown: 'application/octet-stream'
};
const PNG = (/* unused pure expression or super */ null && ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
const JPEG = (/* unused pure expression or super */ null && ([0xff, 0xd8, 0xff]));
function startsWith(head, bytes) {
    return bytes.every((b, i) => head[i] === b);
}
// Some line starts (after spaces) with an OBJ keyword. Every pattern here has a single quantifier
// per position, none nested: bytes from an asset host or a checkout are matched in linear time
// (a nested `(a|\s*)*` took exponential time on 64 bytes of spaces and blocked every deadline).
const OBJ_LINE = /^[ \t\r\f\v]*(?:v|vn|vt|o|g|mtllib|usemtl|f)\s/m;
/** Looks at up to the first 512 bytes of a file. */
function sniff_sniff(head) {
    if (startsWith(head, PNG))
        return 'png';
    if (startsWith(head, JPEG))
        return 'jpeg';
    if (isWebp(head))
        return 'webp';
    const text = Buffer.from(head.subarray(0, 512)).toString('latin1');
    // RIFF container, 4 size bytes, then the WEBP form type.
    if (text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP')
        return 'webp';
    if (text.startsWith('glTF'))
        return 'glb';
    if (text.startsWith('Kaydara FBX Binary'))
        return 'fbx';
    if (text.startsWith('PK\u0003\u0004'))
        return 'zip';
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    if (trimmed.startsWith('{') && /"asset"\s*:/.test(trimmed))
        return 'gltf';
    if (/^solid\s/i.test(trimmed))
        return 'stl';
    if (/^; FBX \d/.test(trimmed))
        return 'fbx';
    if (OBJ_LINE.test(trimmed) && !text.includes('\0'))
        return 'obj';
    // A binary STL: an 80-byte header then a little-endian triangle count that fits the size
    // is only checkable with the length; callers pass the length through isBinaryStl().
    return 'unknown';
}
/** RIFF, a 4-byte size, then WEBP. */
function isWebp(head) {
    const text = Buffer.from(head.subarray(0, 12)).toString('latin1');
    return text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP';
}
// usdz and 3mf are zip archives; OBJ, MTL, STL (ASCII or binary) and blend have no check here.
const BY_EXTENSION = {
    glb: 'glb',
    fbx: 'fbx',
    usdz: 'zip',
    '3mf': 'zip',
    png: 'png',
    jpg: 'jpeg',
    jpeg: 'jpeg',
    webp: 'webp'
};
/** What a file named like this must start with, or undefined when its format has no magic. */
function expectedFromName(fileName) {
    const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
    return ext === undefined ? undefined : BY_EXTENSION[ext];
}
/** Whether a sniffed type satisfies an expectation ('image' takes PNG, JPEG or WebP). */
function satisfies(found, expected) {
    if (expected === 'image')
        return found === 'png' || found === 'jpeg' || found === 'webp';
    return found === expected;
}
/** A binary STL has no magic: 80-byte header, uint32 count, 50 bytes per triangle. */
function sniff_isBinaryStl(head, size) {
    if (head.length < 84 || size < 84)
        return false;
    const count = Buffer.from(head).readUInt32LE(80);
    return 84 + count * 50 === size;
}
/** The image types Meshy takes as input (v2: JPG, PNG or WebP). */
function isImage(type) {
    return type === 'png' || type === 'jpeg' || type === 'webp';
}
function isModel(type) {
    return type === 'glb' || type === 'gltf' || type === 'obj' || type === 'fbx' || type === 'stl';
}

;// CONCATENATED MODULE: ./src/config/limits.ts
// Limits the action enforces before any paid request. Kept together so a change in Meshy's
// documented limits (docs/meshy-rules.md) is a one-line edit.
// Prompt limits are per task type: see promptMaxChars in tasks/catalogue.ts.
/** Meshy's image limit for image-to-3d and image-to-image: 20 MB, in decimal bytes (v2 docs). */
const IMAGE_MAX_BYTES = 20_000_000;
/** Largest model we turn into a data URI: Meshy's v2 limit for model data URIs, 100 MB. */
const MODEL_MAX_BYTES = 100_000_000;
/** GitHub's own job limit is 6 h; waiting longer can never finish. */
const limits_TIMEOUT_MAX_MINUTES = 360;
const limits_TIMEOUT_DEFAULT_MINUTES = 30;
const limits_CONCURRENCY_MAX = 100;
const limits_SHARD_MAX = 256;
const limits_DEFAULT_FORMATS = 'glb';
const limits_DEFAULT_DOWNLOAD = 'model,thumbnail';
const limits_DEFAULT_OUTPUT_DIR = 'meshy-output';

;// CONCATENATED MODULE: ./src/config/media.ts
// Turns one `image`/`model` value into what Meshy accepts: an https URL, or a data URI (given,
// or built from a workspace file). Everything is checked here so a bad file never costs a
// paid request: location, existence, size, and the real type by magic bytes.






const media_RULES = {
    image: { max: IMAGE_MAX_BYTES, ok: isImage, what: 'a PNG, JPEG or WebP image' },
    model: { max: MODEL_MAX_BYTES, ok: isModel, what: 'a GLB, glTF, OBJ, FBX or STL model' }
};
const ACCEPTS = 'Use an https URL, a data URI (data:<mime>;base64,...), or a path to a file in the workspace.';
function media_resolveMedia(raw, kind, ctx) {
    const value = raw.trim();
    if (kind === 'image' && /,\s*(https?:\/\/|data:)/i.test(value)) {
        throw new ConfigurationError(ctx.input, `'${shortValue(value)}' holds several values separated by commas. ${ONE_PER_LINE}`);
    }
    if (/^data:/i.test(value))
        return { value: checkDataUri(value, kind, ctx.input) };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return { value: checkUrl(value, ctx.input) };
    return readMediaFile(value, kind, ctx);
}
function isLoopback(host) {
    const h = host.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
function checkUrl(value, input) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new ConfigurationError(input, `'${value}' is not a valid URL. ${ACCEPTS}`);
    }
    const httpOk = url.protocol === 'http:' && isLoopback(url.hostname);
    if (url.protocol !== 'https:' && !httpOk) {
        throw new ConfigurationError(input, `'${url.protocol}' URLs are not accepted (http only for loopback hosts). ${ACCEPTS}`);
    }
    return value;
}
function decodedSize(payload) {
    const pad = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
    return (payload.length / 4) * 3 - pad;
}
function checkDataUri(value, kind, input) {
    const match = /^data:([a-z]+\/[a-z0-9.+-]+)((?:;[a-z0-9-]+=[^;,]+)*);base64,(.*)$/is.exec(value);
    if (!match) {
        throw new ConfigurationError(input, `the data URI is malformed. Use data:<mime>;base64,<payload>.`);
    }
    const payload = match[3].replace(/\s+/g, '');
    if (payload === '' || payload.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(payload)) {
        throw new ConfigurationError(input, `the data URI payload is not valid base64. Use data:<mime>;base64,<payload>.`);
    }
    const rule = media_RULES[kind];
    if (decodedSize(payload) > rule.max) {
        throw new ConfigurationError(input, `the data URI is larger than ${mb(rule.max)}. Use an https URL instead.`);
    }
    const bytes = Buffer.from(payload, 'base64');
    const type = sniffBytes(bytes, bytes.length);
    if (!rule.ok(type)) {
        throw new ConfigurationError(input, `the data URI does not hold ${rule.what} (found: ${type}).`);
    }
    return `data:${match[1]}${match[2]};base64,${payload}`;
}
const MODEL_EXTENSIONS = (/* unused pure expression or super */ null && (['glb', 'gltf', 'obj', 'fbx', 'stl']));
/**
 * The model type of a checked `model` value: sniffed from a data URI's bytes (workspace files
 * arrive here as data URIs), or read from a URL path's extension. Undefined when a URL does not
 * say (Meshy then judges it).
 */
function media_modelTypeOf(value) {
    const data = /^data:[^,]*;base64,(.*)$/is.exec(value);
    if (data) {
        const bytes = Buffer.from(data[1], 'base64');
        return sniffBytes(bytes, bytes.length);
    }
    let path;
    try {
        path = new URL(value).pathname.toLowerCase();
    }
    catch {
        return undefined;
    }
    const ext = /\.([a-z0-9]+)$/.exec(path)?.[1];
    return ext && MODEL_EXTENSIONS.includes(ext) ? ext : undefined;
}
function sniffBytes(head, size) {
    const type = sniff(head.subarray(0, 512));
    return type === 'unknown' && isBinaryStl(head, size) ? 'stl' : type;
}
/** Meshy states its limits in decimal megabytes (20 MB = 20,000,000 bytes). */
function mb(bytes) {
    return `${Math.floor(bytes / 1e5) / 10} MB`;
}
function readMediaFile(path, kind, ctx) {
    const abs = locate(path, ctx);
    const rule = media_RULES[kind];
    const stat = statSync(abs);
    if (!stat.isFile())
        throw new ConfigurationError(ctx.input, `'${path}' is not a file. ${ACCEPTS}`);
    if (stat.size === 0)
        throw new ConfigurationError(ctx.input, `'${path}' is empty. Use ${rule.what}.`);
    if (stat.size > rule.max) {
        throw new ConfigurationError(ctx.input, `'${path}' is ${mb(stat.size)}; Meshy takes files up to ${mb(rule.max)} inline. Upload it elsewhere and use an https URL.`);
    }
    const bytes = readOrFail(abs, path, ctx.input);
    const type = sniffBytes(bytes, bytes.length);
    if (!rule.ok(type)) {
        throw new ConfigurationError(ctx.input, `'${path}' is not ${rule.what} (its content looks like: ${type}).`);
    }
    if (type === 'gltf')
        checkSelfContained(bytes, path, ctx.input);
    const mime = MIME_TYPES[type];
    return {
        value: `data:${mime};base64,${bytes.toString('base64')}`,
        file: {
            path: workspaceRelative(ctx.workspace, abs),
            sha256: createHash('sha256').update(bytes).digest('hex'),
            bytes: bytes.length,
            mime
        }
    };
}
function locate(path, ctx) {
    let abs;
    try {
        abs = resolveInWorkspace(ctx.workspace, path, ctx.baseDir);
    }
    catch (err) {
        if (!(err instanceof PathEscapeError))
            throw err;
        throw new ConfigurationError(ctx.input, `'${path}' is outside the workspace. ${ACCEPTS}`);
    }
    try {
        statSync(abs);
    }
    catch {
        throw new ConfigurationError(ctx.input, notFound(path, abs, ctx));
    }
    return abs;
}
const ONE_PER_LINE = 'Give several images one per line (a YAML block such as `image: |`, or a list in a manifest), not separated by commas.';
/** Says where we looked, since "not found" alone leaves the user guessing which folder we meant. */
function notFound(path, abs, ctx) {
    const tried = workspaceRelative(ctx.workspace, abs);
    let message = `'${path}' was not found: looked for ${tried} in the workspace (${ctx.workspace}).`;
    if (ctx.fromManifest) {
        const folder = workspaceRelative(ctx.workspace, ctx.baseDir) || '.';
        message += ` Paths in a manifest are relative to the manifest's folder (${folder}), not to the workspace.`;
    }
    if (path.includes(','))
        message += ` ${ONE_PER_LINE}`;
    return `${message} ${ACCEPTS}`;
}
function shortValue(value) {
    return value.length > 120 ? `${value.slice(0, 117)}...` : value;
}
function readOrFail(abs, path, input) {
    try {
        return readFileSync(abs);
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new ConfigurationError(input, `'${path}' cannot be read (${code}). ${ACCEPTS}`);
    }
}
/** A .gltf whose buffers live in side files cannot travel as one data URI. */
function checkSelfContained(bytes, path, input) {
    let doc;
    try {
        doc = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new ConfigurationError(input, `'${path}' is not valid glTF JSON. Use a .glb file instead.`);
    }
    const external = [...(doc.buffers ?? []), ...(doc.images ?? [])].some(b => typeof b.uri === 'string' && !b.uri.startsWith('data:'));
    if (external) {
        throw new ConfigurationError(input, `'${path}' refers to side files (buffers or images), which cannot be sent. Use a .glb file instead.`);
    }
}

;// CONCATENATED MODULE: ./src/config/param-media.ts
// Image fields Meshy documents that the action has no input of its own for (texture reference
// images: `texture_image_url`, and multi-image-to-3d's `texture_image_urls`). They come through
// `params`; a workspace path there is read and sent as a data URI, exactly as for `image`, so a
// repository's own reference art needs no hosting. Only where the route lists the field.

/** Meshy's count for texture_image_urls: 1 to 4 views (MCP v0.6.0; unconfirmed on v2). */
const MAX_TEXTURE_IMAGES = 4;
/**
 * The params with each listed image field resolved. A data URI made from a file goes into the
 * request hash whole, so a changed file changes the hash, like an `image` file does.
 */
function param_media_resolveParamMedia(params, routeFields, input, resolve) {
    const one = (value, field) => {
        if (typeof value !== 'string' || value.trim() === '') {
            throw new ConfigurationError(input, `${field} must be an image: ${param_media_ACCEPTS}`);
        }
        return resolve(value, field).value;
    };
    const out = { ...params };
    if (routeFields.includes('texture_image_url') && out.texture_image_url !== undefined) {
        out.texture_image_url = one(out.texture_image_url, 'texture_image_url');
    }
    const list = out.texture_image_urls;
    if (routeFields.includes('texture_image_urls') && list !== undefined) {
        if (!Array.isArray(list) || list.length < 1 || list.length > MAX_TEXTURE_IMAGES) {
            throw new ConfigurationError(input, `texture_image_urls must be a list of 1 to ${MAX_TEXTURE_IMAGES} images (${param_media_ACCEPTS}).`);
        }
        out.texture_image_urls = list.map((v, i) => one(v, `texture_image_urls[${i}]`));
    }
    return out;
}
const param_media_ACCEPTS = 'an https URL, a data URI, or a path to a PNG/JPEG/WebP file in the workspace';

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/params.ts
// The `params` input: extra request fields as a JSON or YAML mapping, sent as they are so new
// API fields work without a new release of the action.


const HELP = 'Use a JSON or YAML mapping, e.g. {"topology": "quad", "target_polycount": 5000}.';
function params_parseParams(input, raw) {
    if (raw === undefined || raw === '')
        return {};
    let value = raw;
    if (typeof raw === 'string') {
        try {
            value = parse(raw);
        }
        catch (err) {
            const why = err instanceof Error ? err.message.split('\n')[0] : 'unreadable';
            throw new ConfigurationError(input, `is not valid JSON or YAML (${why}). ${HELP}`);
        }
    }
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(input, `must be a mapping of field names to values, not ${Array.isArray(value) ? 'a list' : 'a single value'}. ${HELP}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/config/parse.ts
// Small parsers for the shapes GitHub users write into `with:` blocks. Each throws a
// ConfigurationError that names the input and says what it accepts.


const TRUE_WORDS = (/* unused pure expression or super */ null && (['true', 'yes', 'on', '1']));
const FALSE_WORDS = (/* unused pure expression or super */ null && (['false', 'no', 'off', '0']));
/** true/false/yes/no/on/off/1/0 in any case; empty (or unset) gives the default. */
function parse_parseBoolean(input, raw, fallback) {
    if (typeof raw === 'boolean')
        return raw;
    const word = (raw ?? '').trim().toLowerCase();
    if (word === '')
        return fallback;
    if (TRUE_WORDS.includes(word))
        return true;
    if (FALSE_WORDS.includes(word))
        return false;
    throw new ConfigurationError(input, `'${raw}' is not a boolean. Use true or false (also yes/no, on/off, 1/0).`);
}
/** Splits on commas, whitespace and newlines; drops empties. Arrays (from manifests) pass through. */
function parse_parseList(raw) {
    const parts = Array.isArray(raw) ? raw.map(String) : [raw ?? ''];
    return parts.flatMap(p => p.split(/[\s,]+/)).filter(p => p !== '');
}
/** Newline-separated values (URLs and paths may contain commas and spaces). */
function parse_parseLines(raw) {
    const parts = Array.isArray(raw) ? raw.map(String) : (raw ?? '').split(/\r?\n/);
    return parts.map(p => p.trim()).filter(p => p !== '');
}
/** Picks words from a fixed list, or `all` for every one; `none` (when allowed) for nothing. */
function parse_parseChoices(input, raw, accepted, fallback, allowNone = false) {
    let words = parse_parseList(raw).map(w => w.toLowerCase());
    if (words.length === 0)
        words = parse_parseList(fallback);
    const extra = allowNone ? ', all, or none' : ', or all';
    const help = `Use a comma separated list of ${accepted.join(', ')}${extra}.`;
    if (words.includes('all') || words.includes('none')) {
        if (words.length > 1)
            throw new ConfigurationError(input, `'${words.join(',')}' mixes all/none with other values. ${help}`);
        if (words[0] === 'all')
            return [...accepted];
        if (allowNone)
            return [];
    }
    const unknown = words.filter(w => !accepted.includes(w));
    if (unknown.length > 0)
        throw new ConfigurationError(input, `'${unknown.join(', ')}' is not accepted. ${help}`);
    return [...new Set(words)];
}
/** A positive decimal number (fractions allowed) no larger than `max`. */
function parse_parsePositiveNumber(input, raw, fallback, max) {
    const text = raw.trim();
    if (text === '')
        return fallback;
    const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : NaN;
    if (!(value > 0) || value > max) {
        throw new ConfigurationError(input, `'${raw}' is not accepted. Use a number greater than 0 and at most ${max}.`);
    }
    return value;
}
/** A whole number in [min, max]; empty gives undefined. Numbers from manifests pass through. */
function parse_parseInteger(input, raw, min, max = Number.MAX_SAFE_INTEGER) {
    const text = String(raw ?? '').trim();
    if (text === '')
        return undefined;
    const value = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
        throw new ConfigurationError(input, `'${text}' is not accepted. Use a whole number ${range}.`);
    }
    return value;
}
/** Meshy task ids are UUIDs (meshy/task-id.ts); anything else is a typo, a URL or a path. */
function parse_parseTaskId(input, raw) {
    const id = (raw ?? '').trim();
    const shown = id.slice(0, 80);
    if (id !== '' && !isTaskId(id)) {
        throw new ConfigurationError(input, `'${shown}' is not a Meshy task id. Use the id Meshy returned, a UUID such as ` +
            `01a07f5e-81c7-7111-86f2-f6d2f80b2093.`);
    }
    return id;
}

;// CONCATENATED MODULE: ./src/config/task-spec.ts
// One task's inputs → a checked TaskSpec. Shared by single-task mode (action inputs) and batch
// mode (one manifest asset at a time), so both accept exactly the same things.










function task_spec_parseTaskType(input, raw) {
    const task = (raw ?? '').trim();
    if (task === '')
        return undefined;
    if (!isTaskType(task)) {
        throw new ConfigurationError(input, `'${task}' is not a task type. Use one of: ${taskTypes().join(', ')}.`);
    }
    return task;
}
/**
 * A spec that asks for nothing beyond its task and what to download: no prompt, images or model.
 * Picking up an existing task needs no more.
 */
function blankSpec(task, selection) {
    return {
        task,
        prompt: '',
        texturePrompt: '',
        images: [],
        inputTaskId: '',
        aiModel: '',
        textureModel: '',
        refine: true,
        params: {},
        ...selection
    };
}
function task_spec_buildTaskSpec(raw, ctx) {
    const where = ctx.where ?? (field => field);
    const task = task_spec_parseTaskType(where('task'), raw.task);
    if (!task) {
        throw new ConfigurationError(where('task'), `is required. Use one of: ${taskTypes().join(', ')}.`);
    }
    const kind = kindOf(task);
    const text = (field) => String(raw[field] ?? '').trim();
    const limit = kind.accepts.promptMaxChars;
    const spec = {
        task,
        prompt: checkPrompt(where('prompt'), text('prompt'), limit),
        texturePrompt: checkPrompt(where('texture-prompt'), text('texture-prompt'), limit),
        images: [],
        inputTaskId: parseTaskId(where('input-task-id'), text('input-task-id')),
        aiModel: checkModelName(where('ai-model'), text('ai-model'), 'an ai_model such as meshy-7.1'),
        textureModel: checkModelName(where('texture-model'), text('texture-model'), 'a texture_model such as meshy-7 or meshy-n1'),
        refine: parseBoolean(where('refine'), raw.refine, true),
        actionId: parseInteger(where('action-id'), raw['action-id'], 0),
        ...sizeOf(raw, where),
        params: parseParams(where('params'), raw.params),
        ...formatsOf(where('formats'), raw.formats, kind),
        download: parseChoices(where('download'), raw.download, DOWNLOAD_KINDS, DEFAULT_DOWNLOAD, true)
    };
    const imageValues = parseLines(raw.image);
    const modelValues = parseLines(raw.model);
    checkShape(spec, kind, { images: imageValues.length, models: modelValues.length }, where);
    // Placeholders stand in for the media so the check sees every field an input sets.
    const placeholder = { value: 'media' };
    checkParams({
        ...spec,
        images: imageValues.map(() => placeholder),
        model: modelValues.length > 0 ? placeholder : undefined
    }, where);
    // Files last: the cheap checks above fail fast without reading anything.
    const media = (kind, field) => (value) => resolveMedia(value, kind, {
        workspace: ctx.workspace,
        baseDir: ctx.baseDir,
        input: where(field),
        fromManifest: ctx.fromManifest
    });
    spec.images = imageValues.map(media('image', 'image'));
    spec.params = resolveParamMedia(spec.params, kind.fields, where('params'), (value, field) => resolveMedia(value, 'image', {
        workspace: ctx.workspace,
        baseDir: ctx.baseDir,
        input: `${where('params')} (${field})`,
        fromManifest: ctx.fromManifest
    }));
    const model = modelValues.map(media('model', 'model'))[0];
    if (model)
        checkModelType(model, kind, where('model'));
    return model ? { ...spec, model } : spec;
}
/** Only where Meshy documents a limit (the catalogue's promptMaxChars); elsewhere none. */
function checkPrompt(input, prompt, max) {
    if (max !== undefined && prompt.length > max) {
        throw new ConfigurationError(input, `is ${prompt.length} characters long; Meshy accepts at most ${max}.`);
    }
    return prompt;
}
/** A task that takes only some model types (rigging: GLB) refuses the others before paying. */
function checkModelType(model, kind, input) {
    const allowed = kind.accepts.modelTypes;
    if (!allowed)
        return;
    const type = modelTypeOf(model.value);
    if (type === undefined || allowed.includes(type))
        return;
    const names = allowed.map(t => t.toUpperCase()).join(' or ');
    throw new ConfigurationError(input, `${kind.task} takes a ${names} model only; this one is ${type.toUpperCase()}. ` +
        `Convert it to ${names} first (e.g. with remesh, formats: ${allowed.join(',')}), or use input-task-id.`);
}
/** Largest height resize is asked for, in metres: far above any real asset, below a typo's 1e9. */
const MAX_HEIGHT_METRES = 10_000;
/** resize's height (metres) and origin; absent when not given. */
function sizeOf(raw, where) {
    const height = String(raw.height ?? '').trim();
    const origin = String(raw.origin ?? '').trim();
    if (origin !== '' && !/^[a-z][a-z_-]{0,31}$/.test(origin)) {
        throw new ConfigurationError(where('origin'), `'${origin}' is not an origin. Use e.g. bottom.`);
    }
    return {
        ...(height !== ''
            ? { height: parsePositiveNumber(where('height'), height, 0, MAX_HEIGHT_METRES) }
            : {}),
        ...(origin !== '' ? { origin } : {})
    };
}
function checkModelName(input, model, example) {
    if (model !== '' && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(model)) {
        throw new ConfigurationError(input, `'${model}' is not a model name. Use ${example}.`);
    }
    return model;
}
function formatsOf(input, raw, kind) {
    const words = parseList(raw).map(w => w.toLowerCase());
    const parsed = parseChoices(input, raw, MODEL_FORMATS, DEFAULT_FORMATS);
    // Image tasks make no model file: formats there is ignored, and unusedFormats says so.
    if (kind.formats.length === 0)
        return { formats: parsed, formatsExplicit: words.length > 0 };
    if (words.includes('all'))
        return { formats: [...kind.formats], formatsExplicit: true };
    // The default is indistinguishable from `glb` written out, and means the same; a task that
    // makes no GLB (text-to-motion) defaults to the first format it makes.
    const explicit = words.length > 0 && parsed.join(',') !== DEFAULT_FORMATS;
    if (!explicit && !kind.formats.includes(parsed[0]))
        return { formats: [kind.formats[0]], formatsExplicit: false };
    // Checked for every task, not only where formats become target_formats: a rig task asked for
    // OBJ would be paid for and then fail, having no OBJ to download.
    const unbuildable = parsed.filter(f => !kind.formats.includes(f));
    if (unbuildable.length > 0) {
        throw new ConfigurationError(input, `${kind.task} cannot produce ${unbuildable.join(', ')}. Use any of ${kind.formats.join(', ')}, or all.`);
    }
    return { formats: parsed, formatsExplicit: explicit };
}
/** The warning for `formats` set on a task that produces images only, or undefined. */
function task_spec_unusedFormats(spec, input) {
    if (!spec.formatsExplicit || kindOf(spec.task).formats.length > 0)
        return undefined;
    return `${input}: ${spec.task} produces images, not model files, so formats is ignored; remove it.`;
}
/** The inputs a task takes, for "use one of" hints. */
function acceptedInputs(rules) {
    const names = [
        ['prompt', rules.prompt !== 'no'],
        ['texture-prompt', rules.texturePrompt],
        ['image', rules.images !== null],
        ['model', rules.model !== 'no'],
        ['input-task-id', rules.inputTaskId !== 'no'],
        ['ai-model', rules.aiModel],
        ['texture-model', rules.textureModel === true],
        ['refine', rules.refine],
        ['action-id', rules.actionId],
        ['height', rules.size === true],
        ['origin', rules.size === true],
        ['params', true],
        ['formats', true],
        ['download', true]
    ];
    return names.filter(([, ok]) => ok).map(([name]) => name);
}
function checkShape(spec, kind, counts, where) {
    const rules = kind.accepts;
    const task = spec.task;
    const fail = (field, message) => {
        throw new ConfigurationError(where(field), message);
    };
    const notTaken = (field, what) => fail(field, `${task} does not take ${what}. Inputs for ${task}: ${acceptedInputs(rules).join(', ')}.`);
    const given = {
        prompt: spec.prompt !== '',
        texturePrompt: spec.texturePrompt !== '',
        inputTaskId: spec.inputTaskId !== '',
        actionId: spec.actionId !== undefined,
        aiModel: spec.aiModel !== '',
        textureModel: spec.textureModel !== ''
    };
    if (given.prompt && rules.prompt === 'no')
        notTaken('prompt', 'a prompt');
    if (given.texturePrompt && !rules.texturePrompt)
        notTaken('texture-prompt', 'a texture prompt');
    if (counts.images > 0 && !rules.images)
        notTaken('image', 'an image');
    if (counts.models > 0 && rules.model === 'no')
        notTaken('model', 'a model');
    if (given.inputTaskId && rules.inputTaskId === 'no')
        notTaken('input-task-id', 'an input task id');
    if (given.actionId && !rules.actionId)
        notTaken('action-id', 'an action id');
    if (given.aiModel && !rules.aiModel)
        notTaken('ai-model', 'an ai-model');
    if (given.textureModel && !rules.textureModel)
        notTaken('texture-model', 'a texture-model');
    if (spec.height !== undefined && !rules.size)
        notTaken('height', 'a height');
    if (spec.origin !== undefined && !rules.size)
        notTaken('origin', 'an origin');
    if (!spec.refine && !rules.refine) {
        const refiners = taskTypes().filter(t => kindOf(t).accepts.refine);
        notTaken('refine', `'refine: false' (only ${refiners.join(', ')} refines)`);
    }
    if (given.inputTaskId && rules.inputTaskIdReplacesPrompt) {
        if (given.prompt)
            fail('prompt', `is not used when input-task-id names ${rules.inputTaskIdMeans ?? 'an earlier task'}. Remove prompt or input-task-id.`);
    }
    else if (rules.prompt === 'required' && !given.prompt) {
        const max = rules.promptMaxChars ? ` (at most ${rules.promptMaxChars} characters)` : '';
        fail('prompt', `${task} needs a prompt${max}.`);
    }
    if (rules.promptOrImage) {
        if (given.prompt === counts.images > 0) {
            fail('prompt', `${task} needs exactly one style: a prompt (text style) or one image (image style), not ${given.prompt ? 'both' : 'neither'}.`);
        }
    }
    if (rules.images && rules.images.min > 0)
        checkSource(counts.images, 'image', given.inputTaskId, rules.images, rules, fail, task);
    else if (rules.images && counts.images > rules.images.max) {
        fail('image', `${task} takes at most ${rules.images.max} image(s); got ${counts.images}.`);
    }
    if (counts.models > 1)
        fail('model', `${task} takes one model; got ${counts.models} lines.`);
    if (rules.model === 'required')
        checkModelSource(counts.models > 0, given.inputTaskId, fail, task);
    if (rules.inputTaskId === 'required' && !given.inputTaskId) {
        fail('input-task-id', `${task} needs input-task-id (${rules.inputTaskIdMeans ?? 'an earlier task'}).`);
    }
    const standIn = rules.actionIdOr?.some(field => spec.params[field] !== undefined) ?? false;
    if (rules.actionId && !given.actionId && !standIn) {
        const or = rules.actionIdOr?.length ? ` (or ${rules.actionIdOr.join(' or ')} in params)` : '';
        fail('action-id', `${task} needs action-id: a whole number from Meshy's animation catalogue (e.g. 92)${or}.`);
    }
    rules.check?.(spec, fail);
}
/** Images as the source of a task: between min and max, or an input task instead. */
function checkSource(count, field, byTask, { min, max }, rules, fail, task) {
    const range = min === max ? `${min}` : `${min} to ${max}`;
    if (byTask && count > 0)
        fail(field, `give either image or input-task-id for ${task}, not both.`);
    if (byTask)
        return;
    if (count < min || count > max) {
        const alt = rules.inputTaskId !== 'no' ? ' (or input-task-id)' : '';
        fail(field, `${task} needs ${range} image(s)${alt}, one per line; got ${count}. Each is an https URL, a data URI, or a workspace path.`);
    }
}
function checkModelSource(hasModel, byTask, fail, task) {
    if (hasModel && byTask)
        fail('model', `give either model or input-task-id for ${task}, not both.`);
    if (!hasModel && !byTask) {
        fail('model', `${task} needs a model (an https URL, a data URI, or a workspace .glb/.gltf/.obj/.fbx/.stl) or input-task-id.`);
    }
}
/**
 * A params key that an input also sets would be sent twice with two values, and one the route
 * refuses (a v1 field v2 answers 400 to) would fail at Meshy: refuse both here.
 */
function checkParams(spec, where) {
    const refused = refusedParam(spec);
    if (refused) {
        throw new ConfigurationError(where('params'), `'${refused.field}': ${refused.why}.`);
    }
    const owned = fieldsSetByInputs(spec);
    for (const key of Object.keys(spec.params)) {
        const owner = owned[key];
        if (owner) {
            throw new ConfigurationError(where('params'), `'${key}' is also set by input '${where(owner)}'. Set it in one place only (remove it from params or from ${owner}).`);
        }
    }
}

;// CONCATENATED MODULE: ./src/batch/asset-rules.ts
// The per-asset warnings of a planned batch, and Meshy's day-dependent rules. An asset this run
// creates may not name a retired model (the whole run stops before any request, listing each
// such asset); one that creates with a retiring model warns. Plan mode shows, on every asset pinned to a retired or
// retiring model, which model and when, so a reviewer sees it before the change that pays.




/** Returns the run's warnings; throws when an asset to be created names a retired model. */
function asset_rules_checkAssetRules(planned, nowMs) {
    const warnings = [];
    const retired = [];
    for (const plan of planned) {
        const { name, spec, line } = plan.asset;
        const unused = unusedFormats(spec, `assets.${name}.formats`);
        if (unused)
            warnings.push(unused);
        const notices = modelNotices(spec, nowMs);
        if (notices.length > 0) {
            plan.verdict.reason += `; ${notices.map(n => n.sentence).join('; ')}`;
        }
        if (!plan.creates)
            continue;
        const where = (field) => `assets.${name}.${field} (asset at line ${line})`;
        try {
            warnings.push(...specRuleWarnings(spec, nowMs, where));
        }
        catch (err) {
            if (!(err instanceof ConfigurationError))
                throw err;
            retired.push(err.message);
        }
    }
    if (retired.length > 0) {
        throw new ConfigurationError('manifest', `${retired.length} asset(s) to generate name a retired model; nothing was sent. ${retired.join(' ')}`);
    }
    // However many, the logger folds annotations past its limit (annotations.ts).
    return warnings;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/assets/safe-write.ts
// Every file the action writes (downloads, meshy-result.json, the lockfile) goes through here:
// the destination is checked just before the write, and the write itself is a new temporary file
// in the same folder renamed into place. A checked-out repository is untrusted: a committed
// symlink (`meshy-output/chair -> /home/runner`) must not carry a write, or a delete, outside it.





/** A symbolic link on the way to a destination (the link itself is never followed). */
class SymlinkError extends (/* unused pure expression or super */ null && (PathEscapeError)) {
}
function safe_write_inside(root, target) {
    const rel = relative(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
function shown(conf, path) {
    return relative(resolve(conf.workspace), path).split(sep).join('/') || '.';
}
/**
 * Synchronous on purpose: a metadata call takes microseconds, less than the promise API's trip
 * through the thread pool (and the exception it builds for a missing path), and a batch pays it
 * for every component of every write (bench figure 9). Nothing else runs between the checks.
 */
function lstatNow(path) {
    return lstatSync(path, { throwIfNoEntry: false });
}
/**
 * Checks `path` (absolute, or relative to the workspace) for a write or a delete and returns it
 * resolved: it must lie inside `root`, no existing component from the workspace down to it (the
 * path itself included) may be a symbolic link, and the real path of its folder must be inside
 * the real path of `root`. With `createDirs`, missing folders are made one at a time, each
 * checked as it is made. Throws PathEscapeError (SymlinkError for a link) otherwise.
 */
async function safe_write_safeDestination(conf, path, opts = {}) {
    const workspace = resolve(conf.workspace);
    const root = resolve(workspace, conf.root);
    const target = resolve(workspace, path);
    if (!safe_write_inside(workspace, root) || !safe_write_inside(root, target) || target === root) {
        throw new PathEscapeError(`'${shown(conf, target)}' is outside ${shown(conf, root)}`);
    }
    const known = madeFolderAbove(workspace, target);
    const made = [];
    let current = known;
    for (const part of relative(known, target).split(sep)) {
        current = join(current, part);
        const last = current === target;
        const st = lstatNow(current);
        if (st?.isSymbolicLink()) {
            throw new SymlinkError(`'${shown(conf, current)}' is a symbolic link; the action never writes or deletes through ` +
                `a link (one in the checkout could point anywhere). Remove it or choose another path.`);
        }
        if (st && !last && !st.isDirectory()) {
            throw new PathEscapeError(`'${shown(conf, current)}' is not a folder`);
        }
        if (!st && !last) {
            if (!opts.createDirs)
                break;
            const fresh = makeFolder(current);
            const now = lstatNow(current);
            if (!now?.isDirectory()) {
                throw new SymlinkError(`'${shown(conf, current)}' became a symbolic link while writing`);
            }
            if (fresh)
                made.push([current, now]);
        }
    }
    // A folder made and checked above already had its real path checked, when it was made.
    if (dirname(target) !== known || known === workspace)
        checkRealPath(conf, root, target);
    for (const [folder, st] of made)
        madeFolders.set(folder, { dev: st.dev, ino: st.ino });
    return target;
}
/** True when this call made the folder (false: it appeared meanwhile, made by someone else). */
function makeFolder(path) {
    try {
        mkdirSync(path);
        return true;
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
        return false;
    }
}
/**
 * Folders this run made itself, each checked (no link on the way, its real path inside the
 * root) when it was made, with the identity it had then. Nothing in the checkout can have put a
 * link on the way to them, so a write below one checks only the folder's identity and what lies
 * below it, not every component from the workspace down again.
 */
const madeFolders = new Map();
/** The deepest folder above `target` that this run made and that is still that folder. */
function madeFolderAbove(workspace, target) {
    for (let dir = dirname(target); dir !== workspace && safe_write_inside(workspace, dir); dir = dirname(dir)) {
        const known = madeFolders.get(dir);
        if (!known)
            continue;
        const st = lstatNow(dir);
        if (st?.isDirectory() && st.dev === known.dev && st.ino === known.ino)
            return dir;
        madeFolders.delete(dir); // replaced since: everything is checked again
        return workspace;
    }
    return workspace;
}
/**
 * Real paths of the workspace and output folders, once each: a batch writes thousands of files
 * below them. Every call still checks each component for a link (above) and resolves the
 * target's own folder.
 */
const realRoots = new Map();
function cachedRealpath(path) {
    const known = realRoots.get(path);
    if (known !== undefined)
        return known;
    const real = realOrUndefined(path);
    if (real !== undefined)
        realRoots.set(path, real);
    return real;
}
function realOrUndefined(path) {
    try {
        return realpathSync.native(path);
    }
    catch {
        return undefined;
    }
}
/** The real path of the nearest existing folder above `target` must be inside real `root`. */
function checkRealPath(conf, root, target) {
    const realRoot = cachedRealpath(root);
    // No root yet: nothing below it exists to lead elsewhere (and no link above it, checked).
    if (realRoot === undefined)
        return;
    let folder = dirname(target);
    while (folder !== root && !lstatNow(folder))
        folder = dirname(folder);
    const realFolder = realpathSync.native(folder);
    const realWorkspace = cachedRealpath(resolve(conf.workspace)) ?? realRoot;
    if (!safe_write_inside(realWorkspace, realRoot) || !safe_write_inside(realRoot, realFolder)) {
        throw new PathEscapeError(`'${shown(conf, target)}' resolves outside ${shown(conf, root)}`);
    }
}
/**
 * Reads a file of the checkout that the action also writes (the lockfile, its journal) under the
 * same rules as a write: inside the workspace, no symbolic link on the way or at the end, and a
 * regular file. Undefined when there is none yet; PathEscapeError for a path or link refused.
 */
async function safe_write_readWorkspaceText(workspace, path) {
    await safe_write_safeDestination({ workspace, root: workspace }, path);
    try {
        if (!(await lstat(path)).isFile())
            throw new Error('not a regular file');
        return await readFile(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/** A fresh name in the destination's own folder, so the final rename never crosses a device. */
function tempPathFor(dest, suffix = 'tmp') {
    return join(dirname(dest), `.${basename(dest)}.${randomBytes(6).toString('hex')}.${suffix}`);
}
/**
 * Renames a finished temporary file over `dest`, checking `dest` first. The rename replaces
 * whatever entry is at `dest`; it never writes through it.
 */
async function commitTemp(conf, temp, dest) {
    try {
        await safe_write_safeDestination(conf, dest);
        await rename(temp, dest);
    }
    catch (err) {
        await rm(temp, { force: true });
        throw err;
    }
}
/**
 * Writes `data` to `dest` atomically and safely: checked destination, a new temporary file
 * (O_EXCL: never an existing file or link), fsync, checked again, renamed into place. A crash
 * leaves the old file or the new one, never half of one.
 */
async function safe_write_writeFileSafely(conf, dest, data) {
    await writeThroughTemp(conf, dest, fh => fh.writeFile(data));
}
/** Text gathered into writes of about this many characters. */
const TEXT_BATCH = (/* unused pure expression or super */ null && (1 << 20));
/**
 * The same for text made piece by piece (the lockfile): the pieces go out in writes of about
 * 1 MiB, so the whole text is never one string. Returns the bytes written.
 */
async function safe_write_writeTextSafely(conf, dest, pieces) {
    let bytes = 0;
    await writeThroughTemp(conf, dest, async (fh) => {
        let batch = [];
        let size = 0;
        const flush = async () => {
            const text = batch.join('');
            batch = [];
            size = 0;
            bytes += Buffer.byteLength(text);
            await fh.writeFile(text); // from the current position, looping until all is written
        };
        for (const piece of pieces) {
            batch.push(piece);
            size += piece.length;
            if (size >= TEXT_BATCH)
                await flush();
        }
        await flush();
    });
    return bytes;
}
async function writeThroughTemp(conf, dest, write) {
    const target = await safe_write_safeDestination(conf, dest, { createDirs: true });
    const temp = tempPathFor(target);
    const fh = await open(temp, 'wx');
    try {
        await write(fh);
        await fh.sync();
    }
    catch (err) {
        await fh.close();
        await rm(temp, { force: true });
        throw err;
    }
    await fh.close();
    await commitTemp(conf, temp, target);
}
/**
 * For the cancellation report only, which must finish inside the runner's grace period without
 * awaiting: the same temporary file, fsync and rename, synchronously. `dest` was checked by
 * safeDestination when the run began; here only the entry itself is checked again (a rename
 * replaces a link, never writes through it, but a link where the file was means tampering).
 */
function writeFileNowSync(dest, data) {
    const st = lstatIfAny(dest);
    if (st?.isSymbolicLink())
        throw new SymlinkError(`'${basename(dest)}' is a symbolic link`);
    const temp = tempPathFor(dest);
    const fd = openSync(temp, 'wx');
    try {
        writeSync(fd, data);
        fsyncSync(fd);
        closeSync(fd);
        renameSync(temp, dest);
    }
    catch (err) {
        rmSync(temp, { force: true });
        throw err;
    }
}
function lstatIfAny(path) {
    try {
        return lstatSync(path);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/batch/journal.ts
// The lockfile's journal (docs/lockfile.md): while a batch runs, each change to an asset's entry
// is appended here as one JSON line holding the whole entry, and fsynced before the caller goes
// on. Appending one entry costs the same at 10 assets as at 10,000, where rewriting the sorted
// lockfile each time cost its whole size. The next run replays a journal a killed run left behind.





const HEADER = JSON.stringify({ 'meshy-lock-journal': 1 }) + '\n';
function journal_journalPath(lockPath) {
    return `${lockPath}.journal`;
}
/**
 * Reads the records a killed run left, in order. A last line without its newline is a write the
 * kill cut short: its caller was never told it had landed, so it is dropped. Anything else that is
 * not a record means the file is not ours: the run stops rather than guess.
 */
async function journal_readJournal(path, workspace) {
    let text;
    try {
        // A checkout is untrusted: a journal that is a link, or is reached through one, is refused.
        text = await readWorkspaceText(workspace, path);
    }
    catch (err) {
        throw new ConfigurationError('lockfile', `cannot read ${basename(path)} (${errorMessage(err)})`);
    }
    if (text === undefined)
        return undefined;
    const lines = text.split('\n');
    lines.pop(); // '' after the last newline, or a torn last write
    const records = [];
    for (const [index, line] of lines.entries()) {
        if (index === 0 && line === HEADER.trimEnd())
            continue;
        records.push(parseRecord(line, `${basename(path)} line ${index + 1}`));
    }
    return records;
}
function parseRecord(line, where) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        value = undefined;
    }
    const record = value;
    if (!record ||
        typeof record !== 'object' ||
        typeof record.asset !== 'string' ||
        record.asset === '' ||
        typeof record.entry !== 'object') {
        throw new ConfigurationError('lockfile', `${where} is not a journal record. The journal holds task ids a killed run paid for; ` +
            `move it away only if you accept generating those assets again.`);
    }
    return { asset: record.asset, entry: record.entry ?? null };
}
/**
 * An open journal. append() resolves once its record is on disk; records that arrive while a
 * write is under way go out together in the next write with one fsync (group commit), so the
 * cost of an fsync is shared by every asset waiting for one.
 */
class JournalFile {
    path;
    workspace;
    afterSync;
    handle;
    queued = [];
    waiters = [];
    running;
    /** Bytes in the file now (drops to 0 at reset()). */
    size = 0;
    /** Bytes appended since it was opened, resets included. */
    totalBytes = 0;
    constructor(path, workspace, afterSync = async () => undefined) {
        this.path = path;
        this.workspace = workspace;
        this.afterSync = afterSync;
    }
    append(record) {
        const line = JSON.stringify(record) + '\n';
        return new Promise((resolve, reject) => {
            this.queued.push(line);
            this.waiters.push({ resolve, reject });
            this.running ??= this.drain().finally(() => (this.running = undefined));
        });
    }
    /** Resolves when every record appended so far is on disk (or has failed). */
    async idle() {
        while (this.running)
            await this.running;
    }
    /** Empties the journal; only after the lockfile holds everything it recorded. */
    async reset() {
        await this.handle?.truncate(0);
        await this.handle?.sync();
        this.size = 0;
    }
    /** Closes and deletes it: the lockfile now holds everything. */
    async remove() {
        await this.idle();
        await this.handle?.close();
        this.handle = undefined;
        await rm(this.path, { force: true });
    }
    async drain() {
        while (this.queued.length > 0) {
            const lines = this.queued.splice(0);
            const waiters = this.waiters.splice(0);
            try {
                const handle = await this.open();
                const text = (this.size === 0 ? HEADER : '') + lines.join('');
                await handle.write(text);
                await handle.datasync();
                this.size += Buffer.byteLength(text);
                this.totalBytes += Buffer.byteLength(text);
                for (const w of waiters)
                    w.resolve();
            }
            catch (err) {
                for (const w of waiters)
                    w.reject(err);
                continue;
            }
            // Between writes, never during one: a compaction here sees every record as landed.
            await this.afterSync();
        }
    }
    async open() {
        if (this.handle)
            return this.handle;
        await safeDestination({ workspace: this.workspace, root: this.workspace }, this.path);
        // Append (every write goes to the end, also after truncate(0)), and never through a link
        // that appeared since the check (O_NOFOLLOW; Windows has no such flag and no such links).
        const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0);
        this.handle = await open(this.path, flags, 0o644);
        return this.handle;
    }
}

;// CONCATENATED MODULE: ./src/config/quality.ts


const quality_QUALITY_INPUTS = [
    'validate',
    'max-triangles',
    'max-file-size',
    'max-texture-size',
    'require-printable'
];
const VALIDATE_MODES = (/* unused pure expression or super */ null && (['warn', 'error', 'off']));
function quality_parseQuality(raw, where = i => i) {
    const text = (name) => raw[name] === undefined || raw[name] === null ? '' : String(raw[name]).trim();
    const mode = text('validate').toLowerCase() || 'warn';
    if (!VALIDATE_MODES.includes(mode)) {
        throw new ConfigurationError(where('validate'), `'${text('validate')}' is not accepted. Use warn, error or off.`);
    }
    return {
        validate: mode,
        maxTriangles: parseInteger(where('max-triangles'), text('max-triangles'), 1),
        maxFileSize: parseSize(where('max-file-size'), text('max-file-size')),
        maxTextureSize: parseInteger(where('max-texture-size'), text('max-texture-size'), 1),
        ...(parseBoolean(where('require-printable'), text('require-printable'), false)
            ? { requirePrintable: true }
            : {})
    };
}
const UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3
};
/** "25 MB", "1.5GiB", "4096" (bytes). Powers of 1000 for KB/MB/GB, of 1024 for KiB/MiB/GiB. */
function parseSize(input, raw) {
    if (raw === '')
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw);
    const factor = match ? UNITS[(match[2] || 'b').toLowerCase()] : undefined;
    const bytes = match && factor ? Math.floor(Number(match[1]) * factor) : NaN;
    if (!Number.isSafeInteger(bytes) || bytes < 1) {
        throw new ConfigurationError(input, `'${raw}' is not accepted. Use a size such as 25MB or 20MiB: a number with B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (powers of 1024); a bare number is bytes.`);
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/config/render.ts
// The render inputs: whether to draw each downloaded model from four sides in a headless
// Chrome, and which browser. Like the quality keys they change nothing that is asked of Meshy, so
// `render` in a manifest is not part of an asset's request hash.

const RENDER_MODES = (/* unused pure expression or super */ null && (['auto', 'true', 'false']));
/** `render` from an input (text) or a manifest (YAML may give a boolean). Empty gives auto. */
function render_parseRenderMode(input, raw) {
    const word = raw === undefined || raw === null
        ? ''
        : String(raw)
            .trim()
            .toLowerCase();
    if (word === '')
        return 'auto';
    if (RENDER_MODES.includes(word))
        return word;
    throw new ConfigurationError(input, `'${String(raw)}' is not accepted. Use auto (render when Chrome or Chromium is found), true (a missing browser fails the step) or false.`);
}
function render_parseRender(render, chromePath) {
    return { mode: render_parseRenderMode('render', render), chromePath: chromePath.trim() };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/meshy/base-url.ts
// The API base URL decides where the key is sent, so it must be HTTPS. Plain HTTP is allowed only
// for loopback hosts, where a local fake or proxy runs and nothing crosses a network.


const DEFAULT_FORM = 'https://api.meshy.ai';
function base_url_checkBaseUrl(raw) {
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        throw new ConfigurationError('base-url', `'${raw}' is not a valid URL (expected https://…)`);
    }
    if (url.username || url.password) {
        throw new ConfigurationError('base-url', 'must not contain credentials');
    }
    // The client appends /openapi/v2/...; a path here would be doubled and the 404 would hide why.
    if (url.search || url.hash || raw.trim().endsWith('#') || url.pathname.replace(/\/+$/, '')) {
        throw new ConfigurationError('base-url', `'${raw.trim()}' has a path, query or fragment. Use the origin only, in the form ` +
            `https://host[:port] (e.g. ${DEFAULT_FORM}); the action adds /openapi/v2/... itself.`);
    }
    if (url.protocol === 'http:' && !base_url_isLoopback(url.hostname)) {
        throw new ConfigurationError('base-url', `plain http is only allowed for loopback hosts (got ${url.host}); use https`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new ConfigurationError('base-url', `must use https (got ${url.protocol})`);
    }
    return url;
}
/** The base as a string without a trailing slash, ready for `${base}/openapi/...`. */
function base_url_baseUrlString(url) {
    return url.origin;
}
/**
 * Loopback means the literal `localhost`, an address in 127.0.0.0/8 or ::1 (also as the
 * IPv4-mapped ::ffff:127.x). A name like `evil.localhost` goes through DNS, so it is not.
 */
function base_url_isLoopback(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost')
        return true;
    if (isIP(host) === 4)
        return host.startsWith('127.');
    if (isIP(host) === 6)
        return host === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host);
    return false;
}

// EXTERNAL MODULE: ./src/redact.ts
var src_redact = __nccwpck_require__(6670);
;// CONCATENATED MODULE: ./src/config/api-key.ts
// Where the API key comes from, and a message that helps when there is none — most often on
// a fork's pull request or a Dependabot run, where GitHub withholds secrets.



/** The keys given, trimmed, in the order they are used: the `api-key` input, then MESHY_API_KEY. */
function keysGiven(input, env) {
    return [input, env.MESHY_API_KEY ?? ''].map(k => k.trim()).filter(k => k !== '');
}
/**
 * Hands every key given to `mask` before anything else reads an input, so no later error or log
 * line can print one. Both are masked: the one not used is still a secret.
 */
function maskApiKeys(getInput, env, mask) {
    for (const key of keysGiven(getInput('api-key') ?? '', env))
        mask(key);
}
/**
 * The key to use; '' only when `optional` (a dry run needs none, and a manifest may ask for a
 * dry run in its defaults, which is known only once it is read: see missingKeyError).
 */
function api_key_resolveApiKey(input, testMode, env, optional = false) {
    if (testMode)
        return TEST_MODE_KEY;
    const [key] = keysGiven(input, env);
    if (key || optional)
        return key ?? '';
    throw missingKeyError(env);
}
function missingKeyError(env) {
    let message = 'no Meshy API key was given. Add the key as a repository secret and pass it with ' +
        '`api-key: ${{ secrets.MESHY_API_KEY }}` (or set the MESHY_API_KEY environment variable).';
    if (secretsWithheld(env)) {
        message +=
            ' This run cannot see secrets: GitHub does not pass them to pull requests from forks or to ' +
                "Dependabot runs. Use `test-mode: true` there (Meshy's public test key: no credits, sample results).";
    }
    else {
        message += ' To try the action without a key, set `test-mode: true`.';
    }
    message += ' A plan only (`dry-run: true`) needs no key.';
    return new ConfigurationError('api-key', message);
}
function secretsWithheld(env) {
    if (env.GITHUB_ACTOR === 'dependabot[bot]')
        return true;
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return false;
    return isForkPullRequest(env.GITHUB_EVENT_PATH);
}
function isForkPullRequest(eventPath) {
    return forkHead(eventPath) !== undefined;
}
/** The fork's name ('(deleted fork)' when gone) when the event's PR comes from a fork. */
function forkHead(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse(readFileSync(eventPath, 'utf8'));
        const head = event.pull_request?.head?.repo?.full_name;
        const base = event.pull_request?.base?.repo?.full_name;
        // A deleted fork has head.repo null: still a fork.
        if (base === undefined || head === base)
            return undefined;
        return typeof head === 'string' ? head : '(deleted fork)';
    }
    catch {
        return undefined;
    }
}
/**
 * pull_request_target runs the BASE repository's workflow with its secrets and a write token,
 * on a PR a stranger opened. Anything that builds or runs the fork's code in this job can read
 * the key and push with the token, so say so loudly.
 */
function api_key_forkTargetWarning(env) {
    if (env.GITHUB_EVENT_NAME !== 'pull_request_target')
        return undefined;
    const fork = forkHead(env.GITHUB_EVENT_PATH);
    if (fork === undefined)
        return undefined;
    return (`SECURITY: this is pull_request_target on a pull request from the fork ${fork}. This job holds ` +
        `your Meshy API key and a GITHUB_TOKEN that can write to this repository, next to a ` +
        `stranger's code: if any step checks out or runs the pull request's head (actions/checkout ` +
        `with its ref, npm install, build scripts), that code can spend your credits and push with the ` +
        `token. See the README, section "Security" → "pull_request_target and forks", for a safe setup.`);
}
/** Meshy keys start with `msy`; anything else is likely a pasted wrong secret. */
function api_key_keyLooksWrong(key) {
    return !key.startsWith('msy');
}

;// CONCATENATED MODULE: ./src/config/early.ts
// What run() needs before, or without, a valid configuration: the workspace folder, whether a
// summary is wanted (a configuration error still writes one), and notices about how inputs were
// read. Lenient on purpose: an invalid value here is reported by readConfig, not twice.

/** The runner sets GITHUB_WORKSPACE; elsewhere (local runs, other CI) the current folder. */
function early_resolveWorkspace(env) {
    return env.GITHUB_WORKSPACE || process.cwd();
}
/** True unless `summary` is a valid false: a broken configuration still gets its summary. */
function summaryWanted(getInput) {
    return lenientBoolean('summary', getInput('summary'), true);
}
function earlyNotices(getInput, env) {
    const notices = { info: [], warnings: [] };
    if (!env.GITHUB_WORKSPACE) {
        notices.info.push(`GITHUB_WORKSPACE is not set, so the current folder ${process.cwd()} is used as the workspace: ` +
            'relative paths (image, model, manifest, output-dir) resolve from there.');
    }
    const keyGiven = (getInput('api-key') ?? '').trim() !== '' || !!env.MESHY_API_KEY?.trim();
    if (keyGiven && lenientBoolean('test-mode', getInput('test-mode'), false)) {
        notices.warnings.push("test-mode is true, so the API key that is also set is not used: test mode wins. Meshy's " +
            'public test key returns sample results and spends no credits, and the prompt does not ' +
            'shape the result. Set test-mode: false to generate with your key.');
    }
    return notices;
}
function lenientBoolean(input, raw, fallback) {
    try {
        return parseBoolean(input, raw, fallback);
    }
    catch {
        return fallback;
    }
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
// The ONLY module that reads action inputs. Everything is checked here, before any paid
// request, and every problem is a ConfigurationError naming the input and what it accepts.












const DEFAULT_BASE_URL = 'https://api.meshy.ai';
/** The inputs that describe one task: also the keys of a manifest asset. */
const TASK_INPUTS = [
    'task',
    'prompt',
    'texture-prompt',
    'image',
    'model',
    'input-task-id',
    'ai-model',
    'texture-model',
    'refine',
    'action-id',
    'height',
    'origin',
    'params',
    'formats',
    'download'
];
function readConfig(getInput, env) {
    const input = (name) => getInput(name) ?? '';
    const workspace = resolveWorkspace(env);
    const testMode = parseBoolean('test-mode', input('test-mode'), false);
    const dryRun = parseBoolean('dry-run', input('dry-run'), false);
    const manifest = input('manifest').trim();
    // A manifest may ask for a dry run in its defaults: main checks the key once it is read.
    const apiKey = resolveApiKey(input('api-key'), testMode, env, dryRun || manifest !== '');
    const taskId = parseTaskId('task-id', input('task-id'));
    const task = parseTaskType('task', input('task'));
    const mode = modeOf(task, taskId, manifest);
    const raw = Object.fromEntries(TASK_INPUTS.map(name => [name, input(name)]));
    const common = {
        apiKey,
        testMode,
        baseUrl: baseUrlString(checkBaseUrl(input('base-url').trim() || DEFAULT_BASE_URL)),
        wait: parseBoolean('wait', input('wait'), true),
        timeoutMs: parsePositiveNumber('timeout-minutes', input('timeout-minutes'), TIMEOUT_DEFAULT_MINUTES, TIMEOUT_MAX_MINUTES) * 60_000,
        workspace,
        outputDir: inWorkspace('output-dir', input('output-dir').trim() || DEFAULT_OUTPUT_DIR, workspace),
        summary: parseBoolean('summary', input('summary'), true),
        githubToken: input('github-token').trim(),
        prComment: parseBoolean('pr-comment', input('pr-comment'), false),
        commentKey: input('comment-key').trim(),
        artifactName: checkArtifactName(input('artifact-name').trim()),
        attest: parseBoolean('attest', input('attest'), false),
        maxCredits: parseInteger('max-credits', input('max-credits'), 0),
        previewBranch: checkBranch(input('preview-branch').trim()),
        dryRun,
        quality: parseQuality(Object.fromEntries(QUALITY_INPUTS.map(name => [name, input(name)]))),
        render: parseRender(input('render'), input('chrome-path'))
    };
    // The inputs of the other modes are still checked, so a typo fails whichever mode runs.
    const selection = selectionFor(task, raw);
    const batch = {
        lockfile: input('lockfile').trim(),
        concurrency: parseInteger('concurrency', input('concurrency'), 1, CONCURRENCY_MAX),
        shard: parseShard(input('shard'))
    };
    switch (mode) {
        case 'batch':
            return { ...common, mode, manifest, ...batch, selection };
        case 'pick-up':
            return { ...common, mode, taskId, task, selection };
        case 'create':
            return { ...common, mode, spec: buildTaskSpec(raw, { workspace, baseDir: workspace }) };
    }
}
/** Which run mode the inputs ask for; checked before anything else so a mix fails first. */
function modeOf(task, taskId, manifest) {
    if (manifest && (task || taskId)) {
        const other = task ? 'task' : 'task-id';
        throw new ConfigurationError('manifest', `cannot be combined with ${other}: the manifest names each asset's task. Use either manifest, or ${other} without it.`);
    }
    if (!manifest && !task && !taskId) {
        throw new ConfigurationError('task', 'is required unless task-id (pick up an existing task) or manifest (batch) is given. ' +
            `Use one of: ${taskTypes().join(', ')}.`);
    }
    return manifest ? 'batch' : taskId ? 'pick-up' : 'create';
}
/** What to download when no full spec says it; `all` means every format the task offers. */
function selectionFor(task, raw) {
    const all = String(raw.formats ?? '')
        .toLowerCase()
        .trim() === 'all';
    const kindFormats = task ? kindOf(task).formats : [];
    const formats = all && kindFormats.length > 0
        ? [...kindFormats]
        : parseChoices('formats', raw.formats, MODEL_FORMATS, DEFAULT_FORMATS);
    const download = parseChoices('download', raw.download, DOWNLOAD_KINDS, DEFAULT_DOWNLOAD, true);
    return { formats, formatsExplicit: (raw.formats ?? '') !== '', download };
}
function inWorkspace(input, path, workspace) {
    try {
        return resolveInWorkspace(workspace, path);
    }
    catch (err) {
        if (!(err instanceof PathEscapeError))
            throw err;
        throw new ConfigurationError(input, `'${path}' is outside the workspace. Use a path relative to the workspace, such as ${DEFAULT_OUTPUT_DIR}.`);
    }
}
function parseShard(raw) {
    const text = raw.trim();
    if (text === '')
        return undefined;
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const total = match ? Number(match[2]) : NaN;
    if (!(index >= 1 && index <= total && total <= SHARD_MAX)) {
        throw new ConfigurationError('shard', `'${text}' is not accepted. Use i/n with 1 <= i <= n <= ${SHARD_MAX}, e.g. \${{ matrix.shard }}/4.`);
    }
    return { index, total };
}
// The characters @actions/artifact refuses in names; checked here so the run fails before it pays.
const ARTIFACT_FORBIDDEN = /["':<>|*?\r\n\\/]/;
function checkArtifactName(name) {
    if (ARTIFACT_FORBIDDEN.test(name)) {
        throw new ConfigurationError('artifact-name', `'${name.replace(/[\r\n]/g, ' ')}' contains a character artifacts do not allow (" : < > | * ? \\ / or a line break). Use letters, digits, '-', '_' and '.'.`);
    }
    return name;
}
function checkBranch(name) {
    const bad = /(^[-/.])|\.\.|[\s~^:?*[\\]|@\{|\/\/|\/$|\.lock$|\.$/.test(name);
    if (name !== '' && bad) {
        throw new ConfigurationError('preview-branch', `'${name}' is not a valid branch name. Use e.g. meshy-previews.`);
    }
    return name;
}
/** Problems worth a warning that should not fail the run. */
function configWarnings(c, env = {}) {
    const warnings = [];
    const fork = forkTargetWarning(env);
    if (fork)
        warnings.push(fork);
    if (!c.testMode && c.apiKey && keyLooksWrong(c.apiKey)) {
        warnings.push("The api-key does not start with 'msy' like Meshy's keys do; check that the right secret is passed.");
    }
    if (c.testMode && c.maxCredits !== undefined) {
        warnings.push('test-mode spends no credits; max-credits has no effect.');
    }
    const formats = c.mode === 'create' ? unusedFormats(c.spec, 'formats') : undefined;
    if (formats)
        warnings.push(formats);
    if (c.mode === 'pick-up' && c.maxCredits !== undefined) {
        warnings.push('Picking up a task (task-id) spends no credits; max-credits has no effect.');
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/batch/yaml-expansion.ts
// Aliases in a manifest, resolved under one budget for the whole file. A YAML alias repeats the
// node its anchor names, so a small file can stand for a huge one (a 20,000-key map named 3,000
// times took minutes and gigabytes to validate). Every value the manifest reader copies out, and
// every collection an alias stands for, is paid for in nodes from one budget proportional to the
// file's length, so reading stays linear in the file's size. Anchors are indexed once: the yaml
// library's own alias lookup walks the whole document for every alias.

/** Thrown once the budget is spent; the reader reports it as the manifest's one problem. */
class yaml_expansion_ExpansionError extends (/* unused pure expression or super */ null && (Error)) {
}
/** Nodes a manifest may expand to: a floor for small files, then a multiple of the length. */
function yaml_expansion_expansionBudget(textLength) {
    return 100_000 + 4 * textLength;
}
class yaml_expansion_Expansion {
    targets = new Map();
    sizes = new WeakMap();
    sizing = new Set();
    left;
    constructor(doc, budget) {
        this.left = budget;
        // Document order: an alias names the last node with its anchor before it.
        const anchors = new Map();
        visit(doc, {
            Node: (_key, node) => {
                if (isAlias(node))
                    this.targets.set(node, anchors.get(node.source));
                else if (node.anchor)
                    anchors.set(node.anchor, node);
            }
        });
    }
    /** The node an alias stands for (its collection paid for); anything else is itself. */
    deref(node) {
        if (!isAlias(node))
            return node;
        const target = this.target(node);
        if (isMap(target) || isSeq(target))
            this.pay(target);
        return target;
    }
    /** Plain JS for a value, aliases expanded; its whole expanded size is paid first. */
    plain(node) {
        if (!yaml_expansion_isNode(node))
            return node;
        this.pay(node);
        return this.copy(node);
    }
    copy(node) {
        if (isAlias(node))
            return this.copy(this.target(node));
        if (isScalar(node))
            return node.value;
        if (isSeq(node))
            return node.items.map(item => this.copy(item));
        if (isMap(node)) {
            const out = {};
            for (const pair of node.items) {
                // defineProperty: a key named __proto__ stays an ordinary own key.
                Object.defineProperty(out, String(this.copy(pair.key)), {
                    value: this.copy(pair.value),
                    enumerable: true,
                    writable: true,
                    configurable: true
                });
            }
            return out;
        }
        return null;
    }
    target(alias) {
        const target = this.targets.get(alias);
        if (!target)
            throw new yaml_expansion_ExpansionError(`an alias names no anchor before it`);
        return target;
    }
    pay(node) {
        this.left -= this.size(node);
        if (this.left < 0) {
            throw new yaml_expansion_ExpansionError('its aliases expand to more values than a file of this size may hold; write the ' +
                'repeated values out, or put shared keys under defaults');
        }
    }
    /** Nodes in a value with its aliases expanded; computed once per node. */
    size(node) {
        const known = this.sizes.get(node);
        if (known !== undefined)
            return known;
        if (this.sizing.has(node))
            throw new yaml_expansion_ExpansionError('an alias names a value that contains it');
        this.sizing.add(node);
        let total = 1;
        if (isAlias(node))
            total = this.size(this.target(node));
        else if (isMap(node) || isSeq(node)) {
            for (const item of node.items) {
                const parts = isPair(item) ? [item.key, item.value] : [item];
                for (const part of parts)
                    if (yaml_expansion_isNode(part))
                        total += this.size(part);
            }
        }
        this.sizing.delete(node);
        this.sizes.set(node, total);
        return total;
    }
}
function yaml_expansion_isNode(value) {
    return isAlias(value) || isScalar(value) || isMap(value) || isSeq(value);
}

;// CONCATENATED MODULE: ./src/batch/manifest-yaml.ts
// Reads a manifest's YAML/JSON into plain fields that remember their line, so every later error
// can say where to look. Shape checks only; what the values mean is checked by buildTaskSpec.
// Anchors and aliases resolve to the node they name (a value, a whole asset or `defaults`), within
// one expansion budget for the file (yaml-expansion.ts); merge keys (`<<`) are refused, since the
// keys they bring in would have no line of their own.




const ASSET_KEYS = [...TASK_INPUTS, ...quality_QUALITY_INPUTS, 'render', 'from'];
/** Keys about the run as a whole: accepted under `defaults` only. */
const RUN_KEYS = (/* unused pure expression or super */ null && (['dry-run']));
/** Parses the text; problems are pushed to `errors` (the caller reports them together). */
function manifest_yaml_readManifestYaml(text, errors) {
    const lines = new LineCounter();
    // uniqueKeys compares every key with every earlier one (quadratic: 5,000 assets took seconds);
    // readAssets and readFields find duplicates with a Set instead.
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    const empty = { defaults: new Map(), assets: [] };
    if (doc.errors.length > 0) {
        for (const e of doc.errors)
            errors.push(firstLine(e.message));
        return empty;
    }
    const lineOf = (node) => isNode(node) && node.range ? lines.linePos(node.range[0]).line : 0;
    try {
        const expansion = new Expansion(doc, expansionBudget(text.length));
        return readRoot({ expansion, lineOf, errors }, doc.contents);
    }
    catch (err) {
        if (!(err instanceof ExpansionError))
            throw err;
        errors.push(`the manifest cannot be read: ${err.message}`);
        return empty;
    }
}
function readRoot(read, contents) {
    const { errors, lineOf } = read;
    const empty = { defaults: new Map(), assets: [] };
    const root = deref(read, contents);
    if (!isMap(root)) {
        errors.push('the manifest must be a mapping with `assets:` (and optionally `defaults:`)');
        return empty;
    }
    const out = { ...empty };
    for (const pair of uniquePairs(read, root.items, '')) {
        const key = keyOf(read, pair);
        if (key === 'defaults')
            out.defaults = readFields(read, pair, 'defaults');
        else if (key === 'assets')
            out.assets = readAssets(read, pair);
        else
            errors.push(`${key} (line ${lineOf(pair.key)}): unknown top-level key; use defaults and assets`);
    }
    if (out.assets.length === 0 && errors.length === 0) {
        errors.push('the manifest has no assets: add `assets:` with at least one named asset');
    }
    return out;
}
/** An alias stands for the node its anchor names; anything else is itself. */
function deref(read, node) {
    return read.expansion.deref(node);
}
/** The pairs of a mapping, without duplicate keys or merge keys (each reported). */
function uniquePairs(read, items, path) {
    const seen = new Set();
    return items.filter(pair => {
        const key = keyOf(read, pair);
        const line = read.lineOf(pair.key);
        const at = `${path}${path ? '.' : ''}${key} (line ${line})`;
        if (key === '<<') {
            read.errors.push(`${at}: YAML merge keys are not supported; use defaults, or an alias for a whole value`);
            return false;
        }
        if (seen.has(key)) {
            read.errors.push(`${at}: duplicate key; each key may appear once`);
            return false;
        }
        seen.add(key);
        return true;
    });
}
function readAssets(read, pair) {
    const value = deref(read, pair.value);
    if (!isMap(value)) {
        read.errors.push(`assets (line ${read.lineOf(pair.key)}): must be a mapping of asset name → keys`);
        return [];
    }
    return uniquePairs(read, value.items, 'assets').map(item => {
        const name = keyOf(read, item);
        return {
            name,
            line: read.lineOf(item.key),
            fields: readFields(read, item, `assets.${name}`)
        };
    });
}
function readFields(read, pair, path) {
    const fields = new Map();
    const value = deref(read, pair.value);
    if (value === null || (isScalar(value) && value.value === null))
        return fields;
    if (!isMap(value)) {
        read.errors.push(`${path} (line ${read.lineOf(pair.key)}): must be a mapping of keys like task and prompt`);
        return fields;
    }
    for (const item of uniquePairs(read, value.items, path)) {
        const key = keyOf(read, item);
        const line = read.lineOf(item.key);
        if (RUN_KEYS.includes(key) && path !== 'defaults') {
            read.errors.push(`${path}.${key} (line ${line}): ${key} is about the whole run; set it under defaults`);
            continue;
        }
        if (![...ASSET_KEYS, ...RUN_KEYS].includes(key)) {
            read.errors.push(`${path}.${key} (line ${line}): unknown key. ${suggest(key)}`);
            continue;
        }
        fields.set(key, { value: toJs(read, item.value), line });
    }
    return fields;
}
function keyOf(read, pair) {
    const key = deref(read, pair.key);
    return String(isScalar(key) ? key.value : key);
}
/** Plain JS, aliases expanded within the file's budget. */
function toJs(read, node) {
    return read.expansion.plain(node);
}
function suggest(key) {
    const dashed = key.replace(/_/g, '-');
    const hint = ASSET_KEYS.includes(dashed)
        ? `Did you mean '${dashed}'? `
        : '';
    return `${hint}Use one of: ${ASSET_KEYS.join(', ')} (request fields go under params).`;
}
function firstLine(text) {
    return text.split('\n')[0];
}

;// CONCATENATED MODULE: ./src/batch/manifest.ts
// The batch manifest: named assets, each with the single-task keys, plus `defaults` and `from`
// chaining. The whole manifest is validated before any request; every problem names the asset,
// the field and the line, and all problems are reported together.









/**
 * Stands in for the source's task id while validating and hashing a `from` asset. It has the id
 * shape (the nil UUID) so the same input-task-id check applies; Meshy never issues it.
 */
const manifest_FROM_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';
const SAFE_NAME = /^[A-Za-z0-9._-]+$/;
/** Names that are properties of every plain JS object: as keys they would vanish or poison maps. */
const RESERVED_NAMES = new Set([
    '__proto__',
    'constructor',
    'prototype'
]);
/** Whether `name` can be an asset (and so a folder and a lockfile key). */
function manifest_isAssetName(name) {
    return SAFE_NAME.test(name) && name !== '.' && name !== '..' && !RESERVED_NAMES.has(name);
}
async function manifest_loadManifest(config) {
    let path;
    try {
        path = resolveInWorkspace(config.workspace, config.manifest);
    }
    catch (err) {
        throw new ConfigurationError('manifest', `${errorMessage(err)}; use a path inside the workspace`);
    }
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (err) {
        throw new ConfigurationError('manifest', unreadable(config, path, err));
    }
    return parseManifest(text, { path, workspace: config.workspace });
}
/** A missing manifest names the path tried, relative to the workspace; other errors their code. */
function unreadable(config, path, err) {
    const code = err.code;
    if (code === 'ENOENT') {
        return (`'${config.manifest}' was not found: looked for ${workspaceRelative(config.workspace, path)} ` +
            `in the workspace (${config.workspace}). The manifest path is relative to the workspace.`);
    }
    return `cannot read '${config.manifest}' (${code ?? errorMessage(err)})`;
}
function parseManifest(text, opts) {
    const errors = [];
    const raw = readManifestYaml(text, errors);
    const dryRun = runFlag(raw.defaults, 'dry-run', errors);
    checkNames(raw.assets, errors);
    const names = new Set(raw.assets.map(a => a.name));
    const assets = [];
    for (const asset of raw.assets) {
        const built = buildAsset(asset, raw.defaults, names, opts, errors);
        if (built)
            assets.push(built);
    }
    checkCycles(assets, errors);
    if (errors.length > 0) {
        const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
        const error = new ConfigurationError('manifest', `${basename(opts.path)} has ${count}; nothing was sent:\n` +
            errors.map(e => `  - ${e}`).join('\n'));
        error.places = placedProblems(workspaceRelative(opts.workspace, opts.path), errors);
        throw error;
    }
    return { path: opts.path, assets, dryRun };
}
/** Each problem that names its line ("assets.chair.formats (line 7): …") as a located one. */
function placedProblems(file, errors) {
    return errors.flatMap(message => {
        const line = Number(/\(line (\d+)\)/.exec(message)?.[1]);
        return line > 0 ? [{ file, line, message }] : [];
    });
}
/** Takes a run-wide boolean out of `defaults`, so it is not merged into every asset. */
function runFlag(defaults, key, errors) {
    const field = defaults.get(key);
    defaults.delete(key);
    if (field === undefined || field.value === null)
        return false;
    if (typeof field.value === 'boolean')
        return field.value;
    errors.push(`defaults.${key} (line ${field.line}): must be true or false`);
    return false;
}
function checkNames(assets, errors) {
    const seen = new Map();
    for (const { name, line } of assets) {
        if (RESERVED_NAMES.has(name)) {
            errors.push(`assets.${name} (line ${line}): '${name}' is reserved; choose another name`);
        }
        else if (!manifest_isAssetName(name)) {
            errors.push(`assets.${name} (line ${line}): asset names become folder names; use letters, digits, '.', '_' and '-'`);
        }
        const lower = name.toLowerCase();
        const other = seen.get(lower);
        if (other !== undefined) {
            errors.push(`assets.${name} (line ${line}): clashes with '${other}' on case-insensitive file systems`);
        }
        seen.set(lower, name);
    }
}
function buildAsset(asset, defaults, names, opts, errors) {
    const at = (field) => `assets.${asset.name}.${field}`;
    const fields = mergeDefaults(asset.fields, defaults);
    const where = (field) => {
        const own = asset.fields.get(field);
        if (own)
            return `${at(field)} (line ${own.line})`;
        if (field === 'input-task-id' && asset.fields.has('from'))
            return where('from');
        const inherited = defaults.get(field);
        if (inherited)
            return `${at(field)} (from defaults, line ${inherited.line})`;
        return `${at(field)} (asset at line ${asset.line})`;
    };
    if (defaults.has('from')) {
        errors.push(`defaults.from (line ${defaults.get('from').line}): from is per asset, not a default`);
        return undefined;
    }
    try {
        const from = chainSource(asset, fields, names, where);
        const quality = parseQuality(takeQuality(fields, where), where);
        const render = takeRender(fields, where);
        const raw = toRawInputs(fields, where);
        if (from !== undefined) {
            checkChainable(raw.task, where);
            raw['input-task-id'] = manifest_FROM_PLACEHOLDER;
        }
        const spec = buildTaskSpec(raw, {
            workspace: opts.workspace,
            baseDir: dirname(opts.path),
            where,
            fromManifest: true
        });
        return {
            name: asset.name,
            quality,
            ...(render ? { render } : {}),
            spec,
            from,
            line: asset.line
        };
    }
    catch (err) {
        errors.push(err instanceof ConfigurationError ? stripInputPrefix(err.message) : errorMessage(err));
        return undefined;
    }
}
/** Asset keys win over defaults; `params` mappings are merged key by key. */
/**
 * Asset keys win over defaults; `params` mappings are merged key by key. A default the asset's
 * task does not take (e.g. `refine` for rigging) is left out, so one `defaults` block can serve
 * a manifest of mixed task types; the same key set on the asset itself is still an error.
 */
function mergeDefaults(own, defaults) {
    const task = String((own.get('task') ?? defaults.get('task'))?.value ?? '');
    const merged = new Map([...defaults].filter(([key]) => own.has(key) || takes(task, key)));
    for (const [key, field] of own) {
        const base = defaults.get(key);
        merged.set(key, key === 'params' && isObject(base?.value) && isObject(field.value)
            ? { value: { ...base.value, ...field.value }, line: field.line }
            : field);
    }
    return merged;
}
/** Whether `task` takes the input `key` (unknown tasks take everything: buildTaskSpec reports them). */
function takes(task, key) {
    if (!isTaskType(task))
        return true;
    const rules = kindOf(task).accepts;
    const by = {
        prompt: rules.prompt !== 'no',
        'texture-prompt': rules.texturePrompt,
        image: rules.images !== null,
        model: rules.model !== 'no',
        'input-task-id': rules.inputTaskId !== 'no',
        'ai-model': rules.aiModel,
        'texture-model': rules.textureModel === true,
        refine: rules.refine,
        'action-id': rules.actionId,
        height: rules.size === true,
        origin: rules.size === true
    };
    return by[key] ?? true;
}
function chainSource(asset, fields, names, where) {
    const from = fields.get('from')?.value;
    if (from === undefined || from === null || from === '')
        return undefined;
    if (typeof from !== 'string')
        throw new ConfigurationError(where('from'), 'must be the name of another asset');
    if (asset.fields.has('input-task-id')) {
        throw new ConfigurationError(where('from'), 'use either from or input-task-id, not both');
    }
    if (from === asset.name)
        throw new ConfigurationError(where('from'), 'an asset cannot start from itself');
    if (!names.has(from)) {
        throw new ConfigurationError(where('from'), `there is no asset named '${from}' in this manifest`);
    }
    return from;
}
function checkChainable(task, where) {
    if (!task || !isTaskType(task))
        return; // buildTaskSpec reports it
    if (kindOf(task).accepts.inputTaskId === 'no') {
        const can = taskTypes().filter(t => kindOf(t).accepts.inputTaskId !== 'no');
        throw new ConfigurationError(where('from'), `${task} cannot start from another asset's result; tasks that can: ${can.join(', ')}`);
    }
}
/** Moves the quality keys out of the request's fields. */
function takeQuality(fields, where) {
    const out = {};
    for (const key of QUALITY_INPUTS) {
        const field = fields.get(key);
        if (field === undefined)
            continue;
        if (typeof field.value === 'object' && field.value !== null) {
            throw new ConfigurationError(where(key), 'must be a single value');
        }
        out[key] = field.value;
        fields.delete(key);
    }
    return out;
}
/** Moves `render` out of the request's fields: how a result is shown never changes the request. */
function takeRender(fields, where) {
    const field = fields.get('render');
    if (field === undefined)
        return undefined;
    fields.delete('render');
    if (typeof field.value === 'object' && field.value !== null) {
        throw new ConfigurationError(where('render'), 'must be a single value: auto, true or false');
    }
    return parseRenderMode(where('render'), field.value);
}
const STRING_KEYS = (/* unused pure expression or super */ null && ([
    'task',
    'prompt',
    'texture-prompt',
    'model',
    'input-task-id',
    'ai-model',
    'texture-model',
    'height',
    'origin'
]));
const LIST_KEYS = (/* unused pure expression or super */ null && (['image', 'formats', 'download']));
function toRawInputs(fields, where) {
    const raw = {};
    for (const [key, { value }] of fields) {
        if (key === 'from' || value === null || value === undefined)
            continue;
        raw[key] = checkType(key, value, where);
    }
    return raw;
}
function checkType(key, value, where) {
    const scalar = typeof value === 'string' || typeof value === 'number';
    if (STRING_KEYS.includes(key) && scalar)
        return String(value);
    if (LIST_KEYS.includes(key) && (scalar || isStringList(value))) {
        return Array.isArray(value) ? value.map(String) : String(value);
    }
    if (key === 'refine' && (typeof value === 'boolean' || typeof value === 'string'))
        return value;
    if (key === 'action-id' && scalar)
        return value;
    if (key === 'params' && (typeof value === 'string' || isObject(value)))
        return value;
    const want = {
        refine: 'true or false',
        'action-id': 'a whole number',
        params: 'a mapping of request fields'
    };
    const expected = want[key] ?? (LIST_KEYS.includes(key) ? 'a string or a list of strings' : 'a string');
    throw new ConfigurationError(where(key), `must be ${expected}`);
}
function isStringList(value) {
    return Array.isArray(value) && value.every(v => typeof v === 'string' || typeof v === 'number');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** "Input 'assets.x.prompt (line 3)': msg" reads better in a list as "assets.x.prompt (line 3): msg". */
function stripInputPrefix(message) {
    return message.replace(/^Input '([^']*)': /, '$1: ');
}
/**
 * Each asset has at most one source, so the chains form a functional graph: one walk per asset
 * that stops at the first asset already seen keeps this linear in the number of assets (a walk
 * per asset along the whole chain was quadratic: 3,000 chained assets took 15 s).
 */
function checkCycles(assets, errors) {
    const fromOf = new Map(assets.map(a => [a.name, a.from]));
    const lineOf = new Map(assets.map(a => [a.name, a.line]));
    const walkOf = new Map();
    assets.forEach((asset, walk) => {
        const path = [];
        let next = asset.name;
        while (next !== undefined && fromOf.has(next) && !walkOf.has(next)) {
            walkOf.set(next, walk);
            path.push(next);
            next = fromOf.get(next);
        }
        // Back at an asset of this same walk: everything from it on is a loop.
        if (next === undefined || walkOf.get(next) !== walk)
            return;
        const loop = path.slice(path.indexOf(next));
        loop.forEach((member, i) => {
            const order = [...loop.slice(i), ...loop.slice(0, i), member];
            errors.push(`assets.${member}.from (asset at line ${lineOf.get(member)}): chain loops back: ${shortChain(order)}`);
        });
    });
}
/** A loop of thousands of assets is named by its ends, not listed in full. */
function shortChain(names) {
    if (names.length <= 12)
        return names.join(' → ');
    return [...names.slice(0, 6), `… ${names.length - 12} more …`, ...names.slice(-6)].join(' → ');
}

;// CONCATENATED MODULE: ./src/batch/lockfile-check.ts
// Checks a parsed lockfile field by field before anything trusts it. The lockfile arrives in pull
// requests: its task ids are resumed (and logged), its paths are hashed and deleted, its times
// decide merges. An invalid entry is an error naming the file and the entry, raised before any
// request; nothing is dropped or trusted silently. Values are never quoted back: the message
// says which field and what it accepts.







/** Runners' clocks differ by seconds; an entry minutes ahead is an edit, not skew. */
const CLOCK_SKEW_MS = (/* unused pure expression or super */ null && (5 * 60_000));
const VERSION = (/* unused pure expression or super */ null && (LOCKFILE_VERSION));
const STATUSES = (/* unused pure expression or super */ null && (LOCK_STATUSES));
const HASH = /^sha256:[0-9a-f]{64}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const ENTRY_KEYS = new Set([
    'hash',
    'task',
    'status',
    'task-ids',
    'model',
    'files',
    'credits',
    'updated',
    'expires-at',
    'pending',
    'error',
    'inputs',
    'printable'
]);
/** Model facts a file may carry (docs/lockfile.md): whole numbers, 0 or more. */
const FILE_FACTS = (/* unused pure expression or super */ null && (['triangles', 'vertices', 'max-texture-size', 'errors', 'warnings']));
const DIGEST = /^[0-9a-f]{12}$/;
class Invalid extends (/* unused pure expression or super */ null && (Error)) {
}
function fail(message) {
    throw new Invalid(message);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function lockfile_check_checkLockfile(data, label, opts) {
    const refuse = (message) => {
        throw new ConfigurationError('lockfile', `${label}: ${message}; fix or remove it`);
    };
    if (!isRecord(data))
        refuse('must be a JSON object with "version" and "assets"');
    const top = data;
    if (top.version !== VERSION) {
        const shown = typeof top.version === 'number' ? `version ${top.version}` : 'no valid version';
        refuse(`has ${shown}; this action reads version ${VERSION}`);
    }
    if (!isRecord(top.assets))
        refuse('has no "assets" object');
    const extra = Object.keys(top).filter(k => k !== 'version' && k !== 'assets');
    if (extra.length)
        refuse(`has ${extra.length} unknown top-level key(s); only version and assets`);
    const assets = Object.create(null);
    Object.entries(top.assets).forEach(([name, entry], index) => {
        if (!isAssetName(name)) {
            refuse(`entry #${index + 1} of "assets" has a name that is not a valid asset name`);
        }
        try {
            assets[name] = checkEntry(entry, name, opts);
        }
        catch (err) {
            if (!(err instanceof Invalid))
                throw err;
            refuse(`asset '${name}': ${err.message}`);
        }
    });
    return { version: VERSION, assets };
}
function checkEntry(value, name, opts) {
    if (!isRecord(value))
        fail('must be an object');
    const e = value;
    const unknown = Object.keys(e).filter(k => !ENTRY_KEYS.has(k));
    if (unknown.length)
        fail(`has ${unknown.length} unknown field(s); see docs/lockfile.md`);
    if (typeof e.hash !== 'string' || !HASH.test(e.hash))
        fail('"hash" must be sha256:<64 hex>');
    if (typeof e.task !== 'string' || !isTaskType(e.task))
        fail('"task" must be a task type');
    if (!STATUSES.includes(e.status))
        fail(`"status" must be one of ${STATUSES.join(', ')}`);
    if (!Array.isArray(e['task-ids']) || !e['task-ids'].every(isTaskId))
        fail('"task-ids" must be a list of Meshy task ids');
    if (typeof e.model !== 'string')
        fail('"model" must be a string');
    if (!Array.isArray(e.files))
        fail('"files" must be a list');
    const files = e.files.map((file, i) => checkFile(file, `files[${i}]`, name, opts));
    if (typeof e.credits !== 'number' || !Number.isFinite(e.credits) || e.credits < 0)
        fail('"credits" must be a number, 0 or more');
    const updated = checkTime(e.updated, '"updated"');
    if (updated > opts.now + CLOCK_SKEW_MS)
        fail('"updated" is in the future');
    if (e['expires-at'] !== undefined)
        checkTime(e['expires-at'], '"expires-at"');
    if (e.pending !== undefined)
        checkPending(e.pending);
    if (e.error !== undefined && typeof e.error !== 'string')
        fail('"error" must be a string');
    if (e.inputs !== undefined)
        checkInputs(e.inputs);
    if (e.printable !== undefined && typeof e.printable !== 'boolean')
        fail('"printable" must be true or false');
    return { ...e, files };
}
function checkInputs(value) {
    const ok = isRecord(value) &&
        Object.entries(value).every(([k, v]) => /^[a-z-]{1,40}$/.test(k) && typeof v === 'string' && DIGEST.test(v));
    if (!ok)
        fail('"inputs" must map input names to 12-hex-digit digests');
}
function checkTime(value, field) {
    const ms = typeof value === 'string' && ISO_TIME.test(value) ? Date.parse(value) : NaN;
    if (!Number.isFinite(ms))
        fail(`${field} must be an ISO time like 2026-01-31T12:00:00.000Z`);
    return ms;
}
function checkPending(value) {
    const p = isRecord(value) ? value : {};
    const keys = Object.keys(p);
    const ok = Number.isSafeInteger(p.step) &&
        p.step >= 0 &&
        keys.length === 2 &&
        keys.includes('sent-at');
    if (!ok)
        fail('"pending" must be { "step": a whole number, "sent-at": an ISO time }');
    checkTime(p['sent-at'], '"pending.sent-at"');
}
function checkFile(value, at, asset, opts) {
    if (!isRecord(value))
        fail(`${at} must be an object with path, sha256 and bytes`);
    const f = value;
    const extra = Object.keys(f).filter(k => !['path', 'sha256', 'bytes'].includes(k));
    if (Object.keys(f).length - extra.length !== 3 ||
        extra.some(k => !FILE_FACTS.includes(k)))
        fail(`${at} must have path, sha256 and bytes, and only model facts (${FILE_FACTS.join(', ')}) besides`);
    for (const k of extra) {
        if (!Number.isSafeInteger(f[k]) || f[k] < 0)
            fail(`${at}.${k} must be a whole number, 0 or more`);
    }
    if (typeof f.sha256 !== 'string' || !SHA256.test(f.sha256))
        fail(`${at}.sha256 must be 64 lowercase hex characters`);
    if (!Number.isSafeInteger(f.bytes) || f.bytes < 0)
        fail(`${at}.bytes must be a whole number, 0 or more`);
    if (typeof f.path !== 'string' || !lockfile_check_isAssetFile(f.path, asset, opts.outputDir)) {
        const folder = opts.outputDir === undefined ? `<output-dir>/${asset}` : joined(opts.outputDir, asset);
        fail(`${at}.path must be a relative, normalised path to a file this action names, in ${folder}/`);
    }
    const facts = Object.fromEntries(extra.map(k => [k, f[k]]));
    return { path: f.path, sha256: f.sha256, bytes: f.bytes, ...facts };
}
function joined(outputDir, asset) {
    return outputDir ? `${outputDir}/${asset}` : asset;
}
/** <outputDir>/<asset>/<a name the action gives files>, already in normal form. */
function lockfile_check_isAssetFile(path, asset, outputDir) {
    if (path.includes('\\') || path.includes('\0') || posix.isAbsolute(path))
        return false;
    if (posix.normalize(path) !== path)
        return false;
    const segments = path.split('/');
    if (segments.some(s => s === '' || s === '.' || s === '..'))
        return false;
    const name = segments.at(-1);
    const folder = segments.slice(0, -1).join('/');
    if (!isProducedFileName(name))
        return false;
    if (outputDir !== undefined)
        return folder === joined(outputDir, asset);
    return segments.length >= 2 && segments.at(-2) === asset;
}

;// CONCATENATED MODULE: ./src/assets/file-hash.ts
// sha256 of a file on disk, read in large blocks. Downloads do not hash while they stream (that
// slowed them by a fifth, bench figure 3); the few records that need a digest (the lockfile,
// the artifact's meshy-result.json) read the file back from the page cache once, or take it from
// glTF-Validator's worker, which reads a model whole anyway.



/** Files up to this size are read in one call: a stream costs more than the read itself. */
const SMALL_FILE = (/* unused pure expression or super */ null && (4 << 20));
async function file_hash_fileSha256(path) {
    if ((await stat(path)).size <= SMALL_FILE) {
        return createHash('sha256')
            .update(await readFile(path))
            .digest('hex');
    }
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
    }
    return hash.digest('hex');
}
/** A file's sha256, read from disk at most once per record: the lockfile and the artifact share it. */
async function file_hash_fileDigest(file) {
    file.sha256 ??= await file_hash_fileSha256(file.absPath);
    return file.sha256;
}

;// CONCATENATED MODULE: ./src/batch/lockfile.ts
// The asset lockfile (docs/lockfile.md): what each asset was generated from and what it
// produced. Users commit it, so the format is stable and diff-friendly: a version field,
// sorted keys, one entry per asset, 2-space JSON with a trailing newline. It arrives in pull
// requests, so reading it checks every field (lockfile-check.ts) before anything trusts it.










function emptyLockfile() {
    return { version: LOCKFILE_VERSION, assets: Object.create(null) };
}
/**
 * Every string is redacted: an API answer that echoes the key must not put it in a commit. The
 * same bytes as `prettyJson` of the whole file (sorted keys, 2-space indent), joined.
 */
function serializeLockfile(lock) {
    return [...lockfileText(lock)].join('');
}
/**
 * The lockfile's text one asset at a time, so a library of 10,000 assets is never copied whole
 * (twice, redacted then sorted) before it is written. An entry removed while a writer awaits is
 * left out; each entry is serialised in one step, so none is ever half old, half new.
 */
function* lockfileText(lock) {
    const tail = `\n  },\n  "version": ${LOCKFILE_VERSION}\n}\n`;
    let first = true;
    for (const name of Object.keys(lock.assets).sort()) {
        const entry = lock.assets[name];
        if (entry === undefined)
            continue;
        const json = JSON.stringify(canonicalRedacted(entry), null, 2).replaceAll('\n', '\n    ');
        yield `${first ? '{\n  "assets": {\n' : ',\n'}    ${JSON.stringify(name)}: ${json}`;
        first = false;
    }
    yield first ? `{\n  "assets": {},\n  "version": ${LOCKFILE_VERSION}\n}\n` : tail;
}
/** sortKeys (canonical.ts) and redaction in one copy. */
function canonicalRedacted(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map(canonicalRedacted);
    if (value !== null && typeof value === 'object') {
        const out = Object.create(null);
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = canonicalRedacted(v);
        }
        return out;
    }
    return value;
}
/**
 * Parses and checks every entry; `label` names the file in errors. A syntax error gives only
 * its line and column: the text is never quoted (it could be any file a link pointed at).
 */
function parseLockfile(text, label, opts) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        const at = jsonErrorAt(text, err);
        const error = new ConfigurationError('lockfile', `${label} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}; ` +
            'fix it or delete it to start over');
        if (at)
            error.places = [{ file: slashed(label), line: at.line, message: error.message }];
        throw error;
    }
    try {
        return checkLockfile(data, label, opts);
    }
    catch (err) {
        if (err instanceof ConfigurationError)
            err.places = entryPlace(text, label, err.message);
        throw err;
    }
}
function jsonErrorAt(text, err) {
    const at = /position (\d+)/.exec(errorMessage(err));
    if (!at)
        return undefined;
    const before = text.slice(0, Number(at[1])).split('\n');
    return { line: before.length, column: before.at(-1).length + 1 };
}
/** The line of the entry a check names ("asset 'chair': …"), found by its key in the text. */
function entryPlace(text, file, message) {
    const asset = /asset '([A-Za-z0-9._-]+)'/.exec(message)?.[1];
    const index = asset ? text.indexOf(`"${asset}":`) : -1;
    if (index < 0)
        return [];
    return [{ file: slashed(file), line: text.slice(0, index).split('\n').length, message }];
}
/** Annotations take forward slashes on every runner. */
function slashed(path) {
    return path.split('\\').join('/');
}
/** Reads and checks the lockfile, or gives an empty one when there is none yet ('' as text). */
async function lockfile_readLockfile(path, opts) {
    const shown = relative(opts.workspace, path) || path;
    let text;
    try {
        text = await readWorkspaceText(opts.workspace, path);
    }
    catch (err) {
        const why = err instanceof PathEscapeError ? '; use a path inside the workspace' : '';
        throw new ConfigurationError('lockfile', why ? `${errorMessage(err)}${why}` : `cannot read ${shown} (${errorMessage(err)})`);
    }
    if (text === undefined)
        return { lock: emptyLockfile(), text: '' };
    return { lock: parseLockfile(text, shown, opts), text };
}
/** Written through safe-write.ts: checked path, temporary file, fsync, rename. */
async function writeLockfile(path, lock, workspace) {
    await writeTextSafely({ workspace, root: workspace }, path, lockfileText(lock));
}
/** The lock records of downloaded files: their digests are taken here, from disk. */
async function lockedFiles(files) {
    const records = [];
    for (const f of files) {
        records.push({
            path: f.path,
            sha256: await fileDigest(f),
            bytes: f.bytes,
            ...(f.stats ? lockfile_modelFacts(f.stats) : {})
        });
    }
    return records;
}
function lockfile_modelFacts(stats) {
    const facts = {
        triangles: stats.triangles,
        vertices: stats.vertices,
        'max-texture-size': stats['max-texture-size'],
        errors: stats.validation?.errors,
        warnings: stats.validation?.warnings
    };
    return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
}
/**
 * True when every recorded file exists inside the workspace, reached without a symbolic link, as
 * a regular file with the recorded size and sha256. Nothing outside is ever read or hashed (else
 * a lockfile could ask "does this file elsewhere have this hash").
 */
async function lockfile_filesIntact(workspace, files) {
    for (const file of files) {
        let abs;
        try {
            abs = await safeDestination({ workspace, root: workspace }, file.path);
            const st = await lstat(abs);
            if (!st.isFile() || st.size !== file.bytes)
                return false;
        }
        catch {
            return false;
        }
        if ((await fileSha256(abs)) !== file.sha256)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/batch/canonical.ts
// Canonical JSON: keys sorted at every level, so the same request always hashes the same and
// the lockfile diffs cleanly when users review it.

function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        // No prototype: a "__proto__" key (from JSON or a manifest's params) stays a plain key.
        const out = Object.create(null);
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
/** Compact canonical JSON: the input of a hash. */
function canonical_canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
/** Pretty canonical JSON for files people read: 2-space indent and a trailing newline. */
function prettyJson(value) {
    return JSON.stringify(sortKeys(value), null, 2) + '\n';
}
function canonical_sha256Hex(data) {
    return createHash('sha256').update(data).digest('hex');
}

;// CONCATENATED MODULE: ./src/batch/input-digests.ts

/** Keyed by the manifest's own names (prompt, texture-prompt, formats, …). */
function input_digests_inputDigests(spec, from) {
    const values = {
        task: spec.task,
        prompt: spec.prompt,
        'texture-prompt': spec.texturePrompt,
        image: spec.images.map(mediaIdentity),
        model: spec.model ? mediaIdentity(spec.model) : '',
        'input-task-id': from === undefined ? spec.inputTaskId : '',
        from: from ?? '',
        'ai-model': spec.aiModel,
        'texture-model': spec.textureModel,
        refine: spec.refine,
        'action-id': spec.actionId ?? null,
        params: spec.params,
        formats: spec.formats,
        download: spec.download
    };
    const out = Object.create(null);
    for (const [key, value] of Object.entries(values)) {
        out[key] = sha256Hex(canonicalJson(value)).slice(0, 12);
    }
    return out;
}
/** Names of the inputs whose digest differs, in the manifest's key order. */
function input_digests_changedInputs(before, now) {
    if (!isDigestMap(before))
        return undefined;
    // A key an older release did not record (texture-model) is not a change.
    return Object.keys(now).filter(key => key in before && before[key] !== now[key]);
}
/** A file's content decides, not the data URI it was sent as. */
function mediaIdentity(media) {
    return media.file ? `sha256:${media.file.sha256}` : media.value;
}
function isDigestMap(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every(v => typeof v === 'string'));
}

;// CONCATENATED MODULE: ./src/batch/lfs-pointer.ts
// Generated models usually live in Git LFS. A checkout without `lfs: true` leaves each of them as
// a small pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). Comparing a
// pointer's bytes with the lockfile's hash would say "changed" and pay to generate again; but a
// pointer whose oid and size are the lockfile's record means the file is in LFS exactly as
// generated, only not checked out here.


/** The spec caps pointer files below 1024 bytes; anything larger is not one. */
const POINTER_MAX_BYTES = 1024;
const VERSION_LINE = 'version https://git-lfs.github.com/spec/v1';
/** The oid (sha256, hex) and size of a pointer file's text, or undefined when it is not one. */
function parseLfsPointer(text) {
    const lines = text.split('\n');
    if (lines[0] !== VERSION_LINE)
        return undefined;
    const oid = lines.find(l => l.startsWith('oid sha256:'))?.slice('oid sha256:'.length);
    const size = lines.find(l => l.startsWith('size '))?.slice('size '.length);
    if (!oid || !/^[0-9a-f]{64}$/.test(oid) || !size || !/^\d+$/.test(size))
        return undefined;
    return { oid, size: Number(size) };
}
/**
 * True when the recorded file is, on disk, an LFS pointer to exactly the recorded bytes. Read
 * under the same rules as filesIntact: inside the workspace, no link on the way, a regular file.
 */
async function lfs_pointer_isLfsPointerOf(workspace, file) {
    try {
        const abs = await safeDestination({ workspace, root: workspace }, file.path);
        const st = await lstat(abs);
        if (!st.isFile() || st.size >= POINTER_MAX_BYTES || st.size === file.bytes)
            return false;
        const pointer = parseLfsPointer(await readFile(abs, 'utf8'));
        return pointer?.oid === file.sha256 && pointer.size === file.bytes;
    }
    catch {
        return false;
    }
}
const lfs_pointer_LFS_REASON = 'unchanged; in Git LFS, not checked out here';
/** One notice for every asset left alone because its files are LFS pointers. */
function noticeLfsPointers(assets, logger) {
    const n = assets.filter(a => a.inLfs).length;
    if (n === 0)
        return;
    const message = `${n} unchanged asset${n === 1 ? ' has its' : 's have their'} files in Git LFS, not checked ` +
        'out (pointer files whose oid and size match the lockfile): nothing is downloaded or ' +
        'created for them. Check out with `lfs: true` (actions/checkout) to have the files themselves.';
    if (logger.notice)
        logger.notice(message);
    else
        logger.info(message);
}

;// CONCATENATED MODULE: ./src/batch/legacy-request.ts
const MESH = ['glb', 'obj', 'fbx', 'stl', 'usdz', '3mf'];
const REMESH = ['glb', 'fbx', 'obj', 'usdz', 'blend', 'stl', '3mf'];
// Release 1.0 sent fields only one text-to-3d mode knows to that mode alone.
const PREVIEW_ONLY = [
    'model_type',
    'should_remesh',
    'topology',
    'target_polycount',
    'decimation_mode',
    'pose_mode',
    'is_a_t_pose',
    'symmetry_mode',
    'art_style',
    'negative_prompt',
    'seed',
    'geometry_resolution',
    'ultra_mode'
];
const REFINE_ONLY = [
    'enable_pbr',
    'texture_resolution',
    'hd_texture',
    'texture_image_url',
    'remove_lighting'
];
const REFINE_MODELS = ['meshy-5', 'meshy-6', 'meshy-7', 'latest'];
const opt = (key, value) => (value ? { [key]: value } : {});
const formats = (spec, allowed) => {
    const chosen = spec.formats.filter(f => allowed.includes(f));
    return chosen.length > 0 ? { target_formats: chosen } : {};
};
const source = (spec) => spec.inputTaskId ? { input_task_id: spec.inputTaskId } : opt('model_url', spec.model?.value);
const legacy_request_withParams = (body, params, drop = []) => ({
    ...body,
    ...Object.fromEntries(Object.entries(params).filter(([k]) => !drop.includes(k)))
});
function legacy_request_textTo3d(spec) {
    const common = { ...opt('ai_model', spec.aiModel), ...formats(spec, MESH) };
    const preview = {
        route: 'v2/text-to-3d',
        body: () => legacy_request_withParams({ mode: 'preview', prompt: spec.prompt, ...common }, spec.params, REFINE_ONLY)
    };
    const refine = {
        route: 'v2/text-to-3d',
        body: previous => {
            const body = legacy_request_withParams({
                mode: 'refine',
                preview_task_id: spec.inputTaskId || previous?.id,
                ...opt('texture_prompt', spec.texturePrompt),
                ...common
            }, spec.params, PREVIEW_ONLY);
            const model = body.ai_model;
            const smart = spec.params.model_type === 'smart-topology';
            if (model !== undefined && (smart || !REFINE_MODELS.includes(String(model))))
                delete body.ai_model;
            return body;
        }
    };
    if (spec.inputTaskId)
        return [refine];
    return spec.refine ? [preview, refine] : [preview];
}
const one = (route, body) => (spec) => [
    { route, body: () => legacy_request_withParams(body(spec), spec.params) }
];
const legacy_request_imageTo3d = (images) => (spec) => ({
    ...(spec.inputTaskId ? { input_task_id: spec.inputTaskId } : images(spec)),
    ...opt('texture_prompt', spec.texturePrompt),
    ...opt('ai_model', spec.aiModel),
    ...formats(spec, MESH)
});
const retexture = (spec) => ({
    ...source(spec),
    ...(spec.prompt
        ? { text_style_prompt: spec.prompt }
        : opt('image_style_url', spec.images[0]?.value)),
    ...opt('ai_model', spec.aiModel),
    ...formats(spec, MESH)
});
const legacy_request_image = (spec) => ({
    ai_model: spec.aiModel || 'nano-banana',
    prompt: spec.prompt
});
const LEGACY = {
    'text-to-3d': legacy_request_textTo3d,
    'image-to-3d': one('v1/image-to-3d', legacy_request_imageTo3d(s => opt('image_url', s.images[0]?.value))),
    'multi-image-to-3d': one('v1/multi-image-to-3d', legacy_request_imageTo3d(s => ({ image_urls: s.images.map(i => i.value) }))),
    'text-to-texture': one('v1/retexture', retexture),
    retexture: one('v1/retexture', retexture),
    remesh: one('v1/remesh', s => ({ ...source(s), ...formats(s, REMESH) })),
    rigging: one('v1/rigging', source),
    animation: one('v1/animations', s => ({ rig_task_id: s.inputTaskId, action_id: s.actionId })),
    'text-to-image': one('v1/text-to-image', legacy_request_image),
    'image-to-image': one('v1/image-to-image', s => ({
        ...legacy_request_image(s),
        reference_image_urls: s.images.map(i => i.value)
    }))
};
/**
 * The requests release 1.0 would have sent for this spec, or undefined when the spec uses
 * something that release did not have (texture-model), or is a task type it did not know.
 */
function legacy_request_legacySteps(spec) {
    if (spec.textureModel)
        return undefined;
    return LEGACY[spec.task]?.(spec);
}

;// CONCATENATED MODULE: ./src/batch/request-hash.ts




/** Bumped only if the hash's input changes shape (every asset would regenerate). */
const HASH_SCHEME = 1;
function request_hash_requestHash(spec, source) {
    const steps = kindOf(spec.task).steps(spec);
    const routes = steps.map(step => ({
        route: `${step.resource.version}/${step.resource.path}`,
        body: step.body
    }));
    return hashOf(spec, routes, source);
}
/**
 * The hash release 1.0 recorded for the same asset (its v1-era requests), or undefined when that
 * release could not have made it. `source` is the source asset's legacy hash.
 */
function request_hash_legacyRequestHash(spec, source) {
    const steps = legacySteps(spec);
    return steps && hashOf(spec, steps, source);
}
function hashOf(spec, steps, source) {
    const media = mediaHashes(spec);
    const bodies = steps.map((step, index) => {
        // A later step's body names the previous step's task: stand in a stable token for its id.
        const previous = index > 0 ? { id: `step-${index - 1}`, status: 'SUCCEEDED' } : undefined;
        return replaceStrings(step.body(previous), value => {
            if (source && value === FROM_PLACEHOLDER)
                return `from:${source.name}`;
            if (value.startsWith('data:'))
                return `sha256:${media.get(value) ?? sha256Hex(value)}`;
            return value;
        });
    });
    const input = {
        scheme: HASH_SCHEME,
        task: spec.task,
        steps: steps.map((step, i) => ({ resource: step.route, body: bodies[i] })),
        formats: spec.formats,
        download: spec.download,
        from: source ? { asset: source.name, hash: source.hash } : null
    };
    return `sha256:${sha256Hex(canonicalJson(input))}`;
}
/** Data URIs built from workspace files already carry the file's content hash. */
function mediaHashes(spec) {
    const map = new Map();
    for (const m of [...spec.images, ...(spec.model ? [spec.model] : [])]) {
        if (m.file)
            map.set(m.value, m.file.sha256);
    }
    return map;
}
function replaceStrings(value, replace) {
    if (typeof value === 'string')
        return replace(value);
    if (Array.isArray(value))
        return value.map(v => replaceStrings(v, replace));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, replace)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/batch/plan-batch.ts
// Decides, per asset, what this run does: nothing (unchanged and its files intact), pick up the
// tasks a previous run created (resume, or re-download while Meshy still keeps the results), or
// generate afresh; and says why, for the plan a reviewer reads. Pure apart from reading the
// recorded files to verify their hashes.










/** Re-download by id only while Meshy's URLs have this much life left. */
const EXPIRY_MARGIN_MS = (/* unused pure expression or super */ null && (10 * 60_000));
/** Meshy keeps tasks 3 days; an in-flight entry older than that cannot be picked up. */
const TASK_LIFETIME_MS = (/* unused pure expression or super */ null && (3 * 24 * 3600_000));
const IN_FLIGHT = (/* unused pure expression or super */ null && (['PENDING', 'IN_PROGRESS']));
const FILE_CHECKS_AT_ONCE = 16;
async function plan_batch_planBatch(all, selected, lock, opts) {
    const hashes = hashAll(all);
    const byName = new Map(all.map(a => [a.name, a]));
    const planned = new Map();
    // Checking recorded files is disk-bound: many at once, but not thousands of open files.
    const checkFiles = createPool(FILE_CHECKS_AT_ONCE);
    const planOne = (asset) => {
        let plan = planned.get(asset.name);
        if (!plan) {
            plan = planAsset(asset);
            planned.set(asset.name, plan);
        }
        return plan;
    };
    const planAsset = async (asset) => {
        const source = asset.from ? await planOne(named(byName, asset.from)) : undefined;
        const { hash, legacy } = named(hashes, asset.name);
        const entry = lock.assets[asset.name];
        const inputs = inputDigests(asset.spec, asset.from);
        const steps = kindOf(asset.spec.task).steps(asset.spec);
        const fromLegacy = entry !== undefined && entry.hash !== hash && entry.hash === legacy();
        const decision = source?.creates === true
            ? fresh(sourceReason(asset, entry, inputs))
            : fromLegacy
                ? await decideLegacy(entry, asset, steps.length, inputs, { ...opts, checkFiles })
                : await decide(entry, hash, inputs, { ...opts, checkFiles });
        const { action } = decision;
        const remaining = action.kind === 'run' ? steps.slice(action.existing.length) : [];
        const result = {
            asset,
            hash,
            inputs,
            action,
            verdict: { action: planAction(action, remaining.length > 0), reason: decision.reason },
            estimate: remaining.reduce((sum, s) => sum + s.estimate, 0),
            creates: remaining.length > 0,
            ...(fromLegacy ? { legacy: true } : {}),
            ...(decision.inLfs ? { inLfs: true } : {})
        };
        return result;
    };
    return Promise.all(selected.map(planOne));
}
/**
 * An entry release 1.0 made, whose v1-era request still matches: decided like any unchanged
 * entry, except that its task ids follow the old steps (text-to-3d: preview, then refine). The
 * last ids are the results; a two-step asset stopped between its steps is generated anew.
 */
async function decideLegacy(entry, asset, stepCount, inputs, opts) {
    const oldSteps = legacySteps(asset.spec)?.length ?? stepCount;
    const ids = idPrefix(entry['task-ids']);
    if (ids.length < oldSteps && entry.status !== 'SUCCEEDED') {
        return fresh('an interrupted run of release 1.0 stopped between its steps: generated in one call');
    }
    const mapped = { ...entry, 'task-ids': ids.slice(Math.max(0, ids.length - stepCount)) };
    const decision = await decide(mapped, entry.hash, inputs, opts);
    if (decision.action.kind === 'run' && decision.action.pending)
        delete decision.action.pending;
    return decision;
}
function fresh(reason) {
    return { action: { kind: 'run', existing: [] }, reason };
}
function planAction(action, creates) {
    if (action.kind === 'unchanged')
        return 'unchanged';
    if (action.existing.length === 0 && !action.pending)
        return 'generate';
    return creates || action.pending ? 'resume' : 'download';
}
async function decide(entry, hash, inputs, opts) {
    if (!entry)
        return fresh('new asset');
    if (entry.hash !== hash)
        return fresh(changeReason(entry, inputs));
    const ids = idPrefix(entry['task-ids']);
    if (entry.status === 'SUCCEEDED') {
        const { problem, inLfs } = entry.error
            ? { problem: 'last run did not finish its downloads', inLfs: false }
            : await opts.checkFiles(() => fileProblem(opts.workspace, entry.files));
        if (!problem && inLfs)
            return { action: { kind: 'unchanged' }, reason: LFS_REASON, inLfs };
        if (!problem)
            return { action: { kind: 'unchanged' }, reason: 'unchanged' };
        const expires = Date.parse(entry['expires-at'] ?? '');
        if (expires > opts.now + EXPIRY_MARGIN_MS) {
            const until = new Date(expires).toISOString().slice(0, 10);
            return {
                action: { kind: 'run', existing: ids },
                reason: `${problem}, task still downloadable until ${until}`
            };
        }
        return fresh(`${problem} and Meshy no longer keeps the task's results: generate again`);
    }
    if (IN_FLIGHT.includes(entry.status) && opts.now - Date.parse(entry.updated) < TASK_LIFETIME_MS) {
        const sentAt = Date.parse(entry.pending?.['sent-at'] ?? '');
        const pending = entry.pending && entry.pending.step === ids.length && Number.isFinite(sentAt)
            ? { step: entry.pending.step, sentAt }
            : undefined;
        const reason = pending
            ? 'an interrupted run sent a create whose reply was lost: look it up before creating'
            : `an interrupted run left ${ids.length === 1 ? 'a task' : `${ids.length} tasks`} at Meshy: pick up`;
        return { action: { kind: 'run', existing: ids, pending }, reason };
    }
    if (IN_FLIGHT.includes(entry.status))
        return fresh("an interrupted run's tasks have expired");
    return fresh(`last attempt ended ${entry.status}`);
}
/** "prompt changed", "prompt and formats changed"; old lockfiles without digests say less. */
function changeReason(entry, inputs) {
    const changed = changedInputs(entry.inputs, inputs);
    return changed?.length ? listChanged(changed) : 'request changed';
}
function sourceReason(asset, entry, inputs) {
    const why = `source ${asset.from} regenerates`;
    if (!entry)
        return `new asset; ${why}`;
    const changed = changedInputs(entry.inputs, inputs);
    return changed?.length ? `${listChanged(changed)}; ${why}` : why;
}
function listChanged(names) {
    const shown = names.length > 3 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
    const last = shown.at(-1);
    return `${shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${last}` : last} changed`;
}
/**
 * The first recorded file that is missing or no longer what was generated, in words; and whether
 * any file is a Git LFS pointer to exactly what was generated (present in LFS, not checked out).
 */
async function fileProblem(workspace, files) {
    let inLfs = false;
    for (const file of files) {
        if (await filesIntact(workspace, [file]))
            continue;
        if (await isLfsPointerOf(workspace, file)) {
            inLfs = true;
            continue;
        }
        const what = MODEL_FORMATS.includes(extname(file.path).slice(1))
            ? 'model file'
            : basename(file.path);
        const problem = existsSync(resolve(workspace, file.path))
            ? `${what} changed on disk`
            : `${what} missing`;
        return { problem, inLfs };
    }
    return { inLfs };
}
/** Hashes every asset, sources first (a chained asset's hash includes its source's). */
/** Manifest parsing checks every name it hands on (`from` included); a miss here is a bug. */
function named(map, name) {
    const value = map.get(name);
    if (value === undefined)
        throw new Error(`Internal error: no manifest asset named '${name}'`);
    return value;
}
function hashAll(assets) {
    const byName = new Map(assets.map(a => [a.name, a]));
    const hashes = new Map();
    const hashOf = (asset) => {
        const known = hashes.get(asset.name);
        if (known)
            return known;
        const src = asset.from ? byName.get(asset.from) : undefined;
        const from = src && hashOf(src);
        const hash = requestHash(asset.spec, src && { name: src.name, hash: from.hash });
        let legacy = null;
        const legacyOf = () => {
            if (legacy !== null)
                return legacy;
            const source = from?.legacy();
            legacy =
                src && !source
                    ? undefined
                    : legacyRequestHash(asset.spec, src && { name: src.name, hash: source });
            return legacy;
        };
        const both = { hash, legacy: legacyOf };
        hashes.set(asset.name, both);
        return both;
    };
    for (const asset of assets)
        hashOf(asset);
    return hashes;
}
/** The ids of the first steps, up to the first gap (steps run in order). */
function idPrefix(ids) {
    const out = [];
    for (const id of ids) {
        if (typeof id !== 'string' || id === '')
            break;
        out.push(id);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/batch/shard.ts
// Matrix sharding: a stable partition of the manifest's assets so `strategy.matrix` can spread
// one manifest over several runners. A chain (an asset and everything that starts `from` it)
// must run in one shard, because the chained asset needs its source's task id: so each asset
// goes to the shard of its chain's root, chosen by a hash of the root's name. Adding or removing
// other assets never moves an asset to another shard.

/** The root of an asset's chain: follow `from` until an asset without one. */
function chainRoot(name, fromOf) {
    let current = name;
    const seen = new Set();
    for (let next = fromOf(current); next !== undefined; next = fromOf(current)) {
        if (seen.has(next))
            break; // cycles are rejected by the manifest check; stay total here
        seen.add(current);
        current = next;
    }
    return current;
}
/** 1-based shard index of a chain root. */
function shardOf(root, total) {
    const n = Number.parseInt(sha256Hex(root).slice(0, 12), 16);
    return (n % total) + 1;
}
/** The names (in input order) that belong to `shard`. */
function shard_selectShard(assets, shard) {
    if (!shard || shard.total <= 1)
        return assets;
    const byName = new Map(assets.map(a => [a.name, a]));
    const fromOf = (name) => byName.get(name)?.from;
    return assets.filter(a => shardOf(chainRoot(a.name, fromOf), shard.total) === shard.index);
}

;// CONCATENATED MODULE: ./src/assets/gltf-counts.ts
// Triangle and vertex counts from a glTF's accessors, counted as glTF-Validator counts them (per
// primitive of each mesh), and the check that keeps a lying file away from the validator: an
// accessor may not declare more element bytes than the whole file holds. A 2 KB GLB whose sparse
// accessors declare 2^32-1 elements kept the validator busy for over an hour (issue 24).
const COMPONENT_BYTES = {
    5120: 1,
    5121: 1,
    5122: 2,
    5123: 2,
    5125: 4,
    5126: 4
};
const COMPONENTS = {
    SCALAR: 1,
    VEC2: 2,
    VEC3: 3,
    VEC4: 4,
    MAT2: 4,
    MAT3: 9,
    MAT4: 16
};
/** A sentence naming the first accessor that declares more than `fileBytes` can hold. */
function gltf_counts_oversizedAccessor(json, fileBytes) {
    const accessors = list(json.accessors);
    for (let i = 0; i < accessors.length; i++) {
        const a = accessors[i];
        const element = elementBytes(a);
        const count = a.count;
        if (!isCount(count))
            return `accessor ${i} declares a count of ${String(count)}`;
        if (count * element > fileBytes) {
            return `accessor ${i} declares ${count} elements (${count * element} bytes) in a file of ${fileBytes} bytes`;
        }
        const sparse = a.sparse?.count;
        if (a.sparse === undefined)
            continue;
        const index = COMPONENT_BYTES[Number(a.sparse.indices?.componentType)] ?? 1;
        if (!isCount(sparse) || sparse * (element + index) > fileBytes) {
            return `accessor ${i} declares ${String(sparse)} sparse elements in a file of ${fileBytes} bytes`;
        }
    }
    return undefined;
}
/** Sums over every primitive: POSITION's count, and triangles by the primitive's mode. */
function gltf_counts_meshCounts(json) {
    const accessors = list(json.accessors);
    const countOf = (index) => {
        const count = typeof index === 'number' ? accessors[index]?.count : undefined;
        return isCount(count) ? count : undefined;
    };
    const out = { triangles: 0, vertices: 0 };
    for (const mesh of list(json.meshes)) {
        for (const p of list(mesh?.primitives)) {
            const vertices = countOf(p?.attributes?.POSITION);
            if (vertices === undefined)
                continue;
            out.vertices += vertices;
            const drawn = p.indices === undefined ? vertices : (countOf(p.indices) ?? 0);
            out.triangles += trianglesOf(p.mode ?? 4, drawn);
        }
    }
    return out;
}
function trianglesOf(mode, drawn) {
    if (mode === 4)
        return Math.floor(drawn / 3);
    if (mode === 5 || mode === 6)
        return Math.max(0, drawn - 2); // strip, fan
    return 0; // points and lines draw no triangles
}
function elementBytes(a) {
    const component = COMPONENT_BYTES[Number(a.componentType)] ?? 1;
    return component * (COMPONENTS[String(a.type)] ?? 1);
}
function isCount(n) {
    return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/assets/validator-run.ts
// Runs glTF-Validator in a worker thread with a stated memory limit and the run's deadline: the
// validator is synchronous Dart code that a hostile file can keep busy for hours or make allocate
// gigabytes, and only a thread can be stopped from outside (issue 24, issue 25).




/** Files over this are not validated (an info line says so): the worker holds the whole file. */
const validator_run_MAX_VALIDATE_BYTES = (/* unused pure expression or super */ null && (256 * 1024 * 1024));
/**
 * GLBs up to this are validated whole, container checks included; larger ones as JSON plus their
 * binary chunk (validator-worker.ts), which keeps the worker at the file's size plus its heap.
 */
const validator_run_WHOLE_GLB_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** The validator's JavaScript heap; its file buffer (up to MAX_VALIDATE_BYTES) comes on top. */
const VALIDATOR_HEAP_MB = 192;
const WORKER_SCRIPT = 'gltf-validator-worker.cjs';
/**
 * Validates one file in the run's validator thread, started on first use and kept for the next
 * model (a thread and the validator's script cost tens of milliseconds of CPU to start, bench
 * figure 9). Jobs run one at a time; a job still running at its deadline, or one that runs out
 * of heap, ends the thread, and the next job starts a fresh one.
 */
function validator_run_runValidator(job, opts) {
    const deadline = Date.now() + opts.timeoutMs;
    const run = line.then(() => runNow(job, deadline - Date.now()));
    line = run.catch(() => undefined);
    return run;
}
let line = Promise.resolve();
let thread;
let nextId = 0;
async function runNow(job, timeoutMs) {
    if (timeoutMs <= 0)
        return {
            failure: 'timeout',
            message: 'glTF-Validator was not started: the deadline has passed'
        };
    const worker = await (thread ??= startThread());
    const id = nextId++;
    worker.ref(); // a job keeps the process alive; an idle thread never does
    return new Promise(resolve => {
        const settle = (outcome, end) => {
            clearTimeout(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            if (end) {
                thread = undefined;
                void worker.terminate();
            }
            else
                worker.unref();
            resolve(outcome);
        };
        const onMessage = (msg) => {
            if (msg.id !== id)
                return;
            if (msg.error !== undefined || typeof msg.sha256 !== 'string') {
                settle({ failure: 'crash', message: `glTF-Validator failed: ${msg.error ?? 'no report'}` }, false);
            }
            else
                settle({ report: msg.report, sha256: msg.sha256 }, false);
        };
        const onError = (err) => {
            const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
            const message = memory
                ? `glTF-Validator needed more than its ${VALIDATOR_HEAP_MB} MB heap`
                : `glTF-Validator failed: ${err.message}`;
            settle({ failure: memory ? 'memory' : 'crash', message }, true);
        };
        const onExit = (code) => settle({ failure: 'crash', message: `glTF-Validator exited (code ${code}) with no report` }, true);
        const timer = setTimeout(() => settle({ failure: 'timeout', message: 'glTF-Validator was stopped at the deadline' }, true), timeoutMs);
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ id, job });
    });
}
async function startThread() {
    const source = await workerSource();
    const worker = new Worker(source.code, {
        eval: source.eval,
        resourceLimits: { maxOldGenerationSizeMb: VALIDATOR_HEAP_MB, maxYoungGenerationSizeMb: 32 },
        stdout: true,
        stderr: true
    });
    // The thread's stdout and stderr are its own (a runner reads the step's stdout for commands),
    // and never read: a read worker stream holds the process open until the thread ends, and an
    // idle thread must not keep a finished process alive. The worker writes nothing to them.
    worker.unref();
    // A thread that ended between jobs is not handed the next one.
    const started = thread;
    worker.once('exit', () => {
        if (thread === started)
            thread = undefined;
    });
    return worker;
}
let built;
/**
 * The bundle ships the worker as its own file; running from the sources (tests of src/, the
 * bench) it is bundled in memory on first use, with esbuild from devDependencies.
 */
function workerSource() {
    built ??= (async () => {
        const here = dirname(fileURLToPath(import.meta.url));
        const shipped = join(here, WORKER_SCRIPT);
        if (existsSync(shipped))
            return { code: shipped, eval: false };
        const source = join(here, 'validator-worker.ts');
        if (!existsSync(source))
            throw new Error(`${WORKER_SCRIPT} is missing beside the bundle`);
        const tool = 'esbuild'; // a variable specifier: the bundler must not pull esbuild in
        const esbuild = (await __nccwpck_require__(8673)(tool));
        const out = await esbuild.build({ ...WORKER_BUILD, entryPoints: [source], write: false });
        return { code: out.outputFiles[0].text, eval: true };
    })();
    return built;
}
/** The same options scripts/bundle.mjs uses for dist/gltf-validator-worker.cjs. */
const WORKER_BUILD = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'silent'
};

;// CONCATENATED MODULE: ./src/assets/model-stats.ts
// What a downloaded model weighs and whether it is valid glTF. The stats come from the file's
// JSON and a few bytes of each embedded image (glb-layout.ts, image-size.ts), never from the
// whole file; Khronos glTF-Validator gives the verdict in a worker thread with a stated memory
// limit that the deadline can stop (validator-run.ts). With `validate: off` only the JSON and
// image headers are read. A file that cannot be read gets a validation error, never a crash.






const MAX_MESSAGES = 20;
function model_stats_isGltfPath(path) {
    return /\.(glb|gltf)$/i.test(path);
}
/** Stats of one model file; glTF/GLB files are measured and (unless `validate` is false) validated. */
async function inspectModel(absPath, relPath, bytes, opts) {
    return (await inspectModelFile(absPath, relPath, bytes, opts)).stats;
}
/**
 * The stats, and the file's sha256 when the validator read the whole file anyway (so the
 * lockfile need not read it again).
 */
async function inspectModelFile(absPath, relPath, bytes, opts) {
    const stats = { path: relPath, bytes };
    if (!model_stats_isGltfPath(absPath))
        return { stats };
    let layout;
    const fh = await open(absPath, 'r');
    try {
        layout = await readLayout(fh, bytes, /\.glb$/i.test(absPath));
        const oversized = oversizedAccessor(layout.json, bytes);
        if (oversized) {
            if (opts.validate)
                stats.validation = single('ACCESSOR_TOO_LARGE', 'error', oversized);
            return { stats: { ...stats, ...(await structure(fh, layout, false)) } };
        }
        Object.assign(stats, await structure(fh, layout, true));
    }
    catch (err) {
        if (!(err instanceof LayoutError))
            throw err;
        if (opts.validate)
            stats.validation = single('UNREADABLE', 'error', `not a readable glTF: ${err.message}`);
        return { stats };
    }
    finally {
        await fh.close();
    }
    if (!opts.validate)
        return { stats };
    if (bytes > MAX_VALIDATE_BYTES) {
        const mib = MAX_VALIDATE_BYTES / 1024 / 1024;
        stats.validation = single('FILE_TOO_LARGE', 'info', `not validated: over ${mib} MiB`);
        return { stats };
    }
    const job = { path: absPath, bytes, maxIssues: 200, ...splitOf(layout, bytes) };
    return validated(job, stats, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}
/** A large GLB whose buffer 0 is its binary chunk is validated as JSON plus that chunk. */
function splitOf(layout, bytes) {
    const buffers = layout.json.buffers;
    const first = Array.isArray(buffers) ? buffers[0] : undefined;
    const embedded = first !== null && typeof first === 'object' && first.uri === undefined;
    if (bytes <= WHOLE_GLB_BYTES || !layout.bin || !embedded)
        return {};
    const jsonLength = layout.bin.start - 28;
    return { split: { jsonLength, binStart: layout.bin.start, binLength: layout.bin.length } };
}
/** Used when a caller has no deadline of its own (tests, the bench). */
const DEFAULT_TIMEOUT_MS = (/* unused pure expression or super */ null && (10 * 60_000));
async function validated(job, stats, timeoutMs) {
    const outcome = await runValidator(job, { timeoutMs });
    if ('failure' in outcome) {
        const code = { timeout: 'VALIDATOR_TIMEOUT', memory: 'VALIDATOR_MEMORY', crash: 'UNREADABLE' };
        // Out of memory is the validator's limit, not a finding about the file.
        const severity = outcome.failure === 'memory' ? 'info' : 'error';
        return {
            stats: { ...stats, validation: single(code[outcome.failure], severity, outcome.message) }
        };
    }
    const report = outcome.report;
    return { stats: { ...stats, validation: validationOf(report) }, sha256: outcome.sha256 };
}
const SEVERITIES = (/* unused pure expression or super */ null && (['error', 'warning', 'info', 'hint']));
function validationOf(report) {
    const issues = report?.issues ?? {};
    const messages = (Array.isArray(issues.messages) ? issues.messages : [])
        .map(m => ({
        code: String(m.code ?? ''),
        severity: SEVERITIES[m.severity ?? 0] ?? 'error',
        pointer: String(m.pointer ?? ''),
        message: String(m.message ?? '')
    }))
        .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
        .slice(0, MAX_MESSAGES);
    return {
        errors: Number(issues.numErrors ?? 0),
        warnings: Number(issues.numWarnings ?? 0),
        infos: Number(issues.numInfos ?? 0),
        hints: Number(issues.numHints ?? 0),
        messages
    };
}
/** Counts (unless the accessors lie), meshes, materials, textures and their largest side, bounds. */
async function structure(fh, layout, counted) {
    const gltf = (layout.json && typeof layout.json === 'object' ? layout.json : {});
    const sides = await textureSides(fh, layout, gltf);
    const bounds = boundsOf(gltf);
    return {
        ...(counted ? meshCounts(gltf) : {}),
        meshes: arrayLength(gltf.meshes),
        materials: arrayLength(gltf.materials),
        textures: arrayLength(gltf.textures),
        ...(sides.some(s => s > 0) ? { 'max-texture-size': Math.max(...sides) } : {}),
        ...(bounds ? { bounds } : {})
    };
}
/** The largest side of each texture's image, 0 where it cannot be read. */
async function textureSides(fh, layout, gltf) {
    const sides = [];
    const textures = Array.isArray(gltf.textures) ? gltf.textures : [];
    const seen = new Map();
    for (const texture of textures) {
        const source = texture?.source;
        if (typeof source !== 'number')
            continue;
        if (!seen.has(source))
            seen.set(source, await imageSide(fh, layout, gltf, source));
        sides.push(seen.get(source) ?? 0);
    }
    return sides;
}
async function imageSide(fh, layout, gltf, image) {
    const view = gltf.bufferViews?.[gltf.images?.[image]?.bufferView ?? -1];
    // Only the GLB's own binary chunk is read: a URI is never followed from a download.
    if (!layout.bin || !view || (view.buffer ?? 0) !== 0)
        return 0;
    const offset = Number(view.byteOffset ?? 0);
    const length = Number(view.byteLength);
    if (!(offset >= 0 && length > 0 && offset + length <= layout.bin.length))
        return 0;
    const start = layout.bin.start + offset;
    const size = await imageSize((at, n) => readAt(fh, start + at, Math.max(0, Math.min(n, length - at))), length);
    return size ? Math.max(size.width, size.height) : 0;
}
/** A JSON of the wrong shape (say `nodes: 5`) has no bounds; its validation says why. */
function boundsOf(gltf) {
    try {
        return sceneBounds(gltf);
    }
    catch {
        return undefined;
    }
}
function arrayLength(value) {
    return Array.isArray(value) ? value.length : 0;
}
function single(code, severity, message) {
    return {
        errors: severity === 'error' ? 1 : 0,
        warnings: 0,
        infos: severity === 'info' ? 1 : 0,
        hints: 0,
        messages: [{ code, severity, pointer: '', message }]
    };
}

;// CONCATENATED MODULE: ./src/render/render-models.ts
// Which downloaded files get a render sheet, and where it goes: every glTF/GLB model (a preview,
// a refine, a rigged character; animation clips are not drawn) gets
// `<its folder>/renders/<model base name>.png`. One sheet per base name and folder: when a task
// has both model.glb and model.gltf, the GLB is drawn.




const RENDER_FOLDER = 'renders';
function modelsToRender(files) {
    const chosen = new Map();
    for (const file of files) {
        if (file.kind !== 'model' || !isGltfPath(file.path))
            continue;
        const key = render_models_sheetPath(file.absPath);
        const held = chosen.get(key);
        if (!held || (/\.gltf$/i.test(held.path) && /\.glb$/i.test(file.path)))
            chosen.set(key, file);
    }
    return [...chosen.values()];
}
/** `<folder>/renders/<base>.png` for a model at `<folder>/<base>.<ext>`. */
function render_models_sheetPath(modelPath, suffix = '') {
    const base = basename(modelPath, extname(modelPath));
    return join(dirname(modelPath), RENDER_FOLDER, `${base}${suffix}.png`);
}
/** Draws each model's sheet; returns the sheets written, as files of the run. */
async function renderModels(session, files, workspace) {
    const sheets = [];
    for (const model of modelsToRender(files)) {
        const dest = render_models_sheetPath(model.absPath);
        const outcome = await session.render(model.absPath, model.path, dest);
        if (!outcome.drawn) {
            if (outcome.why)
                model.renderNote = outcome.why;
            continue;
        }
        const { size } = await stat(dest);
        sheets.push({
            kind: 'render',
            label: 'render sheet',
            path: workspaceRelative(workspace, dest),
            absPath: dest,
            bytes: size,
            taskId: model.taskId,
            shows: model.path
        });
    }
    return sheets;
}

;// CONCATENATED MODULE: ./src/batch/superseded.ts
// Files an earlier run generated that no asset produces any more: an asset removed from the
// manifest, or one regenerated with other formats or downloads. Left alone they would linger in
// the output folder and in every commit of it. Only files the lockfile still describes exactly
// (same size and sha256) are deleted, so nothing a person has edited or replaced is ever lost;
// an asset whose run did not succeed keeps its old files.









/** The files each asset had when the run began, before any entry is rewritten. */
function superseded_lockedFilesByAsset(lock) {
    return new Map(Object.entries(lock.assets).map(([name, entry]) => [name, [...entry.files]]));
}
async function removeSuperseded(folders, before, lock, logger) {
    const stillProduced = new Set(Object.values(lock.assets).flatMap(e => e.files.map(f => f.path)));
    for (const [name, files] of before) {
        const entry = lock.assets[name];
        // Still in the manifest but not (yet) regenerated: its old files are all it has.
        if (entry && (entry.status !== 'SUCCEEDED' || entry.error))
            continue;
        for (const file of files) {
            if (stillProduced.has(file.path))
                continue;
            const why = entry ? `no longer produced by ${name}` : `${name} left the manifest`;
            await removeIfIntact(folders, name, file, why, logger);
        }
    }
}
/** Never the repository's own machinery, whatever output-dir is. */
const PROTECTED = /(^|\/)\.git(hub)?(\/|$)/;
/**
 * Deletes only what this action could have written for `asset`: a file name it gives, directly in
 * <output-dir>/<asset>/, reached without a symbolic link, with its recorded size and sha256.
 */
async function removeIfIntact(folders, asset, file, why, logger) {
    const assetDir = join(folders.outputDir, asset);
    const outputRel = workspaceRelative(folders.workspace, folders.outputDir);
    let abs;
    try {
        if (!isAssetFile(file.path, asset, outputRel) || PROTECTED.test(file.path))
            throw new Error();
        abs = await safeDestination({ workspace: folders.workspace, root: assetDir }, file.path);
    }
    catch {
        logger.info(`Kept ${file.path} (${why}): not a file this action writes for ${asset}.`);
        return;
    }
    if (!existsSync(abs))
        return;
    if (!(await filesIntact(folders.workspace, [file]))) {
        logger.info(`Kept ${file.path} (${why}): it changed since it was generated.`);
        return;
    }
    await rm(abs, { force: true });
    await removeSheetOf(folders, assetDir, abs);
    // The asset's folder goes too once it is empty; a folder with anything else in it stays.
    if (dirname(abs) === assetDir)
        await rmdir(assetDir).catch(() => undefined);
    logger.info(`Removed ${file.path}: ${why}.`);
}
/** A removed model's render sheet is the action's own picture of it: it goes with the model. */
async function removeSheetOf(folders, assetDir, model) {
    if (!isGltfPath(model))
        return;
    const sheet = sheetPath(model);
    try {
        await rm(await safeDestination({ workspace: folders.workspace, root: assetDir }, sheet), {
            force: true
        });
        await rmdir(dirname(sheet));
    }
    catch {
        // A link on the way, or other files in renders/: left alone.
    }
}

;// CONCATENATED MODULE: ./src/batch/prepare.ts
// Everything a batch run decides before its first request: the manifest, the shard, the
// lockfile, and per asset what to do. A real run and a dry run share it, so a dry run on a pull
// request refuses exactly what the nightly run would.











const prepare_DEFAULT_LOCKFILE = 'meshy-lock.json';
async function prepareBatch(config, now) {
    const manifest = await loadManifest(config);
    const selected = selectShard(manifest.assets, config.shard);
    const lockPath = lockfilePath(config, manifest);
    const check = {
        workspace: config.workspace,
        now,
        outputDir: workspaceRelative(config.workspace, config.outputDir)
    };
    const { lock: onDisk, text: lockText } = await readLockfile(lockPath, check);
    const { lock, replayed } = await replayJournal(lockPath, onDisk, check);
    const filesBefore = lockedFilesByAsset(lock);
    const removed = pruneRemoved(lock, manifest);
    const planned = await planBatch(manifest.assets, selected, lock, {
        workspace: config.workspace,
        now
    });
    const estimate = planned.reduce((sum, p) => sum + p.estimate, 0);
    const warnings = checkAssetRules(planned, now);
    const kept = planned.filter(p => p.legacy).length;
    const notice = kept > 0
        ? `${kept} lockfile entr${kept === 1 ? 'y was' : 'ies were'} made on Meshy's API v1 (text-to-3d as preview and refine); ` +
            `they stay valid and are not generated again. Only a changed asset is made the v2 way.`
        : undefined;
    return {
        notice,
        manifest,
        lockPath,
        lock,
        lockText,
        replayed,
        filesBefore,
        removed,
        planned,
        estimate,
        warnings
    };
}
/**
 * A journal beside the lockfile means a run was stopped before it compacted (docs/lockfile.md):
 * its records hold task ids already paid for, so every plan, a dry run's too, sees them. Only
 * in memory here; the real run folds them into the file (LockStore.adopt).
 */
async function replayJournal(lockPath, lock, check) {
    const records = await readJournal(journalPath(lockPath), check.workspace);
    if (!records?.length)
        return { lock, replayed: 0 };
    for (const { asset, entry } of records) {
        if (entry)
            lock.assets[asset] = entry;
        else
            delete lock.assets[asset];
    }
    // The replayed entries pass the same checks as the lockfile's own.
    const label = `${relative(check.workspace, lockPath)} with its journal`;
    return { lock: checkLockfile(lock, label, check), replayed: records.length };
}
/** The default path (beside the manifest) gets the same workspace check as an explicit one. */
function lockfilePath(config, manifest) {
    const path = config.lockfile || join(dirname(manifest.path), prepare_DEFAULT_LOCKFILE);
    try {
        return resolveInWorkspace(config.workspace, path);
    }
    catch (err) {
        throw new ConfigurationError('lockfile', `${errorMessage(err)}; use a path inside the workspace`);
    }
}
/** Entries of assets no longer in the manifest would only confuse reviewers. */
function pruneRemoved(lock, manifest) {
    const names = new Set(manifest.assets.map(a => a.name));
    const removed = new Map();
    for (const [name, entry] of Object.entries(lock.assets)) {
        if (names.has(name))
            continue;
        removed.set(name, entry);
        delete lock.assets[name];
    }
    return removed;
}

;// CONCATENATED MODULE: ./src/report/output-files.ts
// GitHub takes at most 1 MB of step outputs per job, and a job whose outputs are larger fails.
// `result`, `manifest-results`, `model-stats` and `plan` grow with the run (a batch of a thousand
// assets), so their full values also go to JSON files named by `*-file` outputs, and a plain
// output above OUTPUT_CAP becomes a short stand-in that points at its file, with a warning.




/** The outputs that may be large, each written to `<name>.json` and named by `<name>-file`. */
const LARGE_OUTPUTS = (/* unused pure expression or super */ null && (['result', 'manifest-results', 'model-stats', 'plan']));
/** Bytes a plain large output may hold; four of them stay well inside GitHub's 1 MB a job. */
const OUTPUT_CAP = (/* unused pure expression or super */ null && (64 * 1024));
/** Under the output folder; the folder ignores itself in git (it is rewritten every run). */
const OUTPUT_FILES_DIR = '.meshy-outputs';
/**
 * Writes each non-empty large output to its file and returns the `*-file` outputs
 * (workspace-relative paths). A write that fails is a warning: the plain outputs still follow.
 */
async function writeOutputFiles(values, config, logger) {
    const conf = { workspace: config.workspace, root: config.outputDir };
    const dir = join(config.outputDir, OUTPUT_FILES_DIR);
    const files = {};
    try {
        for (const name of LARGE_OUTPUTS) {
            if (!values[name])
                continue;
            if (Object.keys(files).length === 0) {
                await writeFileSafely(conf, join(dir, '.gitignore'), '*\n');
            }
            const path = join(dir, `${name}.json`);
            await writeFileSafely(conf, path, stripSecrets(values[name]));
            files[`${name}-file`] = relative(config.workspace, path).split(sep).join('/');
        }
    }
    catch (err) {
        logger.warning(`Could not write the output files: ${errorMessage(err)}`);
    }
    return files;
}
/** Replaces each large output above the cap by a stand-in naming its file, with a warning. */
function output_files_capLargeOutputs(outputs, warn) {
    for (const name of LARGE_OUTPUTS) {
        const bytes = Buffer.byteLength(outputs[name] ?? '');
        if (bytes <= OUTPUT_CAP)
            continue;
        const file = outputs[`${name}-file`] ?? null;
        outputs[name] = JSON.stringify({ cut: true, bytes, file });
        warn(`The output ${name} is ${bytes} bytes, over the ${OUTPUT_CAP} this action puts in one ` +
            'output (GitHub takes 1 MB for all outputs of a job), so it holds a short stand-in: ' +
            (file ? `read the full value from ${name}-file (${file}).` : 'the full value is lost.'));
    }
}

;// CONCATENATED MODULE: ./src/report/outputs.ts





/** What outputs read from the run mode: the formats asked for and the task id given. */
function asked(config) {
    switch (config.mode) {
        case 'create':
            return { formats: config.spec.formats, taskId: '' };
        case 'pick-up':
            return { formats: config.selection.formats, taskId: config.taskId };
        case 'batch':
            return { formats: config.selection.formats, taskId: '' };
        default:
            return assertNever(config);
    }
}
function taskOutputs(config, result) {
    const task = lastTask(result);
    const { formats, taskId } = asked(config);
    const urls = task ? urlsOf(task, formats) : undefined;
    const firstModel = result.files.find(f => f.kind === 'model' && f.path.endsWith(`.${formats[0]}`));
    const modelFile = firstModel ?? result.files.find(f => f.kind === 'model');
    const modelStats = modelFile?.stats;
    const out = {
        'task-id': str(task?.id) || taskId,
        'task-ids': JSON.stringify(result.tasks.map(t => str(t.task.id))),
        'task-type': str(task?.type),
        status: str(task?.status),
        'model-url': urls?.modelUrl ?? '',
        'model-urls': JSON.stringify(urls?.modelUrls ?? {}),
        'thumbnail-url': urls?.thumbnailUrl ?? '',
        'texture-urls': JSON.stringify(urls?.textureUrls ?? []),
        'image-urls': JSON.stringify(urls?.imageUrls ?? []),
        files: JSON.stringify(result.files.map(f => f.path)),
        'model-file': modelFile?.path ?? '',
        'thumbnail-file': result.files.find(f => f.kind === 'thumbnail')?.path ?? '',
        'model-stats': modelStats ? JSON.stringify(modelStats) : '',
        'render-files': JSON.stringify(renderFiles(result).map(f => f.path)),
        credits: String(totalCredits(result)),
        'expires-at': isoTime(task?.expires_at),
        result: task ? JSON.stringify(task) : ''
    };
    return out;
}
/** A field from the API as output text: strings as they are, anything else empty. */
function str(value) {
    return typeof value === 'string' ? value : '';
}
/** Meshy's ms timestamp as ISO 8601; empty when it is not a time a Date can hold. */
function isoTime(value) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
        return '';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
/** The outputs' values, before the size caps. */
function outputValues(config, result, extra = {}) {
    const outputs = safeOutputs(config, result);
    if (extra.artifactId !== undefined)
        outputs['artifact-id'] = String(extra.artifactId);
    if (extra.artifactUrl)
        outputs['artifact-url'] = extra.artifactUrl;
    if (extra.commentUrl)
        outputs['comment-url'] = extra.commentUrl;
    if (extra.summaryFile)
        outputs['summary-file'] = extra.summaryFile;
    if (extra.commentFile)
        outputs['comment-file'] = extra.commentFile;
    if (extra.artifactDigest)
        outputs['artifact-digest'] = extra.artifactDigest;
    if (extra.attestationUrl)
        outputs['attestation-url'] = extra.attestationUrl;
    if (extra.manifestResults)
        outputs['manifest-results'] = JSON.stringify(extra.manifestResults);
    if (extra.plan)
        outputs.plan = JSON.stringify(extra.plan);
    return outputs;
}
function outputs_writeOutputs(setOutput, config, result, extra = {}, options = {}) {
    const outputs = { ...outputValues(config, result, extra), ...options.files };
    capLargeOutputs(outputs, options.warn ?? (() => undefined));
    // Outputs keep their signed URLs (they are useless without them) but never a registered secret.
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, stripSecrets(String(value)));
}
/**
 * The outputs, never throwing: the task id is what a user needs to resume, so when anything in
 * a malformed answer breaks the full set, the ids and status are still written.
 */
function safeOutputs(config, result) {
    try {
        return taskOutputs(config, result);
    }
    catch {
        const task = lastTask(result);
        return {
            'task-id': str(task?.id) || asked(config).taskId,
            'task-ids': JSON.stringify(result.tasks.map(t => str(t.task.id))),
            status: str(task?.status)
        };
    }
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Escaping, formatting and size budgets for the summary and the PR comment.
// Both render GitHub-flavoured Markdown with HTML blocks, and neither escapes anything for us,
// so every string that came from a user or from Meshy goes through text() before it is placed.

// Beyond HTML's five: characters that Markdown or GitHub give meaning to even next to HTML
// (links, images, emphasis, tables, code, autolinked `https:`), and the signs of @mentions and
// #references.
const UNSAFE = /[&<>"'`*_[\]()!#|~\\@:{}$]/g;
const ZWJ = '\u200d';
/**
 * HTML-escapes a string so it renders as plain text in Markdown and HTML contexts alike. `@` and
 * `#` are the one exception: GitHub is reported to decode `&#64;name` and still notify, so those
 * signs are kept and followed by an invisible zero-width joiner, which no mention, reference or
 * heading survives.
 */
function markdown_escapeHtml(value) {
    return value.replace(UNSAFE, ch => ch === '@' || ch === '#' ? `${ch}${ZWJ}` : `&#${ch.charCodeAt(0)};`);
}
/**
 * Untrusted text as one inert line: redacted (keys, signed queries), escaped, with line breaks
 * folded (a blank line would end an HTML block and let Markdown run), and shortened.
 */
function markdown_text(value, maxChars = 1000) {
    const flat = (0,src_redact/* redact */.E$)(String(value ?? ''))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim();
    return markdown_escapeHtml(shorten(flat, maxChars));
}
/** A Meshy (or other) URL shown as text only: origin and path, never the signed query. */
function markdown_urlText(url) {
    return markdown_text(displayUrl(url), 300);
}
/** An href we built ourselves (GitHub run, artifact, preview-branch raw URL). */
function markdown_href(url) {
    return url.replace(/[&<>"']/g, ch => `&#${ch.charCodeAt(0)};`);
}
function shorten(value, maxChars) {
    const chars = Array.from(value);
    return chars.length <= maxChars ? value : `${chars.slice(0, maxChars - 1).join('')}…`;
}

/** How long a task took: our own times when we watched it, else Meshy's. */
function markdown_taskDuration(record) {
    if (record.endedAt !== undefined)
        return record.endedAt - record.startedAt;
    const { created_at: created, finished_at: finished } = record.task;
    return created && finished ? finished - created : undefined;
}
function markdown_formatDuration(ms) {
    if (ms === undefined || !Number.isFinite(ms) || ms < 0)
        return '–';
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${seconds % 60} s`;
}
/** Meshy times are Unix milliseconds; 0 means "not yet". */
function markdown_formatTime(ms) {
    if (!ms || !Number.isFinite(ms))
        return undefined;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function markdown_statusIcon(status) {
    if (status === 'SUCCEEDED' || status === 'generated' || status === 'unchanged')
        return '✅';
    if (status === 'resumed')
        return '🔁';
    if (status === 'FAILED' || status === 'failed')
        return '❌';
    if (status === 'CANCELED')
        return '⏹️';
    return '⏳';
}
/** Keeps whole blocks in order while their total UTF-8 size stays within the budget. */
function markdown_takeWithinBudget(blocks, budgetBytes) {
    const kept = [];
    let used = 0;
    for (const block of blocks) {
        const size = Buffer.byteLength(block, 'utf8');
        if (used + size > budgetBytes)
            break;
        kept.push(block);
        used += size;
    }
    return { kept, dropped: blocks.length - kept.length };
}
/** Last line of defence: no line of what we write may start a workflow command. */
function markdown_finalise(markdown) {
    return (0,src_redact/* neutraliseCommands */.$B)(markdown);
}
/** Shown at the top of the summary and the PR comment when the run used Meshy's test key. */
function markdown_testModeBanner(testMode) {
    if (!testMode)
        return '';
    return ("<p><strong>🧪 Test mode: sample results.</strong> Meshy's public test key returned sample " +
        'assets: no credits were spent, and the prompt did not shape the result.</p>\n\n');
}

;// CONCATENATED MODULE: ./src/report/model-markdown.ts

function model_markdown_modelFacts(stats, gates) {
    const over = (value, limit) => value !== undefined && limit !== undefined && value > limit ? ` ❌ over ${fmt(limit)}` : '';
    const facts = [`${formatBytes(stats.bytes)}${over(stats.bytes, gates?.maxFileSize)}`];
    if (stats.triangles !== undefined)
        facts.push(`${fmt(stats.triangles)} triangles${over(stats.triangles, gates?.maxTriangles)}`);
    if (stats.vertices !== undefined)
        facts.push(`${fmt(stats.vertices)} vertices`);
    if (stats.materials !== undefined)
        facts.push(plural(stats.materials, 'material'));
    if (stats.textures !== undefined) {
        const side = stats['max-texture-size'];
        const largest = side ? ` (largest ${side} px${over(side, gates?.maxTextureSize)})` : '';
        facts.push(`${plural(stats.textures, 'texture')}${largest}`);
    }
    const size = dimensions(stats.bounds);
    if (size)
        facts.push(size);
    const verdict = validationVerdict(stats);
    if (verdict)
        facts.push(verdict);
    return facts.join(' · ');
}
/** ✅ valid, ⚠️ 2 warnings (CODE), ❌ 1 error (CODE, CODE). */
function validationVerdict(stats) {
    const v = stats.validation;
    if (!v)
        return '';
    const codes = (severity) => {
        const list = [...new Set(v.messages.filter(m => m.severity === severity).map(m => m.code))];
        return list.length ? ` (${text(list.slice(0, 3).join(', '), 120)})` : '';
    };
    if (v.errors > 0)
        return `❌ ${plural(v.errors, 'error')}${codes('error')}`;
    if (v.warnings > 0)
        return `⚠️ ${plural(v.warnings, 'warning')}${codes('warning')}`;
    return '✅ valid glTF';
}
function dimensions(bounds) {
    if (!bounds)
        return '';
    const size = bounds.max.map((max, i) => max - bounds.min[i]);
    if (size.length !== 3 || !size.every(Number.isFinite))
        return '';
    return `${size.map(s => s.toFixed(2)).join(' × ')} m`;
}
function plural(n, noun) {
    return `${fmt(n)} ${noun}${n === 1 ? '' : 's'}`;
}
function fmt(n) {
    return n.toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./src/report/sheet-markdown.ts

/** The sheet as an image when it has a URL; otherwise its path, and the artifact when there is one. */
function sheet_markdown_sheetCell(path, alt, width, links) {
    const url = links.sheetUrls?.[path];
    if (url) {
        return `<a href="${href(url)}"><img src="${href(url)}" alt="${text(alt, 200)}" width="${width}"></a>`;
    }
    return sheetWhere(path, links);
}
/** The warning in place of a sheet that was not drawn (a texture over the limit, a failed page). */
function sheet_markdown_notDrawn(why) {
    return `⚠️ not drawn: ${text(why, 300)}`;
}
/** Where a sheet is when it cannot be shown: its path, in the artifact when one was uploaded. */
function sheetWhere(path, links) {
    const artifact = links.artifactUrl
        ? ` in the <a href="${href(links.artifactUrl)}">artifact</a>`
        : '';
    return `render sheet <code>${text(path, 300)}</code>${artifact}`;
}
/** "triangles 12 → 96 · vertices 24 → 100 · 3.3 KiB → 5.1 KiB": each stat both sides know. */
function statsChange(before, after) {
    if (!after)
        return '';
    const parts = [];
    const pair = (name, a, b) => {
        if (a === undefined || b === undefined)
            return;
        parts.push(a === b ? `${name} ${compact(a)} (same)` : `${name} ${compact(a)} → ${compact(b)}`);
    };
    pair('triangles', before.triangles, after.triangles);
    pair('vertices', before.vertices, after.vertices);
    const [a, b] = [formatBytes(before.bytes), formatBytes(after.bytes)];
    parts.push(a === b ? `${a} (same)` : `${a} → ${b}`);
    pair('largest texture', before['max-texture-size'], after['max-texture-size']);
    return parts.join(' · ');
}
/** 12, 12.1k, 3.4M: a count at a glance. */
function compact(n) {
    if (Math.abs(n) < 1000)
        return String(n);
    if (Math.abs(n) < 1e6)
        return `${trim(n / 1e3)}k`;
    return `${trim(n / 1e6)}M`;
}
function trim(n) {
    return n.toFixed(1).replace(/\.0$/, '');
}
/** Old | new per regenerated asset, for the rows that have a "before" sheet. */
function sheet_markdown_comparisonBlock(rows, links, width) {
    const pairs = rows.filter(r => r.previous);
    if (pairs.length === 0)
        return '';
    const body = pairs.map(row => {
        const before = row.previous;
        const change = statsChange(before.stats, row.stats);
        const after = row.sheet
            ? sheet_markdown_sheetCell(row.sheet, `${row.name} after`, width, links)
            : '<em>not rendered</em>';
        return (`<tr><td><strong>${text(row.name, 200)}</strong>${change ? `<br>${change}` : ''}</td>` +
            `<td>${sheet_markdown_sheetCell(before.sheet, `${row.name} before`, width, links)}</td><td>${after}</td></tr>\n`);
    });
    return ('<table>\n<tr><th>Regenerated asset</th><th>Before</th><th>After</th></tr>\n' +
        `${body.join('')}</table>\n\n`);
}

;// CONCATENATED MODULE: ./src/report/batch-summary.ts
// The batch job summary, made to scan in ten seconds: a count line, then one row per asset
// (preview image, status, credits, model size) with failed assets first, then those waiting for
// the next run (out of credits or time), then regenerated ones, then unchanged ones (those not started and those unchanged
// collapse into a single row each when there are many); then each regenerated asset's render
// sheet before and after; then, per asset that ran, its tasks' detail (ids, durations, Meshy
// URLs) folded into a <details> block.
// All HTML without blank lines inside a block, so GitHub's Markdown leaves it as it is.



/** Up to this many unchanged assets get a row each; more collapse into one counted row. */
const UNCHANGED_ROWS = 5;
const UNCHANGED_HEAD = '✅ {n} unchanged (no request, no credits)';
function groupOf(row) {
    if (row.status === 'unchanged')
        return 'unchanged';
    if (row.status === 'generated' || row.status === 'resumed')
        return 'regenerated';
    if (row.status === 'not started' || row.status === 'waiting')
        return 'waiting';
    return 'failed';
}
/** The blocks of a batch summary, most important first (the budget drops from the end). */
function batch_summary_renderBatchBlocks(rows, input, links, 
/** Bytes the table may take; rows past it become a "… N more" row. */
tableBudget) {
    const by = (g) => rows.filter(r => groupOf(r) === g);
    const failed = by('failed');
    const waiting = by('waiting');
    const notStarted = waiting.filter(r => r.status === 'not started');
    const regenerated = by('regenerated');
    const unchanged = by('unchanged');
    const row = (r) => assetRow(r, input, links);
    const tableRows = [
        ...failed.map(row),
        ...waiting.filter(r => r.status !== 'not started').map(row),
        ...byReason(notStarted).flatMap(([why, rows]) => folded(rows, row, notStartedHead(why))),
        ...regenerated.map(row),
        ...folded(unchanged, row, UNCHANGED_HEAD)
    ];
    const body = takeWithinBudget(tableRows, tableBudget);
    const more = body.dropped ? `<tr><td></td><td colspan="4">… ${body.dropped} more</td></tr>\n` : '';
    const overview = `<p>${counts(rows.length, [failed, waiting, regenerated, unchanged])}</p>\n\n` +
        '<table>\n<tr><th>Preview</th><th>Asset</th><th>Status</th><th>Credits</th><th>Model</th></tr>\n' +
        `${body.kept.join('')}${more}</table>\n\n`;
    const details = [...failed, ...waiting, ...regenerated]
        .map(r => assetDetails(r, input))
        .filter((block) => block !== undefined);
    const compared = comparisonBlock(regenerated, links, 384);
    return [overview, ...(compared ? [compared] : []), ...details];
}
function counts(total, groups) {
    const [failed, waiting, regenerated, unchanged] = groups.map(g => g.length);
    const parts = [
        ...(failed ? [`❌ ${failed} failed`] : []),
        ...(waiting ? [`⏳ ${waiting} waiting for the next run`] : []),
        ...(regenerated ? [`✅ ${regenerated} generated`] : []),
        ...(unchanged ? [`${unchanged} unchanged`] : [])
    ];
    return `<strong>${total} asset(s)</strong>: ${parts.join(' · ')}`;
}
function assetRow(row, input, links) {
    const records = recordsOf(row, input);
    const image = previewOf(row, links);
    const preview = image
        ? `<img src="${href(image)}" alt="preview of ${text(row.name, 200)}" width="128">`
        : '';
    // "not started: out of time" reads as one phrase; a failure's reason goes on its own line.
    const error = row.error
        ? `${groupOf(row) === 'waiting' ? ': ' : '<br>'}${text(row.error, 300)}`
        : '';
    // Why it ran ("prompt changed", "source chair regenerates"): the reviewer's first question.
    const why = row.why ? `<br><em>${text(row.why, 200)}</em>` : '';
    const status = `${statusIcon(row.status)} ${text(row.status, 60)}${error}${why}`;
    const model = modelCell(row, input);
    const credits = records.length || row.credits ? String(row.credits) : '–';
    return (`<tr><td>${preview}</td><td><strong>${text(row.name, 200)}</strong></td>` +
        `<td>${status}</td><td align="right">${credits}</td><td>${model}</td></tr>\n`);
}
/** The folded row of assets not started for one reason (out of credits, out of time). */
function notStartedHead(why) {
    return `⏳ {n} not started: ${text(why, 60)} (they wait in the lockfile for the next run)`;
}
/** Rows grouped by their error, in order of first appearance. */
function byReason(rows) {
    const groups = new Map();
    for (const r of rows)
        groups.set(r.error ?? '', [...(groups.get(r.error ?? '') ?? []), r]);
    return [...groups];
}
/**
 * A row each, or past UNCHANGED_ROWS one folded row of names under `summary` ({n}: the count),
 * spanning a table of `columns` columns (the summary's first column, the preview, stays empty).
 */
function folded(rows, row, summary, columns = 5) {
    if (rows.length <= UNCHANGED_ROWS)
        return rows.map(row);
    const names = rows.map(r => `<code>${text(r.name, 200)}</code>`).join(', ');
    const head = summary.replace('{n}', String(rows.length));
    const lead = columns === 5 ? '<td></td>' : '';
    const span = columns === 5 ? 4 : columns;
    return [
        `<tr>${lead}<td colspan="${span}"><details><summary>${head}</summary>${names}</details></td></tr>\n`
    ];
}
/** The asset's render sheet on the preview branch, else the image of its newest task that has one. */
function previewOf(row, links) {
    const sheet = row.sheet ? links.sheetUrls?.[row.sheet] : undefined;
    if (sheet)
        return sheet;
    const urls = links.previewUrls ?? {};
    return [...row.taskIds]
        .reverse()
        .map(id => urls[id])
        .find(u => u);
}
function modelCell(row, input) {
    // Stats (this run's, or the lockfile's for an unchanged asset), any budget it breaks, a model
    // left undrawn, and flags (a size far from the declared one).
    const models = batch_summary_modelsOf(row, input);
    const notes = [
        ...(row.breaches ?? []).map(b => `<br>❌ ${text(b, 300)}`),
        ...models.filter(f => f.renderNote).map(f => `<br>${notDrawn(f.renderNote)}`),
        ...(row.flags ?? []).map(f => `<br>⚠️ ${text(f, 300)}`)
    ].join('');
    return `${filesFacts(row, models)}${notes}`;
}
function batch_summary_modelsOf(row, input) {
    const ids = new Set(row.taskIds);
    return input.result.files.filter(f => f.kind === 'model' && ids.has(f.taskId));
}
function filesFacts(row, models) {
    if (row.stats)
        return modelFacts(row.stats);
    if (models.length === 0)
        return '–';
    return models.map(f => `${text(f.label, 20)} ${formatBytes(f.bytes)}`).join(' · ');
}
function recordsOf(row, input) {
    const ids = new Set(row.taskIds);
    return input.result.tasks.filter(r => ids.has(r.task.id));
}
/** Ids, durations and links of the asset's tasks, folded away: needed only when digging. */
function assetDetails(row, input) {
    const records = recordsOf(row, input);
    if (records.length === 0)
        return undefined;
    const total = records.reduce((sum, r) => sum + (taskDuration(r) ?? 0), 0);
    const head = `<summary><strong>${text(row.name, 200)}</strong>: ${records.length} task(s), ` +
        `${row.credits} credits, ${formatDuration(total)}</summary>`;
    const taskRows = records.map(taskRow).join('');
    const files = filesLine(row, input);
    return (`<details>${head}\n<table>\n` +
        '<tr><th>Step</th><th>Task id</th><th>Status</th><th>Credits</th><th>Duration</th><th>Meshy URLs</th></tr>\n' +
        `${taskRows}</table>\n${files}</details>\n\n`);
}
function taskRow(record) {
    const { task } = record;
    const step = text(task.type ?? record.resource.path, 60);
    const status = `${statusIcon(String(task.status))} ${text(task.status, 40)}`;
    return (`<tr><td>${step}</td><td><code>${text(task.id, 80)}</code></td><td>${status}</td>` +
        `<td align="right">${text(task.consumed_credits ?? 0, 20)}</td>` +
        `<td>${formatDuration(taskDuration(record))}</td><td>${meshyUrls(record)}</td></tr>\n`);
}
/** Meshy's links as text only: the signature in their query grants access, so no hrefs. */
function meshyUrls(record) {
    const { task } = record;
    const urls = Object.entries(task.model_urls ?? {}).filter(([, u]) => typeof u === 'string' && u);
    if (task.thumbnail_url)
        urls.push(['thumbnail', task.thumbnail_url]);
    if (urls.length === 0)
        return '–';
    const expires = formatTime(task.expires_at);
    const list = urls.map(([k, u]) => `${text(k, 40)}: ${urlText(String(u))}`).join('<br>');
    return expires ? `${list}<br><em>expire at ${expires}</em>` : list;
}
function filesLine(row, input) {
    const ids = new Set(row.taskIds);
    const files = input.result.files.filter(f => ids.has(f.taskId));
    if (files.length === 0)
        return '';
    const list = files.map(f => `<code>${text(f.path, 300)}</code> (${formatBytes(f.bytes)})`);
    return `<p>Files: ${list.join(', ')}</p>\n`;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts

function plan_planTask(spec) {
    const kind = kindOf(spec.task);
    const steps = kind.steps(spec);
    return { kind, steps, estimate: steps.reduce((sum, s) => sum + s.estimate, 0) };
}

;// CONCATENATED MODULE: ./src/plan/run-plan.ts

/** In the order a reviewer cares about: what spends first, what changes nothing last. */
const run_plan_PLAN_ACTIONS = (/* unused pure expression or super */ null && (['generate', 'resume', 'download', 'remove', 'unchanged']));
/** The requests one task spec would create, each with its estimate. */
function singleTaskPlan(spec, balance) {
    const steps = spec ? planTask(spec).steps : [];
    const tasks = steps.map(step => ({ task: spec.task, step: step.name, estimate: step.estimate }));
    return { estimate: sum(tasks.map(t => t.estimate)), balance, tasks };
}
function batchPlan(assets, balance) {
    return { estimate: sum(Object.values(assets).map(a => a.estimate)), balance, assets };
}
/**
 * One sentence for the top of the summary and the comment, e.g. "Merging this will generate 3
 * assets (about 90 credits), download 1 again, and remove 2; 41 unchanged."
 */
function run_plan_planSentence(plan) {
    if (plan.tasks) {
        if (plan.tasks.length === 0)
            return 'This run would create no task; no credits would be spent.';
        return `This run would create ${count(plan.tasks.length, 'task')} (about ${plan.estimate} credits).`;
    }
    const by = countActions(plan);
    const parts = [];
    if (by.generate)
        parts.push(`generate ${count(by.generate, 'asset')}`);
    if (by.resume)
        parts.push(`resume ${count(by.resume, 'asset')}`);
    if (parts.length && plan.estimate > 0)
        parts[parts.length - 1] += ` (about ${plan.estimate} credits)`;
    if (by.download)
        parts.push(`download ${by.download} again`);
    if (by.remove)
        parts.push(`remove ${by.remove}`);
    const unchanged = `${by.unchanged} unchanged`;
    if (parts.length === 0)
        return `Merging this changes nothing: ${unchanged}; no credits would be spent.`;
    return `Merging this will ${joinAnd(parts)}; ${unchanged}.`;
}
function countActions(plan) {
    const out = Object.fromEntries(run_plan_PLAN_ACTIONS.map(a => [a, 0]));
    for (const asset of Object.values(plan.assets ?? {}))
        out[asset.action] += 1;
    return out;
}
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function joinAnd(parts) {
    if (parts.length < 3)
        return parts.join(' and ');
    return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}
function sum(values) {
    return values.reduce((a, b) => a + b, 0);
}

;// CONCATENATED MODULE: ./src/report/plan-markdown.ts
// A dry run's plan as the job summary and the sticky comment show it: one sentence, then the
// assets that will spend or change first, and the unchanged ones folded into a count. Asset names
// and reasons carry manifest text, so they go through text() like everything from outside.


const ICONS = {
    generate: '🆕',
    resume: '🔁',
    download: '⬇️',
    remove: '🗑️',
    unchanged: '✅'
};
/** The heading line and facts; `error` is what refused the run (max-credits), if anything. */
function plan_markdown_planHeading(plan, links, error, level) {
    const facts = [
        ...(error ? [`❌ ${text(error.message, 1000)}`] : []),
        text(planSentence(plan), 500),
        plan.balance === null ? 'balance not read' : `balance ${plan.balance} credits`,
        ...(links.runUrl ? [`<a href="${href(links.runUrl)}">workflow run</a>`] : [])
    ];
    return `${level} 🧊 Meshy plan (dry run)\n\n<p>${facts.join(' · ')}</p>\n\n`;
}
/** The table; at most `budgetBytes` of rows, the rest counted. */
function plan_markdown_planTable(plan, budgetBytes) {
    if (plan.tasks)
        return taskTable(plan, budgetBytes);
    const entries = Object.entries(plan.assets ?? {});
    const order = (a) => PLAN_ACTIONS.indexOf(a.action);
    const listed = entries
        .filter(([, a]) => a.action !== 'unchanged')
        .sort(([, a], [, b]) => order(a) - order(b));
    const unchanged = entries.filter(([, a]) => a.action === 'unchanged').map(([name]) => name);
    const rows = takeWithinBudget(listed.map(([name, a]) => plan_markdown_assetRow(name, a)), budgetBytes);
    const more = rows.dropped ? `<tr><td colspan="4">… ${rows.dropped} more</td></tr>\n` : '';
    const table = listed.length
        ? '<table>\n<tr><th>Asset</th><th>Action</th><th>Credits</th><th>Why</th></tr>\n' +
            `${rows.kept.join('')}${more}</table>\n\n`
        : '';
    return table + unchangedCount(unchanged);
}
function plan_markdown_assetRow(name, a) {
    const credits = a.estimate > 0 ? `~${a.estimate}` : '–';
    return `<tr><td>${text(name, 200)}</td><td>${ICONS[a.action]} ${a.action}</td><td>${credits}</td><td>${text(a.reason, 300)}</td></tr>\n`;
}
function unchangedCount(names) {
    if (names.length === 0)
        return '';
    const list = text(names.join(', '), 3000);
    return `<details><summary>${names.length} unchanged</summary>\n\n<p>${list}</p>\n\n</details>\n\n`;
}
function taskTable(plan, budgetBytes) {
    const tasks = plan.tasks ?? [];
    if (tasks.length === 0)
        return '';
    const rows = takeWithinBudget(tasks.map(t => `<tr><td>${text(t.task, 80)}</td><td>${text(t.step, 80)}</td><td>~${t.estimate}</td></tr>\n`), budgetBytes);
    return `<table>\n<tr><th>Task</th><th>Step</th><th>Credits</th></tr>\n${rows.kept.join('')}</table>\n\n`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary: a heading per run, a table per task, thumbnails, links, expiry.
// Rendered as HTML inside Markdown (tables with <br> and <img> need it); every untrusted string
// goes through text(), and the whole thing is kept far below GitHub's 1 MiB limit.











/** Far below the 1 MiB GitHub accepts per step, leaving room for other steps' summaries. */
const SUMMARY_BUDGET = (/* unused pure expression or super */ null && (256 * 1024));
/**
 * A pull request's body holds at most 65,536 characters: the `summary-file` copy stays below it,
 * so a scheduled run (which cannot comment) can put its summary in the PR it opens.
 */
const PR_BODY_BUDGET = 60_000;
function renderSummary(input, links, budget = SUMMARY_BUDGET) {
    if (input.plan) {
        const head = planHeading(input.plan, links, input.result.error, '##');
        return finalise(`${head}${planTable(input.plan, budget / 2)}`.trimEnd() + '\n\n');
    }
    const head = renderHeading(input, links);
    // A batch gets its own layout (one row per asset); a single task keeps its sections.
    const blocks = input.batch
        ? renderBatchBlocks(input.batch, input, links, budget / 2)
        : input.result.tasks.map(record => renderTask(record, input, links));
    const room = budget - Buffer.byteLength(head) - 512;
    const { kept, dropped } = takeWithinBudget(blocks, room);
    const note = dropped
        ? `\n<p><em>${dropped} more section(s) left out to keep the summary small; meshy-result.json in the artifact has everything.</em></p>\n`
        : '';
    return finalise(`${`${head}${kept.join('')}${note}`.trimEnd()}\n\n`);
}
function renderHeading(input, links) {
    const { result } = input;
    const title = input.title ?? input.task ?? (input.batch ? 'batch' : 'results');
    const status = result.error
        ? `❌ ${text(result.error.message, 2000)}`
        : `${statusIcon(result.tasks.at(-1)?.task.status ?? 'SUCCEEDED')} ${result.tasks.length} task(s)`;
    const facts = [
        status,
        `${totalCredits(result)} credits`,
        ...(input.estimate !== undefined ? [`estimated ${input.estimate}`] : []),
        ...(links.artifactUrl ? [`<a href="${href(links.artifactUrl)}">artifact</a>`] : []),
        ...(links.runUrl ? [`<a href="${href(links.runUrl)}">run</a>`] : [])
    ];
    const banner = testModeBanner(input.config.testMode);
    return `## 🧊 Meshy: ${text(title, 200)}\n\n${banner}<p>${facts.join(' · ')}</p>\n\n`;
}
/** A run stopped by its inputs: what was wrong, and that nothing reached Meshy. */
function renderConfigErrorSummary(message) {
    return finalise(`## 🧊 Meshy: configuration error\n\n<p>❌ ${text(message, 4000)}</p>\n\n` +
        '<p>The inputs were checked before any request: nothing was sent to Meshy and no credits ' +
        'were spent. Fix the input named above and run again.</p>\n\n');
}
function renderTask(record, input, links) {
    const { task } = record;
    const rows = [
        ['Type', text(task.type ?? record.resource.path, 100)],
        ['Status', `${statusIcon(String(task.status))} ${text(task.status, 40)}`],
        ['Credits', text(task.consumed_credits ?? 0, 20)],
        ['Duration', formatDuration(taskDuration(record))]
    ];
    const prompt = promptOf(task);
    if (prompt)
        rows.push(['Prompt', text(prompt)]);
    const error = task.task_error?.message;
    if (error)
        rows.push(['Error', text(error, 2000)]);
    for (const file of input.result.files.filter(f => f.taskId === task.id)) {
        rows.push([text(file.label, 60), fileCell(file.path, file.bytes, links)]);
        if (file.stats?.validation || file.stats?.triangles !== undefined) {
            rows.push([`${text(file.label, 60)} stats`, modelFacts(file.stats, input.config.quality)]);
        }
        if (file.renderNote)
            rows.push(['render sheet', notDrawn(file.renderNote)]);
    }
    const report = reportOf(task);
    // A report (printability) or an output shape Meshy has not documented: shown as it came.
    if (report)
        rows.push(['Meshy output', `<code>${text(reportJson(report), 4000)}</code>`]);
    rows.push(...meshyUrlRows(record));
    const image = taskImage(task.id, input, links);
    const table = rows.map(([k, v]) => `<tr><th align="left">${k}</th><td>${v}</td></tr>`).join('\n');
    // The heading names the step from our own catalogue, never the API's `type` (a type such as
    // `www.evil.example/login` became a link there); the answer's type is in the table.
    return `### ${text(record.resource.path, 100)} <code>${text(task.id, 80)}</code>\n\n${image}<table>\n${table}\n</table>\n\n`;
}
/**
 * The task's render sheet when the preview branch holds it; else Meshy's thumbnail from there, as
 * before sheets existed (the sheet's row then says where the sheet is).
 */
function taskImage(taskId, input, links) {
    const sheet = input.result.files.find(f => f.kind === 'render' && f.taskId === taskId && links.sheetUrls?.[f.path]);
    if (sheet) {
        const shown = `render sheet of ${text(sheet.shows ?? sheet.path, 300)}: front, right, back, ¾ above`;
        return `${sheetCell(sheet.path, shown, 512, links)}\n\n`;
    }
    const preview = links.previewUrls?.[taskId];
    return preview
        ? `<img src="${href(preview)}" alt="thumbnail of ${text(taskId, 80)}" width="256">\n\n`
        : '';
}
function fileCell(path, bytes, links) {
    const name = `<code>${text(path, 300)}</code> (${formatBytes(bytes)})`;
    return links.artifactUrl ? `${name} · <a href="${href(links.artifactUrl)}">in artifact</a>` : name;
}
/** Meshy's links as text only: the signature in their query grants access, so no hrefs. */
function meshyUrlRows(record) {
    const { task } = record;
    const urls = Object.entries(task.model_urls ?? {}).filter(([, u]) => typeof u === 'string' && u);
    if (task.thumbnail_url)
        urls.push(['thumbnail', task.thumbnail_url]);
    if (urls.length === 0)
        return [];
    const expires = formatTime(task.expires_at);
    const list = urls.map(([k, u]) => `${text(k, 40)}: ${urlText(u)}`).join('<br>');
    const note = expires ? `<br><em>Meshy's signed links expire at ${expires}.</em>` : '';
    return [['Meshy URLs', `${list}${note}`]];
}
/** The prompt the task was made from: under `input` on v2, repeated at the top level on v1. */
function promptOf(task) {
    const input = task.input && typeof task.input === 'object' ? task.input : {};
    for (const recorded of [input, task]) {
        for (const field of ['prompt', 'texture_prompt', 'text_style_prompt']) {
            const value = recorded[field];
            if (typeof value === 'string' && value.trim())
                return value;
        }
    }
    return undefined;
}
/** Appends to the step summary file the runner gives us; nothing to do outside a runner. */
/**
 * Writes `markdown` to the runner's temp folder (one file per step) and returns its path; off a
 * runner (no RUNNER_TEMP, which the runner empties after the job) it writes nothing.
 */
async function writeSummaryFile(markdown, env) {
    if (!env.RUNNER_TEMP)
        return undefined;
    const step = (env.GITHUB_ACTION ?? '').replace(/[^A-Za-z0-9_-]/g, '') || 'meshy';
    const path = join(env.RUNNER_TEMP, `meshy-summary-${step}.md`);
    await writeFile(path, markdown, 'utf8');
    return path;
}
async function writeSummary(markdown, env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    await appendFile(file, markdown, 'utf8');
    return true;
}
/** Short on purpose: written within the runner's grace period after its cancel signal. */
function summary_renderCancelSummary(report) {
    const rows = report.tasks.map(r => `<tr><td><code>${text(r.task.id, 80)}</code></td><td>${text(r.task.type ?? r.resource.path, 100)}</td>` +
        `<td>${statusIcon(String(r.task.status))} ${text(r.task.status, 40)}</td></tr>`);
    const table = rows.length
        ? `<table>\n<tr><th>Task</th><th>Type</th><th>Last known status</th></tr>\n${rows.join('\n')}\n</table>\n\n`
        : '<p>No Meshy task had been created yet, so nothing was charged.</p>\n\n';
    const running = report.running.length
        ? `<p>Meshy keeps running ${report.running.length === 1 ? 'this task, and charges for it,' : 'these tasks, and charges for them,'} ` +
            'although this step stopped. Collect it later, without paying again, with this step:</p>\n\n' +
            report.running.map(r => `<pre>${codeBlock(report.collectStep(r.task.id))}</pre>\n`).join('') +
            '\n'
        : '';
    const pending = report.pendingCreates
        ? `<p>${report.pendingCreates} create request(s) had been sent without a reply yet: Meshy may ` +
            'have created (and charge for) a task not listed here. Check the Meshy dashboard.</p>\n\n'
        : '';
    const lock = report.lockfile
        ? `<p>The lockfile <code>${text(report.lockfile, 300)}</code> is consistent: the next run with ` +
            'this manifest resumes these tasks by id instead of paying for them again.</p>\n\n'
        : '';
    return finalise(`## 🧊 Meshy: ${text(report.title, 200)}\n\n${testModeBanner(report.testMode)}` +
        `<p>⏹️ The step was cancelled (${text(report.signal, 20)}) before it finished.</p>\n\n` +
        `${table}${running}${pending}${lock}`);
}
/** Our own multi-line snippet: indentation kept, every line escaped and redacted. */
function codeBlock(snippet) {
    return snippet
        .split('\n')
        .map(line => escapeHtml(redact(line)))
        .join('\n');
}
/** Synchronous: a cancelled step may be killed moments after its signal. */
function summary_writeSummaryNow(markdown, env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, 'utf8');
    return true;
}
/** A report as JSON, its URLs without their signed queries (as everywhere a URL is shown). */
function reportJson(report) {
    return JSON.stringify(report, (_key, value) => typeof value === 'string' && /^https?:\/\//i.test(value) ? displayUrl(value) : value);
}

;// CONCATENATED MODULE: ./src/cancel.ts
// When the runner cancels the step (the run was cancelled, or the step's own `timeout-minutes:`
// ran out) it sends SIGINT, then SIGTERM, then kills the process. Meshy does not stop: every
// task already created keeps running and is charged. So, at once and without any request:
// set the outputs known so far, write a short summary, and say per running task how to
// collect it later. Everything here is synchronous so it finishes inside the grace period.






const ACTION_REF = 'meshy-action/meshy-action@v1';
/** Reports and exits on the first signal; returns the function that stops watching. */
function watchCancellation(ctx) {
    let handled = false;
    return ctx.signals.onSignal(signal => {
        if (handled)
            return;
        handled = true;
        try {
            reportCancellation(ctx, signal);
            ctx.reported?.();
        }
        finally {
            ctx.signals.exit(1);
        }
    });
}
function reportCancellation(ctx, signal) {
    const { config, logger, live } = ctx;
    const running = live.running();
    const pendingCreates = live.pendingCreates();
    logger.warning(`The step was cancelled (${signal}). ${running.length} Meshy task(s) still running; ` +
        'outputs and the job summary hold what is known so far.');
    for (const record of running)
        logger.warning(runningTaskNotice(record, config.testMode));
    const lockfile = lockfileOf(config);
    for (const resource of pendingCreates) {
        logger.warning(`A create request to ${resourcePath(resource)} was sent and its reply had not arrived: ` +
            'Meshy may have created (and will charge for) a task this run never heard of. ' +
            (lockfile
                ? 'The lockfile marks it pending, so the next run looks for that task before creating again.'
                : "Check the Meshy dashboard; collect it with 'task-id: <id>'."));
    }
    // A batch's lockfile takes what its journal holds now, so a step that commits it after the
    // cancellation (`if: always()`) commits every task id paid for.
    live.saveNow(err => logger.warning(`Could not write the lockfile: ${safeText(String(err))}`));
    if (lockfile) {
        logger.info(`The lockfile ${lockfile} is consistent: it records every task created so far, and the ` +
            'next run with this manifest resumes them by id instead of paying for them again.');
    }
    writeOutputs(ctx.core.setOutput, config, { tasks: live.all(), files: [] });
    cancel_writeSummary(ctx, signal, running, pendingCreates.length, lockfile);
    ctx.core.setFailed(safeText(`Cancelled (${signal}) before the run finished` +
        (running.length ? `; Meshy keeps running ${running.map(r => r.task.id).join(', ')}.` : '.')));
}
function runningTaskNotice(record, testMode) {
    const { id, type, status } = record.task;
    return (`Meshy task ${id} (${type ?? resourcePath(record.resource)}, ${status}) keeps running at ` +
        'Meshy, and is charged for, although this step stopped. To collect it later without ' +
        `paying again, run this step:\n${collectStep(id, testMode)}`);
}
/** The step that collects a task later; a test-mode task is only visible to the test key. */
function collectStep(taskId, testMode = false) {
    return [
        `- uses: ${ACTION_REF}`,
        '  with:',
        testMode ? '    test-mode: true' : '    api-key: ${{ secrets.MESHY_API_KEY }}',
        `    task-id: ${taskId.replace(/[^A-Za-z0-9-]/g, '')}`
    ].join('\n');
}
/** Batch mode's lockfile, workspace-relative as the user wrote it. */
function lockfileOf(config) {
    if (config.mode !== 'batch')
        return undefined;
    return config.lockfile || join(dirname(config.manifest), DEFAULT_LOCKFILE);
}
function cancel_writeSummary(ctx, signal, running, pendingCreates, lockfile) {
    if (!ctx.config.summary)
        return;
    try {
        const { config } = ctx;
        const title = config.mode === 'create' ? config.spec.task : config.mode === 'batch' ? 'batch' : 'task-id';
        const markdown = renderCancelSummary({
            title,
            signal,
            tasks: ctx.live.all(),
            running,
            pendingCreates,
            collectStep: id => collectStep(id, ctx.config.testMode),
            lockfile,
            testMode: ctx.config.testMode
        });
        writeSummaryNow(markdown, ctx.env);
    }
    catch (err) {
        ctx.logger.warning(`Could not write the job summary: ${String(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/report/post-summary.ts
// The post step's job summary: the main step was killed before its own report, so this lists
// the tasks it had created (from the saved state, with no request to Meshy) and how to collect
// them without paying again.

function renderPostSummary(run, collectStep) {
    const rows = run.tasks.map(t => `<tr><td><code>${markdown_text(t.id, 80)}</code></td><td>${markdown_text(t.type, 100)}</td></tr>`);
    const table = rows.length
        ? `<table>\n<tr><th>Task</th><th>Type</th></tr>\n${rows.join('\n')}\n</table>\n\n`
        : '<p>No Meshy task had been created yet, so nothing was charged.</p>\n\n';
    return markdown_finalise(`## 🧊 Meshy: ${markdown_text(run.title, 200)}\n\n${markdown_testModeBanner(run.testMode)}` +
        '<p>⏹️ The step was stopped (killed, for example by its <code>timeout-minutes</code>) ' +
        `before it wrote its report. It had created or picked up ${run.tasks.length} task(s); ` +
        'Meshy keeps running any that had not finished, and charges for them.</p>\n\n' +
        table +
        howToCollect(run, collectStep));
}
function howToCollect(run, collectStep) {
    if (run.tasks.length === 0)
        return '';
    if (run.batch) {
        const lockfile = markdown_text(run.lockfile ?? '', 300);
        return (`<p>The lockfile resumes them: its journal <code>${lockfile}.journal</code>, left on the ` +
            'runner by the killed step, holds every task id, and the next run that finds it beside ' +
            `<code>${lockfile}</code> replays it and picks these tasks up by id instead of paying for ` +
            'them again. A job that commits the lockfile (an <code>if: always()</code> step) must add ' +
            'the journal too (<code>git add -f</code>, as it is normally ignored); otherwise collect ' +
            'each task with <code>task-id&#58;</code>.</p>\n\n');
    }
    const last = run.tasks.at(-1)?.id ?? '';
    return ('<p>Collect the last task later, without paying again, with this step:</p>\n\n' +
        `<pre>${collectStep(last)
            .split('\n')
            .map(line => markdown_escapeHtml(line))
            .join('\n')}</pre>\n`);
}

;// CONCATENATED MODULE: ./src/run-state.ts

/** State names; the runner hands them to the post step as STATE_<name> variables. */
const STATE_RUN = 'meshy_run';
const STATE_REPORTED = 'meshy_reported';
const STATE_TASK_PREFIX = 'meshy_task_';
/** Starts the saved state of a run; without a saveState (tests, no runner) nothing is kept. */
function startRunState(save, facts) {
    if (!save)
        return { task: () => undefined, reported: () => undefined };
    let count = 0;
    save(STATE_RUN, JSON.stringify(facts));
    return {
        task: record => {
            const saved = {
                id: String(record.task.id),
                type: String(record.task.type ?? resourcePath(record.resource))
            };
            save(`${STATE_TASK_PREFIX}${++count}`, JSON.stringify(saved));
        },
        reported: () => save(STATE_REPORTED, 'true')
    };
}
/** The facts the post step needs from the configuration. */
function runFacts(config, lockfile) {
    const title = config.mode === 'create' ? config.spec.task : config.mode === 'batch' ? 'batch' : 'task-id';
    // Shown to the user as a workspace path: forward slashes on Windows too.
    const shown = lockfile?.split('\\').join('/');
    return { title, batch: config.mode === 'batch', lockfile: shown, testMode: config.testMode };
}
/** The post step's view: undefined when the main step saved nothing (it never got that far). */
function readSavedRun(env) {
    const run = parseJson(env[`STATE_${STATE_RUN}`]);
    if (!run_state_isRecord(run))
        return undefined;
    const tasks = [];
    for (let n = 1;; n++) {
        const task = parseJson(env[`STATE_${STATE_TASK_PREFIX}${n}`]);
        if (!run_state_isRecord(task))
            break;
        tasks.push({ id: String(task.id ?? ''), type: String(task.type ?? '') });
    }
    return {
        title: String(run.title ?? ''),
        batch: run.batch === true,
        lockfile: typeof run.lockfile === 'string' ? run.lockfile : undefined,
        testMode: run.testMode === true,
        reported: env[`STATE_${STATE_REPORTED}`] === 'true',
        tasks
    };
}
function parseJson(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function run_state_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/post.ts
// The post step (action.yml `runs.post`, run even when the main step failed or was cancelled).
// When the main step wrote its own report it does nothing; when the main step was killed before
// that, it reports the tasks saved as they were created, with no request to Meshy.




function runPost(env, logger) {
    const run = readSavedRun(env);
    if (!run || run.reported) {
        logger.debug('The main step wrote its own report; nothing to add.');
        return;
    }
    for (const line of postLines(run))
        logger.warning(line);
    if (env.INPUT_SUMMARY === 'false')
        return;
    try {
        summary_writeSummaryNow(renderPostSummary(run, id => collectStep(id, run.testMode)), env);
    }
    catch (err) {
        logger.warning(`Could not write the job summary: ${String(err)}`);
    }
}
/** The log's version of the summary: what was created and how to collect it. */
function postLines(run) {
    if (run.tasks.length === 0) {
        return ['The main step stopped before its report, and before it had created any Meshy task.'];
    }
    // A batch may have created thousands: the summary's table has them all.
    const shown = run.tasks.slice(0, 20).map(t => t.id);
    const more = run.tasks.length - shown.length;
    const ids = shown.join(', ') + (more > 0 ? ` and ${more} more (see the job summary)` : '');
    const head = `The main step stopped before its report. Meshy tasks it had created or picked up: ${ids}.`;
    if (run.batch) {
        return [
            `${head} The lockfile ${run.lockfile ?? ''} resumes them: its journal (.journal beside ` +
                'it, left by the killed step) holds every task id, and the next run that finds it ' +
                'replays it instead of paying again. Commit the journal with the lockfile ' +
                "(git add -f), or collect each task with 'task-id: <id>'."
        ];
    }
    const last = run.tasks.at(-1)?.id ?? '';
    return [
        `${head} Collect the last one later, without paying again, with this step:\n` +
            collectStep(last, run.testMode)
    ];
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ neutraliseCommands),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Hk: () => (/* binding */ safeText)
/* harmony export */ });
/* unused harmony exports addSecret, clearSecrets, stripSecrets, TEST_MODE_KEY, displayUrl */
// The one redaction function. Every log line, error message, output, summary and comment
// passes through it, so a secret registered here cannot leave the process in text we write.
const secrets = new Set();
/** Registers a value (the key, a signature) to be replaced wherever it appears. */
function addSecret(value) {
    if (!value || value.length < 6)
        return;
    secrets.add(value);
    secrets.add(encodeURIComponent(value));
}
/** For tests: forget registered secrets. */
function clearSecrets() {
    secrets.clear();
}
const BEARER = /\b(Bearer)\s+[^\s"',;]+/gi;
// A URL's query string (signed asset links carry Expires/Signature/Key-Pair-Id there).
const URL_QUERY = /\b(https?:\/\/[^\s"'<>?#]+)\?[^\s"'<>#]*/gi;
const DATA_URI = /\bdata:([a-z]+\/[a-z0-9.+-]+)?(;[a-z0-9=.+-]+)*;base64,[A-Za-z0-9+/=%]+/gi;
const MESHY_KEY = /\bmsy[_-][A-Za-z0-9_-]{12,}/g;
/** Replaces registered secrets only: for values that must keep their URLs intact (step outputs). */
function stripSecrets(text) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    return out;
}
function redact(text) {
    return stripSecrets(text)
        .replace(BEARER, '$1 ***')
        .replace(URL_QUERY, '$1?…')
        .replace(DATA_URI, (m, type) => `data:${type ?? ''};base64,…(${m.length} chars)`)
        .replace(MESHY_KEY, m => (m === TEST_MODE_KEY ? m : 'msy_***'));
}
/** The documented public test-mode key: not a secret, and useful to see in logs. */
const TEST_MODE_KEY = 'msy_dummy_api_key_for_test_mode_12345678';
// What the runner treats as a line break: CR, LF, CRLF, NEL (U+0085) and the Unicode line and
// paragraph separators. Each becomes one LF, so no hidden break can start a line we did not check.
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029\v\f]/g;
// The runner trims a line with .NET's TrimStart() (Char.IsWhiteSpace: JS \s plus U+0085) and
// then looks for `::`; it finds the legacy `##[` anywhere in a line.
const COMMAND_START = /^([\s\u0085]*):(?=:)/gm;
const LEGACY_COMMAND = /#(?=#\[)/g;
/**
 * Text from users or from Meshy must not become a workflow command. Line breaks of every kind
 * become LF; `::` after leading whitespace and `##[` anywhere get a zero-width joiner between the
 * two characters, which the runner does not trim, so the line is shown but never run.
 */
function neutraliseCommands(text) {
    return text
        .replace(LINE_BREAKS, '\n')
        .replace(COMMAND_START, '$1:\u200d')
        .replace(LEGACY_COMMAND, '#\u200d');
}
/** Redacts and neutralises: what every log line goes through. */
function safeText(text) {
    return neutraliseCommands(redact(text));
}
/** A URL as it may be shown: origin and path, no query string. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        if (u.protocol === 'data:')
            return redact(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return redact(url);
    }
}


/***/ }),

/***/ 8673:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 8673;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4344);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
