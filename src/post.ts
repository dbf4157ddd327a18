// The post step (action.yml `runs.post`, run even when the main step failed or was cancelled).
// When the main step wrote its own report it does nothing; when the main step was killed before
// that, it reports the tasks saved as they were created, with no request to Meshy.
import { collectStep } from './cancel.js'
import type { Logger } from './log.js'
import { renderPostSummary } from './report/post-summary.js'
import { writeSummaryNow } from './report/summary.js'
import { readSavedRun, type SavedRun } from './run-state.js'

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
    logger.warning(`Could not write the job summary: ${String(err)}`)
  }
}

/** The log's version of the summary: what was created and how to collect it. */
export function postLines(run: SavedRun): string[] {
  if (run.tasks.length === 0) {
    return ['The main step stopped before its report, and before it had created any Meshy task.']
  }
  const ids = run.tasks.map(t => t.id).join(', ')
  const head = `The main step stopped before its report. Meshy tasks it had created or picked up: ${ids}.`
  if (run.batch) {
    return [
      `${head} The lockfile ${run.lockfile ?? ''} resumes: the next run with this manifest ` +
        'picks them up by id instead of paying for them again.'
    ]
  }
  const last = run.tasks.at(-1)?.id ?? ''
  return [
    `${head} Collect the last one later, without paying again, with this step:\n` +
      collectStep(last, run.testMode)
  ]
}
