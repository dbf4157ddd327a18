// What a run would do, before it spends: the `plan` output, and the table a dry run shows on the
// pull request. Pure: the batch planner and the single-task catalogue fill it in; the report
// renders it.
import type { TaskSpec } from '../config/types.js'
import { planTask } from './plan.js'

/** In the order a reviewer cares about: what spends first, what changes nothing last. */
export const PLAN_ACTIONS = ['generate', 'resume', 'download', 'remove', 'unchanged'] as const
export type PlanAction = (typeof PLAN_ACTIONS)[number]

export interface AssetPlan {
  action: PlanAction
  /** Credits this run would spend on the asset. */
  estimate: number
  /** Why, in words a reviewer understands ("prompt changed", "new asset"). */
  reason: string
}

export interface TaskStepPlan {
  task: string
  step: string
  estimate: number
}

export interface RunPlan {
  estimate: number
  /** The account's balance when it was read (with a key), else null. */
  balance: number | null
  /** Batch mode: per asset, in manifest order, then removed assets. */
  assets?: Record<string, AssetPlan>
  /** Single-task mode: the tasks that would be created. */
  tasks?: TaskStepPlan[]
}

/** The requests one task spec would create, each with its estimate. */
export function singleTaskPlan(spec: TaskSpec | undefined, balance: number | null): RunPlan {
  const steps = spec ? planTask(spec).steps : []
  const tasks = steps.map(step => ({ task: spec!.task, step: step.name, estimate: step.estimate }))
  return { estimate: sum(tasks.map(t => t.estimate)), balance, tasks }
}

export function batchPlan(assets: Record<string, AssetPlan>, balance: number | null): RunPlan {
  return { estimate: sum(Object.values(assets).map(a => a.estimate)), balance, assets }
}

/**
 * One sentence for the top of the summary and the comment, e.g. "Merging this will generate 3
 * assets (about 90 credits), download 1 again, and remove 2; 41 unchanged."
 */
export function planSentence(plan: RunPlan): string {
  if (plan.tasks) {
    if (plan.tasks.length === 0) return 'This run would create no task; no credits would be spent.'
    return `This run would create ${count(plan.tasks.length, 'task')} (about ${plan.estimate} credits).`
  }
  const by = countActions(plan)
  const parts: string[] = []
  if (by.generate) parts.push(`generate ${count(by.generate, 'asset')}`)
  if (by.resume) parts.push(`resume ${count(by.resume, 'asset')}`)
  if (parts.length && plan.estimate > 0)
    parts[parts.length - 1] += ` (about ${plan.estimate} credits)`
  if (by.download) parts.push(`download ${by.download} again`)
  if (by.remove) parts.push(`remove ${by.remove}`)
  const unchanged = `${by.unchanged} unchanged`
  if (parts.length === 0)
    return `Merging this changes nothing: ${unchanged}; no credits would be spent.`
  return `Merging this will ${joinAnd(parts)}; ${unchanged}.`
}

export function countActions(plan: RunPlan): Record<PlanAction, number> {
  const out = Object.fromEntries(PLAN_ACTIONS.map(a => [a, 0])) as Record<PlanAction, number>
  for (const asset of Object.values(plan.assets ?? {})) out[asset.action] += 1
  return out
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function joinAnd(parts: string[]): string {
  if (parts.length < 3) return parts.join(' and ')
  return `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
