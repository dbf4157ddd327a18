// The workflow artifact: the downloaded files plus meshy-result.json (task objects with every
// signed query string removed, never the key), uploaded with @actions/artifact.
import { join, relative, isAbsolute } from 'node:path'
import { fileDigest } from '../assets/file-hash.js'
import { writeFileSafely } from '../assets/safe-write.js'
import { displayUrl, redact } from '../core/redact.js'
import type { RunResult } from '../core/result.js'
import type { ArtifactClientLike, BatchRow } from './types.js'

export const RESULT_FILE = 'meshy-result.json'

export async function defaultArtifactClient(): Promise<ArtifactClientLike> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  return new DefaultArtifactClient()
}

/**
 * Strips signatures from URLs and shrinks data URIs, anywhere in a JSON-like value, and redacts
 * every string, keys included: an answer that echoes the key anywhere must not put it in a file.
 */
export function scrub(value: unknown): unknown {
  if (typeof value === 'string') {
    return redact(/^https?:\/\//i.test(value) ? displayUrl(value) : value)
  }
  if (Array.isArray(value)) return value.map(scrub)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), scrub(v)]))
  }
  return value
}

/** meshy-result.json: the tasks, and each file with its sha256 so a later job can verify it. */
export async function resultDocument(result: RunResult, batch?: BatchRow[]): Promise<unknown> {
  const files = []
  for (const file of result.files) {
    const sha256 = await fileDigest(file)
    const rest: Partial<typeof file> = { ...file }
    delete rest.absPath
    delete rest.sha256
    files.push({ ...rest, sha256 })
  }
  return scrub({
    tasks: result.tasks.map(t => t.task),
    files,
    ...(batch ? { batch } : {}),
    ...(result.error ? { error: result.error.message } : {})
  })
}

function inside(dir: string, file: string): boolean {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
}

export interface ArtifactUpload {
  id?: number
  /** The zip's sha256 as the artifact service computed it ("sha256:<hex>"). */
  digest?: string
  /** The files handed to the uploader, for logs and tests. */
  files: string[]
}

/**
 * Writes meshy-result.json into the output directory and uploads it with the downloaded files.
 * The zip's root is the output directory when every file is under it, else the workspace.
 */
export async function uploadResults(
  client: ArtifactClientLike,
  name: string,
  result: RunResult,
  dirs: { outputDir: string; workspace: string },
  batch?: BatchRow[],
  extraFiles: string[] = []
): Promise<ArtifactUpload> {
  const doc = join(dirs.outputDir, RESULT_FILE)
  const text = `${JSON.stringify(await resultDocument(result, batch), null, 2)}\n`
  await writeFileSafely({ workspace: dirs.workspace, root: dirs.outputDir }, doc, text)
  // A regenerated asset's "before" sheet is not a file of the run, but the report shows it.
  const before = (batch ?? []).flatMap(r =>
    r.previous ? [join(dirs.workspace, r.previous.sheet)] : []
  )
  const files = [...result.files.map(f => f.absPath), ...before, ...extraFiles, doc]
  const root = files.every(f => inside(dirs.outputDir, f)) ? dirs.outputDir : dirs.workspace
  // GLB, PNG and zips are compressed already; a low level saves CPU and time.
  const response = await client.uploadArtifact(name, files, root, { compressionLevel: 1 })
  return { id: response.id, digest: response.digest, files }
}

export function artifactUrl(
  ctx: { serverUrl: string; owner: string; repo: string; runId: string },
  id: number
): string | undefined {
  if (!ctx.owner || !ctx.repo || !ctx.runId) return undefined
  return `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${id}`
}
