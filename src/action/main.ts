// run(): the action's whole job, wired from its parts. It owns the top-level error handling:
// outputs are set and the report is written whether the run succeeded or not.
import { join } from 'node:path'
import { judgeModels, printBreaches, type QualityGates } from '../assets/quality-gates.js'
import { closeAnnotations, foldAnnotations } from './annotations.js'
import { kindForMeshyType, printableVerdict } from '../tasks/catalogue.js'
import { assetPlans } from '../batch/run/asset-plans.js'
import { removePreviousSheets } from '../batch/run/asset-sheets.js'
import { noticeLfsPointers } from '../batch/lockfile/lfs-pointer.js'
import { prepareBatch } from '../batch/run/prepare.js'
import { runBatch, stoppedEarlyMessage } from '../batch/run/run-batch.js'
import { lockfileOf, watchCancellation } from './cancel.js'
import { maskApiKeys, missingKeyError } from '../config/api-key.js'
import { earlyNotices, summaryWanted } from '../config/early.js'
import { readConfig, configWarnings } from '../config/inputs.js'
import { specRuleWarnings } from '../config/spec-rules.js'
import type { BatchConfig, Config, CreateConfig, PickUpConfig } from '../config/types.js'
import { defaultDeps, type Deps } from './deps.js'
import { dryRun } from './dry-run.js'
import {
  ActionError,
  ConfigurationError,
  MeshyApiError,
  QualityGateError,
  assertNever,
  errorMessage,
  placesOf,
  toError
} from '../core/errors.js'
import { LiveTasks } from '../run/live-tasks.js'
import { createLogger, type Logger } from '../core/log.js'
import { MeshyClient } from '../meshy/client.js'
import { isTaskId } from '../meshy/task-id.js'
import { executeSpec, pickUpTask, type PipelineDeps } from '../run/pipeline.js'
import { checkCredits, explainCreditRefusal, isOutOfCredits } from '../plan/budget.js'
import { planTask } from '../plan/plan.js'
import { batchPlan, singleTaskPlan, type RunPlan } from '../plan/run-plan.js'
import {
  publishReport,
  reportConfigError,
  type BatchRow,
  type ReportOutcome
} from '../report/index.js'
import { writeOutputFiles } from '../report/output-files.js'
import { outputValues, writeOutputs } from '../report/outputs.js'
import { addSecret, safeText } from '../core/redact.js'
import { chooseBrowser, noBrowserError, type BrowserChoice } from '../render/browser-choice.js'
import { renderRunModels } from '../render/run-sheets.js'
import type { RunResult } from '../core/result.js'
import { runFacts, startRunState } from './run-state.js'

export async function run(given?: Deps): Promise<void> {
  const deps = given ?? (await defaultDeps())
  maskKeys(deps)
  const annotations = foldAnnotations(deps.core.log)
  const close = () => closeAnnotations(annotations, deps)
  try {
    await runLogged(deps, createLogger(annotations.logger), close)
  } finally {
    close()
  }
}

async function runLogged(deps: Deps, logger: Logger, closeLog: () => void): Promise<void> {
  const getInput = (name: string) => deps.core.getInput(name)
  const notices = earlyNotices(getInput, deps.env)
  notices.info.forEach(line => logger.info(line))
  notices.warnings.forEach(line => logger.warning(line))
  let config: Config
  let browser: BrowserChoice
  let ruleWarnings: string[] = []
  try {
    config = readConfig(getInput, deps.env)
    if (config.mode === 'create') ruleWarnings = specRuleWarnings(config.spec, deps.clock.now())
    browser = browserFor(config, deps.env)
  } catch (err) {
    const message = safeText(errorMessage(err))
    deps.core.setFailed(message)
    if (summaryWanted(getInput)) await reportConfigError(message, { env: deps.env, logger })
    return
  }
  for (const warning of [...configWarnings(config, deps.env), ...ruleWarnings])
    logger.warning(warning)
  const state = startRunState(deps.core.saveState, runFacts(config, lockfileOf(config)))
  const live = new LiveTasks(record => state.task(record))
  // The cancellation report exits at once: it closes what run() would have closed.
  const cancelled = () => {
    state.reported()
    closeLog()
  }
  const { core, env, signals } = deps
  const stopWatching = signals
    ? watchCancellation({ config, core, env, logger, live, signals, reported: cancelled })
    : () => undefined
  try {
    const job = await runJob(config, deps, logger, live, browser)
    if (config.mode !== 'batch') judgeQuality(job.result, config.quality, logger)
    const outcome = await publish(config, deps, logger, job)
    await setAllOutputs(config, deps, logger, { ...outcome, ...job })
    state.reported()
    if (job.result.error) failStep(deps, logger, job.result.error)
    if (job.rows) await removePreviousSheets(job.rows, config)
  } finally {
    stopWatching()
  }
}

/** The outputs: large values whole in their files, the plain outputs capped (output-files.ts). */
async function setAllOutputs(
  config: Config,
  deps: Deps,
  logger: Logger,
  done: ReportOutcome & JobOutcome
): Promise<void> {
  const files = await writeOutputFiles(outputValues(config, done.result, done), config, logger)
  writeOutputs(deps.core.setOutput, config, done.result, done, {
    files,
    warn: m => logger.warning(m)
  })
}

/** Fails the step; a manifest or lockfile problem is first annotated on its file and line. */
function failStep(deps: Deps, logger: Logger, error: Error): void {
  for (const place of placesOf(error)) logger.error(place.message, place)
  deps.core.setFailed(safeText(errorMessage(error)))
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
  /** What the run does, or with dry-run would do. */
  plan?: RunPlan
  dryRun?: boolean
}

/**
 * Budgets judge a model that exists and was paid for: the files stay, `status` stays Meshy's,
 * and the step fails with one line per breach.
 */
function judgeQuality(result: RunResult, gates: QualityGates, logger: Logger): void {
  const models = result.files.flatMap(f => (f.stats ? [f.stats] : []))
  const judged = judgeModels(models, gates)
  const analyses = result.tasks.filter(r => kindForMeshyType(r.task.type)?.task === 'print-analyze')
  const breaches = [
    ...judged.breaches,
    ...analyses.flatMap(r => printBreaches(printableVerdict(r.task), gates))
  ]
  const notes = judged.notes
  for (const note of notes) logger.warning(note)
  for (const breach of breaches) logger.error(breach)
  if (breaches.length > 0 && !result.error) result.error = QualityGateError.of(breaches)
}

/**
 * The browser for render sheets, looked up before any request so that `render: true` without one
 * (or a `chrome-path` that is not a browser) stops the run before it pays. A batch may turn
 * rendering on per asset, so it always looks.
 */
function browserFor(config: Config, env: NodeJS.ProcessEnv): BrowserChoice {
  const { mode, chromePath } = config.render
  if (mode === 'false' && config.mode !== 'batch' && !chromePath) return { searched: '' }
  const choice = chooseBrowser(chromePath, env, config.workspace)
  if (mode === 'true' && !choice.executable) throw noBrowserError(choice)
  return choice
}

interface JobContext {
  pipeline: PipelineDeps
  browser: BrowserChoice
  deadline: number
  /** Named after the id this run created or was given, never an id an answer echoes. */
  fileDir: (taskId: string) => string
}

async function runJob(
  config: Config,
  deps: Deps,
  logger: Logger,
  live: LiveTasks,
  browser: BrowserChoice
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
    browser,
    deadline: deps.clock.now() + config.timeoutMs,
    fileDir: id => taskFolder(config.outputDir, id)
  }
  try {
    if (config.dryRun && config.mode !== 'batch') return await dryRunTask(config, job)
    switch (config.mode) {
      case 'create':
        return await createJob(config, job)
      case 'pick-up':
        return await pickUpJob(config, job)
      case 'batch':
        return await batchJob(config, job, deps.env)
      default:
        return assertNever(config)
    }
  } catch (err) {
    return { result: { tasks: [], files: [], error: toError(err) } }
  }
}

/** A single task's plan: the steps it would create; picking up creates nothing. */
async function dryRunTask(
  config: CreateConfig | PickUpConfig,
  job: JobContext
): Promise<JobOutcome> {
  const plan = singleTaskPlan(config.mode === 'create' ? config.spec : undefined, null)
  const task = config.mode === 'create' ? config.spec.task : config.task
  const outcome = await dryRun(config, job.pipeline.client, plan, job.deadline, job.pipeline.logger)
  return { ...outcome, dryRun: true, task }
}

async function createJob(config: CreateConfig, job: JobContext): Promise<JobOutcome> {
  const { spec } = config
  const estimate = planTask(spec).estimate
  const balance = await checkCredits(job.pipeline.client, {
    estimate,
    maxCredits: config.maxCredits,
    testMode: config.testMode,
    deadline: job.deadline,
    warn: message => job.pipeline.logger.warning(message)
  })
  const result = await executeSpec(job.pipeline, {
    spec,
    ...singleTaskOptions(config, job)
  })
  if (isOutOfCredits(result.error)) {
    const createdIds = result.tasks.map(t => t.task.id)
    result.error = new ActionError(
      explainCreditRefusal(result.error, { balance, estimate, createdIds })
    )
  }
  await addSheets(config, job, result)
  return { result, estimate, task: spec.task, plan: singleTaskPlan(spec, null) }
}

async function pickUpJob(config: PickUpConfig, job: JobContext): Promise<JobOutcome> {
  const { taskId } = config
  job.pipeline.logger.info(`Picking up Meshy task ${taskId}; no credits are spent.`)
  const result = await pickUpTask(job.pipeline, {
    taskId,
    spec: config.selection,
    ...singleTaskOptions(config, job)
  })
  const missing = result.error instanceof MeshyApiError && result.error.status === 404
  if (missing && result.tasks.length === 0) {
    result.error = new ConfigurationError(
      'task-id',
      `no Meshy task ${taskId} was found for this API key. Check the id; Meshy keeps results for 3 days.`
    )
  }
  await addSheets(config, job, result)
  return { result, task: config.task }
}

/** Where a single task's files go, how long it may take, and whether models are validated. */
function singleTaskOptions(config: CreateConfig | PickUpConfig, job: JobContext) {
  return {
    workspace: config.workspace,
    outputDir: config.outputDir,
    fileDir: job.fileDir,
    deadline: job.deadline,
    wait: config.wait,
    validate: config.quality.validate !== 'off'
  }
}

/** Render sheets of the downloaded models join the run's files (a failure is only a warning). */
async function addSheets(config: Config, job: JobContext, result: RunResult): Promise<void> {
  const { logger, clock } = job.pipeline
  const sheets = await renderRunModels(
    {
      mode: config.render.mode,
      choice: job.browser,
      workspace: config.workspace,
      outputDir: config.outputDir,
      logger,
      clock,
      deadline: job.deadline
    },
    result.files
  )
  result.files.push(...sheets)
}

async function batchJob(
  config: BatchConfig,
  job: JobContext,
  env: NodeJS.ProcessEnv
): Promise<JobOutcome> {
  const { clock, logger, client } = job.pipeline
  const prepared = await prepareBatch(config, clock.now())
  if (prepared.notice) logger.notice?.(prepared.notice)
  for (const warning of prepared.warnings) logger.warning(warning)
  noticeLfsPointers(prepared.planned, logger)
  const plan = batchPlan(await assetPlans(prepared, config.workspace), null)
  if (config.dryRun || prepared.manifest.dryRun) {
    return { ...(await dryRun(config, client, plan, job.deadline, logger)), dryRun: true }
  }
  if (!config.apiKey) throw missingKeyError(env)
  const wantsBrowser = prepared.manifest.assets.find(a => a.render === 'true')
  if (wantsBrowser && !job.browser.executable) {
    throw noBrowserError(job.browser, `manifest (asset ${wantsBrowser.name}: render)`)
  }
  const batch = await runBatch(config, job.pipeline, {
    prepared,
    deadline: job.deadline,
    browser: job.browser
  })
  for (const breach of batch.breaches) logger.error(breach)
  const stopped = stoppedEarlyMessage(batch)
  if (stopped && !batch.result.error) {
    batch.result.error = new ActionError(stopped)
  } else if (batch.failed > 0 && !batch.result.error) {
    batch.result.error = new ActionError(
      `${batch.failed} of ${batch.rows.length} assets failed; see manifest-results and the job summary.`
    )
  } else if (batch.breaches.length > 0 && !batch.result.error) {
    batch.result.error = QualityGateError.of(batch.breaches)
  }
  return {
    result: batch.result,
    rows: batch.rows,
    manifestResults: batch.manifestResults,
    estimate: batch.estimate,
    plan
  }
}

/** A task's files go in a folder named after its id; an id of another shape names no folder. */
function taskFolder(outputDir: string, id: string): string {
  if (!isTaskId(id))
    throw new ActionError(`refused to name a folder after the task id ${JSON.stringify(id)}`)
  return join(outputDir, id)
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
        task: job.task,
        ...(job.dryRun && job.plan ? { plan: job.plan } : {})
      },
      {
        env: deps.env,
        logger,
        octokit: deps.octokit,
        artifactClient: deps.artifactClient,
        attester: deps.attester
      }
    )
  } catch (err) {
    logger.warning(`Could not write the report: ${errorMessage(err)}`)
    return {}
  }
}
