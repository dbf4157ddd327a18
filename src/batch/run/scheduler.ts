// Queue-aware concurrency. Meshy rejects (429 pending_task_limit_reached) rather than queues a
// task once the account's queue is full, so we keep at most `limit` of our tasks there at once,
// and when Meshy says the queue is full anyway (other jobs share the account), the shared policy
// (queue-wait.ts) waits, here waking early when one of our tasks finishes, before sending the
// create again. That resend is safe: a 429 created nothing.
import type { Clock } from '../../core/clock.js'
import type { Logger } from '../../core/log.js'

export const DEFAULT_CONCURRENCY = 10

/**
 * Who asks for a slot. A continuation (the next step of an asset under way, or a chained asset
 * whose source just finished) is served before a new asset, so started assets finish first.
 */
export type SlotPriority = 'continuation' | 'new'

/** One held queue slot. Releasing it twice is harmless, so a `finally` can always release it. */
export interface Lease {
  release(): void
  /**
   * Hands the slot on without freeing it: this lease goes dead (its release does nothing) and
   * the returned one holds the slot. A chained asset takes its source's slot this way.
   */
  transfer(): Lease
}

interface Waiter {
  priority: SlotPriority
  grant: () => void
}

export class QueueGate {
  private held = 0
  private readonly slotWaiters: Waiter[] = []
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
  async acquire(priority: SlotPriority = 'new'): Promise<Lease> {
    if (this.held < this.limit) this.held++
    else await waitInLine(this.slotWaiters, priority)
    return this.lease()
  }

  private lease(): Lease {
    let live = true
    return {
      release: () => {
        if (!live) return
        live = false
        this.handBack()
      },
      transfer: () => {
        if (!live) throw new Error('a released queue slot cannot be handed on')
        live = false
        return this.lease()
      }
    }
  }

  /** A slot comes back (its task finished, or its create failed); wakes queue-full waiters. */
  private handBack(): void {
    const next = this.slotWaiters.shift()
    if (next)
      next.grant() // the slot passes straight to the next waiter
    else this.held = Math.max(0, this.held - 1)
    for (const wake of [...this.finishWaiters]) wake()
  }

  /**
   * The batch's pause after a queue-full 429 (the caller holds one slot), for the shared policy
   * (queue-wait.ts): waits `ms`, or less when one of our other tasks finishes first, since that
   * frees room. The deadline is the policy's to keep.
   */
  async waitForRoom(ms: number): Promise<void> {
    const others = this.held - 1
    if (others <= 0) return this.clock.sleep(ms)
    this.logger.info(
      `Meshy's task queue is full; waiting for one of our ${others} running tasks to finish.`
    )
    const abort = new AbortController()
    let wake = (): void => undefined
    const finished = new Promise<void>(resolve => {
      wake = () => resolve()
      this.finishWaiters.add(wake)
    })
    const timer = this.clock.sleep(ms, abort.signal).catch(() => undefined)
    try {
      await Promise.race([finished, timer])
    } finally {
      this.finishWaiters.delete(wake)
      abort.abort()
    }
  }
}

/** Runs at most `limit` of the given jobs at once; a waiting continuation goes before new jobs. */
export function createPool(
  limit: number
): <T>(job: () => Promise<T>, priority?: SlotPriority) => Promise<T> {
  let active = 0
  const queue: Waiter[] = []
  return async <T>(job: () => Promise<T>, priority: SlotPriority = 'new'): Promise<T> => {
    if (active >= limit) await waitInLine(queue, priority)
    else active++
    try {
      return await job()
    } finally {
      const next = queue.shift()
      if (next) next.grant()
      else active--
    }
  }
}

/** Joins the line: a continuation goes ahead of every waiting new job. */
function waitInLine(line: Waiter[], priority: SlotPriority): Promise<void> {
  return new Promise<void>(grant => {
    const ahead = priority === 'continuation' ? line.findIndex(w => w.priority === 'new') : -1
    if (ahead < 0) line.push({ priority, grant })
    else line.splice(ahead, 0, { priority, grant })
  })
}

/**
 * One asset's queue slot. Taken for a step's create and given back when that step's task
 * finishes, or kept for the asset's next step, or handed on to the asset chained to it, so a
 * started asset's next task never queues behind new assets. The runner calls drop() in a
 * `finally`.
 */
export class AssetSlot {
  constructor(
    private readonly gate: QueueGate,
    private priority: SlotPriority,
    /** Told each time a slot is held (the batch's progress line counts the asset as running). */
    private readonly onHeld: () => void = () => undefined,
    /** The slot its source asset handed on (handOver), if any: no wait for the first create. */
    private lease?: Lease
  ) {}

  /** Before a create: holds a slot (the one kept from the previous step, if any). */
  async take(): Promise<void> {
    this.lease ??= await this.gate.acquire(this.priority)
    this.onHeld()
    this.priority = 'continuation' // any later step continues this asset
  }

  /** A step's task finished; `next` says whether this asset creates another step now. */
  stepDone(next: boolean): void {
    if (!next) this.drop()
  }

  /** Keeps the slot past this asset's end for the asset chained to it; undefined if none is held. */
  handOver(): Lease | undefined {
    const lease = this.lease?.transfer()
    this.lease = undefined
    return lease
  }

  /** Gives back whatever is held (its create failed, the asset ended, or it threw). */
  drop(): void {
    this.lease?.release()
    this.lease = undefined
  }
}
