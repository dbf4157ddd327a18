// run(): the action's whole job, wired from its parts. It owns the top-level error handling:
// outputs are set and the report is written whether the run succeeded or not.
import { join } from 'node:path'
import { runBatch } from './batch/run-batch.js'
import { watchCancellation } from './cancel.js'
import { maskApiKeys } from './config/api-key.js'
import { earlyNotices, summaryWanted } from './config/early.js'
import { readConfig, configWarnings } from './config/inputs.js'
import type { BatchConfig, Config, CreateConfig, PickUpConfig } from './config/types.js'
import { defaultDeps, type Deps } from './deps.js'
import { ActionError, assertNever, errorMessage, toError } from './errors.js'
import { LiveTasks } from './live-tasks.js'
import { createLogger, type Logger } from './log.js'
import { MeshyClient } from './meshy/client.js'
import { executeSpec, pickUpTask, findTaskResource, type PipelineDeps } from './pipeline.js'
import { checkBudget } from './plan/budget.js'
import { kindOf } from './tasks/catalogue.js'
import { estimateCredits } from './plan/pricing.js'
import {
  publishReport,
  reportConfigError,
  type BatchRow,
  type ReportOutcome
} from './report/index.js'
import { writeOutputs } from './report/outputs.js'
import { addSecret, safeText } from './redact.js'
import type { RunResult } from './result.js'

export async function run(given?: Deps): Promise<void> {
  const deps = given ?? (await defaultDeps())
  maskKeys(deps)
  const logger = createLogger(deps.core.log)
  const getInput = (name: string) => deps.core.getInput(name)
  const notices = earlyNotices(getInput, deps.env)
  notices.info.forEach(line => logger.info(line))
  notices.warnings.forEach(line => logger.warning(line))
  let config: Config
  try {
    config = readConfig(getInput, deps.env)
  } catch (err) {
    const message = safeText(errorMessage(err))
    deps.core.setFailed(message)
    if (summaryWanted(getInput)) await reportConfigError(message, { env: deps.env, logger })
    return
  }
  for (const warning of configWarnings(config)) logger.warning(warning)
  const live = new LiveTasks()
  const { core, env, signals } = deps
  const stopWatching = signals
    ? watchCancellation({ config, core, env, logger, live, signals })
    : () => undefined
  try {
    const job = await runJob(config, deps, logger, live)
    const outcome = await publish(config, deps, logger, job)
    writeOutputs(deps.core.setOutput, config, job.result, {
      ...outcome,
      manifestResults: job.manifestResults
    })
    if (job.result.error) deps.core.setFailed(safeText(errorMessage(job.result.error)))
  } finally {
    stopWatching()
  }
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

async function runJob(
  config: Config,
  deps: Deps,
  logger: Logger,
  live: LiveTasks
): Promise<JobOutcome> {
  const client = new MeshyClient({
    baseUrl: config.baseUrl,
    apiKey: config.apiKey,
    transport: deps.transport,
    clock: deps.clock,
    logger
  })
  const job: JobContext = {
    pipeline: { client, transport: deps.transport, clock: deps.clock, logger, live },
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
  await checkBudget(job.pipeline.client, estimate, config.maxCredits, job.deadline)
  const result = await executeSpec(job.pipeline, {
    spec,
    workspace: config.workspace,
    fileDir: job.fileDir,
    deadline: job.deadline,
    wait: config.wait
  })
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
