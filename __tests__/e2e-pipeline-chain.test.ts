// The v2 pipeline routes in a manifest chain through the bundled action: text-to-3d → resize (a
// real-world height) → convert, and printability analysis of the chain's model. Each link starts
// from the one before (`from:`); an unchanged re-run makes no request; plan mode prices the chain.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction } from './harness/run-action.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 200 })
})
afterAll(async () => fake.close())

const MANIFEST = `
assets:
  guard:
    task: text-to-3d
    prompt: a castle guard
    refine: false
  guard-sized:
    task: resize
    from: guard
    height: 1.8
    origin: bottom
  guard-fbx:
    task: convert
    from: guard-sized
    formats: fbx,usdz
  guard-check:
    task: print-analyze
    from: guard
`

const env = { MESHY_API_KEY: FAKE_API_KEY }

function library(): string {
  const workspace = newWorkspace()
  mkdirSync(join(workspace, 'assets'))
  writeFileSync(join(workspace, 'assets', 'meshy.yml'), MANIFEST)
  return workspace
}

test('text-to-3d → resize → convert runs as a chain; the re-run makes no request', async () => {
  const workspace = library()
  const inputs = { 'base-url': fake.url, manifest: 'assets/meshy.yml' }
  fake.reset()
  const first = await runAction({ workspace, inputs, env })
  expect(first.stderr).toBe('')
  expect(first.code).toBe(0)
  const results = JSON.parse(first.outputs['manifest-results'])
  const id = (name: string) => results[name]['task-ids'][0] as string
  const body = (path: string) => fake.creates().find(c => c.path === path)?.body
  expect(body('/openapi/v2/resize')).toEqual({
    input_task_id: id('guard'),
    resize_height: 1.8,
    origin_at: 'bottom'
  })
  expect(body('/openapi/v2/convert')).toEqual({
    input_task_id: id('guard-sized'),
    target_formats: ['fbx', 'usdz']
  })
  expect(body('/openapi/v2/print/analyze')).toEqual({ input_task_id: id('guard') })
  expect(results['guard-fbx'].files).toEqual(
    expect.arrayContaining([
      'meshy-output/guard-fbx/model.fbx',
      'meshy-output/guard-fbx/model.usdz'
    ])
  )
  expect(results['guard-sized'].files).toContain('meshy-output/guard-sized/model.glb')
  const lock = JSON.parse(readFileSync(join(workspace, 'assets', 'meshy-lock.json'), 'utf8'))
  expect(Object.keys(lock.assets).sort()).toEqual([
    'guard',
    'guard-check',
    'guard-fbx',
    'guard-sized'
  ])

  fake.reset()
  const second = await runAction({ workspace, inputs, env })
  expect(second.code).toBe(0)
  expect(fake.requests).toHaveLength(0)
})

test('plan mode prices the chain from the one price table, with no request', async () => {
  const workspace = library()
  fake.reset()
  const r = await runAction({
    workspace,
    inputs: { 'base-url': fake.url, manifest: 'assets/meshy.yml', 'dry-run': 'true' },
    env: {}
  })
  expect(r.code).toBe(0)
  const plan = JSON.parse(r.outputs.plan) as { assets: Record<string, { estimate: number }> }
  // 20 (a mesh from text-to-3d), 1 (resize), 1 (convert), 0 (analysis).
  expect(Object.fromEntries(Object.entries(plan.assets).map(([k, v]) => [k, v.estimate]))).toEqual({
    guard: 20,
    'guard-sized': 1,
    'guard-fbx': 1,
    'guard-check': 0
  })
  expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
})

test('a manifest asset with two sizes fails before any request, naming the asset', async () => {
  const workspace = newWorkspace()
  writeFileSync(
    join(workspace, 'meshy.yml'),
    'assets:\n  box:\n    task: resize\n    model: https://example.com/box.glb\n    height: 2\n    params:\n      resize_longest_side: 3\n'
  )
  fake.reset()
  const r = await runAction({
    workspace,
    inputs: { 'base-url': fake.url, manifest: 'meshy.yml' },
    env
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toMatch(/::error::.*box.*params.*exactly one size/)
  expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
})

// The fake's models are a box 1 m tall whatever the resize asked for, so a declared 1.8 m is
// flagged and a declared 1 m is not.
test('a resized model far from its declared height is flagged in the summary, and fails nothing', async () => {
  const workspace = newWorkspace()
  writeFileSync(
    join(workspace, 'meshy.yml'),
    [
      'assets:',
      '  tall:',
      '    task: resize',
      '    model: https://example.com/guard.glb',
      '    height: 1.8',
      '  right:',
      '    task: resize',
      '    model: https://example.com/crate.glb',
      '    height: 1',
      ''
    ].join('\n')
  )
  fake.reset()
  const r = await runAction({
    workspace,
    inputs: { 'base-url': fake.url, manifest: 'meshy.yml' },
    env
  })
  expect(r.code).toBe(0)
  const results = JSON.parse(r.outputs['manifest-results'])
  expect(results.tall.flags).toEqual(['model.glb is 1 m tall; the manifest declares height 1.8 m'])
  expect(results.right.flags).toBeUndefined()
  expect(r.summary).toContain('⚠️ model.glb is 1 m tall; the manifest declares height 1.8 m')
  expect(r.stdout).toMatch(/::warning::tall · model.glb is 1 m tall/)
})
