// The one check of a task object from the API (GET, stream, list). Meshy's answers are
// untrusted: the id becomes log text and a lookup key, the times become dates, the URLs become
// downloads. A task without a valid id or status is refused; any other field of the wrong type
// is dropped with a warning, so nothing downstream (outputs, summary, downloads) can throw on it.
// It reads both shapes: v1's flat task and v2's, whose results sit under `output` and whose
// request sits under `input` (docs/meshy-rules.md, "Task object").
import { ActionError } from '../core/errors.js'
import { isTaskId } from './task-id.js'
import type { MeshyTask } from './types.js'

/** Called once per (field, reason) a client sees; the client passes its logger's warning. */
export type ShapeWarning = (message: string) => void

// Largest time a JS Date can hold (ms); past it toISOString() throws.
const MAX_DATE_MS = 8.64e15

const NUMBER_FIELDS = ['progress', 'preceding_tasks', 'consumed_credits'] as const
const TIME_FIELDS = ['created_at', 'started_at', 'finished_at', 'expires_at'] as const
const STRING_FIELDS = ['type', 'thumbnail_url'] as const

/**
 * Returns the task with bad optional fields removed, or throws when it has no usable id or
 * status. `expectedId`, when given, must equal the id the task carries: an answer about
 * another task is not an answer.
 */
export function checkTask(
  value: unknown,
  where: string,
  warn: ShapeWarning,
  expectedId?: string
): MeshyTask {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ActionError(`Meshy's reply to ${where} is not a task object`)
  }
  const raw = value as Record<string, unknown>
  if (!isTaskId(raw.id)) {
    throw new ActionError(`Meshy's reply to ${where} holds no valid task id (expected a UUID)`)
  }
  if (expectedId !== undefined && raw.id.toLowerCase() !== expectedId.toLowerCase()) {
    throw new ActionError(`Meshy's reply to ${where} describes another task (${raw.id})`)
  }
  if (typeof raw.status !== 'string' || !/^[A-Z_]{1,32}$/.test(raw.status)) {
    throw new ActionError(`Meshy's reply to ${where} holds no valid task status`)
  }
  const task: Record<string, unknown> = liftV2({ ...raw }, message =>
    warn(`Meshy's task ${raw.id as string}: ${message}`)
  )
  const drop = (field: string, why: string) => {
    delete task[field]
    warn(`Meshy's task ${raw.id as string}: ignored field ${field} (${why})`)
  }
  // null stands for "not yet" in Meshy's answers and every reader treats it as absent.
  const present = (field: string) => task[field] !== undefined && task[field] !== null
  for (const field of NUMBER_FIELDS) {
    if (present(field) && !isNumberIn(task[field], 0, 1e12)) drop(field, 'not a number')
  }
  for (const field of TIME_FIELDS) {
    if (present(field) && !isNumberIn(task[field], 0, MAX_DATE_MS)) drop(field, 'not a time')
  }
  for (const field of STRING_FIELDS) {
    if (present(field) && typeof task[field] !== 'string') drop(field, 'not a string')
  }
  checkUrlFields(task, drop)
  return withRetention(task as MeshyTask)
}

/** Meshy keeps API results 3 days after the task finishes (docs/meshy-rules.md, "Retention"). */
export const RETENTION_MS = 3 * 24 * 3600_000

/**
 * v2 leaves `expires_at` null for text-to-3d tasks (and on Enterprise accounts): the files are
 * then taken to last the documented 3 days from the finish, never to be permanent.
 */
function withRetention(task: MeshyTask): MeshyTask {
  const expires = task.expires_at as number | null | undefined
  if (task.status !== 'SUCCEEDED' || (expires !== undefined && expires !== null)) return task
  if (typeof task.finished_at !== 'number' || task.finished_at <= 0) return task
  return { ...task, expires_at: task.finished_at + RETENTION_MS }
}

/** Results named alike on v1 and v2; any other `output` key (rigging, animation) goes to `result`. */
const FLAT_RESULTS = ['model_urls', 'thumbnail_url', 'thumbnail_urls', 'texture_urls', 'image_urls']

/**
 * v2's `output` (null until SUCCEEDED) and `input` in the one shape readers use. An `output` that
 * is not an object is no result at all; `input` that is not an object is dropped.
 */
function liftV2(
  task: Record<string, unknown>,
  warn: (message: string) => void
): Record<string, unknown> {
  const { output, input } = task
  delete task.output
  if (input !== undefined && (input === null || typeof input !== 'object' || Array.isArray(input)))
    delete task.input // null is v2's "nothing recorded"; anything else is no request
  if (output === undefined || output === null) return task
  if (typeof output !== 'object' || Array.isArray(output)) {
    warn('ignored field output (not an object)')
    return task
  }
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(output)) {
    if (FLAT_RESULTS.includes(key)) task[key] = value
    else rest[key] = value
  }
  if (Object.keys(rest).length > 0) task.result = rest
  return task
}

function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
}

function checkUrlFields(task: Record<string, unknown>, drop: (f: string, why: string) => void) {
  if (task.model_urls !== undefined && task.model_urls !== null && !isStringMap(task.model_urls))
    drop('model_urls', 'not a map of URLs')
  if (
    task.texture_urls !== undefined &&
    task.texture_urls !== null &&
    !(Array.isArray(task.texture_urls) && task.texture_urls.every(isStringMap))
  )
    drop('texture_urls', 'not a list of maps of URLs')
  if (
    task.image_urls !== undefined &&
    task.image_urls !== null &&
    !(Array.isArray(task.image_urls) && task.image_urls.every(u => typeof u === 'string'))
  )
    drop('image_urls', 'not a list of URLs')
  for (const field of ['result', 'task_error']) {
    const value = task[field]
    if (
      value !== undefined &&
      value !== null &&
      (typeof value !== 'object' || Array.isArray(value))
    )
      drop(field, 'not an object')
  }
}

function isStringMap(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every(v => typeof v === 'string' || v === null)
  )
}
