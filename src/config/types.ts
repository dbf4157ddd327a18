// The typed form of the action's inputs (shared/action-contract.md). Only src/config/ reads
// inputs; everything downstream works from these objects.

export const TASK_TYPES = [
  'text-to-3d',
  'image-to-3d',
  'multi-image-to-3d',
  'text-to-texture',
  'retexture',
  'remesh',
  'rigging',
  'animation',
  'text-to-image',
  'image-to-image'
] as const
export type TaskType = (typeof TASK_TYPES)[number]

export const MODEL_FORMATS = ['glb', 'fbx', 'obj', 'usdz', 'stl', '3mf', 'blend'] as const
export type ModelFormat = (typeof MODEL_FORMATS)[number]

export const DOWNLOAD_KINDS = ['model', 'thumbnail', 'textures', 'images', 'animations'] as const
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number]

/** A media input after validation: a remote URL, or a data URI (from the input or a file). */
export interface MediaInput {
  /** What is sent to Meshy: an https URL or a data URI. */
  value: string
  /** For files read from the workspace: the path relative to the workspace, and a content hash. */
  file?: { path: string; sha256: string; bytes: number; mime: string }
}

/** What one task (or one manifest asset) asks for. */
export interface TaskSpec {
  task: TaskType
  prompt: string
  texturePrompt: string
  images: MediaInput[]
  model?: MediaInput
  inputTaskId: string
  aiModel: string
  refine: boolean
  actionId?: number
  params: Record<string, unknown>
  formats: ModelFormat[]
  /** True when formats came from the user, not the default (decides whether target_formats is sent). */
  formatsExplicit: boolean
  download: DownloadKind[]
}

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
}
