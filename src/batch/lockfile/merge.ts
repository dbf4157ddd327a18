// Merges the lockfiles of several shards (or runs) into one: the union of their entries, and for
// an asset present in more than one, the entry updated last. Shards start from the same committed
// lockfile, so an asset a shard did not touch carries the same (older) entry in every file and the
// shard that regenerated it wins.
import { ConfigurationError } from '../../core/errors.js'
import {
  emptyLockfile,
  readLockfile,
  writeLockfile,
  type LockEntry,
  type Lockfile
} from './lockfile.js'

export function mergeLockfiles(locks: Lockfile[]): Lockfile {
  const merged = emptyLockfile()
  for (const lock of locks) {
    for (const [name, entry] of Object.entries(lock.assets)) {
      const current = merged.assets[name]
      if (!current || newer(entry, current)) merged.assets[name] = entry
    }
  }
  return merged
}

function newer(a: LockEntry, b: LockEntry): boolean {
  const ta = Date.parse(a.updated)
  const tb = Date.parse(b.updated)
  if (Number.isNaN(tb)) return !Number.isNaN(ta)
  return ta > tb
}

/**
 * Reads and checks every file (an entry `updated` in the future is refused: it would win every
 * later merge), merges, and writes `output` atomically. Returns the merged asset count.
 */
export async function mergeLockfileFiles(
  paths: string[],
  output: string,
  opts: { workspace: string; now: number }
): Promise<number> {
  const locks: Lockfile[] = []
  for (const path of paths) {
    const { lock, text } = await readLockfile(path, opts)
    if (!text) throw new ConfigurationError('lockfiles', `${path} does not exist`)
    locks.push(lock)
  }
  const merged = mergeLockfiles(locks)
  await writeLockfile(output, merged, opts.workspace)
  return Object.keys(merged.assets).length
}
