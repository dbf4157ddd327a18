// The typed form of the action's inputs (action.yml). Only src/config/ reads inputs;
// everything downstream works from these objects.
import type { QualityGates } from '../assets/quality-gates.js'
import type { RenderSettings } from './render.js'
import type { DownloadKind, ModelFormat, TaskSpec, TaskType } from '../tasks/types.js'

export * from '../tasks/types.js'

/** The settings every run mode shares. */
export interface CommonConfig {
  apiKey: string
  testMode: boolean
  baseUrl: string
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
  /** Create a GitHub artifact attestation for the run's files (absent: false). */
  attest?: boolean
  maxCredits?: number
  previewBranch: string
  /** Plan only: no create, no download, no lockfile write, no deletion; at most a balance read. */
  dryRun: boolean
  /** Validation and budgets for downloaded models (a manifest's assets carry their own). */
  quality: QualityGates
  /** Four-view render sheets of downloaded models (a manifest's assets may set their own mode). */
  render: RenderSettings
}

/** What to download when no full task spec says it: picking up, or batch's run-wide values. */
export interface Selection {
  formats: ModelFormat[]
  download: DownloadKind[]
}

/** `task` (and no `task-id`): create the task from the full, checked spec. */
export interface CreateConfig extends CommonConfig {
  mode: 'create'
  spec: TaskSpec
}

/** `task-id`: collect an existing task; nothing is created and no credits are spent. */
export interface PickUpConfig extends CommonConfig {
  mode: 'pick-up'
  taskId: string
  /** From `task` when given: its resource is known, so no lookup is needed. */
  task?: TaskType
  selection: Selection
}

/** `manifest`: run every asset it lists through the same pipeline. */
export interface BatchConfig extends CommonConfig {
  mode: 'batch'
  manifest: string
  lockfile: string
  concurrency?: number
  shard?: { index: number; total: number }
  selection: Selection
}

/**
 * One run mode per variant, told apart by `mode`. A new mode is a new variant here; main.ts's
 * switch then fails to compile until it handles it.
 */
export type Config = CreateConfig | PickUpConfig | BatchConfig

export type RunMode = Config['mode']
