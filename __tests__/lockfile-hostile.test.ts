// A lockfile arrives in pull requests (issue 12, items 5-8): every field is checked on read, an
// invalid entry stops the run before any request, deletions stay in the asset's own folder, and
// the merge action refuses entries from the future.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  filesIntact,
  parseLockfile,
  type LockEntry,
  type Lockfile
} from '../src/batch/lockfile/lockfile.js'
import { runMerge } from '../src/batch/lockfile/merge-run.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { removeSuperseded } from '../src/batch/run/superseded.js'
import { ConfigurationError, errorMessage } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import {
  batchConfig,
  batchFixture,
  pipelineDeps,
  tempWorkspace,
  writeManifest
} from './batch-support.js'

const fx = batchFixture({ durationMs: 200, keepAliveMs: 200 })
const NOW = Date.parse('2026-06-01T12:00:00.000Z')
const ID = '01a07f5e-81c7-7111-86f2-f6d2f80b2093'
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

function entry(over: Record<string, unknown> = {}, asset = 'chair'): Record<string, unknown> {
  return {
    hash: `sha256:${'1'.repeat(64)}`,
    task: 'text-to-3d',
    status: 'SUCCEEDED',
    'task-ids': [ID],
    model: 'meshy-5',
    files: [{ path: `meshy-output/${asset}/model.glb`, sha256: 'a'.repeat(64), bytes: 10 }],
    credits: 5,
    updated: '2026-06-01T11:00:00.000Z',
    ...over
  }
}

const text = (assets: Record<string, unknown>) => JSON.stringify({ version: 1, assets })
const parse = (t: string) =>
  parseLockfile(t, 'assets/meshy-lock.json', { now: NOW, outputDir: 'meshy-output' })

function refusal(t: string): string {
  try {
    parse(t)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError)
    return errorMessage(err)
  }
  throw new Error('expected the lockfile to be refused')
}

test('a valid lockfile reads back whole, into a map without a prototype', () => {
  const lock = parse(text({ chair: entry(), lamp: entry({}, 'lamp') }))
  expect(Object.keys(lock.assets)).toEqual(['chair', 'lamp'])
  expect(Object.getPrototypeOf(lock.assets)).toBeNull()
})

const file = (path: unknown, more: Record<string, unknown> = {}) => ({
  files: [{ path, sha256: 'a'.repeat(64), bytes: 10, ...more }]
})
const future = new Date(NOW + 24 * 3600_000).toISOString()

test.each<[string, Record<string, unknown>, RegExp]>([
  ['an unknown status', { status: 'HACKED' }, /"status" must be one of PENDING/],
  ['a command as status', { status: '::set-output name=x::y' }, /"status"/],
  ['a path as task id', { 'task-ids': ['../../../tmp/PWNED'] }, /"task-ids"/],
  ['a command as task id', { 'task-ids': ['##[set-output name=a;]x'] }, /"task-ids"/],
  ['a path up and out', file('../.github/workflows/ci.yml'), /files\[0\]\.path/],
  ['an absolute path', file('/etc/passwd'), /files\[0\]\.path/],
  ['a path through ..', file('meshy-output/chair/../lamp/model.glb'), /files\[0\]\.path/],
  ["another asset's folder", file('meshy-output/lamp/model.glb'), /meshy-output\/chair\//],
  ['a subfolder', file('meshy-output/chair/sub/model.glb'), /files\[0\]\.path/],
  ['a name the action never gives', file('meshy-output/chair/.bashrc'), /files\[0\]\.path/],
  ['an empty segment', file('meshy-output//chair/model.glb'), /files\[0\]\.path/],
  ['backslashes', file('meshy-output\\chair\\model.glb'), /files\[0\]\.path/],
  ['a short sha256', file('meshy-output/chair/model.glb', { sha256: 'ab' }), /sha256 must be 64/],
  ['negative bytes', file('meshy-output/chair/model.glb', { bytes: -1 }), /bytes must be a whole/],
  ['fractional bytes', file('meshy-output/chair/model.glb', { bytes: 1.5 }), /bytes/],
  ['bytes as text', file('meshy-output/chair/model.glb', { bytes: '10' }), /bytes/],
  ['`updated` in the future', { updated: future }, /"updated" is in the future/],
  ['`updated` not a time', { updated: 'yesterday' }, /"updated" must be an ISO time/],
  ['a bad request hash', { hash: 'x' }, /"hash"/],
  ['negative credits', { credits: -5 }, /"credits"/],
  ['an unknown task type', { task: 'text-to-4d' }, /"task"/],
  ['an unknown field', { extra: 1 }, /unknown field/],
  ['a malformed pending', { pending: { step: -1, 'sent-at': 'x' } }, /"pending"/]
])('refused: %s, naming the lockfile and the entry, quoting no value', (_, over, why) => {
  const message = refusal(text({ chair: entry(over) }))
  expect(message).toMatch(/^Input 'lockfile': assets\/meshy-lock\.json: asset 'chair': /)
  expect(message).toMatch(why)
  for (const value of Object.values(over)) {
    if (typeof value === 'string' && value.length > 3) expect(message).not.toContain(value)
  }
})

test.each(['__proto__', 'constructor', '../x', ''])('refused: the asset name %j', name => {
  // Built as text: JSON.parse keeps "__proto__" as an own key, as a hostile file would.
  const raw = `{"version": 1, "assets": {${JSON.stringify(name)}: ${JSON.stringify(entry())}}}`
  expect(refusal(raw)).toMatch(/entry #1 of "assets" has a name that is not a valid asset name/)
})

test('a syntax error gives the place, never the text', () => {
  const message = refusal('{"version": 1, "assets": TOP-SECRET-CONTENT}')
  expect(message).toMatch(/is not valid JSON( \(line 1, column \d+\))?; fix it/)
  expect(message).not.toContain('TOP-SECRET')
  expect(refusal('{"version": 2, "assets": {}}')).toMatch(/version 2/)
})

test('filesIntact hashes nothing outside the workspace and follows no link', async () => {
  const ws = tempWorkspace()
  const outside = tempWorkspace()
  try {
    writeFileSync(join(outside, 'secret.txt'), 'secret')
    const record = (path: string) => [{ path, sha256: sha('secret'), bytes: 6 }]
    expect(await filesIntact(ws, record(join(outside, 'secret.txt')))).toBe(false)
    expect(await filesIntact(ws, record(`../${outside.split('/').pop()}/secret.txt`))).toBe(false)
    symlinkSync(outside, join(ws, 'linked'))
    expect(await filesIntact(ws, record('linked/secret.txt'))).toBe(false)
    writeFileSync(join(ws, 'own.txt'), 'secret')
    expect(await filesIntact(ws, record('own.txt'))).toBe(true)
  } finally {
    rmSync(ws, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  }
})

test('deletions: only files the action names, in the asset folder, without links, never .github', async () => {
  const ws = tempWorkspace()
  const outside = tempWorkspace()
  try {
    const put = (path: string, data = 'generated') => {
      mkdirSync(join(ws, path, '..'), { recursive: true })
      writeFileSync(join(ws, path), data)
      return { path, sha256: sha(data), bytes: data.length }
    }
    writeFileSync(join(outside, 'model.glb'), 'generated')
    mkdirSync(join(ws, 'meshy-output'), { recursive: true })
    symlinkSync(outside, join(ws, 'meshy-output', 'linked'))
    const files = [
      put('.github/workflows/ci.yml'),
      put('meshy-output/other/model.glb'),
      put('meshy-output/gone/notes.txt'),
      put('meshy-output/gone/model.glb'),
      { path: 'meshy-output/linked/model.glb', sha256: sha('generated'), bytes: 9 }
    ]
    // As if validation had been bypassed: removeSuperseded checks again on its own.
    const before = new Map([
      ['gone', files.slice(0, 4)],
      ['linked', files.slice(4)]
    ])
    const logger = memoryLogger()
    const lock: Lockfile = { version: 1, assets: Object.create(null) }
    await removeSuperseded(
      { workspace: ws, outputDir: join(ws, 'meshy-output') },
      before,
      lock,
      logger
    )
    expect(existsSync(join(ws, '.github/workflows/ci.yml'))).toBe(true)
    expect(existsSync(join(ws, 'meshy-output/other/model.glb'))).toBe(true)
    expect(existsSync(join(ws, 'meshy-output/gone/notes.txt'))).toBe(true)
    expect(existsSync(join(outside, 'model.glb'))).toBe(true)
    expect(existsSync(join(ws, 'meshy-output/gone/model.glb'))).toBe(false)
    expect(logger.lines.join('\n')).toContain(
      'Kept .github/workflows/ci.yml (gone left the manifest): not a file this action writes'
    )
  } finally {
    rmSync(ws, { recursive: true, force: true })
    rmSync(outside, { recursive: true, force: true })
  }
})

describe('through a batch run, before any request', () => {
  const lockPath = () => join(fx.workspace, 'assets', 'meshy-lock.json')
  beforeEach(() => {
    rmSync(lockPath(), { force: true })
    writeManifest(
      fx.workspace,
      'assets:\n  chair:\n    task: text-to-3d\n    prompt: a chair\n    refine: false\n'
    )
    fx.fake.reset()
  })

  async function refusedRun(): Promise<string> {
    const deps = pipelineDeps(fx.fake.url)
    const err = await runBatch(batchConfig(fx.workspace, fx.fake.url), deps).catch(e => e)
    expect(err).toBeInstanceOf(ConfigurationError)
    expect(fx.fake.requests).toHaveLength(0)
    return errorMessage(err)
  }

  test('a removed asset listing .github/workflows/ci.yml with its true sha256', async () => {
    const ci = join(fx.workspace, '.github', 'workflows', 'ci.yml')
    mkdirSync(join(ci, '..'), { recursive: true })
    writeFileSync(ci, 'on: push\n')
    const files = [{ path: '.github/workflows/ci.yml', sha256: sha('on: push\n'), bytes: 9 }]
    writeFileSync(lockPath(), text({ removed: entry({ files }, 'removed') }))
    expect(await refusedRun()).toMatch(
      /assets\/meshy-lock\.json: asset 'removed': files\[0\]\.path must be .* in meshy-output\/removed\//
    )
    expect(readFileSync(ci, 'utf8')).toBe('on: push\n')
  })

  test.each([
    ['outside the workspace', /meshy-lock\.json' is outside the workspace/],
    ['inside the workspace', /'assets\/meshy-lock\.json' is a symbolic link/]
  ])(
    'the default lockfile path linked to a file %s: refused, its content never quoted',
    async (where, why) => {
      const dir = where.startsWith('outside') ? tempWorkspace() : join(fx.workspace, 'private')
      try {
        mkdirSync(dir, { recursive: true })
        writeFileSync(join(dir, 'private.txt'), 'TOP-SECRET first bytes')
        symlinkSync(join(dir, 'private.txt'), lockPath())
        const message = await refusedRun()
        expect(message).toMatch(why)
        expect(message).not.toContain('TOP-SECRET')
      } finally {
        rmSync(lockPath(), { force: true })
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )
})

test('the merge action refuses an entry updated in the future', async () => {
  const ws = tempWorkspace()
  try {
    const future = new Date(Date.now() + 24 * 3600_000).toISOString()
    writeFileSync(join(ws, 'a.json'), text({ chair: entry({ updated: future }) }))
    writeFileSync(join(ws, 'b.json'), text({ chair: entry() }))
    const failures: string[] = []
    await runMerge(
      {
        getInput: n => ({ lockfiles: 'a.json\nb.json', output: 'out.json' })[n] ?? '',
        info: () => undefined,
        setOutput: () => undefined,
        setFailed: m => void failures.push(m)
      },
      { GITHUB_WORKSPACE: ws }
    )
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(/a\.json: asset 'chair': "updated" is in the future/)
    expect(existsSync(join(ws, 'out.json'))).toBe(false)
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
})

test('recorded statuses are always ones the reader accepts', async () => {
  const { lockStatus } = await import('../src/batch/lockfile/lockfile.js')
  expect(lockStatus('SUCCEEDED')).toBe('SUCCEEDED')
  expect(lockStatus('##[set-output name=a;]x')).toBe('IN_PROGRESS')
  const check: LockEntry['status'] = lockStatus('weird')
  expect(check).toBe('IN_PROGRESS')
})
