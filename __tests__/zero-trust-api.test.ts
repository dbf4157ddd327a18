// A lying Meshy (the fake's hostile mode): every answer is checked at the client's parse points
// before anything uses it: ids in Meshy's shape, task fields of the right type, events of a
// bounded size, bodies read under the deadline.
import { ActionError, DeadlineError, SubmissionUnknownError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import { MeshyClient } from '../src/meshy/client.js'
import { StreamEventTooLargeError } from '../src/meshy/sse.js'
import { createTransport } from '../src/meshy/transport.js'
import type { MeshyTask, Resource } from '../src/meshy/types.js'
import { waitForTask } from '../src/meshy/wait.js'
import { writeOutputs } from '../src/report/outputs.js'
import type { Config } from '../src/config/types.js'
import { systemClock } from '../src/core/clock.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'

const T3D: Resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' }
const PREVIEW = { prompt: 'a small wooden chair', should_texture: false }
const EVIL_ID = '../../../../tmp/PWNED'

let fake: FakeMeshy
let logger: ReturnType<typeof memoryLogger>
let client: MeshyClient
const deadline = (ms = 60_000) => Date.now() + ms

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 100 })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.reset()
  fake.disarm()
  logger = memoryLogger()
  client = new MeshyClient({
    baseUrl: fake.url,
    apiKey: FAKE_API_KEY,
    transport: createTransport(),
    clock: systemClock,
    logger,
    retry: { maxAttempts: 2, baseMs: 10, maxMs: 10, factor: 1 }
  })
})

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(err instanceof Error)) throw new Error('expected a rejection')
  return err
}

describe('task ids from the API must have Meshy’s shape', () => {
  test('a create reply with a path for an id is "outcome unknown", never used or resent', async () => {
    fake.hostile({ createReply: () => ({ result: EVIL_ID }) })
    const err = await rejection(client.create(T3D, PREVIEW, { deadline: deadline() }))
    expect(err).toBeInstanceOf(SubmissionUnknownError)
    expect(err.message).not.toContain('PWNED')
    expect(fake.creates()).toHaveLength(1)
  })

  test('a numeric create reply is refused too', async () => {
    fake.hostile({ createReply: () => ({ result: 12345 }) })
    const err = await rejection(client.create(T3D, PREVIEW, { deadline: deadline() }))
    expect(err).toBeInstanceOf(SubmissionUnknownError)
  })

  test('GET: a path, a number, or another task’s id is not an answer', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    for (const bad of [EVIL_ID, 42, 'abc123', '01a00000-0000-7000-8000-000000000000']) {
      fake.hostile({ task: view => ({ ...view, id: bad }) })
      const err = await rejection(client.get(id, { deadline: deadline() }))
      expect(err).toBeInstanceOf(ActionError)
      expect(err.message).not.toContain('PWNED')
    }
  })

  test('stream: a terminal task with a path for an id is refused, not returned', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    fake.hostile({ task: view => ({ ...view, id: EVIL_ID }) })
    const seen: MeshyTask[] = []
    const err = await rejection(
      client.stream(id, {
        deadline: deadline(),
        idleTimeoutMs: 5000,
        onTask: t => seen.push(t)
      })
    )
    expect(err).toBeInstanceOf(ActionError)
    expect(seen).toEqual([])
  })

  test('list: one entry with a bad id makes the lookup fail, not quietly shorter', async () => {
    await client.create(T3D, PREVIEW, { deadline: deadline() })
    fake.hostile({ task: view => ({ ...view, id: EVIL_ID }) })
    await expect(client.list({ type: 'text-to-3d', deadline: deadline() })).rejects.toThrow(
      /valid task id/
    )
  })

  test('a status that is not a status word is refused (it would reach the log)', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    fake.hostile({
      task: view => ({ ...view, status: 'IN_PROGRESS ##[set-output name=a;]https://evil.example' })
    })
    await expect(client.get(id, { deadline: deadline() })).rejects.toThrow(/status/)
  })
})

describe('malformed task fields are dropped with one warning, and outputs never throw', () => {
  test('expires_at 1e20, type 5, progress "x" and model_urls as a string', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    const evil = { expires_at: 1e20, type: 5, progress: 'x', model_urls: 'http://x' }
    fake.hostile({ task: view => ({ ...view, ...evil }) })
    const task = await client.get(id, { deadline: deadline() })
    await client.get(id, { deadline: deadline() })
    expect(task.id).toBe(id)
    for (const field of Object.keys(evil)) expect(task[field]).toBeUndefined()
    const warnings = logger.lines.filter(l => l.startsWith('warning:'))
    expect(warnings).toHaveLength(4) // once per field, not once per answer
    expect(warnings.join('\n')).toMatch(/expires_at/)
  })

  test('writeOutputs survives a task that slipped past unchecked, and keeps task-id', () => {
    const outputs: Record<string, string> = {}
    const task = {
      id: 42,
      status: 'SUCCEEDED',
      type: 5,
      expires_at: 1e20,
      texture_urls: 'x'
    } as unknown as MeshyTask
    const result = { tasks: [{ task, resource: T3D, startedAt: 0 }], files: [] }
    const config = {
      mode: 'pick-up',
      taskId: '01a07f5e-81c7-7111-86f2-f6d2f80b2093',
      selection: { formats: ['glb'], download: ['model'] }
    } as unknown as Config
    expect(() => writeOutputs((n, v) => (outputs[n] = v), config, result)).not.toThrow()
    expect(outputs['task-id']).toBe('01a07f5e-81c7-7111-86f2-f6d2f80b2093')
    expect(outputs['expires-at']).toBe('')
    expect(outputs['task-type']).toBe('')
  })
})

describe('bounded in memory and time', () => {
  test('an SSE line with no end is dropped past 1 MiB; waiting falls back to polling', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    fake.inject({ fault: { kind: 'endless-line', bytes: 64 << 20 } })
    const opts = { deadline: deadline(), idleTimeoutMs: 5000, onTask: () => undefined }
    expect(await rejection(client.stream(id, opts))).toBeInstanceOf(StreamEventTooLargeError)
    fake.reset()
    fake.inject({ fault: { kind: 'endless-line', bytes: 64 << 20 } })
    const task = await waitForTask(client, id, {
      deadline: deadline(),
      clock: systemClock,
      pollInitialMs: 50
    })
    expect(task.status).toBe('SUCCEEDED')
    const gets = fake.requests.filter(r => r.method === 'GET' && r.path.endsWith(id))
    expect(gets.length).toBeGreaterThan(0) // the fallback polled
  })

  test('a trickled reply (huge Content-Length, a byte every 300 ms) ends at the deadline', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    fake.inject({ times: 5, fault: { kind: 'trickle', length: 1e9, everyMs: 300 } })
    const started = Date.now()
    const err = await rejection(client.get(id, { deadline: deadline(1500) }))
    const took = Date.now() - started
    expect(err).toBeInstanceOf(DeadlineError)
    // The body would take 1e9 × 300 ms: ending at all is the point. The bound is generous (20×
    // the 1.5 s deadline) so that a loaded machine does not fail it.
    expect(took).toBeLessThan(20 * 1500)
  })

  test('a trickled create reply at the deadline is "outcome unknown", not resent', async () => {
    fake.inject({ fault: { kind: 'trickle', length: 1e9, everyMs: 300, status: 202 } })
    const err = await rejection(client.create(T3D, PREVIEW, { deadline: deadline(1500) }))
    expect(err).toBeInstanceOf(SubmissionUnknownError)
    expect(fake.creates()).toHaveLength(1)
  })
})
