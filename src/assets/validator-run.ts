// Runs glTF-Validator in a worker thread with a stated memory limit and the run's deadline: the
// validator is synchronous Dart code that a hostile file can keep busy for hours or make allocate
// gigabytes, and only a thread can be stopped from outside (issue 24, issue 25).
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ValidatorJob } from './validator-worker.js'

/** Files over this are not validated (an info line says so): the worker holds the whole file. */
export const MAX_VALIDATE_BYTES = 256 * 1024 * 1024
/**
 * GLBs up to this are validated whole, container checks included; larger ones as JSON plus their
 * binary chunk (validator-worker.ts), which keeps the worker at the file's size plus its heap.
 */
export const WHOLE_GLB_BYTES = 64 * 1024 * 1024
/** The validator's JavaScript heap; its file buffer (up to MAX_VALIDATE_BYTES) comes on top. */
export const VALIDATOR_HEAP_MB = 192

export const WORKER_SCRIPT = 'gltf-validator-worker.cjs'

export type ValidatorOutcome =
  { report: unknown; sha256: string } | { failure: 'timeout' | 'memory' | 'crash'; message: string }

/**
 * Validates one file in the run's validator thread, started on first use and kept for the next
 * model (a thread and the validator's script cost tens of milliseconds of CPU to start, bench
 * figure 9). Jobs run one at a time; a job still running at its deadline, or one that runs out
 * of heap, ends the thread, and the next job starts a fresh one.
 */
export function runValidator(
  job: ValidatorJob,
  opts: { timeoutMs: number }
): Promise<ValidatorOutcome> {
  const deadline = Date.now() + opts.timeoutMs
  const run = line.then(() => runNow(job, deadline - Date.now()))
  line = run.catch(() => undefined)
  return run
}

let line: Promise<unknown> = Promise.resolve()
let thread: Promise<Worker> | undefined
let nextId = 0

async function runNow(job: ValidatorJob, timeoutMs: number): Promise<ValidatorOutcome> {
  if (timeoutMs <= 0)
    return {
      failure: 'timeout',
      message: 'glTF-Validator was not started: the deadline has passed'
    }
  const worker = await (thread ??= startThread())
  const id = nextId++
  worker.ref() // a job keeps the process alive; an idle thread never does
  return new Promise<ValidatorOutcome>(resolve => {
    const settle = (outcome: ValidatorOutcome, end: boolean): void => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
      if (end) {
        thread = undefined
        void worker.terminate()
      } else worker.unref()
      resolve(outcome)
    }
    const onMessage = (msg: { id: number; report?: unknown; sha256?: string; error?: string }) => {
      if (msg.id !== id) return
      if (msg.error !== undefined || typeof msg.sha256 !== 'string') {
        settle(
          { failure: 'crash', message: `glTF-Validator failed: ${msg.error ?? 'no report'}` },
          false
        )
      } else settle({ report: msg.report, sha256: msg.sha256 }, false)
    }
    const onError = (err: Error & { code?: string }) => {
      const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      const message = memory
        ? `glTF-Validator needed more than its ${VALIDATOR_HEAP_MB} MB heap`
        : `glTF-Validator failed: ${err.message}`
      settle({ failure: memory ? 'memory' : 'crash', message }, true)
    }
    const onExit = (code: number) =>
      settle(
        { failure: 'crash', message: `glTF-Validator exited (code ${code}) with no report` },
        true
      )
    const timer = setTimeout(
      () =>
        settle({ failure: 'timeout', message: 'glTF-Validator was stopped at the deadline' }, true),
      timeoutMs
    )
    worker.on('message', onMessage)
    worker.on('error', onError)
    worker.on('exit', onExit)
    worker.postMessage({ id, job })
  })
}

async function startThread(): Promise<Worker> {
  const source = await workerSource()
  const worker = new Worker(source.code, {
    eval: source.eval,
    resourceLimits: { maxOldGenerationSizeMb: VALIDATOR_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true
  })
  // The thread's stdout and stderr are its own (a runner reads the step's stdout for commands),
  // and never read: a read worker stream holds the process open until the thread ends, and an
  // idle thread must not keep a finished process alive. The worker writes nothing to them.
  worker.unref()
  // A thread that ended between jobs is not handed the next one.
  const started = thread
  worker.once('exit', () => {
    if (thread === started) thread = undefined
  })
  return worker
}

let built: Promise<{ code: string; eval: boolean }> | undefined

/**
 * The bundle ships the worker as its own file; running from the sources (tests of src/, the
 * bench) it is bundled in memory on first use, with esbuild from devDependencies.
 */
function workerSource(): Promise<{ code: string; eval: boolean }> {
  built ??= (async () => {
    const here = dirname(fileURLToPath(import.meta.url))
    const shipped = join(here, WORKER_SCRIPT)
    if (existsSync(shipped)) return { code: shipped, eval: false }
    const source = join(here, 'validator-worker.ts')
    if (!existsSync(source)) throw new Error(`${WORKER_SCRIPT} is missing beside the bundle`)
    const tool = 'esbuild' // a variable specifier: the bundler must not pull esbuild in
    const esbuild = (await import(tool)) as typeof import('esbuild')
    const out = await esbuild.build({ ...WORKER_BUILD, entryPoints: [source], write: false })
    return { code: out.outputFiles[0].text, eval: true }
  })()
  return built
}

/** The same options scripts/bundle.mjs uses for dist/gltf-validator-worker.cjs. */
export const WORKER_BUILD = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'silent'
} as const
