// The end of a batch log: per asset that ran, its tasks (full ids, status, duration) and files,
// each asset folded in its own log group. Written after every asset finished, so no group
// interleaves with another asset's lines (live lines stay flat, named by the asset).
import { formatBytes } from '../../core/format.js'
import type { Logger } from '../../core/log.js'
import { formatDuration, taskDuration } from '../../report/markdown.js'
import type { AssetOutcome } from './run-asset.js'

export function logAssetDetails(logger: Logger, outcomes: AssetOutcome[]): void {
  for (const { row, result } of outcomes) {
    if (row.status === 'unchanged') continue
    const title = `${row.name}: ${row.status}, ${row.credits} credits, ${result.tasks.length} task(s)`
    const write = () => {
      for (const record of result.tasks) {
        const { task } = record
        const took = formatDuration(taskDuration(record))
        logger.info(`${task.type ?? record.resource.path} ${task.id}: ${task.status} in ${took}`)
      }
      for (const file of result.files) logger.info(`${file.path} (${formatBytes(file.bytes)})`)
      if (row.error) logger.info(`Error: ${row.error}`)
    }
    if (logger.group) logger.group(title, write)
    else {
      logger.info(title)
      write()
    }
  }
}
