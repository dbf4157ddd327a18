// Publishes a run's results to GitHub: artifact → preview branch → PR comment → job summary.
// Each part is optional and a failure is a warning: the generated files are already on disk,
// and a missing comment must never fail a run that paid for its assets.
import { join } from 'node:path'
import { errorMessage } from '../core/errors.js'
import { renderFiles } from '../core/result.js'
import { artifactUrl, defaultArtifactClient, uploadResults } from './artifact.js'
import { writeCommentFile } from './comment-file.js'
import {
  defaultAttester,
  generationPredicate,
  PREDICATE_TYPE,
  SUMS_FILE,
  writeSha256Sums
} from './provenance.js'
import {
  commentFailure,
  commentMarker,
  commentSigningKey,
  signingKeyIsPublic,
  renderComment,
  upsertComment
} from './comment.js'
import type { OctokitLike, RunContext } from './github.js'
import { hasRepository, octokitFactory, readRunContext, runUrl } from './github.js'
import { commitPreviews, previewFailure } from './preview-branch.js'
import {
  PR_BODY_BUDGET,
  renderConfigErrorSummary,
  renderSummary,
  writeSummary,
  writeSummaryFile
} from './summary.js'
import type { AttestationSubject, ReportDeps, ReportInput, ReportOutcome } from './types.js'

export type { ArtifactClientLike } from './types.js'
export type { OctokitLike } from './github.js'
export type { BatchRow, ReportDeps, ReportInput, ReportOutcome } from './types.js'

export async function publishReport(input: ReportInput, deps: ReportDeps): Promise<ReportOutcome> {
  const ctx = await readRunContext(deps.env)
  const outcome: ReportOutcome = {}
  const { config } = input
  const run: Publishing = { input, deps, ctx, outcome, client: lazyClient(input, deps, ctx) }
  // In this order: the comment and the summary link to the artifact and the previews.
  // A plan has no files to upload or preview.
  const sums = input.plan ? undefined : await writeSums(run)
  if (config.artifactName && !input.plan) await publishArtifact(run, sums?.path)
  if (config.attest && sums) await publishAttestation(run, sums.subjects)
  if (config.previewBranch && !input.plan) await publishPreviews(run)
  if (config.prComment) await publishComment(run)
  if (config.summary) await publishSummary(run)
  await publishSummaryFile(run)
  return outcome
}

/** What every publishing step reads; each one adds its links to `outcome`. */
interface Publishing {
  input: ReportInput
  deps: ReportDeps
  ctx: RunContext
  outcome: ReportOutcome
  client: GetClient
}

/** SHA256SUMS, for the artifact and the attestation: written when either is wanted. */
async function writeSums({ input, deps }: Publishing) {
  const { config, result } = input
  if ((!config.artifactName && !config.attest) || result.files.length === 0) return undefined
  try {
    return await writeSha256Sums(result, config)
  } catch (error) {
    deps.logger.warning(`Could not write ${SUMS_FILE}: ${errorMessage(error)}`)
    return undefined
  }
}

async function publishArtifact(
  { input, deps, ctx, outcome }: Publishing,
  sums: string | undefined
): Promise<void> {
  const { config, result, batch } = input
  try {
    const client = await (deps.artifactClient ?? defaultArtifactClient)()
    const dirs = { outputDir: config.outputDir, workspace: config.workspace }
    const extra = sums ? [sums] : []
    const upload = await uploadResults(client, config.artifactName, result, dirs, batch, extra)
    if (upload.id !== undefined) {
      outcome.artifactId = upload.id
      outcome.artifactUrl = artifactUrl(ctx, upload.id)
    }
    if (upload.digest) outcome.artifactDigest = upload.digest
    deps.logger.info(`Uploaded artifact ${config.artifactName} (${upload.files.length} files).`)
  } catch (error) {
    deps.logger.warning(
      `Could not upload the artifact ${config.artifactName}: ${errorMessage(error)}. The files are still in ${config.outputDir}.`
    )
  }
}

/** A GitHub artifact attestation of the run's files; a failure is a warning like the rest. */
async function publishAttestation(
  { input, deps, outcome }: Publishing,
  subjects: AttestationSubject[]
): Promise<void> {
  const attester = deps.attester ?? defaultAttester(deps.env, input.config.githubToken)
  try {
    const made = await attester({
      subjects,
      predicateType: PREDICATE_TYPE,
      predicate: generationPredicate(input.result)
    })
    if (made.url) outcome.attestationUrl = made.url
    deps.logger.info(`Attested ${subjects.length} file(s)${made.url ? `: ${made.url}` : ''}.`)
  } catch (error) {
    deps.logger.warning(
      `Could not create the attestation: ${errorMessage(error)}. It needs these job permissions:\n` +
        'permissions:\n  id-token: write\n  attestations: write'
    )
  }
}

async function publishPreviews({ input, deps, ctx, outcome, client }: Publishing): Promise<void> {
  if (!hasRepository(ctx)) {
    deps.logger.info('preview-branch: no GITHUB_REPOSITORY, so no previews were committed.')
    return
  }
  try {
    const octokit = await client()
    const { result, batch, config } = input
    const sheets = [
      ...renderFiles(result),
      ...(batch ?? []).flatMap(r =>
        r.previous
          ? [{ path: r.previous.sheet, absPath: join(config.workspace, r.previous.sheet) }]
          : []
      )
    ]
    const urls = await commitPreviews(octokit, ctx, config.previewBranch, result.files, sheets)
    if (Object.keys(urls.previews).length) outcome.previewUrls = urls.previews
    if (Object.keys(urls.sheets).length) outcome.sheetUrls = urls.sheets
    if (!outcome.previewUrls && !outcome.sheetUrls) {
      deps.logger.info('preview-branch: no thumbnail or render sheet was made, nothing to commit.')
    }
  } catch (error) {
    deps.logger.warning(previewFailure(error))
  }
}

async function publishComment(run: Publishing): Promise<void> {
  const { input, deps, ctx, outcome, client } = run
  if (ctx.prNumber === undefined || !hasRepository(ctx)) {
    deps.logger.info(
      `pr-comment: this run is not on a pull request (event "${ctx.eventName || 'unknown'}"), so no comment was written.`
    )
    return
  }
  try {
    // A plan has its own comment, so the real run of the same PR does not overwrite it.
    const marker = commentMarker(ctx, input.config.commentKey || (input.plan ? 'plan' : ''))
    const links = { runUrl: runUrl(ctx), ...outcome }
    await writeCommentFileFor(run, marker, links)
    const body = renderComment(input, links, marker)
    const octokit = await client()
    if (signingKeyIsPublic(input.config.apiKey)) {
      deps.logger.debug(
        'pr-comment: no secret key in this run, so the comment signature uses a public value: it ' +
          'marks the body as unedited, not as ours (the marker and the author decide).'
      )
    }
    const target = {
      prNumber: ctx.prNumber,
      marker,
      key: commentSigningKey(input.config.apiKey)
    }
    outcome.commentUrl = await upsertComment(octokit, ctx, target, body, deps.logger)
  } catch (error) {
    const saved = outcome.commentFile
      ? `\nThe comment is saved in ${outcome.commentFile} (comment-file) for a workflow_run job ` +
        'to post: see docs/reporting.md, "Pull requests from forks: the two-stage comment".'
      : ''
    deps.logger.warning(`${commentFailure(error)}${saved}`)
  }
}

/** The comment as files for a later `workflow_run` job (the two-stage fork workflow). */
async function writeCommentFileFor(
  { input, deps, ctx, outcome }: Publishing,
  marker: string,
  links: { runUrl?: string; artifactUrl?: string }
): Promise<void> {
  if (ctx.prNumber === undefined || (input.plan === undefined && !input.result)) return
  try {
    outcome.commentFile = await writeCommentFile(input, {
      prNumber: ctx.prNumber,
      marker,
      ...links
    })
  } catch (error) {
    deps.logger.warning(`Could not write the comment file: ${errorMessage(error)}`)
  }
}

async function publishSummary({ input, deps, ctx, outcome }: Publishing): Promise<void> {
  try {
    const markdown = renderSummary(input, { runUrl: runUrl(ctx), ...outcome })
    if (!(await writeSummary(markdown, deps.env))) {
      deps.logger.debug('No GITHUB_STEP_SUMMARY: not running on a runner, summary skipped.')
    }
  } catch (error) {
    deps.logger.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}

/**
 * The summary again, sized for a pull request's body, in a file outside the workspace (so a step
 * that commits the workspace never picks it up); `summary-file` names it. A scheduled run cannot
 * comment on the pull request it opens: this is how its reviewer still sees the pictures.
 */
async function publishSummaryFile({ input, deps, ctx, outcome }: Publishing): Promise<void> {
  try {
    const markdown = renderSummary(input, { runUrl: runUrl(ctx), ...outcome }, PR_BODY_BUDGET)
    const path = await writeSummaryFile(markdown, deps.env)
    if (path) outcome.summaryFile = path
  } catch (error) {
    deps.logger.warning(`Could not write summary-file: ${errorMessage(error)}`)
  }
}

/** The README promises every run a summary: a configuration error gets a short one too. */
export async function reportConfigError(
  problem: string,
  deps: Pick<ReportDeps, 'env' | 'logger'>
): Promise<void> {
  try {
    await writeSummary(renderConfigErrorSummary(problem), deps.env)
  } catch (error) {
    deps.logger.warning(`Could not write the job summary: ${errorMessage(error)}`)
  }
}

type GetClient = () => Promise<OctokitLike>

/** One Octokit per publishReport call, created only when a part needs it. */
function lazyClient(input: ReportInput, deps: ReportDeps, ctx: RunContext): GetClient {
  let octokit: Promise<OctokitLike> | undefined
  return () => {
    const token = input.config.githubToken
    if (!token) return Promise.reject(new Error('github-token is empty'))
    octokit ??= (deps.octokit ?? octokitFactory(ctx.apiUrl))(token)
    return octokit
  }
}
