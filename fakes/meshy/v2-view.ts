// A task as v2 serves it (docs/meshy-rules.md, "Task object"): the request under `input`, every
// result under `output` (null until SUCCEEDED, a file Meshy did not make is null), null for
// times that have not happened, credits set from creation, and `expires_at` always null for
// text-to-3d tasks.
import type { FakeTask } from './types.js'

export interface V2ViewParts {
  status: string
  progress: number
  precedingTasks: number
  /** The v1 result fields of the task when it succeeded (outputs.ts). */
  results: Record<string, unknown>
  ttlMs: number
}

const TEXT_TO_3D_TYPES = ['text-to-3d', 'text-to-3d-preview', 'text-to-3d-refine']

export function v2View(task: FakeTask, parts: V2ViewParts): Record<string, unknown> {
  const { status } = parts
  const terminal = status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELED'
  const succeeded = status === 'SUCCEEDED'
  return {
    id: task.id,
    type: task.type,
    status,
    progress: parts.progress,
    created_at: task.createdAt,
    started_at: status === 'PENDING' ? null : task.startedAt,
    finished_at: terminal ? task.finishedAt : null,
    expires_at:
      succeeded && !TEXT_TO_3D_TYPES.includes(task.type) ? task.finishedAt + parts.ttlMs : null,
    preceding_tasks: status === 'PENDING' ? parts.precedingTasks : 0,
    consumed_credits: status === 'FAILED' ? 0 : task.price,
    task_error: terminal && !succeeded ? v2Error(task) : null,
    input: inputOf(task.body),
    output: succeeded ? output(parts.results) : null
  }
}

function v2Error(task: FakeTask): Record<string, unknown> {
  const error = task.taskError
  return {
    type: error?.type ?? 'server_error',
    code: error?.code ?? error?.type ?? 'server_error',
    message: error?.message ?? '',
    doc_url: null
  }
}

/** The request as sent; inline files are left out (they can be megabytes). */
function inputOf(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([, v]) => !(typeof v === 'string' && v.startsWith('data:')))
  )
}

/** v1's `result` keys move up into `output`; v1's '' for a missing file is null. */
function output(results: Record<string, unknown>): Record<string, unknown> {
  const { result, ...rest } = results
  const flat = { ...rest, ...(result && typeof result === 'object' ? result : {}) }
  if ('thumbnail_url' in flat) flat.thumbnail_urls = null
  return Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, v === '' ? null : v]))
}
