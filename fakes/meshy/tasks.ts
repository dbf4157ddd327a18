// Task state machine. A task's status is a pure function of the fake time, so nothing polls:
// GET computes the view, and timers exist only for listeners (SSE, succeededAt).

import { randomBytes } from 'node:crypto'
import type { ScaledClock } from './clock.js'
import { resultFields } from './outputs.js'
import { v2View } from './v2-view.js'
import type { FakeStatus, FakeTask, OutcomeRule, TaskError } from './types.js'

const THREE_DAYS = 3 * 24 * 3600 * 1000
const ECHO_FIELDS = [
  'mode',
  'prompt',
  'negative_prompt',
  'art_style',
  'model_type',
  'seed',
  'texture_prompt',
  'texture_image_url',
  'text_style_prompt',
  'image_style_url',
  'ultra_mode',
  'ai_model',
  'action_id'
]

export interface TaskState {
  status: FakeStatus
  progress: number
}

export interface StoreOptions {
  clock: ScaledClock
  durationMs: number | Partial<Record<string, number>>
  pendingMs?: number
  balance: number
  /** A signed URL for one of the task's files; `at`: sign as of then (default now). */
  sign: (taskId: string, file: string, at?: number) => string
}

export interface NewTask {
  resource: string
  type: string
  body: Record<string, unknown>
  echo?: Record<string, unknown>
  price: number
  testMode: boolean
  result?: FakeTask['result']
  /** A task Meshy answers already finished (an analysis it has done before): 0. */
  durationMs?: number
}

interface PendingOutcome extends OutcomeRule {
  left: number
}

export class TaskStore {
  readonly tasks = new Map<string, FakeTask>()
  readonly succeededAt = new Map<string, number>()
  /** Every task ever made, deleted or not: credits stay spent after a delete. */
  private readonly ledger: FakeTask[] = []
  private readonly outcomes: PendingOutcome[] = []
  private seq = 0
  /** Hostile mode: rewrites every served task view (see Hostility). */
  tamper?: (view: Record<string, unknown>) => Record<string, unknown>

  constructor(private readonly options: StoreOptions) {}

  addOutcome(rule: OutcomeRule): void {
    this.outcomes.push({ ...rule, left: rule.times ?? 1 })
  }

  clearOutcomes(): void {
    this.outcomes.splice(0)
  }

  create(spec: NewTask): FakeTask {
    const now = this.options.clock.now()
    const outcome = this.takeOutcome(spec.body, spec.resource)
    const duration = outcome?.durationMs ?? spec.durationMs ?? this.durationFor(spec.type)
    const pending = Math.min(duration, this.options.pendingMs ?? Math.round(duration / 10))
    const task: FakeTask = {
      id: uuid7(now),
      resource: spec.resource,
      type: spec.type,
      body: spec.body,
      echo: spec.echo ?? echoOf(spec.body),
      createdAt: now,
      startedAt: now + pending,
      finishedAt: now + duration,
      finalStatus: outcome?.status ?? 'SUCCEEDED',
      taskError: outcome?.taskError ?? defaultError(outcome?.status),
      price: spec.testMode ? 0 : spec.price,
      testMode: spec.testMode,
      seq: this.seq++,
      ...(spec.result ? { result: spec.result } : {})
    }
    this.tasks.set(task.id, task)
    this.ledger.push(task)
    this.options.clock.at(task.finishedAt, () => this.noteFinished(task))
    return task
  }

  /**
   * Records when a task succeeded (real time), at the first of: its own timer, or a GET or stream
   * tick that sees it done (timers aimed at the same moment may fire in either order).
   */
  private noteFinished(task: FakeTask): void {
    if (task.finalStatus === 'SUCCEEDED' && !this.succeededAt.has(task.id)) {
      this.succeededAt.set(task.id, Date.now())
    }
  }

  get(id: string): FakeTask | undefined {
    return this.tasks.get(id)
  }

  delete(id: string): boolean {
    return this.tasks.delete(id)
  }

  state(task: FakeTask, now = this.options.clock.now()): TaskState {
    if (now >= task.finishedAt) {
      this.noteFinished(task)
      return { status: task.finalStatus, progress: task.finalStatus === 'SUCCEEDED' ? 100 : 0 }
    }
    if (now < task.startedAt) return { status: 'PENDING', progress: 0 }
    const run = task.finishedAt - task.startedAt
    return { status: 'IN_PROGRESS', progress: Math.floor(((now - task.startedAt) * 10) / run) * 10 }
  }

  /** Fake time of the next status/progress change, or undefined once terminal. */
  nextChange(task: FakeTask, now = this.options.clock.now()): number | undefined {
    if (now >= task.finishedAt) return undefined
    if (now < task.startedAt) return task.startedAt
    const run = task.finishedAt - task.startedAt
    const step = Math.floor(((now - task.startedAt) * 10) / run) + 1
    return step >= 10 ? task.finishedAt : task.startedAt + Math.ceil((step * run) / 10)
  }

  isActive(task: FakeTask, now = this.options.clock.now()): boolean {
    return now < task.finishedAt
  }

  activeCount(): number {
    const now = this.options.clock.now()
    return [...this.tasks.values()].filter(task => this.isActive(task, now)).length
  }

  /** Adds credits to the account (a test's top-up between runs). */
  topUp(credits: number): void {
    this.options.balance += credits
  }

  /** Credits left; tasks not yet finished are `reserved` so a create can be refused early. */
  balance(): { balance: number; reserved: number; spentByKey: number } {
    const now = this.options.clock.now()
    let spent = 0
    let reserved = 0
    for (const task of this.ledger) {
      if (now >= task.finishedAt && task.finalStatus === 'SUCCEEDED') spent += task.price
      else if (now < task.finishedAt && this.tasks.has(task.id)) reserved += task.price
    }
    return { balance: this.options.balance - spent, reserved, spentByKey: spent + reserved }
  }

  /** A page of tasks made on `resource` (v1) or of `type` (v2's task list). */
  list(
    filter: { resource: string } | { type: string },
    pageNum: number,
    pageSize: number,
    oldestFirst: boolean
  ): FakeTask[] {
    const all = [...this.tasks.values()].filter(task =>
      'type' in filter ? task.type === filter.type : task.resource === filter.resource
    )
    all.sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq)
    if (!oldestFirst) all.reverse()
    return all.slice((pageNum - 1) * pageSize, pageNum * pageSize)
  }

  /** The task as a route of API `version` serves it (v1: flat; v2: `input` and `output`). */
  view(task: FakeTask, version: 'v1' | 'v2' = 'v2'): Record<string, unknown> {
    const honest = this.honestOf(task, version)
    return this.tamper ? this.tamper(honest) : honest
  }

  /** The view without the hostile rewrite (a create reply has its own: Hostility.createReply). */
  honestOf(task: FakeTask, version: 'v1' | 'v2'): Record<string, unknown> {
    return version === 'v2' ? this.v2View(task) : this.honestView(task)
  }

  private v2View(task: FakeTask): Record<string, unknown> {
    const now = this.options.clock.now()
    const { status, progress } = this.state(task, now)
    // v2 never re-signs: a read gives the same URL, valid until expires_at.
    const sign = (file: string): string => this.options.sign(task.id, file, task.finishedAt)
    return v2View(task, {
      status,
      progress,
      precedingTasks: status === 'PENDING' ? this.precedingTasks(task, now) : 0,
      results: status === 'SUCCEEDED' ? resultFields(task, true, sign) : {},
      ttlMs: THREE_DAYS
    })
  }

  private honestView(task: FakeTask): Record<string, unknown> {
    const now = this.options.clock.now()
    const { status, progress } = this.state(task, now)
    const terminal = status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELED'
    const succeeded = status === 'SUCCEEDED'
    const sign = (file: string): string => this.options.sign(task.id, file)
    return {
      id: task.id,
      type: task.type,
      ...task.echo,
      status,
      progress,
      created_at: task.createdAt,
      started_at: status === 'PENDING' ? 0 : task.startedAt,
      finished_at: terminal ? task.finishedAt : 0,
      expires_at: terminal ? task.finishedAt + THREE_DAYS : 0,
      preceding_tasks: status === 'PENDING' ? this.precedingTasks(task, now) : 0,
      consumed_credits: succeeded ? task.price : 0,
      ...resultFields(task, succeeded, sign),
      task_error: status === 'FAILED' || status === 'CANCELED' ? task.taskError : { message: '' }
    }
  }

  private precedingTasks(task: FakeTask, now: number): number {
    return [...this.tasks.values()].filter(other => other.seq < task.seq && now < other.startedAt)
      .length
  }

  private durationFor(type: string): number {
    const option = this.options.durationMs
    return typeof option === 'number' ? option : (option[type] ?? 3000)
  }

  private takeOutcome(body: Record<string, unknown>, resource: string): OutcomeRule | undefined {
    const index = this.outcomes.findIndex(rule => !rule.match || rule.match(body, resource))
    if (index < 0) return undefined
    const rule = this.outcomes[index]
    if (--rule.left <= 0) this.outcomes.splice(index, 1)
    return rule
  }
}

/**
 * Meshy's task_error shape (docs/meshy-rules.md, "task_error shape"): `type` is one of
 * invalid_input, timeout, service_unavailable, server_error, and `message` is always there. "canceled" is not a type.
 */
export const TASK_ERROR_TYPES = ['invalid_input', 'timeout', 'service_unavailable', 'server_error']

function defaultError(status: OutcomeRule['status']): TaskError | undefined {
  if (status === 'FAILED') return { type: 'server_error', message: 'Internal server error.' }
  if (status === 'CANCELED') return { type: 'server_error', message: 'The task was canceled.' }
  return undefined
}

function echoOf(body: Record<string, unknown>): Record<string, unknown> {
  const echo: Record<string, unknown> = {}
  for (const field of ECHO_FIELDS) {
    const value = body[field]
    // Inline images are not repeated back: they can be megabytes.
    if (value !== undefined && !(typeof value === 'string' && value.startsWith('data:'))) {
      echo[field] = value
    }
  }
  return echo
}

/** A k-sortable id shaped like Meshy's (UUID v7: 48-bit ms timestamp first). */
export function uuid7(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12)
  const rand = randomBytes(10).toString('hex')
  const variant = ((parseInt(rand[3], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7${rand.slice(0, 3)}-${variant}${rand.slice(4, 7)}-${rand.slice(7, 19)}`
}
