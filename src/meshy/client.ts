// The Meshy API client: JSON over HTTPS with our own retry and redirect policy. It knows nothing
// of GitHub. What may be retried is decided here, per method: reads retry on transient faults;
// a create is resent only when Meshy certainly created nothing (see classify()).
import type { Clock } from '../core/clock.js'
import {
  ActionError,
  DeadlineError,
  MeshyApiError,
  NetworkError,
  SubmissionUnknownError,
  assertNever,
  errorMessage
} from '../core/errors.js'
import type { Logger } from '../core/log.js'
import { requestFollowingRedirects } from './http.js'
import { readBodyText, toApiError } from './response.js'
import { DEFAULT_RETRY, backoffMs, type RetryPolicy } from './retry.js'
import { readTaskStream } from './sse.js'
import { isTaskId } from './task-id.js'
import { checkTask } from './task-shape.js'
import type { HttpResponse, Transport } from './transport.js'
import {
  BALANCE_ROUTE,
  resourcePath,
  TASKS_ROUTE,
  type ListOptions,
  type MeshyTask,
  type Resource
} from './types.js'

export { StreamEndedError } from './sse.js'

export interface MeshyClientOptions {
  baseUrl: string
  apiKey: string
  transport: Transport
  clock: Clock
  logger?: Logger
  retry?: RetryPolicy
  /** Idle socket timeout per API request; default 60 s (never past the deadline). */
  requestTimeoutMs?: number
}

interface CallOptions {
  body?: Record<string, unknown>
  deadline: number
  signal?: AbortSignal
  accept?: string
  timeoutMs?: number
}

export type Method = 'GET' | 'POST' | 'DELETE'

export class MeshyClient {
  // Private field: never shown by util.inspect or JSON.stringify of the client.
  readonly #authorization: string
  private readonly base: string
  private readonly transport: Transport
  private readonly clock: Clock
  private readonly logger?: Logger
  private readonly retry: RetryPolicy
  private readonly requestTimeoutMs: number
  private readonly warned = new Set<string>()

  constructor(options: MeshyClientOptions) {
    // The one place the credential is built.
    this.#authorization = `Bearer ${options.apiKey.trim()}`
    this.base = options.baseUrl.replace(/\/+$/, '')
    this.transport = options.transport
    this.clock = options.clock
    this.logger = options.logger
    this.retry = options.retry ?? DEFAULT_RETRY
    this.requestTimeoutMs = options.requestTimeoutMs ?? 60_000
  }

  /** The API origin: downloads allow plain http only when it is loopback. */
  get baseUrl(): string {
    return this.base
  }

  /**
   * POST a new task; resolves with the task Meshy made (v2 answers 202 with the whole task, which
   * may already be final). Never resent once it may have reached Meshy.
   */
  async create(
    resource: Resource,
    body: Record<string, unknown>,
    opts: { deadline: number }
  ): Promise<MeshyTask> {
    const path = resourcePath(resource)
    const reply = await this.call('POST', path, { body, deadline: opts.deadline })
    return createdTask(reply, `POST ${path}`, this.warnOnce)
  }

  /** Any task, whatever its type or the API version that made it. */
  async get(id: string, opts: { deadline: number; signal?: AbortSignal }): Promise<MeshyTask> {
    const path = taskPath(id)
    return checkTask(await this.call('GET', path, opts), `GET ${path}`, this.warnOnce, id)
  }

  /** One page of the account's tasks of one Meshy `type`. */
  async list(opts: ListOptions & { deadline: number }): Promise<MeshyTask[]> {
    const query = new URLSearchParams({ type: opts.type })
    if (opts.pageNum !== undefined) query.set('page_num', String(opts.pageNum))
    if (opts.pageSize !== undefined) query.set('page_size', String(opts.pageSize))
    if (opts.sortBy) query.set('sort_by', opts.sortBy)
    const value = await this.call('GET', `${TASKS_ROUTE}?${query.toString()}`, opts)
    return asTaskList(value, TASKS_ROUTE).map(t =>
      checkTask(t, `GET ${TASKS_ROUTE}`, this.warnOnce)
    )
  }

  async remove(id: string, opts: { deadline: number }): Promise<void> {
    await this.call('DELETE', taskPath(id), opts)
  }

  async balance(opts: { deadline: number }): Promise<number> {
    const value = (await this.call('GET', BALANCE_ROUTE, opts)) as { balance?: unknown } | undefined
    const balance = Number(value?.balance)
    if (value?.balance === undefined || value.balance === null || Number.isNaN(balance)) {
      throw new ActionError(`Meshy's reply to GET ${BALANCE_ROUTE} held no balance`)
    }
    return balance
  }

  /**
   * Follows the task's SSE stream until a terminal task. Throws MeshyApiError for an `error`
   * event, StreamEndedError when the stream closes early, NetworkError on reset or when no byte
   * arrives for idleTimeoutMs, DeadlineError at the deadline.
   */
  async stream(
    id: string,
    opts: {
      deadline: number
      idleTimeoutMs: number
      onTask: (t: MeshyTask) => void
      signal?: AbortSignal
    }
  ): Promise<MeshyTask> {
    const path = `${taskPath(id)}/stream`
    const remaining = opts.deadline - this.clock.now()
    if (remaining <= 0) throw deadlineError(id)
    const ctrl = new AbortController()
    const stop = () => ctrl.abort(opts.signal?.reason)
    opts.signal?.addEventListener('abort', stop, { once: true })
    // A real timer: the stream is open in real time, whatever clock drives retries.
    const timer = setTimeout(() => ctrl.abort(deadlineError(id)), remaining)
    try {
      const res = await this.exchange('GET', path, {
        deadline: opts.deadline,
        signal: ctrl.signal,
        accept: 'text/event-stream',
        timeoutMs: opts.idleTimeoutMs
      })
      if (res.status < 200 || res.status > 299)
        throw await toApiError(res, 'GET', path, this.clock.now())
      return await readTaskStream(res.body, {
        onTask: opts.onTask,
        check: value => checkTask(value, `GET ${path}`, this.warnOnce, id),
        path,
        signal: ctrl.signal
      })
    } finally {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', stop)
    }
  }

  /** A malformed field is worth one warning, not one per stream event. */
  private readonly warnOnce = (message: string): void => {
    if (this.warned.has(message)) return
    this.warned.add(message)
    this.logger?.warning(message)
  }

  /**
   * One exchange with Meshy: the only place the Authorization header is attached. The request
   * and its body both end by the deadline: a reply trickled a byte at a time never idles out,
   * so a real timer aborts the request, or destroys the body once it has begun.
   */
  private async exchange(method: Method, path: string, opts: CallOptions): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: opts.accept ?? 'application/json' }
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body)
    if (body !== undefined) headers['content-type'] = 'application/json'
    const budget = Math.max(1000, opts.deadline - this.clock.now())
    const ctrl = new AbortController()
    const stop = () => ctrl.abort(opts.signal?.reason)
    opts.signal?.addEventListener('abort', stop, { once: true })
    let res: HttpResponse | undefined
    const timer = setTimeout(() => {
      // Made only when it fires: an error's stack costs more than the request's own JavaScript.
      const expired = deadlineError(undefined, `${method} ${path.split('?')[0]}`)
      if (res) res.body.destroy(expired)
      else ctrl.abort(expired)
    }, budget)
    // An open socket keeps the process alive while it matters; the timer alone must not.
    timer.unref()
    const done = () => {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', stop)
    }
    try {
      res = await requestFollowingRedirects(
        this.transport,
        {
          method,
          url: this.base + path,
          headers,
          body,
          signal: ctrl.signal,
          timeoutMs: Math.min(opts.timeoutMs ?? this.requestTimeoutMs, budget),
          // One TLS handshake per connection, not per request (transport.ts says when it is safe).
          keepAlive: true
        },
        { authHeader: this.#authorization }
      )
    } catch (err) {
      done()
      throw err
    }
    if (res.body.destroyed || res.body.readableEnded) done()
    else res.body.once('close', done)
    return res
  }

  /**
   * Sends one request until classify() says to return or throw. GET and DELETE are safe to
   * repeat; a POST is resent only when Meshy certainly created nothing.
   */
  private async call(method: Method, path: string, opts: CallOptions): Promise<unknown> {
    const shown = path.split('?')[0]
    // A create is not refused here: its caller decided to pay, and the request says when time is up.
    if (method !== 'POST' && this.clock.now() >= opts.deadline)
      throw deadlineError(undefined, `${method} ${shown}`)
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt(method, path, shown, opts)
      const decision = classify({ method, path: shown, attempt }, outcome)
      if (decision.action === 'return') return decision.value
      if (decision.action === 'throw') throw decision.error
      await this.pause(decision.failure, attempt, `${method} ${shown}`, opts)
    }
  }

  /** One exchange and its reply, as an Outcome; never throws. */
  private async attempt(
    method: Method,
    path: string,
    shown: string,
    opts: CallOptions
  ): Promise<Outcome> {
    let res: HttpResponse
    try {
      res = await this.exchange(method, path, opts)
      if (res.status < 200 || res.status > 299)
        return { kind: 'answer', error: await toApiError(res, method, shown, this.clock.now()) }
    } catch (error) {
      return { kind: 'fault', error }
    }
    try {
      return { kind: 'ok', value: parseJson(await readBodyText(res.body, `${method} ${shown}`)) }
    } catch (error) {
      return { kind: 'unreadable', error }
    }
  }

  /** Waits before the next attempt, or throws `failure` when out of attempts or time. */
  private async pause(
    failure: NetworkError | MeshyApiError,
    attempt: number,
    what: string,
    opts: { deadline: number; signal?: AbortSignal }
  ): Promise<void> {
    if (attempt >= this.retry.maxAttempts) throw failure
    const retryAfter = failure instanceof MeshyApiError ? failure.retryAfterMs : undefined
    const wait = retryAfter ?? backoffMs(attempt, this.retry, this.clock.random)
    if (this.clock.now() + wait >= opts.deadline) throw failure
    const reason =
      failure instanceof MeshyApiError
        ? `HTTP ${failure.status}`
        : (failure.code ?? 'network error')
    this.logger?.info(
      `Meshy ${what}: ${reason}; retry ${attempt}/${this.retry.maxAttempts - 1} in ${(wait / 1000).toFixed(1)} s`
    )
    await this.clock.sleep(wait, opts.signal)
  }
}

/**
 * How one exchange ended: a parsed 2xx reply, a 2xx reply that could not be read, Meshy's error
 * answer, or a fault before any answer.
 */
export type Outcome =
  | { kind: 'ok'; value: unknown }
  | { kind: 'unreadable'; error: unknown }
  | { kind: 'answer'; error: MeshyApiError }
  | { kind: 'fault'; error: unknown }

export type Decision =
  | { action: 'return'; value: unknown }
  | { action: 'retry'; failure: NetworkError | MeshyApiError }
  | { action: 'throw'; error: unknown }

/** Statuses another attempt may mend: rate limits, timeouts and server faults. */
const TRANSIENT_STATUSES = [408, 429, 500, 502, 503, 504]

/**
 * The one retry decision. A read may be repeated on any transient fault. A create may be repeated
 * only when Meshy certainly created nothing: a rate-limit 429 or a connection that never opened;
 * once the request may have arrived, its outcome is unknown and it is never sent again.
 * `retry` still stops at the attempt limit and the deadline (pause()).
 */
export function classify(
  request: { method: Method; path: string; attempt: number },
  outcome: Outcome
): Decision {
  const create = request.method === 'POST'
  switch (outcome.kind) {
    case 'ok':
      return { action: 'return', value: outcome.value }
    case 'unreadable':
      // A create's reply arrived and was lost in the reading: the task may exist.
      if (create) return { action: 'throw', error: submissionUnknown(request.path, outcome.error) }
      return classify(request, { kind: 'fault', error: outcome.error })
    case 'answer': {
      const answer = outcome.error
      // A DELETE repeated after a lost reply finds the task already gone: that is success.
      if (request.method === 'DELETE' && answer.status === 404 && request.attempt > 1)
        return { action: 'return', value: undefined }
      const again = create ? answer.isRateLimit : TRANSIENT_STATUSES.includes(answer.status)
      return again ? { action: 'retry', failure: answer } : { action: 'throw', error: answer }
    }
    case 'fault': {
      const error = outcome.error
      // Out of time with the request possibly at Meshy: as unknown as a lost reply.
      if (create && error instanceof DeadlineError)
        return { action: 'throw', error: submissionUnknown(request.path, error) }
      if (!(error instanceof NetworkError)) return { action: 'throw', error }
      if (create && error.sent)
        return { action: 'throw', error: submissionUnknown(request.path, error) }
      if (error.permanent) return { action: 'throw', error }
      return { action: 'retry', failure: error }
    }
    default:
      return assertNever(outcome)
  }
}

function submissionUnknown(path: string, cause: unknown): SubmissionUnknownError {
  const detail = errorMessage(cause)
  return new SubmissionUnknownError(
    `The reply to POST ${path} was lost (${detail}). The task may have been created at Meshy ` +
      `and must not be resent blindly: check the task list first.`
  )
}

function deadlineError(taskId: string | undefined, what = 'the task stream'): DeadlineError {
  return new DeadlineError(taskId, `Time limit reached before ${what} completed`)
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new ActionError(`Meshy sent a reply that is not JSON: ${text.slice(0, 120)}`)
  }
}

function taskPath(id: string): string {
  return `${TASKS_ROUTE}/${encodeURIComponent(id)}`
}

/**
 * The task a create made: v2's whole task object, or v1's `{result: id}` while v1 still answers.
 * A reply with a usable id but a malformed rest still names a task that exists (and is billed),
 * so it is kept as PENDING and read again; a reply without an id leaves the outcome unknown.
 */
function createdTask(reply: unknown, where: string, warn: (message: string) => void): MeshyTask {
  const fields = reply && typeof reply === 'object' ? (reply as Record<string, unknown>) : {}
  if (isTaskId(fields.id)) {
    try {
      return checkTask(fields, where, warn)
    } catch (err) {
      warn(`${errorMessage(err)}; reading task ${fields.id} again instead`)
      return { id: fields.id, status: 'PENDING' }
    }
  }
  if (isTaskId(fields.result)) return { id: fields.result, status: 'PENDING' }
  throw new SubmissionUnknownError(
    `Meshy accepted ${where} but its reply held no valid task id; a task may have been ` +
      `created and must not be resent blindly. Check the task list before retrying.`
  )
}

function asTaskList(value: unknown, path: string): unknown[] {
  // v1 answered a bare array; v2's envelope is not documented, so the usual wrappers are read too.
  if (Array.isArray(value)) return value as unknown[]
  const wrapped = value as Record<string, unknown> | undefined
  for (const key of ['result', 'data', 'tasks']) {
    if (Array.isArray(wrapped?.[key])) return wrapped[key] as unknown[]
  }
  throw new ActionError(`Meshy's reply to GET ${path} is not a task list`)
}
