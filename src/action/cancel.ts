// When the runner cancels the step (the run was cancelled, or the step's own `timeout-minutes:`
// ran out) it sends SIGINT, then SIGTERM, then kills the process. Meshy does not stop: every
// task already created keeps running and is charged. So, at once and without any request:
// set the outputs known so far, write a short summary, and say per running task how to
// collect it later. Everything here is synchronous so it finishes inside the grace period.
import { batchLockfile } from '../config/lockfile-path.js'
import type { Config } from '../config/types.js'
import type { ActionCore } from './deps.js'
import type { LiveTasks } from '../run/live-tasks.js'
import type { Logger } from '../core/log.js'
import { resourcePath } from '../meshy/types.js'
import { writeOutputs } from '../report/outputs.js'
import { renderCancelSummary, writeSummaryNow } from '../report/summary.js'
import { safeText } from '../core/redact.js'
import type { TaskRecord } from '../core/result.js'
import type { SignalSource } from '../core/signals.js'
import { errorMessage } from '../core/errors.js'

export const ACTION_REF = 'meshy-action/meshy-action@v1'

export interface CancelContext {
  config: Config
  core: Pick<ActionCore, 'setOutput' | 'setFailed'>
  env: NodeJS.ProcessEnv
  logger: Logger
  live: LiveTasks
  signals: SignalSource
  /** Called once the cancellation report is written, so the post step does not repeat it. */
  reported?: () => void
}

/** Reports and exits on the first signal; returns the function that stops watching. */
export function watchCancellation(ctx: CancelContext): () => void {
  let handled = false
  return ctx.signals.onSignal(signal => {
    if (handled) return
    handled = true
    try {
      reportCancellation(ctx, signal)
      ctx.reported?.()
    } finally {
      ctx.signals.exit(1)
    }
  })
}

export function reportCancellation(ctx: CancelContext, signal: string): void {
  const { config, logger, live } = ctx
  const running = live.running()
  const pendingCreates = live.pendingCreates()
  logger.warning(
    `The step was cancelled (${signal}). ${running.length} Meshy task(s) still running; ` +
      'outputs and the job summary hold what is known so far.'
  )
  for (const record of running) logger.warning(runningTaskNotice(record, config.testMode))
  const lockfile = lockfileOf(config)
  for (const resource of pendingCreates) {
    logger.warning(
      `A create request to ${resourcePath(resource)} was sent and its reply had not arrived: ` +
        'Meshy may have created (and will charge for) a task this run never heard of. ' +
        (lockfile
          ? 'The lockfile marks it pending, so the next run looks for that task before creating again.'
          : "Check the Meshy dashboard; collect it with 'task-id: <id>'.")
    )
  }
  // A batch's lockfile takes what its journal holds now, so a step that commits it after the
  // cancellation (`if: always()`) commits every task id paid for.
  live.saveNow(err =>
    logger.warning(`Could not write the lockfile: ${safeText(errorMessage(err))}`)
  )
  if (lockfile) {
    logger.info(
      `The lockfile ${lockfile} is consistent: it records every task created so far, and the ` +
        'next run with this manifest resumes them by id instead of paying for them again.'
    )
  }
  writeOutputs(ctx.core.setOutput, config, { tasks: live.all(), files: [] })
  writeSummary(ctx, signal, running, pendingCreates.length, lockfile)
  ctx.core.setFailed(
    safeText(
      `Cancelled (${signal}) before the run finished` +
        (running.length ? `; Meshy keeps running ${running.map(r => r.task.id).join(', ')}.` : '.')
    )
  )
}

function runningTaskNotice(record: TaskRecord, testMode: boolean): string {
  const { id, type, status } = record.task
  return (
    `Meshy task ${id} (${type ?? resourcePath(record.resource)}, ${status}) keeps running at ` +
    'Meshy, and is charged for, although this step stopped. To collect it later without ' +
    `paying again, run this step:\n${collectStep(id, testMode)}`
  )
}

/** The step that collects a task later; a test-mode task is only visible to the test key. */
export function collectStep(taskId: string, testMode = false): string {
  return [
    `- uses: ${ACTION_REF}`,
    '  with:',
    testMode ? '    test-mode: true' : '    api-key: ${{ secrets.MESHY_API_KEY }}',
    `    task-id: ${taskId.replace(/[^A-Za-z0-9-]/g, '')}`
  ].join('\n')
}

/** Batch mode's lockfile, workspace-relative as the user wrote it. */
export function lockfileOf(config: Config): string | undefined {
  if (config.mode !== 'batch') return undefined
  return batchLockfile(config)
}

function writeSummary(
  ctx: CancelContext,
  signal: string,
  running: TaskRecord[],
  pendingCreates: number,
  lockfile: string | undefined
): void {
  if (!ctx.config.summary) return
  try {
    const { config } = ctx
    const title =
      config.mode === 'create' ? config.spec.task : config.mode === 'batch' ? 'batch' : 'task-id'
    const markdown = renderCancelSummary({
      title,
      signal,
      tasks: ctx.live.all(),
      running,
      pendingCreates,
      collectStep: id => collectStep(id, ctx.config.testMode),
      lockfile,
      testMode: ctx.config.testMode
    })
    writeSummaryNow(markdown, ctx.env)
  } catch (err) {
    ctx.logger.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}
