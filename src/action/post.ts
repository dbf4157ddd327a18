// The post step (action.yml `runs.post`, run even when the main step failed or was cancelled).
// When the main step wrote its own report it does nothing; when the main step was killed before
// that, it reports the tasks saved as they were created, with no request to Meshy.
import { collectStep } from './cancel.js'
import type { Logger } from '../core/log.js'
import { renderPostSummary } from '../report/post-summary.js'
import { writeSummaryNow } from '../report/summary.js'
import { readSavedRun, type SavedRun } from './run-state.js'
import { errorMessage } from '../core/errors.js'

export function runPost(env: NodeJS.ProcessEnv, logger: Logger): void {
  const run = readSavedRun(env)
  if (!run || run.reported) {
    logger.debug('The main step wrote its own report; nothing to add.')
    return
  }
  for (const line of postLines(run)) logger.warning(line)
  if (env.INPUT_SUMMARY === 'false') return
  try {
    writeSummaryNow(
      renderPostSummary(run, id => collectStep(id, run.testMode)),
      env
    )
  } catch (err) {
    logger.warning(`Could not write the job summary: ${errorMessage(err)}`)
  }
}

/** The log's version of the summary: what was created and how to collect it. */
export function postLines(run: SavedRun): string[] {
  if (run.tasks.length === 0) {
    return ['The main step stopped before its report, and before it had created any Meshy task.']
  }
  // A batch may have created thousands: the summary's table has them all.
  const shown = run.tasks.slice(0, 20).map(t => t.id)
  const more = run.tasks.length - shown.length
  const ids = shown.join(', ') + (more > 0 ? ` and ${more} more (see the job summary)` : '')
  const head = `The main step stopped before its report. Meshy tasks it had created or picked up: ${ids}.`
  if (run.batch) {
    return [
      `${head} The lockfile ${run.lockfile ?? ''} resumes them: its journal (.journal beside ` +
        'it, left by the killed step) holds every task id, and the next run that finds it ' +
        'replays it instead of paying again. Commit the journal with the lockfile ' +
        "(git add -f), or collect each task with 'task-id: <id>'."
    ]
  }
  const last = run.tasks.at(-1)?.id ?? ''
  return [
    `${head} Collect the last one later, without paying again, with this step:\n` +
      collectStep(last, run.testMode)
  ]
}
