// The shapes the report's parts share; index.ts is the entry that wires them.
import type { ModelStats } from '../assets/model-stats.js'
import type { CommonConfig } from '../config/types.js'
import type { Logger } from '../core/log.js'
import type { RunPlan } from '../plan/run-plan.js'
import type { RunResult } from '../core/result.js'
import type { OctokitLike } from './github.js'

/** What ran out when a batch asset waits for the next run. */
export type StopReason = 'out of credits' | 'out of time'

export interface BatchRow {
  name: string
  /** 'not started' and 'waiting': the credits or the time ran out (`stopped`); the next run goes on. */
  status: 'generated' | 'unchanged' | 'resumed' | 'failed' | 'not started' | 'waiting'
  /** What ran out, for a 'not started' or 'waiting' asset: decided here, never read back from `error`. */
  stopped?: StopReason
  credits: number
  taskIds: string[]
  files: string[]
  error?: string
  /** The asset's first model: this run's full stats, or for an unchanged asset the lockfile's. */
  stats?: Partial<ModelStats> & Pick<ModelStats, 'path' | 'bytes'>
  /** Budgets its models break (the asset still counts as generated: it was paid for). */
  breaches?: string[]
  /** What to look at that fails nothing: a model far from the height its manifest declares. */
  flags?: string[]
  /** This run's render sheet of the asset's first model (workspace path). */
  sheet?: string
  /** Why the asset ran this time ("prompt changed", "source chair regenerates"): the plan's reason. */
  why?: string
  /** Regenerated: the model it had before this run, drawn before it was replaced, and its stats. */
  previous?: { sheet: string; stats: Partial<ModelStats> & Pick<ModelStats, 'path' | 'bytes'> }
}

/** The slice of @actions/artifact's client we use. */
export interface ArtifactClientLike {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { compressionLevel?: number }
  ): Promise<{ id?: number; size?: number; digest?: string }>
}

/** A file an attestation is about: its name (output-folder relative) and sha256 (hex). */
export interface AttestationSubject {
  name: string
  digest: { sha256: string }
}

/** Signs and stores a GitHub artifact attestation (Sigstore via the job's OIDC token). */
export type Attester = (request: {
  subjects: AttestationSubject[]
  predicateType: string
  predicate: Record<string, unknown>
}) => Promise<{ url?: string }>

export interface ReportDeps {
  /** GITHUB_* vars, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH. (@actions/artifact reads process.env.) */
  env: NodeJS.ProcessEnv
  /** Already redacting. */
  logger: Logger
  /** Default: @actions/github's getOctokit with baseUrl = GITHUB_API_URL. */
  octokit?: (token: string) => Promise<OctokitLike>
  /** Default: @actions/artifact's DefaultArtifactClient. */
  artifactClient?: () => Promise<ArtifactClientLike>
  /** Default: provenance.ts's, through @actions/attest (Sigstore, the job's OIDC token). */
  attester?: Attester
}

export interface ReportInput {
  /** The report needs only the settings every run mode shares. */
  config: CommonConfig
  result: RunResult
  batch?: BatchRow[]
  /** Estimated credits, when max-credits was checked. */
  estimate?: number
  /** A dry run's plan: the summary and the comment show it instead of results. */
  plan?: RunPlan
  /** The run's task type, when it had one (the summary's heading). */
  task?: string
}

export interface ReportOutcome {
  artifactId?: number
  artifactUrl?: string
  commentUrl?: string
  /** The comment's Markdown, with its pictures beside it (comment-file.ts). */
  commentFile?: string
  artifactDigest?: string
  attestationUrl?: string
  previewUrls?: Record<string, string>
  /** Render sheet path → its URL on the preview branch. */
  sheetUrls?: Record<string, string>
  /** The summary sized for a pull request's body (`summary-file`): an absolute path. */
  summaryFile?: string
}
