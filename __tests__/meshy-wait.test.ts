// waitForTask against the fake: the stream alone when healthy (request count matters), polling
// when the stream resets, closes early or goes quiet, and a clear error at the deadline.
import { systemClock } from '../src/core/clock.js'
import { DeadlineError, MeshyApiError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import { MeshyClient } from '../src/meshy/client.js'
import { createTransport } from '../src/meshy/transport.js'
import type { MeshyTask, Resource } from '../src/meshy/types.js'
import { waitForTask, type WaitOptions } from '../src/meshy/wait.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { until } from './harness/until.js'

const T3D: Resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' }
const PREVIEW = { prompt: 'a brass lantern', should_texture: false }

let fake: FakeMeshy | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

/** A client of the fake through the real transport. */
function clientOf(server: FakeMeshy): MeshyClient {
  return new MeshyClient({
    baseUrl: server.url,
    apiKey: FAKE_API_KEY,
    transport: createTransport(),
    clock: systemClock
  })
}

async function setUp(options: Parameters<typeof startFakeMeshy>[0]) {
  fake = await startFakeMeshy(options)
  const client = clientOf(fake)
  const { id } = await client.create(T3D, PREVIEW, { deadline: Date.now() + 30_000 })
  const seen: MeshyTask[] = []
  const logger = memoryLogger()
  const opts: WaitOptions = {
    deadline: Date.now() + 30_000,
    clock: systemClock,
    onProgress: t => seen.push(t),
    pollInitialMs: 50,
    pollMaxMs: 100,
    logger
  }
  const taskRequests = () => fake!.requests.filter(r => r.path.includes(id))
  return { fake, client, id, seen, opts, taskRequests, logger }
}

test('a healthy stream finishes a 60 s task with one request and no polling', async () => {
  // 60 fake seconds at 200x: keep-alives every 10 fake seconds are repeated states.
  const { client, id, seen, opts, taskRequests } = await setUp({ durationMs: 60_000, speed: 200 })
  const task = await waitForTask(client, id, opts)
  expect(task).toMatchObject({ id, status: 'SUCCEEDED' })
  expect(taskRequests()).toHaveLength(1)
  expect(taskRequests()[0].path).toMatch(/\/stream$/)
  // onProgress sees each state once, ending with the terminal one.
  const states = seen.map(t => `${t.status}:${t.progress}`)
  expect(new Set(states).size).toBe(states.length)
  expect(seen.at(-1)?.status).toBe('SUCCEEDED')
})

// Tasks that outlast the test until it moves the fake's clock: the stream cannot end on its
// own first, however slow the machine, so the fallback to polling is what finishes the wait.
const polled = (requests: () => Array<{ path: string }>) => () =>
  requests().some(r => !r.path.endsWith('/stream'))

test.each([
  ['stream-reset', { kind: 'stream-reset' as const, afterEvents: 1 }],
  ['stream-close', { kind: 'stream-close' as const, afterEvents: 2 }]
])('after a %s it falls back to polling and still finishes', async (_name, fault) => {
  const { fake, client, id, seen, opts, taskRequests, logger } = await setUp({
    durationMs: 600_000,
    keepAliveMs: 50
  })
  fake.inject({ fault })
  const waiting = waitForTask(client, id, opts)
  await until('a poll after the stream broke', polled(taskRequests))
  fake.clock.advance(600_000)
  const task = await waiting
  expect(task.status).toBe('SUCCEEDED')
  const paths = taskRequests().map(r => r.path)
  expect(paths[0]).toMatch(/\/stream$/)
  expect(paths.slice(1).every(p => !p.endsWith('/stream'))).toBe(true)
  expect(seen.at(-1)?.status).toBe('SUCCEEDED')
  expect(logger.lines.some(l => /polling instead/.test(l))).toBe(true)
})

test('a quiet stream idles out and polling takes over', async () => {
  // PENDING for the whole task: no event after the first, keep-alives far apart.
  const { fake, client, id, opts, taskRequests } = await setUp({
    durationMs: 600_000,
    pendingMs: 590_000,
    keepAliveMs: 1e9
  })
  const waiting = waitForTask(client, id, { ...opts, idleTimeoutMs: 150 })
  await until('a poll after the stream went quiet', polled(taskRequests))
  fake.clock.advance(600_000)
  expect((await waiting).status).toBe('SUCCEEDED')
})

test('polling alone works and returns FAILED tasks for the caller to judge', async () => {
  fake = await startFakeMeshy({ durationMs: 200 })
  fake.outcome({
    status: 'FAILED',
    taskError: { type: 'server_error', message: 'The server is busy.' }
  })
  const client = clientOf(fake)
  const { id } = await client.create(T3D, PREVIEW, { deadline: Date.now() + 30_000 })
  const task = await waitForTask(client, id, {
    deadline: Date.now() + 30_000,
    clock: systemClock,
    useStream: false,
    pollInitialMs: 20
  })
  expect(task).toMatchObject({ status: 'FAILED', task_error: { message: 'The server is busy.' } })
  expect(fake.requests.some(r => r.path.endsWith('/stream'))).toBe(false)
})

test('the deadline ends the wait with a DeadlineError that says the task still runs', async () => {
  const { client, id, opts } = await setUp({ durationMs: 60_000 })
  const err = await waitForTask(client, id, { ...opts, deadline: Date.now() + 300 }).catch(
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(DeadlineError)
  expect((err as DeadlineError).taskId).toBe(id)
  expect((err as Error).message).toMatch(/still running at Meshy/)
})

test('the deadline also ends a polling wait', async () => {
  const { client, id, opts } = await setUp({ durationMs: 60_000 })
  const err = await waitForTask(client, id, {
    ...opts,
    useStream: false,
    deadline: Date.now() + 300
  }).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(DeadlineError)
})

test('an unknown task: the stream error falls back to a GET, whose 404 is thrown', async () => {
  const { client, opts } = await setUp({ durationMs: 200 })
  const err = await waitForTask(client, '01a00000-0000-7000-8000-000000000000', opts).catch(
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(MeshyApiError)
  expect((err as MeshyApiError).status).toBe(404)
})

test('a stream that yields no task the action can read soon is left for polling', async () => {
  // v2's event format is not fully documented: bytes that never make a task must not keep the
  // wait on the stream until its idle timer.
  const calls: string[] = []
  const client = {
    stream: (_id: string, o: { signal?: AbortSignal }) =>
      new Promise<MeshyTask>((_done, fail) => {
        calls.push('stream')
        o.signal?.addEventListener('abort', () => fail(o.signal?.reason))
      }),
    get: async (id: string): Promise<MeshyTask> => (calls.push('get'), { id, status: 'SUCCEEDED' })
  }
  const task = await waitForTask(client as never, 'x', {
    deadline: Date.now() + 30_000,
    clock: systemClock,
    firstTaskMs: 50
  })
  expect(task.status).toBe('SUCCEEDED')
  expect(calls).toEqual(['stream', 'get'])
})

test('v2 stream events carry the task with results under output, read as any other task', async () => {
  const { client, id, seen } = await setUp({ durationMs: 300, keepAliveMs: 100 })
  const task = await waitForTask(client, id, {
    deadline: Date.now() + 30_000,
    clock: systemClock,
    onProgress: t => seen.push(t)
  })
  expect(task.status).toBe('SUCCEEDED')
  expect(task.model_urls?.glb).toMatch(/^https:\/\//)
  expect(task.input).toMatchObject(PREVIEW)
})
