// One-shot faults injected by tests. A rule applies only to requests its kind makes sense for
// (stream faults to SSE, truncate/expired to assets...) and is consumed in injection order.

import type { Fault, FaultRule } from './types.js'

export type RequestKind = 'create' | 'stream' | 'asset' | 'other'

export interface FaultContext {
  method: string
  path: string
  kind: RequestKind
}

interface Armed extends FaultRule {
  left: number
}

const ONLY_FOR: Partial<Record<Fault['kind'], RequestKind[]>> = {
  'drop-after-create': ['create'],
  'stream-reset': ['stream'],
  'stream-close': ['stream'],
  'endless-line': ['stream'],
  expired: ['asset']
}

export class FaultBook {
  private readonly rules: Armed[] = []

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, left: rule.times ?? 1 })
  }

  /** Forgets every armed fault (between test cases). */
  clear(): void {
    this.rules.splice(0)
  }

  /** The first matching rule's fault, spending one of its uses. */
  take(ctx: FaultContext): Fault | undefined {
    const index = this.rules.findIndex(rule => matches(rule, ctx))
    if (index < 0) return undefined
    const rule = this.rules[index]
    if (--rule.left <= 0) this.rules.splice(index, 1)
    return rule.fault
  }
}

function matches(rule: FaultRule, ctx: FaultContext): boolean {
  if (rule.method && rule.method.toUpperCase() !== ctx.method) return false
  if (typeof rule.path === 'string' && rule.path !== ctx.path) return false
  if (rule.path instanceof RegExp && !rule.path.test(ctx.path)) return false
  const kinds = ONLY_FOR[rule.fault.kind]
  return !kinds || kinds.includes(ctx.kind)
}

/**
 * Meshy's answer to a create while the account's queue is full (429 pending_task_limit_reached,
 * which creates nothing), for the next `times` creates. Meshy documents no Retry-After on queue
 * hits; pass one to test that it is honoured. `code` may be concurrent_task_limit_reached. A real
 * full queue: the `queueLimit` option.
 */
export function queueFullFault(
  times: number,
  retryAfter?: string,
  code = 'pending_task_limit_reached'
): FaultRule {
  return {
    method: 'POST',
    times,
    fault: {
      kind: 'status',
      status: 429,
      message: 'Too many tasks',
      code,
      type: 'rate_limited',
      retryAfter
    }
  }
}

/** Meshy's answer to too many requests per second: 429 rate_limit_exceeded with Retry-After. */
export function rateLimitFault(times: number, retryAfter = '1', method?: string): FaultRule {
  return {
    method,
    times,
    fault: {
      kind: 'status',
      status: 429,
      message: 'Too many requests',
      code: 'rate_limit_exceeded',
      type: 'rate_limited',
      retryAfter
    }
  }
}
