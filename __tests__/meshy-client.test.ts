// The Meshy client against the HTTPS fake: typed errors, retry rules per method, the create
// safety rules, redirects and where the credential may go, and the SSE stream.
import { createServer } from 'node:net'
import { MeshyApiError, NetworkError, SubmissionUnknownError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import { MeshyClient, StreamEndedError } from '../src/meshy/client.js'
import { RedirectError } from '../src/meshy/http.js'
import { createTransport } from '../src/meshy/transport.js'
import type { MeshyTask, Resource } from '../src/meshy/types.js'
import { recordingClock } from './harness/clock.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'

const T3D: Resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' }
const PREVIEW = { prompt: 'a small wooden chair', should_texture: false }
const BALANCE = '/openapi/v2/balance'

let fake: FakeMeshy
let clock: ReturnType<typeof recordingClock>
let logger: ReturnType<typeof memoryLogger>
let client: MeshyClient
const deadline = () => clock.now() + 10 * 60_000

function clientFor(baseUrl: string): MeshyClient {
  return new MeshyClient({
    baseUrl,
    apiKey: FAKE_API_KEY,
    transport: createTransport(),
    clock,
    logger
  })
}

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300 })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.reset()
  clock = recordingClock()
  logger = memoryLogger()
  client = clientFor(fake.url)
})
afterEach(() => {
  // The key never reaches a log line.
  expect(logger.lines.join('\n')).not.toContain(FAKE_API_KEY)
})

async function caught(promise: Promise<unknown>): Promise<Error> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(err instanceof Error)) throw new Error('expected a rejection')
  expect(err.message).not.toContain(FAKE_API_KEY)
  return err
}

const apiRequests = (method: string, path: string) =>
  fake.requests.filter(r => r.origin === 'api' && r.method === method && r.path === path)

describe('reads', () => {
  test('create, get, list, balance and remove speak the API shapes with the bearer key', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    const task = await client.get(id, { deadline: deadline() })
    expect(task).toMatchObject({ id, type: 'text-to-3d' })
    const list = await client.list({
      type: 'text-to-3d',
      deadline: deadline(),
      pageSize: 50,
      sortBy: '-created_at'
    })
    expect(list.map(t => t.id)).toContain(id)
    expect(typeof (await client.balance({ deadline: deadline() }))).toBe('number')
    await client.remove(id, { deadline: deadline() })
    const post = apiRequests('POST', '/openapi/v2/text-to-3d')[0]
    expect(post.headers.authorization).toBe(`Bearer ${FAKE_API_KEY}`)
    expect(post.headers['content-type']).toBe('application/json')
    expect(post.body).toEqual(PREVIEW)
    expect(fake.requests.find(r => r.method === 'GET' && r.query.page_size)?.query).toEqual({
      page_size: '50',
      sort_by: '-created_at',
      type: 'text-to-3d'
    })
  })

  test.each([
    [400, 'Invalid art_style'],
    [401, 'Invalid API key'],
    [402, 'Insufficient credits'],
    [403, 'Forbidden'],
    [404, 'Task not found'],
    [422, 'Pose estimation failed']
  ])(
    'HTTP %i is a MeshyApiError with Meshy’s message and is not retried',
    async (status, message) => {
      fake.inject({ method: 'GET', path: BALANCE, fault: { kind: 'status', status, message } })
      const err = await caught(client.balance({ deadline: deadline() }))
      expect(err).toBeInstanceOf(MeshyApiError)
      expect(err).toMatchObject({ status, meshyMessage: message, method: 'GET', path: BALANCE })
      expect(err.message).toContain(message)
      expect(apiRequests('GET', BALANCE)).toHaveLength(1)
      expect(clock.sleeps).toEqual([])
    }
  )

  test('a GET of an unknown task is a 404 error, not null', async () => {
    const err = await caught(
      client.get('01a00000-0000-7000-8000-000000000000', { deadline: deadline() })
    )
    expect(err).toMatchObject({ status: 404 })
  })

  test('429 with Retry-After in seconds is honoured, then the GET succeeds', async () => {
    fake.inject({
      path: BALANCE,
      fault: { kind: 'status', status: 429, message: 'RateLimitExceeded', retryAfter: '7' }
    })
    expect(typeof (await client.balance({ deadline: deadline() }))).toBe('number')
    expect(clock.sleeps).toEqual([7000])
    expect(apiRequests('GET', BALANCE)).toHaveLength(2)
    expect(logger.lines.filter(l => l.startsWith('info:'))).toHaveLength(1)
  })

  test('429 with an HTTP-date Retry-After is honoured', async () => {
    const at = new Date(Math.ceil((Date.now() + 30_000) / 1000) * 1000).toUTCString()
    fake.inject({ path: BALANCE, fault: { kind: 'status', status: 429, retryAfter: at } })
    await client.balance({ deadline: deadline() })
    expect(clock.sleeps).toHaveLength(1)
    expect(clock.sleeps[0]).toBeGreaterThan(25_000)
    expect(clock.sleeps[0]).toBeLessThanOrEqual(31_000)
  })

  test('5xx and resets are retried with growing backoff', async () => {
    fake.inject({ path: BALANCE, fault: { kind: 'status', status: 503 } })
    fake.inject({ path: BALANCE, fault: { kind: 'reset' } })
    fake.inject({ path: BALANCE, fault: { kind: 'status', status: 502 } })
    await client.balance({ deadline: deadline() })
    // Equal jitter with random 0.5: 75% of 1 s, 2 s, 4 s.
    expect(clock.sleeps).toEqual([750, 1500, 3000])
    expect(apiRequests('GET', BALANCE)).toHaveLength(4)
  })

  test('retries stop before the deadline and throw the last error', async () => {
    // Exactly the two attempts that fit: 2 s of budget holds one backoff (750 ms), not two.
    fake.inject({
      path: BALANCE,
      times: 2,
      fault: { kind: 'status', status: 500, message: 'boom' }
    })
    const err = await caught(client.balance({ deadline: clock.now() + 2000 }))
    expect(err).toMatchObject({ status: 500, meshyMessage: 'boom' })
    expect(clock.sleeps).toEqual([750])
  })

  test('a Retry-After beyond the deadline is not waited for', async () => {
    fake.inject({ path: BALANCE, fault: { kind: 'status', status: 429, retryAfter: '3600' } })
    const err = await caught(client.balance({ deadline: clock.now() + 60_000 }))
    expect(err).toMatchObject({ status: 429, retryAfterMs: 3_600_000 })
    expect(clock.sleeps).toEqual([])
  })

  test('a non-JSON error body becomes a short excerpt', async () => {
    fake.inject({
      path: BALANCE,
      fault: { kind: 'redirect', status: 302, location: `${fake.assetUrl}/nope` }
    })
    const err = await caught(client.balance({ deadline: deadline() }))
    expect(err).toBeInstanceOf(MeshyApiError)
    expect((err as MeshyApiError).meshyMessage.length).toBeLessThanOrEqual(161)
  })
})

describe('create', () => {
  const creates = () => fake.creates().length

  test('a POST whose reply is lost is sent once and throws SubmissionUnknownError', async () => {
    const before = fake.tasks.size
    fake.inject({ method: 'POST', fault: { kind: 'drop-after-create' } })
    const err = await caught(client.create(T3D, PREVIEW, { deadline: deadline() }))
    expect(err).toBeInstanceOf(SubmissionUnknownError)
    expect(err.message).toMatch(/may have been created/)
    expect(err.message).toMatch(/must not be resent/)
    expect(creates()).toBe(1)
    expect(fake.tasks.size).toBe(before + 1)
  })

  test('a reset after the request was sent is unknown, not retried', async () => {
    fake.inject({ method: 'POST', fault: { kind: 'reset' } })
    const err = await caught(client.create(T3D, PREVIEW, { deadline: deadline() }))
    expect(err).toBeInstanceOf(SubmissionUnknownError)
    expect(creates()).toBe(1)
  })

  test('429 RateLimitExceeded is retried after Retry-After', async () => {
    fake.inject({
      method: 'POST',
      fault: { kind: 'status', status: 429, message: 'RateLimitExceeded', retryAfter: '2' }
    })
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    expect(fake.tasks.has(id)).toBe(true)
    expect(clock.sleeps).toEqual([2000])
    expect(creates()).toBe(2)
  })

  test('429 RateLimitExceeded without Retry-After backs off', async () => {
    fake.inject({
      method: 'POST',
      fault: { kind: 'status', status: 429, message: 'RateLimitExceeded' }
    })
    await client.create(T3D, PREVIEW, { deadline: deadline() })
    expect(clock.sleeps).toEqual([750])
  })

  test('429 NoMoreConcurrentTasks is thrown as queue-full for the caller to decide', async () => {
    fake.inject({
      method: 'POST',
      fault: { kind: 'status', status: 429, message: 'NoMoreConcurrentTasks' }
    })
    const err = await caught(client.create(T3D, PREVIEW, { deadline: deadline() }))
    expect(err).toBeInstanceOf(MeshyApiError)
    expect((err as MeshyApiError).isQueueFull).toBe(true)
    expect(creates()).toBe(1)
  })

  test.each([500, 502, 503])(
    'HTTP %i on a create is not retried (the task may exist)',
    async status => {
      fake.inject({
        method: 'POST',
        fault: { kind: 'status', status, message: 'Internal server error.' }
      })
      const err = await caught(client.create(T3D, PREVIEW, { deadline: deadline() }))
      expect(err).toMatchObject({ status, meshyMessage: 'Internal server error.' })
      expect(creates()).toBe(1)
      expect(clock.sleeps).toEqual([])
    }
  )

  test('400 validation errors carry Meshy’s message', async () => {
    const err = await caught(
      client.create(T3D, { should_texture: false }, { deadline: deadline() })
    )
    expect(err).toBeInstanceOf(MeshyApiError)
    expect((err as MeshyApiError).status).toBe(400)
    expect((err as MeshyApiError).meshyMessage).not.toBe('')
  })

  test('a connection that never opened is retried: nothing reached Meshy', async () => {
    const port = await closedPort()
    const offline = clientFor(`https://127.0.0.1:${port}`)
    const err = await caught(offline.create(T3D, PREVIEW, { deadline: deadline() }))
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'ECONNREFUSED', sent: false })
    expect(clock.sleeps).toHaveLength(5)
  })

  test('a redirected POST is never re-sent', async () => {
    fake.inject({
      method: 'POST',
      fault: { kind: 'redirect', status: 307, location: '/openapi/v2/text-to-3d-moved' }
    })
    const err = await caught(client.create(T3D, PREVIEW, { deadline: deadline() }))
    expect(err).toBeInstanceOf(RedirectError)
    expect(fake.requests.filter(r => r.method === 'POST')).toHaveLength(1)
  })
})

describe('redirects and the credential', () => {
  test('a relative Location on the same origin is resolved and keeps the key', async () => {
    fake.inject({
      path: BALANCE,
      fault: { kind: 'redirect', status: 301, location: '../v2/balance?hop=1' }
    })
    expect(typeof (await client.balance({ deadline: deadline() }))).toBe('number')
    const hops = fake.requests.filter(r => r.origin === 'api')
    expect(hops.map(r => [r.path, r.query])).toEqual([
      [BALANCE, {}],
      [BALANCE, { hop: '1' }]
    ])
    expect(hops.every(r => r.headers.authorization === `Bearer ${FAKE_API_KEY}`)).toBe(true)
  })

  test('a redirect to another origin drops Authorization', async () => {
    fake.inject({
      path: BALANCE,
      fault: { kind: 'redirect', status: 302, location: `${fake.assetUrl}/elsewhere?x=1` }
    })
    await caught(client.balance({ deadline: deadline() }))
    const there = fake.requests.filter(r => r.origin === 'assets')
    expect(there).toHaveLength(1)
    expect(there[0].headers.authorization).toBeUndefined()
  })

  test('an https → http downgrade is refused before any request', async () => {
    fake.inject({
      path: BALANCE,
      fault: { kind: 'redirect', status: 302, location: `${fake.httpUrl}${BALANCE}` }
    })
    const err = await caught(client.balance({ deadline: deadline() }))
    expect(err).toBeInstanceOf(RedirectError)
    expect(err.message).toMatch(/https to http/)
    expect(fake.requests.filter(r => r.origin === 'http')).toHaveLength(0)
  })
})

describe('stream', () => {
  test('delivers each task state and resolves on the terminal one', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    const seen: MeshyTask[] = []
    const task = await client.stream(id, {
      deadline: deadline(),
      idleTimeoutMs: 10_000,
      onTask: t => seen.push(t)
    })
    expect(task.status).toBe('SUCCEEDED')
    expect(seen.at(-1)).toBe(task)
    expect(seen.length).toBeGreaterThan(1)
    const stream = fake.requests.find(r => r.path.endsWith('/stream'))
    expect(stream?.headers.accept).toBe('text/event-stream')
  })

  test('an SSE error event after HTTP 200 is a MeshyApiError with its status', async () => {
    const err = await caught(
      client.stream('01a00000-0000-7000-8000-000000000000', {
        deadline: deadline(),
        idleTimeoutMs: 10_000,
        onTask: () => undefined
      })
    )
    expect(err).toBeInstanceOf(MeshyApiError)
    expect(err).toMatchObject({ status: 404, meshyMessage: 'Task not found' })
  })

  test('a stream closed before the end is StreamEndedError; a reset is a NetworkError', async () => {
    const { id } = await client.create(T3D, PREVIEW, { deadline: deadline() })
    fake.inject({ fault: { kind: 'stream-close', afterEvents: 1 } })
    const opts = { deadline: deadline(), idleTimeoutMs: 10_000, onTask: () => undefined }
    expect(await caught(client.stream(id, opts))).toBeInstanceOf(StreamEndedError)
    fake.inject({ fault: { kind: 'stream-reset', afterEvents: 1 } })
    expect(await caught(client.stream(id, opts))).toBeInstanceOf(NetworkError)
  })
})

function closedPort(): Promise<number> {
  return new Promise(resolve => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
