// Figure 4: peak RSS of the action process (node dist/index.js) for a run that downloads a
// 50 MB and a 500 MB GLB, sampled from /proc/<pid>/status (VmHWM) every 20 ms. The same run with
// the fake's default ~4 KiB model is shown as a reference: the footprint with nothing to stream.
import { runBenchAction } from './action.js'
import type { BenchContext } from './context.js'
import { sampleRss, type RssReading } from './rss.js'
import { mb, note } from './stats.js'
import type { Row } from './table.js'

const LIMIT = 150e6
/** "Flat": a 10x larger file may not cost more than this much extra memory. */
const FLAT_SLACK = 15e6

async function peakFor(ctx: BenchContext, modelBytes: number | undefined): Promise<RssReading> {
  const fake = await ctx.fake({ durationMs: 50, modelBytes })
  let sampler: { stop(): RssReading } | undefined
  const run = await runBenchAction(
    ctx.entry.file,
    fake,
    { task: 'text-to-3d', prompt: 'bench rss', refine: 'false' },
    { onSpawn: pid => (sampler = sampleRss(pid, 20)) }
  )
  const reading = sampler!.stop()
  const size = modelBytes === undefined ? '4 KiB' : mb(modelBytes)
  note(
    4,
    `${size} model: VmHWM ${mb(reading.peakBytes)}, max VmRSS ${mb(reading.maxRssBytes)}, ` +
      `${reading.samples} samples, run ${Math.round(run.elapsedMs)} ms`
  )
  return reading
}

export async function figure4(ctx: BenchContext): Promise<Row> {
  const tiny = await peakFor(ctx, undefined)
  const small = await peakFor(ctx, 50e6)
  const large = await peakFor(ctx, 500e6)
  const growth = large.peakBytes - small.peakBytes
  return {
    figure: '4 peak RSS, 50 MB vs 500 MB download',
    goal: '<= 150 MB, flat',
    measured: `${mb(small.peakBytes)} / ${mb(large.peakBytes)}`,
    baseline: `${mb(tiny.peakBytes)} (4 KiB model)`,
    ratio: `500/50: ${(large.peakBytes / small.peakBytes).toFixed(2)}x`,
    pass: large.peakBytes <= LIMIT && small.peakBytes <= LIMIT && growth <= FLAT_SLACK
  }
}
