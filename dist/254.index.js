export const id = 254;
export const ids = [254];
export const modules = {

/***/ 71254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/assets/paths.ts
var paths = __webpack_require__(64845);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/config/parse.ts
var parse = __webpack_require__(58353);
;// CONCATENATED MODULE: ./src/config/merge-inputs.ts
// The inputs of the lockfile-merge action (merge/action.yml), read and checked here like the main
// action's: every problem is a ConfigurationError naming the input and what it accepts.



const DEFAULT_MERGED_LOCKFILE = 'meshy-lock.json';
function readMergeConfig(getInput, env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const patterns = (0,parse/* parseLines */.Li)(getInput('lockfiles'));
    if (patterns.length === 0) {
        throw new errors/* ConfigurationError */.j1('lockfiles', 'give one or more paths or globs, one per line');
    }
    const path = (getInput('output') ?? '').trim() || DEFAULT_MERGED_LOCKFILE;
    return { workspace, patterns, output: outputPath(workspace, path) };
}
function outputPath(workspace, path) {
    try {
        return (0,paths/* resolveInWorkspace */.z1)(workspace, path);
    }
    catch (err) {
        if (!(err instanceof paths/* PathEscapeError */.ZU))
            throw err;
        throw new errors/* ConfigurationError */.j1('output', `'${path}' is outside the workspace. Use a path relative to the workspace, such as ${DEFAULT_MERGED_LOCKFILE}.`);
    }
}
/** A pattern list that matched no file: named like any other bad input. */
function nothingMatched(patterns) {
    return new errors/* ConfigurationError */.j1('lockfiles', `nothing matched ${patterns.join(', ')}`);
}

// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(76670);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/batch/glob.ts
// A small glob for the merge action's `lockfiles` input (`*`, `?`, `**`), so it needs no extra
// dependency. Patterns are relative to `cwd`; results are sorted absolute paths of files.


async function expandGlobs(patterns, cwd) {
    const found = new Set();
    for (const pattern of patterns) {
        const abs = (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(cwd, pattern);
        if (!/[*?]/.test(abs)) {
            found.add(abs);
            continue;
        }
        const parts = abs.split('/');
        const fixed = parts.findIndex(p => /[*?]/.test(p));
        const root = parts.slice(0, fixed).join('/') || '/';
        for (const file of await walk(root, parts.slice(fixed)))
            found.add(file);
    }
    return [...found].sort();
}
async function walk(dir, rest) {
    if (rest.length === 0)
        return [];
    const [head, ...tail] = rest;
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const out = [];
    if (head === '**') {
        out.push(...(await walk(dir, tail)));
        for (const e of entries)
            if (e.isDirectory())
                out.push(...(await walk((0,external_node_path_.join)(dir, e.name), rest)));
        return out;
    }
    const re = segmentRegExp(head);
    for (const e of entries) {
        if (!re.test(e.name))
            continue;
        const path = (0,external_node_path_.join)(dir, e.name);
        if (tail.length === 0 && e.isFile())
            out.push(path);
        else if (tail.length > 0 && e.isDirectory())
            out.push(...(await walk(path, tail)));
    }
    return out;
}
function segmentRegExp(segment) {
    const body = segment
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]');
    return new RegExp(`^${body}$`);
}

// EXTERNAL MODULE: ./src/batch/lockfile.ts
var lockfile = __webpack_require__(54243);
;// CONCATENATED MODULE: ./src/batch/merge.ts
// Merges the lockfiles of several shards (or runs) into one: the union of their entries, and for
// an asset present in more than one, the entry updated last. Shards start from the same committed
// lockfile, so an asset a shard did not touch carries the same (older) entry in every file and the
// shard that regenerated it wins.


function mergeLockfiles(locks) {
    const merged = (0,lockfile/* emptyLockfile */.rA)();
    for (const lock of locks) {
        for (const [name, entry] of Object.entries(lock.assets)) {
            const current = merged.assets[name];
            if (!current || newer(entry, current))
                merged.assets[name] = entry;
        }
    }
    return merged;
}
function newer(a, b) {
    const ta = Date.parse(a.updated);
    const tb = Date.parse(b.updated);
    if (Number.isNaN(tb))
        return !Number.isNaN(ta);
    return ta > tb;
}
/**
 * Reads and checks every file (an entry `updated` in the future is refused: it would win every
 * later merge), merges, and writes `output` atomically. Returns the merged asset count.
 */
async function mergeLockfileFiles(paths, output, opts) {
    const locks = [];
    for (const path of paths) {
        const { lock, text } = await (0,lockfile/* readLockfile */.GQ)(path, opts);
        if (!text)
            throw new errors/* ConfigurationError */.j1('lockfiles', `${path} does not exist`);
        locks.push(lock);
    }
    const merged = mergeLockfiles(locks);
    await (0,lockfile/* writeLockfile */.zv)(output, merged, opts.workspace);
    return Object.keys(merged.assets).length;
}

;// CONCATENATED MODULE: ./src/batch/merge-run.ts
// The lockfile-merge action (merge/action.yml): merges the lockfiles of a matrix's shards (e.g.
// downloaded from each shard's artifact) into one. Inputs are read by config/merge-inputs.ts;
// output `assets` is the number of assets in the merged file.





async function runMerge(core, env = process.env) {
    try {
        const config = readMergeConfig(name => core.getInput(name), env);
        const files = await expandGlobs(config.patterns, config.workspace);
        if (files.length === 0)
            throw nothingMatched(config.patterns);
        const count = await mergeLockfileFiles(files, config.output, {
            workspace: config.workspace,
            now: Date.now()
        });
        core.info((0,redact/* safeText */.Hk)(`Merged ${files.length} lockfiles (${count} assets) into ${config.output}`));
        core.setOutput('assets', String(count));
    }
    catch (err) {
        core.setFailed((0,redact/* safeText */.Hk)((0,errors/* errorMessage */.gJ)(err)));
    }
}

;// CONCATENATED MODULE: ./src/merge-main.ts
// The lockfile-merge action (merge/action.yml): run() is its whole job, the work is in
// batch/merge-run.ts. In the bundle, src/index.ts calls it when dist/merge/index.js starts the
// process; `npx @github/local-action . src/merge-main.ts .env` calls it directly.


async function run() {
    await runMerge(core);
}


/***/ })

};
