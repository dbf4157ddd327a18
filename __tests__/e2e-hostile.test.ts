// End to end against a lying Meshy: the bundled action, run as the runner runs it, must keep its
// writes, its log, its memory and its running time within bounds whatever the API answers.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { runAction, type ActionRun, type RunOptions } from './harness/run-action.js'

let fake: FakeMeshy
const workspaces: string[] = []

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 400, keepAliveMs: 200 })
})
afterAll(async () => {
  await fake.close()
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})
beforeEach(() => {
  fake.reset()
  fake.disarm()
})

async function run(inputs: Record<string, string>, extra: Partial<RunOptions> = {}) {
  const r = await runAction({
    inputs: {
      'base-url': fake.url,
      task: 'text-to-3d',
      prompt: 'a chair',
      refine: 'false',
      ...inputs
    },
    env: { MESHY_API_KEY: FAKE_API_KEY },
    ...extra
  })
  workspaces.push(r.workspace)
  return r
}

/** A runner command the runner would execute: `::` after trimmed whitespace, or `##[`. */
function commandsIn(stdout: string): string[] {
  return stdout
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .filter(
      line => line.includes('##[') || /^[\s\u0085]*::(?!add-mask|error|warning|debug)/.test(line)
    )
}

function noStack(r: ActionRun): void {
  expect(r.stderr).not.toMatch(/\n\s+at /)
  expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/)
}

test('a stream whose terminal task id is a path writes nothing outside; task-id is kept', async () => {
  const target = `meshy-pwned-${randomBytes(4).toString('hex')}`
  const evil = `../../../../../../../../../tmp/${target}`
  fake.hostile({ task: view => (view.status === 'SUCCEEDED' ? { ...view, id: evil } : view) })
  const r = await run({})
  expect(existsSync(join('/tmp', target))).toBe(false)
  expect(r.code).not.toBe(0)
  const created = fake.creates().length
  expect(created).toBe(1)
  expect(r.outputs['task-id']).toMatch(/^[0-9a-f-]{36}$/)
  expect(r.stdout).not.toContain('PWNED')
  noStack(r)
})

test('a status carrying ##[set-output never reaches the log as a command', async () => {
  fake.hostile({
    task: view => ({
      ...view,
      status: 'IN_PROGRESS ##[set-output name=artifact-url;]https://evil.example/a',
      type: '::set-output name=x::y'
    })
  })
  const r = await run({})
  expect(commandsIn(r.stdout)).toEqual([])
  expect(r.outputs['artifact-url']).toBeUndefined()
  noStack(r)
})

test('expires_at 1e20 and type 5: outputs are written, a warning, no stack trace', async () => {
  fake.hostile({ task: view => ({ ...view, expires_at: 1e20, type: 5 }) })
  const r = await run({})
  expect(r.code).toBe(0)
  expect(r.outputs['task-id']).toMatch(/^[0-9a-f-]{36}$/)
  // The bad value is dropped; the documented 3 days from the finish stand in for it.
  const task = JSON.parse(r.outputs.result) as { finished_at: number }
  expect(Date.parse(r.outputs['expires-at'])).toBe(task.finished_at + 3 * 24 * 3600_000)
  expect(r.stdout).toMatch(/::warning::.*ignored field expires_at/)
  noStack(r)
})

test('a numeric id fails the run cleanly, and task-id still says which task to resume', async () => {
  fake.hostile({ task: view => ({ ...view, id: 12345 }) })
  const r = await run({})
  expect(r.code).not.toBe(0)
  expect(r.outputs['task-id']).toBe(JSON.parse(r.outputs['task-ids'])[0])
  expect(r.outputs['task-id']).toMatch(/^[0-9a-f-]{36}$/)
  noStack(r)
})

test('the repro: an http result URL on another host is not fetched or saved', async () => {
  const other = `http://localhost:${new URL(fake.assetUrl).port}`
  fake.hostile({
    task: view => {
      const output = view.output as { model_urls?: Record<string, string> } | null
      const urls = output?.model_urls
      if (!urls?.glb) return view
      const glb = urls.glb.replace(fake.assetUrl, other)
      return { ...view, output: { ...output, model_urls: { ...urls, glb } } }
    }
  })
  const r = await run({ download: 'model' })
  expect(r.code).not.toBe(0)
  expect(r.stdout).toMatch(/https only/)
  expect(fake.requests.filter(q => q.origin === 'assets')).toEqual([])
  const dir = join(r.workspace, 'meshy-output')
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true }) : []
  expect(files.filter(f => String(f).endsWith('.glb'))).toEqual([])
})

/** Peak RSS (VmHWM) of a child, sampled from /proc until it exits. */
function sampleRss(pid: number): () => number {
  let peak = 0
  const take = () => {
    try {
      const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (m) peak = Math.max(peak, Number(m[1]) * 1024)
    } catch {
      // exited
    }
  }
  const timer = setInterval(take, 10)
  return () => {
    clearInterval(timer)
    return peak
  }
}

test('an SSE line of 1 GB with no end: the stream is dropped, polling finishes, RSS stays < 300 MB', async () => {
  fake.inject({ fault: { kind: 'endless-line', bytes: 1 << 30 } })
  let stop: (() => number) | undefined
  const r = await run({}, { onSpawn: pid => (stop = sampleRss(pid)) })
  const peak = stop!()
  expect(r.code).toBe(0)
  expect(r.outputs.status).toBe('SUCCEEDED')
  const polls = fake.requests.filter(
    q => q.method === 'GET' && /^\/openapi\/v2\/tasks\/[^/]+$/.test(q.path)
  )
  expect(polls.length).toBeGreaterThan(0)
  if (process.env.SHOW_RSS) console.log(`peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`)
  expect(peak).toBeGreaterThan(0)
  expect(peak).toBeLessThan(300 * 1024 * 1024)
}, 120_000)

test('trickled replies (huge Content-Length, a byte every 2 s): the process exits by the deadline', async () => {
  fake.inject({
    method: 'GET',
    path: /^\/openapi\/v2\/tasks\/[^/]+(\/stream)?$/,
    times: 100,
    fault: { kind: 'trickle', length: 1e9, everyMs: 2000 }
  })
  // 3 s of timeout-minutes, against replies that would take 63 years: the step must end on its
  // own. The harness kills it at 60 s (20× the timeout, room for a busy machine's start-up),
  // and a killed step has no exit code.
  const r = await run({ 'timeout-minutes': '0.05' }, { timeoutMs: 60_000 })
  expect(r.code).not.toBeNull()
  expect(r.code).not.toBe(0)
  expect(r.stdout).toMatch(/task-id/)
  expect(r.outputs['task-id']).toMatch(/^[0-9a-f-]{36}$/)
  noStack(r)
}, 90_000)
