// One task spec, start to finish: create (or pick up) each step, wait, download, and record it all
// in a RunResult. Single-task mode and every batch asset run through here; there is no second path.
import type { Clock } from '../core/clock.js'
import type { TaskSpec } from '../config/types.js'
import {
  ActionError,
  DeadlineError,
  MeshyApiError,
  SubmissionUnknownError,
  TaskFailedError,
  errorMessage,
  toError
} from '../core/errors.js'
import type { Logger } from '../core/log.js'
import type { MeshyClient } from '../meshy/client.js'
import { adoptLostCreate, type AdoptOptions } from '../meshy/reconcile.js'
import type { Transport } from '../meshy/transport.js'
import { isTerminal, type MeshyTask, type Resource } from '../meshy/types.js'
import { formatCoverage, kindForMeshyType, kindOf } from '../tasks/catalogue.js'
import type { RunResult, TaskRecord } from '../core/result.js'
import { downloadTaskAssets } from './fetch-results.js'
import { progressReporter } from './progress.js'
import { shortId } from '../core/format.js'
import { waitForTask } from '../meshy/wait.js'
import type { LiveTasks } from './live-tasks.js'
import { createWhenQueueFree } from './queue-wait.js'

/** The Meshy calls the pipeline and batch make: MeshyClient in the action, a stub in unit tests. */
export type PipelineClient = Pick<MeshyClient, 'create' | 'get' | 'list' | 'stream' | 'balance'>

export interface PipelineDeps {
  client: PipelineClient
  transport: Transport
  clock: Clock
  logger: Logger
  /** Told of every task and create as it happens, for the cancellation report. */
  live?: LiveTasks
}

/** Sends a create; resolves with the task Meshy made (already final when Meshy had the result). */
export type CreateFn = (resource: Resource, body: Record<string, unknown>) => Promise<MeshyTask>

export interface StepHooks {
  /** After each create returns an id, before waiting (the batch lockfile records it here). */
  onCreated?(stepIndex: number, taskId: string, body: Record<string, unknown>): void | Promise<void>
  /** Replaces the default create; receives it so it can wrap it (queue control in batch mode). */
  create?(
    resource: Resource,
    body: Record<string, unknown>,
    defaultCreate: CreateFn
  ): Promise<MeshyTask>
  /** After each task reaches a terminal state. */
  onFinished?(stepIndex: number, task: MeshyTask): void | Promise<void>
}

export interface ExecuteOptions {
  spec: TaskSpec
  workspace: string
  /** Every file is written inside this folder (checked against its real path before each write). */
  outputDir: string
  /**
   * Folder for this run's files, given the last task's id: the id this run created or was given,
   * never the one an API answer echoes back (an answer could name any path).
   */
  fileDir: (taskId: string) => string
  deadline: number
  wait: boolean
  /** Task ids already created for the first steps (resume): picked up, never created again. */
  existing?: string[]
  /** Validate downloaded glTF models (default true; `validate: off` turns it off). */
  validate?: boolean
  hooks?: StepHooks
  /** Progress lines show `preview 01a22093…`: batch lines already name the asset. */
  shortIds?: boolean
}

/** Runs every step of the spec. Never throws: a failure is returned in RunResult.error. */
export async function executeSpec(deps: PipelineDeps, opts: ExecuteOptions): Promise<RunResult> {
  const result: RunResult = { tasks: [], files: [] }
  try {
    const steps = kindOf(opts.spec.task).steps(opts.spec)
    let previous: MeshyTask | undefined
    let last: TaskRecord | undefined
    let lastId = ''
    for (const [index, step] of steps.entries()) {
      const existing = opts.existing?.[index]
      const startedAt = deps.clock.now()
      if (!existing && !previous && step.readsInputTask && opts.spec.inputTaskId) {
        previous = await deps.client.get(opts.spec.inputTaskId, { deadline: opts.deadline })
      }
      const created = existing
        ? undefined
        : await createStep(deps, opts, index, step.resource, step.body(previous))
      const id = created?.id ?? existing!
      const record: TaskRecord = {
        task: created ?? { id, status: 'PENDING' },
        resource: step.resource,
        startedAt
      }
      result.tasks.push(record)
      deps.live?.add(record)
      if (!opts.wait) {
        if (!created) record.task = await deps.client.get(id, { deadline: opts.deadline })
        return result
      }
      const shown = opts.shortIds ? shortId(id) : id
      // A create reply can already be final (Meshy had the result): no wait then.
      if (!isTerminal(record.task.status))
        record.task = await settle(deps, id, opts.deadline, `${step.name} ${shown}`)
      record.endedAt = deps.clock.now()
      await opts.hooks?.onFinished?.(index, record.task)
      assertSucceeded(record.task)
      previous = record.task
      last = record
      lastId = id
    }
    if (last) await collectFiles(deps, opts, last, lastId, result)
  } catch (err) {
    result.error = toError(err)
  }
  return result
}

export interface PickUpOptions extends Omit<ExecuteOptions, 'spec' | 'existing' | 'hooks'> {
  taskId: string
  spec: Pick<TaskSpec, 'formats' | 'download'>
}

/** Where a picked-up task was made, from its `type`; one route reads every type anyway. */
function resourceOf(task: MeshyTask): Resource {
  return (
    kindForMeshyType(task.type)?.resource ?? { version: 'v2', path: 'tasks', type: task.type ?? '' }
  )
}

/** Picks up an existing task by id: waits, downloads, reports. Makes no POST. */
export async function pickUpTask(deps: PipelineDeps, opts: PickUpOptions): Promise<RunResult> {
  const result: RunResult = { tasks: [], files: [] }
  try {
    const startedAt = deps.clock.now()
    const first = await deps.client.get(opts.taskId, { deadline: opts.deadline })
    const record: TaskRecord = { task: first, resource: resourceOf(first), startedAt }
    result.tasks.push(record)
    deps.live?.add(record)
    if (!opts.wait) return result
    record.task = isTerminal(first.status)
      ? first
      : await settle(deps, opts.taskId, opts.deadline, `${first.type ?? 'task'} ${opts.taskId}`)
    record.endedAt = deps.clock.now()
    assertSucceeded(record.task)
    await collectFiles(deps, opts, record, opts.taskId, result)
  } catch (err) {
    result.error = toError(err)
  }
  return result
}

async function createStep(
  deps: PipelineDeps,
  opts: ExecuteOptions,
  index: number,
  resource: Resource,
  body: Record<string, unknown>
): Promise<MeshyTask> {
  const defaultCreate: CreateFn = (r, b) => createOnce(deps, r, b, opts.deadline)
  // Batch mode gates its own queue and waits through the same policy; a single task waits here.
  const task = opts.hooks?.create
    ? await opts.hooks.create(resource, body, defaultCreate)
    : await createWhenQueueFree(deps, () => defaultCreate(resource, body), opts.deadline)
  const id = task.id
  deps.logger.info(`Created Meshy task ${id} (${resource.path})`)
  // Known from now on, even while the lockfile hook below is still writing.
  deps.live?.add({ task: { id, status: 'PENDING' }, resource, startedAt: deps.clock.now() })
  await opts.hooks?.onCreated?.(index, id, body)
  return task
}

/**
 * Sends a create once. When the reply is lost after the request may have arrived, looks for the
 * task Meshy made instead of sending again (a second POST could bill twice).
 */
export async function createOnce(
  deps: PipelineDeps,
  resource: Resource,
  body: Record<string, unknown>,
  deadline: number
): Promise<MeshyTask> {
  const sentAt = deps.clock.now()
  const done = deps.live?.creating(resource)
  try {
    return await deps.client.create(resource, body, { deadline })
  } catch (err) {
    if (!(err instanceof SubmissionUnknownError)) throw err
    deps.logger.warning(`The reply to a create was lost; looking for the task it may have made.`)
    const adopted = await lookForLostCreate(deps.client, resource, body, sentAt, deadline, {
      clock: deps.clock
    })
    if (adopted) {
      deps.logger.info(
        `Found the task the lost request created: ${adopted.id}. Not sending it again.`
      )
      return adopted
    }
    throw new SubmissionUnknownError(
      lostCreateMessage(resource, 'no matching task appeared in the task list')
    )
  } finally {
    done?.()
  }
}

/**
 * Looks for the task a lost create made. A list request that fails (a 404 or 405 where Meshy
 * has no list endpoint, as its MCP server says of rigging and animation; or any other error)
 * cannot tell whether a task was made: that is "outcome unknown", never "nothing was created".
 */
export async function lookForLostCreate(
  client: Pick<MeshyClient, 'list'>,
  resource: Resource,
  body: Record<string, unknown>,
  sentAt: number,
  deadline: number,
  options: AdoptOptions
): Promise<MeshyTask | undefined> {
  try {
    return await adoptLostCreate(client, resource, body, sentAt, deadline, options)
  } catch (err) {
    const why =
      err instanceof MeshyApiError && (err.status === 404 || err.status === 405)
        ? `Meshy has no task list for ${resource.type} to look in (${err.status})`
        : `the task list could not be read (${errorMessage(err)})`
    throw new SubmissionUnknownError(lostCreateMessage(resource, why))
  }
}

/** What the user reads when a create's outcome stays unknown: how to check, and that we stopped. */
export function lostCreateMessage(resource: Resource, why: string): string {
  return (
    `Submission outcome unknown: a create request to ${resource.path} was sent but its reply was lost, ` +
    `and ${why}. It was NOT sent again and will not be sent again automatically, to avoid paying twice. ` +
    `Check the Meshy dashboard (or GET /openapi/v2/tasks?type=${resource.type}&sort_by=-created_at) ` +
    `for a task created at that time; if there is one, collect it with 'task-id: <id>'.`
  )
}

/** Waits for a terminal state; on a timeout, says how to resume. */
async function settle(
  deps: PipelineDeps,
  id: string,
  deadline: number,
  /** Names the task in progress lines, e.g. `preview <id>`. */
  label: string
): Promise<MeshyTask> {
  return waitForTask(deps.client, id, {
    deadline,
    clock: deps.clock,
    logger: deps.logger,
    onProgress: withLive(deps, progressReporter(deps.logger, deps.clock, label))
  }).catch(err => {
    if (err instanceof DeadlineError) throw timeoutError(id)
    throw err
  })
}

function withLive(deps: PipelineDeps, report: (t: MeshyTask) => void): (t: MeshyTask) => void {
  return task => {
    deps.live?.update(task)
    report(task)
  }
}

/** FAILED and CANCELED end the run with Meshy's own task_error. */
function assertSucceeded(task: MeshyTask): void {
  if (task.status === 'SUCCEEDED') return
  const e = task.task_error ?? {}
  throw new TaskFailedError(task.id, task.status, e.type, e.code, e.message || undefined)
}

function timeoutError(id: string): DeadlineError {
  return new DeadlineError(
    id,
    `Timed out waiting for Meshy task ${id}; it is still running at Meshy and nothing is lost. ` +
      `To collect it without paying again, rerun with 'task-id: ${id}' (and a larger 'timeout-minutes' if needed).`
  )
}

async function collectFiles(
  deps: PipelineDeps,
  opts: Pick<ExecuteOptions, 'fileDir' | 'workspace' | 'outputDir' | 'deadline' | 'validate'> & {
    spec: Pick<TaskSpec, 'formats' | 'download'>
  },
  { task, resource }: TaskRecord,
  taskId: string,
  result: RunResult
): Promise<void> {
  const noModel = checkFormats(deps.logger, task, opts.spec)
  const dir = opts.fileDir(taskId)
  const { files, error } = await downloadTaskAssets(deps, {
    // The id we know, not the echo: it names the folder, the re-sign request and the records.
    task: { ...task, id: taskId },
    resource,
    dir,
    workspace: opts.workspace,
    outputDir: opts.outputDir,
    formats: opts.spec.formats,
    kinds: opts.spec.download,
    validate: opts.validate ?? true,
    // timeout-minutes bounds the downloads too: a host that trickles a file must not keep the
    // step running (nor leave it without outputs). A download cut off here is collected again
    // with task-id, without paying again.
    deadline: opts.deadline
  })
  result.files.push(...files)
  if (error) throw error
  if (noModel) throw noModel
}

/**
 * Warns about requested formats the task does not have. When models were to be downloaded and
 * none of the requested formats exists, returns the error that fails the step: a later step
 * would otherwise break on an empty model-file.
 */
function checkFormats(
  logger: Logger,
  task: MeshyTask,
  spec: Pick<TaskSpec, 'formats' | 'download'>
): ActionError | undefined {
  const { missing, available } = formatCoverage(task, spec.formats)
  if (missing.length === 0) return undefined
  const has = available.length > 0 ? available.join(', ') : 'none'
  logger.warning(
    `Meshy task ${task.id} has no ${missing.join(', ')} file (requested in formats). Formats it has: ${has}.`
  )
  if (!spec.download.includes('model') || missing.length < spec.formats.length) return undefined
  return new ActionError(
    `None of the requested formats (${spec.formats.join(', ')}) exists for Meshy task ${task.id}; ` +
      `it has: ${has}. Set formats to one of those, then collect it again with 'task-id: ${task.id}'.`
  )
}
