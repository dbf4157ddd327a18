// Starts the three listeners (API, assets, http→https redirect) and routes each request through
// recording and fault injection before the real handlers.

import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { handleApi, type ApiContext } from './api.js'
import { handleAsset, type AssetContext } from './asset-server.js'
import { isResource, isV2Route } from './catalog.js'
import { parseBody, queryOf, readBody, sendJson } from './http-util.js'
import type { FaultBook, RequestKind } from './faults.js'
import type { Fault, RecordedRequest } from './types.js'

export type Origin = RecordedRequest['origin']
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

export interface RouterContext {
  api: ApiContext
  assets: AssetContext
  faults: FaultBook
  requests: RecordedRequest[]
  /** Where the http listener points: the https API origin. */
  redirectTo?: string
}

export function tlsDir(): string {
  if (process.env.MESHY_FAKE_TLS_DIR) return process.env.MESHY_FAKE_TLS_DIR
  return fileURLToPath(new URL('../../.test-ca', import.meta.url))
}

export function tlsOptions(): https.ServerOptions {
  const dir = tlsDir()
  try {
    return {
      cert: readFileSync(join(dir, 'server-cert.pem')),
      key: readFileSync(join(dir, 'server-key.pem'))
    }
  } catch {
    throw new Error(`fake Meshy: no test certificate in ${dir}; run node scripts/test-ca.mjs`)
  }
}

export function createListener(
  tls: https.ServerOptions | undefined,
  handler: Handler
): http.Server {
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler)
  server.keepAliveTimeout = 5000
  return server
}

export function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise(resolve => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

function kindOf(ctx: RouterContext, origin: Origin, method: string, path: string): RequestKind {
  if (origin === 'assets') return 'asset'
  if (origin !== 'api') return 'other'
  if (method === 'POST' && (isResource(path) || isV2Route(path) || ctx.api.custom.has(path)))
    return 'create'
  return method === 'GET' && path.endsWith('/stream') ? 'stream' : 'other'
}

export function router(ctx: RouterContext, origin: Origin): Handler {
  return (req, res) => {
    route(ctx, origin, req, res).catch(() => res.destroy())
  }
}

async function route(
  ctx: RouterContext,
  origin: Origin,
  req: http.IncomingMessage,
  res: http.ServerResponse
): Promise<void> {
  const time = Date.now()
  const method = req.method ?? 'GET'
  const url = new URL(req.url ?? '/', 'http://fake.invalid')
  const path = url.pathname
  const query = queryOf(url)
  const raw = await readBody(req)
  const record: RecordedRequest = { origin, method, path, query, headers: { ...req.headers }, time }
  if (raw.length > 0) record.body = parseBody(raw)
  ctx.requests.push(record)

  let fault = ctx.faults.take({ method, path, kind: kindOf(ctx, origin, method, path) })
  while (fault?.kind === 'delay') {
    await new Promise(resolve => setTimeout(resolve, (fault as { ms: number }).ms))
    fault = ctx.faults.take({ method, path, kind: kindOf(ctx, origin, method, path) })
  }
  if (fault && answerFault(fault, req, res)) return
  if (origin === 'http') return redirect(res, `${ctx.redirectTo}${req.url ?? '/'}`)
  if (origin === 'assets') return handleAsset(ctx.assets, req, res, path, query, fault)
  handleApi(ctx.api, { req, res, path, query, body: record.body, fault })
}

/** Faults that replace the whole answer; returns false for those the handlers apply. */
function answerFault(fault: Fault, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  switch (fault.kind) {
    case 'status': {
      const headers: Record<string, string> = fault.retryAfter
        ? { 'Retry-After': fault.retryAfter }
        : {}
      const message = fault.message ?? http.STATUS_CODES[fault.status] ?? 'Error'
      const body = fault.code
        ? { type: fault.type ?? 'invalid_input', code: fault.code, message, doc_url: null }
        : { message }
      sendJson(res, fault.status, body, { headers })
      return true
    }
    case 'reset':
      req.socket.destroy()
      return true
    case 'redirect':
      res.writeHead(fault.status, { Location: fault.location, 'Content-Length': '0' }).end()
      return true
    case 'trickle':
      trickle(res, fault)
      return true
    case 'endless-line':
      endlessLine(res, fault.bytes)
      return true
    default:
      return false
  }
}

/** A body that never finishes: the client must give up by its own deadline. */
function trickle(
  res: http.ServerResponse,
  fault: { length: number; everyMs: number; status?: number }
) {
  res.writeHead(fault.status ?? 200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(fault.length)
  })
  res.flushHeaders()
  const timer = setInterval(() => {
    if (res.destroyed) clearInterval(timer)
    else res.write('x')
  }, fault.everyMs)
  res.on('close', () => clearInterval(timer))
}

/** An SSE event whose data line never ends: a reader that buffers it grows without bound. */
function endlessLine(res: http.ServerResponse, bytes: number): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' })
  res.write('event: message\ndata: {"status":"IN_PROGRESS","pad":"')
  const chunk = Buffer.alloc(1 << 20, 'a')
  let left = bytes
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      left -= chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    if (!res.destroyed) res.end()
  }
  pump()
}

function redirect(res: http.ServerResponse, location: string): void {
  const body = '<html><head><title>301 Moved Permanently</title></head></html>\n'
  res.writeHead(301, {
    Location: location,
    'Content-Type': 'text/html',
    'Content-Length': String(Buffer.byteLength(body))
  })
  res.end(body)
}
