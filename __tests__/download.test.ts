// Downloads from the fake's asset host: no credential ever, verified bytes, no partial files,
// expiry refreshed once, retries within the deadline.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DownloadError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import { downloadAll, downloadFile, type DownloadOptions } from '../src/assets/download.js'
import { MeshyClient } from '../src/meshy/client.js'
import { createTransport } from '../src/meshy/transport.js'
import type { MeshyTask, Resource } from '../src/meshy/types.js'
import { recordingClock } from './harness/clock.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { removeTempDir, tempDir } from './harness/temp-dirs.js'

const T3D: Resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' }

let fake: FakeMeshy
let client: MeshyClient
let task: MeshyTask
let dir: string
let clock: ReturnType<typeof recordingClock>
let opts: DownloadOptions

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 100, assetTtlMs: 60 * 60_000, modelBytes: 4096 })
  client = new MeshyClient({
    baseUrl: fake.url,
    apiKey: FAKE_API_KEY,
    transport: createTransport(),
    clock: recordingClock()
  })
  const { id } = await client.create(
    T3D,
    { prompt: 'a teapot', should_texture: false },
    { deadline: Date.now() + 30_000 }
  )
  fake.clock.advance(10_000)
  task = await client.get(id, { deadline: Date.now() + 30_000 })
  expect(task.status).toBe('SUCCEEDED')
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.reset()
  dir = tempDir('dl')
  clock = recordingClock()
  opts = {
    transport: createTransport(),
    clock,
    deadline: clock.now() + 60_000,
    logger: memoryLogger()
  }
})
afterEach(() => {
  // Whatever happened, no request to the asset host carried a credential.
  const assets = fake.requests.filter(r => r.origin === 'assets')
  expect(assets.every(r => r.headers.authorization === undefined)).toBe(true)
  expect(JSON.stringify(fake.requests.filter(r => r.origin === 'assets'))).not.toContain(
    FAKE_API_KEY
  )
  removeTempDir(dir)
})

const glbUrl = () => task.model_urls?.glb as string
const pngUrl = () => task.thumbnail_url as string
const assetPath = /\/tasks\//

async function failure(promise: Promise<unknown>): Promise<DownloadError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(DownloadError)
  const message = (err as Error).message
  expect(message).not.toMatch(/Signature|Expires=/)
  return err as DownloadError
}

test('downloads a GLB: bytes, magic checked, renamed into a new directory', async () => {
  const dest = join(dir, 'nested', 'model.glb')
  const result = await downloadFile({ url: glbUrl(), dest, expect: 'glb' }, opts)
  const data = readFileSync(dest)
  expect(result.bytes).toBe(data.length)
  expect(data.length).toBe(4096)
  expect(data.subarray(0, 4).toString('latin1')).toBe('glTF')
  expect(readdirSync(join(dir, 'nested'))).toEqual(['model.glb'])
  expect(fake.requests.filter(r => r.origin === 'assets')).toHaveLength(1)
})

test('a truncated body is a DownloadError and leaves neither the file nor a .part', async () => {
  fake.inject({ path: assetPath, times: 2, fault: { kind: 'truncate', bytes: 100 } })
  const err = await failure(
    downloadFile(
      { url: glbUrl(), dest: join(dir, 'model.glb'), expect: 'glb' },
      { ...opts, retry: { maxAttempts: 2, baseMs: 1000, maxMs: 1000, factor: 2 } }
    )
  )
  expect(err.message).toMatch(/model\.glb/)
  expect(readdirSync(dir)).toEqual([])
  expect(clock.sleeps).toEqual([750])
})

test('a truncated body is retried and the second attempt succeeds', async () => {
  fake.inject({ path: assetPath, fault: { kind: 'truncate', bytes: 100 } })
  const dest = join(dir, 'model.glb')
  const { bytes } = await downloadFile({ url: glbUrl(), dest, expect: 'glb' }, opts)
  expect(readFileSync(dest).length).toBe(bytes)
  expect(readdirSync(dir)).toEqual(['model.glb'])
})

test('an expired link (403) calls refreshUrl once, then the fresh link succeeds', async () => {
  fake.inject({ path: assetPath, fault: { kind: 'expired' } })
  let refreshes = 0
  const refreshUrl = async () => {
    refreshes++
    const fresh = await client.get(task.id, { deadline: Date.now() + 30_000 })
    return fresh.model_urls?.glb
  }
  await downloadFile(
    { url: glbUrl(), dest: join(dir, 'model.glb'), expect: 'glb', refreshUrl },
    opts
  )
  expect(refreshes).toBe(1)
  expect(readdirSync(dir)).toEqual(['model.glb'])
})

test('a link that stays expired fails after one refresh', async () => {
  fake.inject({ path: assetPath, times: 2, fault: { kind: 'expired' } })
  let refreshes = 0
  const refreshUrl = async () => (refreshes++, glbUrl())
  const err = await failure(
    downloadFile({ url: glbUrl(), dest: join(dir, 'model.glb'), refreshUrl }, opts)
  )
  expect(err.message).toMatch(/403/)
  expect(refreshes).toBe(1)
  expect(readdirSync(dir)).toEqual([])
})

test('the GLB magic check rejects a PNG', async () => {
  const err = await failure(
    downloadFile({ url: pngUrl(), dest: join(dir, 'model.glb'), expect: 'glb' }, opts)
  )
  expect(err.message).toMatch(
    /expected a GLB file \(glTF magic\) but the content looks like png; the file was not kept/
  )
  expect(readdirSync(dir)).toEqual([])
})

test('5xx and 429 are retried within the deadline', async () => {
  fake.inject({ path: assetPath, fault: { kind: 'status', status: 503 } })
  fake.inject({ path: assetPath, fault: { kind: 'status', status: 429, retryAfter: '3' } })
  await downloadFile({ url: pngUrl(), dest: join(dir, 'preview.png'), expect: 'png' }, opts)
  expect(clock.sleeps).toEqual([750, 3000])
})

test('no retry is waited for past the deadline', async () => {
  fake.inject({ path: assetPath, fault: { kind: 'status', status: 503 } })
  await failure(
    downloadFile(
      { url: pngUrl(), dest: join(dir, 'p.png') },
      { ...opts, deadline: clock.now() + 500 }
    )
  )
  expect(clock.sleeps).toEqual([])
})

test('a redirect from https to http is refused', async () => {
  fake.inject({
    path: assetPath,
    fault: { kind: 'redirect', status: 302, location: `${fake.httpUrl}/x.glb` }
  })
  const err = await failure(downloadFile({ url: glbUrl(), dest: join(dir, 'model.glb') }, opts))
  expect(err.message).toMatch(/https to http/)
  expect(fake.requests.filter(r => r.origin === 'http')).toHaveLength(0)
})

test('a relative redirect is followed', async () => {
  const url = new URL(glbUrl())
  fake.inject({
    path: assetPath,
    fault: {
      kind: 'redirect',
      status: 302,
      location: `..${url.pathname.replace(/^.*\/output/, '/output')}${url.search}`
    }
  })
  await downloadFile({ url: glbUrl(), dest: join(dir, 'model.glb'), expect: 'glb' }, opts)
  expect(fake.requests.filter(r => r.origin === 'assets')).toHaveLength(2)
})

test('a file above maxBytes is refused', async () => {
  const err = await failure(
    downloadFile({ url: glbUrl(), dest: join(dir, 'model.glb') }, { ...opts, maxBytes: 100 })
  )
  expect(err.message).toMatch(/limit/)
  expect(readdirSync(dir)).toEqual([])
})

test('a body without a length is cut off at maxBytes, and not retried', async () => {
  // Chunked, so the cap can only be enforced while streaming.
  let requests = 0
  const server = createServer((_req, res) => {
    requests++
    res.writeHead(200, { 'content-type': 'model/gltf-binary' })
    const block = Buffer.alloc(64 * 1024, 1)
    const more = (left: number): void => {
      if (left === 0 || res.destroyed) return void res.end()
      res.write(block, () => more(left - 1))
    }
    more(64)
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  try {
    const { port } = server.address() as AddressInfo
    const err = await failure(
      downloadFile(
        { url: `http://127.0.0.1:${port}/big.glb`, dest: join(dir, 'big.glb') },
        // Plain http to a loopback host, as when base-url is the local fake.
        { ...opts, maxBytes: 256 * 1024, urlPolicy: { httpHost: '127.0.0.1' } }
      )
    )
    expect(err.message).toMatch(/exceeds the 262144-byte limit/)
    expect(readdirSync(dir)).toEqual([])
    expect(requests).toBe(1)
  } finally {
    server.closeAllConnections()
    await new Promise(done => server.close(done))
  }
})

test('downloadAll lets the others finish, then throws the first failure', async () => {
  const jobs = [
    { url: glbUrl(), dest: join(dir, 'a.glb'), expect: 'glb' as const },
    { url: pngUrl(), dest: join(dir, 'b.glb'), expect: 'glb' as const },
    { url: pngUrl(), dest: join(dir, 'c.png'), expect: 'png' as const },
    { url: glbUrl(), dest: join(dir, 'd.glb'), expect: 'glb' as const }
  ]
  const err = await failure(downloadAll(jobs, { ...opts, concurrency: 2 }))
  expect(err.message).toMatch(/b\.glb/)
  expect(readdirSync(dir).sort()).toEqual(['a.glb', 'c.png', 'd.glb'])
  const ok = await downloadAll([jobs[0], jobs[2]], opts)
  expect(ok.map(r => r.bytes)).toEqual([
    readFileSync(jobs[0].dest).length,
    readFileSync(jobs[2].dest).length
  ])
})
