// Batch mode through the bundled action: a manifest with a chain, the lockfile, and a second run
// that costs nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction } from './harness/run-action.js'
import { tinyPng } from './harness/fixtures.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 200 })
})
afterAll(async () => fake.close())

const MANIFEST = `
defaults:
  formats: glb
assets:
  chair:
    task: text-to-3d
    prompt: a weathered oak dining chair
    refine: false
  chair-red:
    task: text-to-texture
    from: chair
    prompt: painted bright red
  mascot:
    task: image-to-3d
    image: concept/mascot.png
`

test('a manifest runs every asset once; an unchanged re-run makes no request', async () => {
  const workspace = newWorkspace()
  mkdirSync(join(workspace, 'assets', 'concept'), { recursive: true })
  writeFileSync(join(workspace, 'assets', 'meshy.yml'), MANIFEST)
  writeFileSync(join(workspace, 'assets', 'concept', 'mascot.png'), tinyPng())
  const inputs = { 'base-url': fake.url, manifest: 'assets/meshy.yml' }
  const env = { MESHY_API_KEY: FAKE_API_KEY }

  const first = await runAction({ workspace, inputs, env })
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  expect(fake.creates()).toHaveLength(3)
  const results = JSON.parse(first.outputs['manifest-results'])
  expect(Object.keys(results).sort()).toEqual(['chair', 'chair-red', 'mascot'])
  expect(results['chair-red'].status).toBe('generated')
  const retexture = fake.creates().find(c => c.path === '/openapi/v2/retexture')
  expect((retexture?.body as { input_task_id: string }).input_task_id).toBe(
    results.chair['task-ids'][0]
  )
  expect(results.mascot.files).toContain('meshy-output/mascot/model.glb')
  const lock = JSON.parse(readFileSync(join(workspace, 'assets', 'meshy-lock.json'), 'utf8'))
  expect(Object.keys(lock.assets).sort()).toEqual(['chair', 'chair-red', 'mascot'])
  expect(first.summary).toContain('chair-red')

  fake.reset()
  const second = await runAction({ workspace, inputs, env })
  expect(second.code).toBe(0)
  expect(fake.requests).toHaveLength(0)
  const again = JSON.parse(second.outputs['manifest-results'])
  expect(Object.values(again).map(a => (a as { status: string }).status)).toEqual([
    'unchanged',
    'unchanged',
    'unchanged'
  ])
})

test('a manifest error names the asset, the field and the line, before any request', async () => {
  const workspace = newWorkspace()
  writeFileSync(
    join(workspace, 'meshy.yml'),
    'assets:\n  chair:\n    task: text-to-3d\n    prompt: ok\n  bad:\n    task: text-to-3d\n    formats: glb,gif\n    prompt: x\n'
  )
  fake.reset()
  const r = await runAction({
    workspace,
    inputs: { 'base-url': fake.url, manifest: 'meshy.yml' },
    env: { MESHY_API_KEY: FAKE_API_KEY }
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::.*bad.*formats.*line 7/)
  expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
})

test('wait: false creates each asset once and returns; the next run collects them without a POST', async () => {
  const workspace = newWorkspace()
  writeFileSync(
    join(workspace, 'meshy.yml'),
    'assets:\n  chair:\n    task: text-to-3d\n    prompt: an oak chair\n    refine: false\n  lamp:\n    task: text-to-3d\n    prompt: a brass lamp\n    refine: false\n'
  )
  fake.reset()
  const inputs = { 'base-url': fake.url, manifest: 'meshy.yml', formats: 'glb' }
  const env = { MESHY_API_KEY: FAKE_API_KEY }

  const first = await runAction({ workspace, inputs: { ...inputs, wait: 'false' }, env })
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  expect(fake.creates()).toHaveLength(2)
  expect(fake.requests.filter(r => r.origin === 'assets')).toHaveLength(0)
  const lock = JSON.parse(readFileSync(join(workspace, 'meshy-lock.json'), 'utf8'))
  for (const name of ['chair', 'lamp']) {
    expect(lock.assets[name]['task-ids']).toHaveLength(1)
    expect(lock.assets[name].status).not.toBe('SUCCEEDED')
    expect(lock.assets[name].files).toEqual([])
  }

  fake.reset()
  const second = await runAction({ workspace, inputs, env })
  expect(second.code).toBe(0)
  expect(fake.creates()).toHaveLength(0)
  const results = JSON.parse(second.outputs['manifest-results'])
  expect(results.chair.files).toContain('meshy-output/chair/model.glb')
  expect(results.lamp.files).toContain('meshy-output/lamp/model.glb')
  const done = JSON.parse(readFileSync(join(workspace, 'meshy-lock.json'), 'utf8'))
  expect(done.assets.chair['task-ids']).toEqual(lock.assets.chair['task-ids'])
  expect(done.assets.chair.status).toBe('SUCCEEDED')
})
