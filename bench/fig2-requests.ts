// Figure 2: API requests spent waiting for a 60 s task (fake time; the fake runs 20x faster so
// the wait takes 3 s of real time). Counts every API-origin request of the run except the
// create POST and the one balance read before it (issue 15; not part of waiting). Downloads go
// to the asset origin, so they are excluded by origin.
import type { FakeMeshy } from '../fakes/meshy/index.js'
import { runBenchAction } from './action.js'
import type { BenchContext } from './context.js'
import { createPreview, pollUntilDone } from './poller.js'
import { median, note, ratio } from './stats.js'
import type { Row } from './table.js'

const SPEED = 20
const TASK_MS = 60_000
const RUNS = 3

function waitingRequests(fake: FakeMeshy, from: number, to: number): string[] {
  return fake.requests
    .filter(r => r.origin === 'api' && r.time >= from && r.time <= to && r.method !== 'POST')
    .filter(r => r.path !== '/openapi/v2/balance')
    .map(r => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/, '<id>')}`)
}

async function actionCounts(ctx: BenchContext, fake: FakeMeshy): Promise<number[]> {
  const counts: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const run = await runBenchAction(ctx.entry.file, fake, {
      task: 'text-to-3d',
      prompt: `bench requests ${i}`,
      refine: 'false'
    })
    const seen = waitingRequests(fake, run.spawnedAt, run.spawnedAt + run.elapsedMs + 50)
    note(
      2,
      `action run ${i + 1}: ${seen.length} API requests besides the create: ${seen.join(', ')}`
    )
    counts.push(seen.length)
  }
  return counts
}

async function pollerCounts(fake: FakeMeshy): Promise<number[]> {
  const runs = Array.from({ length: RUNS }, async (_, i) => {
    const id = await createPreview(fake.url, `bench poller ${i}`)
    return (await pollUntilDone(fake.url, id, 5000 / SPEED)).gets
  })
  return Promise.all(runs)
}

export async function figure2(ctx: BenchContext): Promise<Row> {
  const fake = await ctx.fake({ speed: SPEED, durationMs: TASK_MS })
  // Sequential: the action runs are counted by time window, so the poller must not overlap them.
  const action = await actionCounts(ctx, fake)
  const poller = await pollerCounts(fake)
  note(2, `poller GETs per run: ${poller.join(', ')}`)
  const worst = Math.max(...action)
  const b = median(poller)
  return {
    figure: '2 API requests while waiting, 60 s task (worst of 3)',
    goal: '<= 3',
    measured: String(worst),
    baseline: `${b} (5 s poller)`,
    ratio: ratio(worst, b),
    pass: worst <= 3
  }
}
