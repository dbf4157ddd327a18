// Everything a batch run decides before its first request: the manifest, the shard, the
// lockfile, and per asset what to do. A real run and a dry run share it, so a dry run on a pull
// request refuses exactly what the nightly run would.
import { relative } from 'node:path'
import { resolveInWorkspace, workspaceRelative } from '../../assets/paths.js'
import { batchLockfile } from '../../config/lockfile-path.js'
import type { BatchConfig } from '../../config/types.js'
import { ConfigurationError, errorMessage } from '../../core/errors.js'
import { checkAssetRules } from './asset-rules.js'
import { journalPath, readJournal } from '../lockfile/journal.js'
import { checkLockfile } from '../lockfile/lockfile-check.js'
import {
  readLockfile,
  type LockedFile,
  type LockEntry,
  type Lockfile
} from '../lockfile/lockfile.js'
import { loadManifest, type Manifest } from '../manifest/manifest.js'
import { planBatch, type PlannedAsset } from './plan-batch.js'
import { selectShard } from '../manifest/shard.js'
import { lockedFilesByAsset } from './superseded.js'

export interface PreparedBatch {
  manifest: Manifest
  lockPath: string
  /** Already without the entries of removed assets. */
  lock: Lockfile
  /** The lockfile's text as read ('' when there was none): an unchanged run leaves it alone. */
  lockText: string
  /** Records replayed from a journal a stopped run left (already in `lock`); 0 when none. */
  replayed: number
  /** The files each asset had when the run began. */
  filesBefore: Map<string, LockedFile[]>
  /** Entries of assets no longer in the manifest. */
  removed: Map<string, LockEntry>
  /** This shard's assets, in manifest order. */
  planned: PlannedAsset[]
  /** Credits of the steps this run would create. */
  estimate: number
  /** Warnings for the log: retiring models, params Meshy does not list. */
  warnings: string[]
  /** One notice when entries made by release 1.0 (API v1) were kept as they are. */
  notice?: string
}

export async function prepareBatch(config: BatchConfig, now: number): Promise<PreparedBatch> {
  const manifest = await loadManifest(config)
  const selected = selectShard(manifest.assets, config.shard)
  const lockPath = lockfilePath(config)
  const check = {
    workspace: config.workspace,
    now,
    outputDir: workspaceRelative(config.workspace, config.outputDir)
  }
  const { lock: onDisk, text: lockText } = await readLockfile(lockPath, check)
  const { lock, replayed } = await replayJournal(lockPath, onDisk, check)
  const filesBefore = lockedFilesByAsset(lock)
  const removed = pruneRemoved(lock, manifest)
  const planned = await planBatch(manifest.assets, selected, lock, {
    workspace: config.workspace,
    now
  })
  const estimate = planned.reduce((sum, p) => sum + p.estimate, 0)
  const warnings = checkAssetRules(planned, now)
  const kept = planned.filter(p => p.legacy).length
  const notice =
    kept > 0
      ? `${kept} lockfile entr${kept === 1 ? 'y was' : 'ies were'} made on Meshy's API v1 (text-to-3d as preview and refine); ` +
        `they stay valid and are not generated again. Only a changed asset is made the v2 way.`
      : undefined
  return {
    notice,
    manifest,
    lockPath,
    lock,
    lockText,
    replayed,
    filesBefore,
    removed,
    planned,
    estimate,
    warnings
  }
}

/**
 * A journal beside the lockfile means a run was stopped before it compacted (docs/lockfile.md):
 * its records hold task ids already paid for, so every plan, a dry run's too, sees them. Only
 * in memory here; the real run folds them into the file (LockStore.adopt).
 */
async function replayJournal(
  lockPath: string,
  lock: Lockfile,
  check: { workspace: string; now: number; outputDir: string }
): Promise<{ lock: Lockfile; replayed: number }> {
  const records = await readJournal(journalPath(lockPath), check.workspace)
  if (!records?.length) return { lock, replayed: 0 }
  for (const { asset, entry } of records) {
    if (entry) lock.assets[asset] = entry
    else delete lock.assets[asset]
  }
  // The replayed entries pass the same checks as the lockfile's own.
  const label = `${relative(check.workspace, lockPath)} with its journal`
  return { lock: checkLockfile(lock, label, check), replayed: records.length }
}

/** The default path (beside the manifest) gets the same workspace check as an explicit one. */
function lockfilePath(config: BatchConfig): string {
  try {
    return resolveInWorkspace(config.workspace, batchLockfile(config))
  } catch (err) {
    throw new ConfigurationError(
      'lockfile',
      `${errorMessage(err)}; use a path inside the workspace`
    )
  }
}

/** Entries of assets no longer in the manifest would only confuse reviewers. */
function pruneRemoved(lock: Lockfile, manifest: Manifest): Map<string, LockEntry> {
  const names = new Set(manifest.assets.map(a => a.name))
  const removed = new Map<string, LockEntry>()
  for (const [name, entry] of Object.entries(lock.assets)) {
    if (names.has(name)) continue
    removed.set(name, entry)
    delete lock.assets[name]
  }
  return removed
}
