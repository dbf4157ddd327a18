// Builds the committed bundles with ncc: dist/ (the action, whose dist/merge/index.js entry runs
// the lockfile-merge action from the same files) and dist/post/ (its small post step), and with esbuild the render page's browser
// script (dist/render-page.js: three.js and the page, one file, loaded into headless Chrome) and
// glTF-Validator's worker thread (dist/gltf-validator-worker.cjs, started by
// src/assets/validator-run.ts). `node scripts/bundle.mjs OUT` builds into OUT instead: the
// freshness test compares.
import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const out = resolve(process.argv[2] ?? join(root, 'dist'))
const ncc = join(root, 'node_modules', '.bin', 'ncc')

rmSync(out, { recursive: true, force: true })
execFileSync(
  ncc,
  ['build', 'src/index.ts', '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
)

// The post step (runs.post) is a bundle of its own: it reads saved state and writes a summary,
// and loads nothing of the Meshy client, the models or the browser.
execFileSync(
  ncc,
  ['build', 'src/post-index.ts', '-o', join(out, 'post'), '--target', 'es2022', '-q'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
)

// The lockfile-merge action runs the same bundle (src/index.ts picks its job by this mark): one
// copy of @actions/core, yaml and the lockfile code instead of two.
mkdirSync(join(out, 'merge'), { recursive: true })
writeFileSync(
  join(out, 'merge', 'index.js'),
  "// The lockfile-merge action (merge/action.yml): the action's bundle runs its merge job.\n" +
    "globalThis.meshyActionEntry = 'merge'\nawait import('../index.js')\n"
)

// The same options as src/render/page-script.ts uses when running from the sources.
const esbuild = await import('esbuild')
await esbuild.build({
  entryPoints: [join(root, 'src', 'render', 'page', 'main.ts')],
  outfile: join(out, 'render-page.js'),
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'chrome110',
  legalComments: 'none',
  logLevel: 'silent'
})

// The same options as src/assets/validator-run.ts uses when running from the sources.
await esbuild.build({
  entryPoints: [join(root, 'src', 'assets', 'validator-worker.ts')],
  outfile: join(out, 'gltf-validator-worker.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'silent'
})
// ncc lists the licenses of what it bundled; the validator is bundled by esbuild, so add its own.
const validatorLicense = readFileSync(
  join(root, 'node_modules', 'gltf-validator', 'LICENSE'),
  'utf8'
)
appendFileSync(join(out, 'licenses.txt'), `\ngltf-validator\nApache-2.0\n${validatorLicense}`)

// puppeteer-core on its own, with @puppeteer/browsers' download, install and CLI code left out
// (scripts/puppeteer-browsers-launch-only.mjs, scripts/puppeteer-no-http.mjs). src/render/browser.ts imports it past ncc
// (webpackIgnore), and that import is pointed at this file.
const esm = 'node_modules/puppeteer-core/lib/esm/puppeteer/puppeteer-core.js'
const built = await esbuild.build({
  entryPoints: [join(root, esm)],
  outfile: join(out, 'puppeteer-core.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Its CommonJS dependencies (ws, debug) call require() for Node's own modules.
  banner: {
    js: "import { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)"
  },
  // ws tries these optional native add-ons and carries on without them.
  external: ['bufferutil', 'utf-8-validate'],
  plugins: [
    {
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
  ],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'silent',
  metafile: true
})
pointAtPuppeteer(out)
appendLicenses(Object.keys(built.metafile.inputs))

/** Rewrites ncc's external `import("puppeteer-core")` to the file built above. */
function pointAtPuppeteer(dir) {
  let found = 0
  for (const name of readdirSync(dir).filter(n => /\.index\.js$|^index\.js$/.test(n))) {
    const path = join(dir, name)
    const text = readFileSync(path, 'utf8')
    const next = text.replace(
      /import\(\s*(\/\*[^*]*\*\/\s*)?['"]puppeteer-core['"]\s*\)/g,
      'import("./puppeteer-core.mjs")'
    )
    if (next === text) continue
    found++
    writeFileSync(path, next)
  }
  if (found !== 1)
    throw new Error(`expected one import of puppeteer-core in the bundle, found ${found}`)
}

/** The licenses of the packages esbuild bundled into puppeteer-core.mjs, as ncc lists its own. */
function appendLicenses(inputs) {
  const packages = new Set(
    inputs.flatMap(p => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1] ?? [])
  )
  for (const name of [...packages].sort()) {
    const dir = join(root, 'node_modules', name)
    const file = readdirSync(dir).find(f => /^licen[cs]e/i.test(f))
    const { license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const text = file ? readFileSync(join(dir, file), 'utf8') : ''
    appendFileSync(join(out, 'licenses.txt'), `\n${name}\n${license ?? ''}\n${text}`)
  }
}
