// The fake Meshy API over real HTTPS sockets: shapes, auth, validation, progression and SSE.

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  FAKE_API_KEY,
  startFakeMeshy,
  TEST_MODE_KEY,
  type FakeMeshy
} from '../fakes/meshy/index.js'
import { call, json, openStream, until } from '../fakes/meshy/test-client.js'

const T3D = '/openapi/v2/text-to-3d'
let fake: FakeMeshy

async function createTask(path: string, body: unknown, key?: string): Promise<string> {
  const reply = await call(`${fake.url}${path}`, { method: 'POST', json: body, key })
  expect(reply.status).toBe(202)
  return json<{ result: string }>(reply).result
}

async function getTask(path: string, id: string): Promise<Record<string, unknown>> {
  const reply = await call(`${fake.url}${path}/${id}`)
  expect(reply.status).toBe(200)
  return json(reply)
}

describe('fake Meshy API', () => {
  beforeEach(async () => {
    fake = await startFakeMeshy({ v1: true, durationMs: 60000, pendingMs: 5000 })
  })
  afterEach(async () => {
    await fake.close()
  })

  it('creates, gets, lists and deletes tasks with Meshy shapes', async () => {
    expect(fake.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const reply = await call(`${fake.url}${T3D}`, {
      method: 'POST',
      json: { mode: 'preview', prompt: 'a cat', ai_model: 'meshy-6', unknown_field: 1 }
    })
    expect(reply.status).toBe(202)
    expect(reply.headers['x-api-version']).toBeTruthy()
    const id = json<{ result: string }>(reply).result
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)

    const task = await getTask(T3D, id)
    expect(task).toMatchObject({
      id,
      type: 'text-to-3d-preview',
      mode: 'preview',
      prompt: 'a cat',
      texture_prompt: '',
      status: 'PENDING',
      progress: 0,
      started_at: 0,
      finished_at: 0,
      expires_at: 0,
      consumed_credits: 0,
      model_urls: {},
      thumbnail_url: '',
      texture_urls: [],
      task_error: { message: '' }
    })
    expect(task).not.toHaveProperty('ai_model')
    expect(typeof task.created_at).toBe('number')

    const second = await createTask(T3D, { mode: 'preview', prompt: 'a dog' })
    await createTask('/openapi/v1/text-to-image', { ai_model: 'nano-banana', prompt: 'x' })
    const newest = json<Array<{ id: string }>>(await call(`${fake.url}${T3D}`))
    expect(newest.map(t => t.id)).toEqual([second, id])
    const oldest = await call(`${fake.url}${T3D}?sort_by=%2Bcreated_at&page_size=1&page_num=2`)
    expect(json<Array<{ id: string }>>(oldest).map(t => t.id)).toEqual([second])
    expect((await call(`${fake.url}${T3D}?page_size=51`)).status).toBe(400)

    const deleted = await call(`${fake.url}${T3D}/${id}`, { method: 'DELETE' })
    expect([deleted.status, json(deleted)]).toEqual([200, {}])
    expect((await call(`${fake.url}${T3D}/${id}`)).status).toBe(404)

    const balance = await call(`${fake.url}/openapi/v1/balance`)
    expect(json(balance)).toEqual({ balance: 10000 })
    expect(fake.creates()).toHaveLength(3)
    expect(fake.creates()[0].body).toMatchObject({ prompt: 'a cat' })
  })

  it('answers 404 for unknown routes and for a task asked on another resource', async () => {
    const id = await createTask(T3D, { mode: 'preview', prompt: 'a cat' })
    expect((await call(`${fake.url}/openapi/v1/image-to-3d/${id}`)).status).toBe(404)
    const missing = await call(`${fake.url}/openapi/v1/text-to-texture`)
    expect([missing.status, json<{ code: string }>(missing).code]).toEqual([404, 'route_not_found'])
    expect((await call(`${fake.url}${T3D}/not-a-task`)).status).toBe(404)
  })

  it('requires a bearer key and accepts the test-mode key for free', async () => {
    const attempts: Array<Record<string, string>> = [
      {},
      { Authorization: FAKE_API_KEY },
      { Authorization: 'Bearer nope' }
    ]
    for (const headers of attempts) {
      const reply = await call(`${fake.url}/openapi/v1/balance`, { key: null, headers })
      expect(reply.status).toBe(401)
      expect(json(reply)).toHaveProperty('message')
    }
    const id = await createTask(T3D, { mode: 'preview', prompt: 'free' }, TEST_MODE_KEY)
    fake.clock.advance(60000)
    const task = await getTask(T3D, id)
    expect(task).toMatchObject({ status: 'SUCCEEDED', consumed_credits: 0 })
    expect(json(await call(`${fake.url}/openapi/v1/balance`))).toEqual({ balance: 10000 })
  })

  const invalid: Array<[string, Record<string, unknown>]> = [
    [T3D, { prompt: 'no mode' }],
    [T3D, { mode: 'draft', prompt: 'x' }],
    [T3D, { mode: 'preview' }],
    [T3D, { mode: 'preview', prompt: 'x'.repeat(601) }],
    [T3D, { mode: 'preview', prompt: 'x', model_type: 'huge' }],
    [T3D, { mode: 'preview', prompt: 'x', topology: 'hex' }],
    [T3D, { mode: 'preview', prompt: 'x', target_formats: ['glb', 'dae'] }],
    [T3D, { mode: 'refine' }],
    ['/openapi/v1/image-to-3d', {}],
    ['/openapi/v1/image-to-3d', { image_url: 'data:image/png;base64,' }],
    ['/openapi/v1/image-to-3d', { image_url: 'data:image/png,plain' }],
    ['/openapi/v1/image-to-3d', { image_url: 'ftp://example.com/a.png' }],
    ['/openapi/v1/multi-image-to-3d', { image_urls: [] }],
    ['/openapi/v1/multi-image-to-3d', { image_urls: Array(5).fill('https://e.com/a.png') }],
    ['/openapi/v1/remesh', { topology: 'quad' }],
    ['/openapi/v1/retexture', { model_url: 'https://e.com/a.glb' }],
    ['/openapi/v1/rigging', {}],
    ['/openapi/v1/animations', { rig_task_id: 'x' }],
    ['/openapi/v1/text-to-image', { prompt: 'x' }],
    ['/openapi/v1/text-to-image', { ai_model: 'dall-e', prompt: 'x' }],
    ['/openapi/v1/image-to-image', { ai_model: 'nano-banana', prompt: 'x' }],
    [
      '/openapi/v1/image-to-image',
      {
        ai_model: 'nano-banana',
        prompt: 'x',
        reference_image_urls: Array(6).fill('https://e.com/a.png')
      }
    ]
  ]
  it.each(invalid.map(([path, body]) => [path, JSON.stringify(body).slice(0, 60), body] as const))(
    'rejects invalid input with 400: %s %s',
    async (path, _label, body) => {
      const reply = await call(`${fake.url}${path}`, { method: 'POST', json: body })
      expect(reply.status).toBe(400)
      expect(typeof json(reply).message).toBe('string')
      expect(fake.tasks.size).toBe(0)
    }
  )

  it('accepts valid inputs on every resource, including data URIs', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    await createTask('/openapi/v1/image-to-3d', { image_url: png, should_texture: false })
    await createTask('/openapi/v1/multi-image-to-3d', { image_urls: [png, 'https://e.com/b.jpg'] })
    await createTask('/openapi/v1/remesh', {
      model_url: 'https://e.com/a.glb',
      target_formats: ['blend']
    })
    await createTask('/openapi/v1/retexture', {
      model_url: 'https://e.com/a.glb',
      image_style_url: png
    })
    await createTask('/openapi/v1/rigging', {
      model_url: 'https://e.com/a.glb',
      height_meters: 1.8
    })
    await createTask('/openapi/v1/image-to-image', {
      ai_model: 'nano-banana-pro',
      prompt: 'x',
      reference_image_urls: [png]
    })
    expect(fake.tasks.size).toBe(6)
  })

  it('checks referenced tasks: 404 when unknown, 400 until SUCCEEDED or of the wrong type', async () => {
    const refine = (preview_task_id: string): Promise<number> =>
      call(`${fake.url}${T3D}`, { method: 'POST', json: { mode: 'refine', preview_task_id } }).then(
        r => r.status
      )
    expect(await refine('01900000-0000-7000-8000-000000000000')).toBe(404)
    const preview = await createTask(T3D, { mode: 'preview', prompt: 'a cat' })
    expect(await refine(preview)).toBe(400)
    fake.clock.advance(60000)
    const refineId = await createTask(T3D, { mode: 'refine', preview_task_id: preview })
    expect(await refine(refineId)).toBe(400)
    const refined = await getTask(T3D, refineId)
    expect(refined).toMatchObject({ type: 'text-to-3d-refine', mode: 'refine', prompt: 'a cat' })

    const anim = (rig_task_id: string): Promise<number> =>
      call(`${fake.url}/openapi/v1/animations`, {
        method: 'POST',
        json: { rig_task_id, action_id: 92 }
      }).then(r => r.status)
    expect(await anim('01900000-0000-7000-8000-000000000000')).toBe(404)
    expect(await anim(preview)).toBe(400)
    const remesh = (input_task_id: string): Promise<number> =>
      call(`${fake.url}/openapi/v1/remesh`, { method: 'POST', json: { input_task_id } }).then(
        r => r.status
      )
    expect(await remesh('01900000-0000-7000-8000-000000000000')).toBe(404)
    expect(await remesh(refineId)).toBe(400)
    expect(await remesh(preview)).toBe(202)
  })

  it('moves PENDING → IN_PROGRESS → SUCCEEDED on the fake clock and charges on success', async () => {
    const id = await createTask(T3D, { mode: 'preview', prompt: 'a cat', target_formats: ['glb'] })
    const created = fake.tasks.get(id)!.createdAt
    fake.clock.advance(5000)
    let task = await getTask(T3D, id)
    expect(task).toMatchObject({ status: 'IN_PROGRESS', progress: 0, started_at: created + 5000 })
    fake.clock.advance(27500)
    task = await getTask(T3D, id)
    expect(task).toMatchObject({ status: 'IN_PROGRESS', progress: 50, consumed_credits: 0 })
    expect(json(await call(`${fake.url}/openapi/v1/balance`))).toEqual({ balance: 10000 })
    fake.clock.advance(27500)
    task = await getTask(T3D, id)
    expect(task).toMatchObject({ status: 'SUCCEEDED', progress: 100, consumed_credits: 20 })
    expect(task.finished_at).toBe(created + 60000)
    expect(task.expires_at).toBe(created + 60000 + 3 * 86400000)
    expect(Object.keys(task.model_urls as object)).toEqual(['glb'])
    expect(fake.succeededAt.has(id)).toBe(true)
    expect(json(await call(`${fake.url}/openapi/v1/balance`))).toEqual({ balance: 9980 })
  })

  it('produces per-type results', async () => {
    const rig = await createTask('/openapi/v1/rigging', { model_url: 'https://e.com/a.glb' })
    const img = await createTask('/openapi/v1/text-to-image', {
      ai_model: 'nano-banana',
      prompt: 'x',
      generate_multi_view: true
    })
    const i3d = await createTask('/openapi/v1/image-to-3d', { image_url: 'https://e.com/a.png' })
    expect(fake.taskView(rig, 'v1').result).toBeNull()
    expect(fake.taskView(img, 'v1').image_urls).toEqual([])
    fake.clock.advance(60000)
    const rigged = fake.taskView(rig, 'v1')
    expect(rigged).toMatchObject({ type: 'rig', consumed_credits: 5 })
    expect(
      Object.keys((rigged.result as { basic_animations: object }).basic_animations)
    ).toHaveLength(6)
    const anim = await createTask('/openapi/v1/animations', { rig_task_id: rig, action_id: 28 })
    fake.clock.advance(60000)
    expect(fake.taskView(anim, 'v1')).toMatchObject({ type: 'animate', consumed_credits: 3 })
    expect(fake.taskView(anim, 'v1').result).toHaveProperty('animation_glb_url')
    expect(fake.taskView(img, 'v1').image_urls).toHaveLength(4)
    const image3d = fake.taskView(i3d, 'v1')
    expect(Object.keys(image3d.model_urls as object).sort()).toEqual(
      ['fbx', 'glb', 'mtl', 'obj', 'stl', 'usdz'].sort()
    )
    expect(image3d.texture_urls).toEqual([
      {
        base_color: expect.stringContaining('texture_0_base_color.png'),
        metallic: expect.any(String),
        normal: expect.any(String),
        roughness: expect.any(String)
      }
    ])
    expect(image3d.consumed_credits).toBe(30)
  })

  it('applies outcomes: FAILED with task_error and no charge', async () => {
    fake.outcome({
      match: (_body, path) => path === T3D,
      status: 'FAILED',
      taskError: { type: 'invalid_input', message: 'bad prompt', code: 'moderation_blocked' },
      durationMs: 1000
    })
    const id = await createTask(T3D, { mode: 'preview', prompt: 'x' })
    fake.clock.advance(1000)
    expect(await getTask(T3D, id)).toMatchObject({
      status: 'FAILED',
      consumed_credits: 0,
      model_urls: {},
      task_error: { type: 'invalid_input', message: 'bad prompt', code: 'moderation_blocked' }
    })
    const next = await createTask(T3D, { mode: 'preview', prompt: 'x' })
    expect((await getTask(T3D, next)).status).toBe('PENDING')
  })

  it('refuses tasks over the queue limit and over the balance', async () => {
    await fake.close()
    fake = await startFakeMeshy({ v1: true, durationMs: 1000, queueLimit: 1, balance: 25 })
    await createTask(T3D, { mode: 'preview', prompt: 'x' })
    const full = await call(`${fake.url}${T3D}`, {
      method: 'POST',
      json: { mode: 'preview', prompt: 'y' }
    })
    expect([full.status, json(full)]).toEqual([429, { message: 'NoMoreConcurrentTasks' }])
    fake.clock.advance(1000)
    const poor = await call(`${fake.url}${T3D}`, {
      method: 'POST',
      json: { mode: 'preview', prompt: 'y' }
    })
    expect(poor.status).toBe(402)
  })

  it('streams full task events, repeats as keep-alive and closes after the terminal one', async () => {
    await fake.close()
    fake = await startFakeMeshy({ v1: true, durationMs: 60000, pendingMs: 0, keepAliveMs: 4000 })
    const id = await createTask(T3D, { mode: 'preview', prompt: 'a cat' })
    const stream = openStream(`${fake.url}${T3D}/${id}/stream`)
    expect(await stream.status).toBe(200)
    await until(() => stream.events().length === 1, 'first event')
    expect(stream.text().startsWith('event: message\ndata: {')).toBe(true)
    fake.clock.advance(4000) // no progress step yet: keep-alive repeat of the same state
    await until(() => stream.events().length === 2, 'keep-alive')
    expect(stream.events()[1].data).toEqual(stream.events()[0].data)
    fake.clock.advance(2000) // 6000/60000 → progress 10
    await until(() => stream.events().length === 3, 'progress event')
    expect(stream.events()[2].data).toMatchObject({ status: 'IN_PROGRESS', progress: 10 })
    fake.clock.advance(60000)
    expect(await stream.done).toBe('end')
    const last = stream.events().at(-1)!
    expect(last).toMatchObject({
      event: 'message',
      data: { id, status: 'SUCCEEDED', progress: 100 }
    })
    expect(last.data.model_urls).toHaveProperty('glb')

    const again = openStream(`${fake.url}${T3D}/${id}/stream`)
    expect(await again.done).toBe('end')
    expect(again.events()).toHaveLength(1)
  })

  it('pushes the terminal event when the task finishes in real time (speed)', async () => {
    await fake.close()
    fake = await startFakeMeshy({ v1: true, durationMs: 20000, speed: 20 })
    const id = await createTask(T3D, { mode: 'preview', prompt: 'a cat' })
    const stream = openStream(`${fake.url}${T3D}/${id}/stream`)
    expect(await stream.done).toBe('end')
    // Real timers under load may skip a step, so check order rather than every step.
    const events = stream.events().map(e => e.data as { status: string; progress: number })
    const progress = events.map(e => e.progress)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(events.some(e => e.status === 'IN_PROGRESS')).toBe(true)
    expect(events.at(-1)).toMatchObject({ status: 'SUCCEEDED', progress: 100 })
    expect(events.filter(e => e.status === 'SUCCEEDED')).toHaveLength(1)
    expect(fake.succeededAt.get(id)).toBeGreaterThan(0)
  })

  it('streams an error event after HTTP 200 for an unknown task', async () => {
    const stream = openStream(`${fake.url}${T3D}/01900000-0000-7000-8000-000000000000/stream`)
    expect(await stream.status).toBe(200)
    expect(await stream.done).toBe('end')
    expect(stream.text()).toBe(
      'event: error\ndata: {"status_code":404,"message":"Task not found"}\n\n'
    )
    const noAuth = await call(`${fake.url}${T3D}/x/stream`, { key: null })
    expect(noAuth.status).toBe(401)
  })

  it('redirects plain http to https with 301, and serves plain http when tls is off', async () => {
    expect(fake.httpUrl).toMatch(/^http:\/\//)
    const moved = await call(`${fake.httpUrl}${T3D}?page_size=2`, { method: 'POST', json: {} })
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe(`${fake.url}${T3D}?page_size=2`)
    expect(fake.tasks.size).toBe(0)
    expect(fake.requests.at(-1)).toMatchObject({ origin: 'http', method: 'POST' })

    const plain = await startFakeMeshy({ v1: true, tls: false })
    try {
      expect(plain.url).toMatch(/^http:\/\//)
      expect(plain.assetUrl).toMatch(/^http:\/\//)
      expect(plain.httpUrl).toBeUndefined()
      expect((await call(`${plain.url}/openapi/v1/balance`)).status).toBe(200)
    } finally {
      await plain.close()
    }
  })
})
