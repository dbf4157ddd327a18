// The fake speaks Meshy's API v2 as docs/meshy-rules.md describes it, and refuses what Meshy
// refuses, so an action that breaks a v2 rule fails a test: unknown fields and v1 names (400),
// v2 error bodies and 429 codes, retired models, the 202 create reply holding the whole task,
// reads only through /openapi/v2/tasks, and v1 (with text-to-3d's `mode`) switched off.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { queueFullFault, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { call, json, type Reply } from '../fakes/meshy/test-client.js'

const DURATION = 60_000
let fake: FakeMeshy

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: DURATION, pendingMs: 1000, queueLimit: 50 })
})
afterAll(async () => fake.close())

const post = (path: string, body: unknown): Promise<Reply> =>
  call(`${fake.url}/openapi/v2/${path}`, { method: 'POST', json: body })
const get = (path: string): Promise<Reply> => call(`${fake.url}${path}`)

type Task = Record<string, unknown> & { id: string; output: Record<string, unknown> | null }

function expectError(reply: Reply, status: number, code: string): void {
  expect(reply.status).toBe(status)
  const body = json<Record<string, unknown>>(reply)
  expect(Object.keys(body).sort()).toEqual(['code', 'doc_url', 'message', 'type'])
  expect(body.code).toBe(code)
}

describe('creates', () => {
  it('answer 202 with the whole task and its Location', async () => {
    const reply = await post('text-to-3d', {
      prompt: 'a lamp',
      should_texture: true,
      texture_model: 'meshy-7'
    })
    expect(reply.status).toBe(202)
    const task = json<Task>(reply)
    expect(reply.headers.location).toBe(`/openapi/v2/tasks/${task.id}`)
    expect(task).toMatchObject({
      type: 'text-to-3d',
      status: 'PENDING',
      started_at: null,
      finished_at: null,
      expires_at: null,
      consumed_credits: 30,
      task_error: null,
      output: null,
      input: { prompt: 'a lamp', texture_model: 'meshy-7' }
    })
  })

  it('refuse unknown fields, v1 names, mode and retired models with v2 error bodies', async () => {
    expectError(await post('text-to-3d', { prompt: 'x', art_style: 'x' }), 400, 'unknown_parameter')
    expectError(
      await post('text-to-3d', { prompt: 'x', mode: 'preview' }),
      400,
      'invalid_parameter'
    )
    expectError(await post('text-to-3d', { prompt: 'x' }), 400, 'missing_parameter') // texture_model
    expectError(
      await post('retexture', { model_url: 'https://e.com/a.glb', text_style_prompt: 'red' }),
      400,
      'unknown_parameter'
    )
    expectError(
      await post('remesh', { model_url: 'https://e.com/a.glb', resize_height: null }),
      400,
      'unknown_parameter'
    )
    expectError(
      await post('image-to-3d', { image_url: 'https://e.com/a.png', model_type: 'lowpoly' }),
      400,
      'unknown_parameter'
    )
    expectError(
      await post('text-to-3d', {
        prompt: 'x',
        texture_model: 'meshy-7',
        texture_prompt: 'a',
        texture_image_url: 'https://e.com/t.png'
      }),
      400,
      'parameters_conflict'
    )
    expectError(
      await post('image-to-3d', {
        image_url: 'https://e.com/a.png',
        ai_model: 'meshy-5',
        should_texture: false
      }),
      400,
      'model_retired'
    )
  })

  it('answer a full queue with 429 pending_task_limit_reached', async () => {
    fake.inject(queueFullFault(1))
    expectError(
      await post('text-to-3d', { prompt: 'x', should_texture: false }),
      429,
      'pending_task_limit_reached'
    )
  })
})

describe('reads', () => {
  it('go through /openapi/v2/tasks only; v1 and per-type routes are switched off', async () => {
    const task = json<Task>(await post('text-to-3d', { prompt: 'a cup', should_texture: false }))
    expect((await get(`/openapi/v2/tasks/${task.id}`)).status).toBe(200)
    expectError(await get(`/openapi/v2/text-to-3d/${task.id}`), 410, 'api_version_retired')
    expectError(await get('/openapi/v1/balance'), 410, 'api_version_retired')
    expectError(
      await call(`${fake.url}/openapi/v1/image-to-3d`, {
        method: 'POST',
        json: { image_url: 'https://e.com/a.png' }
      }),
      410,
      'api_version_retired'
    )
    const listed = json<{ data: Task[]; has_more: boolean }>(
      await get('/openapi/v2/tasks?type=text-to-3d&page_size=50&sort_by=-created_at')
    )
    expect(listed.data.map(t => t.id)).toContain(task.id)
    expect(json<{ balance: number }>(await get('/openapi/v2/balance')).balance).toBeGreaterThan(0)
  })

  it('put results under output once SUCCEEDED; a repeated read gives the same signed URL', async () => {
    const task = json<Task>(await post('text-to-3d', { prompt: 'a jar', should_texture: false }))
    fake.clock.advance(DURATION + 1)
    const first = json<Task>(await get(`/openapi/v2/tasks/${task.id}`))
    const again = json<Task>(await get(`/openapi/v2/tasks/${task.id}`))
    expect(first.status).toBe('SUCCEEDED')
    expect(first.output?.model_urls).toEqual(again.output?.model_urls)
    expect(first.expires_at).toBeNull() // always null for text-to-3d
  })
})
