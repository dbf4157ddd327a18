// Step outputs (shared/action-contract.md). Set on success and on failure alike, from whatever
// the run produced, so later steps can resume or report.
import type { Config, ModelFormat } from '../config/types.js'
import type { RunPlan } from '../plan/run-plan.js'
import { assertNever } from '../core/errors.js'
import { urlsOf } from '../tasks/catalogue.js'
import { stripSecrets } from '../core/redact.js'
import { capLargeOutputs } from './output-files.js'
import { lastTask, renderFiles, totalCredits, type RunResult } from '../core/result.js'

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
  summaryFile?: string
  commentFile?: string
  artifactDigest?: string
  attestationUrl?: string
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
    'task-id': str(task?.id) || taskId,
    'task-ids': JSON.stringify(result.tasks.map(t => str(t.task.id))),
    'task-type': str(task?.type),
    status: str(task?.status),
    'model-url': urls?.modelUrl ?? '',
    'model-urls': JSON.stringify(urls?.modelUrls ?? {}),
    'thumbnail-url': urls?.thumbnailUrl ?? '',
    'texture-urls': JSON.stringify(urls?.textureUrls ?? []),
    'image-urls': JSON.stringify(urls?.imageUrls ?? []),
    files: JSON.stringify(result.files.map(f => f.path)),
    'model-file': modelFile?.path ?? '',
    'thumbnail-file': result.files.find(f => f.kind === 'thumbnail')?.path ?? '',
    'model-stats': modelStats ? JSON.stringify(modelStats) : '',
    'render-files': JSON.stringify(renderFiles(result).map(f => f.path)),
    credits: String(totalCredits(result)),
    'expires-at': isoTime(task?.expires_at),
    result: task ? JSON.stringify(task) : ''
  }
  return out
}

/** A field from the API as output text: strings as they are, anything else empty. */
function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** Meshy's ms timestamp as ISO 8601; empty when it is not a time a Date can hold. */
function isoTime(value: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return ''
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString()
}

/** The outputs' values, before the size caps. */
export function outputValues(
  config: Config,
  result: RunResult,
  extra: ExtraOutputs = {}
): Record<string, string> {
  const outputs = safeOutputs(config, result)
  if (extra.artifactId !== undefined) outputs['artifact-id'] = String(extra.artifactId)
  if (extra.artifactUrl) outputs['artifact-url'] = extra.artifactUrl
  if (extra.commentUrl) outputs['comment-url'] = extra.commentUrl
  if (extra.summaryFile) outputs['summary-file'] = extra.summaryFile
  if (extra.commentFile) outputs['comment-file'] = extra.commentFile
  if (extra.artifactDigest) outputs['artifact-digest'] = extra.artifactDigest
  if (extra.attestationUrl) outputs['attestation-url'] = extra.attestationUrl
  if (extra.manifestResults) outputs['manifest-results'] = JSON.stringify(extra.manifestResults)
  if (extra.plan) outputs.plan = JSON.stringify(extra.plan)
  return outputs
}

export interface OutputOptions {
  /** The `*-file` outputs written already (output-files.ts). */
  files?: Record<string, string>
  warn?: (message: string) => void
}

export function writeOutputs(
  setOutput: SetOutput,
  config: Config,
  result: RunResult,
  extra: ExtraOutputs = {},
  options: OutputOptions = {}
): void {
  const outputs = { ...outputValues(config, result, extra), ...options.files }
  capLargeOutputs(outputs, options.warn ?? (() => undefined))
  // Outputs keep their signed URLs (they are useless without them) but never a registered secret.
  for (const [name, value] of Object.entries(outputs)) setOutput(name, stripSecrets(String(value)))
}

/**
 * The outputs, never throwing: the task id is what a user needs to resume, so when anything in
 * a malformed answer breaks the full set, the ids and status are still written.
 */
function safeOutputs(config: Config, result: RunResult): Record<string, string> {
  try {
    return taskOutputs(config, result)
  } catch {
    const task = lastTask(result)
    return {
      'task-id': str(task?.id) || asked(config).taskId,
      'task-ids': JSON.stringify(result.tasks.map(t => str(t.task.id))),
      status: str(task?.status)
    }
  }
}
