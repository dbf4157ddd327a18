export const id = 271;
export const ids = [271];
export const modules = {

/***/ 88271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RenderBrowser: () => (/* binding */ RenderBrowser)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/render/browser-flags.ts
// The command line and environment of the render browser, in one place so the tests and the bench
// see the same. Each flag has a reason: software WebGL (no GPU on runners); no first-run UI or
// profile sync in a throwaway profile; and no network but loopback. The page only ever loads from
// the action's model server on 127.0.0.1, so the browser needs no name resolution, no proxy and
// none of Chrome's background services (Debian's Chromium reached a search engine's start page
// and Google's update, sign-in and component hosts through a runner's proxy).
/** Chrome's own services that phone home, each off. */
const NO_BACKGROUND_TRAFFIC = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-component-extensions-with-background-pages',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-breakpad',
    '--disable-crash-reporter',
    '--metrics-recording-only',
    '--no-pings',
    '--dns-prefetch-disable'
];
/**
 * Loopback only, with or without a proxy in the environment: no proxy is used, and every host
 * name resolves to nothing (an address literal such as 127.0.0.1 needs no resolution).
 */
const LOOPBACK_ONLY = [
    '--no-proxy-server',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'
];
function browserFlags(profileDir, isRoot) {
    return [
        '--headless=new',
        // WebGL through SwiftShader, Chrome's CPU renderer; newer Chrome asks for the second flag.
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--no-first-run',
        '--no-default-browser-check',
        ...NO_BACKGROUND_TRAFFIC,
        ...LOOPBACK_ONLY,
        // Containers give /dev/shm 64 MB; a 1024² WebGL frame with its copies can exceed it.
        '--disable-dev-shm-usage',
        '--hide-scrollbars',
        '--mute-audio',
        '--force-color-profile=srgb',
        `--user-data-dir=${profileDir}`,
        // Chrome refuses to start as root with its sandbox on; anyone else keeps the sandbox.
        ...(isRoot ? ['--no-sandbox'] : []),
        // The first tab opens on a blank page, not a distribution's home page.
        'about:blank'
    ];
}
/** The only variables a child process of the action gets (see childEnvironment). */
const CHILD_ENV_NAMES = ['PATH', 'TMPDIR', 'LANG'];
/**
 * The environment for a child process: an allow-list, never the action's own. The action's holds
 * the API key (INPUT_API-KEY, MESHY_API_KEY), the GitHub token and the runner's tokens
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN); a browser drawing untrusted models,
 * and whatever it starts, must see none of them. HOME is the child's own throwaway folder.
 */
function childEnvironment(home, from = process.env) {
    const env = { HOME: home };
    for (const name of CHILD_ENV_NAMES) {
        const value = from[name];
        if (value !== undefined)
            env[name] = value;
    }
    return env;
}
function runningAsRoot() {
    return process.getuid?.() === 0;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./src/render/confined-path.ts
var confined_path = __webpack_require__(68612);
;// CONCATENATED MODULE: ./src/render/model-server.ts
// Hands models to the render page from disk: a small HTTP server on 127.0.0.1, reachable only
// under a random token, serving the page and each model's folder while that model is drawn (a
// .gltf may reference .bin and texture files beside it). Nothing outside that folder is served:
// not through `..`, and not through a link anywhere on the path (a checkout can commit a folder
// link such as `lnk -> /proc/self`, and a model naming `lnk/environ` would get the environment).





const TYPES = {
    glb: 'model/gltf-binary',
    gltf: 'model/gltf+json',
    bin: 'application/octet-stream',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    webp: 'image/webp'
};
class ModelServer {
    html;
    token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    folders = new Map();
    server;
    next = 0;
    origin = '';
    constructor(html) {
        this.html = html;
        this.server = (0,external_node_http_.createServer)((req, res) => {
            this.answer(req.url ?? '/').then(found => {
                if (!found) {
                    res.writeHead(404).end();
                    return;
                }
                res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' });
                if (found.text !== undefined)
                    res.end(found.text);
                else
                    (0,external_node_fs_.createReadStream)(found.file)
                        .on('error', () => res.destroy())
                        .pipe(res);
            }, () => res.writeHead(500).end());
        });
    }
    async listen() {
        await new Promise((done, fail) => {
            this.server.once('error', fail);
            this.server.listen(0, '127.0.0.1', () => done());
        });
        const { port } = this.server.address();
        this.origin = `http://127.0.0.1:${port}`;
    }
    get pageUrl() {
        return `${this.origin}/${this.token}/`;
    }
    /** The URL of a model file, valid until forget(). */
    serve(modelPath) {
        const id = String(this.next++);
        this.folders.set(id, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(modelPath)));
        return `${this.origin}/${this.token}/m/${id}/${encodeURIComponent((0,external_node_path_.basename)(modelPath))}`;
    }
    forget(url) {
        const id = new URL(url).pathname.split('/')[3];
        if (id !== undefined)
            this.folders.delete(id);
    }
    close() {
        this.server.closeAllConnections();
        return new Promise(done => this.server.close(() => done()));
    }
    async answer(url) {
        const parts = new URL(url, 'http://x').pathname.split('/').slice(1);
        if (parts[0] !== this.token)
            return undefined;
        if (parts.length === 2 && parts[1] === '') {
            return { type: 'text/html; charset=utf-8', text: this.html };
        }
        const folder = parts[1] === 'm' ? this.folders.get(parts[2] ?? '') : undefined;
        if (!folder)
            return undefined;
        const rel = parts.slice(3).map(decodeURIComponent).join(external_node_path_.sep);
        const file = await (0,confined_path/* confinedFile */.d)(folder, (0,external_node_path_.resolve)(folder, rel));
        if (!file)
            return undefined;
        const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
        return { type: TYPES[ext] ?? 'application/octet-stream', file };
    }
}

;// CONCATENATED MODULE: ./src/render/page-html.ts
// The HTML around the render page's script: a fixed 1024×1024 body with a hairline cross between
// the four views. No external resource: the script comes inline.
const SHEET_SIZE = 1024;
/**
 * The view labels' height in sheet pixels. Summaries and comments show a sheet 256 px wide or
 * more, where 44 px become 11: still legible (15 px became 4, a smudge).
 */
const LABEL_PX = 44;
function pageHtml(script) {
    // `</script` inside the bundle would end the tag early; esbuild never emits it, but be sure.
    const safe = script.replace(/<\/script/gi, '<\\/script');
    return `<!doctype html>
<html><head><meta charset="utf-8"><title>meshy render</title><link rel="icon" href="data:,"><style>
html,body{margin:0;padding:0;width:${SHEET_SIZE}px;height:${SHEET_SIZE}px;overflow:hidden;background:#dcdcdc}
canvas{display:block}
.label{position:absolute;z-index:2;font:700 ${LABEL_PX}px/1 system-ui,sans-serif;color:#333;background:rgba(255,255,255,.7);padding:4px 10px;border-radius:6px}
body::before,body::after{content:"";position:absolute;background:#bdbdbd;z-index:1}
body::before{left:${SHEET_SIZE / 2}px;top:0;width:1px;height:${SHEET_SIZE}px}
body::after{top:${SHEET_SIZE / 2}px;left:0;height:1px;width:${SHEET_SIZE}px}
</style></head><body><script>${safe}</script></body></html>
`;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/render/page-script.ts
// Finds the render page's script. The bundle ships it as render-page.js beside its own chunks
// (scripts/bundle.mjs builds it with esbuild); running from the sources (tests of src/, the
// bench), it is built from page/main.ts on first use, with esbuild from devDependencies.




const PAGE_SCRIPT = 'render-page.js';
let cached;
function pageScript() {
    cached ??= load();
    return cached;
}
async function load() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const shipped = (0,external_node_path_.join)(here, PAGE_SCRIPT);
    if ((0,external_node_fs_.existsSync)(shipped))
        return (0,promises_.readFile)(shipped, 'utf8');
    const source = (0,external_node_path_.join)(here, 'page', 'main.ts');
    if (!(0,external_node_fs_.existsSync)(source))
        throw new Error(`${PAGE_SCRIPT} is missing beside the action's bundle`);
    // A variable specifier: the bundler must not pull esbuild into the action.
    const tool = 'esbuild';
    const esbuild = (await __webpack_require__(16072)(tool));
    const built = await esbuild.build({ ...PAGE_BUILD, entryPoints: [source], write: false });
    return built.outputFiles[0].text;
}
/** The same options scripts/bundle.mjs uses for dist/render-page.js. */
const PAGE_BUILD = {
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome110',
    legalComments: 'none',
    logLevel: 'silent'
};

;// CONCATENATED MODULE: ./src/render/browser.ts
// One headless browser for a whole run: started on the first model, serving every model through
// one page, closed (and its throwaway profile removed) at the end. puppeteer-core is imported
// lazily, so runs that render nothing never load it; it drives the browser over a pipe, so no
// port is opened, and it never downloads a browser.







const CLOSE_LIMIT_MS = 10_000;
class RenderBrowser {
    browser;
    profile;
    server;
    page;
    constructor(browser, profile, server) {
        this.browser = browser;
        this.profile = profile;
        this.server = server;
    }
    static async start(opts) {
        const profile = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'meshy-render-profile-'));
        const server = new ModelServer(pageHtml(await pageScript()));
        let browser;
        try {
            await server.listen();
            // Left to Node by the bundler: scripts/bundle.mjs points it at dist/puppeteer-core.mjs.
            const puppeteer = await import("./puppeteer-core.mjs");
            browser = await puppeteer.launch({
                executablePath: opts.executable,
                ignoreDefaultArgs: true,
                args: browserFlags(profile, runningAsRoot()),
                // An allow-list: the action's environment holds the API key and the job's tokens.
                env: childEnvironment(profile),
                pipe: true,
                timeout: opts.startTimeoutMs,
                protocolTimeout: opts.startTimeoutMs,
                defaultViewport: null,
                handleSIGINT: false,
                handleSIGTERM: false,
                handleSIGHUP: false
            });
            const session = new RenderBrowser(browser, profile, server);
            await session.openPage(opts.startTimeoutMs);
            return session;
        }
        catch (err) {
            await browser?.close().catch(() => undefined);
            await server.close();
            await (0,promises_.rm)(profile, { recursive: true, force: true });
            throw err;
        }
    }
    /** The sheet of one model as PNG bytes; throws when the page cannot draw it in time. */
    async sheet(modelPath, timeoutMs) {
        const url = this.server.serve(modelPath);
        try {
            const page = this.page ?? (await this.openPage(timeoutMs));
            const draw = async () => {
                await page.evaluate((u) => window.meshyRender(u), url);
                return page.screenshot({
                    type: 'png',
                    clip: { x: 0, y: 0, width: SHEET_SIZE, height: SHEET_SIZE }
                });
            };
            return await withTimeout(draw(), timeoutMs, `not drawn within ${timeoutMs / 1000} s`);
        }
        catch (err) {
            // A page stuck on one model must not hold up the next: the next one gets a fresh page.
            const stale = this.page;
            this.page = undefined;
            await stale?.close().catch(() => undefined);
            throw err;
        }
        finally {
            this.server.forget(url);
        }
    }
    /** The browser's process id (the tests read its environment). */
    get pid() {
        return this.browser.process()?.pid;
    }
    async close() {
        // A browser that does not close in time is killed: the step must not hang on its exit.
        const closed = await withTimeout(this.browser.close(), CLOSE_LIMIT_MS, 'close').then(() => true, () => false);
        if (!closed)
            this.browser.process()?.kill('SIGKILL');
        await this.server.close();
        await (0,promises_.rm)(this.profile, { recursive: true, force: true, maxRetries: 3 });
    }
    async openPage(timeoutMs) {
        const page = await this.browser.newPage();
        page.setDefaultTimeout(timeoutMs);
        await page.setViewport({ width: SHEET_SIZE, height: SHEET_SIZE, deviceScaleFactor: 1 });
        // A model is untrusted (an API answer, or a file from the checkout): a glTF may name any URL
        // for its buffers and images. The page may fetch from this run's model server only, so no
        // request leaves the machine and none reaches another local service.
        const own = this.server.pageUrl;
        await page.setRequestInterception(true);
        page.on('request', request => {
            const url = request.url();
            const allowed = url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:');
            void (allowed ? request.continue() : request.abort('blockedbyclient')).catch(() => undefined);
        });
        await page.goto(this.server.pageUrl, { waitUntil: 'load' });
        await page.waitForFunction(() => window.meshyReady === true);
        this.page = page;
        return page;
    }
}
function withTimeout(work, ms, message) {
    let timer;
    const limit = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
    });
    return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 16072:
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
webpackEmptyAsyncContext.id = 16072;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
