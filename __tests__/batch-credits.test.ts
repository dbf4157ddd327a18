// Credits (issue 15): one balance read before the first create and a warning when it is short;
// a batch that meets Meshy's 402 sends no further create, finishes what it started and leaves
// the rest in the lockfile for the next run; a single task's 402 names the balance.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run } from '../src/action/main.js'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { clearSecrets } from '../src/core/redact.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { fakeDeps } from './harness/fake-deps.js'
import { cheapManifest, tempWorkspace, writeManifest } from './batch-support.js'

const fakes: FakeMeshy[] = []
const workspaces: string[] = []
afterAll(async () => {
  await Promise.all(fakes.map(f => f.close()))
  for (const w of workspaces) rmSync(w, { recursive: true, force: true })
})
afterEach(() => clearSecrets())

async function fakeWith(balance: number, keyCreditLimit?: number): Promise<FakeMeshy> {
  const fake = await startFakeMeshy({ durationMs: 400, keepAliveMs: 100, balance, keyCreditLimit })
  fakes.push(fake)
  return fake
}

function workspace(): string {
  const dir = tempWorkspace()
  workspaces.push(dir)
  return dir
}

function action(fake: FakeMeshy, ws: string, inputs: Record<string, string>) {
  const summaryFile = join(ws, '..', `${ws.split('/').pop()}-summary.md`)
  writeFileSync(summaryFile, '')
  workspaces.push(summaryFile)
  const given = {
    'base-url': fake.url,
    'api-key': FAKE_API_KEY,
    'timeout-minutes': '5',
    summary: 'true',
    ...inputs
  }
  const faked = fakeDeps(given, { GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summaryFile })
  return { ...faked, log: faked.lines, summary: () => readFileSync(summaryFile, 'utf8') }
}

const balanceReads = (fake: FakeMeshy) =>
  fake.requests.filter(r => r.path === '/openapi/v2/balance').length

test('out of credits: no create after the first 402, the rest wait untouched, one error', async () => {
  // text-to-3d preview costs 20: a balance of 100 covers 5 of the 40 assets.
  const fake = await fakeWith(100)
  const ws = workspace()
  writeManifest(ws, cheapManifest(40))
  // An entry from an earlier run (another prompt then): it must come out exactly as it went in.
  const lockPath = join(ws, 'assets', 'meshy-lock.json')
  const earlier = {
    hash: `sha256:${'0'.repeat(64)}`,
    task: 'text-to-3d',
    status: 'SUCCEEDED',
    'task-ids': ['0190c7d2-0000-7000-8000-000000000039'],
    model: 'default',
    files: [],
    credits: 20,
    updated: '2026-11-01T00:00:00.000Z'
  }
  mkdirSync(join(ws, 'assets'), { recursive: true })
  writeFileSync(lockPath, JSON.stringify({ version: 1, assets: { 'asset-39': earlier } }))

  const first = action(fake, ws, { manifest: 'assets/meshy.yml', concurrency: '5' })
  await run(first.deps)

  // Exactly the five the balance covers were created; the creates sent after that were only
  // the few already on their way when the first 402 came back (at most one per queue slot).
  expect(fake.tasks.size).toBe(5)
  expect(fake.creates().length).toBeLessThanOrEqual(10)
  const results = JSON.parse(first.outputs['manifest-results']) as Record<
    string,
    { status: string; error?: string }
  >
  const statuses = Object.values(results).map(r => `${r.status}: ${r.error ?? ''}`)
  expect(statuses.filter(s => s.startsWith('generated'))).toHaveLength(5)
  expect(statuses.filter(s => s === 'not started: out of credits')).toHaveLength(35)
  expect(first.summary()).toContain('not started: out of credits')

  // One error, saying why and how many wait; no per-asset error lines.
  expect(first.failed).toHaveLength(1)
  expect(first.failed[0]).toMatch(/credits ran out: 35 of 40 assets wait/)
  expect(first.log.filter(l => l.startsWith('error:'))).toEqual([])

  // The balance was read once, before the first create, and the warning came before it too.
  expect(balanceReads(fake)).toBe(1)
  const firstPost = fake.requests.findIndex(r => r.method === 'POST')
  expect(fake.requests.findIndex(r => r.path === '/openapi/v2/balance')).toBeLessThan(firstPost)
  const warning = first.log.findIndex(l =>
    l.startsWith(
      'warning: Estimated 800 credits for 40 assets, balance 100: about 5 assets will be generated this run; the rest wait in the lockfile'
    )
  )
  expect(warning).toBeGreaterThanOrEqual(0)
  expect(warning).toBeLessThan(first.log.findIndex(l => l.includes('Created Meshy task')))

  // The lockfile: the five generated, nothing recorded for the 35, the old entry untouched.
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lockfile
  const names = Object.keys(lock.assets)
  expect(names).toHaveLength(6)
  expect(lock.assets['asset-39']).toEqual(earlier)
  expect(Object.values(lock.assets).filter(e => e.status === 'SUCCEEDED')).toHaveLength(6)

  // After a top-up the next run generates exactly the 35 that waited.
  fake.topUp(1000)
  const second = action(fake, ws, { manifest: 'assets/meshy.yml', concurrency: '5' })
  await run(second.deps)
  expect(second.failed).toEqual([])
  expect(fake.tasks.size).toBe(40)
  const prompts = [...fake.tasks.values()].map(t => (t.body as { prompt: string }).prompt)
  expect(new Set(prompts).size).toBe(40)
  const again = JSON.parse(second.outputs['manifest-results']) as Record<string, { status: string }>
  expect(Object.values(again).filter(r => r.status === 'unchanged')).toHaveLength(5)
  expect(Object.values(again).filter(r => r.status === 'generated')).toHaveLength(35)
}, 60_000)

test('single task: a 402 names the balance and says no task was created', async () => {
  const fake = await fakeWith(10)
  const single = action(fake, workspace(), {
    task: 'text-to-3d',
    prompt: 'a chair',
    refine: 'false'
  })
  await run(single.deps)
  expect(fake.tasks.size).toBe(0)
  expect(single.failed).toHaveLength(1)
  expect(single.failed[0]).toContain('402 insufficient_credits')
  expect(single.failed[0]).toContain('the account is out of credits')
  expect(single.failed[0]).toContain('the account balance is 10 credits')
  expect(single.failed[0]).toContain('No task was created')
  expect(single.log).toContain(
    'warning: Estimated 20 credits, balance 10: Meshy will likely refuse the task for lack of credits. Top up the account.'
  )
  expect(balanceReads(fake)).toBe(1)
})

test("single task: a 402 while the balance covers the run names the key's own credit limit", async () => {
  const fake = await fakeWith(1000, 5)
  const single = action(fake, workspace(), {
    task: 'text-to-3d',
    prompt: 'a chair',
    refine: 'false'
  })
  await run(single.deps)
  expect(fake.tasks.size).toBe(0)
  expect(single.failed[0]).toContain('402 api_key_credit_limit_reached')
  expect(single.failed[0]).toContain("the API key's own credit limit is reached")
  expect(single.failed[0]).toContain('the account balance is 1000 credits')
  expect(single.failed[0]).toContain('https://docs.meshy.ai/')
})

test('the balance is read once when it covers the run; test mode reads none', async () => {
  const fake = await fakeWith(10_000)
  const paid = action(fake, workspace(), { task: 'text-to-3d', prompt: 'a lamp', refine: 'false' })
  await run(paid.deps)
  expect(paid.failed).toEqual([])
  expect(paid.log.filter(l => l.startsWith('warning:'))).toEqual([])
  expect(balanceReads(fake)).toBe(1)

  fake.reset()
  const free = action(fake, workspace(), {
    task: 'text-to-3d',
    prompt: 'a lamp',
    refine: 'false',
    'test-mode': 'true'
  })
  await run(free.deps)
  expect(free.failed).toEqual([])
  expect(balanceReads(fake)).toBe(0)
})
