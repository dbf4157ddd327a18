// Step outputs (shared/action-contract.md). Set on success and on failure alike, from whatever
// the run produced, so later steps can resume or report.
import type { Config, ModelFormat } from '../config/types.js'
import type { RunPlan } from '../plan/run-plan.js'
import { assertNever } from '../errors.js'
import { urlsOf } from '../tasks/catalogue.js'
import { stripSecrets } from '../redact.js'
import { lastTask, totalCredits, type RunResult } from '../result.js'

/** What outputs read from the run mode: the formats asked for and the task id given. */
function asked(config: Config): { formats: ModelFormat[]; taskId: string } {
  switch (config.mode) {
    case 'create':
      return { formats: config.spec.formats, taskId: '' }
    case 'pick-up':
      return { formats: config.selection.formats, taskId: config.taskId }
    case 'batch':
      return { formats: config.selection.formats, taskId: '' }
    default:
      return assertNever(config)
  }
}

export type SetOutput = (name: string, value: string) => void

export interface ExtraOutputs {
  artifactId?: number
  artifactUrl?: string
  commentUrl?: string
  manifestResults?: Record<string, unknown>
  plan?: RunPlan
}

export function taskOutputs(config: Config, result: RunResult): Record<string, string> {
  const task = lastTask(result)
  const { formats, taskId } = asked(config)
  const urls = task ? urlsOf(task, formats) : undefined
  const firstModel = result.files.find(f => f.kind === 'model' && f.path.endsWith(`.${formats[0]}`))
  const modelFile = firstModel ?? result.files.find(f => f.kind === 'model')
  const modelStats = modelFile?.stats
  const out: Record<string, string> = {
    'task-id': task?.id ?? taskId,
    'task-ids': JSON.stringify(result.tasks.map(t => t.task.id)),
    'task-type': task?.type ?? '',
    status: task?.status ?? '',
    'model-url': urls?.modelUrl ?? '',
    'model-urls': JSON.stringify(urls?.modelUrls ?? {}),
    'thumbnail-url': urls?.thumbnailUrl ?? '',
    'texture-urls': JSON.stringify(urls?.textureUrls ?? []),
    'image-urls': JSON.stringify(urls?.imageUrls ?? []),
    files: JSON.stringify(result.files.map(f => f.path)),
    'model-file': modelFile?.path ?? '',
    'thumbnail-file': result.files.find(f => f.kind === 'thumbnail')?.path ?? '',
    'model-stats': modelStats ? JSON.stringify(modelStats) : '',
    credits: String(totalCredits(result)),
    'expires-at': task?.expires_at ? new Date(task.expires_at).toISOString() : '',
    result: task ? JSON.stringify(task) : ''
  }
  return out
}

export function writeOutputs(
  setOutput: SetOutput,
  config: Config,
  result: RunResult,
  extra: ExtraOutputs = {}
): void {
  const outputs = taskOutputs(config, result)
  if (extra.artifactId !== undefined) outputs['artifact-id'] = String(extra.artifactId)
  if (extra.artifactUrl) outputs['artifact-url'] = extra.artifactUrl
  if (extra.commentUrl) outputs['comment-url'] = extra.commentUrl
  if (extra.manifestResults) outputs['manifest-results'] = JSON.stringify(extra.manifestResults)
  if (extra.plan) outputs.plan = JSON.stringify(extra.plan)
  // Outputs keep their signed URLs (they are useless without them) but never a registered secret.
  for (const [name, value] of Object.entries(outputs)) setOutput(name, stripSecrets(value))
}
