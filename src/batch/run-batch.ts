// Batch mode: every asset of a manifest through the same pipeline as a single task, with the
// lockfile deciding what runs, a queue gate keeping Meshy's queue within the plan's limit, and
// chained assets waiting for their source. One failed asset never stops the others.
import { dirname, join } from 'node:path'
import { resolveInWorkspace } from '../assets/paths.js'
import type { BatchConfig } from '../config/types.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { PipelineDeps } from '../pipeline.js'
import { checkBudget } from '../plan/budget.js'
import type { BatchRow } from '../report/types.js'
import type { RunResult } from '../result.js'
import { LockfileWriter, readLockfile, serializeLockfile, writeLockfile } from './lockfile.js'
import { loadManifest, type Manifest } from './manifest.js'
import { planBatch, type PlannedAsset } from './plan-batch.js'
import { failedOutcome, runAsset, type AssetOutcome, type BatchContext } from './run-asset.js'
import { createPool, DEFAULT_CONCURRENCY, QueueGate } from './scheduler.js'
import { selectShard } from './shard.js'
import { lockedFilesByAsset, removeSuperseded } from './superseded.js'

export interface ManifestResult {
  status: BatchRow['status']
  'task-ids': string[]
  files: string[]
  credits: number
  error?: string
}

export interface BatchOutcome {
  /** All tasks and files of this run, assets in manifest order. */
  result: RunResult
  rows: BatchRow[]
  manifestResults: Record<string, ManifestResult>
  failed: number
  /** Estimated credits of the assets this run generates. */
  estimate: number
}

export const DEFAULT_LOCKFILE = 'meshy-lock.json'

export async function runBatch(config: BatchConfig, deps: PipelineDeps): Promise<BatchOutcome> {
  const manifest = await loadManifest(config)
  const selected = selectShard(manifest.assets, config.shard)
  const lockPath = lockfilePath(config, manifest)
  const { lock, text: lockText } = await readLockfile(lockPath)
  const filesBefore = lockedFilesByAsset(lock)
  pruneRemoved(lock.assets, manifest)
  const planned = await planBatch(manifest.assets, selected, lock, {
    workspace: config.workspace,
    now: deps.clock.now()
  })
  const estimate = planned.reduce((sum, p) => sum + p.estimate, 0)
  logPlan(deps, planned, config)
  const deadline = deps.clock.now() + config.timeoutMs
  if (estimate > 0) await checkBudget(deps.client, estimate, config.maxCredits, deadline)
  const writer = new LockfileWriter(lockPath, lock)
  const concurrency = config.concurrency ?? DEFAULT_CONCURRENCY
  const ctx: BatchContext = {
    deps,
    config,
    writer,
    gate: new QueueGate(concurrency, deps.clock, deps.logger),
    deadline,
    known: new Set(Object.values(lock.assets).flatMap(e => e['task-ids']))
  }
  const outcomes = await runAll(ctx, planned, concurrency)
  // One annotation per failed asset, so each shows on the run page with its own reason.
  for (const o of outcomes) {
    if (o.row.status === 'failed') {
      deps.logger.error(
        o.failure ?? `Asset '${o.row.name}' failed: ${o.row.error ?? 'unknown error'}`
      )
    }
  }
  await removeSuperseded(config.workspace, filesBefore, lock, deps.logger)
  // Unchanged runs leave the file alone (no churn for users who commit it).
  if (serializeLockfile(lock) !== lockText) await writeLockfile(lockPath, lock)
  return summarise(outcomes, estimate)
}

function lockfilePath(config: BatchConfig, manifest: Manifest): string {
  if (!config.lockfile) return join(dirname(manifest.path), DEFAULT_LOCKFILE)
  try {
    return resolveInWorkspace(config.workspace, config.lockfile)
  } catch (err) {
    throw new ConfigurationError(
      'lockfile',
      `${errorMessage(err)}; use a path inside the workspace`
    )
  }
}

/** Entries of assets no longer in the manifest would only confuse reviewers. */
function pruneRemoved(assets: Record<string, unknown>, manifest: Manifest): void {
  const names = new Set(manifest.assets.map(a => a.name))
  for (const name of Object.keys(assets)) if (!names.has(name)) delete assets[name]
}

function logPlan(deps: PipelineDeps, planned: PlannedAsset[], config: BatchConfig): void {
  const count = (pred: (p: PlannedAsset) => boolean) => planned.filter(pred).length
  const unchanged = count(p => p.action.kind === 'unchanged')
  const resume = count(
    p => p.action.kind === 'run' && (p.action.existing.length > 0 || !!p.action.pending)
  )
  const shard = config.shard ? ` (shard ${config.shard.index}/${config.shard.total})` : ''
  deps.logger.info(
    `Batch${shard}: ${planned.length} assets: ${planned.length - unchanged - resume} to generate, ` +
      `${resume} to resume, ${unchanged} unchanged.`
  )
}

async function runAll(
  ctx: BatchContext,
  planned: PlannedAsset[],
  concurrency: number
): Promise<AssetOutcome[]> {
  // More assets than queue slots may be in flight: one waits at Meshy while another downloads.
  const pool = createPool(Math.max(1, concurrency * 2))
  const started = new Map<string, Promise<AssetOutcome>>()
  const start = (p: PlannedAsset): Promise<AssetOutcome> => {
    const existing = started.get(p.asset.name)
    if (existing) return existing
    const run = (async () => {
      const sourcePlan = p.asset.from ? planned.find(q => q.asset.name === p.asset.from) : undefined
      const source = sourcePlan ? await start(sourcePlan) : undefined
      return pool(() => runAsset(ctx, p, source))
    })().catch(err => failedOutcome(p.asset.name, errorMessage(err)))
    started.set(p.asset.name, run)
    return run
  }
  return Promise.all(planned.map(start))
}

function summarise(outcomes: AssetOutcome[], estimate: number): BatchOutcome {
  const rows = outcomes.map(o => o.row)
  const manifestResults: Record<string, ManifestResult> = {}
  for (const row of rows) {
    manifestResults[row.name] = {
      status: row.status,
      'task-ids': row.taskIds,
      files: row.files,
      credits: row.credits,
      ...(row.error ? { error: row.error } : {})
    }
  }
  const result: RunResult = {
    tasks: outcomes.flatMap(o => o.result.tasks),
    files: outcomes.flatMap(o => o.result.files)
  }
  return {
    result,
    rows,
    manifestResults,
    failed: rows.filter(r => r.status === 'failed').length,
    estimate
  }
}
