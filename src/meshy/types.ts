// Meshy's task object and the resources that serve it (see shared/reference/meshy-api.md §2-3).
// Fields are optional because Meshy adds and retires fields often; we read what is there.

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
  result?: Record<string, unknown> | null
  task_error?: TaskError | null
  [field: string]: unknown
}

/** A task resource: `/openapi/{version}/{path}`. Only text-to-3d is v2. */
export interface Resource {
  version: 'v1' | 'v2'
  path: string
}

export function resourcePath(resource: Resource): string {
  return `/openapi/${resource.version}/${resource.path}`
}

export interface ListOptions {
  pageNum?: number
  pageSize?: number
  sortBy?: '+created_at' | '-created_at'
}
