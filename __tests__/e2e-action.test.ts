// End to end: the bundled dist/index.js, run as the runner runs it, against the HTTPS fake.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { leaksOf } from './harness/leaks.js'
import { runAction, type ActionRun } from './harness/run-action.js'

let fake: FakeMeshy

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 400, keepAliveMs: 200 })
})
afterAll(async () => fake.close())
beforeEach(() => {
  fake.reset()
  fake.disarm()
})

const keyEnv = { MESHY_API_KEY: FAKE_API_KEY }

function run(
  inputs: Record<string, string>,
  env: Record<string, string> = keyEnv
): Promise<ActionRun> {
  return runAction({ inputs: { 'base-url': fake.url, ...inputs }, env })
}

function glbValid(path: string): boolean {
  const bytes = readFileSync(path)
  return (
    bytes.subarray(0, 4).toString('latin1') === 'glTF' && bytes.readUInt32LE(8) === bytes.length
  )
}

test('text-to-3d: one v2 request for a textured model, GLB and thumbnail downloaded, outputs set', async () => {
  const r = await run({ task: 'text-to-3d', prompt: 'a weathered oak dining chair' })
  expect(r.stderr).toBe('')
  expect(r.code).toBe(0)
  const creates = fake.creates()
  expect(creates.map(c => c.path)).toEqual(['/openapi/v2/text-to-3d'])
  expect(creates[0].body).toEqual({
    prompt: 'a weathered oak dining chair',
    should_texture: true,
    texture_model: 'meshy-7',
    target_formats: ['glb']
  })
  const ids = JSON.parse(r.outputs['task-ids']) as string[]
  expect(ids).toHaveLength(1)
  expect(r.outputs['task-id']).toBe(ids[0])
  expect(r.outputs.status).toBe('SUCCEEDED')
  expect(r.outputs['task-type']).toBe('text-to-3d')
  expect(r.outputs['model-file']).toBe(`meshy-output/${ids[0]}/model.glb`)
  expect(r.outputs['thumbnail-file']).toBe(`meshy-output/${ids[0]}/thumbnail.png`)
  // No read of a v1 route, nor of a per-type route: every read goes through /openapi/v2/tasks.
  const reads = fake.requests.filter(
    q => q.origin === 'api' && q.method === 'GET' && q.path !== '/openapi/v2/balance'
  )
  expect(reads.every(q => q.path.startsWith('/openapi/v2/tasks/'))).toBe(true)
  expect(glbValid(join(r.workspace, r.outputs['model-file']))).toBe(true)
  expect(
    readFileSync(join(r.workspace, r.outputs['thumbnail-file'])).subarray(1, 4).toString()
  ).toBe('PNG')
  expect(JSON.parse(r.outputs.files)).toEqual([
    r.outputs['model-file'],
    r.outputs['thumbnail-file']
  ])
  expect(Number(r.outputs.credits)).toBe(30)
  expect(r.outputs['model-url']).toContain('/model.glb?')
  expect(new Date(r.outputs['expires-at']).getTime()).toBeGreaterThan(Date.now())
  expect(JSON.parse(r.outputs.result).id).toBe(ids[0])
  // Asset downloads never carry the key.
  const assetRequests = fake.requests.filter(q => q.origin === 'assets')
  expect(assetRequests.length).toBeGreaterThanOrEqual(2)
  for (const q of assetRequests) expect(q.headers.authorization).toBeUndefined()
  // Logs print URLs without their signed query strings.
  expect(r.stdout).not.toMatch(/Signature=/)
})

test('refine: false makes a mesh only, in one request', async () => {
  const r = await run({ task: 'text-to-3d', prompt: 'a crate', refine: 'false' })
  expect(r.code).toBe(0)
  expect(fake.creates()).toHaveLength(1)
  expect(fake.creates()[0].body).toMatchObject({ should_texture: false })
  expect(r.outputs['task-type']).toBe('text-to-3d')
  // v2 leaves expires_at null for text-to-3d: the documented 3 days from the finish is shown.
  const task = JSON.parse(r.outputs.result) as { finished_at: number }
  expect(Date.parse(r.outputs['expires-at'])).toBe(task.finished_at + 3 * 24 * 3600_000)
})

test('a FAILED task fails the step with Meshy task_error, outputs still set', async () => {
  fake.outcome({
    status: 'FAILED',
    taskError: {
      type: 'invalid_input',
      message: 'The prompt was blocked by moderation',
      code: 'moderation_blocked'
    }
  })
  const r = await run({ task: 'text-to-3d', prompt: 'something', refine: 'false' })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::.*The prompt was blocked by moderation.*moderation_blocked/)
  expect(r.outputs.status).toBe('FAILED')
  expect(r.outputs['task-id']).toMatch(/\w/)
  expect(JSON.parse(r.outputs.files)).toEqual([])
})

test('a timeout says how to resume; task-id then collects with zero POSTs', async () => {
  fake.outcome({ durationMs: 20_000 })
  const r = await run({
    task: 'text-to-3d',
    prompt: 'slow',
    refine: 'false',
    'timeout-minutes': '0.02'
  })
  expect(r.code).toBe(1)
  const id = r.outputs['task-id']
  expect(id).toMatch(/\w/)
  expect(r.stdout).toContain(`task-id: ${id}`)
  fake.clock.advance(30_000)
  fake.reset()
  const resumed = await run({ 'task-id': id })
  expect(resumed.code).toBe(0)
  expect(fake.creates()).toHaveLength(0)
  expect(resumed.outputs.status).toBe('SUCCEEDED')
  expect(existsSync(join(resumed.workspace, resumed.outputs['model-file']))).toBe(true)
})

test('wait: false returns after the create with the current status', async () => {
  const r = await run({ task: 'text-to-3d', prompt: 'later', wait: 'false' })
  expect(r.code).toBe(0)
  expect(fake.creates()).toHaveLength(1)
  expect(['PENDING', 'IN_PROGRESS']).toContain(r.outputs.status)
  expect(JSON.parse(r.outputs.files)).toEqual([])
})

test('bad configuration fails before any request, naming the input', async () => {
  const r = await run({ task: 'text-to-4d', prompt: 'x' })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::Input 'task'/)
  expect(fake.requests).toHaveLength(0)
})

test('the key appears in no log line, output, summary or file in any scenario', async () => {
  const scenarios: Array<() => Promise<ActionRun>> = [
    () => run({ task: 'text-to-3d', prompt: 'leak check', formats: 'all', download: 'all' }),
    async () => {
      fake.outcome({ status: 'FAILED', taskError: { type: 'server_error', message: 'boom' } })
      return run({ task: 'text-to-3d', prompt: 'leak check', refine: 'false' })
    },
    async () => {
      fake.inject({
        method: 'GET',
        path: /\.glb$/,
        fault: { kind: 'truncate', bytes: 100 },
        times: 10
      })
      return run({ task: 'text-to-3d', prompt: 'leak check', refine: 'false' })
    },
    () => run({ task: 'text-to-3d', prompt: 'x'.repeat(700) }),
    () => run({ task: 'text-to-3d', prompt: 'wrong key' }, { MESHY_API_KEY: `${FAKE_API_KEY}x` }),
    () => run({ task: 'text-to-3d', prompt: 'input key', 'api-key': FAKE_API_KEY }, {})
  ]
  for (const scenario of scenarios) {
    const r = await scenario()
    expect(r.stdout).toContain('::add-mask::')
    expect(leaksOf(r, FAKE_API_KEY)).toEqual([])
    // The key only ever went to the API origin.
    for (const q of fake.requests.filter(q => q.origin !== 'api')) {
      expect(JSON.stringify(q.headers)).not.toContain(FAKE_API_KEY)
    }
    fake.reset()
  }
})

test('a truncated download leaves no partial file and fails the step', async () => {
  fake.inject({
    method: 'GET',
    path: /model\.glb$/,
    fault: { kind: 'truncate', bytes: 64 },
    times: 20
  })
  const r = await run({ task: 'text-to-3d', prompt: 'cut short', refine: 'false' })
  expect(r.code).toBe(1)
  const dir = join(r.workspace, 'meshy-output', r.outputs['task-id'])
  const left = existsSync(dir) ? readdirSync(dir) : []
  expect(left.filter(f => f.startsWith('model.glb'))).toEqual([])
})

test('a CANCELED task fails the step and says so', async () => {
  fake.outcome({
    status: 'CANCELED',
    taskError: { type: 'server_error', message: 'Canceled by the owner' }
  })
  const r = await run({ task: 'text-to-3d', prompt: 'stop me', refine: 'false' })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::.*CANCELED/)
  expect(r.outputs.status).toBe('CANCELED')
})

test('an expired asset URL is read again once through the task route, then fetched again', async () => {
  fake.inject({ method: 'GET', path: /model\.glb$/, fault: { kind: 'expired' } })
  const r = await run({ task: 'text-to-3d', prompt: 'expired link', refine: 'false' })
  expect(r.code).toBe(0)
  const glbGets = fake.requests.filter(q => q.origin === 'assets' && q.path.endsWith('model.glb'))
  expect(glbGets).toHaveLength(2)
  // Between the two downloads, the action re-read the task (v2 gives the same URL; the fault was
  // a single 403, so the second fetch succeeds).
  const order = fake.requests.map(q => (q.origin === 'assets' ? q.path : `${q.method} ${q.path}`))
  const first = order.indexOf(glbGets[0].path)
  const refresh = order.findIndex(
    (p, i) => i > first && /^GET \/openapi\/v2\/tasks\/[^/]+$/.test(p)
  )
  expect(refresh).toBeGreaterThan(first)
  expect(order.lastIndexOf(glbGets[1].path)).toBeGreaterThan(refresh)
  expect(glbValid(join(r.workspace, r.outputs['model-file']))).toBe(true)
})

test('an untrusted TLS certificate fails at once with no retries', async () => {
  const r = await runAction({
    inputs: { 'base-url': fake.url, task: 'text-to-3d', prompt: 'tls', refine: 'false' },
    env: { ...keyEnv, NODE_EXTRA_CA_CERTS: '/nonexistent-ca.pem' }
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::.*(certificate|CERT)/i)
  expect(r.stdout).not.toMatch(/retry \d/)
  expect(fake.requests).toHaveLength(0)
})

test('a create whose reply is lost is adopted from the task list, never sent twice', async () => {
  fake.inject({ method: 'POST', fault: { kind: 'drop-after-create' } })
  const r = await run({ task: 'text-to-3d', prompt: 'lost reply', refine: 'false' })
  expect(r.code).toBe(0)
  expect(fake.creates()).toHaveLength(1)
  expect(fake.tasks.size).toBeGreaterThan(0)
  expect(r.stdout).toContain('Not sending it again')
  expect(r.outputs.status).toBe('SUCCEEDED')
})

test('a create reset with no task to adopt stops with "submission outcome unknown"', async () => {
  fake.inject({ method: 'POST', fault: { kind: 'reset' } })
  const before = fake.tasks.size
  const r = await run({ task: 'text-to-3d', prompt: 'reset before reply', refine: 'false' })
  expect(r.code).toBe(1)
  expect(fake.creates()).toHaveLength(1)
  expect(fake.tasks.size).toBe(before)
  expect(r.stdout).toMatch(/::error::Submission outcome unknown.*NOT sent again/)
})
