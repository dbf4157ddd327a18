// Manifest validation (every problem with asset, field and line, all at once), the lockfile's
// stable format, sharding, and merging shard lockfiles.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runMerge } from '../src/batch/lockfile/merge-run.js'
import { mergeLockfiles } from '../src/batch/lockfile/merge.js'
import { parseManifest, type ManifestAsset } from '../src/batch/manifest/manifest.js'
import { prettyJson } from '../src/core/canonical.js'
import {
  lockfileText,
  parseLockfile,
  serializeLockfile,
  type LockEntry
} from '../src/batch/lockfile/lockfile.js'
import { requestHash } from '../src/batch/lockfile/request-hash.js'
import { selectShard } from '../src/batch/manifest/shard.js'
import { ConfigurationError } from '../src/core/errors.js'
import { tempWorkspace } from './batch-support.js'

let workspace: string
beforeAll(() => {
  workspace = tempWorkspace()
  mkdirSync(join(workspace, 'art'))
  // A real PNG signature is enough for the sniffer.
  writeFileSync(
    join(workspace, 'art', 'mascot.png'),
    Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
  )
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const parse = (text: string) =>
  parseManifest(text, { path: join(workspace, 'art', 'meshy.yml'), workspace })
function problems(text: string): string {
  try {
    parse(text)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

test('the contract example parses: defaults, from, paths relative to the manifest', () => {
  const m = parse(`defaults:
  formats: glb,usdz
assets:
  chair:
    task: text-to-3d
    prompt: a weathered oak dining chair
  chair-retextured:
    task: text-to-texture
    from: chair
    prompt: painted bright red, glossy
  mascot:
    task: image-to-3d
    image: mascot.png
`)
  expect(m.assets.map(a => [a.name, a.spec.task, a.from])).toEqual([
    ['chair', 'text-to-3d', undefined],
    ['chair-retextured', 'text-to-texture', 'chair'],
    ['mascot', 'image-to-3d', undefined]
  ])
  expect(m.assets[0].spec.formats).toEqual(['glb', 'usdz'])
  expect(m.assets[2].spec.images[0].file?.path).toBe('art/mascot.png')
})

test('JSON manifests work too', () => {
  const m = parse(
    JSON.stringify({ assets: { a: { task: 'text-to-3d', prompt: 'x', refine: false } } })
  )
  expect(m.assets[0].spec.refine).toBe(false)
})

test('every problem is reported at once, naming asset, field and line', () => {
  const message = problems(`defaults:
  task: text-to-3d
assets:
  good:
    prompt: fine
  bad-task:
    task: text-to-4d
  "../escape":
    prompt: x
  typo:
    prompt: x
    texture_prompt: y
  no-source:
    task: rigging
    from: ghost
  loop-a:
    task: remesh
    from: loop-b
  loop-b:
    task: remesh
    from: loop-a
  not-chainable:
    task: text-to-image
    prompt: x
    from: good
  both:
    task: rigging
    from: good
    input-task-id: 01900002-0000-7000-8000-000000000002
`)
  expect(message).toMatch(/^Input 'manifest': meshy\.yml has \d+ problems; nothing was sent/)
  expect(message).toContain('assets.bad-task.task (line 7)')
  expect(message).toMatch(/assets\.\.\.\/escape \(line 8\): asset names become folder names/)
  expect(message).toMatch(
    /assets\.typo\.texture_prompt \(line 12\): unknown key\. Did you mean 'texture-prompt'/
  )
  expect(message).toMatch(/assets\.no-source\.from \(line 15\): there is no asset named 'ghost'/)
  expect(message).toMatch(/assets\.loop-a\.from .*chain loops back: loop-a → loop-b → loop-a/)
  expect(message).toMatch(
    /assets\.not-chainable\.from \(line 25\): text-to-image cannot start from/
  )
  expect(message).toMatch(/assets\.both\.from \(line 28\): use either from or input-task-id/)
  expect(message).not.toContain('assets.good')
})

test('a bad default is blamed on the defaults line; a default the task does not take is skipped', () => {
  expect(
    problems('defaults:\n  formats: glb,abc\nassets:\n  a:\n    task: text-to-3d\n    prompt: x\n')
  ).toMatch(/assets\.a\.formats \(from defaults, line 2\)/)
  const m = parse(
    'defaults:\n  image: mascot.png\n  refine: false\nassets:\n  a:\n    task: text-to-3d\n    prompt: x\n  r:\n    task: rigging\n    model: https://example.com/m.glb\n'
  )
  expect(m.assets[0].spec.images).toEqual([])
  expect(m.assets[0].spec.refine).toBe(false)
  // Set on the asset itself, the same key is still an error.
  expect(
    problems(
      'assets:\n  r:\n    task: rigging\n    model: https://example.com/m.glb\n    refine: false\n'
    )
  ).toMatch(/assets\.r\.refine \(line 5\)/)
})

test('YAML syntax errors and empty manifests are configuration errors', () => {
  expect(problems('assets:\n  a: [unclosed\n')).toMatch(/line/)
  expect(problems('defaults:\n  task: text-to-3d\n')).toMatch(/no assets/)
  expect(
    problems('assets:\n  a:\n    task: text-to-3d\n    prompt: x\n  a:\n    prompt: y\n')
  ).toMatch(/assets\.a \(line 5\): duplicate key/)
})

test('the request hash changes with what determines the result, and only with that', () => {
  const [a] = parse('assets:\n  a:\n    task: text-to-3d\n    prompt: x\n').assets
  const [b] = parse('assets:\n  b:\n    task: text-to-3d\n    prompt: x\n').assets
  const [c] = parse('assets:\n  a:\n    task: text-to-3d\n    prompt: y\n').assets
  const [d] = parse(
    'assets:\n  a:\n    task: text-to-3d\n    prompt: x\n    formats: glb,fbx\n'
  ).assets
  expect(requestHash(a.spec)).toBe(requestHash(b.spec)) // the name is not part of the request
  expect(requestHash(a.spec)).not.toBe(requestHash(c.spec))
  expect(requestHash(a.spec)).not.toBe(requestHash(d.spec))
  const m = parse(
    'assets:\n  s:\n    task: text-to-3d\n    prompt: x\n  r:\n    task: rigging\n    from: s\n'
  )
  const r = m.assets[1]
  expect(requestHash(r.spec, { name: 's', hash: 'h1' })).not.toBe(
    requestHash(r.spec, { name: 's', hash: 'h2' })
  )
  // An inline file is hashed by content: changing its bytes changes the hash.
  const img = () => parse('assets:\n  m:\n    task: image-to-3d\n    image: mascot.png\n').assets[0]
  const before = requestHash(img().spec)
  writeFileSync(
    join(workspace, 'art', 'mascot.png'),
    Buffer.from('89504e470d0a1a0a0000000d49484453', 'hex')
  )
  expect(requestHash(img().spec)).not.toBe(before)
})

/** A valid entry for asset `name`; `tag` (one hex digit) tells entries apart by their hash. */
const entry = (updated: string, tag = '1', name = 'a'): LockEntry => ({
  hash: `sha256:${'0'.repeat(63)}${tag}`,
  task: 'text-to-3d',
  status: 'SUCCEEDED',
  'task-ids': ['01a07f5e-81c7-7111-86f2-f6d2f80b2093'],
  model: 'default',
  files: [{ path: `meshy-output/${name}/model.glb`, sha256: 'ab'.repeat(32), bytes: 3 }],
  credits: 20,
  updated
})
const NOW = { now: Date.parse('2026-02-01T00:00:00.000Z') }

test('lockfile format: version, sorted keys at every level, 2 spaces, trailing newline; round trip', () => {
  const text = serializeLockfile({
    version: 1,
    assets: {
      zeta: entry('2026-01-01T00:00:00.000Z', '1', 'zeta'),
      alpha: entry('2026-01-02T00:00:00.000Z', '1', 'alpha')
    }
  })
  expect(text.endsWith('}\n')).toBe(true)
  expect(
    text.startsWith(
      '{\n  "assets": {\n    "alpha": {\n      "credits": 20,\n      "files": [\n        {\n          "bytes": 3,'
    )
  ).toBe(true)
  expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'))
  expect(text).toMatch(/"version": 1\n}\n$/)
  expect(serializeLockfile(parseLockfile(text, 'x', NOW))).toBe(text)
  expect(() => parseLockfile('{"version": 2, "assets": {}}', 'meshy-lock.json', NOW)).toThrow(
    /version 2/
  )
  expect(() => parseLockfile('not json', 'meshy-lock.json', NOW)).toThrow(ConfigurationError)
})

test('the lockfile written one asset at a time is the canonical JSON of the whole, redacted', () => {
  const key = 'msy_abcdefghijklmnopqrstuvwxyz'
  const odd = { ...entry('2026-01-03T00:00:00.000Z', '2', 'odd'), error: `HTTP 500 (${key})` }
  const assets: Record<string, LockEntry> = Object.create(null)
  Object.assign(assets, { zeta: entry('2026-01-01T00:00:00.000Z', '1', 'zeta'), 'é-x': odd })
  assets.alpha = { ...entry('2026-01-02T00:00:00.000Z', '1', 'alpha'), printable: undefined }
  const pieces = [...lockfileText({ version: 1, assets })]
  expect(pieces).toHaveLength(4) // one per asset, then the end
  const whole = { version: 1, assets: JSON.parse(JSON.stringify(assets).replace(key, 'msy_***')) }
  expect(pieces.join('')).toBe(prettyJson(whole))
  expect(pieces.join('')).not.toContain(key)
  expect([...lockfileText({ version: 1, assets: {} })].join('')).toBe(
    prettyJson({ version: 1, assets: {} })
  )
})

test('4 shards cover every asset exactly once, and chains stay together', () => {
  const assets: Array<Pick<ManifestAsset, 'name' | 'from'>> = []
  for (let i = 0; i < 200; i++)
    assets.push({ name: `asset-${i}`, from: i % 10 === 9 ? `asset-${i - 1}` : undefined })
  const shards = [1, 2, 3, 4].map(index =>
    selectShard(assets, { index, total: 4 }).map(a => a.name)
  )
  const all = shards.flat()
  expect(all).toHaveLength(200)
  expect(new Set(all).size).toBe(200)
  for (const shard of shards) expect(shard.length).toBeGreaterThan(20) // roughly balanced
  for (const a of assets.filter(x => x.from)) {
    expect(shards.findIndex(s => s.includes(a.name))).toBe(
      shards.findIndex(s => s.includes(a.from!))
    )
  }
  // Stable: the same names land in the same shards whatever else is in the manifest.
  const fewer = selectShard(assets.slice(0, 50), { index: 2, total: 4 }).map(a => a.name)
  expect(fewer).toEqual(shards[1].filter(n => assets.slice(0, 50).some(a => a.name === n)))
})

test('merge: union of entries, the newer entry wins', () => {
  const merged = mergeLockfiles([
    {
      version: 1,
      assets: { a: entry('2026-01-01T00:00:00.000Z', 'a'), b: entry('2026-01-01T00:00:00.000Z') }
    },
    {
      version: 1,
      assets: { a: entry('2026-01-03T00:00:00.000Z', 'c'), c: entry('2026-01-01T00:00:00.000Z') }
    },
    { version: 1, assets: { a: entry('2026-01-02T00:00:00.000Z', 'b') } }
  ])
  expect(Object.keys(merged.assets).sort()).toEqual(['a', 'b', 'c'])
  expect(merged.assets.a.hash).toMatch(/c$/)
})

test('the merge action reads globs and writes the merged lockfile', async () => {
  for (const [i, name] of ['x', 'y'].entries()) {
    mkdirSync(join(workspace, 'shards', `shard-${i}`), { recursive: true })
    writeFileSync(
      join(workspace, 'shards', `shard-${i}`, 'meshy-lock.json'),
      serializeLockfile({
        version: 1,
        assets: { [name]: entry('2026-01-01T00:00:00.000Z', '1', name) }
      })
    )
  }
  const outputs: Record<string, string> = {}
  const failures: string[] = []
  const inputs: Record<string, string> = {
    lockfiles: 'shards/**/meshy-lock.json\n',
    output: 'merged/meshy-lock.json'
  }
  await runMerge(
    {
      getInput: n => inputs[n] ?? '',
      info: () => undefined,
      setOutput: (n, v) => void (outputs[n] = v),
      setFailed: m => void failures.push(m)
    },
    { GITHUB_WORKSPACE: workspace }
  )
  expect(failures).toEqual([])
  expect(outputs.assets).toBe('2')
  const merged = parseLockfile(
    readFileSync(join(workspace, 'merged', 'meshy-lock.json'), 'utf8'),
    'm',
    { now: Date.now() }
  )
  expect(Object.keys(merged.assets)).toEqual(['x', 'y'])
  inputs.lockfiles = 'nothing/*.json'
  await runMerge(
    {
      getInput: n => inputs[n] ?? '',
      info: () => undefined,
      setOutput: () => undefined,
      setFailed: m => void failures.push(m)
    },
    { GITHUB_WORKSPACE: workspace }
  )
  expect(failures[0]).toMatch(/nothing matched/)
})
