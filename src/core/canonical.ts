// Canonical JSON: keys sorted at every level, so the same request always hashes the same and
// the lockfile diffs cleanly when users review it.
import { createHash } from 'node:crypto'

/** A copy with keys sorted at every level; `leaf` maps each non-object value on the way. */
export function sortKeys(value: unknown, leaf: (v: unknown) => unknown = v => v): unknown {
  if (Array.isArray(value)) return value.map(v => sortKeys(v, leaf))
  if (value !== null && typeof value === 'object') {
    // No prototype: a "__proto__" key (from JSON or a manifest's params) stays a plain key.
    const out: Record<string, unknown> = Object.create(null)
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortKeys(v, leaf)
    }
    return out
  }
  return leaf(value)
}

/** Compact canonical JSON: the input of a hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

/** Pretty canonical JSON for files people read: 2-space indent and a trailing newline. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n'
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
