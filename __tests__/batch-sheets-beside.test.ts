// Issue 25: render sheets are drawn beside the queue. An asset gives its place back once its
// files are downloaded and checked, so a slow drawing never holds up another asset's create.
// Here drawing waits until every asset has been created: with sheets inside the queue (queue 1,
// so two places for assets) the third create waited for a drawing that waited for it.
import { runBatch } from '../src/batch/run/run-batch.js'
import type { SheetSession } from '../src/render/sheet-session.js'
import {
  batchConfig,
  batchFixture,
  cheapManifest,
  pipelineDeps,
  writeManifest
} from './batch-support.js'

const fx = batchFixture({ queueLimit: 1, durationMs: 200, keepAliveMs: 200 })
const ASSETS = 3

test('no create waits for a drawing: every sheet starts after all creates were sent', async () => {
  writeManifest(fx.workspace, cheapManifest(ASSETS))
  const before = fx.fake.tasks.size
  const drawn: Array<{ model: string; createsSeen: number }> = []
  const sheets = {
    render: async (model: string) => {
      const until = Date.now() + 5000
      while (fx.fake.tasks.size - before < ASSETS && Date.now() < until) {
        await new Promise(done => setTimeout(done, 20))
      }
      drawn.push({ model, createsSeen: fx.fake.tasks.size - before })
      return false // nothing written; the test only watches the order
    },
    close: async () => undefined
  } as unknown as SheetSession
  const config = batchConfig(fx.workspace, fx.fake.url, {
    concurrency: 1,
    render: { mode: 'true', chromePath: '' }
  })
  const outcome = await runBatch(config, pipelineDeps(fx.fake.url), { sheets })
  expect(outcome.failed).toBe(0)
  expect(drawn).toHaveLength(ASSETS)
  for (const d of drawn) expect(d.createsSeen).toBe(ASSETS)
}, 30_000)
