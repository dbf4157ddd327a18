// Child process for figure 8 (it needs NODE_EXTRA_CA_CERTS for the loopback fake, which only a
// new process picks up). Runs a batch of two-step assets in-process through runBatch and prints
// when each asset's last task finished.
//   tsx bench/order-child.ts <assets> <queue> <taskMs> <speed>
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBatch } from '../src/batch/run/run-batch.js'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { batchConfig, pipelineDeps } from '../__tests__/harness/batch-run.js'

export interface OrderRun {
  /** The queue order measured (the action's own), or the computed baseline's. */
  order: string
  /** Fake ms from the first create to each asset's last task finishing, in finishing order. */
  finishes: number[]
  /** Fake ms from the first create to the last task finishing. */
  span: number
}

/** Two steps per asset, as Meshy's API v2 has them: a mesh, then a chained retexture of it. */
function manifest(assets: number): string {
  const lines = ['assets:']
  for (let i = 1; i <= assets; i++) {
    lines.push(`  prop-${i}:`, '    task: text-to-3d', `    prompt: bench prop ${i}`)
    lines.push('    refine: false', `  prop-${i}-painted:`, '    task: retexture')
    lines.push(`    from: prop-${i}`, '    prompt: painted')
  }
  return lines.join('\n') + '\n'
}

async function measure(fake: FakeMeshy, assets: number, queue: number): Promise<OrderRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'meshy-bench-order-'))
  try {
    const before = new Set(fake.tasks.keys())
    mkdirSync(join(workspace, 'assets'))
    writeFileSync(join(workspace, 'assets', 'meshy.yml'), manifest(assets))
    const outcome = await runBatch(
      batchConfig(workspace, fake.url, { timeoutMs: 600_000, concurrency: queue }),
      pipelineDeps(fake.url)
    )
    if (outcome.failed) throw new Error(`${outcome.failed} assets failed`)
    const tasks = [...fake.tasks.values()].filter(t => !before.has(t.id))
    const start = Math.min(...tasks.map(t => t.createdAt))
    const second = tasks.filter(t => t.type === 'retexture')
    if (second.length !== assets)
      throw new Error(`expected ${assets} retextures, saw ${second.length}`)
    const finishes = second.map(t => t.finishedAt - start).sort((a, b) => a - b)
    return {
      order: 'continuations first',
      finishes,
      span: Math.max(...tasks.map(t => t.finishedAt)) - start
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

const [assets, queue, taskMs, speed] = process.argv.slice(2).map(Number)
const fake = await startFakeMeshy({ speed, durationMs: taskMs, queueLimit: queue })
try {
  console.log(JSON.stringify(await measure(fake, assets, queue)))
} finally {
  await fake.close()
}
