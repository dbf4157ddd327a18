// Batch mode: every asset of a manifest through the same pipeline as a single task, with the
// lockfile deciding what runs, a queue gate keeping Meshy's queue within the plan's limit, and
// chained assets waiting for their source. One failed asset never stops the others.
import { dirname, join } from 'node:path'
import { resolveInWorkspace } from '../assets/paths.js'
import type { BatchConfig } from '../config/types.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import type { PipelineDeps } from '../pipeline.js'
import { checkCredits } from '../plan/budget.js'
import type { BatchRow } from '../report/types.js'
import type { RunResult } from '../result.js'
import { LockStore, type LockStoreProbe } from './lock-store.js'
import { loadManifest, type Manifest } from './manifest.js'
import { planBatch, type PlannedAsset } from './plan-batch.js'
import {
  failedOutcome,
  OUT_OF_CREDITS,
  runAsset,
  type AssetOutcome,
  type BatchContext
} from './run-asset.js'
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
  /** Assets that wait for the next run because Meshy's credits ran out (0 when they did not). */
  outOfCredits: number
  /** Estimated credits of the assets this run generates. */
  estimate: number
}

export interface BatchOptions {
  /** Tests: called at each durable lockfile step (see LockStoreProbe). */
  lockProbe?: LockStoreProbe
}

export const DEFAULT_LOCKFILE = 'meshy-lock.json'

export async function runBatch(
  config: BatchConfig,
  deps: PipelineDeps,
  options: BatchOptions = {}
): Promise<BatchOutcome> {
  const manifest = await loadManifest(config)
  const selected = selectShard(manifest.assets, config.shard)
  const lockPath = lockfilePath(config, manifest)
  const store = await LockStore.open(lockPath, { logger: deps.logger, probe: options.lockProbe })
  const lock = store.lock
  const filesBefore = lockedFilesByAsset(lock)
  pruneRemoved(lock.assets, manifest)
  const planned = await planBatch(manifest.assets, selected, lock, {
    workspace: config.workspace,
    now: deps.clock.now()
  })
  const estimate = planned.reduce((sum, p) => sum + p.estimate, 0)
  logPlan(deps, planned, config)
  const deadline = deps.clock.now() + config.timeoutMs
  await checkCredits(deps.client, {
    estimate,
    assets: planned.filter(p => p.creates).length,
    maxCredits: config.maxCredits,
    testMode: config.testMode,
    deadline,
    warn: message => deps.logger.warning(message)
  })
  const concurrency = config.concurrency ?? DEFAULT_CONCURRENCY
  const ctx: BatchContext = {
    deps,
    config,
    store,
    credits: { out: false },
    gate: new QueueGate(concurrency, deps.clock, deps.logger),
    deadline,
    known: new Set(Object.values(lock.assets).flatMap(e => e['task-ids']))
  }
  const outcomes = await runAll(ctx, planned, concurrency)
  await removeSuperseded(config.workspace, filesBefore, lock, deps.logger)
  await store.close()
  return summarise(outcomes, estimate)
}

/** The one error of a batch that ran out of credits (it also counts the failures, if any). */
export function outOfCreditsMessage(batch: BatchOutcome): string {
  const failed = batch.failed > 0 ? ` ${batch.failed} other asset(s) failed.` : ''
  return (
    `Meshy's credits ran out: ${batch.outOfCredits} of ${batch.rows.length} assets wait in the ` +
    `lockfile for the next run (top up the account, then run again; nothing done is repeated).` +
    failed
  )
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
    outOfCredits: rows.filter(r => r.error === OUT_OF_CREDITS).length,
    estimate
  }
}
