// The credit estimate of a spec, used by `max-credits` before any paid request. The prices
// themselves live in price-list.ts (one table, with its source and date).
import type { TaskSpec } from '../config/types.js'
import { kindOf } from '../tasks/catalogue.js'

export { PRICES } from '../tasks/price-list.js'

/** Sum of the estimated credits of every step the spec will create. */
export function estimateCredits(spec: TaskSpec): number {
  return kindOf(spec.task)
    .steps(spec)
    .reduce((sum, step) => sum + step.estimate, 0)
}
