// Chained assets (`from:`): they wait for their source, start from its last task, follow it when
// it regenerates, and fail without a request when it fails, while other assets carry on.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { batchConfig, batchFixture, pipelineDeps, writeManifest } from './batch-support.js'

const fx = batchFixture({ queueLimit: 10, durationMs: 300, keepAliveMs: 200 })

const manifest = (chair: string, red: string, extra = '') => `defaults:
  refine: false
assets:
  chair-rig:
    task: rigging
    from: chair
  chair-red:
    task: text-to-texture
    from: chair
    prompt: ${red}
  chair:
    task: text-to-3d
    prompt: ${chair}
${extra}`
const readLock = () =>
  JSON.parse(readFileSync(join(fx.workspace, 'assets', 'meshy-lock.json'), 'utf8')) as Lockfile
const posts = () => fx.fake.requests.filter(r => r.method === 'POST')
const run = () => runBatch(batchConfig(fx.workspace, fx.fake.url), pipelineDeps(fx.fake.url))

test('chained assets start from their source task and follow it when it changes', async () => {
  writeManifest(fx.workspace, manifest('an oak chair', 'painted red'))
  let outcome = await run()
  expect(outcome.failed).toBe(0)
  const chairId = readLock().assets.chair['task-ids'][0]
  const byPath = (p: string) => posts().find(r => r.path === p)!.body as Record<string, unknown>
  expect(byPath('/openapi/v2/rigging').input_task_id).toBe(chairId)
  expect(byPath('/openapi/v2/retexture')).toMatchObject({
    input_task_id: chairId,
    texture_prompt: 'painted red'
  })
  // Only the chained asset changed: only it runs.
  writeManifest(fx.workspace, manifest('an oak chair', 'painted blue'))
  fx.fake.reset()
  await run()
  expect(posts().map(r => r.path)).toEqual(['/openapi/v2/retexture'])
  // The source changed: it and everything chained from it run again, in order.
  writeManifest(fx.workspace, manifest('a pine chair', 'painted blue'))
  fx.fake.reset()
  outcome = await run()
  expect(posts()[0].path).toBe('/openapi/v2/text-to-3d')
  expect(
    posts()
      .map(r => r.path)
      .sort()
  ).toEqual(['/openapi/v2/retexture', '/openapi/v2/rigging', '/openapi/v2/text-to-3d'])
  const newChair = readLock().assets.chair['task-ids'][0]
  expect(byPath('/openapi/v2/rigging').input_task_id).toBe(newChair)
  expect(outcome.rows.map(r => r.status)).toEqual(['generated', 'generated', 'generated'])
})

test('a failed source fails its chain without requests; other assets still finish', async () => {
  writeManifest(
    fx.workspace,
    manifest(
      'doomed chair',
      'painted blue',
      '  lamp:\n    task: text-to-3d\n    prompt: a desk lamp\n'
    )
  )
  fx.fake.outcome({
    match: body => body.prompt === 'doomed chair',
    status: 'FAILED',
    taskError: { type: 'invalid_input', message: 'Cannot build this' }
  })
  fx.fake.reset()
  const outcome = await run()
  expect(outcome.failed).toBe(3)
  expect(posts().map(r => r.path)).toEqual(['/openapi/v2/text-to-3d', '/openapi/v2/text-to-3d'])
  const status = Object.fromEntries(outcome.rows.map(r => [r.name, r.status]))
  expect(status).toEqual({
    'chair-rig': 'failed',
    'chair-red': 'failed',
    chair: 'failed',
    lamp: 'generated'
  })
  expect(outcome.manifestResults.chair.error).toMatch(/Cannot build this/)
  expect(outcome.manifestResults['chair-rig'].error).toMatch(/source asset 'chair'/)
  expect(readLock().assets.chair.status).toBe('FAILED')
})
