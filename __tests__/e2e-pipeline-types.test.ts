// The v2 pipeline task types (issue 28) through the bundled action against the fake, one step
// each: the request sent, the files downloaded, the credits, and the bad combinations that fail
// before any request. The fake reads Meshy's pages on its own (fakes/meshy/v2-pipeline.ts).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction, type ActionRun } from './harness/run-action.js'
import { tinyGlb, tinyPng } from './harness/fixtures.js'

let fake: FakeMeshy
let workspace: string

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 200 })
  workspace = newWorkspace()
  mkdirSync(join(workspace, 'art'))
  writeFileSync(join(workspace, 'art', 'chair.glb'), tinyGlb())
  writeFileSync(join(workspace, 'art', 'chair.fbx'), Buffer.from('Kaydara FBX Binary  \0'))
  writeFileSync(join(workspace, 'art', 'front.png'), tinyPng())
  writeFileSync(join(workspace, 'art', 'wood.png'), tinyPng(3))
})
afterAll(async () => fake.close())

async function attempt(inputs: Record<string, string>): Promise<ActionRun> {
  fake.reset()
  return runAction({
    inputs: { 'base-url': fake.url, ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY },
    workspace
  })
}

async function run(inputs: Record<string, string>): Promise<ActionRun> {
  const r = await attempt(inputs)
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

function onlyCreate(): { path: string; body: Record<string, unknown> } {
  const creates = fake.creates()
  expect(creates).toHaveLength(1)
  return { path: creates[0].path, body: creates[0].body as Record<string, unknown> }
}

function files(r: ActionRun): string[] {
  return (JSON.parse(r.outputs.files) as string[]).map(f => f.split('/').slice(2).join('/'))
}

let meshId = ''

test('the source: a mesh from text-to-3d', async () => {
  const r = await run({ task: 'text-to-3d', prompt: 'a stool', refine: 'false' })
  meshId = r.outputs['task-id']
  expect(meshId).not.toBe('')
})

test('convert sends target_formats (even the default) and downloads the converted files', async () => {
  const r = await run({ task: 'convert', 'input-task-id': meshId, formats: 'fbx,3mf' })
  expect(onlyCreate()).toEqual({
    path: '/openapi/v2/convert',
    body: { input_task_id: meshId, target_formats: ['fbx', '3mf'] }
  })
  expect(files(r)).toEqual(['model.fbx', 'model.3mf', 'thumbnail.png'])
  expect(r.outputs.credits).toBe('1')
})

test('resize sends height and origin as resize_height and origin_at', async () => {
  const r = await run({ task: 'resize', 'input-task-id': meshId, height: '1.8', origin: 'bottom' })
  expect(onlyCreate()).toEqual({
    path: '/openapi/v2/resize',
    body: { input_task_id: meshId, resize_height: 1.8, origin_at: 'bottom' }
  })
  expect(files(r)).toEqual(['model.glb', 'thumbnail.png'])
  expect(r.outputs.credits).toBe('1')
})

test('uv-unwrap takes a workspace GLB as a data URI', async () => {
  const r = await run({ task: 'uv-unwrap', model: 'art/chair.glb' })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/uv-unwrap')
  expect(Object.keys(body)).toEqual(['model_url'])
  expect(String(body.model_url)).toMatch(/^data:model\/gltf-binary;base64,/)
  expect(files(r)).toEqual(['model.glb', 'thumbnail.png'])
  expect(r.outputs.credits).toBe('5')
})

test('print-analyze is free and its report (an undocumented shape) is shown whole as JSON', async () => {
  const r = await run({ task: 'print-analyze', 'input-task-id': meshId, summary: 'true' })
  expect(onlyCreate()).toEqual({
    path: '/openapi/v2/print/analyze',
    body: { input_task_id: meshId }
  })
  expect(r.outputs.credits).toBe('0')
  expect(r.outputs.status).toBe('SUCCEEDED')
  expect(r.summary).toContain('Meshy output')
  // Escaped for HTML: {"printability":{"printable":true,...
  expect(r.summary).toContain('&#34;printability&#34;&#58;&#123;&#34;printable&#34;&#58;true')
})

test('a second analysis of the same model is answered SUCCEEDED at once: no read is needed', async () => {
  const r = await run({ task: 'print-analyze', 'input-task-id': meshId })
  expect(r.outputs.status).toBe('SUCCEEDED')
  const reads = fake.requests.filter(q => q.method === 'GET' && q.path.includes('/tasks/'))
  expect(reads).toHaveLength(0)
})

test('print-repair downloads the repaired GLB for 10 credits', async () => {
  const r = await run({ task: 'print-repair', 'input-task-id': meshId })
  expect(onlyCreate().path).toBe('/openapi/v2/print/repair')
  expect(files(r)).toEqual(['model.glb', 'thumbnail.png'])
  expect(r.outputs.credits).toBe('10')
})

test('text-to-motion (prime) sends prompt, duration and mode and downloads the FBX clip', async () => {
  const r = await run({
    task: 'text-to-motion',
    prompt: 'a slow bow',
    params: '{"duration": 3.5, "mode": "prime"}'
  })
  expect(onlyCreate()).toEqual({
    path: '/openapi/v2/text-to-motion',
    body: { prompt: 'a slow bow', duration: 3.5, mode: 'prime' }
  })
  expect(files(r)).toEqual(['model.fbx'])
  expect(r.outputs.credits).toBe('10')
})

test('text-to-motion (swift) with formats: bvh downloads the BVH clip', async () => {
  const r = await run({
    task: 'text-to-motion',
    prompt: 'a jump',
    params: '{"duration": 2, "mode": "swift"}',
    formats: 'bvh'
  })
  expect(files(r)).toEqual(['model.bvh'])
})

describe('bad combinations fail before any request', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'two sizes for resize',
      { task: 'resize', model: 'art/chair.glb', height: '2', params: '{"auto_size": true}' },
      /Input 'params'.*exactly one size; got height and auto_size/
    ],
    [
      'resize with nothing to do',
      { task: 'resize', model: 'art/chair.glb' },
      /Input 'height'.*needs a size or an origin/
    ],
    [
      'a non-GLB model for uv-unwrap',
      { task: 'uv-unwrap', model: 'art/chair.fbx' },
      /Input 'model'.*uv-unwrap takes a GLB model only/
    ],
    [
      'a motion prompt over 400 characters',
      { task: 'text-to-motion', prompt: 'x'.repeat(401), params: '{"duration": 4}' },
      /Input 'prompt'.*401 characters.*at most 400/
    ],
    [
      'a motion duration off the half-second grid',
      { task: 'text-to-motion', prompt: 'a wave', params: '{"duration": 4.2}' },
      /Input 'params'.*duration: seconds from 2 to 10 in steps of 0.5/
    ],
    [
      'swift without formats: bvh',
      { task: 'text-to-motion', prompt: 'a wave', params: '{"duration": 4, "mode": "swift"}' },
      /Input 'formats'.*BVH clip only/
    ],
    [
      'height on a task that is not resize',
      { task: 'convert', model: 'art/chair.glb', height: '2' },
      /Input 'height'.*convert does not take a height/
    ],
    [
      'both a model and input-task-id',
      {
        task: 'print-repair',
        model: 'art/chair.glb',
        'input-task-id': '018a210d-8ba4-705c-b111-1f1776f7f578'
      },
      /either model or input-task-id/
    ]
  ]
  test.each(cases)('%s', async (_name, inputs, message) => {
    const r = await attempt(inputs)
    expect(r.code).not.toBe(0)
    expect(r.stdout + r.stderr).toMatch(message)
    expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
  })
})

test('plan mode (dry-run) estimates each new type from the price table', async () => {
  const r = await run({
    task: 'text-to-motion',
    prompt: 'a slow bow',
    params: '{"duration": 4}',
    'dry-run': 'true'
  })
  expect((JSON.parse(r.outputs.plan) as { estimate: number }).estimate).toBe(10)
  expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
})

describe('texture reference images through params (item 1)', () => {
  const png = (name: string) =>
    `data:image/png;base64,${readFileSync(join(workspace, 'art', name)).toString('base64')}`

  test('multi-image-to-3d sends workspace texture_image_urls as data URIs, URLs as they are', async () => {
    await run({
      task: 'multi-image-to-3d',
      image: 'art/front.png',
      params: '{"texture_image_urls": ["art/wood.png", "https://example.com/steel.png"]}'
    })
    const { body } = onlyCreate()
    expect(body.texture_image_urls).toEqual([png('wood.png'), 'https://example.com/steel.png'])
  })

  test('image-to-3d sends a workspace texture_image_url as a data URI', async () => {
    await run({
      task: 'image-to-3d',
      image: 'art/front.png',
      params: '{"texture_image_url": "art/wood.png"}'
    })
    expect(onlyCreate().body.texture_image_url).toBe(png('wood.png'))
  })

  test('five texture images, or a file that is not there, fail before any request', async () => {
    const five = await attempt({
      task: 'multi-image-to-3d',
      image: 'art/front.png',
      params: JSON.stringify({ texture_image_urls: Array(5).fill('art/wood.png') })
    })
    expect(five.code).not.toBe(0)
    expect(five.stdout).toMatch(/Input 'params'.*texture_image_urls must be a list of 1 to 4/)
    const missing = await attempt({
      task: 'image-to-3d',
      image: 'art/front.png',
      params: '{"texture_image_url": "art/nowhere.png"}'
    })
    expect(missing.code).not.toBe(0)
    expect(missing.stdout).toMatch(/Input 'params \(texture_image_url\)'/)
    expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
  })
})

test('a text-to-motion clip plays on a rig through animation (params motion_task_id)', async () => {
  const motion = await run({ task: 'text-to-motion', prompt: 'a bow', params: '{"duration": 2}' })
  const rig = await run({ task: 'rigging', 'input-task-id': meshId })
  const motionId = motion.outputs['task-id']
  const r = await run({
    task: 'animation',
    'input-task-id': rig.outputs['task-id'],
    params: JSON.stringify({ motion_task_id: motionId })
  })
  expect(onlyCreate().body).toEqual({
    rig_task_id: rig.outputs['task-id'],
    motion_task_id: motionId
  })
  expect(r.outputs.credits).toBe('3')
  const both = await attempt({
    task: 'animation',
    'input-task-id': rig.outputs['task-id'],
    'action-id': '28',
    params: JSON.stringify({ motion_task_id: motionId })
  })
  expect(both.code).not.toBe(0)
  expect(both.stdout).toMatch(
    /Input 'params'.*exactly one of action-id, action_ids and motion_task_id/
  )
  expect(fake.requests.filter(q => q.method === 'POST')).toHaveLength(0)
})
