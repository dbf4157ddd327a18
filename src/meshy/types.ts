// Meshy's task object and the routes that serve it (docs/meshy-rules.md, "API v2"). Fields are
// optional because Meshy adds and retires fields often; we read what is there. v2 puts results
// under `output` and the request under `input`; task-shape.ts lifts both into this one shape, so
// tasks made on v1 (still named in users' lockfiles) read the same as new ones.

export type TaskStatus = 'PENDING' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'CANCELED'

export const TERMINAL_STATUSES: readonly string[] = ['SUCCEEDED', 'FAILED', 'CANCELED']

export function isTerminal(status: string | undefined): boolean {
  return status !== undefined && TERMINAL_STATUSES.includes(status)
}

export interface TaskError {
  type?: string
  message?: string
  code?: string
  doc_url?: string
}

export interface MeshyTask {
  id: string
  type?: string
  status: TaskStatus | string
  progress?: number
  created_at?: number
  started_at?: number
  finished_at?: number
  expires_at?: number
  preceding_tasks?: number
  consumed_credits?: number
  model_urls?: Record<string, string>
  thumbnail_url?: string
  texture_urls?: Array<Record<string, string>>
  image_urls?: string[]
  /** Results that are not one of the fields above: v1's `result`, v2's other `output` keys. */
  result?: Record<string, unknown> | null
  /** The request as Meshy recorded it (v2 `input`; v1 repeated some fields at the top level). */
  input?: Record<string, unknown>
  task_error?: TaskError | null
  [field: string]: unknown
}

/**
 * Where a task is created, `POST /openapi/v2/{path}`, and the `type` of the tasks it makes (what
 * a lookup lists). Every read goes through TASKS_ROUTE.
 */
export interface Resource {
  version: 'v2'
  path: string
  type: string
}

export function resourcePath(resource: Resource): string {
  return `/openapi/${resource.version}/${resource.path}`
}

/** The one route family that reads, streams, lists and deletes tasks of every type. */
export const TASKS_ROUTE = '/openapi/v2/tasks'
export const BALANCE_ROUTE = '/openapi/v2/balance'

export interface ListOptions {
  /** Meshy's task `type` to list. */
  type: string
  pageNum?: number
  pageSize?: number
  sortBy?: '+created_at' | '-created_at'
}
