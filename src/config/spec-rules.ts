// The rules of a checked spec that depend on the day or only warn: a retired model fails before
// any request (naming Meshy's replacement), a model retiring within 30 days warns with its date,
// and a params field Meshy's route does not list warns (v2 answers 400 to unknown fields).
import { ConfigurationError } from '../core/errors.js'
import { modelNotices, unlistedParams } from '../tasks/spec-checks.js'
import type { TaskSpec } from './types.js'

type Where = (field: string) => string

/** Throws for a retired model; returns the warnings. `nowMs` is the run's clock. */
export function specRuleWarnings(spec: TaskSpec, nowMs: number, where: Where = f => f): string[] {
  const warnings: string[] = []
  for (const notice of modelNotices(spec, nowMs)) {
    if (notice.life.state === 'retired') {
      throw new ConfigurationError(where(notice.input), `${notice.sentence}.`)
    }
    warnings.push(`Input '${where(notice.input)}': ${notice.sentence}.`)
  }
  const unlisted = unlistedParams(spec)
  if (unlisted.length > 0) {
    const names = unlisted.map(f => `'${f}'`).join(', ')
    warnings.push(
      `Input '${where('params')}': ${names} ${unlisted.length === 1 ? 'is' : 'are'} not among the fields Meshy documents for ${spec.task}; ` +
        `Meshy may answer 400 (which costs nothing). It is sent as given.`
    )
  }
  return warnings
}
