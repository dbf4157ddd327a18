// The lockfile's journal under SIGKILL at each step of the write scheme: between journal writes,
// during a compaction (the sorted lockfile renamed into place but the journal not yet emptied,
// and just after it was emptied), and between a create Meshy answered and the record of its task
// id. Each time the next run loses no task id, pays for nothing twice and finishes the rest.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import {
  batchConfig,
  cheapManifest,
  pipelineDeps,
  tempWorkspace,
  writeManifest
} from './batch-support.js'
import { until } from './harness/until.js'

const ASSETS = 30
let fake: FakeMeshy
const workspaces: string[] = []
beforeAll(async () => {
  fake = await startFakeMeshy({ queueLimit: 10, durationMs: 700, keepAliveMs: 200 })
})
afterAll(async () => {
  await fake.close()
  for (const w of workspaces) rmSync(w, { recursive: true, force: true })
})

const lockPath = (ws: string) => join(ws, 'assets', 'meshy-lock.json')
const journalPath = (ws: string) => `${lockPath(ws)}.journal`

function killedRun(ws: string, step: string, nth: number): Promise<NodeJS.Signals | null> {
  const args = ['--import', 'tsx', '__tests__/batch-kill-child.ts', ws, fake.url, step, String(nth)]
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: 'ignore'
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  return new Promise(resolve =>
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      resolve(signal)
    })
  )
}

/** Every asset of this workspace's manifest, as prompts sent to the fake. */
function promptsOf(tag: string): string[] {
  return [...fake.tasks.values()]
    .map(t => (t.body as { prompt: string }).prompt)
    .filter(p => p.startsWith(`${tag} `))
}

async function killThenResume(
  tag: string,
  step: string,
  nth: number,
  atKill: (ws: string) => void
): Promise<void> {
  const ws = tempWorkspace()
  workspaces.push(ws)
  writeManifest(
    ws,
    cheapManifest(ASSETS, i => `${tag} asset ${i}`)
  )
  // Earlier tests' kept-alive connections would keep the count below from reaching 0.
  fake.closeIdleConnections()
  expect(await killedRun(ws, step, nth)).toBe('SIGKILL')
  atKill(ws)
  // A POST the killed run had already sent must land before the next run looks for it: the
  // fake reads all a dead client sent before its connection closes.
  await until(
    "the killed run's connections to close",
    async () => (await fake.openConnections()) === 0
  )
  const outcome = await runBatch(batchConfig(ws, fake.url), pipelineDeps(fake.url))
  expect(outcome.failed).toBe(0)
  // Every asset exactly once at Meshy: nothing was created twice across the kill.
  const prompts = promptsOf(tag)
  expect(prompts).toHaveLength(ASSETS)
  expect(new Set(prompts).size).toBe(ASSETS)
  const lock = JSON.parse(readFileSync(lockPath(ws), 'utf8')) as Lockfile
  expect(Object.keys(lock.assets)).toHaveLength(ASSETS)
  for (const entry of Object.values(lock.assets)) {
    expect(entry).toMatchObject({ status: 'SUCCEEDED' })
    expect(entry.files).toHaveLength(2)
    expect(entry.pending).toBeUndefined()
  }
  // The journal is folded into the lockfile and gone once a run ends.
  expect(existsSync(journalPath(ws))).toBe(false)
}

test('SIGKILL between journal writes', async () => {
  await killThenResume('between', 'journal-synced', 25, ws => {
    expect(statSync(journalPath(ws)).size).toBeGreaterThan(0)
  })
}, 90_000)

test('SIGKILL during a compaction: lockfile rewritten, journal not yet emptied', async () => {
  await killThenResume('compacting', 'lockfile-written', 1, ws => {
    // Both hold the same records: the next run replays the journal over the newer lockfile.
    expect(existsSync(lockPath(ws))).toBe(true)
    expect(statSync(journalPath(ws)).size).toBeGreaterThan(0)
  })
}, 90_000)

test('SIGKILL right after a compaction emptied the journal', async () => {
  await killThenResume('compacted', 'journal-reset', 1, ws => {
    const lock = JSON.parse(readFileSync(lockPath(ws), 'utf8')) as Lockfile
    expect(Object.values(lock.assets).some(e => e['task-ids'].length > 0)).toBe(true)
  })
}, 90_000)

test('SIGKILL between a create and the record of its task id: the task is adopted', async () => {
  let lost = ''
  await killThenResume('unrecorded', 'record-created', 1, ws => {
    // The journal's last word on some asset is "a create was sent", and Meshy has its task.
    const records = readFileSync(journalPath(ws), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map(l => JSON.parse(l) as { asset: string; entry: { pending?: unknown } })
    const last = new Map(records.map(r => [r.asset, r.entry]))
    const pending = [...last].filter(([, e]) => e.pending).map(([name]) => name)
    expect(pending.length).toBeGreaterThan(0)
    lost = pending[0]
  })
  expect(lost).not.toBe('')
}, 90_000)
