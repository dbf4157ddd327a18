// Connection reuse in the transport: API requests, creates included, share kept-alive
// connections; a connection whose create went unanswered is closed, never used again (a late
// reply on it could be read as the next create's); requests that do not ask open their own; and
// the proxy path (HTTP_PROXY through the toolkit's agent) still carries both kinds.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import { readTaskStream } from '../src/meshy/sse.js'
import { createTransport, type HttpResponse } from '../src/meshy/transport.js'
import type { MeshyTask } from '../src/meshy/types.js'

interface Counting {
  server: Server
  base: string
  /** One entry per TCP connection the server accepted: the requests it carried. */
  connections: string[][]
}

async function countingServer(
  handle?: (req: IncomingMessage, served: number) => 'drop' | 'hold' | 'stream' | void
): Promise<Counting> {
  const connections: string[][] = []
  const perSocket = new WeakMap<Socket, string[]>()
  const server = createServer((req, res) => {
    const log = perSocket.get(req.socket)!
    const how = handle?.(req, log.length)
    if (how === 'drop') return void req.socket.destroy()
    log.push(`${req.method} ${req.url}`)
    req.resume()
    if (how === 'hold') return // never answers
    if (how === 'stream') {
      // A task stream as Meshy sends it: progress, the terminal task, then the end.
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.write(
        'data: {"id":"t","status":"IN_PROGRESS","progress":50}\n\n' +
          'data: {"id":"t","status":"SUCCEEDED","progress":100}\n\n',
        () => setTimeout(() => res.end(), 20)
      )
      return
    }
    req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'))
  })
  server.on('connection', socket => {
    const log: string[] = []
    connections.push(log)
    perSocket.set(socket, log)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return { server, base, connections }
}

async function text(res: HttpResponse): Promise<string> {
  let out = ''
  for await (const chunk of res.body) out += String(chunk)
  return out
}

const close = (server: Server) =>
  new Promise<void>(resolve => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

test('reads and creates share a connection; one whose create went unanswered is dropped', async () => {
  const fake = await countingServer(req => (req.url === '/c1' ? 'hold' : undefined))
  try {
    const transport = createTransport()
    const send = (method: 'GET' | 'POST', path: string) =>
      transport.request({
        method,
        url: `${fake.base}${path}`,
        keepAlive: true,
        timeoutMs: 300,
        ...(method === 'POST' ? { body: '{}' } : {})
      })
    for (const path of ['/r0', '/r1']) expect(await text(await send('GET', path))).toBe('ok')
    expect(await text(await send('POST', '/c0'))).toBe('ok')
    // No reply: the outcome is unknown, so the error says it may have been sent...
    expect(await send('POST', '/c1').catch((e: unknown) => e)).toMatchObject({ sent: true })
    // ...and its connection is gone: the next create cannot meet a late reply meant for c1.
    expect(await text(await send('POST', '/c2'))).toBe('ok')
    expect(fake.connections).toEqual([['GET /r0', 'GET /r1', 'POST /c0', 'POST /c1'], ['POST /c2']])
  } finally {
    await close(fake.server)
  }
})

test('a create is never sent twice, even on a dropped connection', async () => {
  let posts = 0
  const fake = await countingServer(req => {
    if (req.method === 'POST') {
      posts++
      return 'drop'
    }
  })
  try {
    const transport = createTransport()
    const err = await transport
      .request({ method: 'POST', url: `${fake.base}/create`, body: '{}' })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ sent: true })
    expect(posts).toBe(1)
  } finally {
    await close(fake.server)
  }
})

test('HTTP_PROXY: reads and creates both go through the proxy (CONNECT tunnels)', async () => {
  const fake = await countingServer()
  const tunnels: string[] = []
  // A CONNECT proxy that sends every tunnel to the fake, whatever host was asked for.
  const proxy = createServer()
  proxy.on('connect', (req: IncomingMessage, client: Socket) => {
    tunnels.push(req.url ?? '')
    const upstream = connect(Number(new URL(fake.base).port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  const saved = { http: process.env.HTTP_PROXY, no: process.env.NO_PROXY }
  process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`
  delete process.env.NO_PROXY
  try {
    // A name that is not loopback, so the toolkit does not bypass the proxy; only the proxy
    // resolves it (to the fake).
    const base = `http://meshy-api.test:${new URL(fake.base).port}`
    const transport = createTransport()
    expect(
      await text(await transport.request({ method: 'GET', url: `${base}/r`, keepAlive: true }))
    ).toBe('ok')
    const res = await transport.request({ method: 'POST', url: `${base}/c`, body: '{}' })
    expect(await text(res)).toBe('ok')
    expect(tunnels.length).toBeGreaterThanOrEqual(2)
    expect(tunnels.every(t => t.startsWith('meshy-api.test:'))).toBe(true)
    expect(fake.connections.flat()).toEqual(['GET /r', 'POST /c'])
  } finally {
    if (saved.http === undefined) delete process.env.HTTP_PROXY
    else process.env.HTTP_PROXY = saved.http
    if (saved.no !== undefined) process.env.NO_PROXY = saved.no
    await close(proxy)
    await close(fake.server)
  }
})

test('a task stream that ends after its terminal event frees its connection for the next request', async () => {
  const fake = await countingServer(req => (req.url === '/stream' ? 'stream' : undefined))
  try {
    const transport = createTransport()
    const get = (path: string) =>
      transport.request({ method: 'GET', url: `${fake.base}${path}`, keepAlive: true })
    const task = await readTaskStream((await get('/stream')).body, {
      onTask: () => undefined,
      check: value => value as MeshyTask,
      path: '/stream'
    })
    expect(task.status).toBe('SUCCEEDED')
    // The answer comes at once; the body ends in the background (the server ends it 20 ms on).
    await new Promise(done => setTimeout(done, 100))
    expect(await text(await get('/after'))).toBe('ok')
    expect(fake.connections).toEqual([['GET /stream', 'GET /after']])
  } finally {
    await close(fake.server)
  }
})
