// What a task is, independent of where it was asked for (an input, a manifest asset): the
// vocabulary that config, plan, batch and report share. A leaf: it imports nothing.

/**
 * A task type: a key of the task catalogue (tasks/catalogue.ts), which is the only list of them.
 * Checked once, where it enters (config's parseTaskType, the manifest reader).
 */
export type TaskType = string

export const MODEL_FORMATS = ['glb', 'fbx', 'obj', 'usdz', 'stl', '3mf', 'blend', 'bvh'] as const
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
  /** texture_model where the task textures; '' leaves the default (models.ts). */
  textureModel: string
  refine: boolean
  actionId?: number
  /** resize: the height in metres (resize_height). */
  height?: number
  /** resize: where the origin goes (origin_at, e.g. bottom). */
  origin?: string
  params: Record<string, unknown>
  formats: ModelFormat[]
  /** True when formats came from the user, not the default (decides whether target_formats is sent). */
  formatsExplicit: boolean
  download: DownloadKind[]
}
