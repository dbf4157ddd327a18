// The one answer to a full queue, in single-task and batch mode alike. Meshy answers a create
// with 429 pending_task_limit_reached or concurrent_task_limit_reached when the account already
// runs as many tasks as its plan allows (a matrix of PR previews sharing one key does this).
// That 429 created nothing, so waiting and sending the same create again cannot pay twice.
// Batch mode passes its own pause, which also wakes when one of its tasks finishes.
import type { Clock } from '../core/clock.js'
import { DeadlineError, MeshyApiError } from '../core/errors.js'
import type { Logger } from '../core/log.js'
import { backoffMs, type RetryPolicy } from '../meshy/retry.js'

/** From 5 s, doubling to 60 s, with jitter: the queue frees when someone's task finishes. */
export const QUEUE_BACKOFF: RetryPolicy = {
  maxAttempts: Infinity,
  baseMs: 5_000,
  maxMs: 60_000,
  factor: 2
}
/** Say we are still waiting at most this often. */
const NOTICE_EVERY_MS = 60_000

export interface QueueWaitDeps {
  clock: Clock
  logger: Logger
}

export interface QueueWaitOptions {
  /** Waits `ms` before the next try; batch mode also wakes when one of its own tasks ends. */
  pause?: (ms: number) => Promise<void>
  /** Called before each resend; throws to stop (batch mode after another asset's 402). */
  beforeResend?: () => void
}

/** How long to wait after a queue-full answer: Meshy's Retry-After if it sent one, else backoff. */
export function queueFullDelay(attempt: number, err: MeshyApiError, random: () => number): number {
  return err.retryAfterMs ?? backoffMs(attempt, QUEUE_BACKOFF, random)
}

/** Sends `create`, waiting for a free slot while Meshy says the queue is full, until `deadline`. */
export async function createWhenQueueFree<T>(
  deps: QueueWaitDeps,
  create: () => Promise<T>,
  deadline: number,
  options: QueueWaitOptions = {}
): Promise<T> {
  const since = deps.clock.now()
  let lastNotice = -Infinity
  for (let attempt = 1; ; attempt++) {
    try {
      return await create()
    } catch (err) {
      if (!(err instanceof MeshyApiError && err.isQueueFull)) throw err
      const wait = queueFullDelay(attempt, err, deps.clock.random)
      const now = deps.clock.now()
      if (now + wait >= deadline) throw queueStayedFull(now - since, err)
      if (now - lastNotice >= NOTICE_EVERY_MS) {
        lastNotice = now
        deps.logger.info(
          `Meshy's queue is full (${err.code ?? 'HTTP 429'}); waiting for a free slot (the account runs as many tasks as its plan allows). ` +
            `That answer created nothing and cost nothing; trying again within ${Math.ceil(wait / 1000)} s.`
        )
      }
      await (options.pause ? options.pause(wait) : deps.clock.sleep(wait))
      options.beforeResend?.()
    }
  }
}

function queueStayedFull(waitedMs: number, err: MeshyApiError): DeadlineError {
  const minutes = Math.max(1, Math.round(waitedMs / 60_000))
  // concurrent_task_limit_reached: an unlimited plan without credits (docs/meshy-rules.md).
  const noCredits =
    err.code === 'concurrent_task_limit_reached'
      ? ' Meshy gives this answer to plans that run without credits: top up credits to run more at once.'
      : ''
  const help = err.docUrl ? ` (${err.docUrl})` : ''
  return new DeadlineError(
    undefined,
    `Meshy's queue stayed full for ${minutes} min, until timeout-minutes ran out: every create was ` +
      `answered 429 ${err.code ?? err.meshyMessage}${help}, so no task was created and nothing was charged. ` +
      `Other runs or tasks on the same API key fill the queue; rerun later, raise timeout-minutes, ` +
      `or limit parallel jobs (a workflow concurrency group).${noCredits}`
  )
}
