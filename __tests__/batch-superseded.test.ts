// Outputs that no asset produces any more (an asset left the manifest, or now asks for other
// formats) are removed after a successful run, unless someone changed them; an asset whose
// regeneration failed keeps its old files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { batchConfig, batchFixture, pipelineDeps, writeManifest } from './batch-support.js'

const fx = batchFixture({ durationMs: 200, keepAliveMs: 200 })

const manifest = (chairFormats: string, extra = '') => `defaults:
  task: text-to-3d
  refine: false
assets:
  chair:
    prompt: an oak chair
    formats: ${chairFormats}
${extra}`
const LAMP = '  lamp:\n    prompt: a brass lamp\n    formats: glb\n'

const out = (path: string) => join(fx.workspace, 'meshy-output', path)
const readLock = () =>
  JSON.parse(readFileSync(join(fx.workspace, 'assets', 'meshy-lock.json'), 'utf8')) as Lockfile

async function run() {
  const deps = pipelineDeps(fx.fake.url)
  const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url), deps)
  return { outcome, logs: deps.logger.lines.join('\n') }
}

test('a format dropped from an asset and an asset dropped from the manifest lose their files', async () => {
  writeManifest(fx.workspace, manifest('glb, fbx', LAMP))
  expect((await run()).outcome.failed).toBe(0)
  expect(existsSync(out('chair/model.fbx'))).toBe(true)
  expect(existsSync(out('lamp/model.glb'))).toBe(true)

  writeManifest(fx.workspace, manifest('glb'))
  const { outcome, logs } = await run()
  expect(outcome.failed).toBe(0)
  expect(existsSync(out('chair/model.glb'))).toBe(true)
  expect(existsSync(out('chair/model.fbx'))).toBe(false)
  expect(existsSync(out('lamp'))).toBe(false)
  expect(logs).toContain('Removed meshy-output/chair/model.fbx: no longer produced by chair.')
  expect(logs).toContain('Removed meshy-output/lamp/model.glb: lamp left the manifest.')
  expect(readLock().assets.chair.files.map(f => f.path)).not.toContain(
    'meshy-output/chair/model.fbx'
  )
})

test('a file someone changed is kept, and a failed regeneration keeps the old files', async () => {
  writeManifest(fx.workspace, manifest('glb, fbx', LAMP))
  expect((await run()).outcome.failed).toBe(0)
  writeFileSync(out('lamp/model.glb'), 'edited by hand')

  fx.fake.outcome({ match: body => body.prompt === 'an oak chair', status: 'FAILED' })
  writeManifest(fx.workspace, manifest('glb'))
  const { outcome, logs } = await run()
  expect(outcome.failed).toBe(1)
  expect(existsSync(out('chair/model.fbx'))).toBe(true)
  expect(readFileSync(out('lamp/model.glb'), 'utf8')).toBe('edited by hand')
  expect(logs).toContain('Kept meshy-output/lamp/model.glb (lamp left the manifest)')
})

test("a removed model's render sheet goes with it, and so does the emptied folder", async () => {
  writeManifest(fx.workspace, manifest('glb', LAMP))
  expect((await run()).outcome.failed).toBe(0)
  // The sheet a render-enabled run would have drawn (these runs have render off).
  mkdirSync(out('lamp/renders'))
  writeFileSync(out('lamp/renders/model.png'), 'a sheet')

  writeManifest(fx.workspace, manifest('glb'))
  expect((await run()).outcome.failed).toBe(0)
  expect(existsSync(out('lamp'))).toBe(false)
})
