// A bare HTTP(S) client for the fake's own tests: no redirects, no retries, raw outcomes
// (a reset is reported, not thrown), so each fault can be observed exactly.

import http from 'node:http'
import https from 'node:https'
import { FAKE_API_KEY } from './types.js'

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  /** 'end' when the response completed, else the error code seen (ECONNRESET, aborted...). */
  how: string
}

export interface CallOptions {
  method?: string
  key?: string | null
  json?: unknown
  headers?: Record<string, string>
}

export const AUTH = `Bearer ${FAKE_API_KEY}`

export function call(url: string, options: CallOptions = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.key !== null) headers.Authorization = `Bearer ${options.key ?? FAKE_API_KEY}`
  const payload = options.json === undefined ? undefined : Buffer.from(JSON.stringify(options.json))
  if (payload) headers['Content-Type'] = 'application/json'
  const lib = url.startsWith('https:') ? https : http
  return new Promise(resolve => {
    const req = lib.request(url, { method: options.method ?? 'GET', headers, agent: false })
    req.on('error', (error: NodeJS.ErrnoException) => {
      resolve({ status: 0, headers: {}, body: Buffer.alloc(0), how: error.code ?? error.message })
    })
    req.on('response', res => {
      const chunks: Buffer[] = []
      let how = 'end'
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('aborted', () => (how = 'aborted'))
      res.on('error', (error: NodeJS.ErrnoException) => (how = error.code ?? 'error'))
      res.on('close', () => {
        if (!res.complete && how === 'end') how = 'incomplete'
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
          how
        })
      })
    })
    req.end(payload)
  })
}

export function json<T = Record<string, unknown>>(reply: Reply): T {
  return JSON.parse(reply.body.toString('utf8')) as T
}

export interface SseEvent {
  event: string
  data: Record<string, unknown>
}

export function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter(block => block.trim() !== '')
    .map(block => {
      const lines = block.split('\n')
      const event = lines.find(l => l.startsWith('event: '))?.slice(7) ?? 'message'
      const data = lines
        .filter(l => l.startsWith('data: '))
        .map(l => l.slice(6))
        .join('\n')
      return { event, data: JSON.parse(data) as Record<string, unknown> }
    })
}

/** A live SSE connection whose events can be awaited one by one. */
export interface LiveStream {
  status: Promise<number>
  text(): string
  events(): SseEvent[]
  done: Promise<string>
  close(): void
}

export function openStream(url: string): LiveStream {
  let text = ''
  let request: http.ClientRequest | undefined
  let resolveStatus: (status: number) => void = () => {}
  const status = new Promise<number>(resolve => (resolveStatus = resolve))
  const done = new Promise<string>(resolve => {
    const lib = url.startsWith('https:') ? https : http
    request = lib.request(url, {
      headers: { Authorization: AUTH, Accept: 'text/event-stream' },
      agent: false
    })
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'))
    request.on('response', res => {
      resolveStatus(res.statusCode ?? 0)
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('close', () => resolve(res.complete ? 'end' : 'reset'))
    })
    request.end()
  })
  return {
    status,
    text: () => text,
    events: () => parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2)),
    done,
    close: () => request?.destroy()
  }
}

/** Polls a condition with a generous bound (no timing assertion, just no hang). */
export async function until(check: () => boolean, what: string, ms = 10000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}
