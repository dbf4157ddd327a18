// What the run has under way at Meshy right now, kept as the pipeline goes. When the runner
// cancels the step there is no time to ask Meshy anything: this is what the cancellation report
// (cancel.ts) reads to set the outputs and say which tasks keep running.
import { isTerminal, type MeshyTask, type Resource } from '../meshy/types.js'
import type { TaskRecord } from '../core/result.js'

export class LiveTasks {
  private readonly records: TaskRecord[] = []
  /** Task id → index in `records`: a batch of thousands updates them on every progress event. */
  private readonly index = new Map<string, number>()
  private readonly inFlight = new Map<number, Resource>()
  private nextCreate = 0
  private readonly savers = new Set<() => void>()

  /** `onNew` hears of each task id once, as soon as it is known (the post step's saved state). */
  constructor(private readonly onNew?: (record: TaskRecord) => void) {}

  /** A task created or picked up; the record is the pipeline's own, so later updates show. */
  add(record: TaskRecord): void {
    const at = this.index.get(record.task.id)
    if (at !== undefined) {
      this.records[at] = record
      return
    }
    this.index.set(record.task.id, this.records.push(record) - 1)
    this.onNew?.(record)
  }

  /** A newer view of a task (progress events), so its status is the latest known. */
  update(task: MeshyTask): void {
    const at = this.index.get(task.id)
    const record = at === undefined ? undefined : this.records[at]
    if (record && !isTerminal(record.task.status)) record.task = { ...record.task, ...task }
  }

  /** Marks a create request as sent; call the returned function once its outcome is known. */
  creating(resource: Resource): () => void {
    const key = this.nextCreate++
    this.inFlight.set(key, resource)
    return () => void this.inFlight.delete(key)
  }

  /**
   * Registers a synchronous save for the cancellation report (the batch lockfile); returns the
   * function that unregisters it once the run saved normally.
   */
  saveOnCancel(save: () => void): () => void {
    this.savers.add(save)
    return () => void this.savers.delete(save)
  }

  /** Cancellation: runs every registered save; one that fails does not stop the others. */
  saveNow(onError: (err: unknown) => void): void {
    for (const save of this.savers) {
      try {
        save()
      } catch (err) {
        onError(err)
      }
    }
  }

  /** Every task seen so far, in creation order. */
  all(): TaskRecord[] {
    return [...this.records]
  }

  /** Tasks that Meshy is still running (and will charge for) whatever happens to this step. */
  running(): TaskRecord[] {
    return this.records.filter(r => !isTerminal(r.task.status))
  }

  /** Creates sent whose reply has not arrived: they may have made a task we never heard of. */
  pendingCreates(): Resource[] {
    return [...this.inFlight.values()]
  }
}
