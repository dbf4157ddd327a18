// The ONLY module that reads action inputs. Everything is checked here, before any paid
// request, and every problem is a ConfigurationError naming the input and what it accepts.
import { baseUrlString, checkBaseUrl } from '../meshy/base-url.js'
import { PathEscapeError, resolveInWorkspace } from '../assets/paths.js'
import { ConfigurationError } from '../core/errors.js'
import { kindOf, taskTypes } from '../tasks/catalogue.js'
import { forkTargetWarning, keyLooksWrong, resolveApiKey } from './api-key.js'
import { parseQuality, QUALITY_INPUTS } from './quality.js'
import { parseRender } from './render.js'
import { resolveWorkspace } from './early.js'
import {
  CONCURRENCY_MAX,
  DEFAULT_DOWNLOAD,
  DEFAULT_OUTPUT_DIR,
  SHARD_MAX,
  TIMEOUT_DEFAULT_MINUTES,
  TIMEOUT_MAX_MINUTES
} from './limits.js'
import {
  parseBoolean,
  parseChoices,
  parseInteger,
  parsePositiveNumber,
  parseTaskId
} from './parse.js'
import {
  buildTaskSpec,
  formatsOf,
  parseTaskType,
  unusedFormats,
  type RawTaskInputs
} from './task-spec.js'
import {
  DOWNLOAD_KINDS,
  type CommonConfig,
  type Config,
  type RunMode,
  type Selection,
  type TaskType
} from './types.js'

/** Returns '' when unset; in the action this is core.getInput. */
export type GetInput = (name: string) => string

const DEFAULT_BASE_URL = 'https://api.meshy.ai'

/** The inputs that describe one task: also the keys of a manifest asset. */
export const TASK_INPUTS = [
  'task',
  'prompt',
  'texture-prompt',
  'image',
  'model',
  'input-task-id',
  'ai-model',
  'texture-model',
  'refine',
  'action-id',
  'height',
  'origin',
  'params',
  'formats',
  'download'
] as const

export function readConfig(getInput: GetInput, env: NodeJS.ProcessEnv): Config {
  const input = (name: string) => getInput(name) ?? ''
  const workspace = resolveWorkspace(env)
  const testMode = parseBoolean('test-mode', input('test-mode'), false)
  const dryRun = parseBoolean('dry-run', input('dry-run'), false)
  const manifest = input('manifest').trim()
  // A manifest may ask for a dry run in its defaults: main checks the key once it is read.
  const apiKey = resolveApiKey(input('api-key'), testMode, env, dryRun || manifest !== '')
  const taskId = parseTaskId('task-id', input('task-id'))
  const task = parseTaskType('task', input('task'))
  const mode = modeOf(task, taskId, manifest)
  const raw = Object.fromEntries(TASK_INPUTS.map(name => [name, input(name)])) as RawTaskInputs
  const common: CommonConfig = {
    apiKey,
    testMode,
    baseUrl: baseUrlString(checkBaseUrl(input('base-url').trim() || DEFAULT_BASE_URL)),
    wait: parseBoolean('wait', input('wait'), true),
    timeoutMs:
      parsePositiveNumber(
        'timeout-minutes',
        input('timeout-minutes'),
        TIMEOUT_DEFAULT_MINUTES,
        TIMEOUT_MAX_MINUTES
      ) * 60_000,
    workspace,
    outputDir: inWorkspace(
      'output-dir',
      input('output-dir').trim() || DEFAULT_OUTPUT_DIR,
      workspace
    ),
    summary: parseBoolean('summary', input('summary'), true),
    githubToken: input('github-token').trim(),
    prComment: parseBoolean('pr-comment', input('pr-comment'), false),
    commentKey: input('comment-key').trim(),
    artifactName: checkArtifactName(input('artifact-name').trim()),
    attest: parseBoolean('attest', input('attest'), false),
    maxCredits: parseInteger('max-credits', input('max-credits'), 0),
    previewBranch: checkBranch(input('preview-branch').trim()),
    dryRun,
    quality: parseQuality(Object.fromEntries(QUALITY_INPUTS.map(name => [name, input(name)]))),
    render: parseRender(input('render'), input('chrome-path'))
  }
  // The inputs of the other modes are still checked, so a typo fails whichever mode runs.
  const selection = selectionFor(task, raw)
  const batch = {
    lockfile: input('lockfile').trim(),
    concurrency: parseInteger('concurrency', input('concurrency'), 1, CONCURRENCY_MAX),
    shard: parseShard(input('shard'))
  }
  switch (mode) {
    case 'batch':
      return { ...common, mode, manifest, ...batch, selection }
    case 'pick-up':
      return { ...common, mode, taskId, task, selection }
    case 'create':
      return { ...common, mode, spec: buildTaskSpec(raw, { workspace, baseDir: workspace }) }
  }
}

/** Which run mode the inputs ask for; checked before anything else so a mix fails first. */
function modeOf(task: TaskType | undefined, taskId: string, manifest: string): RunMode {
  if (manifest && (task || taskId)) {
    const other = task ? 'task' : 'task-id'
    throw new ConfigurationError(
      'manifest',
      `cannot be combined with ${other}: the manifest names each asset's task. Use either manifest, or ${other} without it.`
    )
  }
  if (!manifest && !task && !taskId) {
    throw new ConfigurationError(
      'task',
      'is required unless task-id (pick up an existing task) or manifest (batch) is given. ' +
        `Use one of: ${taskTypes().join(', ')}.`
    )
  }
  return manifest ? 'batch' : taskId ? 'pick-up' : 'create'
}

/** What to download when no full spec says it (picking up, or a batch's run-wide default). */
function selectionFor(task: TaskType | undefined, raw: RawTaskInputs): Selection {
  const { formats } = formatsOf('formats', raw.formats, task ? kindOf(task) : undefined)
  const download = parseChoices('download', raw.download, DOWNLOAD_KINDS, DEFAULT_DOWNLOAD, true)
  return { formats, download }
}

function inWorkspace(input: string, path: string, workspace: string): string {
  try {
    return resolveInWorkspace(workspace, path)
  } catch (err) {
    if (!(err instanceof PathEscapeError)) throw err
    throw new ConfigurationError(
      input,
      `'${path}' is outside the workspace. Use a path relative to the workspace, such as ${DEFAULT_OUTPUT_DIR}.`
    )
  }
}

function parseShard(raw: string): { index: number; total: number } | undefined {
  const text = raw.trim()
  if (text === '') return undefined
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
  const index = match ? Number(match[1]) : NaN
  const total = match ? Number(match[2]) : NaN
  if (!(index >= 1 && index <= total && total <= SHARD_MAX)) {
    throw new ConfigurationError(
      'shard',
      `'${text}' is not accepted. Use i/n with 1 <= i <= n <= ${SHARD_MAX}, e.g. \${{ matrix.shard }}/4.`
    )
  }
  return { index, total }
}

// The characters @actions/artifact refuses in names; checked here so the run fails before it pays.
const ARTIFACT_FORBIDDEN = /["':<>|*?\r\n\\/]/

function checkArtifactName(name: string): string {
  if (ARTIFACT_FORBIDDEN.test(name)) {
    throw new ConfigurationError(
      'artifact-name',
      `'${name.replace(/[\r\n]/g, ' ')}' contains a character artifacts do not allow (" : < > | * ? \\ / or a line break). Use letters, digits, '-', '_' and '.'.`
    )
  }
  return name
}

function checkBranch(name: string): string {
  const bad = /(^[-/.])|\.\.|[\s~^:?*[\\]|@\{|\/\/|\/$|\.lock$|\.$/.test(name)
  if (name !== '' && bad) {
    throw new ConfigurationError(
      'preview-branch',
      `'${name}' is not a valid branch name. Use e.g. meshy-previews.`
    )
  }
  return name
}

/** Problems worth a warning that should not fail the run. */
export function configWarnings(c: Config, env: NodeJS.ProcessEnv = {}): string[] {
  const warnings: string[] = []
  const fork = forkTargetWarning(env)
  if (fork) warnings.push(fork)
  if (!c.testMode && c.apiKey && keyLooksWrong(c.apiKey)) {
    warnings.push(
      "The api-key does not start with 'msy' like Meshy's keys do; check that the right secret is passed."
    )
  }
  if (c.testMode && c.maxCredits !== undefined) {
    warnings.push('test-mode spends no credits; max-credits has no effect.')
  }
  const formats = c.mode === 'create' ? unusedFormats(c.spec, 'formats') : undefined
  if (formats) warnings.push(formats)
  if (c.mode === 'pick-up' && c.maxCredits !== undefined) {
    warnings.push('Picking up a task (task-id) spends no credits; max-credits has no effect.')
  }
  return warnings
}
