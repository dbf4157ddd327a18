// The fake enforces Meshy's rules from docs/meshy-rules.md, so an action that breaks one fails a
// test: refine models, rigging GLB only, prompt limits, untextured image-to-3d, task sources,
// the CANCELED task_error shape, and charges from the one price table.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { TASK_ERROR_TYPES } from '../fakes/meshy/tasks.js'
import { call, json, type Reply } from '../fakes/meshy/test-client.js'
import { creditsFor } from '../src/tasks/price-list.js'
import { tinyGlb, tinyPng } from './harness/fixtures.js'

const T3D = '/openapi/v2/text-to-3d'
const DURATION = 60_000
let fake: FakeMeshy

beforeAll(async () => {
  fake = await startFakeMeshy({ v1: true, durationMs: DURATION, pendingMs: 1000 })
})
afterAll(async () => fake.close())

const post = (path: string, body: unknown): Promise<Reply> =>
  call(`${fake.url}${path}`, { method: 'POST', json: body })

async function created(path: string, body: unknown): Promise<string> {
  const reply = await post(path, body)
  expect({ status: reply.status, body: reply.body.toString() }).toMatchObject({ status: 202 })
  return json<{ result: string }>(reply).result
}

/** Creates a task and moves the fake clock past its end, so it can be a source. */
async function succeeded(path: string, body: unknown): Promise<string> {
  const id = await created(path, body)
  fake.clock.advance(DURATION + 1)
  return id
}

function expectRejected(reply: Reply, pattern: RegExp): void {
  expect(reply.status).toBe(400)
  const body = json<Record<string, unknown>>(reply)
  expect(Object.keys(body)).toEqual(['message'])
  expect(String(body.message)).toMatch(pattern)
}

const PNG = `data:image/png;base64,${tinyPng().toString('base64')}`
const GLB = `data:application/octet-stream;base64,${tinyGlb().toString('base64')}`

describe('refine ai_model', () => {
  it('accepts meshy-6, meshy-7, meshy-7.1 and latest; refuses others with a message', async () => {
    const preview = await succeeded(T3D, { mode: 'preview', prompt: 'a cup' })
    for (const model of ['meshy-6', 'meshy-7', 'meshy-7.1', 'latest']) {
      await created(T3D, { mode: 'refine', preview_task_id: preview, ai_model: model })
    }
    for (const model of ['meshy-t2', 'meshy-t2.5', 'meshy-6-lite']) {
      const reply = await post(T3D, { mode: 'refine', preview_task_id: preview, ai_model: model })
      expectRejected(reply, /ai_model/)
    }
  })

  it('a smart-topology preview is refined without ai_model (it inherits)', async () => {
    const preview = await succeeded(T3D, {
      mode: 'preview',
      prompt: 'a crate',
      model_type: 'smart-topology',
      ai_model: 'meshy-t2'
    })
    const reply = await post(T3D, { mode: 'refine', preview_task_id: preview, ai_model: 'latest' })
    expectRejected(reply, /inherits/)
    await created(T3D, { mode: 'refine', preview_task_id: preview })
  })
})

describe('rigging takes a GLB only', () => {
  it.each([
    ['an FBX URL', 'https://example.com/hero.fbx'],
    ['a glTF URL', 'https://example.com/hero.gltf?sig=1'],
    [
      'an OBJ data URI',
      `data:application/octet-stream;base64,${Buffer.from('v 0 0 0\n').toString('base64')}`
    ]
  ])('refuses %s', async (_name, url) => {
    expectRejected(await post('/openapi/v1/rigging', { model_url: url }), /GLB only/)
  })

  it('accepts a GLB data URI and a .glb URL', async () => {
    await created('/openapi/v1/rigging', { model_url: GLB })
    await created('/openapi/v1/rigging', { model_url: 'https://example.com/hero.glb' })
  })
})

describe('prompt limits', () => {
  const long = 'x'.repeat(800)
  it('600 characters on 3D and texture/style prompts', async () => {
    expectRejected(await post(T3D, { mode: 'preview', prompt: long }), /too long/)
    const rtx = { model_url: GLB, text_style_prompt: long }
    expectRejected(await post('/openapi/v1/retexture', rtx), /too long/)
  })

  it('none documented on text-to-image and image-to-image', async () => {
    await created('/openapi/v1/text-to-image', { ai_model: 'nano-banana', prompt: long })
    await created('/openapi/v1/image-to-image', {
      ai_model: 'nano-banana',
      prompt: long,
      reference_image_urls: [PNG]
    })
  })
})

describe('untextured image-to-3d', () => {
  it.each(['texture_prompt', 'enable_pbr', 'texture_resolution', 'texture_image_url'])(
    'should_texture: false refuses %s',
    async field => {
      const value = field === 'enable_pbr' ? false : field === 'texture_resolution' ? '2k' : PNG
      const body = { image_url: PNG, should_texture: false, [field]: value }
      expectRejected(await post('/openapi/v1/image-to-3d', body), new RegExp(field))
      const multi = { image_urls: [PNG], should_texture: false, [field]: value }
      expectRejected(await post('/openapi/v1/multi-image-to-3d', multi), new RegExp(field))
    }
  )
})

describe('task sources', () => {
  it('retexture: preview, refine, image-to-3d, remesh; remesh: preview, refine, image-to-3d, retexture', async () => {
    const multi = await succeeded('/openapi/v1/multi-image-to-3d', { image_urls: [PNG] })
    const image = await succeeded('/openapi/v1/image-to-3d', { image_url: PNG })
    const remesh = await succeeded('/openapi/v1/remesh', { input_task_id: image })
    const retexture = await succeeded('/openapi/v1/retexture', {
      input_task_id: remesh,
      text_style_prompt: 'oak'
    })
    const rtx = (source: string) =>
      post('/openapi/v1/retexture', { input_task_id: source, text_style_prompt: 'oak' })
    const rem = (source: string) => post('/openapi/v1/remesh', { input_task_id: source })
    expectRejected(await rtx(multi), /multi-image-to-3d/)
    expectRejected(await rtx(retexture), /retexture/)
    expectRejected(await rem(multi), /multi-image-to-3d/)
    expectRejected(await rem(remesh), /remesh/)
    await created('/openapi/v1/remesh', { input_task_id: retexture })
  })
})

describe('task outcomes and charges', () => {
  it('a CANCELED task carries a task_error of a documented type', async () => {
    fake.outcome({ status: 'CANCELED' })
    const id = await succeeded(T3D, { mode: 'preview', prompt: 'a lamp' })
    const task = json<{ status: string; task_error: { type: string; message: string } }>(
      await call(`${fake.url}${T3D}/${id}`)
    )
    expect(task.status).toBe('CANCELED')
    expect(TASK_ERROR_TYPES).toContain(task.task_error.type)
    expect(task.task_error.message).not.toBe('')
  })

  it.each<[string, string, Record<string, unknown>, number]>([
    ['image-to-3d', 'image-to-3d', { image_url: PNG, texture_resolution: '8k' }, 35],
    ['multi-image-to-3d', 'multi-image-to-3d', { image_urls: [PNG], texture_resolution: '8k' }, 35],
    [
      'retexture',
      'retexture',
      { model_url: GLB, text_style_prompt: 'x', texture_resolution: '8k' },
      15
    ],
    ['text-to-3d', 'text-to-3d-preview', { mode: 'preview', prompt: 'x', ai_model: 'meshy-5' }, 5]
  ])('charges %s from the price table (%s)', async (resource, type, body, credits) => {
    const path = resource === 'text-to-3d' ? T3D : `/openapi/v1/${resource}`
    const id = await succeeded(path, body)
    const task = json<{ consumed_credits: number }>(await call(`${fake.url}${path}/${id}`))
    expect(task.consumed_credits).toBe(credits)
    expect(creditsFor(type, body)).toBe(credits)
  })
})
