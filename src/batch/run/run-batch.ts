// Batch mode: every asset of a manifest through the same pipeline as a single task, with the
// lockfile deciding what runs, a queue gate keeping Meshy's queue within the plan's limit, and
// chained assets waiting for their source. One failed asset never stops the others.
import type { BatchConfig } from '../../config/types.js'
import { errorMessage } from '../../core/errors.js'
import { withLogLabel } from '../../core/log.js'
import type { PipelineDeps } from '../../run/pipeline.js'
import { checkCredits } from '../../plan/budget.js'
import type { BatchRow } from '../../report/types.js'
import type { BrowserChoice } from '../../render/browser-choice.js'
import { sheetSession } from '../../render/run-sheets.js'
import type { SheetSession } from '../../render/sheet-session.js'
import type { RunResult } from '../../core/result.js'
import { LockStore } from '../lockfile/lock-store.js'
import type { PlannedAsset } from './plan-batch.js'
import { prepareBatch, type PreparedBatch } from './prepare.js'
import { BatchProgress } from './progress-line.js'
import { logAssetDetails } from './asset-detail-log.js'
import { failedOutcome, runAsset, type AssetOutcome, type BatchContext } from './run-asset.js'
import {
  createPool,
  DEFAULT_CONCURRENCY,
  QueueGate,
  type Lease,
  type SlotPriority
} from './scheduler.js'
import { removeSuperseded } from './superseded.js'

export interface ManifestResult {
  status: BatchRow['status']
  'task-ids': string[]
  files: string[]
  credits: number
  error?: string
  stats?: BatchRow['stats']
  breaches?: string[]
  /** A model far from its declared height (fails nothing). */
  flags?: string[]
}

export interface BatchOutcome {
  /** All tasks and files of this run, assets in manifest order. */
  result: RunResult
  rows: BatchRow[]
  manifestResults: Record<string, ManifestResult>
  failed: number
  /** "asset: model.glb: … is over max-triangles …", one per budget broken. */
  breaches: string[]
  /** Assets that wait for the next run because Meshy's credits ran out (0 when they did not). */
  outOfCredits: number
  /** Assets that wait for the next run because timeout-minutes was reached (0 when it was not). */
  outOfTime: number
  /** Estimated credits of the assets this run generates. */
  estimate: number
}

export interface BatchOptions {
  /** The manifest, lockfile and plan, when the caller already prepared them (main does). */
  prepared?: PreparedBatch
  /**
   * When timeout-minutes runs out: main passes the run's one deadline, counted from the step's
   * start; a caller without one (tests, the bench) gets timeout-minutes from now.
   */
  deadline?: number
  /** The browser for render sheets (main looks it up before any request); none: no sheets. */
  browser?: BrowserChoice
  /** Tests: draws the sheets instead of a browser found through `browser`. */
  sheets?: SheetSession
}

export async function runBatch(
  config: BatchConfig,
  deps: PipelineDeps,
  options: BatchOptions = {}
): Promise<BatchOutcome> {
  const prepared = options.prepared ?? (await prepareBatch(config, deps.clock.now()))
  const { planned, estimate } = prepared
  logPlan(deps, planned, config)
  const deadline = options.deadline ?? deps.clock.now() + config.timeoutMs
  await checkCredits(deps.client, {
    estimate,
    assets: planned.filter(p => p.creates).length,
    maxCredits: config.maxCredits,
    testMode: config.testMode,
    deadline,
    warn: message => deps.logger.warning(message)
  })
  const store = await LockStore.adopt(
    { ...prepared, path: prepared.lockPath, text: prepared.lockText, workspace: config.workspace },
    { logger: deps.logger }
  )
  const forget = deps.live?.saveOnCancel(() => store.saveNowSync())
  const concurrency = config.concurrency ?? DEFAULT_CONCURRENCY
  const progress = new BatchProgress(planned.length, concurrency, deps.clock, deps.logger)
  const ctx: BatchContext = {
    // The assets' lines also pace the progress line (at most one every 30 s between finishes).
    deps: { ...deps, logger: progress.watch(deps.logger) },
    config,
    store,
    credits: { out: false },
    gate: new QueueGate(concurrency, deps.clock, deps.logger),
    deadline,
    known: new Set(Object.values(store.lock.assets).flatMap(e => e['task-ids'])),
    feeds: feedsOf(planned),
    handoffs: new Map(),
    progress,
    sheets: options.sheets ?? batchSheets(config, deps, planned, deadline, options.browser)
  }
  let outcomes: AssetOutcome[]
  try {
    outcomes = await runAll(ctx, planned, concurrency)
  } finally {
    await ctx.sheets?.close()
  }
  logAssetDetails(deps.logger, outcomes)
  // One annotation per failed asset, so each shows on the run page with its own reason.
  for (const o of outcomes) {
    if (o.row.status === 'failed') {
      deps.logger.error(
        o.failure ?? `Asset '${o.row.name}' failed: ${o.row.error ?? 'unknown error'}`
      )
    }
  }
  await removeSuperseded(config, prepared.filesBefore, store.lock, deps.logger)
  await store.close() // unchanged runs leave the file alone (no churn for users who commit it)
  forget?.()
  return summarise(outcomes, estimate)
}

/**
 * The one error of a batch that stopped early, for lack of credits or of time (it also counts the
 * failures, if any); undefined when it did not. Each waiting asset repeats none of it.
 */
export function stoppedEarlyMessage(batch: BatchOutcome): string | undefined {
  const failed = batch.failed > 0 ? ` ${batch.failed} other asset(s) failed.` : ''
  if (batch.outOfCredits > 0) {
    return (
      `Meshy's credits ran out: ${batch.outOfCredits} of ${batch.rows.length} assets wait in the ` +
      `lockfile for the next run (top up the account, then run again; nothing done is repeated).` +
      failed
    )
  }
  if (batch.outOfTime === 0) return undefined
  const waiting = batch.rows.filter(r => r.stopped === 'out of time')
  const notStarted = waiting.filter(r => r.status === 'not started').length
  const running = waiting.length - notStarted
  return (
    `timeout-minutes was reached: ${notStarted} asset(s) not started (no create was sent after ` +
    `the deadline)${running ? `, ${running} still running at Meshy` : ''}. ` +
    `Re-run: the lockfile resumes where this run stopped, and nothing done is paid again.` +
    failed
  )
}

/** One render session for the batch, when an asset that runs may render. */
function batchSheets(
  config: BatchConfig,
  deps: PipelineDeps,
  planned: PlannedAsset[],
  deadline: number,
  browser: BrowserChoice | undefined
): SheetSession | undefined {
  const renders = planned.some(
    p => p.action.kind === 'run' && (p.asset.render ?? config.render.mode) !== 'false'
  )
  if (!browser || !renders) return undefined
  return sheetSession({
    mode: config.render.mode,
    choice: browser,
    workspace: config.workspace,
    outputDir: config.outputDir,
    logger: deps.logger,
    clock: deps.clock,
    deadline
  })
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
  const names = new Set(planned.map(p => p.asset.name))
  const chained = (p: PlannedAsset) => p.asset.from !== undefined && names.has(p.asset.from)
  const settle = new Map<string, (outcome: AssetOutcome) => void>()
  const outcomes = planned.map(p => new Promise<AssetOutcome>(r => settle.set(p.asset.name, r)))
  const run = async (p: PlannedAsset, source?: AssetOutcome, inherited?: Lease): Promise<void> => {
    // Every line this asset causes starts with its name: assets run interleaved.
    const outcome = await withLogLabel(p.asset.name, () =>
      runAsset(ctx, p, source, inherited)
    ).catch(err => failedOutcome(p.asset.name, errorMessage(err)))
    inherited?.release() // for an asset that ended before it took the slot; else a no-op
    // Why it ran (the plan's reason): what a reviewer of the regenerated asset asks first.
    if (outcome.row.status !== 'unchanged') outcome.row.why = p.verdict.reason
    ctx.progress?.finished(outcome.row)
    // The first asset chained to this one gets its slot; others join the line before new ones.
    let handoff = ctx.handoffs.get(p.asset.name)
    ctx.handoffs.delete(p.asset.name)
    for (const next of planned) {
      if (next.asset.from !== p.asset.name) continue
      if (handoff) void run(next, outcome, handoff)
      else launch(next, 'continuation', outcome)
      handoff = undefined
    }
    handoff?.release()
    // Sheets are drawn beside the queue: this asset's place goes to the next one now.
    const drawn = withLogLabel(p.asset.name, async () => outcome.draw?.()).catch(err =>
      ctx.deps.logger.warning(`Could not draw the render sheets: ${errorMessage(err)}`)
    )
    void drawn.then(() => settle.get(p.asset.name)?.(outcome))
  }
  // An asset given a slot runs outside the pool: at most one per queue slot, and it must not wait
  // behind pool jobs that wait for the very slot it holds.
  const launch = (p: PlannedAsset, priority: SlotPriority, source?: AssetOutcome): void => {
    void pool(() => run(p, source), priority)
  }
  for (const p of planned) if (!chained(p)) launch(p, 'new')
  return Promise.all(outcomes)
}

/** The assets another planned asset is chained to (`from:`). */
function feedsOf(planned: PlannedAsset[]): Set<string> {
  const names = new Set(planned.map(p => p.asset.name))
  return new Set(
    planned.flatMap(p => (p.asset.from && names.has(p.asset.from) ? [p.asset.from] : []))
  )
}

function summarise(outcomes: AssetOutcome[], estimate: number): BatchOutcome {
  const rows = outcomes.map(o => o.row)
  const manifestResults: Record<string, ManifestResult> = Object.create(null)
  for (const row of rows) {
    manifestResults[row.name] = {
      status: row.status,
      'task-ids': row.taskIds,
      files: row.files,
      credits: row.credits,
      ...(row.error ? { error: row.error } : {}),
      ...(row.stats ? { stats: row.stats } : {}),
      ...(row.breaches ? { breaches: row.breaches } : {}),
      ...(row.flags ? { flags: row.flags } : {})
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
    breaches: rows.flatMap(r => (r.breaches ?? []).map(b => `${r.name}: ${b}`)),
    outOfCredits: rows.filter(r => r.stopped === 'out of credits').length,
    outOfTime: rows.filter(r => r.stopped === 'out of time').length,
    estimate
  }
}
