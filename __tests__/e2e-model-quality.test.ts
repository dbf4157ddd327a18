// Model quality through the bundled action: model-stats, each gate failing the step while the
// files and status stay, the validate modes, and batch budgets re-checked from the lockfile.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { BOX } from '../fakes/meshy/models.js'
import { newWorkspace, runAction } from './harness/run-action.js'

let fake: FakeMeshy
const workspaces: string[] = []
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 200 })
})
afterAll(async () => {
  await fake.close()
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})
beforeEach(() => {
  fake.reset()
  fake.setModel('box')
})

const env = { MESHY_API_KEY: FAKE_API_KEY }
function single(extra: Record<string, string>) {
  const workspace = newWorkspace()
  workspaces.push(workspace)
  const inputs = {
    'base-url': fake.url,
    task: 'text-to-3d',
    prompt: 'a box',
    refine: 'false',
    ...extra
  }
  return runAction({ workspace, inputs, env })
}

test('model-stats describes model-file; a budget at its limit passes', async () => {
  const run = await single({ 'max-triangles': String(BOX.triangles), 'max-texture-size': '256' })
  expect(run.code).toBe(0)
  const stats = JSON.parse(run.outputs['model-stats'])
  expect(stats).toMatchObject({
    path: run.outputs['model-file'],
    triangles: BOX.triangles,
    vertices: BOX.vertices,
    textures: 1,
    'max-texture-size': 256,
    validation: { errors: 0 }
  })
  expect(run.summary).toContain('12 triangles · 24 vertices')
  expect(run.summary).toContain('✅ valid glTF')
})

test('one over a budget fails the step, keeps the files and SUCCEEDED, and says which file and limit', async () => {
  const run = await single({ 'max-triangles': '11', 'max-file-size': '1KB' })
  expect(run.code).toBe(1)
  expect(run.outputs.status).toBe('SUCCEEDED')
  expect(existsSync(join(run.workspace, run.outputs['model-file']))).toBe(true)
  expect(run.stdout).toContain('::error::model.glb: 12 triangles is over max-triangles 11')
  expect(run.stdout).toMatch(/::error::model\.glb: [\d,]+ bytes is over max-file-size 1,000/)
  expect(JSON.parse(run.outputs['model-stats']).triangles).toBe(BOX.triangles)
  expect(run.summary).toContain('❌ over 11')
})

test('an invalid GLB: warn annotates and passes, error fails, off skips the validator', async () => {
  fake.setModel('invalid')
  const warn = await single({})
  expect(warn.code).toBe(0)
  expect(warn.stdout).toMatch(/::warning::model\.glb: glTF-Validator error ACCESSOR_MAX_MISMATCH/)
  const error = await single({ validate: 'error' })
  expect(error.code).toBe(1)
  expect(error.stdout).toMatch(
    /::error::model\.glb: glTF-Validator found \d+ errors? \(validate: error\)/
  )
  expect(error.outputs.status).toBe('SUCCEEDED')
  const off = await single({ validate: 'off' })
  expect(off.code).toBe(0)
  expect(off.stdout).not.toContain('glTF-Validator')
  expect(JSON.parse(off.outputs['model-stats']).validation).toBeUndefined()
})

test('a bad budget is a configuration error before any request', async () => {
  const run = await single({ 'max-file-size': '10 XB' })
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/::error::Input 'max-file-size': '10 XB' is not accepted/)
  expect(fake.requests).toHaveLength(0)
})

test('batch: a breach is recorded as generated and re-checked from the lockfile; raising it passes with no request', async () => {
  const workspace = newWorkspace()
  workspaces.push(workspace)
  const manifest = (limit: number) =>
    `defaults:\n  max-triangles: ${limit}\nassets:\n  crate:\n    task: text-to-3d\n    prompt: a crate\n    refine: false\n  lamp:\n    task: text-to-3d\n    prompt: a lamp\n    refine: false\n    max-triangles: 100\n`
  writeFileSync(join(workspace, 'meshy.yml'), manifest(10))
  const inputs = { 'base-url': fake.url, manifest: 'meshy.yml' }

  const first = await runAction({ workspace, inputs, env })
  expect(first.code).toBe(1)
  expect(first.stdout).toContain('::error::crate: model.glb: 12 triangles is over max-triangles 10')
  expect(first.stdout).not.toMatch(/::error::lamp/)
  const results = JSON.parse(first.outputs['manifest-results'])
  expect(results.crate.status).toBe('generated')
  expect(results.crate.stats.triangles).toBe(BOX.triangles)
  const lock = JSON.parse(readFileSync(join(workspace, 'meshy-lock.json'), 'utf8'))
  const model = lock.assets.crate.files.find((f: { path: string }) => f.path.endsWith('.glb'))
  expect(model).toMatchObject({
    triangles: BOX.triangles,
    vertices: BOX.vertices,
    'max-texture-size': 256,
    errors: 0
  })
  expect(lock.assets.crate.error).toBeUndefined()

  fake.reset()
  const again = await runAction({ workspace, inputs, env })
  expect(again.code).toBe(1)
  expect(fake.requests).toHaveLength(0)
  expect(again.stdout).toContain('::error::crate: model.glb: 12 triangles is over max-triangles 10')

  writeFileSync(join(workspace, 'meshy.yml'), manifest(20))
  const raised = await runAction({ workspace, inputs, env })
  expect(raised.code).toBe(0)
  expect(fake.requests).toHaveLength(0)
  expect(JSON.parse(raised.outputs['manifest-results']).crate.status).toBe('unchanged')
})
