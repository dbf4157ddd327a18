// Batch mode against the HTTPS fake with a queue limit of 10: a 100-asset manifest with injected
// 429s of both kinds and one lost create reply; then re-runs that must cost nothing, regenerate
// only what changed, and re-download only what is missing.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runBatch } from '../src/batch/run/run-batch.js'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { ConfigurationError } from '../src/core/errors.js'
import { FAKE_API_KEY, queueFullFault, rateLimitFault } from '../fakes/meshy/index.js'
import {
  batchConfig,
  cheapManifest,
  pipelineDeps,
  batchFixture,
  writeManifest
} from './batch-support.js'

const T3D = '/openapi/v2/text-to-3d'
const fx = batchFixture({ queueLimit: 10, durationMs: 300, keepAliveMs: 200 })

const lockPath = () => join(fx.workspace, 'assets', 'meshy-lock.json')
const readLock = (): Lockfile => JSON.parse(readFileSync(lockPath(), 'utf8')) as Lockfile
const posts = () => fx.fake.requests.filter(r => r.method === 'POST')
const assetGets = () => fx.fake.requests.filter(r => r.origin === 'assets')

async function run(extra = {}) {
  const deps = pipelineDeps(fx.fake.url)
  const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url, extra), deps)
  expect(deps.logger.lines.join('\n')).not.toContain(FAKE_API_KEY)
  return { outcome, logs: deps.logger.lines }
}

test('100 assets: exactly 100 tasks created despite 429s of both kinds and a lost reply', async () => {
  writeManifest(fx.workspace, cheapManifest(100))
  fx.fake.inject({ ...rateLimitFault(1, '0', 'POST'), path: T3D })
  fx.fake.inject({ ...queueFullFault(1), path: T3D })
  fx.fake.inject({ method: 'POST', path: T3D, fault: { kind: 'drop-after-create' } })
  fx.fake.inject({ ...queueFullFault(2, undefined, 'concurrent_task_limit_reached'), path: T3D })
  const { outcome, logs } = await run()
  expect(outcome.rows.filter(r => r.status === 'failed')).toEqual([])
  // The paths under test really ran: the lost reply was reconciled, the full queue waited for.
  expect(logs.join('\n')).toMatch(/reply to a create was lost/)
  expect(logs.join('\n')).toMatch(/queue is full/)
  expect(outcome.failed).toBe(0)
  expect(outcome.rows.map(r => r.status)).toEqual(Array(100).fill('generated'))
  // One task per asset at the fake, each prompt exactly once.
  expect(fx.fake.tasks.size).toBe(100)
  const prompts = [...fx.fake.tasks.values()].map(t => (t.body as { prompt: string }).prompt)
  expect(new Set(prompts).size).toBe(100)
  // The 429s were resent (4 extra POSTs); the lost reply was not.
  expect(posts()).toHaveLength(104)
  const lock = readLock()
  expect(Object.keys(lock.assets)).toHaveLength(100)
  for (const [name, entry] of Object.entries(lock.assets)) {
    expect(entry.status).toBe('SUCCEEDED')
    expect(entry['task-ids']).toHaveLength(1)
    expect(entry.files.map(f => f.path)).toEqual([
      `meshy-output/${name}/model.glb`,
      `meshy-output/${name}/thumbnail.png`
    ])
    for (const f of entry.files) expect(existsSync(join(fx.workspace, f.path))).toBe(true)
    expect(entry.credits).toBe(20)
  }
  expect(outcome.manifestResults['asset-7']).toMatchObject({ status: 'generated', credits: 20 })
  expect(outcome.result.files).toHaveLength(200)
})

test('a second run with nothing changed makes no request at all and leaves the lockfile alone', async () => {
  const before = readFileSync(lockPath(), 'utf8')
  fx.fake.reset()
  const { outcome } = await run({ maxCredits: 0 })
  expect(fx.fake.requests).toEqual([])
  expect(outcome.rows.every(r => r.status === 'unchanged')).toBe(true)
  expect(outcome.estimate).toBe(0)
  expect(readFileSync(lockPath(), 'utf8')).toBe(before)
  expect(outcome.manifestResults['asset-3'].files).toEqual([
    'meshy-output/asset-3/model.glb',
    'meshy-output/asset-3/thumbnail.png'
  ])
})

test('changing one prompt regenerates that asset only; max-credits counts only what runs', async () => {
  writeManifest(
    fx.workspace,
    cheapManifest(100, i => (i === 42 ? 'a completely new prompt' : `test asset number ${i}`))
  )
  fx.fake.reset()
  await expect(run({ maxCredits: 19 })).rejects.toThrow(ConfigurationError)
  expect(posts()).toEqual([])
  const oldId = readLock().assets['asset-42']['task-ids'][0]
  const { outcome } = await run({ maxCredits: 20 })
  expect(posts()).toHaveLength(1)
  expect(posts()[0].body).toMatchObject({
    prompt: 'a completely new prompt',
    should_texture: false
  })
  expect(outcome.rows.filter(r => r.status !== 'unchanged').map(r => [r.name, r.status])).toEqual([
    ['asset-42', 'generated']
  ])
  expect(readLock().assets['asset-42']['task-ids'][0]).not.toBe(oldId)
})

test('a deleted or altered file is fetched again by task id, without a create', async () => {
  rmSync(join(fx.workspace, 'meshy-output/asset-5/model.glb'))
  const thumb = join(fx.workspace, 'meshy-output/asset-6/thumbnail.png')
  rmSync(thumb)
  writeFileSync(thumb, 'not the png we downloaded')
  fx.fake.reset()
  const { outcome } = await run()
  expect(posts()).toEqual([])
  expect(assetGets().length).toBe(4)
  expect(outcome.rows.filter(r => r.status === 'resumed').map(r => r.name)).toEqual([
    'asset-5',
    'asset-6'
  ])
})
