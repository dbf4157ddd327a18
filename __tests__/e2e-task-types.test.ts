// Every task type through the bundled action against the HTTPS fake: the request sent (endpoint,
// body fields, data URIs for workspace files), the files downloaded, and the outputs set.
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
  writeFileSync(join(workspace, 'art', 'front.png'), tinyPng())
  writeFileSync(join(workspace, 'art', 'side.png'), tinyPng(2))
  writeFileSync(join(workspace, 'art', 'chair.glb'), tinyGlb())
})
afterAll(async () => fake.close())

async function run(inputs: Record<string, string>): Promise<ActionRun> {
  fake.reset()
  const r = await runAction({
    inputs: { 'base-url': fake.url, ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY },
    workspace
  })
  if (r.code !== 0) throw new Error(`action failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  return r
}

function dataUriOf(path: string): string {
  return readFileSync(join(workspace, path)).toString('base64')
}

function onlyCreate(): { path: string; body: Record<string, unknown> } {
  const creates = fake.creates()
  expect(creates).toHaveLength(1)
  return { path: creates[0].path, body: creates[0].body as Record<string, unknown> }
}

function files(r: ActionRun): string[] {
  return (JSON.parse(r.outputs.files) as string[]).map(f => f.split('/').slice(2).join('/'))
}

let previewId = ''
let rigId = ''

test('text-to-3d with refine: false is one v2 request for a mesh (the source for the chained cases)', async () => {
  const r = await run({ task: 'text-to-3d', prompt: 'a knight', refine: 'false' })
  previewId = r.outputs['task-id']
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/text-to-3d')
  expect(body).toEqual({ prompt: 'a knight', should_texture: false, target_formats: ['glb'] })
  expect(files(r)).toEqual(['model.glb', 'thumbnail.png'])
})

test('text-to-3d textured is one request with texture_model, no mode', async () => {
  const r = await run({ task: 'text-to-3d', prompt: 'a knight', 'texture-model': 'meshy-n1' })
  const { body } = onlyCreate()
  expect(body).toEqual({
    prompt: 'a knight',
    should_texture: true,
    texture_model: 'meshy-n1',
    target_formats: ['glb']
  })
  expect(r.outputs['credits']).toBe('30')
  expect(fake.requests.every(q => !q.path.startsWith('/openapi/v1/'))).toBe(true)
})

test('text-to-3d with input-task-id textures that mesh through retexture, with its own prompt', async () => {
  const r = await run({ task: 'text-to-3d', 'input-task-id': previewId })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/retexture')
  expect(body).toEqual({
    input_task_id: previewId,
    texture_model: 'meshy-7',
    texture_prompt: 'a knight',
    target_formats: ['glb']
  })
  expect(r.outputs.status).toBe('SUCCEEDED')
})

test('image-to-3d sends a workspace PNG as a data URI', async () => {
  const r = await run({ task: 'image-to-3d', image: 'art/front.png', 'texture-prompt': 'shiny' })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/image-to-3d')
  expect(body.image_url).toBe(`data:image/png;base64,${dataUriOf('art/front.png')}`)
  expect(body).toMatchObject({
    texture_prompt: 'shiny',
    texture_model: 'meshy-7',
    target_formats: ['glb']
  })
  expect(r.outputs['task-type']).toBe('image-to-3d')
  expect(files(r)).toEqual(['model.glb', 'thumbnail.png'])
})

test('multi-image-to-3d sends every image', async () => {
  const r = await run({
    task: 'multi-image-to-3d',
    image: 'art/front.png\nart/side.png',
    formats: 'glb,fbx'
  })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/multi-image-to-3d')
  expect(body.image_urls).toEqual([
    `data:image/png;base64,${dataUriOf('art/front.png')}`,
    `data:image/png;base64,${dataUriOf('art/side.png')}`
  ])
  expect(body.target_formats).toEqual(['glb', 'fbx'])
  expect(files(r)).toEqual(['model.glb', 'model.fbx', 'thumbnail.png'])
  expect(Object.keys(JSON.parse(r.outputs['model-urls']))).toEqual(['glb', 'fbx'])
})

test('text-to-texture is sent as retexture with texture_prompt and the model as a data URI', async () => {
  const r = await run({ task: 'text-to-texture', model: 'art/chair.glb', prompt: 'painted red' })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/retexture')
  expect(body).toMatchObject({ texture_prompt: 'painted red', texture_model: 'meshy-7' })
  expect(String(body.model_url)).toMatch(/^data:[a-z/.+-]+;base64,/)
  expect(String(body.model_url).split(',')[1]).toBe(dataUriOf('art/chair.glb'))
  expect(r.outputs['task-type']).toBe('retexture')
  expect(files(r)).toEqual(['model.glb', 'thumbnail.png'])
})

test('retexture chains from an earlier task with input-task-id', async () => {
  const r = await run({
    task: 'retexture',
    'input-task-id': previewId,
    prompt: 'gold leaf',
    download: 'all'
  })
  const { body } = onlyCreate()
  expect(body).toMatchObject({ input_task_id: previewId, texture_prompt: 'gold leaf' })
  expect(body.model_url).toBeUndefined()
  expect(files(r)).toEqual(
    expect.arrayContaining(['model.glb', 'thumbnail.png', 'texture-0-base_color.png'])
  )
  expect(JSON.parse(r.outputs['texture-urls'])[0].base_color).toContain('https://')
})

test('remesh sends target_formats and downloads each format', async () => {
  const r = await run({
    task: 'remesh',
    'input-task-id': previewId,
    formats: 'fbx,glb',
    params: '{"topology":"quad"}'
  })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/remesh')
  expect(body).toMatchObject({
    input_task_id: previewId,
    target_formats: ['fbx', 'glb'],
    topology: 'quad'
  })
  expect(files(r)).toEqual(expect.arrayContaining(['model.glb', 'model.fbx']))
  // model-file and model-url follow the first requested format.
  expect(r.outputs['model-file']).toMatch(/\/model\.fbx$/)
  expect(r.outputs['model-url']).toMatch(/\/model\.fbx\?/)
})

test('rigging downloads the rigged model and its basic animations', async () => {
  const r = await run({ task: 'rigging', 'input-task-id': previewId, download: 'model,animations' })
  rigId = r.outputs['task-id']
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/rigging')
  expect(body).toMatchObject({ input_task_id: previewId })
  expect(r.outputs['task-type']).toBe('rig')
  expect(files(r)).toEqual(expect.arrayContaining(['rigged.glb', 'walking.glb', 'running.glb']))
})

test('animation sends rig_task_id and action_id', async () => {
  const r = await run({ task: 'animation', 'input-task-id': rigId, 'action-id': '28' })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/animations')
  expect(body).toEqual(expect.objectContaining({ rig_task_id: rigId, action_id: 28 }))
  expect(r.outputs['task-type']).toBe('animate')
  expect(files(r)).toEqual(expect.arrayContaining(['animation.glb']))
})

test('text-to-image downloads the image', async () => {
  const r = await run({
    task: 'text-to-image',
    prompt: 'a robot mascot',
    'ai-model': 'nano-banana'
  })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/text-to-image')
  expect(body).toMatchObject({ prompt: 'a robot mascot', ai_model: 'nano-banana' })
  // The fake serves JPEG here (Meshy promises PNG only with remove_background): named by its type.
  expect(files(r)).toEqual(['image-0.jpg'])
  expect(
    readFileSync(join(workspace, (JSON.parse(r.outputs.files) as string[])[0])).subarray(0, 3)
  ).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
  expect(JSON.parse(r.outputs['image-urls'])).toHaveLength(1)
})

test('a params field v2 does not define warns before sending, and Meshy answers 400 at no cost', async () => {
  fake.reset()
  const r = await runAction({
    inputs: {
      'base-url': fake.url,
      task: 'text-to-image',
      prompt: 'a robot mascot',
      params: '{"remove_background": true}'
    },
    env: { MESHY_API_KEY: FAKE_API_KEY },
    workspace
  })
  expect(r.code).not.toBe(0)
  expect(r.stdout).toMatch(
    /::warning::.*'remove_background' is not among the fields Meshy documents/
  )
  expect(r.stdout).toMatch(/Meshy answered 400 \[unknown_parameter\]/)
  expect(fake.tasks.size).toBeGreaterThan(0) // earlier cases' tasks only
})

test('image-to-image sends the reference images as data URIs', async () => {
  const r = await run({
    task: 'image-to-image',
    prompt: 'in red',
    image: 'art/front.png',
    'ai-model': 'nano-banana'
  })
  const { path, body } = onlyCreate()
  expect(path).toBe('/openapi/v2/image-to-image')
  expect(body.reference_image_urls).toEqual([`data:image/png;base64,${dataUriOf('art/front.png')}`])
  expect(files(r)).toEqual(['image-0.webp'])
})
