// run(): the action's whole job, wired from its parts. It owns the top-level error handling:
// outputs are set and the report is written whether the run succeeded or not.
import { join } from 'node:path'
import { runBatch } from './batch/run-batch.js'
import { maskApiKeys } from './config/api-key.js'
import { readConfig, configWarnings, type ReadConfig } from './config/inputs.js'
import type { Config } from './config/types.js'
import { defaultDeps, type Deps } from './deps.js'
import { ActionError, errorMessage, toError } from './errors.js'
import { createLogger, type Logger } from './log.js'
import { MeshyClient } from './meshy/client.js'
import { executeSpec, pickUpTask, findTaskResource, type PipelineDeps } from './pipeline.js'
import { checkBudget } from './plan/budget.js'
import { kindOf } from './tasks/catalogue.js'
import { estimateCredits } from './plan/pricing.js'
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
  const outcome = await publish(config, deps, logger, job)
  writeOutputs(deps.core.setOutput, config, job.result, {
    ...outcome,
    manifestResults: job.manifestResults
  })
  if (job.result.error) deps.core.setFailed(safeText(errorMessage(job.result.error)))
}

/** The key is masked before any other work: nothing may print it first. */
function maskKeys(deps: Deps): void {
  maskApiKeys(
    name => deps.core.getInput(name),
    deps.env,
    secret => {
      deps.core.setSecret(secret)
      addSecret(secret)
    }
  )
}

interface JobOutcome {
  result: RunResult
  rows?: BatchRow[]
  manifestResults?: Record<string, unknown>
  estimate?: number
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
      const batch = await runBatch(config, pipeline)
      if (batch.failed > 0 && !batch.result.error) {
        batch.result.error = new ActionError(
          `${batch.failed} of ${batch.rows.length} assets failed; see manifest-results and the job summary.`
        )
      }
      return {
        result: batch.result,
        rows: batch.rows,
        manifestResults: batch.manifestResults,
        estimate: batch.estimate
      }
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
        wait: config.wait
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
      wait: config.wait
    })
    return { result, estimate }
  } catch (err) {
    return {
      result: { tasks: [], files: [], error: toError(err) }
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
      { config, result: job.result, batch: job.rows, estimate: job.estimate },
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
