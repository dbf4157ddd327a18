// Hostile manifests (issue 12, items 16 and 17): names that are properties of every JS object,
// YAML anchors and aliases, merge keys, and long `from:` chains and loops.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseManifest } from '../src/batch/manifest/manifest.js'
import { ConfigurationError } from '../src/core/errors.js'
import { tempWorkspace } from './batch-support.js'
import { aliasBomb } from './harness/alias-bomb.js'

let workspace: string
beforeAll(() => (workspace = tempWorkspace()))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const parse = (text: string) =>
  parseManifest(text, { path: join(workspace, 'meshy.yml'), workspace })
function problems(text: string): string {
  try {
    parse(text)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigurationError')
}

test.each(['__proto__', 'constructor', 'prototype'])(
  "the asset name '%s' is refused, in YAML and in JSON",
  name => {
    const yaml = `assets:\n  ${name}:\n    task: text-to-3d\n    prompt: x\n  ok:\n    task: text-to-3d\n    prompt: y\n`
    expect(problems(yaml)).toMatch(
      new RegExp(`assets\\.${name} \\(line 2\\): '${name}' is reserved`)
    )
    // JSON.parse would make "__proto__" an own key; the YAML reader sees it as a plain key too.
    const json = `{"assets": {"${name}": {"task": "text-to-3d", "prompt": "x"}}}`
    expect(problems(json)).toMatch(new RegExp(`'${name}' is reserved`))
  }
)

test('anchors and aliases resolve: a value, a list, params, a whole asset, defaults', () => {
  const m = parse(`defaults: &defaults
  formats: &formats [glb, fbx]
assets:
  chair: &chair
    task: text-to-3d
    prompt: &prompt a weathered oak dining chair
    refine: false
    params: &params
      target_polycount: 30000
  chair-again: *chair
  stool:
    task: text-to-3d
    prompt: *prompt
    formats: *formats
    params: *params
`)
  const byName = Object.fromEntries(m.assets.map(a => [a.name, a.spec]))
  expect(byName.stool.prompt).toBe('a weathered oak dining chair')
  expect(byName.stool.formats).toEqual(['glb', 'fbx'])
  expect(byName.stool.params).toEqual({ target_polycount: 30000 })
  expect(byName['chair-again']).toEqual(byName.chair)
  expect(byName.chair.formats).toEqual(['glb', 'fbx'])
  // Nothing of the YAML node model leaks into a request.
  expect(JSON.stringify(m.assets)).not.toContain('source')
})

test('merge keys (<<) are refused clearly, not half-applied', () => {
  const message = problems(`assets:
  base: &base
    task: text-to-3d
    prompt: x
  chair:
    <<: *base
    prompt: y
`)
  expect(message).toMatch(/assets\.chair\.<< \(line 6\): YAML merge keys are not supported/)
})

test('a duplicate asset is reported with its line', () => {
  expect(
    problems('assets:\n  a:\n    task: text-to-3d\n    prompt: x\n  a:\n    prompt: y\n')
  ).toMatch(/assets\.a \(line 5\): duplicate key/)
})

function chain(length: number, loop = false): string {
  const lines = ['assets:']
  for (let i = 0; i < length; i++) {
    lines.push(`  a${i}:`)
    if (i === 0 && !loop) lines.push('    task: text-to-3d', '    prompt: x')
    else lines.push('    task: remesh', `    from: a${i === 0 ? length - 1 : i - 1}`)
  }
  return lines.join('\n')
}

test('a 3,000-asset chain validates (its speed is bench figure 8)', () => {
  const m = parse(chain(3000))
  expect(m.assets).toHaveLength(3000)
  expect(m.assets.at(-1)?.from).toBe('a2998')
})

test('a loop of 2,000 assets is reported once per member, each line short', () => {
  const message = problems(chain(2000, true))
  const loops = message.split('\n').filter(l => l.includes('chain loops back'))
  expect(loops).toHaveLength(2000)
  expect(loops[0]).toMatch(/assets\.a0\.from .*a0 → a1999 → .*… 1989 more … → .*a1 → a0$/)
  expect(Math.max(...loops.map(l => l.length))).toBeLessThan(300)
})

test('an asset leading into a loop is not blamed for it', () => {
  const message = problems(`assets:
  x:
    task: remesh
    from: a
  a:
    task: remesh
    from: b
  b:
    task: remesh
    from: a
`)
  expect(message).toMatch(/assets\.a\.from .*a → b → a/)
  expect(message).toMatch(/assets\.b\.from .*b → a → b/)
  expect(message).not.toMatch(/assets\.x\.from/)
})

// Issue 24 item 6: aliases are paid for from one budget for the whole file. The old reader copied
// the anchored map once per alias (the 20,000 keys × 2,999 aliases ran for minutes; this
// smaller one is accepted by it in about a second, and refused now).
test('aliases that expand far beyond the file are refused, once', () => {
  const message = problems(aliasBomb(2000, 300))
  expect(message).toMatch(/aliases expand to more values than a file of this size may hold/)
  expect(message.split('\n')).toHaveLength(2)
})

test('an alias of a map that contains it is refused', () => {
  expect(problems('assets: &all\n  a:\n    task: text-to-3d\n    prompt: x\n  b: *all\n')).toMatch(
    /the manifest cannot be read|must be a mapping/
  )
})

test('aliases within the budget still expand to plain values', () => {
  const m = parse(aliasBomb(20, 200))
  expect(m.assets).toHaveLength(201)
  const params = m.assets.at(-1)?.spec.params as Record<string, unknown>
  expect(params).toEqual(m.assets[0].spec.params)
  expect(Object.keys(params)).toHaveLength(20)
  expect(Object.getPrototypeOf(params)).toBe(Object.prototype)
})
