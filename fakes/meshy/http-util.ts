// Small HTTP helpers shared by the listeners.

import type { IncomingMessage, ServerResponse } from 'node:http'

export const API_VERSION = '2026-11-fake'
const MAX_BODY = 512 * 1024 * 1024

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) req.destroy(new Error('body too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** JSON when it parses, else the raw text (so tests can still see what was sent). */
export function parseBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined
  const text = raw.toString('utf8')
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

export function queryOf(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries())
}

export interface SendOptions {
  headers?: Record<string, string>
  /** Send only this many bytes of the body, then cut the connection. */
  truncate?: number
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  options: SendOptions = {}
): void {
  const data = typeof body === 'string' ? Buffer.from(body) : body
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(data.length),
    ...options.headers
  })
  if (options.truncate === undefined || options.truncate >= data.length) {
    res.end(data)
    return
  }
  res.write(data.subarray(0, options.truncate), () => setTimeout(() => res.destroy(), 20))
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  options: SendOptions = {}
): void {
  const headers = { 'x-api-version': API_VERSION, ...options.headers }
  send(res, status, JSON.stringify(value), 'application/json', { ...options, headers })
}
