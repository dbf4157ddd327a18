// The typed form of the action's inputs (action.yml). Only src/config/ reads inputs;
// everything downstream works from these objects.
import type { QualityGates } from '../assets/quality-gates.js'
import type { TaskSpec } from '../tasks/types.js'

export * from '../tasks/types.js'

export interface Config {
  apiKey: string
  testMode: boolean
  baseUrl: string
  /** Absent when picking up (`task-id`) or in batch mode. */
  spec?: TaskSpec
  taskId: string
  wait: boolean
  timeoutMs: number
  workspace: string
  /** Absolute path inside the workspace. */
  outputDir: string
  summary: boolean
  githubToken: string
  prComment: boolean
  commentKey: string
  artifactName: string
  maxCredits?: number
  manifest: string
  lockfile: string
  concurrency?: number
  shard?: { index: number; total: number }
  previewBranch: string
  /** Plan only: no create, no download, no lockfile write, no deletion; at most a balance read. */
  dryRun: boolean
  /** Validation and budgets for downloaded models (single-task mode; manifest assets carry their own). */
  quality: QualityGates
}
