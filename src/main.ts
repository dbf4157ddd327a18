// run(): the action's whole job, wired from its parts. It owns the top-level error handling:
// outputs are set and the report is written whether the run succeeded or not.
import { join } from 'node:path'
import { assetPlans } from './batch/asset-plans.js'
import { prepareBatch } from './batch/prepare.js'
import { runBatch } from './batch/run-batch.js'
import { missingKeyError } from './config/api-key.js'
import { readConfig, configWarnings, type ReadConfig } from './config/inputs.js'
import type { Config } from './config/types.js'
import { defaultDeps, type Deps } from './deps.js'
import { dryRun } from './dry-run.js'
import { judgeModels, type QualityGates } from './assets/quality-gates.js'
import { ActionError, QualityGateError, errorMessage } from './errors.js'
import { createLogger, type Logger } from './log.js'
import { MeshyClient } from './meshy/client.js'
import { executeSpec, pickUpTask, findTaskResource, type PipelineDeps } from './pipeline.js'
import { checkBudget } from './plan/budget.js'
import { kindOf } from './tasks/catalogue.js'
import { estimateCredits } from './plan/pricing.js'
import { batchPlan, singleTaskPlan, type RunPlan } from './plan/run-plan.js'
import { publishReport, type BatchRow, type ReportOutcome } from './report/index.js'
import { writeOutputs } from './report/outputs.js'
import { addSecret, safeText } from './redact.js'
import type { RunResult } from './result.js'

export async function run(given?: Deps): Promise<void> {
  const deps = given ?? (await defaultDeps())
  maskKeys(deps)
  const logger = createLogger(deps.core.log)
  let config: ReadConfig
  try {
    config = readConfig(name => deps.core.getInput(name), deps.env)
  } catch (err) {
    deps.core.setFailed(safeText(errorMessage(err)))
    return
  }
  for (const warning of configWarnings(config)) logger.warning(warning)
  const job = await runJob(config, deps, logger)
  if (!config.manifest) judgeQuality(job.result, config.quality, logger)
  const outcome = await publish(config, deps, logger, job)
  writeOutputs(deps.core.setOutput, config, job.result, {
    ...outcome,
    manifestResults: job.manifestResults,
    plan: job.plan
  })
  if (job.result.error) deps.core.setFailed(safeText(errorMessage(job.result.error)))
}

/** The key is masked before any other work: nothing may print it first. */
function maskKeys(deps: Deps): void {
  for (const key of [deps.core.getInput('api-key'), deps.env.MESHY_API_KEY ?? '']) {
    const value = key.trim()
    if (!value) continue
    deps.core.setSecret(value)
    addSecret(value)
  }
}

/**
 * Budgets judge a model that exists and was paid for: the files stay, `status` stays Meshy's,
 * and the step fails with one line per breach.
 */
function judgeQuality(result: RunResult, gates: QualityGates, logger: Logger): void {
  const models = result.files.flatMap(f => (f.stats ? [f.stats] : []))
  const { breaches, notes } = judgeModels(models, gates)
  for (const note of notes) logger.warning(note)
  for (const breach of breaches) logger.error(breach)
  if (breaches.length > 0 && !result.error) {
    const n = breaches.length
    result.error = new QualityGateError(
      `${n} quality gate${n === 1 ? '' : 's'} failed (the files are kept): ${breaches.join('; ')}`
    )
  }
}

interface JobOutcome {
  result: RunResult
  rows?: BatchRow[]
  manifestResults?: Record<string, unknown>
  estimate?: number
  plan?: RunPlan
  dryRun?: boolean
}

async function runJob(config: ReadConfig, deps: Deps, logger: Logger): Promise<JobOutcome> {
  const client = new MeshyClient({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    transport: deps.transport,
    clock: deps.clock,
    logger
  })
  const pipeline: PipelineDeps = { client, transport: deps.transport, clock: deps.clock, logger }
  const deadline = deps.clock.now() + config.timeoutMs
  try {
    if (config.manifest) {
      const prepared = await prepareBatch(config, deps.clock.now())
      const plan = batchPlan(await assetPlans(prepared, config.workspace), null)
      if (config.dryRun || prepared.manifest.dryRun) {
        return { ...(await dryRun(config, client, plan, deadline, logger)), dryRun: true }
      }
      if (!config.apiKey) throw missingKeyError(deps.env)
      const batch = await runBatch(config, pipeline, prepared)
      for (const breach of batch.breaches) logger.error(breach)
      if (batch.failed > 0 && !batch.result.error) {
        batch.result.error = new ActionError(
          `${batch.failed} of ${batch.rows.length} assets failed; see manifest-results and the job summary.`
        )
      } else if (batch.breaches.length > 0 && !batch.result.error) {
        batch.result.error = new QualityGateError(
          `${batch.breaches.length} quality gate(s) failed; the assets are generated and recorded, and their files kept.`
        )
      }
      return {
        result: batch.result,
        rows: batch.rows,
        manifestResults: batch.manifestResults,
        estimate: batch.estimate,
        plan
      }
    }
    if (config.dryRun) {
      const plan = singleTaskPlan(config.taskId ? undefined : config.spec, null)
      return { ...(await dryRun(config, client, plan, deadline, logger)), dryRun: true }
    }
    const fileDir = (task: { id: string }) => join(config.outputDir, task.id)
    if (config.taskId) {
      const resource = config.spec
        ? kindOf(config.spec.task).resource
        : await findTaskResource(client, config.taskId, deadline)
      const spec = config.spec ?? config.selection
      logger.info(
        `Picking up Meshy task ${config.taskId} (${resource.path}); no credits are spent.`
      )
      const result = await pickUpTask(pipeline, {
        taskId: config.taskId,
        resource,
        spec,
        workspace: config.workspace,
        fileDir,
        deadline,
        wait: config.wait,
        validate: config.quality.validate !== 'off'
      })
      return { result }
    }
    const spec = config.spec!
    const estimate = estimateCredits(spec)
    await checkBudget(client, estimate, config.maxCredits, deadline)
    const result = await executeSpec(pipeline, {
      spec,
      workspace: config.workspace,
      fileDir,
      deadline,
      wait: config.wait,
      validate: config.quality.validate !== 'off'
    })
    return { result, estimate, plan: singleTaskPlan(spec, null) }
  } catch (err) {
    return {
      result: { tasks: [], files: [], error: err instanceof Error ? err : new Error(String(err)) }
    }
  }
}

async function publish(
  config: Config,
  deps: Deps,
  logger: Logger,
  job: JobOutcome
): Promise<ReportOutcome> {
  try {
    return await publishReport(
      {
        config,
        result: job.result,
        batch: job.rows,
        estimate: job.estimate,
        ...(job.dryRun && job.plan ? { plan: job.plan } : {})
      },
      {
        env: deps.env,
        logger,
        clock: deps.clock,
        octokit: deps.octokit,
        artifactClient: deps.artifactClient
      }
    )
  } catch (err) {
    logger.warning(`Could not write the report: ${errorMessage(err)}`)
    return {}
  }
}
