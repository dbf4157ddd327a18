// Single-task mode's answer to a full queue. Meshy answers a create with 429
// NoMoreConcurrentTasks when the account already runs as many tasks as its plan allows (a matrix
// of PR previews sharing one key does this). That 429 created nothing, so waiting and sending
// the same create again cannot pay twice. Batch mode has its own gate (batch/scheduler.ts).
import type { Clock } from './clock.js'
import { DeadlineError, MeshyApiError } from './errors.js'
import type { Logger } from './log.js'
import { backoffMs, type RetryPolicy } from './meshy/retry.js'

/** From 5 s, doubling to 60 s, with jitter: the queue frees when someone's task finishes. */
const QUEUE_BACKOFF: RetryPolicy = {
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

/** Sends `create`, waiting for a free slot while Meshy says the queue is full, until `deadline`. */
export async function createWhenQueueFree(
  deps: QueueWaitDeps,
  create: () => Promise<string>,
  deadline: number
): Promise<string> {
  const since = deps.clock.now()
  let lastNotice = -Infinity
  for (let attempt = 1; ; attempt++) {
    try {
      return await create()
    } catch (err) {
      if (!(err instanceof MeshyApiError && err.isQueueFull)) throw err
      const wait = err.retryAfterMs ?? backoffMs(attempt, QUEUE_BACKOFF, deps.clock.random)
      const now = deps.clock.now()
      if (now + wait >= deadline) throw queueStayedFull(now - since, err.meshyMessage)
      if (now - lastNotice >= NOTICE_EVERY_MS) {
        lastNotice = now
        deps.logger.info(
          `Meshy's queue is full; waiting for a free slot (the account runs as many tasks as its plan allows). ` +
            `That answer created nothing and cost nothing; trying again in ${Math.ceil(wait / 1000)} s.`
        )
      }
      await deps.clock.sleep(wait)
    }
  }
}

function queueStayedFull(waitedMs: number, meshyMessage: string): DeadlineError {
  const minutes = Math.max(1, Math.round(waitedMs / 60_000))
  // Seen from free accounts, which cannot create API tasks at all (reference: meshy-api.md §1).
  const pending = /NoMorePendingTasks/i.test(meshyMessage)
  const freePlan = pending
    ? ' Meshy also gives this answer to free accounts, which cannot create API tasks: check the plan.'
    : ''
  return new DeadlineError(
    undefined,
    `Meshy's queue stayed full for ${minutes} min, until timeout-minutes ran out: every create was ` +
      `answered 429 ${pending ? 'NoMorePendingTasks' : 'NoMoreConcurrentTasks'}, so no task was created and nothing was charged. ` +
      `Other runs or tasks on the same API key fill the queue; rerun later, raise timeout-minutes, ` +
      `or limit parallel jobs (a workflow concurrency group).${freePlan}`
  )
}
