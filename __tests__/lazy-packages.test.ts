// The stand-ins of scripts/lazy-packages.mjs, which keep undici and yaml out of the action's
// start-up (dist/undici.cjs, dist/yaml.cjs): a bundle importing them loads neither file until
// one of its exports is read, and then gets the real package.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO_ROOT } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

// Lists the lazy files loaded so far, then uses yaml, then undici.
const ENTRY = `
import { createRequire } from 'node:module'
import { ProxyAgent } from 'undici'
import { parse } from 'yaml'
const loaded = () =>
  Object.keys(createRequire(import.meta.url).cache)
    .filter(f => f.endsWith('.cjs'))
    .map(f => f.split('/').pop())
const before = loaded()
const value = parse('a: [1, 2]')
const afterYaml = loaded()
const agent = new ProxyAgent('http://127.0.0.1:9')
console.log(JSON.stringify({ before, afterYaml, afterUndici: loaded(), value, agent: agent.constructor.name }))
await agent.close()
`

// The same esbuild set-up as scripts/bundle.mjs gives the action's chunks.
function build(dir: string): void {
  const script = `
import * as esbuild from 'esbuild'
import { buildLazyPackages, lazyPackagesPlugin } from ${JSON.stringify(pathToFileURL(join(REPO_ROOT, 'scripts', 'lazy-packages.mjs')).href)}
const [root, dir] = process.argv.slice(1)
const node = { bundle: true, platform: 'node', target: 'node20', keepNames: true, logLevel: 'warning' }
await esbuild.build({
  ...node,
  entryPoints: [dir + '/entry.mjs'],
  outdir: dir + '/out',
  format: 'esm',
  banner: { js: "import { createRequire as __cr } from 'node:module'\\nconst require = __cr(import.meta.url)" },
  plugins: [lazyPackagesPlugin(root)]
})
await buildLazyPackages(root, dir + '/out', node)
`
  execFileSync(process.execPath, ['--input-type=module', '-e', script, REPO_ROOT, dir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit']
  })
}

test('undici and yaml load on first use, and are the real packages', () => {
  const dir = tempDir('lazy-packages')
  writeFileSync(join(dir, 'entry.mjs'), ENTRY)
  build(dir)
  const out = execFileSync(process.execPath, [join(dir, 'out', 'entry.js')], { encoding: 'utf8' })
  expect(JSON.parse(out)).toEqual({
    before: [],
    afterYaml: ['yaml.cjs'],
    afterUndici: ['yaml.cjs', 'undici.cjs'],
    value: { a: [1, 2] },
    agent: 'ProxyAgent'
  })
}, 60_000)
