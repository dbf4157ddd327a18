// Decides, per asset, what this run does: nothing (unchanged and its files intact), pick up the
// tasks a previous run created (resume, or re-download while Meshy still keeps the results), or
// generate afresh; and says why, for the plan a reviewer reads. Pure apart from reading the
// recorded files to verify their hashes.
import { existsSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import { MODEL_FORMATS } from '../../config/types.js'
import type { PlanAction } from '../../plan/run-plan.js'
import { kindOf } from '../../tasks/catalogue.js'
import { changedInputs, inputDigests, type InputDigests } from '../lockfile/input-digests.js'
import { isLfsPointerOf, LFS_REASON } from '../lockfile/lfs-pointer.js'
import {
  filesIntact,
  type LockedFile,
  type LockEntry,
  type Lockfile
} from '../lockfile/lockfile.js'
import type { ManifestAsset } from '../manifest/manifest.js'
import { legacySteps } from '../lockfile/legacy-request.js'
import { legacyRequestHash, requestHash } from '../lockfile/request-hash.js'
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
  /** Digests of the inputs, recorded in the lockfile so a later plan can say what changed. */
  inputs: InputDigests
  action: AssetAction
  /** The action as the plan output names it, and why. */
  verdict: { action: PlanAction; reason: string }
  /** Credits of the steps this run will create. */
  estimate: number
  /** This run will create at least one task (so a chained asset must follow). */
  creates: boolean
  /** Its lockfile entry was made by release 1.0 (v1-era requests) and still matches. */
  legacy?: boolean
  /** Unchanged, with files that are Git LFS pointers to what was generated (not checked out). */
  inLfs?: boolean
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
    const { hash, legacy } = named(hashes, asset.name)
    const entry = lock.assets[asset.name]
    const inputs = inputDigests(asset.spec, asset.from)
    const steps = kindOf(asset.spec.task).steps(asset.spec)
    const fromLegacy = entry !== undefined && entry.hash !== hash && entry.hash === legacy()
    const decision =
      source?.creates === true
        ? fresh(sourceReason(asset, entry, inputs))
        : fromLegacy
          ? await decideLegacy(entry, asset, steps.length, inputs, { ...opts, checkFiles })
          : await decide(entry, hash, inputs, { ...opts, checkFiles })
    const { action } = decision
    const remaining = action.kind === 'run' ? steps.slice(action.existing.length) : []
    const result: PlannedAsset = {
      asset,
      hash,
      inputs,
      action,
      verdict: { action: planAction(action, remaining.length > 0), reason: decision.reason },
      estimate: remaining.reduce((sum, s) => sum + s.estimate, 0),
      creates: remaining.length > 0,
      ...(fromLegacy ? { legacy: true } : {}),
      ...(decision.inLfs ? { inLfs: true } : {})
    }
    return result
  }
  return Promise.all(selected.map(planOne))
}

interface Decision {
  action: AssetAction
  reason: string
  inLfs?: boolean
}

/**
 * An entry release 1.0 made, whose v1-era request still matches: decided like any unchanged
 * entry, except that its task ids follow the old steps (text-to-3d: preview, then refine). The
 * last ids are the results; a two-step asset stopped between its steps is generated anew.
 */
async function decideLegacy(
  entry: LockEntry,
  asset: ManifestAsset,
  stepCount: number,
  inputs: InputDigests,
  opts: { workspace: string; now: number; checkFiles: <T>(job: () => Promise<T>) => Promise<T> }
): Promise<Decision> {
  const oldSteps = legacySteps(asset.spec)?.length ?? stepCount
  const ids = idPrefix(entry['task-ids'])
  if (ids.length < oldSteps && entry.status !== 'SUCCEEDED') {
    return fresh(
      'an interrupted run of release 1.0 stopped between its steps: generated in one call'
    )
  }
  const mapped: LockEntry = { ...entry, 'task-ids': ids.slice(Math.max(0, ids.length - stepCount)) }
  const decision = await decide(mapped, entry.hash, inputs, opts)
  if (decision.action.kind === 'run' && decision.action.pending) delete decision.action.pending
  return decision
}

function fresh(reason: string): Decision {
  return { action: { kind: 'run', existing: [] }, reason }
}

function planAction(action: AssetAction, creates: boolean): PlanAction {
  if (action.kind === 'unchanged') return 'unchanged'
  if (action.existing.length === 0 && !action.pending) return 'generate'
  return creates || action.pending ? 'resume' : 'download'
}

async function decide(
  entry: LockEntry | undefined,
  hash: string,
  inputs: InputDigests,
  opts: { workspace: string; now: number; checkFiles: <T>(job: () => Promise<T>) => Promise<T> }
): Promise<Decision> {
  if (!entry) return fresh('new asset')
  if (entry.hash !== hash) return fresh(changeReason(entry, inputs))
  const ids = idPrefix(entry['task-ids'])
  if (entry.status === 'SUCCEEDED') {
    const { problem, inLfs } = entry.error
      ? { problem: 'last run did not finish its downloads', inLfs: false }
      : await opts.checkFiles(() => fileProblem(opts.workspace, entry.files))
    if (!problem && inLfs) return { action: { kind: 'unchanged' }, reason: LFS_REASON, inLfs }
    if (!problem) return { action: { kind: 'unchanged' }, reason: 'unchanged' }
    const expires = Date.parse(entry['expires-at'] ?? '')
    if (expires > opts.now + EXPIRY_MARGIN_MS) {
      const until = new Date(expires).toISOString().slice(0, 10)
      return {
        action: { kind: 'run', existing: ids },
        reason: `${problem}, task still downloadable until ${until}`
      }
    }
    return fresh(`${problem} and Meshy no longer keeps the task's results: generate again`)
  }
  if (IN_FLIGHT.includes(entry.status) && opts.now - Date.parse(entry.updated) < TASK_LIFETIME_MS) {
    const sentAt = Date.parse(entry.pending?.['sent-at'] ?? '')
    const pending =
      entry.pending && entry.pending.step === ids.length && Number.isFinite(sentAt)
        ? { step: entry.pending.step, sentAt }
        : undefined
    const reason = pending
      ? 'an interrupted run sent a create whose reply was lost: look it up before creating'
      : `an interrupted run left ${ids.length === 1 ? 'a task' : `${ids.length} tasks`} at Meshy: pick up`
    return { action: { kind: 'run', existing: ids, pending }, reason }
  }
  if (IN_FLIGHT.includes(entry.status)) return fresh("an interrupted run's tasks have expired")
  return fresh(`last attempt ended ${entry.status}`)
}

/** "prompt changed", "prompt and formats changed"; old lockfiles without digests say less. */
function changeReason(entry: LockEntry, inputs: InputDigests): string {
  const changed = changedInputs(entry.inputs, inputs)
  return changed?.length ? listChanged(changed) : 'request changed'
}

function sourceReason(
  asset: ManifestAsset,
  entry: LockEntry | undefined,
  inputs: InputDigests
): string {
  const why = `source ${asset.from} regenerates`
  if (!entry) return `new asset; ${why}`
  const changed = changedInputs(entry.inputs, inputs)
  return changed?.length ? `${listChanged(changed)}; ${why}` : why
}

function listChanged(names: string[]): string {
  const shown = names.length > 3 ? [...names.slice(0, 3), `${names.length - 3} more`] : names
  const last = shown.at(-1)
  return `${shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${last}` : last} changed`
}

/**
 * The first recorded file that is missing or no longer what was generated, in words; and whether
 * any file is a Git LFS pointer to exactly what was generated (present in LFS, not checked out).
 */
async function fileProblem(
  workspace: string,
  files: LockedFile[]
): Promise<{ problem?: string; inLfs: boolean }> {
  let inLfs = false
  for (const file of files) {
    if (await filesIntact(workspace, [file])) continue
    if (await isLfsPointerOf(workspace, file)) {
      inLfs = true
      continue
    }
    const what = MODEL_FORMATS.includes(extname(file.path).slice(1) as never)
      ? 'model file'
      : basename(file.path)
    const problem = existsSync(resolve(workspace, file.path))
      ? `${what} changed on disk`
      : `${what} missing`
    return { problem, inLfs }
  }
  return { inLfs }
}

/** Hashes every asset, sources first (a chained asset's hash includes its source's). */
/** Manifest parsing checks every name it hands on (`from` included); a miss here is a bug. */
function named<T>(map: Map<string, T>, name: string): T {
  const value = map.get(name)
  if (value === undefined) throw new Error(`Internal error: no manifest asset named '${name}'`)
  return value
}

interface Hashes {
  hash: string
  /**
   * What release 1.0 recorded for the same asset (docs/lockfile.md, "API v2"); computed only for
   * an entry whose hash differs, so an unchanged library pays for one hash per asset.
   */
  legacy: () => string | undefined
}

function hashAll(assets: ManifestAsset[]): Map<string, Hashes> {
  const byName = new Map(assets.map(a => [a.name, a]))
  const hashes = new Map<string, Hashes>()
  const hashOf = (asset: ManifestAsset): Hashes => {
    const known = hashes.get(asset.name)
    if (known) return known
    const src = asset.from ? byName.get(asset.from) : undefined
    const from = src && hashOf(src)
    const hash = requestHash(asset.spec, src && { name: src.name, hash: from!.hash })
    let legacy: string | undefined | null = null
    const legacyOf = (): string | undefined => {
      if (legacy !== null) return legacy
      const source = from?.legacy()
      legacy =
        src && !source
          ? undefined
          : legacyRequestHash(asset.spec, src && { name: src.name, hash: source! })
      return legacy
    }
    const both = { hash, legacy: legacyOf }
    hashes.set(asset.name, both)
    return both
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
