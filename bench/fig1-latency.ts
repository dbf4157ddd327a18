// Figure 1: completion-detection latency. From the moment the fake marks a task SUCCEEDED
// (fake.succeededAt, real ms) to the first request about that task recorded after it (for the
// action: the model download; for the poller: its next GET). Real time (speed 1), because the
// latency is a real-time property. Task durations vary so the poller's phase varies too.
import type { FakeMeshy } from '../fakes/meshy/index.js'
import { runBenchAction, requestsAbout } from './action.js'
import type { BenchContext } from './context.js'
import { createPreview, pollUntilDone } from './poller.js'
import { median, ms, note, ratio } from './stats.js'
import type { Row } from './table.js'

const DURATIONS = [3000, 3700, 4400, 5100, 5800]
const POLL_EVERY_MS = 5000

function latencyOf(fake: FakeMeshy, id: string): number {
  const done = fake.succeededAt.get(id)
  if (done === undefined) throw new Error(`task ${id} never SUCCEEDED`)
  const next = requestsAbout(fake, id, done)[0]
  if (!next) throw new Error(`no request about ${id} after it SUCCEEDED`)
  return next.time - done
}

function durationFor(fake: FakeMeshy, prompt: string, durationMs: number): void {
  fake.outcome({ match: body => body.prompt === prompt, durationMs })
}

async function pollerLatencies(fake: FakeMeshy): Promise<number[]> {
  const runs = DURATIONS.map(async (d, i) => {
    const prompt = `bench poller ${i}`
    durationFor(fake, prompt, d)
    const id = await createPreview(fake.url, prompt)
    await pollUntilDone(fake.url, id, POLL_EVERY_MS)
    return latencyOf(fake, id)
  })
  return Promise.all(runs)
}

async function actionLatencies(ctx: BenchContext, fake: FakeMeshy): Promise<number[]> {
  const out: number[] = []
  for (const [i, d] of DURATIONS.entries()) {
    const prompt = `bench action ${i}`
    durationFor(fake, prompt, d)
    const run = await runBenchAction(ctx.entry.file, fake, {
      task: 'text-to-3d',
      prompt,
      refine: 'false'
    })
    out.push(latencyOf(fake, run.outputs['task-id']))
  }
  return out
}

export async function figure1(ctx: BenchContext): Promise<Row> {
  const fake = await ctx.fake({ speed: 1 })
  // The poller runs concurrently with the action runs: each task has its own prompt and timer.
  const [poller, action] = await Promise.all([pollerLatencies(fake), actionLatencies(ctx, fake)])
  note(1, `task durations (ms): ${DURATIONS.join(', ')}`)
  note(1, `action latencies (ms): ${action.map(Math.round).join(', ')}`)
  note(1, `5 s poller latencies (ms): ${poller.map(Math.round).join(', ')}`)
  const m = median(action)
  const b = median(poller)
  return {
    figure: '1 completion-detection latency (median of 5)',
    goal: '<= 50 ms',
    measured: ms(m),
    baseline: `${ms(b)} (5 s poller)`,
    ratio: ratio(m, b),
    pass: m <= 50
  }
}
