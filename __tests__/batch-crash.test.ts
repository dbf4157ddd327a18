// A batch killed with SIGKILL mid-run, then run again: every in-flight task is picked up by id,
// nothing is created twice, and the rest finishes. Also: a create whose reply a crashed run never
// recorded (the lockfile's pending marker) is found at Meshy instead of being sent again.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import {
  batchConfig,
  cheapManifest,
  pipelineDeps,
  batchFixture,
  writeManifest
} from './batch-support.js'
import { until } from './harness/until.js'

const fx = batchFixture({ queueLimit: 10, durationMs: 1500, keepAliveMs: 300 })

const lockPath = () => join(fx.workspace, 'assets', 'meshy-lock.json')
function readLock(): Lockfile | undefined {
  try {
    return JSON.parse(readFileSync(lockPath(), 'utf8')) as Lockfile
  } catch {
    return undefined // not written yet (the rename makes a half-written file impossible)
  }
}
const promptsAtFake = () =>
  [...fx.fake.tasks.values()].map(t => (t.body as { prompt: string }).prompt)

async function runChildUntil(ready: () => boolean): Promise<void> {
  // One node process (tsx as a loader, not its CLI wrapper), in its own process group.
  const args = ['--import', 'tsx', '__tests__/batch-child.ts', fx.workspace, fx.fake.url, '6']
  const child = spawn(process.execPath, args, {
    cwd: process.cwd(),
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: 'ignore',
    detached: true
  })
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
  try {
    await until('the moment to kill the batch', ready)
  } finally {
    killTree(child.pid!)
  }
  await exited
}

function killTree(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    process.kill(pid, 'SIGKILL')
  }
}

test('SIGKILL mid-run, then a second run: no duplicate task, the rest finishes', async () => {
  writeManifest(fx.workspace, cheapManifest(30))
  // The killed run's first four tasks take the fixture's 1.5 s; the rest last until the test
  // moves the fake's clock. Eight creates at the fake (six at a time) mean the first ones
  // finished, and whenever the kill lands, the later ones are still running.
  let creates = 0
  fx.fake.outcome({ times: 30, durationMs: 600_000, match: () => ++creates > 4 })
  await runChildUntil(() => fx.fake.tasks.size >= 8)
  const running = [...fx.fake.tasks.keys()].filter(
    id => fx.fake.taskView(id).status !== 'SUCCEEDED'
  )
  expect(running.length).toBeGreaterThan(0) // killed mid-run, not after it
  expect(fx.fake.tasks.size).toBeLessThan(30)
  // A POST the killed run had already sent must land before the next run looks for it: the
  // fake reads all a dead client sent before its connection closes.
  await until(
    "the killed run's connections to close",
    async () => (await fx.fake.openConnections()) === 0
  )
  // The second run's tasks take the fixture's 1.5 s; the first run's finish now.
  fx.fake.disarm()
  fx.fake.clock.advance(600_000)
  const beforeRerun = fx.fake.tasks.size
  const deps = pipelineDeps(fx.fake.url)
  const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url), deps)
  expect(outcome.failed).toBe(0)
  expect(outcome.rows.some(r => r.status === 'resumed')).toBe(true)
  // Every prompt exactly once at the fake: nothing created twice across the kill.
  const prompts = promptsAtFake()
  expect(prompts).toHaveLength(30)
  expect(new Set(prompts).size).toBe(30)
  expect(fx.fake.tasks.size - beforeRerun).toBe(30 - beforeRerun)
  const final = readLock()!
  expect(
    Object.values(final.assets).every(e => e.status === 'SUCCEEDED' && e.files.length === 2)
  ).toBe(true)
}, 60_000)

test('a create sent by a crashed run but never recorded is adopted, not sent again', async () => {
  const lock = readLock()!
  const entry = lock.assets['asset-3']
  const taskId = entry['task-ids'][0]
  const createdAt = fx.fake.taskView(taskId).created_at as number
  // What the lockfile looks like when the process died between the POST and its reply.
  lock.assets['asset-3'] = {
    ...entry,
    status: 'IN_PROGRESS',
    'task-ids': [],
    files: [],
    pending: { step: 0, 'sent-at': new Date(createdAt - 200).toISOString() }
  }
  writeFileSync(lockPath(), JSON.stringify(lock))
  fx.fake.reset()
  const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url), pipelineDeps(fx.fake.url))
  expect(fx.fake.requests.filter(r => r.method === 'POST')).toEqual([])
  const row = outcome.rows.find(r => r.name === 'asset-3')!
  expect(row).toMatchObject({ status: 'resumed', taskIds: [taskId] })
  expect(readLock()!.assets['asset-3']).toMatchObject({ status: 'SUCCEEDED', 'task-ids': [taskId] })
  expect(readLock()!.assets['asset-3'].pending).toBeUndefined()
})
