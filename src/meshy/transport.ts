// One HTTP exchange, nothing more: no redirects, no retries, no auth. Policy (retry, redirects,
// the Bearer header) lives in the layers above, where we own it.
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  /** The body as a stream; callers must consume or destroy it. */
  body: IncomingMessage
}

export interface TransportRequest {
  method: 'GET' | 'POST' | 'DELETE' | 'HEAD'
  url: string
  headers?: Record<string, string>
  body?: string
  /** Idle socket timeout for this request. */
  timeoutMs?: number
  signal?: AbortSignal
}

export interface Transport {
  request(req: TransportRequest): Promise<HttpResponse>
}
