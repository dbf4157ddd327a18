// From a validated spec to the requests it will make and their credit estimate (the one sum,
// used by `max-credits` before any paid request and by plan mode). Pure: no I/O.
import type { TaskSpec } from '../config/types.js'
import { kindOf, type StepPlan, type TaskKind } from '../tasks/catalogue.js'

export interface TaskPlan {
  kind: TaskKind
  steps: StepPlan[]
  /** Estimated credits of all steps. */
  estimate: number
}

export function planTask(spec: TaskSpec): TaskPlan {
  const kind = kindOf(spec.task)
  const steps = kind.steps(spec)
  return { kind, steps, estimate: steps.reduce((sum, s) => sum + s.estimate, 0) }
}
