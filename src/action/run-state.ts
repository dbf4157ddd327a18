// What the main step leaves for the post step (action.yml `runs.post`). The runner kills a step
// that outlives its own `timeout-minutes:` shortly after its signals, and a killed step writes
// nothing; so every task id is saved (core.saveState) the moment it is known, and the post step
// reports them when the main step did not get to. Never the key: state is a file on the runner.
import type { Config } from '../config/types.js'
import { resourcePath } from '../meshy/types.js'
import type { TaskRecord } from '../core/result.js'

export type SaveState = (name: string, value: string) => void

/** State names; the runner hands them to the post step as STATE_<name> variables. */
export const STATE_RUN = 'meshy_run'
export const STATE_REPORTED = 'meshy_reported'
export const STATE_TASK_PREFIX = 'meshy_task_'

export interface SavedTask {
  id: string
  type: string
}

export interface SavedRun {
  title: string
  batch: boolean
  /** Batch mode: the lockfile that resumes the run, workspace-relative. */
  lockfile?: string
  testMode: boolean
  reported: boolean
  tasks: SavedTask[]
}

export interface RunState {
  /** A task created or picked up: one small state entry each, so a batch of thousands stays linear. */
  task(record: TaskRecord): void
  /** The main step wrote its own report (normal end or the cancellation report). */
  reported(): void
}

type RunFacts = Omit<SavedRun, 'reported' | 'tasks'>

/** Starts the saved state of a run; without a saveState (tests, no runner) nothing is kept. */
export function startRunState(save: SaveState | undefined, facts: RunFacts): RunState {
  if (!save) return { task: () => undefined, reported: () => undefined }
  let count = 0
  save(STATE_RUN, JSON.stringify(facts))
  return {
    task: record => {
      const saved: SavedTask = {
        id: String(record.task.id),
        type: String(record.task.type ?? resourcePath(record.resource))
      }
      save(`${STATE_TASK_PREFIX}${++count}`, JSON.stringify(saved))
    },
    reported: () => save(STATE_REPORTED, 'true')
  }
}

/** The facts the post step needs from the configuration. */
export function runFacts(config: Config, lockfile: string | undefined): RunFacts {
  const title =
    config.mode === 'create' ? config.spec.task : config.mode === 'batch' ? 'batch' : 'task-id'
  // Shown to the user as a workspace path: forward slashes on Windows too.
  const shown = lockfile?.split('\\').join('/')
  return { title, batch: config.mode === 'batch', lockfile: shown, testMode: config.testMode }
}

/** The post step's view: undefined when the main step saved nothing (it never got that far). */
export function readSavedRun(env: NodeJS.ProcessEnv): SavedRun | undefined {
  const run = parseJson(env[`STATE_${STATE_RUN}`])
  if (!isRecord(run)) return undefined
  const tasks: SavedTask[] = []
  for (let n = 1; ; n++) {
    const task = parseJson(env[`STATE_${STATE_TASK_PREFIX}${n}`])
    if (!isRecord(task)) break
    tasks.push({ id: String(task.id ?? ''), type: String(task.type ?? '') })
  }
  return {
    title: String(run.title ?? ''),
    batch: run.batch === true,
    lockfile: typeof run.lockfile === 'string' ? run.lockfile : undefined,
    testMode: run.testMode === true,
    reported: env[`STATE_${STATE_REPORTED}`] === 'true',
    tasks
  }
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
