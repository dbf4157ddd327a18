// The batch job summary, made to scan in ten seconds: a count line, then one row per asset
// (preview image, status, credits, model size) with failed assets first, then those waiting for
// the next run (out of credits or time), then regenerated ones, then unchanged ones (those not started and those unchanged
// collapse into a single row each when there are many); then each regenerated asset's render
// sheet before and after; then, per asset that ran, its tasks' detail (ids, durations, Meshy
// URLs) folded into a <details> block.
// All HTML without blank lines inside a block, so GitHub's Markdown leaves it as it is.
import { modelFacts } from './model-markdown.js'
import { comparisonBlock, notDrawn, type SheetLinks } from './sheet-markdown.js'
import type { DownloadedFile, TaskRecord } from '../core/result.js'
import { indexResult, type ResultIndex } from './result-index.js'
import type { BatchRow, ReportInput } from './types.js'
import {
  type Block,
  formatBytes,
  formatDuration,
  formatTime,
  href,
  statusIcon,
  takeWithinBudget,
  taskDuration,
  text,
  urlText
} from './markdown.js'

/** Up to this many unchanged assets get a row each; more collapse into one counted row. */
export const UNCHANGED_ROWS = 5
export const UNCHANGED_HEAD = '✅ {n} unchanged (no request, no credits)'

export interface BatchLinks extends SheetLinks {
  /** task id → image URL on the preview branch. */
  previewUrls?: Record<string, string>
}

type Group = 'failed' | 'waiting' | 'regenerated' | 'unchanged'

export function groupOf(row: BatchRow): Group {
  if (row.status === 'unchanged') return 'unchanged'
  if (row.status === 'generated' || row.status === 'resumed') return 'regenerated'
  if (row.status === 'not started' || row.status === 'waiting') return 'waiting'
  return 'failed'
}

/** The blocks of a batch summary, most important first (the budget drops from the end). */
export function renderBatchBlocks(
  rows: BatchRow[],
  input: ReportInput,
  links: BatchLinks,
  /** Bytes the table may take; rows past it become a "… N more" row. */
  tableBudget: number
): Block[] {
  const by = (g: Group) => rows.filter(r => groupOf(r) === g)
  const failed = by('failed')
  const waiting = by('waiting')
  const notStarted = waiting.filter(r => r.status === 'not started')
  const regenerated = by('regenerated')
  const unchanged = by('unchanged')
  const index = indexResult(input.result)
  const row = (r: BatchRow) => assetRow(r, index, links)
  const tableRows = [
    ...failed.map(r => () => row(r)),
    ...waiting.filter(r => r.status !== 'not started').map(r => () => row(r)),
    ...byReason(notStarted).flatMap(([why, rows]) => folded(rows, row, notStartedHead(why))),
    ...regenerated.map(r => () => row(r)),
    ...folded(unchanged, row, UNCHANGED_HEAD)
  ]
  // Rows past the budget are never built (a library of thousands of assets).
  const body = takeWithinBudget(tableRows, tableBudget)
  const more = body.dropped ? `<tr><td></td><td colspan="4">… ${body.dropped} more</td></tr>\n` : ''
  const overview =
    `<p>${counts(rows.length, [failed, waiting, regenerated, unchanged])}</p>\n\n` +
    '<table>\n<tr><th>Preview</th><th>Asset</th><th>Status</th><th>Credits</th><th>Model</th></tr>\n' +
    `${body.kept.join('')}${more}</table>\n\n`
  // Built only while the summary's budget has room: most of a big batch's are left out.
  const details = [...failed, ...waiting, ...regenerated]
    .filter(r => index.records(r.taskIds).length > 0)
    .map(r => () => assetDetails(r, index))
  const compared = comparisonBlock(regenerated, links, 384)
  return [overview, ...(compared ? [compared] : []), ...details]
}

function counts(total: number, groups: BatchRow[][]): string {
  const [failed, waiting, regenerated, unchanged] = groups.map(g => g.length)
  const parts = [
    ...(failed ? [`❌ ${failed} failed`] : []),
    ...(waiting ? [`⏳ ${waiting} waiting for the next run`] : []),
    ...(regenerated ? [`✅ ${regenerated} generated`] : []),
    ...(unchanged ? [`${unchanged} unchanged`] : [])
  ]
  return `<strong>${total} asset(s)</strong>: ${parts.join(' · ')}`
}

function assetRow(row: BatchRow, index: ResultIndex, links: BatchLinks): string {
  const records = index.records(row.taskIds)
  const image = previewOf(row, links)
  const preview = image
    ? `<img src="${href(image)}" alt="preview of ${text(row.name, 200)}" width="128">`
    : ''
  // "not started: out of time" reads as one phrase; a failure's reason goes on its own line.
  const error = row.error
    ? `${groupOf(row) === 'waiting' ? ': ' : '<br>'}${text(row.error, 300)}`
    : ''
  // Why it ran ("prompt changed", "source chair regenerates"): the reviewer's first question.
  const why = row.why ? `<br><em>${text(row.why, 200)}</em>` : ''
  const status = `${statusIcon(row.status)} ${text(row.status, 60)}${error}${why}`
  const model = modelCell(row, index)
  const credits = records.length || row.credits ? String(row.credits) : '–'
  return (
    `<tr><td>${preview}</td><td><strong>${text(row.name, 200)}</strong></td>` +
    `<td>${status}</td><td align="right">${credits}</td><td>${model}</td></tr>\n`
  )
}

/** The folded row of assets not started for one reason (out of credits, out of time). */
function notStartedHead(why: string): string {
  return `⏳ {n} not started: ${text(why, 60)} (they wait in the lockfile for the next run)`
}

/** Rows grouped by their error, in order of first appearance. */
function byReason(rows: BatchRow[]): Array<[string, BatchRow[]]> {
  const groups = new Map<string, BatchRow[]>()
  for (const r of rows) groups.set(r.error ?? '', [...(groups.get(r.error ?? '') ?? []), r])
  return [...groups]
}

/**
 * A row each, or past UNCHANGED_ROWS one folded row of names under `summary` ({n}: the count),
 * spanning a table of `columns` columns (the summary's first column, the preview, stays empty).
 */
export function folded(
  rows: BatchRow[],
  row: (r: BatchRow) => string,
  summary: string,
  columns = 5
): string[] {
  if (rows.length <= UNCHANGED_ROWS) return rows.map(row)
  const names = rows.map(r => `<code>${text(r.name, 200)}</code>`).join(', ')
  const head = summary.replace('{n}', String(rows.length))
  const lead = columns === 5 ? '<td></td>' : ''
  const span = columns === 5 ? 4 : columns
  return [
    `<tr>${lead}<td colspan="${span}"><details><summary>${head}</summary>${names}</details></td></tr>\n`
  ]
}

/** The asset's render sheet on the preview branch, else the image of its newest task that has one. */
function previewOf(row: BatchRow, links: BatchLinks): string | undefined {
  const sheet = row.sheet ? links.sheetUrls?.[row.sheet] : undefined
  if (sheet) return sheet
  const urls = links.previewUrls ?? {}
  return [...row.taskIds]
    .reverse()
    .map(id => urls[id])
    .find(u => u)
}

function modelCell(row: BatchRow, index: ResultIndex): string {
  // Stats (this run's, or the lockfile's for an unchanged asset), any budget it breaks, a model
  // left undrawn, and flags (a size far from the declared one).
  const models = index.files(row.taskIds).filter(f => f.kind === 'model')
  const notes = [
    ...(row.breaches ?? []).map(b => `<br>❌ ${text(b, 300)}`),
    ...models.filter(f => f.renderNote).map(f => `<br>${notDrawn(f.renderNote!)}`),
    ...(row.flags ?? []).map(f => `<br>⚠️ ${text(f, 300)}`)
  ].join('')
  return `${filesFacts(row, models)}${notes}`
}

function filesFacts(row: BatchRow, models: DownloadedFile[]): string {
  if (row.stats) return modelFacts(row.stats)
  if (models.length === 0) return '–'
  return models.map(f => `${text(f.label, 20)} ${formatBytes(f.bytes)}`).join(' · ')
}

/** Ids, durations and links of the asset's tasks, folded away: needed only when digging. */
function assetDetails(row: BatchRow, index: ResultIndex): string {
  const records = index.records(row.taskIds)
  const total = records.reduce((sum, r) => sum + (taskDuration(r) ?? 0), 0)
  const head =
    `<summary><strong>${text(row.name, 200)}</strong>: ${records.length} task(s), ` +
    `${row.credits} credits, ${formatDuration(total)}</summary>`
  const taskRows = records.map(taskRow).join('')
  const files = filesLine(index.files(row.taskIds))
  return (
    `<details>${head}\n<table>\n` +
    '<tr><th>Step</th><th>Task id</th><th>Status</th><th>Credits</th><th>Duration</th><th>Meshy URLs</th></tr>\n' +
    `${taskRows}</table>\n${files}</details>\n\n`
  )
}

function taskRow(record: TaskRecord): string {
  const { task } = record
  const step = text(task.type ?? record.resource.path, 60)
  const status = `${statusIcon(String(task.status))} ${text(task.status, 40)}`
  return (
    `<tr><td>${step}</td><td><code>${text(task.id, 80)}</code></td><td>${status}</td>` +
    `<td align="right">${text(task.consumed_credits ?? 0, 20)}</td>` +
    `<td>${formatDuration(taskDuration(record))}</td><td>${meshyUrls(record)}</td></tr>\n`
  )
}

/** Meshy's links as text only: the signature in their query grants access, so no hrefs. */
function meshyUrls(record: TaskRecord): string {
  const { task } = record
  const urls = Object.entries(task.model_urls ?? {}).filter(([, u]) => typeof u === 'string' && u)
  if (task.thumbnail_url) urls.push(['thumbnail', task.thumbnail_url])
  if (urls.length === 0) return '–'
  const expires = formatTime(task.expires_at)
  const list = urls.map(([k, u]) => `${text(k, 40)}: ${urlText(String(u))}`).join('<br>')
  return expires ? `${list}<br><em>expire at ${expires}</em>` : list
}

function filesLine(files: DownloadedFile[]): string {
  if (files.length === 0) return ''
  const list = files.map(f => `<code>${text(f.path, 300)}</code> (${formatBytes(f.bytes)})`)
  return `<p>Files: ${list.join(', ')}</p>\n`
}
