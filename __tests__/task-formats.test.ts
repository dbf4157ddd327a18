// Issue 23, A2: requested formats are checked against what the task can produce, for every task
// type, before any request (plan mode too): rigging or animation with `formats: obj` was paid
// for and then failed. On an image task `formats` means nothing, and a warning says so.
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { kindOf, taskTypes } from '../src/tasks/catalogue.js'
import { MODEL_FORMATS } from '../src/tasks/types.js'
import { runInProcess } from './harness/in-process.js'
import { writeManifest } from './batch-support.js'
import { tempDir } from './harness/temp-dirs.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 100 })
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const posts = () => fake.requests.filter(r => r.method === 'POST')
const RIGGED = '11111111-2222-3333-4444-555555555555'

// A format each model task cannot produce, with inputs that are otherwise valid.
const unbuildable = taskTypes()
  .filter(t => kindOf(t).formats.length > 0)
  .map(task => {
    // `glb` written out means the default, which a task without GLB (text-to-motion) replaces
    // with its own first format: any other format it cannot make must be refused.
    const format = MODEL_FORMATS.find(f => f !== 'glb' && !kindOf(task).formats.includes(f))
    return [task, format] as const
  })
  .filter((pair): pair is readonly [string, (typeof MODEL_FORMATS)[number]] => !!pair[1])

test('the cases cover rigging and animation', () => {
  expect(unbuildable.map(([t]) => t)).toEqual(expect.arrayContaining(['rigging', 'animation']))
})

const inputsFor: Record<string, Record<string, string>> = {
  rigging: { 'input-task-id': RIGGED },
  animation: { 'input-task-id': RIGGED, 'action-id': '1' },
  remesh: { 'input-task-id': RIGGED },
  retexture: { 'input-task-id': RIGGED, prompt: 'rusty' },
  'text-to-texture': { 'input-task-id': RIGGED, prompt: 'rusty' },
  'image-to-3d': { image: 'https://example.com/a.png' },
  'multi-image-to-3d': { image: 'https://example.com/a.png' },
  'text-to-3d': { prompt: 'a chair' },
  'text-to-motion': { prompt: 'a wave', params: '{"duration": 4}' }
}

test.each(unbuildable)('%s with formats: %s fails before any request', async (task, format) => {
  const got = await runInProcess(fake.url, tempDir('fmt'), {
    task,
    formats: format,
    ...(inputsFor[task] ?? { prompt: 'x' })
  })
  expect(got.failed.join('\n')).toMatch(new RegExp(`formats.*cannot produce ${format}`))
  expect(posts()).toEqual([])
})

test('a manifest asset rigged as OBJ fails in plan mode, naming the asset field', async () => {
  const ws = tempDir('fmt')
  writeManifest(
    ws,
    `assets:\n  hero:\n    task: rigging\n    input-task-id: ${RIGGED}\n    formats: obj\n`
  )
  const got = await runInProcess(fake.url, ws, { manifest: 'assets/meshy.yml', 'dry-run': 'true' })
  expect(got.failed.join('\n')).toMatch(/assets\.hero\.formats.*cannot produce obj/)
  expect(posts()).toEqual([])
})

test('formats on an image task is a warning, and the image is still made', async () => {
  const got = await runInProcess(fake.url, tempDir('fmt'), {
    task: 'text-to-image',
    prompt: 'a poster',
    formats: 'glb'
  })
  expect(got.failed).toEqual([])
  expect(got.log.join('\n')).toMatch(/warning: formats: text-to-image produces images.*ignored/)
  expect(JSON.stringify(got)).not.toContain(FAKE_API_KEY)
})

test('formats on a manifest image asset is a warning naming the asset', async () => {
  const ws = tempDir('fmt')
  writeManifest(
    ws,
    'assets:\n  poster:\n    task: text-to-image\n    prompt: x\n    formats: fbx\n'
  )
  const got = await runInProcess(fake.url, ws, { manifest: 'assets/meshy.yml', 'dry-run': 'true' })
  expect(got.failed).toEqual([])
  expect(got.log.join('\n')).toMatch(/warning: assets\.poster\.formats: text-to-image produces/)
})
