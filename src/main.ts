// run(): the action's whole job, wired from its parts. It owns the top-level error handling:
// outputs are set and the report is written whether the run succeeded or not.
import { join } from 'node:path'
import { outOfCreditsMessage, runBatch } from './batch/run-batch.js'
import { maskApiKeys } from './config/api-key.js'
import { readConfig, configWarnings } from './config/inputs.js'
import type { BatchConfig, Config, CreateConfig, PickUpConfig } from './config/types.js'
import { defaultDeps, type Deps } from './deps.js'
import { ActionError, assertNever, errorMessage, toError } from './errors.js'
import { createLogger, type Logger } from './log.js'
import { MeshyClient } from './meshy/client.js'
import { executeSpec, pickUpTask, findTaskResource, type PipelineDeps } from './pipeline.js'
import { checkCredits, explainCreditRefusal, isOutOfCredits } from './plan/budget.js'
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
  let config: Config
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
  /** The task type, when the run had one. */
  task?: string
}

interface JobContext {
  pipeline: PipelineDeps
  deadline: number
  fileDir: (task: { id: string }) => string
}

async function runJob(config: Config, deps: Deps, logger: Logger): Promise<JobOutcome> {
  const client = new MeshyClient({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    transport: deps.transport,
    clock: deps.clock,
    logger
  })
  const job: JobContext = {
    pipeline: { client, transport: deps.transport, clock: deps.clock, logger },
    deadline: deps.clock.now() + config.timeoutMs,
    fileDir: task => join(config.outputDir, task.id)
  }
  try {
    switch (config.mode) {
      case 'create':
        return await createJob(config, job)
      case 'pick-up':
        return await pickUpJob(config, job)
      case 'batch':
        return await batchJob(config, job)
      default:
        return assertNever(config)
    }
  } catch (err) {
    return { result: { tasks: [], files: [], error: toError(err) } }
  }
}

async function createJob(config: CreateConfig, job: JobContext): Promise<JobOutcome> {
  const { spec } = config
  const estimate = estimateCredits(spec)
  const balance = await checkCredits(job.pipeline.client, {
    estimate,
    maxCredits: config.maxCredits,
    testMode: config.testMode,
    deadline: job.deadline,
    warn: message => job.pipeline.logger.warning(message)
  })
  const result = await executeSpec(job.pipeline, {
    spec,
    workspace: config.workspace,
    fileDir: job.fileDir,
    deadline: job.deadline,
    wait: config.wait
  })
  if (isOutOfCredits(result.error)) {
    const createdIds = result.tasks.map(t => t.task.id)
    result.error = new ActionError(
      explainCreditRefusal(result.error, { balance, estimate, createdIds })
    )
  }
  return { result, estimate, task: spec.task }
}

async function pickUpJob(config: PickUpConfig, job: JobContext): Promise<JobOutcome> {
  const { taskId } = config
  const resource = config.task
    ? kindOf(config.task).resource
    : await findTaskResource(job.pipeline.client, taskId, job.deadline)
  job.pipeline.logger.info(
    `Picking up Meshy task ${taskId} (${resource.path}); no credits are spent.`
  )
  const result = await pickUpTask(job.pipeline, {
    taskId,
    resource,
    spec: config.selection,
    workspace: config.workspace,
    fileDir: job.fileDir,
    deadline: job.deadline,
    wait: config.wait
  })
  return { result, task: config.task }
}

async function batchJob(config: BatchConfig, job: JobContext): Promise<JobOutcome> {
  const batch = await runBatch(config, job.pipeline)
  if (batch.outOfCredits > 0 && !batch.result.error) {
    batch.result.error = new ActionError(outOfCreditsMessage(batch))
  } else if (batch.failed > 0 && !batch.result.error) {
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
        task: job.task
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
