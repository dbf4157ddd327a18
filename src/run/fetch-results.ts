// Turns a finished task into files on disk: picks the URLs the user asked for (catalogue),
// downloads a few at a time (assets module), and describes each file for the report.
import { join } from 'node:path'
import { downloadFile, type DownloadJob } from '../assets/download.js'
import { inspectModelFile } from '../assets/model-stats.js'
import { workspaceRelative } from '../assets/paths.js'
import type { DownloadKind, ModelFormat } from '../config/types.js'
import type { MeshyClient } from '../meshy/client.js'
import type { Transport } from '../meshy/transport.js'
import type { MeshyTask, Resource } from '../meshy/types.js'
import { assetsOf, isProducedFileName, type AssetRef } from '../tasks/catalogue.js'
import type { Clock } from '../core/clock.js'
import type { Logger } from '../core/log.js'
import type { DownloadedFile, FileKind } from '../core/result.js'
import { DownloadError, errorMessage } from '../core/errors.js'
import { formatBytes } from '../core/format.js'
import { isLoopback } from '../meshy/base-url.js'
import type { UrlPolicy } from '../assets/url-policy.js'
import type { RetryPolicy } from '../meshy/retry.js'

const PARALLEL_DOWNLOADS = 4
// Asset hosts are CDNs: a few quick retries cover a dropped connection; a longer outage is
// better reported (the task can be collected again with task-id) than waited out.
const DOWNLOAD_RETRY: RetryPolicy = { maxAttempts: 4, baseMs: 1000, maxMs: 8000, factor: 2 }

export interface FetchDeps {
  /** baseUrl (the real client has it) lets plain http reach a loopback base-url's host. */
  client: Pick<MeshyClient, 'get'> & { readonly baseUrl?: string }
  transport: Transport
  clock: Clock
  logger: Logger
}

export interface FetchRequest {
  task: MeshyTask
  resource: Resource
  dir: string
  workspace: string
  /** The output folder: every download is confined to it. */
  outputDir: string
  formats: ModelFormat[]
  kinds: DownloadKind[]
  deadline: number
  /** Run glTF-Validator on downloaded glTF/GLB files (`validate` is not `off`). */
  validate: boolean
}

/**
 * Downloads every asset of the task. All downloads run to the end even if one fails, so the
 * files that did arrive are kept and reported next to the error.
 */
export async function downloadTaskAssets(
  deps: FetchDeps,
  req: FetchRequest
): Promise<{ files: DownloadedFile[]; error?: DownloadError }> {
  const refs = assetsOf(req.task, req.formats, req.kinds)
  const slots: Array<DownloadedFile | undefined> = new Array(refs.length)
  const failures: string[] = []
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < refs.length; i = next++) {
      try {
        slots[i] = await fetchOne(deps, req, refs[i])
      } catch (err) {
        failures.push(`${refs[i].fileName}: ${errorMessage(err)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_DOWNLOADS, refs.length) }, worker))
  const files = slots.filter((f): f is DownloadedFile => f !== undefined)
  await describeModels(files, req.validate, req.deadline - deps.clock.now())
  if (!failures.length) return { files }
  const error = new DownloadError(
    `Could not download ${failures.length} file(s): ${failures.join('; ')}`
  )
  return { files, error }
}

/**
 * Once per complete, verified file; one at a time, so memory holds one validator at most. The
 * validator's whole-file read also gives the sha256, so the lockfile need not read it again.
 */
async function describeModels(
  files: DownloadedFile[],
  validate: boolean,
  timeoutMs: number
): Promise<void> {
  for (const file of files) {
    if (file.kind !== 'model' && file.kind !== 'animation') continue
    const opts = { validate, timeoutMs }
    const { stats, sha256 } = await inspectModelFile(file.absPath, file.path, file.bytes, opts)
    file.stats = stats
    if (sha256) file.sha256 = sha256
  }
}

async function fetchOne(
  deps: FetchDeps,
  req: FetchRequest,
  ref: AssetRef
): Promise<DownloadedFile> {
  if (!isProducedFileName(ref.fileName)) {
    throw new DownloadError(
      `refused the file name ${JSON.stringify(ref.fileName)} from Meshy's answer: names from the ` +
        `API are limited to [a-z0-9_-] and a known extension`
    )
  }
  const dest = join(req.dir, ref.fileName)
  const job: DownloadJob = {
    url: ref.url,
    dest,
    confine: { workspace: req.workspace, root: req.outputDir },
    expect: ref.expect,
    // Signed URLs expire. v1 re-signed them on a fresh GET; v2 answers the same URL, so this
    // one free GET only helps if Meshy ever re-signs again (docs/meshy-rules.md, "Retention").
    refreshUrl: async () => {
      const fresh = await deps.client.get(req.task.id, { deadline: req.deadline })
      return assetsOf(fresh, req.formats, req.kinds).find(a => a.fileName === ref.fileName)?.url
    }
  }
  const { bytes, path } = await downloadFile(job, {
    transport: deps.transport,
    clock: deps.clock,
    deadline: req.deadline,
    logger: deps.logger,
    retry: DOWNLOAD_RETRY,
    urlPolicy: urlPolicyFor(deps.client.baseUrl)
  })
  deps.logger.info(`Downloaded ${workspaceRelative(req.workspace, path)} (${formatBytes(bytes)})`)
  return {
    kind: ref.kind as FileKind,
    label: ref.label,
    path: workspaceRelative(req.workspace, path),
    absPath: path,
    bytes,
    taskId: req.task.id
  }
}

/** Plain http only to base-url's own host, and only when that host is loopback (tests). */
function urlPolicyFor(baseUrl: string | undefined): UrlPolicy {
  if (!baseUrl) return {}
  const host = new URL(baseUrl).hostname
  return isLoopback(host) ? { httpHost: host } : {}
}
