// A dry run's plan as the job summary and the sticky comment show it: one sentence, then the
// assets that will spend or change first, and the unchanged ones folded into a count. Asset names
// and reasons carry manifest text, so they go through text() like everything from outside.
import { PLAN_ACTIONS, planSentence, type AssetPlan, type RunPlan } from '../plan/run-plan.js'
import { href, takeWithinBudget, text } from './markdown.js'

const ICONS: Record<AssetPlan['action'], string> = {
  generate: '🆕',
  resume: '🔁',
  download: '⬇️',
  remove: '🗑️',
  unchanged: '✅'
}

export interface PlanLinks {
  runUrl?: string
}

/** The heading line and facts; `error` is what refused the run (max-credits), if anything. */
export function planHeading(
  plan: RunPlan,
  links: PlanLinks,
  error: Error | undefined,
  level: '##' | '###'
): string {
  const facts = [
    ...(error ? [`❌ ${text(error.message, 1000)}`] : []),
    text(planSentence(plan), 500),
    plan.balance === null ? 'balance not read' : `balance ${plan.balance} credits`,
    ...(links.runUrl ? [`<a href="${href(links.runUrl)}">workflow run</a>`] : [])
  ]
  return `${level} 🧊 Meshy plan (dry run)\n\n<p>${facts.join(' · ')}</p>\n\n`
}

/** The table; at most `budgetBytes` of rows, the rest counted. */
export function planTable(plan: RunPlan, budgetBytes: number): string {
  if (plan.tasks) return taskTable(plan, budgetBytes)
  const entries = Object.entries(plan.assets ?? {})
  const order = (a: AssetPlan) => PLAN_ACTIONS.indexOf(a.action)
  const listed = entries
    .filter(([, a]) => a.action !== 'unchanged')
    .sort(([, a], [, b]) => order(a) - order(b))
  const unchanged = entries.filter(([, a]) => a.action === 'unchanged').map(([name]) => name)
  const rows = takeWithinBudget(
    listed.map(([name, a]) => assetRow(name, a)),
    budgetBytes
  )
  const more = rows.dropped ? `<tr><td colspan="4">… ${rows.dropped} more</td></tr>\n` : ''
  const table = listed.length
    ? '<table>\n<tr><th>Asset</th><th>Action</th><th>Credits</th><th>Why</th></tr>\n' +
      `${rows.kept.join('')}${more}</table>\n\n`
    : ''
  return table + unchangedCount(unchanged)
}

function assetRow(name: string, a: AssetPlan): string {
  const credits = a.estimate > 0 ? `~${a.estimate}` : '–'
  return `<tr><td>${text(name, 200)}</td><td>${ICONS[a.action]} ${a.action}</td><td>${credits}</td><td>${text(a.reason, 300)}</td></tr>\n`
}

function unchangedCount(names: string[]): string {
  if (names.length === 0) return ''
  const list = text(names.join(', '), 3000)
  return `<details><summary>${names.length} unchanged</summary>\n\n<p>${list}</p>\n\n</details>\n\n`
}

function taskTable(plan: RunPlan, budgetBytes: number): string {
  const tasks = plan.tasks ?? []
  if (tasks.length === 0) return ''
  const rows = takeWithinBudget(
    tasks.map(
      t =>
        `<tr><td>${text(t.task, 80)}</td><td>${text(t.step, 80)}</td><td>~${t.estimate}</td></tr>\n`
    ),
    budgetBytes
  )
  return `<table>\n<tr><th>Task</th><th>Step</th><th>Credits</th></tr>\n${rows.kept.join('')}</table>\n\n`
}
