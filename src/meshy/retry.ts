// Backoff arithmetic shared by the Meshy client and the downloader. Decisions about WHAT may be
// retried live with the callers; this file only answers "how long to wait".

export interface RetryPolicy {
  /** Total attempts, the first included. */
  maxAttempts: number
  baseMs: number
  maxMs: number
  factor: number
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 6, baseMs: 1000, maxMs: 30_000, factor: 2 }

/**
 * Retry-After as milliseconds from now: delta-seconds or an HTTP date. Unparseable or negative
 * values give undefined, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (text === '') return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  // An HTTP date always names a weekday and month; this keeps "-5" from parsing as a year.
  if (!/[a-z]{3}/i.test(text)) return undefined
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - nowMs)
}

/**
 * The wait before retry number `attempt` (1 = the wait after the first failure). Equal jitter:
 * half the exponential step is guaranteed, the other half random, so a crowd of runners that
 * failed together spreads out while each still backs off.
 */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1))
  return Math.round(step / 2 + (step / 2) * random())
}
