// The lockfile's journal as it arrives from outside (issue 15 with issue 12's rules): a stopped
// run's journal is replayed by every plan, a dry run's included, without writing either file; a
// real run folds it in and deletes it; a journal that is a link, or is not a journal, stops the
// run before any request and is never quoted.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { prepareBatch } from '../src/batch/run/prepare.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { ConfigurationError, errorMessage } from '../src/core/errors.js'
import {
  batchConfig,
  batchFixture,
  cheapManifest,
  pipelineDeps,
  tempWorkspace,
  writeManifest
} from './batch-support.js'

const fx = batchFixture({ durationMs: 200, keepAliveMs: 200 })
const lockPath = () => join(fx.workspace, 'assets', 'meshy-lock.json')
const journalPath = () => `${lockPath()}.journal`
const HEADER = JSON.stringify({ 'meshy-lock-journal': 1 })

beforeEach(() => {
  rmSync(lockPath(), { force: true })
  rmSync(journalPath(), { force: true })
  writeManifest(fx.workspace, cheapManifest(3))
  fx.fake.reset()
})

/**
 * After a complete run, moves asset-1's entry out of the lockfile into a journal: the state a
 * run killed before its final rewrite leaves behind.
 */
async function stoppedRun(): Promise<{ lockText: string; journalText: string }> {
  const first = await runBatch(batchConfig(fx.workspace, fx.fake.url), pipelineDeps(fx.fake.url))
  expect(first.failed).toBe(0)
  const lock = JSON.parse(readFileSync(lockPath(), 'utf8')) as Lockfile
  const entry = lock.assets['asset-1']
  delete lock.assets['asset-1']
  const lockText = `${JSON.stringify(lock, null, 2)}\n`
  const journalText = `${HEADER}\n${JSON.stringify({ asset: 'asset-1', entry })}\n`
  writeFileSync(lockPath(), lockText)
  writeFileSync(journalPath(), journalText)
  fx.fake.reset()
  return { lockText, journalText }
}

test("a dry run's plan sees the journal's tasks and leaves both files as they are", async () => {
  const { lockText, journalText } = await stoppedRun()
  const config = batchConfig(fx.workspace, fx.fake.url)
  const prepared = await prepareBatch({ ...config, dryRun: true }, Date.now())
  expect(prepared.replayed).toBe(1)
  // asset-1 is known only from the journal: unchanged, not generated again.
  expect(prepared.planned.map(p => p.action.kind)).toEqual(['unchanged', 'unchanged', 'unchanged'])
  expect(prepared.estimate).toBe(0)
  expect(readFileSync(lockPath(), 'utf8')).toBe(lockText)
  expect(readFileSync(journalPath(), 'utf8')).toBe(journalText)
})

test('a real run folds the journal into the lockfile, deletes it, and creates nothing', async () => {
  await stoppedRun()
  const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url), pipelineDeps(fx.fake.url))
  expect(outcome.rows.map(r => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged'])
  expect(fx.fake.creates()).toHaveLength(0)
  const lock = JSON.parse(readFileSync(lockPath(), 'utf8')) as Lockfile
  expect(Object.keys(lock.assets).sort()).toEqual(['asset-0', 'asset-1', 'asset-2'])
  expect(existsSync(journalPath())).toBe(false)
})

async function refused(): Promise<string> {
  const err = await runBatch(
    batchConfig(fx.workspace, fx.fake.url),
    pipelineDeps(fx.fake.url)
  ).catch(e => e)
  expect(err).toBeInstanceOf(ConfigurationError)
  expect(fx.fake.requests).toHaveLength(0)
  return errorMessage(err)
}

test('a journal that is a symbolic link is refused, never read, never appended to', async () => {
  const outside = tempWorkspace()
  try {
    const secret = join(outside, 'authorized_keys')
    writeFileSync(secret, 'TOP-SECRET first bytes\n')
    mkdirSync(join(fx.workspace, 'assets'), { recursive: true })
    symlinkSync(secret, journalPath())
    const message = await refused()
    expect(message).toMatch(/meshy-lock\.json\.journal/)
    expect(message).not.toContain('TOP-SECRET')
    expect(readFileSync(secret, 'utf8')).toBe('TOP-SECRET first bytes\n')
  } finally {
    rmSync(journalPath(), { force: true })
    rmSync(outside, { recursive: true, force: true })
  }
})

test('a journal line that is not a record stops the run, naming the line, never quoting it', async () => {
  mkdirSync(join(fx.workspace, 'assets'), { recursive: true })
  writeFileSync(journalPath(), `${HEADER}\nTOP-SECRET not a record\n`)
  const message = await refused()
  expect(message).toMatch(/meshy-lock\.json\.journal line 2 is not a journal record/)
  expect(message).not.toContain('TOP-SECRET')
})

test('a replayed entry passes the lockfile checks (a path out of the output folder)', async () => {
  mkdirSync(join(fx.workspace, 'assets'), { recursive: true })
  const entry = {
    hash: `sha256:${'1'.repeat(64)}`,
    task: 'text-to-3d',
    status: 'SUCCEEDED',
    'task-ids': ['01a07f5e-81c7-7111-86f2-f6d2f80b2093'],
    model: 'meshy-5',
    files: [{ path: '.github/workflows/ci.yml', sha256: 'a'.repeat(64), bytes: 9 }],
    credits: 5,
    updated: '2026-06-01T11:00:00.000Z'
  }
  writeFileSync(journalPath(), `${HEADER}\n${JSON.stringify({ asset: 'asset-0', entry })}\n`)
  expect(await refused()).toMatch(
    /assets\/meshy-lock\.json with its journal: asset 'asset-0': files\[0\]\.path/
  )
})
