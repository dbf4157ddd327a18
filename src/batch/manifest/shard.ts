// Matrix sharding: a stable partition of the manifest's assets so `strategy.matrix` can spread
// one manifest over several runners. A chain (an asset and everything that starts `from` it)
// must run in one shard, because the chained asset needs its source's task id: so each asset
// goes to the shard of its chain's root, chosen by a hash of the root's name. Adding or removing
// other assets never moves an asset to another shard.
import { sha256Hex } from '../../core/canonical.js'

export interface Shard {
  /** 1-based. */
  index: number
  total: number
}

/** The root of an asset's chain: follow `from` until an asset without one. */
export function chainRoot(name: string, fromOf: (name: string) => string | undefined): string {
  let current = name
  const seen = new Set<string>()
  for (let next = fromOf(current); next !== undefined; next = fromOf(current)) {
    if (seen.has(next)) break // cycles are rejected by the manifest check; stay total here
    seen.add(current)
    current = next
  }
  return current
}

/** 1-based shard index of a chain root. */
export function shardOf(root: string, total: number): number {
  const n = Number.parseInt(sha256Hex(root).slice(0, 12), 16)
  return (n % total) + 1
}

/** The names (in input order) that belong to `shard`. */
export function selectShard<T extends { name: string; from?: string }>(
  assets: T[],
  shard: Shard | undefined
): T[] {
  if (!shard || shard.total <= 1) return assets
  const byName = new Map(assets.map(a => [a.name, a]))
  const fromOf = (name: string): string | undefined => byName.get(name)?.from
  return assets.filter(a => shardOf(chainRoot(a.name, fromOf), shard.total) === shard.index)
}
