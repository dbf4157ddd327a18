// Runs one manifest asset through the shared pipeline (executeSpec), with hooks that keep the
// lockfile current after every create and completion, hold a queue slot per task at Meshy, and
// look for the task of a create that a crashed run sent before creating it again.
import { join } from 'node:path'
import { judgeModels, type QualityGates } from '../../assets/quality-gates.js'
import type { BatchConfig, TaskSpec } from '../../config/types.js'
import {
  DeadlineError,
  MeshyApiError,
  OutOfCreditsError,
  OutOfTimeError,
  SubmissionUnknownError,
  TaskFailedError,
  errorMessage
} from '../../core/errors.js'
import type { MeshyTask, Resource } from '../../meshy/types.js'
import type { RenderMode } from '../../config/render.js'
import type { SheetSession } from '../../render/sheet-session.js'
import {
  executeSpec,
  lookForLostCreate,
  type CreateFn,
  type PipelineDeps,
  type StepHooks
} from '../../run/pipeline.js'
import { createWhenQueueFree } from '../../run/queue-wait.js'
import { kindForMeshyType, kindOf, printableVerdict } from '../../tasks/catalogue.js'
import type { BatchRow, StopReason } from '../../report/types.js'
import { totalCredits, type DownloadedFile, type RunResult } from '../../core/result.js'
import { isOutOfCredits } from '../../plan/budget.js'
import {
  downloadedQuality,
  heightFlags,
  recordedQuality,
  withPrintability
} from './asset-quality.js'
import {
  keepPrevious,
  newSheets,
  previousSheet,
  type KeptModel,
  type SheetContext
} from './asset-sheets.js'
import { finalStatus } from './final-status.js'
import type { LockStore } from '../lockfile/lock-store.js'
import { lockStatus, lockedFiles, type LockEntry } from '../lockfile/lockfile.js'
import type { PlannedAsset } from './plan-batch.js'
import type { BatchProgress } from './progress-line.js'
import { AssetSlot, type Lease, type QueueGate } from './scheduler.js'

export interface BatchContext {
  deps: PipelineDeps
  config: BatchConfig
  store: LockStore
  /** Set at the first 402 from a create: no further create is sent in this run. */
  credits: { out: boolean }
  gate: QueueGate
  deadline: number
  /** Every task id this batch knows of: never adopted for another asset's lost create. */
  known: Set<string>
  /** Assets another asset of this run is chained to (`from:`): they hand their slot on. */
  feeds: Set<string>
  /** Slots handed on by finished assets, by asset name, until their chained asset takes them. */
  handoffs: Map<string, Lease>
  progress?: BatchProgress
  /** Draws render sheets (one browser for the batch); absent when no asset renders. */
  sheets?: SheetSession
}

export interface AssetOutcome {
  row: BatchRow
  result: RunResult
  /** The asset's last task when it succeeded (what a chained asset starts from). */
  lastTaskId?: string
  /** For a failed asset: one line naming the asset, the step, Meshy's reason and the task id. */
  failure?: string
  /**
   * Draws the asset's render sheets into its row and files. Called beside the queue, after the
   * asset has given its place back: creates never wait for a drawing.
   */
  draw?: () => Promise<void>
}

type Running = Extract<PlannedAsset['action'], { kind: 'run' }>

/** Why an asset's work stopped for this run without failing: the next run goes on with it. */
function stoppedFor(error: unknown): StopReason | undefined {
  if (error instanceof OutOfCreditsError) return 'out of credits'
  if (error instanceof OutOfTimeError) return 'out of time'
  // A task still running at Meshy at the deadline: its id is in the lockfile, which resumes it.
  if (error instanceof DeadlineError && error.taskId) return 'out of time'
  return undefined
}

export async function runAsset(
  ctx: BatchContext,
  planned: PlannedAsset,
  source?: AssetOutcome,
  /** The queue slot its source handed on (see AssetSlot.handOver). */
  inherited?: Lease
): Promise<AssetOutcome> {
  const { asset } = planned
  const entry = ctx.store.lock.assets[asset.name]
  if (planned.action.kind === 'unchanged') return unchangedOutcome(asset.name, entry, asset.quality)
  if (asset.from && !source?.lastTaskId && source?.row.stopped) {
    return notStartedOutcome(asset.name, source.row.stopped)
  }
  if (asset.from && !source?.lastTaskId) {
    const outcome = failedOutcome(
      asset.name,
      `its source asset '${asset.from}' did not succeed in this run`
    )
    return {
      ...outcome,
      failure: `Asset '${asset.name}' failed at step 'from': ${outcome.row.error}`
    }
  }
  const action = planned.action
  const spec = source?.lastTaskId ? { ...asset.spec, inputTaskId: source.lastTaskId } : asset.spec
  const render = asset.render ?? ctx.config.render.mode
  const { workspace, outputDir } = ctx.config
  const sheetCtx = { sheets: ctx.sheets, workspace, outputDir }
  // Kept now: the download below replaces the file. Not once creates stopped: it would wait.
  const kept =
    createsStopped(ctx) && planned.creates ? undefined : await keepPrevious(sheetCtx, render, entry)
  const record = startEntry(ctx, planned, action)
  const resumed = action.existing.length > 0 || action.pending !== undefined
  if (resumed) {
    ctx.progress?.active(asset.name)
    ctx.deps.logger.info(`Resuming task(s) ${action.existing.join(', ') || '(lost create)'}`)
  }
  // A chained or resumed asset continues work already under way: it goes before new assets.
  const slot = new AssetSlot(
    ctx.gate,
    asset.from || resumed ? 'continuation' : 'new',
    () => ctx.progress?.active(asset.name),
    inherited
  )
  let result: RunResult
  try {
    result = await executeSpec(ctx.deps, {
      spec,
      workspace: ctx.config.workspace,
      outputDir: ctx.config.outputDir,
      fileDir: () => join(ctx.config.outputDir, asset.name),
      deadline: ctx.deadline,
      wait: ctx.config.wait,
      validate: asset.quality.validate !== 'off',
      existing: action.existing,
      shortIds: true,
      hooks: hooks(ctx, asset.name, record, action, slot, kindOf(spec.task).steps(spec).length)
    })
  } catch (err) {
    slot.drop()
    throw err
  }
  // An asset made for a chained one keeps its slot for it: the meshes still waiting in line
  // would otherwise take it before the chained asset asks.
  const handoff = ctx.feeds.has(asset.name) && !result.error ? slot.handOver() : undefined
  if (handoff) ctx.handoffs.set(asset.name, handoff)
  slot.drop()
  const models = result.files.flatMap(f => (f.stats ? [f.stats] : []))
  for (const note of judgeModels(models, asset.quality).notes) ctx.deps.logger.warning(note)
  const flags = heightFlags(result.files, spec.height)
  for (const flag of flags) ctx.deps.logger.warning(flag)
  if (result.error instanceof SubmissionUnknownError && record.pending) {
    result.error = new SubmissionUnknownError(
      `${errorMessage(result.error)} The lockfile keeps this asset's unanswered create: the next ` +
        `run looks for its task again and never creates it on its own. To create it anew, remove ` +
        `the asset's entry from the lockfile.`
    )
  }
  const stopped = stoppedFor(result.error)
  if (stopped && result.tasks.length === 0) {
    // Nothing of it exists at Meshy: the entry stays as this run found it.
    await restoreEntry(ctx, asset.name, entry)
    return withSheets(notStartedOutcome(asset.name, stopped), { ...sheetCtx, render, kept })
  }
  if (result.error instanceof DeadlineError && result.error.taskId) {
    // The single-task advice ("rerun with task-id") is wrong here: the lockfile resumes it.
    const id = result.error.taskId
    result.error = new DeadlineError(id, `task ${id} was still running at Meshy at the deadline`)
  }
  await finishEntry(ctx, asset.name, record, result)
  const row: BatchRow = {
    name: asset.name,
    status: stopped ? 'waiting' : result.error ? 'failed' : resumed ? 'resumed' : 'generated',
    credits: totalCredits(result),
    taskIds: result.tasks.map(t => t.task.id),
    files: result.files.map(f => f.path),
    ...(result.error ? { error: stopped ?? errorMessage(result.error) } : {}),
    ...(stopped ? { stopped } : {}),
    ...withPrintability(
      downloadedQuality(result.files, asset.quality),
      analysisOf(spec.task, record.printable),
      asset.quality
    ),
    ...(flags.length > 0 ? { flags } : {})
  }
  const last = result.tasks.at(-1)?.task
  const outcome: AssetOutcome = {
    row,
    result,
    lastTaskId: !result.error && last?.status === 'SUCCEEDED' ? last.id : undefined,
    ...(result.error && !stopped ? { failure: describeFailure(asset.name, spec, result) } : {})
  }
  // After the entry is recorded: a crash while drawing must not cost a re-download.
  return withSheets(outcome, { ...sheetCtx, render, kept }, result.files)
}

/** Adds the drawing of the old model's sheet and of this run's models (render-mode allowing). */
function withSheets(
  outcome: AssetOutcome,
  ctx: SheetContext & { render: RenderMode; kept?: KeptModel },
  files: DownloadedFile[] = []
): AssetOutcome {
  if (!ctx.sheets || (!ctx.kept && !files.length)) return outcome
  outcome.draw = async () => {
    const previous = ctx.kept ? await previousSheet(ctx, ctx.kept) : undefined
    const sheets = await newSheets(ctx, ctx.render, files)
    outcome.result.files.push(...sheets)
    if (sheets.length) outcome.row.files = outcome.result.files.map(f => f.path)
    if (sheets[0]) outcome.row.sheet = sheets[0].path
    if (previous) outcome.row.previous = previous
  }
  return outcome
}

/** After a 402 or at the deadline, no asset sends another create in this run. */
function createsStopped(ctx: BatchContext): boolean {
  return ctx.credits.out || ctx.deps.clock.now() >= ctx.deadline
}

/**
 * "Asset 'chair' failed at step 'refine' (task 0190…): <Meshy's task_error.message>". The step
 * is the one whose task did not succeed, the create that did not go through, or the download.
 */
export function describeFailure(name: string, spec: TaskSpec, result: RunResult): string {
  const steps = kindOf(spec.task).steps(spec)
  const count = result.tasks.length
  const last = result.tasks.at(-1)?.task
  let step: string
  let task: MeshyTask | undefined
  if (last && last.status !== 'SUCCEEDED') [step, task] = [steps[count - 1]?.name ?? 'task', last]
  else if (count >= steps.length) [step, task] = ['download', last]
  else step = steps[count]?.name ?? 'create'
  const err = result.error
  const reason =
    err instanceof TaskFailedError && task?.task_error?.message
      ? task.task_error.message
      : errorMessage(err)
  const id = task ? `task ${task.id}` : 'no task created'
  return `Asset '${name}' failed at step '${step}' (${id}): ${reason}`
}

function startEntry(ctx: BatchContext, planned: PlannedAsset, action: Running): LockEntry {
  const old = ctx.store.lock.assets[planned.asset.name]
  const entry: LockEntry = {
    hash: planned.hash,
    task: planned.asset.spec.task,
    status: action.existing.length > 0 || action.pending ? (old?.status ?? 'PENDING') : 'PENDING',
    'task-ids': [...action.existing],
    model: old?.model ?? (planned.asset.spec.aiModel || 'default'),
    files: [],
    credits: 0,
    updated: iso(ctx),
    inputs: planned.inputs,
    ...(action.pending
      ? {
          pending: {
            step: action.pending.step,
            'sent-at': new Date(action.pending.sentAt).toISOString()
          }
        }
      : {})
  }
  ctx.store.lock.assets[planned.asset.name] = entry
  return entry
}

async function restoreEntry(ctx: BatchContext, name: string, old: LockEntry | undefined) {
  if (old) ctx.store.lock.assets[name] = old
  else delete ctx.store.lock.assets[name]
  await ctx.store.record(name)
}

function hooks(
  ctx: BatchContext,
  name: string,
  entry: LockEntry,
  action: Running,
  slot: AssetSlot,
  stepCount: number
): StepHooks {
  let nextStep = action.existing.length
  let lost = action.pending
  return {
    create: async (resource, body, defaultCreate) => {
      const step = nextStep++
      await slot.take()
      if (lost && lost.step === step) {
        const adopted = await adoptAfterCrash(ctx, resource, body, lost.sentAt)
        lost = undefined
        if (adopted) return adopted
      }
      if (ctx.credits.out) {
        slot.drop()
        throw new OutOfCreditsError('not sent: out of credits')
      }
      // timeout-minutes bounds what the run pays for too: a task created now could not be waited for.
      if (ctx.deps.clock.now() >= ctx.deadline) {
        slot.drop()
        throw new OutOfTimeError('not sent: out of time')
      }
      entry.pending = { step, 'sent-at': iso(ctx) }
      entry.updated = iso(ctx)
      await ctx.store.record(name) // before the POST: a crash after it leaves a trail to reconcile
      try {
        const task = await createWhenRoom(ctx, resource, body, defaultCreate)
        ctx.known.add(task.id)
        return task
      } catch (err) {
        slot.drop()
        if (certainlyNotCreated(err) || stoppedFor(err) !== undefined) delete entry.pending
        if (!isOutOfCredits(err)) throw err
        stopCreates(ctx)
        throw new OutOfCreditsError(errorMessage(err))
      }
    },
    onCreated: async (step, taskId) => {
      entry['task-ids'] = [...entry['task-ids'].slice(0, step), taskId]
      delete entry.pending
      entry.status = 'IN_PROGRESS'
      entry.updated = iso(ctx)
      await ctx.store.record(name)
    },
    onFinished: async (step, task) => {
      const last = step === stepCount - 1
      slot.stepDone(task.status === 'SUCCEEDED' && (!last || ctx.feeds.has(name)))
      noteTask(entry, task)
      entry.status = last ? lockStatus(task.status) : 'IN_PROGRESS'
      // Until the files are recorded, a crash must not leave an entry that looks complete.
      if (last) entry.error = 'the run ended before its files were downloaded'
      entry.updated = iso(ctx)
      await ctx.store.record(name)
    }
  }
}

function stopCreates(ctx: BatchContext): void {
  if (ctx.credits.out) return
  ctx.credits.out = true
  ctx.deps.logger.info(
    'Meshy refused a create for lack of credits (402): no further create is sent in this run; ' +
      'tasks already created are still waited for and downloaded.'
  )
}

async function adoptAfterCrash(
  ctx: BatchContext,
  resource: Resource,
  body: Record<string, unknown>,
  sentAt: number
): Promise<MeshyTask | undefined> {
  // A lookup that cannot answer throws "outcome unknown": the entry keeps its pending create
  // and no run sends it again on its own (the message says how to check and collect it).
  const task = await lookForLostCreate(ctx.deps.client, resource, body, sentAt, ctx.deadline, {
    exclude: ctx.known,
    clock: ctx.deps.clock
  })
  if (!task) return undefined
  ctx.deps.logger.info(
    `Found task ${task.id}, created by an earlier run whose reply was lost; not creating it again.`
  )
  ctx.known.add(task.id)
  return task
}

/** Sends the create through the one queue-full policy (queue-wait.ts), pausing on the gate. */
async function createWhenRoom(
  ctx: BatchContext,
  resource: Resource,
  body: Record<string, unknown>,
  create: CreateFn
): Promise<MeshyTask> {
  try {
    return await createWhenQueueFree(ctx.deps, () => create(resource, body), ctx.deadline, {
      pause: ms => ctx.gate.waitForRoom(ms),
      // The 429 created nothing; after another asset's 402 the create is not sent again.
      beforeResend: () => {
        if (ctx.credits.out) throw new OutOfCreditsError('not sent again: out of credits')
      }
    })
  } catch (err) {
    // The queue stayed full until the deadline: nothing was created, the next run starts it.
    if (err instanceof DeadlineError) throw new OutOfTimeError('not sent: out of time')
    throw err
  }
}

/**
 * Only Meshy's own 4xx answer to the POST proves it made nothing. A lost reply or a 5xx may hide
 * a created task, and so may any failure of the lookup after a lost reply (a list request's
 * 404/405 says nothing about the create).
 */
function certainlyNotCreated(err: unknown): boolean {
  return (
    err instanceof MeshyApiError && err.method === 'POST' && err.status >= 400 && err.status < 500
  )
}

async function finishEntry(
  ctx: BatchContext,
  name: string,
  entry: LockEntry,
  result: RunResult
): Promise<void> {
  // Digests first: other assets save the whole lockfile at any await, and it must never show
  // this entry SUCCEEDED without its files (a crash then would make it look complete).
  // Render sheets are the action's own pictures, not results: the lockfile lists what Meshy made.
  const files = result.error
    ? undefined
    : await lockedFiles(result.files.filter(f => f.kind !== 'render'))
  const last = result.tasks.at(-1)?.task
  if (last) noteTask(entry, last)
  entry.credits = totalCredits(result)
  entry.status = lockStatus(finalStatus(entry, result))
  entry.updated = iso(ctx)
  if (result.error) entry.error = errorMessage(result.error)
  else {
    delete entry.error
    entry.files = files ?? []
  }
  await ctx.store.record(name)
}

/** A print-analyze asset's verdict for the printability gate; other tasks have none. */
function analysisOf(task: string, printable: boolean | undefined) {
  return task === 'print-analyze' ? { verdict: printable } : undefined
}

function noteTask(entry: LockEntry, task: MeshyTask): void {
  if (typeof task.ai_model === 'string' && task.ai_model) entry.model = task.ai_model
  // Recorded so that a re-run judges the printability gate again without a request.
  const verdict = printableVerdict(task)
  if (kindForMeshyType(task.type)?.task === 'print-analyze' && verdict !== undefined)
    entry.printable = verdict
  if (typeof task.expires_at === 'number' && task.expires_at > 0) {
    entry['expires-at'] = new Date(task.expires_at).toISOString()
  }
}

function unchangedOutcome(name: string, entry: LockEntry, gates: QualityGates): AssetOutcome {
  const row: BatchRow = {
    name,
    status: 'unchanged',
    credits: 0,
    taskIds: entry['task-ids'],
    files: entry.files.map(f => f.path),
    ...withPrintability(
      recordedQuality(entry.files, gates),
      analysisOf(entry.task, entry.printable),
      gates
    )
  }
  return { row, result: { tasks: [], files: [] }, lastTaskId: entry['task-ids'].at(-1) }
}

/**
 * An asset this run did not start because the credits or the time ran out (`why`); its entry is
 * untouched. A sheet of its old model drawn before the refusal rides along only to be removed
 * after the report.
 */
function notStartedOutcome(name: string, why: StopReason): AssetOutcome {
  const row = { ...emptyRow(name, 'not started', why), stopped: why }
  return { row, result: { tasks: [], files: [] } }
}

export function failedOutcome(name: string, message: string): AssetOutcome {
  const row = emptyRow(name, 'failed', message)
  return { row, result: { tasks: [], files: [], error: new Error(message) } }
}

/** The row of an asset that created nothing in this run. */
function emptyRow(name: string, status: BatchRow['status'], error: string): BatchRow {
  return { name, status, credits: 0, taskIds: [], files: [], error }
}

function iso(ctx: BatchContext): string {
  return new Date(ctx.deps.clock.now()).toISOString()
}
