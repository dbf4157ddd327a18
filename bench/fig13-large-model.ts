// Figure 13 (issue 25): peak RSS of the whole step for a 200 MB GLB (a dense textured grid),
// once with `validate: off` and once with the default `validate: warn`; render off in both, since
// the render browser is a process of its own (figure 12). The baseline is the same run with a
// one-triangle model. The model is served by the lying-Meshy harness on loopback HTTP.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../__tests__/harness/run-action.js'
import { startHostileMeshy, succeeded } from '../__tests__/harness/hostile-meshy.js'
import type { BenchContext } from './context.js'
import { gridModel } from './grid-model.js'
import { sampleRss } from './rss.js'
import { mb, median, ms, note } from './stats.js'
import type { Row } from './table.js'

const OFF_GOAL = 150e6
const WARN_GOAL = 400e6
const RUNS = 3

/** ~200 MB: a 1,880² grid with a 1024 px texture, cached in the temp folder between runs. */
async function largeModel(): Promise<Buffer> {
  const path = join(tmpdir(), 'meshy-bench-grid-1880.glb')
  if (!existsSync(path)) writeFileSync(path, await gridModel(1880, 1024))
  return readFileSync(path)
}

async function peak(entry: string, model: Buffer | undefined, validate: string): Promise<number> {
  const server = await startHostileMeshy(ctx => succeeded(ctx), model ? { 'model.glb': model } : {})
  try {
    let sampler: { stop(): { peakBytes: number } } | undefined
    const run = await runAction({
      entry,
      inputs: {
        'base-url': server.url,
        task: 'text-to-3d',
        prompt: 'bench large model',
        refine: 'false',
        validate,
        render: 'false',
        summary: 'false'
      },
      env: { MESHY_API_KEY: 'bench-key-0123456789abcdef' },
      timeoutMs: 300_000,
      onSpawn: pid => (sampler = sampleRss(pid, 20))
    })
    const reading = sampler!.stop()
    if (run.code !== 0) throw new Error(`action exited ${run.code}: ${run.stdout.slice(-300)}`)
    const stats = JSON.parse(run.outputs['model-stats'] ?? '{}') as Record<string, unknown>
    note(
      13,
      `${model ? mb(model.length) : 'tiny'} validate ${validate}: VmHWM ${mb(reading.peakBytes)}, ${ms(run.elapsedMs)}, triangles ${String(stats.triangles)}, validation ${JSON.stringify(stats.validation ?? null).slice(0, 80)}`
    )
    return reading.peakBytes
  } finally {
    await server.close()
  }
}

export async function figure13(ctx: BenchContext): Promise<Row> {
  const model = await largeModel()
  const tiny: number[] = []
  const off: number[] = []
  const warn: number[] = []
  for (let i = 0; i < RUNS; i++) {
    tiny.push(await peak(ctx.entry.file, undefined, 'off'))
    off.push(await peak(ctx.entry.file, model, 'off'))
    warn.push(await peak(ctx.entry.file, model, 'warn'))
  }
  const [t, o, w] = [median(tiny), median(off), median(warn)]
  return {
    figure: `13 peak RSS, ${mb(model.length)} GLB, validate off / warn`,
    goal: '<= 150 MB / <= 400 MB',
    measured: `${mb(o)} / ${mb(w)}`,
    baseline: `${mb(t)} (one-triangle GLB)`,
    ratio: `${(o / t).toFixed(2)}x / ${(w / t).toFixed(2)}x`,
    pass: o <= OFF_GOAL && w <= WARN_GOAL
  }
}
