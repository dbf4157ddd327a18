// The API base URL decides where the key is sent, so it must be HTTPS. Plain HTTP is allowed only
// for loopback hosts, where a local fake or proxy runs and nothing crosses a network.
import { isIP } from 'node:net'
import { ConfigurationError } from '../core/errors.js'

const DEFAULT_FORM = 'https://api.meshy.ai'

export function checkBaseUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    throw new ConfigurationError('base-url', `'${raw}' is not a valid URL (expected https://…)`)
  }
  if (url.username || url.password) {
    throw new ConfigurationError('base-url', 'must not contain credentials')
  }
  // The client appends /openapi/v2/...; a path here would be doubled and the 404 would hide why.
  if (url.search || url.hash || raw.trim().endsWith('#') || url.pathname.replace(/\/+$/, '')) {
    throw new ConfigurationError(
      'base-url',
      `'${raw.trim()}' has a path, query or fragment. Use the origin only, in the form ` +
        `https://host[:port] (e.g. ${DEFAULT_FORM}); the action adds /openapi/v2/... itself.`
    )
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new ConfigurationError(
      'base-url',
      `plain http is only allowed for loopback hosts (got ${url.host}); use https`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError('base-url', `must use https (got ${url.protocol})`)
  }
  return url
}

/** The base as a string without a trailing slash, ready for `${base}/openapi/...`. */
export function baseUrlString(url: URL): string {
  return url.origin
}

/**
 * Loopback means the literal `localhost`, an address in 127.0.0.0/8 or ::1 (also as the
 * IPv4-mapped ::ffff:127.x). A name like `evil.localhost` goes through DNS, so it is not.
 */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost') return true
  if (isIP(host) === 4) return host.startsWith('127.')
  if (isIP(host) === 6) return host === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host)
  return false
}
