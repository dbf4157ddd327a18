// Figure 8: when does the first asset of a batch finish? The batch of issue 17: 6 two-step assets,
// queue of 3, each task D = 60 s of fake time. On API v2 text-to-3d is one call, so the second
// step is a chained asset (a retexture `from:` the mesh). The baseline is the old arrival order
// (every mesh before any second step), computed for the same D, Q and N: the action no longer has
// that order to run. The figure is the first completed asset's time as a fraction of the run,
// and how many assets are complete at half time (what a run cancelled half way keeps).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import type { BenchContext } from './context.js'
import { CA_FILE } from './http.js'
import type { OrderRun } from './order-child.js'
import { note, ratio } from './stats.js'
import type { Row } from './table.js'

const ASSETS = 6
const QUEUE = 3
const TASK_MS = 60_000
const SPEED = 30

/**
 * The arrival order's schedule: a free slot goes to whoever asked first, so all N meshes (asked
 * at once) run before any second step (asked when its mesh finishes), each taking D.
 */
export function arrivalSchedule(assets: number, queue: number, taskMs: number): OrderRun {
  const slots: number[] = Array.from({ length: queue }, () => 0)
  const start = (ready: number): number => {
    slots.sort((a, b) => a - b)
    const at = Math.max(ready, slots[0])
    slots[0] = at + taskMs
    return at + taskMs
  }
  const previews = Array.from({ length: assets }, () => start(0))
  const finishes = previews.map(done => start(done)).sort((a, b) => a - b)
  return { order: 'arrival (computed)', finishes, span: Math.max(...finishes) }
}

const share = (run: OrderRun): number => run.finishes[0] / run.span
const atHalf = (run: OrderRun): number => run.finishes.filter(f => f <= run.span / 2).length
const pct = (x: number): string => `${Math.round(x * 100)}%`

export async function figure8(_ctx: BenchContext): Promise<Row> {
  const out = execFileSync(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(REPO_ROOT, 'bench', 'order-child.ts'), ...[ASSETS, QUEUE, TASK_MS, SPEED].map(String)],
    { env: { ...process.env, NODE_EXTRA_CA_CERTS: CA_FILE }, encoding: 'utf8', timeout: 300_000 }
  )
  const after = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as OrderRun
  const before = arrivalSchedule(ASSETS, QUEUE, TASK_MS)
  for (const run of [before, after]) {
    note(
      8,
      `${run.order}: run ${(run.span / 1000).toFixed(0)} s fake; assets done at ` +
        `${run.finishes.map(f => (f / 1000).toFixed(0)).join(', ')} s; ${atHalf(run)}/${ASSETS} done at half time`
    )
  }
  return {
    figure: `8 first asset done, ${ASSETS} two-step assets, queue ${QUEUE}`,
    goal: '<= 0.75x old share, same total',
    measured: `${pct(share(after))} of the run; ${atHalf(after)}/${ASSETS} at half time`,
    baseline: `${pct(share(before))}; ${atHalf(before)}/${ASSETS} at half time (old order)`,
    ratio: ratio(after.finishes[0], before.finishes[0]),
    pass: share(after) <= share(before) * 0.75 && after.span <= before.span * 1.1
  }
}
