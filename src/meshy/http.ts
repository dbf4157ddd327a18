// Redirect following with our own rules (http-client's has a relative-Location bug and would
// resend a POST): no https→http downgrade, Authorization only on the original origin, and only
// GET/HEAD are ever re-sent.
import { ActionError } from '../core/errors.js'
import { displayUrl } from '../core/redact.js'
import type { HttpResponse, Transport, TransportRequest } from './transport.js'

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** A redirect we refuse to follow (downgrade, a moved POST, too many hops). */
export class RedirectError extends ActionError {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export interface RedirectOptions {
  /** Default 5, as meshy-cli does. */
  maxRedirects?: number
  /** Sent as `Authorization` only while the URL's origin is the original one. */
  authHeader?: string
  /** Vets each redirect target before it is requested; throws to refuse it. */
  checkRedirect?: (target: URL) => void
}

export async function requestFollowingRedirects(
  transport: Transport,
  req: TransportRequest,
  opts: RedirectOptions = {}
): Promise<HttpResponse & { url: string }> {
  const maxRedirects = opts.maxRedirects ?? 5
  const origin = new URL(req.url).origin
  let url = req.url
  // Once the chain leaves the original origin the credential stays off, even if it comes back.
  let trusted = true
  for (let hop = 0; ; hop++) {
    trusted &&= new URL(url).origin === origin
    const headers = headersFor(req, trusted ? opts.authHeader : undefined)
    const res = await transport.request({ ...req, url, headers })
    const location = res.headers.location
    if (!REDIRECTS.has(res.status) || !location) return { ...res, url }
    // Destroy, never drain: a redirect body may be endless or trickled.
    res.body.destroy()
    url = nextUrl(req.method, url, location, res.status, hop, maxRedirects)
    opts.checkRedirect?.(new URL(url))
  }
}

function headersFor(req: TransportRequest, authHeader: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    // Credentials are never taken from the caller's headers: only authHeader, origin-checked.
    if (name.toLowerCase() !== 'authorization') headers[name] = value
  }
  if (authHeader) headers.authorization = authHeader
  return headers
}

function nextUrl(
  method: string,
  current: string,
  location: string,
  status: number,
  hop: number,
  maxRedirects: number
): string {
  const where = `${method} ${displayUrl(current)}`
  if (method !== 'GET' && method !== 'HEAD') {
    throw new RedirectError(
      status,
      `${where} was redirected (${status}); a ${method} is never re-sent`
    )
  }
  if (hop >= maxRedirects) {
    throw new RedirectError(status, `${where}: more than ${maxRedirects} redirects`)
  }
  let next: URL
  try {
    next = new URL(location, current)
  } catch {
    throw new RedirectError(status, `${where}: redirect to an invalid Location`)
  }
  if (new URL(current).protocol === 'https:' && next.protocol !== 'https:') {
    throw new RedirectError(
      status,
      `${where}: refused redirect from https to ${next.protocol.replace(':', '')} (${displayUrl(next.href)})`
    )
  }
  return next.href
}
