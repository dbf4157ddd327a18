// Where a result file may be fetched from. Result URLs come from the API's answer, so they are
// untrusted: only https, never file:, ftp: or data:, and redirects only to https. Plain http is
// allowed only to the loopback host that base-url itself names (a local fake in tests).
import { displayUrl } from '../core/redact.js'

export interface UrlPolicy {
  /** The loopback host plain http may reach (base-url's, when base-url is loopback). */
  httpHost?: string
}

/** Why a URL is refused, or undefined when it may be fetched. */
export function refusedUrl(raw: string, policy: UrlPolicy, redirect = false): string | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'the result URL is not a valid URL'
  }
  if (url.username || url.password) return `refused ${displayUrl(raw)}: URL carries credentials`
  if (url.protocol === 'https:') return undefined
  const where = redirect ? 'a redirect to' : 'a result URL'
  if (url.protocol === 'http:' && !redirect && policy.httpHost !== undefined) {
    if (sameHost(url.hostname, policy.httpHost)) return undefined
  }
  return (
    `refused ${where} ${url.protocol.replace(':', '')} (${displayUrl(raw)}): ` +
    `result files are fetched over https only`
  )
}

function sameHost(a: string, b: string): boolean {
  const norm = (h: string) => h.replace(/^\[|\]$/g, '').toLowerCase()
  return norm(a) === norm(b)
}
