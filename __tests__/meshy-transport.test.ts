// The pieces under the client: the transport's error facts (sent or not, no query strings,
// abort), the base-URL rule, Retry-After parsing and backoff, and flat memory for big downloads.
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import { join } from 'node:path'
import { systemClock } from '../src/core/clock.js'
import { ConfigurationError, NetworkError } from '../src/core/errors.js'
import { downloadFile } from '../src/assets/download.js'
import { baseUrlString, checkBaseUrl } from '../src/meshy/base-url.js'
import { DEFAULT_RETRY, backoffMs, parseRetryAfter } from '../src/meshy/retry.js'
import { createTransport } from '../src/meshy/transport.js'
import { startFakeMeshy } from '../fakes/meshy/index.js'
import { removeTempDir, tempDir } from './harness/temp-dirs.js'

describe('transport', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = createHttpServer((req, res) => {
      if (req.url?.startsWith('/silent')) return // never answers
      if (req.url?.startsWith('/reset')) return void req.socket.destroy()
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(`${req.method} ${req.headers['user-agent']}`)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  afterAll(() => new Promise(resolve => server.close(resolve)))

  const transport = createTransport({ userAgent: 'meshy-action-test' })

  test('returns status, headers and a body stream', async () => {
    const res = await transport.request({ method: 'GET', url: `${base}/ok` })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain')
    let text = ''
    for await (const chunk of res.body) text += String(chunk)
    expect(text).toBe('GET meshy-action-test')
  })

  test('a timeout after connecting is sent=true and its message has no query string', async () => {
    const err = await transport
      .request({ method: 'GET', url: `${base}/silent?Signature=abc123secret`, timeoutMs: 100 })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NetworkError)
    expect(err).toMatchObject({ code: 'ETIMEDOUT', sent: true })
    expect((err as Error).message).not.toContain('abc123secret')
    expect((err as Error).message).toContain('/silent')
  })

  test('a reset after sending is sent=true', async () => {
    const err = await transport
      .request({ method: 'POST', url: `${base}/reset`, body: '{}' })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NetworkError)
    expect((err as NetworkError).sent).toBe(true)
  })

  test('a refused connection is sent=false', async () => {
    const port = await new Promise<number>(resolve => {
      const s = createTcpServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port
        s.close(() => resolve(p))
      })
    })
    const refused = await transport
      .request({ method: 'POST', url: `http://127.0.0.1:${port}/x` })
      .catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 'ECONNREFUSED', sent: false })
  })

  test('an abort signal stops a request with its reason', async () => {
    const ctrl = new AbortController()
    const pending = transport.request({ method: 'GET', url: `${base}/silent`, signal: ctrl.signal })
    setTimeout(() => ctrl.abort(new Error('stop now')), 50)
    await expect(pending).rejects.toThrow('stop now')
  })
})

describe('checkBaseUrl', () => {
  test.each([
    ['https://api.meshy.ai', 'https://api.meshy.ai'],
    ['https://api.meshy.ai/', 'https://api.meshy.ai'],
    ['https://api.meshy.ai:443/', 'https://api.meshy.ai'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
    ['http://127.1.2.3', 'http://127.1.2.3'],
    ['http://[::1]:3000', 'http://[::1]:3000']
  ])('accepts %s', (raw, expected) => {
    expect(baseUrlString(checkBaseUrl(raw))).toBe(expected)
  })

  test.each([
    'http://api.meshy.ai',
    'http://10.0.0.1',
    'http://localhost.evil.com',
    'ftp://api.meshy.ai',
    'api.meshy.ai',
    'https://user:pw@api.meshy.ai',
    'https://api.meshy.ai/?key=1',
    'http://evil.localhost:8080',
    'http://localhost.:8080',
    'http://127.0.0.1.nip.io'
  ])('refuses %s', raw => {
    expect(() => checkBaseUrl(raw)).toThrow(ConfigurationError)
    try {
      checkBaseUrl(raw)
    } catch (err) {
      expect((err as ConfigurationError).input).toBe('base-url')
    }
  })
})

test.each([
  'https://api.meshy.ai/openapi/v2',
  'https://api.meshy.ai/openapi/v1/',
  'https://proxy.example.com/meshy',
  'https://api.meshy.ai?x=1',
  'https://api.meshy.ai/#top',
  'https://api.meshy.ai#'
])('base-url %s (path, query or fragment) names base-url and shows the accepted form', raw => {
  expect(() => checkBaseUrl(raw)).toThrow(/Input 'base-url'.*https:\/\/host\[:port\]/)
})

describe('retry arithmetic', () => {
  const now = Date.parse('2026-11-20T10:00:00Z')
  test('Retry-After: seconds, HTTP date, nonsense', () => {
    expect(parseRetryAfter('7', now)).toBe(7000)
    expect(parseRetryAfter('0', now)).toBe(0)
    expect(parseRetryAfter('1.5', now)).toBe(1500)
    expect(parseRetryAfter('Fri, 20 Nov 2026 10:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Fri, 20 Nov 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
  })

  test('backoff grows, is capped, and keeps at least half of each step', () => {
    const policy = { ...DEFAULT_RETRY, baseMs: 1000, maxMs: 8000, factor: 2 }
    expect([1, 2, 3, 4, 5].map(n => backoffMs(n, policy, () => 0))).toEqual([
      500, 1000, 2000, 4000, 4000
    ])
    expect([1, 2, 3, 4, 5].map(n => backoffMs(n, policy, () => 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 8000
    ])
  })
})

test('a 200 MB download keeps memory flat', async () => {
  const size = 200 * 1024 * 1024
  const fake = await startFakeMeshy({ durationMs: 10, modelBytes: size })
  const dir = tempDir('big')
  try {
    const { MeshyClient } = await import('../src/meshy/client.js')
    const { FAKE_API_KEY } = await import('../fakes/meshy/index.js')
    const client = new MeshyClient({
      baseUrl: fake.url,
      apiKey: FAKE_API_KEY,
      transport: createTransport(),
      clock: systemClock
    })
    const res = { version: 'v2' as const, path: 'remesh', type: 'remesh' }
    const { id } = await client.create(
      res,
      { model_url: 'https://example.com/m.glb', target_formats: ['glb'] },
      {
        deadline: Date.now() + 30_000
      }
    )
    fake.clock.advance(1000)
    const task = await client.get(id, { deadline: Date.now() + 30_000 })
    const start = process.memoryUsage().rss
    let peak = start
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    const result = await downloadFile(
      { url: task.model_urls?.glb as string, dest: join(dir, 'big.glb'), expect: 'glb' },
      { transport: createTransport(), clock: systemClock, deadline: Date.now() + 120_000 }
    )
    clearInterval(sampler)
    expect(result.bytes).toBeGreaterThanOrEqual(size)
    // Buffering the file would add >= 200 MB; streaming stays far below.
    expect(peak - start).toBeLessThan(100 * 1024 * 1024)
  } finally {
    removeTempDir(dir)
    await fake.close()
  }
})
