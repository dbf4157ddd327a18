// Error classes tell user mistakes apart from Meshy's answers and from transient faults, so the
// code that catches one decides by class: whether to retry, whether a create may be sent again,
// whether a batch asset failed or the whole run must stop. Messages never carry the key or a
// signed query string: every constructor passes its text through redact().
import { redact } from './redact.js'

export class ActionError extends Error {
  constructor(message: string) {
    super(redact(message))
    this.name = new.target.name
  }
}

/** A bad input: fails before any paid request, naming the input and what it accepts. */
export class ConfigurationError extends ActionError {
  /** Problems at known lines of a checked-in file (manifest, lockfile), for located annotations. */
  places: PlacedProblem[] = []

  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
  }
}

/** Meshy's error body on v2 (`{type, code, message, doc_url}`), any part of which may be missing. */
export interface MeshyErrorDetail {
  /** The category: what to do next (`rate_limited`, `invalid_input`, ...). */
  type?: string
  /** The precise problem; Meshy never renames or reuses one. Decisions are made on this. */
  code?: string
  /** A page that explains the fix, shown with Meshy's message. */
  docUrl?: string
  retryAfterMs?: number
}

/** Too many requests per second: nothing was created, and Retry-After says when to resend. */
export const RATE_LIMIT_CODE = 'rate_limit_exceeded'
/** The account's queue is full: nothing was created; wait for one of its tasks to finish. */
export const QUEUE_FULL_CODES = ['pending_task_limit_reached', 'concurrent_task_limit_reached']
// v1 said the same in the message text; kept while v1 still answers (docs/meshy-rules.md).
const V1_QUEUE_FULL = /NoMoreConcurrentTasks|NoMorePendingTasks/i

export interface PlacedProblem {
  /** Workspace-relative, with forward slashes. */
  file: string
  line: number
  message: string
}

/** The located problems an error carries (none for most errors). */
export function placesOf(err: unknown): PlacedProblem[] {
  return err instanceof ConfigurationError ? err.places : []
}

/** An HTTP answer from Meshy outside 2xx, with Meshy's own message, code and help link. */
export class MeshyApiError extends ActionError {
  readonly code?: string
  readonly errorType?: string
  readonly docUrl?: string
  readonly retryAfterMs?: number

  constructor(
    readonly status: number,
    readonly meshyMessage: string,
    readonly method: string,
    readonly path: string,
    detail: MeshyErrorDetail = {}
  ) {
    const help = detail.docUrl ? ` (see ${detail.docUrl})` : ''
    const code = detail.code ? ` [${detail.code}]` : ''
    super(
      `Meshy answered ${status}${code} to ${method} ${path}: ${meshyMessage || statusText(status)}${help}`
    )
    this.code = detail.code
    this.errorType = detail.type
    this.docUrl = detail.docUrl
    this.retryAfterMs = detail.retryAfterMs
  }

  /** The account's queue is full. An unknown code of type rate_limited counts too (safe side). */
  get isQueueFull(): boolean {
    if (this.status !== 429) return false
    if (this.code) return QUEUE_FULL_CODES.includes(this.code) || this.isUnknownRateLimited
    return V1_QUEUE_FULL.test(this.meshyMessage)
  }

  /** Too many requests per second: resend after Retry-After. */
  get isRateLimit(): boolean {
    return this.status === 429 && !this.isQueueFull
  }

  private get isUnknownRateLimited(): boolean {
    return this.code !== RATE_LIMIT_CODE && this.errorType === 'rate_limited'
  }
}

/**
 * A transport failure. `sent` is false only when the request certainly never reached the
 * server (connection refused, DNS failure): only then may a create be sent again.
 */
export class NetworkError extends ActionError {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly sent: boolean
  ) {
    super(message)
  }

  /**
   * Faults that another attempt cannot mend: an untrusted certificate (a TLS-inspecting proxy
   * needs NODE_EXTRA_CA_CERTS) or a host name that does not resolve.
   */
  get permanent(): boolean {
    return this.code !== undefined && PERMANENT_NETWORK_CODES.test(this.code)
  }
}

const PERMANENT_NETWORK_CODES =
  /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|^ENOTFOUND$|^ERR_FORBIDDEN_ADDRESS$/

/** A create whose reply was lost after the request may have reached Meshy. Never resent. */
export class SubmissionUnknownError extends ActionError {}

/** Meshy answered a create with 402, or a batch sent no more creates after one did. */
export class OutOfCreditsError extends ActionError {}

/** A batch reached timeout-minutes: the create was not sent (the next run starts it). */
export class OutOfTimeError extends ActionError {}

/** The task ended FAILED or CANCELED. */
export class TaskFailedError extends ActionError {
  constructor(
    readonly taskId: string,
    readonly status: string,
    readonly errorType?: string,
    readonly errorCode?: string,
    detail?: string
  ) {
    super(
      `Meshy task ${taskId} ${status}` +
        (detail ? `: ${detail}` : '') +
        (errorCode ? ` (code: ${errorCode})` : errorType ? ` (type: ${errorType})` : '')
    )
  }
}

/** The overall deadline passed while the task was still running at Meshy. */
export class DeadlineError extends ActionError {
  constructor(
    readonly taskId: string | undefined,
    message: string
  ) {
    super(message)
  }
}

/** A downloaded model breaks a budget (max-triangles, …) or, with validate: error, is invalid glTF. */
export class QualityGateError extends ActionError {
  /** The step's one failure for breached budgets; each breach also has its own error line. */
  static of(breaches: string[]): QualityGateError {
    const n = breaches.length
    const more = n > 3 ? `; and ${n - 3} more` : ''
    return new QualityGateError(
      `${n} quality gate${n === 1 ? '' : 's'} failed (the files are kept, and a batch records ` +
        `its assets): ${breaches.slice(0, 3).join('; ')}${more}`
    )
  }
}

/** A download that could not be completed or verified; no partial file is left behind. */
export class DownloadError extends ActionError {}

/** The default branch of a switch over a union: fails to compile while a member is unhandled. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`)
}

/** Anything thrown, as an Error: an Error passes through, anything else is wrapped. */
export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(errorMessage(err))
}

/** The message of anything thrown, redacted. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return redact(err.message)
  return redact(String(err))
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized (check the API key)',
    402: 'Payment Required (not enough credits)',
    403: 'Forbidden',
    404: 'Not Found',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
  }
  return texts[status] ?? 'HTTP error'
}
