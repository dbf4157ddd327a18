// A lying Meshy for the zero-trust tests (issue 12): plain HTTP on loopback (which base-url allows
// for testing), it accepts any create, and answers every GET and stream with whatever task the
// test builds, under whatever id the test chooses. Result files are served from /files/<name>.
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fbx } from '../../fakes/meshy/binary.js'
import { tinyGlb, tinyPng } from './fixtures.js'

export interface HostileContext {
  /** The id this server returned for the create. */
  id: string
  /** Origin of this server, for result URLs. */
  base: string
  /** The create's resource path, e.g. /openapi/v1/rigging. */
  resource: string
}

export interface HostileMeshy {
  url: string
  requests: Array<{ method: string; path: string }>
  /** Ids returned by creates, in order. */
  created: string[]
  close(): Promise<void>
}

export type TaskBuilder = (ctx: HostileContext) => Record<string, unknown>
/** Serves /files/<name> its own way (a trickle, a lie about the length); the default sends fixtures. */
export type FileServer = (res: ServerResponse, name: string) => void

const RESOURCE = /^\/openapi\/v[12]\/[a-z0-9-]+/

/**
 * `files` serves /files/<name>: a server of its own, or bodies that replace the default one for
 * the names they list.
 */
export async function startHostileMeshy(
  build: TaskBuilder,
  files: FileServer | Record<string, Buffer> = {}
): Promise<HostileMeshy> {
  const requests: HostileMeshy['requests'] = []
  const created: string[] = []
  const resources = new Map<string, string>()
  let base = ''
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '' })
    void handle(req, res).catch(() => res.destroy())
  })
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for await (const chunk of req) void chunk // drain the body
    const path = (req.url ?? '').split('?')[0]
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(value))
    }
    if (path === '/openapi/v1/balance') return json(200, { balance: 100_000 })
    if (path.startsWith('/files/')) {
      const name = path.slice('/files/'.length)
      return typeof files === 'function' ? files(res, name) : sendFile(res, name, files)
    }
    const resource = RESOURCE.exec(path)?.[0]
    if (!resource) return json(404, { message: 'Not found' })
    if (req.method === 'POST') {
      const id = randomUUID()
      created.push(id)
      resources.set(id, resource)
      return json(202, { result: id })
    }
    const rest = path.slice(resource.length).split('/').filter(Boolean)
    if (rest.length === 0) return json(200, [])
    const id = decodeURIComponent(rest[0])
    if (!resources.has(id)) return json(404, { message: 'Task not found' })
    const task = build({ id, base, resource: resources.get(id)! })
    if (rest[1] === 'stream') {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      res.end(`event: message\ndata: ${JSON.stringify(task)}\n\n`)
      return
    }
    return json(200, task)
  }
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    requests,
    created,
    close: () =>
      new Promise(done => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

function sendFile(res: ServerResponse, name: string, files: Record<string, Buffer>): void {
  const ext = name.split('.').pop()
  const body = Object.hasOwn(files, name)
    ? files[name]
    : ext === 'glb'
      ? tinyGlb()
      : ext === 'png'
        ? tinyPng()
        : ext === 'fbx'
          ? fbx()
          : 'x'
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length })
  res.end(body)
}

/** A finished task as Meshy shows it, with `fields` on top. */
export function succeeded(
  ctx: HostileContext,
  fields: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    id: ctx.id,
    type: 'text-to-3d-preview',
    status: 'SUCCEEDED',
    progress: 100,
    created_at: Date.now() - 5000,
    started_at: Date.now() - 4000,
    finished_at: Date.now() - 1000,
    expires_at: Date.now() + 3 * 24 * 3600_000,
    consumed_credits: 5,
    model_urls: { glb: `${ctx.base}/files/model.glb?Signature=abc` },
    thumbnail_url: `${ctx.base}/files/thumbnail.png?Signature=abc`,
    task_error: { message: '' },
    ...fields
  }
}
