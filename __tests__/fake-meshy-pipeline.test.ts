// The fake serves the v2 pipeline routes with Meshy's documented rules (issue 28, item 4), so the
// action's own checks have something to fail against: sources, exactly one size, GLB only and the
// face cap for UV unwrap, the motion limits, and an analysis done before answering final at once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { call, json, type Reply } from '../fakes/meshy/test-client.js'
import { UV_UNWRAP_FACE_CAP } from '../fakes/meshy/v2-pipeline.js'

let fake: FakeMeshy
let meshId = ''
let resizedId = ''

const post = (path: string, body: unknown): Promise<Reply> =>
  call(`${fake.url}/openapi/v2/${path}`, { method: 'POST', json: body })

type Task = { id: string; status: string; type: string; output: Record<string, unknown> | null }

async function finished(path: string, body: unknown): Promise<Task> {
  const reply = await post(path, body)
  expect(reply.status).toBe(202)
  const id = json<Task>(reply).id
  for (;;) {
    const task = json<Task>(await call(`${fake.url}/openapi/v2/tasks/${id}`))
    if (task.status === 'SUCCEEDED') return task
    await new Promise(r => setTimeout(r, 20))
  }
}

function expectCode(reply: Reply, status: number, code: string): void {
  expect(reply.status).toBe(status)
  expect(json<{ code: string }>(reply).code).toBe(code)
}

/** A GLB data URI whose only mesh has `triangles` indexed triangles (JSON chunk only). */
function glbWithTriangles(triangles: number): string {
  const gltf = {
    asset: { version: '2.0' },
    accessors: [{ count: triangles * 3 }, { count: 3 }],
    meshes: [{ primitives: [{ indices: 0, attributes: { POSITION: 1 } }] }]
  }
  let text = JSON.stringify(gltf)
  while (text.length % 4 !== 0) text += ' '
  const head = Buffer.alloc(20)
  head.write('glTF', 0, 'latin1')
  head.writeUInt32LE(2, 4)
  head.writeUInt32LE(20 + text.length, 8)
  head.writeUInt32LE(text.length, 12)
  head.write('JSON', 16, 'latin1')
  const glb = Buffer.concat([head, Buffer.from(text)])
  return `data:model/gltf-binary;base64,${glb.toString('base64')}`
}

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 100, pendingMs: 10 })
  meshId = (await finished('text-to-3d', { prompt: 'a stool', should_texture: false })).id
  resizedId = (await finished('resize', { input_task_id: meshId, resize_height: 1 })).id
})
afterAll(async () => fake.close())

describe('sources', () => {
  it('refuse input_task_id with model_url, and neither', async () => {
    const url = 'https://example.com/a.glb'
    expectCode(
      await post('convert', { input_task_id: meshId, model_url: url, target_formats: ['fbx'] }),
      400,
      'parameters_conflict'
    )
    expectCode(await post('print/repair', {}), 400, 'missing_parameter')
  })

  it('take the task types each page lists; analysis of a resize (no Meshy-made model) is 404', async () => {
    expect(
      (await post('convert', { input_task_id: resizedId, target_formats: ['stl'] })).status
    ).toBe(202)
    expect((await post('uv-unwrap', { input_task_id: resizedId })).status).toBe(400)
    expect((await post('print/analyze', { input_task_id: resizedId })).status).toBe(404)
  })
})

describe('resize', () => {
  it('takes exactly one size, or origin_at alone', async () => {
    const two = { input_task_id: meshId, resize_height: 1.8, auto_size: true }
    expectCode(await post('resize', two), 400, 'parameters_conflict')
    expectCode(await post('resize', { input_task_id: meshId }), 400, 'missing_parameter')
    expect((await post('resize', { input_task_id: meshId, origin_at: 'bottom' })).status).toBe(202)
  })
})

describe('uv-unwrap', () => {
  it('takes a GLB only', async () => {
    const fbx = await post('uv-unwrap', { model_url: 'https://example.com/chair.fbx' })
    expectCode(fbx, 400, 'invalid_parameter')
  })

  it('refuses a model over the face cap and names the cap', async () => {
    const over = await post('uv-unwrap', { model_url: glbWithTriangles(UV_UNWRAP_FACE_CAP + 1) })
    expectCode(over, 400, 'invalid_parameter')
    expect(json<{ message: string }>(over).message).toContain(String(UV_UNWRAP_FACE_CAP))
    const under = await post('uv-unwrap', { model_url: glbWithTriangles(UV_UNWRAP_FACE_CAP) })
    expect(under.status).toBe(202)
  })
})

describe('text-to-motion', () => {
  it('limits the prompt to 400 characters, duration to 2–10 s in 0.5 steps, mode to prime|swift', async () => {
    const ok = { prompt: 'a bow', duration: 2.5 }
    expect((await post('text-to-motion', ok)).status).toBe(202)
    expectCode(
      await post('text-to-motion', { ...ok, prompt: 'x'.repeat(401) }),
      400,
      'invalid_parameter'
    )
    expectCode(await post('text-to-motion', { ...ok, duration: 10.5 }), 400, 'invalid_parameter')
    expectCode(await post('text-to-motion', { ...ok, duration: 3.3 }), 400, 'invalid_parameter')
    expectCode(await post('text-to-motion', { prompt: 'a bow' }), 400, 'invalid_parameter')
    expectCode(await post('text-to-motion', { ...ok, mode: 'fast' }), 400, 'invalid_parameter')
  })

  it('makes an FBX clip in prime and a BVH clip in swift', async () => {
    const prime = await finished('text-to-motion', { prompt: 'a bow', duration: 2 })
    expect(Object.keys(prime.output?.model_urls as object)).toEqual(['fbx'])
    const swift = await finished('text-to-motion', { prompt: 'a bow', duration: 2, mode: 'swift' })
    expect(Object.keys(swift.output?.model_urls as object)).toEqual(['bvh'])
  })
})

describe('print/analyze', () => {
  it('answers an analysis of the same model already SUCCEEDED, with its output and no Retry-After', async () => {
    const first = await post('print/analyze', { input_task_id: meshId })
    expect(json<Task>(first).status).toBe('PENDING')
    await finished('print/analyze', { input_task_id: meshId })
    const again = await post('print/analyze', { input_task_id: meshId })
    const task = json<Task>(again)
    expect(task.status).toBe('SUCCEEDED')
    expect(task.output).toEqual({ printability: { printable: true, issues: [] } })
    expect(again.headers['retry-after']).toBeUndefined()
  })
})
