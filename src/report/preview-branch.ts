// Commits the thumbnails and render sheets to a branch through the git data API (blobs → tree →
// commit → ref), so the comment and summary can show images that outlive Meshy's 3-day signed URLs
// (and sheets, which exist only on the runner, at all).
//
// The URLs we return are `<server>/<owner>/<repo>/raw/refs/heads/<branch>/<path>`: for public
// repositories GitHub's image proxy follows the redirect to raw.githubusercontent.com; for private
// ones the viewer's browser sends its github.com session, which the raw endpoint accepts. The
// contents API's `download_url` would carry a short-lived `?token=` for private repositories and
// stop rendering soon after. `refs/heads/` keeps branch names with slashes unambiguous.
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { errorMessage } from '../core/errors.js'
import type { DownloadedFile } from '../core/result.js'
import type { OctokitLike, RunContext } from './github.js'
import { httpStatus } from './github.js'

export const PREVIEW_PERMISSIONS = 'permissions:\n  contents: write'

/** One image per task: its thumbnail, or for image tasks its first image. */
export function previewFiles(files: DownloadedFile[]): DownloadedFile[] {
  const chosen = new Map<string, DownloadedFile>()
  for (const file of files) {
    if (file.kind === 'thumbnail') chosen.set(file.taskId, file)
  }
  for (const file of files) {
    if (file.kind === 'image' && !chosen.has(file.taskId)) chosen.set(file.taskId, file)
  }
  return [...chosen.values()]
}

export function previewDir(ctx: RunContext): string {
  return ctx.prNumber
    ? `meshy-previews/pr-${ctx.prNumber}`
    : `meshy-previews/run-${ctx.runId || 'local'}`
}

/** A picture to commit: a thumbnail or image (keyed by task) or a render sheet (keyed by path). */
export interface PreviewImage {
  path: string
  absPath: string
}

function sheetRepoPath(ctx: RunContext, sheet: PreviewImage): string {
  return `${previewDir(ctx)}/renders/${sheet.path.replace(/[^A-Za-z0-9._-]/g, '_')}`
}

function repoPath(ctx: RunContext, file: DownloadedFile): string {
  const safeId = file.taskId.replace(/[^A-Za-z0-9._-]/g, '_')
  const ext = extname(file.path).toLowerCase() || '.png'
  return `${previewDir(ctx)}/${safeId}/${file.kind === 'image' ? 'image' : 'thumbnail'}${ext}`
}

export function rawUrl(ctx: RunContext, branch: string, path: string): string {
  const segments = [...branch.split('/'), ...path.split('/')].map(encodeURIComponent).join('/')
  return `${ctx.serverUrl}/${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.repo)}/raw/refs/heads/${segments}`
}

interface TreeEntry {
  path: string
  mode: '100644'
  type: 'blob'
  sha: string
}

export interface CommittedPreviews {
  /** task id → raw URL of its thumbnail (or first image). */
  previews: Record<string, string>
  /** sheet path (workspace-relative) → raw URL. */
  sheets: Record<string, string>
}

/** Commits the previews and sheets in one commit. Throws Octokit errors. */
export async function commitPreviews(
  octokit: OctokitLike,
  ctx: RunContext,
  branch: string,
  files: DownloadedFile[],
  sheets: PreviewImage[] = []
): Promise<CommittedPreviews> {
  const chosen = previewFiles(files)
  const none = { previews: {}, sheets: {} }
  if (chosen.length === 0 && sheets.length === 0) return none
  const repo = { owner: ctx.owner, repo: ctx.repo }
  const blob = async (absPath: string, path: string): Promise<TreeEntry> => {
    const content = (await readFile(absPath)).toString('base64')
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
      ...repo,
      content,
      encoding: 'base64'
    })
    return { path, mode: '100644', type: 'blob', sha: sha(data) }
  }
  const thumbs: TreeEntry[] = []
  for (const file of chosen) thumbs.push(await blob(file.absPath, repoPath(ctx, file)))
  const drawn: TreeEntry[] = []
  for (const sheet of sheets) drawn.push(await blob(sheet.absPath, sheetRepoPath(ctx, sheet)))
  await commitWithRetry(octokit, ctx, branch, [...thumbs, ...drawn])
  return {
    previews: Object.fromEntries(
      chosen.map((f, i) => [f.taskId, rawUrl(ctx, branch, thumbs[i].path)])
    ),
    sheets: Object.fromEntries(sheets.map((s, i) => [s.path, rawUrl(ctx, branch, drawn[i].path)]))
  }
}

// Matrix legs of one PR push to the same branch at once; a lost fast-forward race is retried
// on top of the new head (the blobs are already uploaded).
async function commitWithRetry(
  octokit: OctokitLike,
  ctx: RunContext,
  branch: string,
  entries: TreeEntry[]
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await commitOnce(octokit, ctx, branch, entries)
      return
    } catch (error) {
      const status = httpStatus(error)
      if (attempt >= 3 || (status !== 409 && status !== 422)) throw error
    }
  }
}

async function commitOnce(
  octokit: OctokitLike,
  ctx: RunContext,
  branch: string,
  entries: TreeEntry[]
): Promise<void> {
  const repo = { owner: ctx.owner, repo: ctx.repo }
  const head = await branchHead(octokit, ctx, branch)
  const { data: tree } = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    ...repo,
    ...(head ? { base_tree: head.tree } : {}),
    tree: entries
  })
  const { data: commit } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
    ...repo,
    message: `meshy-action previews for ${previewDir(ctx)}${ctx.runId ? ` (run ${ctx.runId})` : ''}`,
    tree: sha(tree),
    parents: head ? [head.commit] : []
  })
  if (head) {
    await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: `heads/${branch}`,
      sha: sha(commit),
      force: false
    })
  } else {
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
      ...repo,
      ref: `refs/heads/${branch}`,
      sha: sha(commit)
    })
  }
}

async function branchHead(
  octokit: OctokitLike,
  ctx: RunContext,
  branch: string
): Promise<{ commit: string; tree: string } | undefined> {
  const repo = { owner: ctx.owner, repo: ctx.repo }
  try {
    const { data: ref } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...repo,
      ref: `heads/${branch}`
    })
    const commitSha = (ref as { object?: { sha?: string } }).object?.sha ?? ''
    const { data: commit } = await octokit.request(
      'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
      {
        ...repo,
        commit_sha: commitSha
      }
    )
    return { commit: commitSha, tree: (commit as { tree?: { sha?: string } }).tree?.sha ?? '' }
  } catch (error) {
    // A missing branch: start it as an orphan (no parents), unrelated to the code history.
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}

function sha(data: unknown): string {
  const value = (data as { sha?: unknown }).sha
  if (typeof value !== 'string') throw new Error('GitHub returned no sha')
  return value
}

export function previewFailure(error: unknown): string {
  const status = httpStatus(error)
  const message = errorMessage(error)
  const hint =
    status === 403 || status === 404
      ? `\nCommitting previews needs write access to contents; add this to the job:\n${PREVIEW_PERMISSIONS}`
      : ''
  return `Could not commit the previews to the preview branch${status ? ` (HTTP ${status})` : ''}: ${message}${hint}`
}
