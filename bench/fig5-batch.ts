// Figure 5: a batch of 100 assets with a queue limit of 10 at the fake, each task taking D of
// fake time. Ideal wall time is 10 x D (ten full rounds of ten); the baseline is running the
// action once per asset, one after another: a single measured run x 100 (not 100 real runs —
// that would take 100 x D). Times are reported in fake time (real x speed) and compared in it.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace } from '../__tests__/harness/run-action.js'
import { runBenchAction } from './action.js'
import type { BenchContext } from './context.js'
import { note, ratio } from './stats.js'
import type { Row } from './table.js'

const ASSETS = 100
const QUEUE = 10
const TASK_MS = 60_000
const SPEED = 30

function writeManifest(workspace: string): string {
  const assets: Record<string, Record<string, string>> = {}
  for (let i = 0; i < ASSETS; i++) {
    const name = `asset-${String(i).padStart(3, '0')}`
    assets[name] = { task: 'text-to-3d', prompt: `bench batch ${name}`, refine: 'false' }
  }
  writeFileSync(join(workspace, 'assets.json'), JSON.stringify({ assets }, null, 2))
  return 'assets.json'
}

/** Mean number of our tasks running at the fake over the batch: 10 means no idle slot. */
function meanInFlight(fake: FakeMeshy, wallFake: number): number {
  let busy = 0
  for (const task of fake.tasks.values()) busy += task.finishedAt - task.createdAt
  return busy / wallFake
}

const fakeSeconds = (realMs: number): string => `${((realMs * SPEED) / 1000).toFixed(0)} s`

export async function figure5(ctx: BenchContext): Promise<Row> {
  const fake = await ctx.fake({ speed: SPEED, durationMs: TASK_MS, queueLimit: QUEUE })
  const workspace = newWorkspace()
  const manifest = writeManifest(workspace)
  const batch = await runBenchAction(
    ctx.entry.file,
    fake,
    { manifest, concurrency: String(QUEUE) },
    { workspace, timeoutMs: 600_000 }
  )
  const created = fake.tasks.size
  const posts = fake.creates().length
  if (created !== ASSETS) throw new Error(`expected ${ASSETS} tasks at the fake, found ${created}`)
  const inFlight = meanInFlight(fake, batch.elapsedMs * SPEED)
  note(
    5,
    `batch: ${created} tasks, ${posts} create POSTs (${posts - created} refused 429), ` +
      `wall ${Math.round(batch.elapsedMs)} ms real = ${fakeSeconds(batch.elapsedMs)} fake, ` +
      `mean tasks in flight ${inFlight.toFixed(2)} of ${QUEUE}`
  )

  const single = await runBenchAction(ctx.entry.file, fake, {
    task: 'text-to-3d',
    prompt: 'bench batch single',
    refine: 'false'
  })
  const sequentialReal = single.elapsedMs * ASSETS
  note(
    5,
    `single action run: ${Math.round(single.elapsedMs)} ms real; sequential = that x ${ASSETS}`
  )

  const idealReal = ((ASSETS / QUEUE) * TASK_MS) / SPEED
  const vsIdeal = batch.elapsedMs / idealReal
  return {
    figure: `5 batch 100 assets, queue 10, D = ${TASK_MS / 1000} s`,
    goal: '<= 1.15x (10 x D)',
    measured: `${fakeSeconds(batch.elapsedMs)} = ${vsIdeal.toFixed(2)}x ideal ${fakeSeconds(idealReal)}`,
    baseline: `${fakeSeconds(sequentialReal)} (1 run x 100)`,
    ratio: ratio(batch.elapsedMs, sequentialReal),
    pass: vsIdeal <= 1.15
  }
}
