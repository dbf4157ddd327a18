// The shapes the report's parts share; index.ts is the entry that wires them.
import type { ModelStats } from '../assets/model-stats.js'
import type { Clock } from '../clock.js'
import type { CommonConfig } from '../config/types.js'
import type { Logger } from '../log.js'
import type { RunPlan } from '../plan/run-plan.js'
import type { RunResult } from '../result.js'
import type { OctokitLike } from './github.js'

export interface BatchRow {
  name: string
  /** 'not started' and 'waiting': the credits ran out (error 'out of credits'); the next run goes on. */
  status: 'generated' | 'unchanged' | 'resumed' | 'failed' | 'not started' | 'waiting'
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
  ): Promise<{ id?: number; size?: number }>
}

export interface ReportDeps {
  /** GITHUB_* vars, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH. (@actions/artifact reads process.env.) */
  env: NodeJS.ProcessEnv
  /** Already redacting. */
  logger: Logger
  clock: Clock
  /** Default: @actions/github's getOctokit with baseUrl = GITHUB_API_URL. */
  octokit?: (token: string) => Promise<OctokitLike>
  /** Default: @actions/artifact's DefaultArtifactClient. */
  artifactClient?: () => Promise<ArtifactClientLike>
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
  title?: string
  /** The run's task type, when it had one (the summary's heading without a title). */
  task?: string
}

export interface ReportOutcome {
  artifactId?: number
  artifactUrl?: string
  commentUrl?: string
  previewUrls?: Record<string, string>
  /** Render sheet path → its URL on the preview branch. */
  sheetUrls?: Record<string, string>
}
