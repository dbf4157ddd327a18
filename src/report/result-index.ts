// A batch summary asks, for each of thousands of rows, which task records and files belong to
// the row's task ids. Scanning the whole result per row is rows × tasks; this index is built
// once per summary, and each lookup keeps the result's own order (the order the runs ended in).
import type { DownloadedFile, RunResult, TaskRecord } from '../core/result.js'

export interface ResultIndex {
  /** The records of these task ids, in the result's order. */
  records(taskIds: readonly string[]): TaskRecord[]
  /** The downloaded files of these task ids, in the result's order. */
  files(taskIds: readonly string[]): DownloadedFile[]
}

export function indexResult(result: RunResult): ResultIndex {
  const records = positionsById(result.tasks, r => r.task.id)
  const files = positionsById(result.files, f => f.taskId)
  return {
    records: ids => pick(result.tasks, records, ids),
    files: ids => pick(result.files, files, ids)
  }
}

/** id → the positions of the items with that id. */
function positionsById<T>(items: readonly T[], idOf: (item: T) => string): Map<string, number[]> {
  const map = new Map<string, number[]>()
  items.forEach((item, i) => {
    const at = map.get(idOf(item))
    if (at) at.push(i)
    else map.set(idOf(item), [i])
  })
  return map
}

function pick<T>(items: readonly T[], index: Map<string, number[]>, ids: readonly string[]): T[] {
  const positions = [...new Set(ids)].flatMap(id => index.get(id) ?? [])
  return positions.sort((a, b) => a - b).map(i => items[i])
}
