// The per-asset warnings of a planned batch, and Meshy's day-dependent rules. An asset this run
// creates may not name a retired model (the whole run stops before any request, listing each
// such asset); one that creates with a retiring model warns. Plan mode shows, on every asset pinned to a retired or
// retiring model, which model and when, so a reviewer sees it before the change that pays.
import { ConfigurationError } from '../../core/errors.js'
import { specRuleWarnings } from '../../config/spec-rules.js'
import { unusedFormats } from '../../config/task-spec.js'
import { modelNotices } from '../../tasks/spec-checks.js'
import type { PlannedAsset } from './plan-batch.js'

/** Returns the run's warnings; throws when an asset to be created names a retired model. */
export function checkAssetRules(planned: PlannedAsset[], nowMs: number): string[] {
  const warnings: string[] = []
  const retired: string[] = []
  for (const plan of planned) {
    const { name, spec, line } = plan.asset
    const unused = unusedFormats(spec, `assets.${name}.formats`)
    if (unused) warnings.push(unused)
    const notices = modelNotices(spec, nowMs)
    if (notices.length > 0) {
      plan.verdict.reason += `; ${notices.map(n => n.sentence).join('; ')}`
    }
    if (!plan.creates) continue
    const where = (field: string) => `assets.${name}.${field} (asset at line ${line})`
    try {
      warnings.push(...specRuleWarnings(spec, nowMs, where))
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err
      retired.push(err.message)
    }
  }
  if (retired.length > 0) {
    throw new ConfigurationError(
      'manifest',
      `${retired.length} asset(s) to generate name a retired model; nothing was sent. ${retired.join(' ')}`
    )
  }
  // However many, the logger folds annotations past its limit (annotations.ts).
  return warnings
}
