// Result URLs come from the API's answer, so downloads go only where they should: https (plain
// http only to a loopback base-url's own host), no file:/ftp:/data:, redirects only to https,
// never a link-local or cloud-metadata address (checked on the resolved address), magic bytes
// for every format that has them, and bodies that end by the deadline.
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { LookupAddress } from 'node:dns'
import type { AddressInfo, Socket } from 'node:net'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { downloadFile, type DownloadOptions } from '../src/assets/download.js'
import { isForbiddenAddress, type LookupFn } from '../src/meshy/address-policy.js'
import { createTransport } from '../src/meshy/transport.js'
import { systemClock } from '../src/core/clock.js'
import { fbx, png, stl, zip } from '../fakes/meshy/binary.js'
import { until } from './harness/until.js'

/** The GLB header is all the magic check reads. */
function glb(): Buffer {
  const out = Buffer.alloc(64)
  out.write('glTF', 0, 'latin1')
  out.writeUInt32LE(2, 4)
  out.writeUInt32LE(out.length, 8)
  return out
}
const GLB = glb()
const BODIES: Record<string, Buffer> = {
  '/model.glb': GLB,
  '/model.fbx': fbx(),
  '/model.usdz': zip({ 'model.usda': '#usda 1.0\n' }),
  '/model.3mf': zip({ '3D/3dmodel.model': '<model/>' }),
  '/thumbnail.png': png(8, 1),
  '/image.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  '/image.webp': Buffer.concat([Buffer.from('RIFF\x24\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(32)]),
  '/model.stl': stl()
}

let server: Server
let port: number
let hits: string[]
let dir: string
const trickleSockets: Socket[] = []

/** Routes: /model.* etc serve BODIES; /as/<real>/<name> serves <real>'s bytes as <name>. */
function handle(path: string, res: ServerResponse): void {
  if (path.startsWith('/redirect')) {
    res.writeHead(302, { location: `http://127.0.0.1:${port}/model.glb` }).end()
    return
  }
  if (path === '/trickle' || path === '/trickle-404') {
    trickleSockets.push(res.socket as Socket)
    res.writeHead(path === '/trickle' ? 200 : 404, { 'content-length': '1000000000' })
    const timer = setInterval(() => res.write('x'), 300)
    res.on('close', () => clearInterval(timer))
    return
  }
  const as = /^\/as(\/[^/]+)\/[^/]+$/.exec(path)
  const body = BODIES[as ? as[1] : path]
  if (!body) return void res.writeHead(404).end()
  res.writeHead(200, { 'content-length': String(body.length) }).end(body)
}

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '')
    handle(req.url ?? '/', res)
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise(done => server.close(done)))
beforeEach(() => {
  hits = []
  dir = mkdtempSync(join(tmpdir(), 'meshy-dlp-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Names the tests resolve: cdn.test → loopback; the others → link-local / metadata. */
const NAMES: Record<string, LookupAddress> = {
  'cdn.test': { address: '127.0.0.1', family: 4 },
  'metadata.test': { address: '169.254.169.254', family: 4 },
  'v6-metadata.test': { address: 'fd00:ec2::254', family: 6 }
}
const resolve: LookupFn = (hostname, options, callback) => {
  const hit = NAMES[hostname]
  if (!hit) return callback(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }), '')
  if (options.all) callback(null, [hit])
  else callback(null, hit.address, hit.family)
}

function options(extra: Partial<DownloadOptions> = {}): DownloadOptions {
  return {
    transport: createTransport({ resolve }),
    clock: systemClock,
    deadline: Date.now() + 20_000,
    retry: { maxAttempts: 1, baseMs: 1, maxMs: 1, factor: 1 },
    ...extra
  }
}
const loopbackBase = { urlPolicy: { httpHost: '127.0.0.1' } }

async function fetchTo(url: string, name: string, extra: Partial<DownloadOptions> = {}) {
  return downloadFile({ url, dest: join(dir, name) }, options(extra))
}

describe('which URLs are fetched', () => {
  test('the repro: an http result URL on another host is refused and nothing is saved', async () => {
    // base-url is https (the default): no plain http at all.
    await expect(fetchTo(`http://127.0.0.1:${port}/model.fbx`, 'model.fbx')).rejects.toThrow(
      /https only/
    )
    // base-url is loopback http: plain http only to that same host, not to another.
    await expect(
      fetchTo(`http://cdn.test:${port}/model.fbx`, 'model.fbx', loopbackBase)
    ).rejects.toThrow(/https only/)
    expect(hits).toEqual([])
    expect(readdirSync(dir)).toEqual([])
  })

  test('plain http to the loopback base-url host still works (the tests’ fake)', async () => {
    await fetchTo(`http://127.0.0.1:${port}/model.glb`, 'model.glb', loopbackBase)
    expect(readdirSync(dir)).toEqual(['model.glb'])
  })

  test.each([
    'file:///etc/passwd',
    'ftp://127.0.0.1/model.glb',
    'data:model/gltf-binary;base64,Z2xURg=='
  ])('%s is refused', async url => {
    await expect(fetchTo(url, 'model.glb', loopbackBase)).rejects.toThrow(/refused/)
    expect(readdirSync(dir)).toEqual([])
  })

  test('a redirect to http is refused, even to the allowed loopback host', async () => {
    await expect(
      fetchTo(`http://127.0.0.1:${port}/redirect`, 'model.glb', loopbackBase)
    ).rejects.toThrow(/redirect to http/)
    expect(hits).toEqual(['/redirect'])
  })
})

describe('never a link-local or cloud-metadata address', () => {
  test.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://[fd00:ec2::254]/latest/',
    'https://[::ffff:169.254.169.254]/x',
    'https://[fe80::1]/x'
  ])('literal %s is refused before connecting', async url => {
    await expect(fetchTo(url, 'model.glb')).rejects.toThrow(/link-local and cloud-metadata/)
  })

  test.each(['metadata.test', 'v6-metadata.test'])(
    'a name that RESOLVES to a metadata address (%s) is refused by the lookup hook',
    async host => {
      const err = fetchTo(`http://${host}:${port}/model.glb`, 'model.glb', {
        urlPolicy: { httpHost: host }
      })
      await expect(err).rejects.toThrow(/link-local and cloud-metadata/)
    }
  )

  test('the hook is on the socket: a name resolving to loopback connects through it', async () => {
    await fetchTo(`http://cdn.test:${port}/model.glb`, 'model.glb', {
      urlPolicy: { httpHost: 'cdn.test' }
    })
    expect(hits).toEqual(['/model.glb'])
  })

  test('the address rule', () => {
    for (const a of [
      '169.254.0.1',
      '169.254.169.254',
      'fd00:ec2::254',
      'fd00:ec2:0:0:0:0:0:254',
      'fe80::1',
      '::ffff:a9fe:a9fe',
      '100.100.100.200'
    ])
      expect(isForbiddenAddress(a)).toBe(true)
    for (const a of ['127.0.0.1', '::1', '10.0.0.1', '169.255.0.1', 'fd00:ec2::253', 'example.com'])
      expect(isForbiddenAddress(a)).toBe(false)
  })
})

describe('magic bytes for every format that has them', () => {
  test.each([
    ['model.glb', '/model.glb'],
    ['model.fbx', '/model.fbx'],
    ['model.usdz', '/model.usdz'],
    ['model.3mf', '/model.3mf'],
    ['thumbnail.png', '/thumbnail.png'],
    ['image.jpg', '/image.jpg'],
    ['image.webp', '/image.webp'],
    ['model.stl', '/model.stl']
  ])('%s with the right bytes is kept', async (name, real) => {
    await fetchTo(`http://127.0.0.1:${port}/as${real}/${name}`, name, loopbackBase)
    expect(readdirSync(dir)).toEqual([name])
  })

  test.each([
    ['model.glb', '/model.fbx', /GLB/],
    ['model.fbx', '/model.glb', /FBX/],
    ['model.usdz', '/model.glb', /zip/],
    ['model.3mf', '/thumbnail.png', /zip/],
    ['thumbnail.png', '/image.jpg', /PNG/],
    ['image.jpg', '/thumbnail.png', /JPEG/],
    ['image.webp', '/image.jpg', /WebP/]
  ])('%s holding %s is a clear error and is not kept', async (name, real, what) => {
    const err = fetchTo(`http://127.0.0.1:${port}/as${real}/${name}`, name, loopbackBase)
    await expect(err).rejects.toThrow(what)
    await expect(
      fetchTo(`http://127.0.0.1:${port}/as${real}/${name}`, name, loopbackBase)
    ).rejects.toThrow(/not kept/)
    expect(readdirSync(dir)).toEqual([])
  })

  test('expect: image takes PNG, JPEG or WebP', async () => {
    for (const real of ['/thumbnail.png', '/image.jpg', '/image.webp']) {
      const url = `http://127.0.0.1:${port}/as${real}/x`
      await downloadFile(
        { url, dest: join(dir, `i${real.slice(1)}`), expect: 'image' },
        options(loopbackBase)
      )
    }
    const url = `http://127.0.0.1:${port}/as/model.glb/x`
    await expect(
      downloadFile({ url, dest: join(dir, 'bad'), expect: 'image' }, options(loopbackBase))
    ).rejects.toThrow(/PNG, JPEG or WebP/)
    expect(readdirSync(dir)).toHaveLength(3)
  })
})

describe('trickled bodies', () => {
  test('a huge Content-Length sent a byte at a time ends by the deadline; no file left', async () => {
    const started = Date.now()
    await expect(
      fetchTo(`http://127.0.0.1:${port}/trickle`, 'model.glb', {
        ...loopbackBase,
        deadline: Date.now() + 1200
      })
    ).rejects.toThrow(/time limit/)
    // The body would never end: ending at all is the point; 20× the 1.2 s limit is generous
    // enough that a loaded machine does not fail it.
    expect(Date.now() - started).toBeLessThan(20 * 1200)
    expect(readdirSync(dir)).toEqual([])
  })

  test('an unwanted body (404 with an endless trickle) is destroyed, not drained', async () => {
    await expect(
      fetchTo(`http://127.0.0.1:${port}/trickle-404`, 'model.glb', loopbackBase)
    ).rejects.toThrow(/HTTP 404/)
    // Its connection is closed (downloads keep connections alive, but never one with a body
    // left unread): the server sees it go, soon (a drained body would take forever).
    await until('the 404 connection to close', () => trickleSockets.at(-1)?.destroyed === true)
  })
})
