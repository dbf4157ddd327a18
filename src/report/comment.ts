// The sticky PR comment: one per workflow + job (+ optional key), updated in place. A comment is
// ours only when it has the marker, our token's author, AND a signature over its whole body: with
// GITHUB_TOKEN every workflow of the repository comments as github-actions[bot], so a bot comment
// that merely quotes our marker (or a copy of our marker line) must not be overwritten.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { errorMessage } from '../core/errors.js'
import { TEST_MODE_KEY } from '../core/redact.js'
import type { Logger } from '../core/log.js'
import { totalCredits } from '../core/result.js'
import type { OctokitLike, RunContext } from './github.js'
import { httpStatus } from './github.js'
import { planHeading, planTable } from './plan-markdown.js'
import { modelFacts } from './model-markdown.js'
import { comparisonBlock, sheetCell } from './sheet-markdown.js'
import type { BatchRow, ReportInput } from './types.js'
import { folded, groupOf, UNCHANGED_HEAD } from './batch-summary.js'
import {
  finalise,
  formatBytes,
  href,
  shorten,
  statusIcon,
  takeWithinBudget,
  testModeBanner,
  text
} from './markdown.js'
import { promptOf } from './summary.js'

/** GitHub rejects comment bodies over 65,536 characters; stay well under. */
export const COMMENT_LIMIT = 60_000

/**
 * How wide the comment shows a batch asset's render sheet: its view labels (LABEL_PX on a
 * SHEET_SIZE sheet) stay about 11 px tall at this width.
 */
export const COMMENT_SHEET_WIDTH = 256

export const COMMENT_PERMISSIONS = 'permissions:\n  pull-requests: write'

/** The author GITHUB_TOKEN comments as; `GET /user` is refused for installation tokens. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' }

export interface Identity {
  login: string
  type?: string
}

export interface CommentLinks {
  runUrl?: string
  artifactUrl?: string
  previewUrls?: Record<string, string>
  sheetUrls?: Record<string, string>
}

export function commentMarker(ctx: RunContext, key: string): string {
  // encodeURIComponent keeps `>` (and so `-->`) out of the HTML comment.
  const parts = [ctx.workflow, ctx.job, ...(key ? [key] : [])].map(p => encodeURIComponent(p))
  return `<!-- meshy-action:${parts.join(':')} -->`
}

const SIGNATURE = /\n<!-- meshy-action-signature:v1:([0-9a-f]{64}) -->$/

/**
 * The signing key. It must be stable across runs (GITHUB_TOKEN is new in every job, so it cannot
 * verify an earlier run's comment) and unknown to commenters: derived from the Meshy API key,
 * which never leaves the runner; the HMAC does not reveal it.
 *
 * Without a secret key there is nothing secret to derive from: a keyless plan (no api-key) and a
 * test-mode run sign with a value anyone can compute (see signingKeyIsPublic). Their signature then
 * proves nothing about who wrote a comment; it only marks the body as unedited since signing.
 * Which comment is ours then rests on the marker and the token's author alone, so another
 * workflow that comments as the same bot can make its comment look like ours (docs/security.md).
 */
export function commentSigningKey(apiKey: string): Buffer {
  return createHash('sha256').update('meshy-action comment signature v1\0').update(apiKey).digest()
}

/** True when the comment signature is computable by anyone: no key, or Meshy's public test key. */
export function signingKeyIsPublic(apiKey: string): boolean {
  return apiKey === '' || apiKey === TEST_MODE_KEY
}

function mac(body: string, key: Buffer): string {
  return createHmac('sha256', key).update(normalise(body)).digest('hex')
}

/** GitHub may store line ends as CRLF and trim the end; the signature ignores both. */
function normalise(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd()
}

/** Appends the signature line over everything before it. */
export function signComment(body: string, key: Buffer): string {
  const text = normalise(body)
  return `${text}\n<!-- meshy-action-signature:v1:${mac(text, key)} -->`
}

/** True when the body ends with a signature line that matches the rest of the body. */
export function signatureValid(body: string, key: Buffer): boolean {
  const text = normalise(body)
  const match = SIGNATURE.exec(text)
  if (!match) return false
  const expected = Buffer.from(mac(text.slice(0, match.index), key), 'hex')
  return timingSafeEqual(expected, Buffer.from(match[1], 'hex'))
}

export function renderComment(input: ReportInput, links: CommentLinks, marker: string): string {
  if (input.plan) {
    const head = `${marker}\n${planHeading(input.plan, links, input.result.error, '###')}`
    return shorten(finalise(`${head}${planTable(input.plan, COMMENT_LIMIT / 2)}`), COMMENT_LIMIT)
  }
  const { result } = input
  const status = result.error
    ? `❌ ${text(result.error.message, 1000)}`
    : `${statusIcon(result.tasks.at(-1)?.task.status ?? 'SUCCEEDED')} ${result.tasks.length} task(s)`
  const facts = [
    status,
    `${totalCredits(result)} credits`,
    ...(links.runUrl ? [`<a href="${href(links.runUrl)}">workflow run</a>`] : []),
    ...(links.artifactUrl ? [`<a href="${href(links.artifactUrl)}">artifact</a>`] : [])
  ]
  const banner = testModeBanner(input.config.testMode)
  const head = `${marker}\n### 🧊 Meshy preview\n\n${banner}<p>${facts.join(' · ')}</p>\n\n`
  const blocks = [
    gallery(input, links),
    taskTable(input, links),
    batchTable(input, links),
    comparisonBlock(input.batch ?? [], links, COMMENT_SHEET_WIDTH)
  ]
  const { kept, dropped } = takeWithinBudget(blocks, COMMENT_LIMIT - head.length - 200)
  const note = dropped ? '\n<p><em>Shortened; see the job summary for the rest.</em></p>\n' : ''
  return shorten(finalise(`${head}${kept.join('')}${note}`), COMMENT_LIMIT)
}

/**
 * The pictures of a single-task run: each render sheet on the preview branch (four sides of the
 * model), and the thumbnail of a task that has no sheet. A batch shows its sheets per asset.
 */
function gallery(input: ReportInput, links: CommentLinks): string {
  const sheets = input.batch
    ? []
    : input.result.files.filter(f => f.kind === 'render' && links.sheetUrls?.[f.path])
  // A task whose model has a sheet needs no thumbnail (in a batch, the asset's row shows it).
  const drawn = new Set([
    ...sheets.map(f => f.taskId),
    ...(input.batch ?? []).flatMap(r => (r.sheet && links.sheetUrls?.[r.sheet] ? r.taskIds : []))
  ])
  const cells = [
    ...sheets.map(
      f =>
        `<td>${sheetCell(f.path, `render sheet of ${f.shows ?? f.path}: front, right, back, ¾ above`, 480, links)}</td>`
    ),
    ...Object.entries(links.previewUrls ?? {})
      .filter(([id]) => !drawn.has(id))
      .map(
        ([id, url]) =>
          `<td><img src="${href(url)}" alt="thumbnail of ${text(id, 80)}" width="200"></td>`
      )
  ]
  return cells.length ? `<table><tr>${cells.join('')}</tr></table>\n\n` : ''
}

/** A single task's table; a batch names its tasks in its asset rows instead. */
function taskTable(input: ReportInput, links: CommentLinks): string {
  if (input.batch?.length) return ''
  // A file's label links to the artifact that holds it, when one was uploaded.
  const label = (name: string) =>
    links.artifactUrl ? `<a href="${href(links.artifactUrl)}">${name}</a>` : name
  const rows = input.result.tasks.map(({ task }) => {
    const files = input.result.files
      .filter(f => f.taskId === task.id && f.kind !== 'thumbnail')
      .map(f =>
        f.stats?.triangles !== undefined || f.stats?.validation
          ? `${label(text(f.label, 40))} ${modelFacts(f.stats, input.config.quality)}`
          : `${label(text(f.label, 40))} ${formatBytes(f.bytes)}`
      )
      .join('<br>')
    const prompt = promptOf(task)
    return (
      `<tr><td>${statusIcon(String(task.status))} ${text(task.type ?? 'task', 60)}<br><code>${text(task.id, 80)}</code></td>` +
      `<td>${prompt ? text(prompt, 600) : ''}</td><td>${files}</td><td>${text(task.consumed_credits ?? 0, 20)}</td></tr>`
    )
  })
  if (rows.length === 0) return ''
  const kept = takeWithinBudget(rows, COMMENT_LIMIT / 2)
  return `<table>\n<tr><th>Task</th><th>Prompt</th><th>Files</th><th>Credits</th></tr>\n${kept.kept.join('\n')}\n</table>\n\n`
}

/**
 * A batch's assets, failed first and unchanged ones folded as in the summary. Each row ties the
 * asset to its tasks, says why it ran and what it cost, and links its files to the artifact.
 */
function batchTable(input: ReportInput, links: CommentLinks): string {
  if (!input.batch?.length) return ''
  const order = ['failed', 'waiting', 'regenerated'] as const
  const row = (r: BatchRow) => batchRow(r, input, links)
  const rows = [
    ...order.flatMap(g => input.batch!.filter(r => groupOf(r) === g).map(row)),
    ...folded(
      input.batch.filter(r => groupOf(r) === 'unchanged'),
      row,
      UNCHANGED_HEAD,
      4
    )
  ]
  const kept = takeWithinBudget(rows, COMMENT_LIMIT / 3)
  const more = kept.dropped ? `<tr><td colspan="4">… ${kept.dropped} more</td></tr>` : ''
  return (
    '<table>\n<tr><th>Asset</th><th>Status</th><th>Credits</th><th>Tasks and files</th></tr>\n' +
    `${kept.kept.join('\n')}${more}\n</table>\n\n`
  )
}

function batchRow(r: BatchRow, input: ReportInput, links: CommentLinks): string {
  const url = r.sheet ? links.sheetUrls?.[r.sheet] : undefined
  const sheet = url
    ? `<br><img src="${href(url)}" alt="render sheet of ${text(r.name, 120)}" width="${COMMENT_SHEET_WIDTH}">`
    : ''
  const why = r.why ? `<br><em>${text(r.why, 200)}</em>` : ''
  const error = r.error ? `<br>${text(r.error, 300)}` : ''
  const breaches = r.breaches?.length ? `<br>❌ ${text(r.breaches.join('; '), 300)}` : ''
  const status = `${statusIcon(r.status)} ${text(r.status, 40)}${why}${error}${breaches}`
  return (
    `<tr><td><strong>${text(r.name, 120)}</strong>${sheet}</td><td>${status}</td>` +
    `<td align="right">${r.credits}</td><td>${tasksAndFiles(r, input, links)}</td></tr>`
  )
}

/** The asset's task ids, and its model files linked to the artifact that holds them. */
function tasksAndFiles(r: BatchRow, input: ReportInput, links: CommentLinks): string {
  const ids = r.taskIds.map(id => `<code>${text(id, 80)}</code>`)
  const models = input.result.files.filter(f => f.kind === 'model' && r.taskIds.includes(f.taskId))
  const names = (models.length ? models.map(f => f.path) : r.files.slice(0, 1)).map(path => {
    const name = text(path.split('/').pop() ?? path, 120)
    return links.artifactUrl
      ? `<a href="${href(links.artifactUrl)}">${name}</a>`
      : `<code>${name}</code>`
  })
  return [...ids, ...names].join('<br>') || '–'
}

export async function tokenIdentity(octokit: OctokitLike): Promise<Identity> {
  try {
    const { data } = await octokit.request('GET /user')
    const user = data as { login?: unknown; type?: unknown }
    if (typeof user.login === 'string' && user.login) {
      return { login: user.login, type: typeof user.type === 'string' ? user.type : undefined }
    }
  } catch {
    // Installation tokens (GITHUB_TOKEN, GitHub Apps) may not call /user: "Resource not accessible".
  }
  return ACTIONS_BOT
}

interface IssueComment {
  id: number
  body?: string | null
  html_url?: string
  user?: { login?: string; type?: string } | null
}

function isOurs(comment: IssueComment, marker: string, me: Identity, key: Buffer): boolean {
  if (!comment.body?.includes(marker)) return false
  if (comment.user?.login !== me.login) return false
  if (me.type !== undefined && comment.user?.type !== me.type) return false
  return signatureValid(comment.body, key)
}

export async function findComment(
  octokit: OctokitLike,
  ctx: RunContext,
  prNumber: number,
  marker: string,
  me: Identity,
  key: Buffer
): Promise<IssueComment | undefined> {
  const pages = octokit.paginate.iterator(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    {
      owner: ctx.owner,
      repo: ctx.repo,
      issue_number: prNumber,
      per_page: 100
    }
  )
  for await (const page of pages) {
    const found = (page.data as IssueComment[]).find(c => isOurs(c, marker, me, key))
    if (found) return found
  }
  return undefined
}

export interface CommentTarget {
  prNumber: number
  marker: string
  /** From commentSigningKey(): signs what we write, verifies what we would update. */
  key: Buffer
}

/** Creates or updates the sticky comment; returns its URL. Throws Octokit errors. */
export async function upsertComment(
  octokit: OctokitLike,
  ctx: RunContext,
  target: CommentTarget,
  unsigned: string,
  logger: Logger
): Promise<string | undefined> {
  const { prNumber, marker, key } = target
  const body = signComment(unsigned, key)
  const me = await tokenIdentity(octokit)
  const existing = await findComment(octokit, ctx, prNumber, marker, me, key)
  const repo = { owner: ctx.owner, repo: ctx.repo }
  if (existing) {
    const { data } = await octokit.request(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      {
        ...repo,
        comment_id: existing.id,
        body
      }
    )
    logger.info(`Updated the PR comment ${existing.id}.`)
    return (data as IssueComment).html_url ?? existing.html_url
  }
  const { data } = await octokit.request(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    {
      ...repo,
      issue_number: prNumber,
      body
    }
  )
  logger.info(`Created a PR comment on #${prNumber}.`)
  return (data as IssueComment).html_url
}

/** The warning for a comment that could not be written; 403 gets the permissions block. */
export function commentFailure(error: unknown): string {
  const status = httpStatus(error)
  const message = errorMessage(error)
  if (status === 403) {
    return (
      `Could not write the PR comment (HTTP 403: ${message}). The token needs write access to pull ` +
      `requests; add this to the job:\n${COMMENT_PERMISSIONS}\n` +
      'On pull requests from forks GITHUB_TOKEN is always read-only, so no comment can be written there.'
    )
  }
  return `Could not write the PR comment${status ? ` (HTTP ${status})` : ''}: ${message}`
}
