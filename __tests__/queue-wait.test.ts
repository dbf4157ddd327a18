// Single-task mode and a full queue (429 NoMoreConcurrentTasks): wait, honouring Retry-After,
// send the same create again, say so at most once a minute, and give up at the deadline saying
// that nothing was charged. The recording clock makes the minutes of waiting instant.
import { rmSync } from 'node:fs'
import { buildTaskSpec } from '../src/config/task-spec.js'
import { DeadlineError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import { MeshyClient } from '../src/meshy/client.js'
import { createTransport } from '../src/meshy/transport.js'
import { executeSpec, type PipelineDeps } from '../src/run/pipeline.js'
import {
  FAKE_API_KEY,
  queueFullFault,
  startFakeMeshy,
  type FakeMeshy
} from '../fakes/meshy/index.js'
import { recordingClock } from './harness/clock.js'
import { runAction } from './harness/run-action.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300 })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.reset()
  fake.disarm()
})

function setUp() {
  const clock = recordingClock()
  const logger = memoryLogger()
  const transport = createTransport()
  const client = new MeshyClient({ baseUrl: fake.url, apiKey: FAKE_API_KEY, transport, clock })
  const deps: PipelineDeps = { client, transport, clock, logger }
  return { clock, logger, deps }
}

const spec = () =>
  buildTaskSpec(
    { task: 'text-to-3d', prompt: 'a mug', refine: 'false' },
    { workspace: '/', baseDir: '/' }
  )

function queueFull(times: number, retryAfter?: string): void {
  fake.inject(queueFullFault(times, retryAfter))
}

test('waits for a free slot, honouring Retry-After, then creates exactly one task', async () => {
  const { clock, logger, deps } = setUp()
  queueFull(30, '5')
  const tasksBefore = fake.tasks.size
  const result = await executeSpec(deps, {
    spec: spec(),
    workspace: '/',
    outputDir: '/nowhere',
    fileDir: () => '/nowhere',
    deadline: clock.now() + 30 * 60_000,
    wait: false
  })
  expect(result.error).toBeUndefined()
  expect(fake.creates()).toHaveLength(31)
  expect(fake.tasks.size).toBe(tasksBefore + 1)
  expect(clock.sleeps).toEqual(Array(30).fill(5000))
  // 150 s of waiting: told at 0 s, 60 s and 120 s, not 30 times.
  const notices = logger.lines.filter(l =>
    /Meshy's queue is full \(pending_task_limit_reached\); waiting for a free slot/.test(l)
  )
  expect(notices).toHaveLength(3)
})

test('without Retry-After it backs off, growing to at most a minute', async () => {
  const { clock, deps } = setUp()
  queueFull(8)
  const result = await executeSpec(deps, {
    spec: spec(),
    workspace: '/',
    outputDir: '/nowhere',
    fileDir: () => '/nowhere',
    deadline: clock.now() + 30 * 60_000,
    wait: false
  })
  expect(result.error).toBeUndefined()
  expect(clock.sleeps[0]).toBeGreaterThanOrEqual(2500)
  expect(clock.sleeps[1]).toBeGreaterThan(clock.sleeps[0])
  expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(60_000)
})

test('at the deadline it fails saying the queue stayed full and nothing was charged', async () => {
  const { clock, deps } = setUp()
  queueFull(1000, '20')
  const tasksBefore = fake.tasks.size
  const result = await executeSpec(deps, {
    spec: spec(),
    workspace: '/',
    outputDir: '/nowhere',
    fileDir: () => '/nowhere',
    deadline: clock.now() + 5 * 60_000,
    wait: false
  })
  expect(result.error).toBeInstanceOf(DeadlineError)
  expect(result.error!.message).toMatch(/queue stayed full/)
  expect(result.error!.message).toMatch(/nothing was charged/)
  expect(fake.tasks.size).toBe(tasksBefore)
  expect(result.tasks).toEqual([])
  expect(clock.now()).toBeLessThanOrEqual(Date.now() + 5 * 60_000)
})

test('the fake itself answers queue-full once its queue limit is reached', async () => {
  const limited = await startFakeMeshy({ durationMs: 60_000, queueLimit: 1 })
  try {
    const client = new MeshyClient({
      baseUrl: limited.url,
      apiKey: FAKE_API_KEY,
      transport: createTransport(),
      clock: recordingClock()
    })
    const body = { prompt: 'a mug', should_texture: false }
    const resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' } as const
    await client.create(resource, body, { deadline: Date.now() + 60_000 })
    const err = await client.create(resource, body, { deadline: Date.now() + 60_000 }).catch(e => e)
    expect(err.isQueueFull).toBe(true)
    expect(limited.tasks.size).toBe(1)
  } finally {
    await limited.close()
  }
})

test('the bundled action waits out a full queue instead of failing', async () => {
  fake.inject(queueFullFault(2, '1'))
  const before = fake.tasks.size
  const run = await runAction({
    inputs: { 'base-url': fake.url, task: 'text-to-3d', prompt: 'a mug', refine: 'false' },
    env: { MESHY_API_KEY: FAKE_API_KEY }
  })
  try {
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('SUCCEEDED')
    expect(fake.creates()).toHaveLength(3)
    expect(fake.tasks.size).toBe(before + 1)
    expect(
      run.stdout.match(
        /Meshy's queue is full \(pending_task_limit_reached\); waiting for a free slot/g
      )
    ).toHaveLength(1)
  } finally {
    rmSync(run.workspace, { recursive: true, force: true })
  }
})
