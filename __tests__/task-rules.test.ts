// The catalogue's task rules as the action applies them before any request: refine ai_model,
// rigging GLB only, prompt limits per task, untextured image-to-3d (docs/meshy-rules.md).
import { realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildTaskSpec, type RawTaskInputs } from '../src/config/task-spec.js'
import { ConfigurationError } from '../src/core/errors.js'
import { kindOf } from '../src/tasks/catalogue.js'
import { tinyGlb, tinyPng } from './harness/fixtures.js'
import { removeTempDir, tempDir } from './harness/temp-dirs.js'

let ws: string
beforeAll(() => {
  ws = realpathSync(tempDir('rules-ws'))
  writeFileSync(join(ws, 'hero.glb'), tinyGlb())
  writeFileSync(join(ws, 'hero.obj'), '# obj\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n')
  writeFileSync(join(ws, 'hero.stl'), 'solid hero\nendsolid hero\n')
  writeFileSync(join(ws, 'a.png'), tinyPng())
})
afterAll(() => removeTempDir(ws))

const build = (raw: RawTaskInputs) => buildTaskSpec(raw, { workspace: ws, baseDir: ws })

function configError(raw: RawTaskInputs): ConfigurationError {
  try {
    build(raw)
  } catch (err) {
    if (err instanceof ConfigurationError) return err
    throw err
  }
  throw new Error('expected a ConfigurationError')
}

function oneBody(raw: RawTaskInputs): Record<string, unknown> {
  const spec = build({ task: 'text-to-3d', prompt: 'a cup', ...raw })
  const steps = kindOf('text-to-3d').steps(spec)
  expect(steps).toHaveLength(1)
  return steps[0].body()
}

describe('text-to-3d on API v2', () => {
  test.each(['meshy-6', 'meshy-7.1', 'meshy-t2', 'latest'])('ai_model %s is sent as set', model => {
    expect(oneBody({ 'ai-model': model }).ai_model).toBe(model)
  })

  test('v1 fields v2 refuses fail before any request, naming what replaces them', () => {
    expect(
      configError({ task: 'text-to-3d', prompt: 'x', params: '{"mode":"preview"}' }).message
    ).toMatch(/mode stop on 15 March 2027/)
    const smart = configError({
      task: 'image-to-3d',
      image: 'a.png',
      params: '{"model_type":"lowpoly"}'
    })
    expect(smart.input).toBe('params')
    expect(smart.message).toMatch(/meshy-t2\.5/)
    const retex = configError({
      task: 'retexture',
      model: 'hero.glb',
      prompt: 'x',
      params: '{"text_style_prompt":"x"}'
    })
    expect(retex.message).toMatch(/texture_prompt/)
    const remesh = configError({
      task: 'remesh',
      model: 'hero.glb',
      params: '{"resize_height":null}'
    })
    expect(remesh.message).toMatch(/even as null/)
  })

  test('a mesh only takes no texture options; texture_prompt and texture_image_url exclude each other', () => {
    expect(
      configError({ task: 'text-to-3d', prompt: 'x', refine: 'false', 'texture-model': 'meshy-n1' })
        .input
    ).toBe('texture-model')
    expect(
      configError({ task: 'text-to-3d', prompt: 'x', refine: 'false', 'texture-prompt': 'oak' })
        .input
    ).toBe('texture-prompt')
    const both = configError({
      task: 'text-to-3d',
      prompt: 'x',
      'texture-prompt': 'oak',
      params: '{"texture_image_url":"https://example.com/t.png"}'
    })
    expect(both.message).toMatch(/parameters_conflict/)
  })

  test('texture-model is taken only where the task textures', () => {
    expect(
      configError({ task: 'remesh', model: 'hero.glb', 'texture-model': 'meshy-7' }).message
    ).toMatch(/remesh does not take a texture-model/)
    expect(
      build({ task: 'retexture', model: 'hero.glb', prompt: 'x', 'texture-model': 'meshy-n1' })
        .textureModel
    ).toBe('meshy-n1')
  })
})

describe('rigging takes a GLB only', () => {
  test.each([
    ['a workspace OBJ', 'hero.obj'],
    ['a workspace STL', 'hero.stl'],
    ['an FBX URL', 'https://example.com/models/hero.fbx'],
    ['a glTF URL', 'https://example.com/models/hero.gltf?sig=abc'],
    [
      'an OBJ data URI',
      `data:model/obj;base64,${Buffer.from('v 0 0 0\nf 1 1 1\n').toString('base64')}`
    ]
  ])('%s is a config error naming model', (_name, model) => {
    const err = configError({ task: 'rigging', model })
    expect(err.input).toBe('model')
    expect(err.message).toMatch(/GLB model only/)
  })

  test('a workspace GLB and a .glb URL are fine', () => {
    expect(build({ task: 'rigging', model: 'hero.glb' }).model?.value).toMatch(/^data:/)
    expect(build({ task: 'rigging', model: 'https://example.com/hero.glb' }).model?.value).toBe(
      'https://example.com/hero.glb'
    )
  })

  test('other model tasks still take OBJ', () => {
    expect(build({ task: 'remesh', model: 'hero.obj' }).model).toBeDefined()
  })
})

describe('prompt limits', () => {
  const long = 'x'.repeat(900)
  test.each([
    ['text-to-image', {}],
    ['image-to-image', { image: 'a.png' }]
  ])('%s takes a prompt over 600 characters', (task, extra) => {
    expect(build({ task, prompt: long, ...extra }).prompt).toHaveLength(900)
  })

  test.each<[string, RawTaskInputs, string]>([
    ['text-to-3d prompt', { task: 'text-to-3d', prompt: long }, 'prompt'],
    [
      'image-to-3d texture prompt',
      { task: 'image-to-3d', image: 'a.png', 'texture-prompt': long },
      'texture-prompt'
    ],
    ['retexture style prompt', { task: 'retexture', model: 'hero.glb', prompt: long }, 'prompt'],
    [
      'text-to-texture prompt',
      { task: 'text-to-texture', model: 'hero.glb', prompt: long },
      'prompt'
    ]
  ])('%s stops at 600', (_name, raw, input) => {
    const err = configError(raw)
    expect(err.input).toBe(input)
    expect(err.message).toMatch(/at most 600/)
  })
})

describe('untextured image-to-3d', () => {
  test.each<[string, RawTaskInputs, string]>([
    ['texture-prompt', { 'texture-prompt': 'oak' }, 'texture-prompt'],
    ['enable_pbr', { params: '{"should_texture":false,"enable_pbr":true}' }, 'params'],
    [
      'texture_resolution',
      { params: '{"should_texture":false,"texture_resolution":"4k"}' },
      'params'
    ],
    [
      'texture_image_url',
      { params: '{"should_texture":false,"texture_image_url":"https://example.com/t.png"}' },
      'params'
    ]
  ])('should_texture: false with %s is a config error', (_name, extra, input) => {
    for (const task of ['image-to-3d', 'multi-image-to-3d']) {
      const err = configError({
        task,
        image: 'a.png',
        params: '{"should_texture":false}',
        ...extra
      })
      expect(err.input).toBe(input)
      expect(err.message).toMatch(/should_texture/)
    }
  })

  test('should_texture: false alone is fine', () => {
    const spec = build({ task: 'image-to-3d', image: 'a.png', params: '{"should_texture":false}' })
    expect(spec.params).toEqual({ should_texture: false })
  })
})
