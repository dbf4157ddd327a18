// Decides, per asset, what this run does: nothing (unchanged and its files intact), pick up the
// tasks a previous run created (resume, or re-download while Meshy still keeps the results), or
// generate afresh. Pure apart from reading the recorded files to verify their hashes.
import { kindOf } from '../tasks/catalogue.js'
import { filesIntact, type LockEntry, type Lockfile } from './lockfile.js'
import type { ManifestAsset } from './manifest.js'
import { requestHash } from './request-hash.js'
import { createPool } from './scheduler.js'

export type AssetAction =
  | { kind: 'unchanged' }
  | {
      kind: 'run'
      /** Task ids of the first steps, picked up instead of created. */
      existing: string[]
      /** A create a crashed run sent without recording its reply: look for its task first. */
      pending?: { step: number; sentAt: number }
    }

export interface PlannedAsset {
  asset: ManifestAsset
  hash: string
  action: AssetAction
  /** Credits of the steps this run will create. */
  estimate: number
  /** This run will create at least one task (so a chained asset must follow). */
  creates: boolean
}

/** Re-download by id only while Meshy's URLs have this much life left. */
const EXPIRY_MARGIN_MS = 10 * 60_000
/** Meshy keeps tasks 3 days; an in-flight entry older than that cannot be picked up. */
const TASK_LIFETIME_MS = 3 * 24 * 3600_000
const IN_FLIGHT = ['PENDING', 'IN_PROGRESS']
const FILE_CHECKS_AT_ONCE = 16

export async function planBatch(
  all: ManifestAsset[],
  selected: ManifestAsset[],
  lock: Lockfile,
  opts: { workspace: string; now: number }
): Promise<PlannedAsset[]> {
  const hashes = hashAll(all)
  const byName = new Map(all.map(a => [a.name, a]))
  const planned = new Map<string, Promise<PlannedAsset>>()
  // Checking recorded files is disk-bound: many at once, but not thousands of open files.
  const checkFiles = createPool(FILE_CHECKS_AT_ONCE)
  const planOne = (asset: ManifestAsset): Promise<PlannedAsset> => {
    let plan = planned.get(asset.name)
    if (!plan) {
      plan = planAsset(asset)
      planned.set(asset.name, plan)
    }
    return plan
  }
  const planAsset = async (asset: ManifestAsset): Promise<PlannedAsset> => {
    const source = asset.from ? await planOne(named(byName, asset.from)) : undefined
    const hash = named(hashes, asset.name)
    const entry = lock.assets[asset.name]
    const action =
      source?.creates === true
        ? fresh()
        : await decide(entry, hash, {
            ...opts,
            intact: files => checkFiles(() => filesIntact(opts.workspace, files))
          })
    const steps = kindOf(asset.spec.task).steps(asset.spec)
    const remaining = action.kind === 'run' ? steps.slice(action.existing.length) : []
    const result: PlannedAsset = {
      asset,
      hash,
      action,
      estimate: remaining.reduce((sum, s) => sum + s.estimate, 0),
      creates: remaining.length > 0
    }
    return result
  }
  return Promise.all(selected.map(planOne))
}

function fresh(): AssetAction {
  return { kind: 'run', existing: [] }
}

async function decide(
  entry: LockEntry | undefined,
  hash: string,
  opts: { now: number; intact: (files: LockEntry['files']) => Promise<boolean> }
): Promise<AssetAction> {
  if (!entry || entry.hash !== hash) return fresh()
  const ids = idPrefix(entry['task-ids'])
  if (entry.status === 'SUCCEEDED') {
    if (!entry.error && (await opts.intact(entry.files))) return { kind: 'unchanged' }
    const expires = Date.parse(entry['expires-at'] ?? '')
    return expires > opts.now + EXPIRY_MARGIN_MS ? { kind: 'run', existing: ids } : fresh()
  }
  if (IN_FLIGHT.includes(entry.status) && opts.now - Date.parse(entry.updated) < TASK_LIFETIME_MS) {
    const sentAt = Date.parse(entry.pending?.['sent-at'] ?? '')
    const pending =
      entry.pending && entry.pending.step === ids.length && Number.isFinite(sentAt)
        ? { step: entry.pending.step, sentAt }
        : undefined
    return { kind: 'run', existing: ids, pending }
  }
  return fresh()
}

/** Hashes every asset, sources first (a chained asset's hash includes its source's). */
/** Manifest parsing checks every name it hands on (`from` included); a miss here is a bug. */
function named<T>(map: Map<string, T>, name: string): T {
  const value = map.get(name)
  if (value === undefined) throw new Error(`Internal error: no manifest asset named '${name}'`)
  return value
}

function hashAll(assets: ManifestAsset[]): Map<string, string> {
  const byName = new Map(assets.map(a => [a.name, a]))
  const hashes = new Map<string, string>()
  const hashOf = (asset: ManifestAsset): string => {
    const known = hashes.get(asset.name)
    if (known) return known
    const src = asset.from ? byName.get(asset.from) : undefined
    const hash = requestHash(asset.spec, src ? { name: src.name, hash: hashOf(src) } : undefined)
    hashes.set(asset.name, hash)
    return hash
  }
  for (const asset of assets) hashOf(asset)
  return hashes
}

/** The ids of the first steps, up to the first gap (steps run in order). */
function idPrefix(ids: unknown[]): string[] {
  const out: string[] = []
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') break
    out.push(id)
  }
  return out
}
