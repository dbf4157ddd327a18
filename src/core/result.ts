// What a run produced: the single record that outputs, summary, comment and artifact read.
import type { ModelStats } from '../assets/model-stats.js'
import type { MeshyTask, Resource } from '../meshy/types.js'

export interface TaskRecord {
  task: MeshyTask
  resource: Resource
  /** Monotonic times (ms) when we created or picked up the task and when it ended. */
  startedAt: number
  endedAt?: number
}

export type FileKind = 'model' | 'thumbnail' | 'texture' | 'image' | 'animation' | 'render'

export interface DownloadedFile {
  kind: FileKind
  /** e.g. 'glb', 'png', 'base_color'. */
  label: string
  /** Path relative to the workspace, with forward slashes. */
  path: string
  absPath: string
  bytes: number
  taskId: string
  /** Taken once, when something first reads the whole file (file-hash.ts fileDigest). */
  sha256?: string
  /** Models and animation clips: size, and for glTF the counts, bounds and validation. */
  stats?: ModelStats
  /** A render sheet: the workspace path of the model it shows. */
  shows?: string
  /** A model whose render sheet was not drawn: why (a texture over the limit, a failed page). */
  renderNote?: string
}

/** The render sheets of a run, in the order their models were downloaded. */
export function renderFiles(result: RunResult): DownloadedFile[] {
  return result.files.filter(f => f.kind === 'render')
}

export interface RunResult {
  tasks: TaskRecord[]
  files: DownloadedFile[]
  /** The error that failed the run, if any (outputs are still set). */
  error?: Error
}

export function lastTask(result: RunResult): MeshyTask | undefined {
  return result.tasks.at(-1)?.task
}

export function totalCredits(result: RunResult): number {
  return result.tasks.reduce((sum, t) => sum + (Number(t.task.consumed_credits) || 0), 0)
}
