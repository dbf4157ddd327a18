// Progress lines at a human pace: a line when the status changes, otherwise at most one every
// few seconds per task, so a 3-minute refine does not flood the log.
import type { Clock } from '../core/clock.js'
import type { Logger } from '../core/log.js'
import type { MeshyTask } from '../meshy/types.js'

const MIN_INTERVAL_MS = 5000

export function progressReporter(
  logger: Logger,
  clock: Clock,
  label: string
): (task: MeshyTask) => void {
  let lastStatus = ''
  let lastAt = -Infinity
  return task => {
    const now = clock.now()
    if (task.status === lastStatus && now - lastAt < MIN_INTERVAL_MS) return
    lastStatus = task.status
    lastAt = now
    const queue =
      task.status === 'PENDING' && task.preceding_tasks
        ? `, ${task.preceding_tasks} ahead in queue`
        : ''
    logger.info(`${label}: ${task.status} ${task.progress ?? 0}%${queue}`)
  }
}
