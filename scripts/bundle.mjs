// Builds the committed bundle with ncc: dist/ (the action, whose dist/merge/index.js entry runs
// the lockfile-merge action from the same files), and with esbuild the render page's browser
// script (dist/render-page.js: three.js and the page, one file, loaded into headless Chrome) and
// glTF-Validator's worker thread (dist/gltf-validator-worker.cjs, started by
// src/assets/validator-run.ts). `node scripts/bundle.mjs OUT` builds into OUT instead: the
// freshness test compares.
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
