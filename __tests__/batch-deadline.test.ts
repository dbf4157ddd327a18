// Issue 23, A3: a batch stops creating at its deadline. With timeout-minutes reached no create is
// sent; assets not started are "not started: out of time" and untouched in the lockfile; a task
// still running at Meshy waits in the lockfile too; the run says once that a re-run resumes,
// and no asset repeats the single-task advice ('task-id: …'). The next run pays for nothing twice.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { cheapManifest, writeManifest } from './batch-support.js'
import { runInProcess } from './harness/in-process.js'
import { tempDir } from './harness/temp-dirs.js'

let fake: FakeMeshy
beforeAll(async () => {
  // Each task takes 5 s; two at a time; the deadline (3 s) falls while the first two run, and
  // the other four wait for a queue slot that frees only after it.
  fake = await startFakeMeshy({ durationMs: 5000, keepAliveMs: 200 })
})
afterAll(() => fake.close())

test('at the deadline: no create is sent, the rest wait untouched, one message says re-run', async () => {
  const ws = tempDir('deadline')
  writeManifest(ws, cheapManifest(6))
  const started = Date.now()
  const first = await runInProcess(fake.url, ws, {
    manifest: 'assets/meshy.yml',
    concurrency: '2',
    'timeout-minutes': '0.05'
  })
  const deadline = started + 3000
  // No create after the deadline (a little slack for the time run() takes to read its inputs).
  expect(fake.creates().length).toBeGreaterThanOrEqual(1)
  expect(fake.creates().filter(r => r.time > deadline + 500)).toEqual([])
  const created = fake.creates().length
  expect(created).toBe(2)

  const results = JSON.parse(first.outputs['manifest-results']) as Record<
    string,
    { status: string; error?: string; 'task-ids': string[] }
  >
  const rows = Object.entries(results)
  const notStarted = rows.filter(([, r]) => r.status === 'not started')
  // The task created before the deadline and still running waits too: the lockfile resumes it.
  const running = rows.filter(([, r]) => r.status === 'waiting')
  expect(running.map(([, r]) => r.error)).toEqual(['out of time', 'out of time'])
  expect(notStarted.length).toBeGreaterThan(0)
  expect(notStarted.every(([, r]) => r.error === 'out of time')).toBe(true)
  // No asset failed, and none carries single-task resume advice.
  expect(rows.filter(([, r]) => r.status === 'failed')).toEqual([])
  expect(JSON.stringify(results)).not.toContain('task-id:')
  expect(first.log.filter(l => l.startsWith('error:'))).toEqual([])
  expect(first.summary).toContain('not started: out of time')

  // One failure, saying once that a re-run resumes.
  expect(first.failed).toHaveLength(1)
  expect(first.failed[0]).toMatch(
    /timeout-minutes was reached: \d+ asset\(s\) not started.*2 still running/
  )
  expect(first.failed[0]).toMatch(/re-run: the lockfile resumes/i)
  expect(first.failed[0]).not.toContain('task-id:')

  // The lockfile holds only the assets that were started.
  const lockPath = join(ws, 'assets', 'meshy-lock.json')
  const lock = existsSync(lockPath)
    ? (JSON.parse(readFileSync(lockPath, 'utf8')) as Lockfile)
    : { assets: {} as Lockfile['assets'] }
  for (const [name] of notStarted) expect(lock.assets[name]).toBeUndefined()
  const ids = Object.values(lock.assets).flatMap(e => e['task-ids'])
  expect(JSON.stringify(lock)).not.toContain('task-id:')
  expect(ids).toHaveLength(created)

  // The next run, with time enough, creates each waiting asset once and nothing twice.
  const second = await runInProcess(fake.url, ws, {
    manifest: 'assets/meshy.yml',
    concurrency: '6',
    'timeout-minutes': '1'
  })
  expect(second.failed).toEqual([])
  expect(fake.creates()).toHaveLength(6)
  const prompts = fake.creates().map(r => String((r.body as { prompt?: string }).prompt))
  expect(new Set(prompts).size).toBe(6)
}, 30_000)
