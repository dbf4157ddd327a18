// Queue-aware concurrency. Meshy rejects (429 NoMoreConcurrentTasks) rather than queues a task
// once the account's queue is full, so we keep at most `limit` of our tasks there at once, and
// when Meshy says the queue is full anyway (other jobs share the account), we wait for one of our
// tasks to finish before sending the create again. That resend is safe: a 429 created nothing.
import type { Clock } from '../clock.js'
import type { Logger } from '../log.js'

export const DEFAULT_CONCURRENCY = 10
const BACKOFF_BASE_MS = 2_000
const BACKOFF_MAX_MS = 30_000

export class QueueGate {
  private held = 0
  private readonly slotWaiters: Array<() => void> = []
  private readonly finishWaiters = new Set<() => void>()

  constructor(
    readonly limit: number,
    private readonly clock: Clock,
    private readonly logger: Logger
  ) {}

  /** Slots held now: our tasks created and not yet finished. */
  get inUse(): number {
    return this.held
  }

  /** Takes a slot for one task at Meshy, waiting while all are taken. */
  async acquire(): Promise<void> {
    if (this.held < this.limit) {
      this.held++
      return
    }
    await new Promise<void>(resolve => this.slotWaiters.push(resolve))
  }

  /** Gives a slot back (its task finished, or its create failed) and wakes queue-full waiters. */
  release(): void {
    const next = this.slotWaiters.shift()
    if (next)
      next() // the slot passes straight to the next waiter
    else this.held = Math.max(0, this.held - 1)
    for (const wake of [...this.finishWaiters]) wake()
  }

  /**
   * After a queue-full 429 (the caller holds one slot): waits until another of our tasks
   * finishes, or for a growing backoff when none of ours is running (the queue is full with
   * someone else's tasks). Throws `error` when the wait would pass the deadline.
   */
  async waitForRoom(attempt: number, deadline: number, error: Error): Promise<void> {
    const span = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1))
    const backoff = span / 2 + (span / 2) * this.clock.random()
    if (this.clock.now() + backoff > deadline) throw error
    const others = this.held - 1
    this.logger.info(
      others > 0
        ? `Meshy's task queue is full; waiting for one of our ${others} running tasks to finish.`
        : `Meshy's task queue is full with other work; trying again in ${Math.round(backoff / 1000)} s.`
    )
    if (others <= 0) return this.clock.sleep(backoff)
    // Wait for a finish, but not forever: a finish elsewhere on the account also frees room.
    const abort = new AbortController()
    let wake = (): void => undefined
    const finished = new Promise<void>(resolve => {
      wake = () => resolve()
      this.finishWaiters.add(wake)
    })
    const cap = Math.max(backoff, BACKOFF_MAX_MS)
    const timer = this.clock
      .sleep(Math.min(cap, deadline - this.clock.now()), abort.signal)
      .catch(() => undefined)
    try {
      await Promise.race([finished, timer])
    } finally {
      this.finishWaiters.delete(wake)
      abort.abort()
    }
  }
}

/** Runs at most `limit` of the given jobs at once. */
export function createPool(limit: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0
  const queue: Array<() => void> = []
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>(resolve => queue.push(resolve))
    else active++
    try {
      return await job()
    } finally {
      const next = queue.shift()
      if (next) next()
      else active--
    }
  }
}
