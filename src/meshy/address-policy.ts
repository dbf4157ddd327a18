// Addresses the action never connects to, whatever a URL says: link-local and cloud-metadata
// endpoints, where a runner's cloud credentials live. The check runs on the RESOLVED address
// (a lookup hook on the socket), so a name that resolves there is refused as well as a literal.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { isIP } from 'node:net'
import { NetworkError } from '../core/errors.js'

export const FORBIDDEN_ADDRESS_CODE = 'ERR_FORBIDDEN_ADDRESS'

/** 169.254.0.0/16, fe80::/10, AWS's fd00:ec2::254 and Alibaba's 100.100.100.200. */
export function isForbiddenAddress(address: string): boolean {
  const host = address.replace(/^\[|\]$/g, '').toLowerCase()
  if (isIP(host) === 4) return /^169\.254\./.test(host) || host === '100.100.100.200'
  if (isIP(host) !== 6) return false
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)
  if (mapped) return isForbiddenAddress(mapped[1])
  // IPv4-mapped in hex form (URL parsing writes ::ffff:a9fe:a9fe).
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host)
  if (hex) {
    const n = (parseInt(hex[1], 16) << 16) | parseInt(hex[2], 16)
    return isForbiddenAddress([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'))
  }
  if (/^fe[89ab][0-9a-f]:/.test(host)) return true
  return expandV6(host) === expandV6('fd00:ec2::254')
}

function expandV6(host: string): string {
  const [head, tail = ''] = host.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const middle = host.includes('::') ? Array(8 - left.length - right.length).fill('0') : []
  return [...left, ...middle, ...right].map(p => parseInt(p, 16).toString(16)).join(':')
}

export function forbiddenAddressError(host: string, address: string): NetworkError {
  const shown = host === address ? address : `${host} (${address})`
  return new NetworkError(
    `Refused to connect to ${shown}: link-local and cloud-metadata addresses are never contacted`,
    FORBIDDEN_ADDRESS_CODE,
    false
  )
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number
) => void

export type LookupFn = (hostname: string, options: LookupOptions, callback: LookupCallback) => void

/** A socket `lookup` that resolves as usual, then refuses forbidden results. */
export function guardedLookup(resolve: LookupFn = dnsLookup as unknown as LookupFn): LookupFn {
  return (hostname, options, callback) => {
    resolve(hostname, options, (err, address, family) => {
      if (err) return callback(err, address, family)
      const all = Array.isArray(address) ? address.map(a => a.address) : [address]
      const bad = all.find(isForbiddenAddress)
      if (bad !== undefined) return callback(forbiddenAddressError(hostname, bad), address, family)
      callback(null, address, family)
    })
  }
}
