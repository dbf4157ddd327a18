// The post step's job summary: the main step was killed before its own report, so this lists
// the tasks it had created (from the saved state, with no request to Meshy) and how to collect
// them without paying again.
import { escapeHtml, finalise, testModeBanner, text } from './markdown.js'

/** What the main step saved as it went (src/action/run-state.ts). */
export interface PostReport {
  title: string
  batch: boolean
  lockfile?: string
  testMode: boolean
  tasks: { id: string; type: string }[]
}

export function renderPostSummary(run: PostReport, collectStep: (id: string) => string): string {
  const rows = run.tasks.map(
    t => `<tr><td><code>${text(t.id, 80)}</code></td><td>${text(t.type, 100)}</td></tr>`
  )
  const table = rows.length
    ? `<table>\n<tr><th>Task</th><th>Type</th></tr>\n${rows.join('\n')}\n</table>\n\n`
    : '<p>No Meshy task had been created yet, so nothing was charged.</p>\n\n'
  return finalise(
    `## 🧊 Meshy: ${text(run.title, 200)}\n\n${testModeBanner(run.testMode)}` +
      '<p>⏹️ The step was stopped (killed, for example by its <code>timeout-minutes</code>) ' +
      `before it wrote its report. It had created or picked up ${run.tasks.length} task(s); ` +
      'Meshy keeps running any that had not finished, and charges for them.</p>\n\n' +
      table +
      howToCollect(run, collectStep)
  )
}

function howToCollect(run: PostReport, collectStep: (id: string) => string): string {
  if (run.tasks.length === 0) return ''
  if (run.batch) {
    const lockfile = text(run.lockfile ?? '', 300)
    return (
      `<p>The lockfile resumes them: its journal <code>${lockfile}.journal</code>, left on the ` +
      'runner by the killed step, holds every task id, and the next run that finds it beside ' +
      `<code>${lockfile}</code> replays it and picks these tasks up by id instead of paying for ` +
      'them again. A job that commits the lockfile (an <code>if: always()</code> step) must add ' +
      'the journal too (<code>git add -f</code>, as it is normally ignored); otherwise collect ' +
      'each task with <code>task-id&#58;</code>.</p>\n\n'
    )
  }
  const last = run.tasks.at(-1)?.id ?? ''
  return (
    '<p>Collect the last task later, without paying again, with this step:</p>\n\n' +
    `<pre>${collectStep(last)
      .split('\n')
      .map(line => escapeHtml(line))
      .join('\n')}</pre>\n`
  )
}
