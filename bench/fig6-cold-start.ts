// Figure 6: cold start, from spawning `node dist/index.js` to the first request the fake
// records (the balance read before the create), median of 10 runs with wait: false. Baseline:
// `node -e 0` from spawn to exit, timed the same way (Date.now() right after spawn() returns),
// alternated with the action's runs. Goal (issue 25): at most 1.6x the baseline of the same run.
import { spawn } from 'node:child_process'
import { runBenchAction } from './action.js'
import type { BenchContext } from './context.js'
import { median, ms, note, ratio } from './stats.js'
import type { Row } from './table.js'

const RUNS = 10
const GOAL = 1.6

async function nodeNoop(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
  const spawnedAt = Date.now()
  await new Promise(done => child.on('exit', done))
  return Date.now() - spawnedAt
}

export async function figure6(ctx: BenchContext): Promise<Row> {
  const fake = await ctx.fake({ durationMs: 60_000 })
  const action: number[] = []
  const noop: number[] = []
  for (let i = 0; i < RUNS; i++) {
    fake.reset()
    const run = await runBenchAction(ctx.entry.file, fake, {
      task: 'text-to-3d',
      prompt: `bench cold start ${i}`,
      refine: 'false',
      wait: 'false'
    })
    const first = fake.requests.find(r => r.time >= run.spawnedAt)
    if (!first) throw new Error('the action made no request')
    action.push(first.time - run.spawnedAt)
    noop.push(await nodeNoop())
  }
  note(6, `spawn→first request (ms): ${action.join(', ')}`)
  note(6, `node -e 0 spawn→exit (ms): ${noop.join(', ')}`)
  const m = median(action)
  const b = median(noop)
  return {
    figure: '6 cold start: spawn to first request (median of 10)',
    goal: `<= ${GOAL}x node -e 0`,
    measured: ms(m),
    baseline: `${ms(b)} (node -e 0)`,
    ratio: ratio(m, b),
    pass: m <= GOAL * b
  }
}
