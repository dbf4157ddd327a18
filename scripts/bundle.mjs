// Builds the committed bundles with esbuild into dist/:
// - index.js, the action: ES module chunks side by side, split so that start-up compiles only
//   what the first request needs; the rest (merge job, post step, artifact upload, Octokit,
//   attestations, render sheets) loads through import() when a run asks for it.
// - merge/index.js and post/index.js: two-line entries of the lockfile-merge action and of the
//   post step, which run their jobs from the same chunks (one copy of each shared library).
// - <name>.cjs for the CommonJS packages start-up never uses (scripts/lazy-packages.mjs).
// - puppeteer-core.mjs, render-page.js (the render page's browser script) and
//   gltf-validator-worker.cjs (glTF-Validator's worker thread), each on its own.
// - licenses.txt: the license of every package in any of these files.
// `node scripts/bundle.mjs OUT` builds into OUT instead: the freshness test compares.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as esbuild from 'esbuild'
import { writeLicenses } from './bundle-licenses.mjs'
import { buildLazyPackages, lazyPackagesPlugin } from './lazy-packages.mjs'

const root = resolve(import.meta.dirname, '..')
const out = resolve(process.argv[2] ?? join(root, 'dist'))
const PUPPETEER = 'puppeteer-core.mjs'

// CommonJS dependencies call require() for Node's own modules (and the lazy packages' stand-ins
// for their files); an ES module has no require of its own.
const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'\n" +
  'const require = __createRequire(import.meta.url)'

const NODE = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Whitespace and syntax only, and every function and class keeps its `name` (esbuild renames
  // what collides when it hoists modules into one scope): errors.ts and libraries name errors
  // after their class. Costs about 2 ms of start-up.
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  // Node prints the source line of an uncaught error: keep it a line, not a whole chunk.
  lineLimit: 500,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true
}

rmSync(out, { recursive: true, force: true })
const inputs = []
const built = result => inputs.push(...Object.keys(result.metafile.inputs))

built(
  await esbuild.build({
    ...NODE,
    entryPoints: [
      join(root, 'src', 'action', 'index.ts'),
      join(root, 'src', 'action', 'post-index.ts')
    ],
    outdir: out,
    format: 'esm',
    splitting: true,
    banner: { js: REQUIRE_BANNER },
    plugins: [lazyPackagesPlugin(root), puppeteerBesideTheBundle()]
  })
)
writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')

mkdirSync(join(out, 'merge'))
writeFileSync(
  join(out, 'merge', 'index.js'),
  "// The lockfile-merge action (merge/action.yml): the action's bundle runs its merge job.\n" +
    "globalThis.meshyActionEntry = 'merge'\nawait import('../index.js')\n"
)
// The post step (runs.post) reads saved state and writes a summary: its chunks hold nothing of
// the Meshy client, the models or the browser.
mkdirSync(join(out, 'post'))
writeFileSync(
  join(out, 'post', 'index.js'),
  "// The post step (action.yml runs.post), built from src/action/post-index.ts.\nawait import('../post-index.js')\n"
)

for (const metafile of await buildLazyPackages(root, out, NODE)) built({ metafile })

// The same options as src/render/page-script.ts uses when running from the sources.
built(
  await esbuild.build({
    entryPoints: [join(root, 'src', 'render', 'page', 'main.ts')],
    outfile: join(out, 'render-page.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome110',
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    absWorkingDir: root
  })
)

// The same options as src/assets/validator-run.ts uses when running from the sources.
built(
  await esbuild.build({
    entryPoints: [join(root, 'src', 'assets', 'validator-worker.ts')],
    outfile: join(out, 'gltf-validator-worker.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    absWorkingDir: root
  })
)

// puppeteer-core on its own, with @puppeteer/browsers' download, install and CLI code left out
// (scripts/puppeteer-browsers-launch-only.mjs, scripts/puppeteer-no-http.mjs).
built(
  await esbuild.build({
    ...NODE,
    entryPoints: [join(root, 'node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js')],
    outfile: join(out, PUPPETEER),
    format: 'esm',
    // Its CommonJS dependencies (ws, debug) call require() for Node's own modules.
    banner: { js: REQUIRE_BANNER },
    // ws tries these optional native add-ons and carries on without them.
    external: ['bufferutil', 'utf-8-validate'],
    plugins: [launchOnly()]
  })
)

writeLicenses(root, inputs, join(out, 'licenses.txt'))

/** src/render/browser.ts's `import('puppeteer-core')` loads the file built above. */
function puppeteerBesideTheBundle() {
  return {
    name: 'puppeteer-beside-the-bundle',
    setup: build =>
      build.onResolve({ filter: /^puppeteer-core$/ }, () => ({
        path: `./${PUPPETEER}`,
        external: true
      }))
  }
}

function launchOnly() {
  return {
    name: 'launch-only',
    setup: build => {
      build.onResolve({ filter: /^@puppeteer\/browsers$/ }, () => ({
        path: join(root, 'scripts', 'puppeteer-browsers-launch-only.mjs')
      }))
      build.onResolve({ filter: /\/httpUtil\.js$/ }, args =>
        args.importer.includes('@puppeteer/browsers')
          ? { path: join(root, 'scripts', 'puppeteer-no-http.mjs') }
          : undefined
      )
    }
  }
}
