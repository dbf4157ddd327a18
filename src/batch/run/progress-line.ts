// The batch's one line that says where it stands:
//   Batch: 37/100 done (2 failed), 10 running, 53 waiting; 1,140 credits so far; about 12 min left
// Printed when an asset finishes, and otherwise at most once every 30 s (on the next line any
// asset logs, so no timer is needed and an injected clock drives it in tests).
import type { Clock } from '../../core/clock.js'
import { withoutLogLabel, type Logger } from '../../core/log.js'
import type { BatchRow } from '../../report/index.js'

export const PROGRESS_INTERVAL_MS = 30_000

export interface ProgressCounts {
  total: number
  done: number
  failed: number
  running: number
  waiting: number
  credits: number
  /** Undefined until an asset has finished: no estimate rather than a guess. */
  leftMs?: number
}

export function formatProgressLine(c: ProgressCounts): string {
  const failed = c.failed ? ` (${c.failed} failed)` : ''
  const left = c.leftMs === undefined ? '' : `; ${formatLeft(c.leftMs)}`
  return (
    `Batch: ${c.done}/${c.total} done${failed}, ${c.running} running, ${c.waiting} waiting; ` +
    `${c.credits.toLocaleString('en-US')} credits so far${left}`
  )
}

export function formatLeft(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 1) return 'under a minute left'
  if (minutes < 60) return `about ${minutes} min left`
  const hours = Math.floor(minutes / 60)
  return `about ${hours} h ${minutes % 60} min left`
}

/**
 * Time left from this run's own pace: the mean active time of the assets finished so far
 * (`perAsset`), spread over the queue's `slots`; a running asset is assumed to need what is left
 * of that mean. Never less than the longest single remainder.
 */
export function estimateLeftMs(
  perAsset: number,
  runningAges: number[],
  waiting: number,
  slots: number
): number {
  const remainders = runningAges.map(age => Math.max(0, perAsset - age))
  const work = remainders.reduce((sum, r) => sum + r, 0) + waiting * perAsset
  return Math.max(work / Math.max(1, slots), ...remainders, waiting > 0 ? perAsset : 0)
}

export class BatchProgress {
  private readonly activeSince = new Map<string, number>()
  private readonly durations: number[] = []
  private done = 0
  private failed = 0
  private credits = 0
  private lastLineAt: number

  constructor(
    private readonly total: number,
    /** Queue slots: how many assets can be worked on at once. */
    private readonly slots: number,
    private readonly clock: Clock,
    private readonly logger: Logger
  ) {
    this.lastLineAt = clock.now()
  }

  /** The asset has work at Meshy (its first create, or a resumed task). Repeat calls are ignored. */
  active(name: string): void {
    if (!this.activeSince.has(name)) this.activeSince.set(name, this.clock.now())
  }

  /** The asset is done; unchanged ones count without a line (they took no time). */
  finished(row: BatchRow): void {
    const since = this.activeSince.get(row.name)
    this.activeSince.delete(row.name)
    this.done++
    this.credits += row.credits
    if (row.status === 'failed') this.failed++
    if (row.status === 'unchanged') return
    if (since !== undefined) this.durations.push(this.clock.now() - since)
    this.print()
  }

  /** Called on any asset's log line: a line at most every 30 s while nothing finishes. */
  tick(): void {
    if (this.clock.now() - this.lastLineAt >= PROGRESS_INTERVAL_MS) this.print()
  }

  counts(): ProgressCounts {
    const now = this.clock.now()
    const ages = [...this.activeSince.values()].map(since => now - since)
    const waiting = this.total - this.done - ages.length
    const mean = this.durations.length
      ? this.durations.reduce((a, b) => a + b, 0) / this.durations.length
      : undefined
    return {
      total: this.total,
      done: this.done,
      failed: this.failed,
      running: ages.length,
      waiting,
      credits: this.credits,
      ...(mean === undefined || this.done === this.total
        ? {}
        : { leftMs: estimateLeftMs(mean, ages, waiting, this.slots) })
    }
  }

  /** A logger that ticks after every line, for the assets' pipeline. */
  watch(logger: Logger): Logger {
    const after =
      (write: (m: string) => void) =>
      (m: string): void => {
        write(m)
        this.tick()
      }
    return {
      debug: m => logger.debug(m),
      info: after(m => logger.info(m)),
      warning: after(m => logger.warning(m)),
      error: after(m => logger.error(m))
    }
  }

  private print(): void {
    this.lastLineAt = this.clock.now()
    const line = formatProgressLine(this.counts())
    withoutLogLabel(() => this.logger.info(line))
  }
}
