// Figure 14 (issue 25): render sheets must not hold up the queue. 300 one-step assets, queue 50,
// tasks of 0.9 s, once with `render: false` (the baseline) and once with `render: true` (the
// system Chromium, as `render: auto` finds it on a GitHub runner). Measured: the time from the
// first create to the last one, read from the fake's tasks; goal: within 10% of the baseline.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { rmSync } from 'node:fs'
import type { FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace } from '../__tests__/harness/run-action.js'
import { runBenchAction } from './action.js'
import type { BenchContext } from './context.js'
import { ms, note, ratio } from './stats.js'
import type { Row } from './table.js'

const ASSETS = 300
const QUEUE = 50
const TASK_MS = 900
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'

async function createSpan(ctx: BenchContext, render: string): Promise<number> {
  const fake: FakeMeshy = await ctx.fake({ durationMs: TASK_MS, queueLimit: QUEUE, balance: 1e9 })
  const workspace = newWorkspace()
  try {
    const assets: Record<string, { prompt: string }> = {}
    for (let i = 0; i < ASSETS; i++) assets[`asset-${i}`] = { prompt: `sheet bench ${i}` }
    const defaults = { task: 'text-to-3d', refine: false, download: 'model', formats: 'glb' }
    writeFileSync(join(workspace, 'assets.json'), JSON.stringify({ defaults, assets }))
    const inputs = { manifest: 'assets.json', concurrency: String(QUEUE), render }
    const run = await runBenchAction(
      ctx.entry.file,
      fake,
      render === 'false' ? inputs : { ...inputs, 'chrome-path': CHROME },
      { workspace, timeoutMs: 1_800_000 }
    ).catch((err: Error) => {
      throw new Error(`render ${render}: ${err.message}`)
    })
    const created = [...fake.tasks.values()].map(t => t.createdAt)
    const span = Math.max(...created) - Math.min(...created)
    const sheets = (run.stdout.match(/renders\/model\.png/g) ?? []).length
    note(
      14,
      `render ${render}: last create ${ms(span)} after the first, run ${ms(run.elapsedMs)}, ${sheets} sheet mentions in the log`
    )
    return span
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

export async function figure14(ctx: BenchContext): Promise<Row> {
  const off = await createSpan(ctx, 'false')
  const on = await createSpan(ctx, 'true')
  return {
    figure: `14 last create, ${ASSETS} assets, queue ${QUEUE}, sheets on vs off`,
    goal: 'within 10%',
    measured: `${ms(on)} (sheets on)`,
    baseline: `${ms(off)} (sheets off)`,
    ratio: ratio(on, off),
    pass: on <= off * 1.1
  }
}
