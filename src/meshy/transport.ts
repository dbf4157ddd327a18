// One HTTP exchange, nothing more: no redirects, no retries, no auth. Policy (retry, redirects,
// the Bearer header) lives in the layers above, where we own it.
import * as http from 'node:http'
import * as https from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls'
import { HttpClient } from '@actions/http-client'
import { NetworkError } from '../core/errors.js'
import { displayUrl } from '../core/redact.js'
import {
  forbiddenAddressError,
  guardedLookup,
  isForbiddenAddress,
  type LookupFn
} from './address-policy.js'

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
  /** May use a kept-alive connection (API requests and downloads; never one that failed). */
  keepAlive?: boolean
  signal?: AbortSignal
}

export interface Transport {
  request(req: TransportRequest): Promise<HttpResponse>
}

export interface TransportOptions {
  /** Default idle socket timeout when a request gives none. */
  socketTimeoutMs?: number
  userAgent?: string
  /** The name resolver under the address guard; tests map names to addresses with it. */
  resolve?: LookupFn
}

// Errors that prove the request never left this machine: the connection was refused or the
// name did not resolve. Anything else may have reached the server.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME'])

/**
 * The real transport. @actions/http-client supplies the agent, so HTTPS_PROXY / NO_PROXY work on
 * self-hosted runners; the request itself is ours, because http-client has no AbortSignal, puts
 * the query string into its timeout message and hides the socket (we need to know whether the
 * connection was ever made to tell a safe-to-resend failure from an unknown one).
 */
export function createTransport(options: TransportOptions = {}): Transport {
  const userAgent = options.userAgent ?? 'meshy-action'
  const agents = agentPools(userAgent)
  const defaultTimeout = options.socketTimeoutMs ?? 120_000
  const lookup = guardedLookup(options.resolve)
  // One TLS context (the default CAs, NODE_EXTRA_CA_CERTS included) for every connection:
  // building it loads the whole CA store, which cost more than the handshake itself.
  let tls: SecureContext | undefined
  return {
    request: async req => {
      const url = new URL(req.url)
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new NetworkError(`Unsupported URL scheme ${url.protocol}`, 'EPROTO', false)
      }
      // A literal address skips the resolver, so the guard looks at it here.
      if (isForbiddenAddress(url.hostname)) throw forbiddenAddressError(url.hostname, url.hostname)
      const how: ExchangeOptions = {
        userAgent,
        lookup,
        timeoutMs: req.timeoutMs ?? defaultTimeout,
        secureContext: url.protocol === 'https:' ? (tls ??= createSecureContext()) : undefined
      }
      // A connection goes back to the pool only after a whole response: one that failed, timed
      // out or was aborted is destroyed, so a late reply to an unanswered create can never be
      // read as another request's. A failure on a reused connection counts as "may have been
      // sent" (see `connected`), so a create is never sent twice on a guess either.
      return exchange(url, req, req.keepAlive ? agents.pooled(url) : agents.fresh(url), how)
    }
  }
}

/**
 * Agents from @actions/http-client, so HTTPS_PROXY / NO_PROXY work on self-hosted runners. The
 * pooled ones keep connections alive (one TLS handshake per origin, not per request; Node's agent
 * reuses the most recently freed one and drops those the server says it will close); the fresh
 * ones never keep a connection. http-client caches one agent per client whatever the protocol,
 * so there is one client per protocol and kind.
 */
function agentPools(userAgent: string): {
  pooled: (url: URL) => http.Agent
  fresh: (url: URL) => http.Agent
} {
  const client = (keepAlive: boolean) =>
    new HttpClient(userAgent, [], { allowRedirects: false, allowRetries: false, keepAlive })
  const pooled = { 'https:': client(true), 'http:': client(true) }
  const fresh = { 'https:': client(false), 'http:': client(false) }
  const protocol = (url: URL) => url.protocol as 'https:' | 'http:'
  return {
    pooled: url => pooled[protocol(url)].getAgent(url.href),
    fresh: url => fresh[protocol(url)].getAgent(url.href)
  }
}

interface ExchangeOptions {
  userAgent: string
  lookup: LookupFn
  timeoutMs: number
  secureContext?: SecureContext
}

function exchange(
  url: URL,
  req: TransportRequest,
  agent: http.Agent,
  { userAgent, lookup, timeoutMs, secureContext }: ExchangeOptions
): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    if (req.signal?.aborted) return reject(abortReason(req.signal))
    const where = `${req.method} ${displayUrl(url.href)}`
    const headers: Record<string, string | number> = { 'user-agent': userAgent, ...req.headers }
    if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body)
    const module = url.protocol === 'https:' ? https : http
    let connected = false
    let settled = false
    const fail = (err: Error) => {
      if (settled) return
      settled = true
      reject(err)
    }
    // `lookup` reaches the socket through the agent: every connection's resolved address is
    // checked (a proxy agent resolves only the proxy; the proxy then owns the connection).
    const request = module.request(url, {
      method: req.method,
      headers,
      agent,
      signal: req.signal,
      lookup: lookup as unknown as http.RequestOptions['lookup'],
      ...(secureContext ? { secureContext } : {})
    })
    request.on('socket', socket => {
      if (request.reusedSocket) connected = true
      else watchConnect(socket, () => (connected = true))
    })
    let response: IncomingMessage | undefined
    request.setTimeout(timeoutMs, () => {
      const err = new NetworkError(
        `${where}: no data for ${formatSeconds(timeoutMs)} (timeout)`,
        'ETIMEDOUT',
        connected
      )
      // After the headers, the body stream is what the caller reads: fail it with our error.
      if (response) response.destroy(err)
      else request.destroy(err)
    })
    request.on('error', err => fail(toNetworkError(err, where, connected, req.signal)))
    request.on('response', res => {
      settled = true
      response = res
      // Unread bodies must not crash the process when the socket dies; readers see errors
      // through their own listeners and map them with bodyError().
      res.on('error', () => undefined)
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res })
    })
    request.end(req.body)
  })
}

function watchConnect(socket: Socket, onConnect: () => void): void {
  const event = socket instanceof TLSSocket ? 'secureConnect' : 'connect'
  // A plain socket that is already open (e.g. handed over by a proxy agent) is connected.
  if (!(socket instanceof TLSSocket) && !socket.connecting) onConnect()
  else socket.once(event, onConnect)
}

function toNetworkError(
  err: Error,
  where: string,
  connected: boolean,
  signal: AbortSignal | undefined
): Error {
  if (signal?.aborted) return abortReason(signal)
  if (err instanceof NetworkError) return err
  const code = (err as NodeJS.ErrnoException).code
  const sent = connected && !NOT_SENT_CODES.has(code ?? '')
  return new NetworkError(
    `${where}: ${err.message}${code && !err.message.includes(code) ? ` (${code})` : ''}`,
    code,
    sent
  )
}

/**
 * Maps an error raised while reading a response body (reset, timeout, abort) to a NetworkError
 * that names the request without its query string. The request was certainly sent by then.
 */
export function bodyError(err: unknown, where: string, signal?: AbortSignal): Error {
  if (!(err instanceof Error)) return new NetworkError(`${where}: ${String(err)}`, undefined, true)
  return toNetworkError(err, where, true, signal)
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  if (reason instanceof Error) return reason
  const err = new Error('The request was aborted')
  err.name = 'AbortError'
  return err
}
