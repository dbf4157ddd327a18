// The catalogue's task rules as the action applies them before any request: refine ai_model,
// rigging GLB only, prompt limits per task, untextured image-to-3d (docs/meshy-rules.md).
import { realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildTaskSpec, type RawTaskInputs } from '../src/config/task-spec.js'
import { ConfigurationError } from '../src/errors.js'
import type { MeshyTask } from '../src/meshy/types.js'
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

const preview: MeshyTask = { id: 'p1', status: 'SUCCEEDED', type: 'text-to-3d-preview' }

function refineBody(raw: RawTaskInputs): Record<string, unknown> {
  const spec = build({ task: 'text-to-3d', prompt: 'a cup', ...raw })
  const steps = kindOf('text-to-3d').steps(spec)
  return steps[steps.length - 1].body(preview)
}

describe('refine ai_model', () => {
  test.each(['meshy-5', 'meshy-6', 'meshy-7', 'latest'])('%s is sent to refine too', model => {
    expect(refineBody({ 'ai-model': model }).ai_model).toBe(model)
  })

  test.each(['meshy-t2', 'meshy-t2.5', 'meshy-6-lite', 'meshy-7.1'])(
    '%s goes to the preview only; refine inherits',
    model => {
      const spec = build({ task: 'text-to-3d', prompt: 'a cup', 'ai-model': model })
      const [p, r] = kindOf('text-to-3d').steps(spec)
      expect(p.body().ai_model).toBe(model)
      expect(r.body(preview)).not.toHaveProperty('ai_model')
    }
  )

  test('a smart-topology preview is refined without ai_model, even latest', () => {
    const body = refineBody({ 'ai-model': 'latest', params: '{"model_type":"smart-topology"}' })
    expect(body).not.toHaveProperty('ai_model')
  })

  test('ai_model set through params is filtered the same way', () => {
    expect(refineBody({ params: '{"ai_model":"meshy-t2"}' })).not.toHaveProperty('ai_model')
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
