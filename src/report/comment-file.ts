// The PR comment as files, for GitHub's two-stage pattern on pull requests from forks: there the
// token is read-only and secrets are withheld, so this run cannot comment. It writes the comment's
// Markdown, its pictures beside it (referenced as ./picture-N.png) and which pull request and
// sticky marker it is for; the workflow uploads the folder as an artifact, and a `workflow_run`
// job that never checks out the pull request's code posts it (docs/reporting.md: Pull requests from forks).
import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { writeFileSafely } from '../assets/safe-write.js'
import type { DownloadedFile } from '../core/result.js'
import { commentSigningKey, renderComment, signComment } from './comment.js'
import type { ReportInput } from './types.js'

/** Under the output folder; like .meshy-outputs it keeps itself out of git. */
export const COMMENT_DIR = '.meshy-comment'
/** GitHub renders a few pictures per comment well; a batch shows the first ones. */
const MAX_PICTURES = 20
const PNG_MAGIC = Buffer.from('89504e470d0a1a0a', 'hex')

export interface CommentFileTarget {
  prNumber: number
  marker: string
  runUrl?: string
  artifactUrl?: string
}

/** Writes comment.md, comment.json and the pictures; returns comment.md's workspace path. */
export async function writeCommentFile(
  input: ReportInput,
  target: CommentFileTarget
): Promise<string> {
  const { config } = input
  const conf = { workspace: config.workspace, root: config.outputDir }
  const dir = join(config.outputDir, COMMENT_DIR)
  await writeFileSafely(conf, join(dir, '.gitignore'), '*\n')
  const pictures = picturesOf(input)
  const links = {
    runUrl: target.runUrl,
    artifactUrl: target.artifactUrl,
    sheetUrls: {},
    previewUrls: {}
  }
  let written = 0
  for (const picture of pictures) {
    const bytes = await readFile(picture.absPath)
    // The posting job takes PNG only (what it checks is simple); a JPEG thumbnail stays text.
    if (!bytes.subarray(0, 8).equals(PNG_MAGIC)) continue
    const name = `picture-${++written}.png`
    await writeFileSafely(conf, join(dir, name), bytes)
    const slot = picture.kind === 'render' ? links.sheetUrls : links.previewUrls
    Object.assign(slot, { [picture.key]: `./${name}` })
  }
  const body = signComment(
    renderComment(input, links, target.marker),
    commentSigningKey(config.apiKey)
  )
  const path = join(dir, 'comment.md')
  await writeFileSafely(conf, path, body)
  const meta = { pr: target.prNumber, marker: target.marker, pictures: written }
  await writeFileSafely(conf, join(dir, 'comment.json'), `${JSON.stringify(meta, null, 2)}\n`)
  return relative(config.workspace, path).split(sep).join('/')
}

interface Picture {
  kind: 'render' | 'thumbnail'
  /** What the comment looks the picture up by: a sheet's path, a thumbnail's task id. */
  key: string
  absPath: string
}

/** The pictures the comment would show from a preview branch: render sheets, else thumbnails. */
function picturesOf(input: ReportInput): Picture[] {
  const { result, batch, config } = input
  const sheets = result.files.filter((f): f is DownloadedFile => f.kind === 'render')
  const rowSheets = (batch ?? []).flatMap(r => (r.sheet ? [r.sheet] : []))
  const out: Picture[] = [
    ...sheets.map(f => ({ kind: 'render' as const, key: f.path, absPath: f.absPath })),
    ...rowSheets
      .filter(path => !sheets.some(f => f.path === path))
      .map(path => ({ kind: 'render' as const, key: path, absPath: join(config.workspace, path) }))
  ]
  const drawn = new Set(sheets.map(f => f.taskId))
  for (const f of result.files) {
    if (f.kind === 'thumbnail' && !drawn.has(f.taskId) && !batch) {
      out.push({ kind: 'thumbnail', key: f.taskId, absPath: f.absPath })
    }
  }
  return out.slice(0, MAX_PICTURES)
}
