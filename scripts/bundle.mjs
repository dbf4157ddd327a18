// Builds the committed bundles with ncc: dist/ (the action) and dist/merge/ (the lockfile-merge
// action), and with esbuild the render page's browser script (dist/render-page.js: three.js and
// the page, one file, loaded into headless Chrome) and glTF-Validator's worker thread
// (dist/gltf-validator-worker.cjs, started by src/assets/validator-run.ts). `node scripts/bundle.mjs OUT` builds into OUT
// instead: the freshness test compares.
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const out = resolve(process.argv[2] ?? join(root, 'dist'))
const ncc = join(root, 'node_modules', '.bin', 'ncc')
const entries = [
  ['src/index.ts', out],
  ['src/merge-index.ts', join(out, 'merge')]
]

rmSync(out, { recursive: true, force: true })
for (const [entry, dir] of entries) {
  if (!existsSync(join(root, entry))) continue
  execFileSync(
    ncc,
    ['build', entry, '-o', dir, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
}

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
