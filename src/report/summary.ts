// The job summary: a heading per run, a table per task, thumbnails, links, expiry.
// Rendered as HTML inside Markdown (tables with <br> and <img> need it); every untrusted string
// goes through text(), and the whole thing is kept far below GitHub's 1 MiB limit.
import { appendFileSync } from 'node:fs'
import { appendFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TaskRecord } from '../core/result.js'
import { totalCredits } from '../core/result.js'
import { renderBatchBlocks } from './batch-summary.js'
import { modelFacts } from './model-markdown.js'
import { notDrawn, sheetCell } from './sheet-markdown.js'
import { planHeading, planTable } from './plan-markdown.js'
import { displayUrl, redact } from '../core/redact.js'
import { reportOf } from '../tasks/catalogue.js'
import type { ReportInput } from './types.js'
import {
  finalise,
  formatBytes,
  formatDuration,
  formatTime,
  href,
  escapeHtml,
  statusIcon,
  takeWithinBudget,
  taskDuration,
  testModeBanner,
  text,
  urlText
} from './markdown.js'

/** Far below the 1 MiB GitHub accepts per step, leaving room for other steps' summaries. */
export const SUMMARY_BUDGET = 256 * 1024

export interface SummaryLinks {
  runUrl?: string
  artifactUrl?: string
  /** task id → image URL on the preview branch. */
  previewUrls?: Record<string, string>
  /** render sheet path → image URL on the preview branch. */
  sheetUrls?: Record<string, string>
}

/**
 * A pull request's body holds at most 65,536 characters: the `summary-file` copy stays below it,
 * so a scheduled run (which cannot comment) can put its summary in the PR it opens.
 */
export const PR_BODY_BUDGET = 60_000

export function renderSummary(
  input: ReportInput,
  links: SummaryLinks,
  budget = SUMMARY_BUDGET
): string {
  if (input.plan) {
    const head = planHeading(input.plan, links, input.result.error, '##')
    return finalise(`${head}${planTable(input.plan, budget / 2)}`.trimEnd() + '\n\n')
  }
  const head = renderHeading(input, links)
  // A batch gets its own layout (one row per asset); a single task keeps its sections.
  const blocks = input.batch
    ? renderBatchBlocks(input.batch, input, links, budget / 2)
    : input.result.tasks.map(record => renderTask(record, input, links))
  const room = budget - Buffer.byteLength(head) - 512
  const { kept, dropped } = takeWithinBudget(blocks, room)
  const note = dropped
    ? `\n<p><em>${dropped} more section(s) left out to keep the summary small; meshy-result.json in the artifact has everything.</em></p>\n`
    : ''
  return finalise(`${`${head}${kept.join('')}${note}`.trimEnd()}\n\n`)
}

function renderHeading(input: ReportInput, links: SummaryLinks): string {
  const { result } = input
  const title = input.task ?? (input.batch ? 'batch' : 'results')
  const status = result.error
    ? `❌ ${text(result.error.message, 2000)}`
    : `${statusIcon(result.tasks.at(-1)?.task.status ?? 'SUCCEEDED')} ${result.tasks.length} task(s)`
  const facts = [
    status,
    `${totalCredits(result)} credits`,
    ...(input.estimate !== undefined ? [`estimated ${input.estimate}`] : []),
    ...(links.artifactUrl ? [`<a href="${href(links.artifactUrl)}">artifact</a>`] : []),
    ...(links.runUrl ? [`<a href="${href(links.runUrl)}">run</a>`] : [])
  ]
  const banner = testModeBanner(input.config.testMode)
  return `## 🧊 Meshy: ${text(title, 200)}\n\n${banner}<p>${facts.join(' · ')}</p>\n\n`
}

/** A run stopped by its inputs: what was wrong, and that nothing reached Meshy. */
export function renderConfigErrorSummary(message: string): string {
  return finalise(
    `## 🧊 Meshy: configuration error\n\n<p>❌ ${text(message, 4000)}</p>\n\n` +
      '<p>The inputs were checked before any request: nothing was sent to Meshy and no credits ' +
      'were spent. Fix the input named above and run again.</p>\n\n'
  )
}

function renderTask(record: TaskRecord, input: ReportInput, links: SummaryLinks): string {
  const { task } = record
  const rows: Array<[string, string]> = [
    ['Type', text(task.type ?? record.resource.path, 100)],
    ['Status', `${statusIcon(String(task.status))} ${text(task.status, 40)}`],
    ['Credits', text(task.consumed_credits ?? 0, 20)],
    ['Duration', formatDuration(taskDuration(record))]
  ]
  const prompt = promptOf(task)
  if (prompt) rows.push(['Prompt', text(prompt)])
  const error = task.task_error?.message
  if (error) rows.push(['Error', text(error, 2000)])
  for (const file of input.result.files.filter(f => f.taskId === task.id)) {
    rows.push([text(file.label, 60), fileCell(file.path, file.bytes, links)])
    if (file.stats?.validation || file.stats?.triangles !== undefined) {
      rows.push([`${text(file.label, 60)} stats`, modelFacts(file.stats, input.config.quality)])
    }
    if (file.renderNote) rows.push(['render sheet', notDrawn(file.renderNote)])
  }
  const report = reportOf(task)
  // A report (printability) or an output shape Meshy has not documented: shown as it came.
  if (report) rows.push(['Meshy output', `<code>${text(reportJson(report), 4000)}</code>`])
  rows.push(...meshyUrlRows(record))
  const image = taskImage(task.id, input, links)
  const table = rows.map(([k, v]) => `<tr><th align="left">${k}</th><td>${v}</td></tr>`).join('\n')
  // The heading names the step from our own catalogue, never the API's `type` (a type such as
  // `www.evil.example/login` became a link there); the answer's type is in the table.
  return `### ${text(record.resource.path, 100)} <code>${text(task.id, 80)}</code>\n\n${image}<table>\n${table}\n</table>\n\n`
}

/**
 * The task's render sheet when the preview branch holds it; else Meshy's thumbnail from there, as
 * before sheets existed (the sheet's row then says where the sheet is).
 */
function taskImage(taskId: string, input: ReportInput, links: SummaryLinks): string {
  const sheet = input.result.files.find(
    f => f.kind === 'render' && f.taskId === taskId && links.sheetUrls?.[f.path]
  )
  if (sheet) {
    const shown = `render sheet of ${text(sheet.shows ?? sheet.path, 300)}: front, right, back, ¾ above`
    return `${sheetCell(sheet.path, shown, 512, links)}\n\n`
  }
  const preview = links.previewUrls?.[taskId]
  return preview
    ? `<img src="${href(preview)}" alt="thumbnail of ${text(taskId, 80)}" width="256">\n\n`
    : ''
}

function fileCell(path: string, bytes: number, links: SummaryLinks): string {
  const name = `<code>${text(path, 300)}</code> (${formatBytes(bytes)})`
  return links.artifactUrl ? `${name} · <a href="${href(links.artifactUrl)}">in artifact</a>` : name
}

/** Meshy's links as text only: the signature in their query grants access, so no hrefs. */
function meshyUrlRows(record: TaskRecord): Array<[string, string]> {
  const { task } = record
  const urls = Object.entries(task.model_urls ?? {}).filter(([, u]) => typeof u === 'string' && u)
  if (task.thumbnail_url) urls.push(['thumbnail', task.thumbnail_url])
  if (urls.length === 0) return []
  const expires = formatTime(task.expires_at)
  const list = urls.map(([k, u]) => `${text(k, 40)}: ${urlText(u)}`).join('<br>')
  const note = expires ? `<br><em>Meshy's signed links expire at ${expires}.</em>` : ''
  return [['Meshy URLs', `${list}${note}`]]
}

/** The prompt the task was made from: under `input` on v2, repeated at the top level on v1. */
export function promptOf(task: Record<string, unknown>): string | undefined {
  const input = task.input && typeof task.input === 'object' ? task.input : {}
  for (const recorded of [input as Record<string, unknown>, task]) {
    for (const field of ['prompt', 'texture_prompt', 'text_style_prompt']) {
      const value = recorded[field]
      if (typeof value === 'string' && value.trim()) return value
    }
  }
  return undefined
}

/** Appends to the step summary file the runner gives us; nothing to do outside a runner. */
/**
 * Writes `markdown` to the runner's temp folder (one file per step) and returns its path; off a
 * runner (no RUNNER_TEMP, which the runner empties after the job) it writes nothing.
 */
export async function writeSummaryFile(
  markdown: string,
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  if (!env.RUNNER_TEMP) return undefined
  const step = (env.GITHUB_ACTION ?? '').replace(/[^A-Za-z0-9_-]/g, '') || 'meshy'
  const path = join(env.RUNNER_TEMP, `meshy-summary-${step}.md`)
  await writeFile(path, markdown, 'utf8')
  return path
}

export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return false
  await appendFile(file, markdown, 'utf8')
  return true
}

export interface CancelReport {
  title: string
  signal: string
  /** Every task seen, in order; those not terminal are still running at Meshy. */
  tasks: TaskRecord[]
  running: TaskRecord[]
  /** Creates sent whose reply never came. */
  pendingCreates: number
  /** The step that collects one task later. */
  collectStep: (taskId: string) => string
  /** Batch mode: the lockfile the next run resumes from (workspace-relative). */
  lockfile?: string
  testMode: boolean
}

/** Short on purpose: written within the runner's grace period after its cancel signal. */
export function renderCancelSummary(report: CancelReport): string {
  const rows = report.tasks.map(
    r =>
      `<tr><td><code>${text(r.task.id, 80)}</code></td><td>${text(r.task.type ?? r.resource.path, 100)}</td>` +
      `<td>${statusIcon(String(r.task.status))} ${text(r.task.status, 40)}</td></tr>`
  )
  const table = rows.length
    ? `<table>\n<tr><th>Task</th><th>Type</th><th>Last known status</th></tr>\n${rows.join('\n')}\n</table>\n\n`
    : '<p>No Meshy task had been created yet, so nothing was charged.</p>\n\n'
  const running = report.running.length
    ? `<p>Meshy keeps running ${report.running.length === 1 ? 'this task, and charges for it,' : 'these tasks, and charges for them,'} ` +
      'although this step stopped. Collect it later, without paying again, with this step:</p>\n\n' +
      report.running.map(r => `<pre>${codeBlock(report.collectStep(r.task.id))}</pre>\n`).join('') +
      '\n'
    : ''
  const pending = report.pendingCreates
    ? `<p>${report.pendingCreates} create request(s) had been sent without a reply yet: Meshy may ` +
      'have created (and charge for) a task not listed here. Check the Meshy dashboard.</p>\n\n'
    : ''
  const lock = report.lockfile
    ? `<p>The lockfile <code>${text(report.lockfile, 300)}</code> is consistent: the next run with ` +
      'this manifest resumes these tasks by id instead of paying for them again.</p>\n\n'
    : ''
  return finalise(
    `## 🧊 Meshy: ${text(report.title, 200)}\n\n${testModeBanner(report.testMode)}` +
      `<p>⏹️ The step was cancelled (${text(report.signal, 20)}) before it finished.</p>\n\n` +
      `${table}${running}${pending}${lock}`
  )
}

/** Our own multi-line snippet: indentation kept, every line escaped and redacted. */
function codeBlock(snippet: string): string {
  return snippet
    .split('\n')
    .map(line => escapeHtml(redact(line)))
    .join('\n')
}

/** Synchronous: a cancelled step may be killed moments after its signal. */
export function writeSummaryNow(markdown: string, env: NodeJS.ProcessEnv): boolean {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return false
  appendFileSync(file, markdown, 'utf8')
  return true
}

/** A report as JSON, its URLs without their signed queries (as everywhere a URL is shown). */
function reportJson(report: Record<string, unknown>): string {
  return JSON.stringify(report, (_key, value: unknown) =>
    typeof value === 'string' && /^https?:\/\//i.test(value) ? displayUrl(value) : value
  )
}
