// Waiting for a task: the SSE stream first (the terminal event arrives the moment Meshy sends it,
// and a whole task costs one request), then polling GET with a growing interval if the stream
// fails, closes early or goes quiet. Never both at once.
import type { Clock } from '../core/clock.js'
import { DeadlineError, errorMessage } from '../core/errors.js'
import type { Logger } from '../core/log.js'
import type { MeshyClient } from './client.js'
import { isTerminal, type MeshyTask } from './types.js'

export interface WaitOptions {
  deadline: number
  clock: Clock
  onProgress?: (t: MeshyTask) => void
  /** No byte on the stream for this long → fall back to polling. Default 60 s. */
  idleTimeoutMs?: number
  pollInitialMs?: number
  pollFactor?: number
  pollMaxMs?: number
  logger?: Logger
  useStream?: boolean
  /**
   * The stream must yield a task the action can read within this long (real ms), else the wait
   * polls: v2's event format is not fully documented, and bytes that never make a task would
   * otherwise keep the idle timer quiet. Default 20 s.
   */
  firstTaskMs?: number
}

/** Resolves with the terminal task (SUCCEEDED, FAILED or CANCELED); the caller judges it. */
export async function waitForTask(
  client: Pick<MeshyClient, 'stream' | 'get'>,
  id: string,
  opts: WaitOptions
): Promise<MeshyTask> {
  const progress = progressFilter(opts.onProgress)
  if (opts.useStream ?? true) {
    const unread = new AbortController()
    const timer = setTimeout(
      () => unread.abort(new Error('no readable task')),
      opts.firstTaskMs ?? 20_000
    )
    timer.unref()
    try {
      return await client.stream(id, {
        deadline: opts.deadline,
        idleTimeoutMs: opts.idleTimeoutMs ?? 60_000,
        signal: unread.signal,
        onTask: task => {
          clearTimeout(timer)
          progress.report(task)
        }
      })
    } catch (err) {
      if (err instanceof DeadlineError) throw stillRunning(id, progress.last())
      const why = unread.signal.aborted ? 'sent no task the action can read' : errorMessage(err)
      opts.logger?.debug(`Task stream for ${id} ended without a result (${why}); polling instead.`)
    } finally {
      clearTimeout(timer)
    }
  }
  return poll(client, id, opts, progress)
}

async function poll(
  client: Pick<MeshyClient, 'get'>,
  id: string,
  opts: WaitOptions,
  progress: ProgressFilter
): Promise<MeshyTask> {
  const { clock, deadline } = opts
  let interval = opts.pollInitialMs ?? 1000
  for (;;) {
    if (clock.now() >= deadline) throw stillRunning(id, progress.last())
    const task = await client.get(id, { deadline })
    progress.report(task)
    if (isTerminal(task.status)) return task
    const left = deadline - clock.now()
    if (left <= 0) throw stillRunning(id, task)
    await clock.sleep(Math.min(interval, left))
    interval = Math.min(interval * (opts.pollFactor ?? 1.5), opts.pollMaxMs ?? 15_000)
  }
}

interface ProgressFilter {
  report: (t: MeshyTask) => void
  last: () => MeshyTask | undefined
}

/** Passes on only changes: the stream repeats the same state every ~10 s as a keep-alive. */
function progressFilter(onProgress: ((t: MeshyTask) => void) | undefined): ProgressFilter {
  let last: MeshyTask | undefined
  return {
    report: task => {
      const changed = !last || last.status !== task.status || last.progress !== task.progress
      last = task
      if (changed) onProgress?.(task)
    },
    last: () => last
  }
}

function stillRunning(id: string, task: MeshyTask | undefined): DeadlineError {
  const state = task
    ? ` (last seen ${task.status}${task.progress !== undefined ? `, ${task.progress}%` : ''})`
    : ''
  return new DeadlineError(
    id,
    `Time limit reached while waiting for Meshy task ${id}${state}; it is still running at Meshy ` +
      `and can be collected later by its id.`
  )
}
