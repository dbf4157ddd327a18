// The API base URL decides where the key is sent, so it must be HTTPS. Plain HTTP is allowed only
// for loopback hosts, where a local fake or proxy runs and nothing crosses a network.
import { isIP } from 'node:net'
import { ConfigurationError } from '../errors.js'

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
  if (url.search || url.hash) {
    throw new ConfigurationError('base-url', 'must not contain a query string or fragment')
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
  url.pathname = url.pathname.replace(/\/+$/, '')
  return url
}

/** The base as a string without a trailing slash, ready for `${base}/openapi/...`. */
export function baseUrlString(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (isIP(host) === 4) return host.startsWith('127.')
  if (isIP(host) === 6) return host === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host)
  return false
}
