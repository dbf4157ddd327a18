// dry-run: the plan a run would follow, shown before anyone pays. It shares the checks of a real
// run (inputs, manifest, lockfile, max-credits), so a dry run on a pull request fails where the
// nightly run would. At most one request: the balance, and only with a real key.
import type { Config } from '../config/types.js'
import { ActionError, MeshyApiError, errorMessage } from '../core/errors.js'
import type { Logger } from '../core/log.js'
import type { MeshyClient } from '../meshy/client.js'
import { refuseOverBudget } from '../plan/budget.js'
import { PLAN_ACTIONS, planSentence, type RunPlan } from '../plan/run-plan.js'
import type { RunResult } from '../core/result.js'

export interface DryRunOutcome {
  result: RunResult
  plan: RunPlan
}

export async function dryRun(
  config: Config,
  client: Pick<MeshyClient, 'balance'>,
  plan: RunPlan,
  deadline: number,
  logger: Logger
): Promise<DryRunOutcome> {
  const balance = await readBalance(config, client, deadline, logger)
  const planned: RunPlan = { ...plan, balance }
  logPlan(planned, logger)
  const result: RunResult = { tasks: [], files: [] }
  try {
    refuseOverBudget(planned.estimate, config.maxCredits, balance)
  } catch (err) {
    result.error = err instanceof Error ? err : new ActionError(errorMessage(err))
  }
  return { result, plan: planned }
}

/** No key (a fork, Dependabot) or test mode: no request at all. A wrong key fails, as it would later. */
async function readBalance(
  config: Config,
  client: Pick<MeshyClient, 'balance'>,
  deadline: number,
  logger: Logger
): Promise<number | null> {
  if (!config.apiKey || config.testMode) return null
  try {
    return await client.balance({ deadline })
  } catch (err) {
    if (err instanceof MeshyApiError && (err.status === 401 || err.status === 403)) throw err
    logger.warning(`Could not read the balance, so the plan shows none: ${errorMessage(err)}`)
    return null
  }
}

function logPlan(plan: RunPlan, logger: Logger): void {
  const balance = plan.balance === null ? '' : ` Balance: ${plan.balance} credits.`
  logger.info(
    `Dry run: ${planSentence(plan)}${balance} Nothing was created, downloaded or deleted.`
  )
  const assets = Object.entries(plan.assets ?? {}).sort(
    ([, a], [, b]) => PLAN_ACTIONS.indexOf(a.action) - PLAN_ACTIONS.indexOf(b.action)
  )
  for (const [name, asset] of assets) {
    if (asset.action === 'unchanged') continue
    const credits = asset.estimate > 0 ? `, about ${asset.estimate} credits` : ''
    logger.info(`  ${name}: ${asset.action}${credits} (${asset.reason})`)
  }
  for (const task of plan.tasks ?? []) {
    logger.info(`  ${task.task} ${task.step}: about ${task.estimate} credits`)
  }
}
