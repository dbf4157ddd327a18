// The catalogue: request bodies per task type, refine chaining, params merge, result files and
// credit estimates. Specs are built by hand so each case shows exactly what goes in.
import { blankSpec } from '../src/config/task-spec.js'
import type { TaskSpec } from '../src/config/types.js'
import type { MeshyTask } from '../src/meshy/types.js'
import {
  assetsOf,
  CATALOGUE,
  kindForMeshyType,
  kindOf,
  taskTypes,
  urlsOf
} from '../src/tasks/catalogue.js'
import { planTask } from '../src/plan/plan.js'
import { fieldsSetByInputs } from '../src/tasks/fields.js'

function spec(partial: Partial<TaskSpec> & Pick<TaskSpec, 'task'>): TaskSpec {
  const selection = { formats: ['glb' as const], formatsExplicit: false }
  return {
    ...blankSpec(partial.task, { ...selection, download: ['model', 'thumbnail'] }),
    ...partial
  }
}

const PNG_URI = 'data:image/png;base64,iVBORw0KGgo='
const GLB_URI = 'data:model/gltf-binary;base64,Z2xURg=='

function bodies(s: TaskSpec, previous?: MeshyTask) {
  return kindOf(s.task)
    .steps(s)
    .map(step => ({
      name: step.name,
      path: `${step.resource.version}/${step.resource.path}`,
      body: step.body(previous)
    }))
}

describe('request bodies', () => {
  test('text-to-3d: one v2 request, textured with a texture model, no mode', () => {
    const s = spec({
      task: 'text-to-3d',
      prompt: 'a chair',
      texturePrompt: 'oak',
      aiModel: 'meshy-6',
      formats: ['glb', 'usdz']
    })
    expect(bodies(s)).toEqual([
      {
        name: 'text-to-3d',
        path: 'v2/text-to-3d',
        body: {
          prompt: 'a chair',
          ai_model: 'meshy-6',
          should_texture: true,
          texture_model: 'meshy-7',
          texture_prompt: 'oak',
          target_formats: ['glb', 'usdz']
        }
      }
    ])
    const [step] = kindOf('text-to-3d').steps({ ...s, textureModel: 'meshy-n1' })
    expect(step.body().texture_model).toBe('meshy-n1')
  })

  test('text-to-3d: refine false is a mesh only; input-task-id textures that task by retexture', () => {
    expect(bodies(spec({ task: 'text-to-3d', prompt: 'x', refine: false }))).toEqual([
      {
        name: 'text-to-3d',
        path: 'v2/text-to-3d',
        body: { prompt: 'x', should_texture: false, target_formats: ['glb'] }
      }
    ])
    const mesh: MeshyTask = { id: 'mine-1', status: 'SUCCEEDED', input: { prompt: 'a stool' } }
    expect(bodies(spec({ task: 'text-to-3d', inputTaskId: 'mine-1' }), mesh)).toEqual([
      {
        name: 'texture',
        path: 'v2/retexture',
        body: {
          input_task_id: 'mine-1',
          texture_model: 'meshy-7',
          texture_prompt: 'a stool',
          target_formats: ['glb']
        }
      }
    ])
    const [step] = kindOf('text-to-3d').steps(spec({ task: 'text-to-3d', inputTaskId: 'mine-1' }))
    expect(step.readsInputTask).toBe(true)
  })

  test('text-to-3d: params go last into the one request', () => {
    const params = { target_polycount: 5000, enable_pbr: true, moderation: true }
    const [p] = kindOf('text-to-3d').steps(spec({ task: 'text-to-3d', prompt: 'x', params }))
    expect(p.body()).toEqual({
      prompt: 'x',
      should_texture: true,
      texture_model: 'meshy-7',
      target_formats: ['glb'],
      target_polycount: 5000,
      enable_pbr: true,
      moderation: true
    })
  })

  test('params may replace a defaulted field (target_formats, ai_model)', () => {
    const [p] = kindOf('text-to-3d').steps(
      spec({ task: 'text-to-3d', prompt: 'x', params: { target_formats: ['fbx'] } })
    )
    expect(p.body().target_formats).toEqual(['fbx'])
    const [i] = kindOf('text-to-image').steps(
      spec({ task: 'text-to-image', prompt: 'x', params: { ai_model: 'gpt-image-2' } })
    )
    expect(i.body().ai_model).toBe('gpt-image-2')
  })

  test.each<[string, TaskSpec, string, Record<string, unknown>]>([
    [
      'image-to-3d from an image',
      spec({ task: 'image-to-3d', images: [{ value: PNG_URI }], texturePrompt: 'shiny' }),
      'v2/image-to-3d',
      {
        image_url: PNG_URI,
        texture_model: 'meshy-7',
        texture_prompt: 'shiny',
        target_formats: ['glb']
      }
    ],
    [
      'image-to-3d from a task',
      spec({ task: 'image-to-3d', inputTaskId: 't2i-1', aiModel: 'meshy-7' }),
      'v2/image-to-3d',
      {
        input_task_id: 't2i-1',
        ai_model: 'meshy-7',
        texture_model: 'meshy-7',
        target_formats: ['glb']
      }
    ],
    [
      'multi-image-to-3d',
      spec({
        task: 'multi-image-to-3d',
        images: [{ value: PNG_URI }, { value: 'https://x.test/b.png' }]
      }),
      'v2/multi-image-to-3d',
      {
        image_urls: [PNG_URI, 'https://x.test/b.png'],
        texture_model: 'meshy-7',
        target_formats: ['glb']
      }
    ],
    [
      'text-to-texture is Retexture with a text style',
      spec({ task: 'text-to-texture', prompt: 'red', model: { value: GLB_URI } }),
      'v2/retexture',
      {
        model_url: GLB_URI,
        texture_prompt: 'red',
        texture_model: 'meshy-7',
        target_formats: ['glb']
      }
    ],
    [
      'retexture with an image style on a task',
      spec({ task: 'retexture', inputTaskId: 'src-1', images: [{ value: PNG_URI }] }),
      'v2/retexture',
      {
        input_task_id: 'src-1',
        texture_image_url: PNG_URI,
        texture_model: 'meshy-7',
        target_formats: ['glb']
      }
    ],
    [
      'remesh keeps blend',
      spec({
        task: 'remesh',
        model: { value: GLB_URI },
        formats: ['blend', 'fbx'],
        params: { topology: 'quad' }
      }),
      'v2/remesh',
      { model_url: GLB_URI, target_formats: ['blend', 'fbx'], topology: 'quad' }
    ],
    [
      'rigging sends no target_formats',
      spec({
        task: 'rigging',
        inputTaskId: 'refine-1',
        formats: ['glb', 'fbx'],
        params: { height_meters: 1.8 }
      }),
      'v2/rigging',
      { input_task_id: 'refine-1', height_meters: 1.8 }
    ],
    [
      'animation',
      spec({ task: 'animation', inputTaskId: 'rig-1', actionId: 92 }),
      'v2/animations',
      { rig_task_id: 'rig-1', action_id: 92 }
    ],
    [
      'animation with action 0',
      spec({ task: 'animation', inputTaskId: 'rig-1', actionId: 0 }),
      'v2/animations',
      { rig_task_id: 'rig-1', action_id: 0 }
    ],
    [
      'text-to-image needs an ai_model',
      spec({ task: 'text-to-image', prompt: 'a cat' }),
      'v2/text-to-image',
      { ai_model: 'nano-banana', prompt: 'a cat' }
    ],
    [
      'image-to-image',
      spec({
        task: 'image-to-image',
        prompt: 'winter',
        aiModel: 'nano-banana-pro',
        images: [{ value: PNG_URI }]
      }),
      'v2/image-to-image',
      { ai_model: 'nano-banana-pro', prompt: 'winter', reference_image_urls: [PNG_URI] }
    ]
  ])('%s', (_name, s, path, body) => {
    expect(bodies(s)).toEqual([{ name: s.task, path, body }])
  })

  test('text-to-3d drops formats its endpoint cannot build', () => {
    const [p] = kindOf('text-to-3d').steps(
      spec({ task: 'text-to-3d', prompt: 'x', formats: ['glb', 'blend'] })
    )
    expect(p.body().target_formats).toEqual(['glb'])
  })
})

describe('catalogue tables', () => {
  test('one entry per task type, each naming its task', () => {
    expect(taskTypes()).toEqual(Object.keys(CATALOGUE))
    for (const task of taskTypes()) expect(kindOf(task).task).toBe(task)
  })

  test('every create goes to a v2 route, and Meshy task types find their kind', () => {
    const paths = Object.values(CATALOGUE).map(k => `${k.resource.version}/${k.resource.path}`)
    expect(paths.every(p => p.startsWith('v2/'))).toBe(true)
    // v1-era two-step text-to-3d tasks (in users' lockfiles) still belong to text-to-3d.
    expect(kindForMeshyType('text-to-3d-refine')?.task).toBe('text-to-3d')
    expect(kindForMeshyType('text-to-3d')?.task).toBe('text-to-3d')
    expect(kindForMeshyType('rig')?.resource).toEqual({
      version: 'v2',
      path: 'rigging',
      type: 'rig'
    })
    expect(kindForMeshyType('animate')?.resource.path).toBe('animations')
    expect(kindForMeshyType('text-to-voxel')).toBeUndefined()
  })

  test('fieldsSetByInputs names the input behind each field', () => {
    const s = spec({
      task: 'text-to-3d',
      prompt: 'x',
      aiModel: 'meshy-6',
      formats: ['fbx'],
      formatsExplicit: true
    })
    expect(fieldsSetByInputs(s)).toEqual({
      prompt: 'prompt',
      ai_model: 'ai-model',
      should_texture: 'refine',
      target_formats: 'formats'
    })
    // The default texture model is not the user's: params may still set texture_model.
    expect(fieldsSetByInputs({ ...s, textureModel: 'meshy-n1' }).texture_model).toBe(
      'texture-model'
    )
    expect(fieldsSetByInputs(s).texture_model).toBeUndefined()
    expect(fieldsSetByInputs(spec({ task: 'text-to-image', prompt: 'x' }))).toEqual({
      prompt: 'prompt'
    })
  })
})

describe('estimates (credits)', () => {
  test.each<[string, TaskSpec, number]>([
    [
      'text-to-3d textured: preview + refine, never below',
      spec({ task: 'text-to-3d', prompt: 'x' }),
      30
    ],
    ['text-to-3d mesh only', spec({ task: 'text-to-3d', prompt: 'x', refine: false }), 20],
    ['texturing an existing mesh (retexture)', spec({ task: 'text-to-3d', inputTaskId: 'p' }), 10],
    [
      'smart topology (meshy-t2), textured',
      spec({ task: 'text-to-3d', prompt: 'x', aiModel: 'meshy-t2' }),
      15
    ],
    [
      'image-to-3d meshy-6-lite textured, as Meshy charges',
      spec({ task: 'image-to-3d', images: [{ value: PNG_URI }], aiModel: 'meshy-6-lite' }),
      15
    ],
    [
      '4k geometry, 8k textures',
      spec({
        task: 'text-to-3d',
        prompt: 'x',
        params: { geometry_resolution: '4k', texture_resolution: '8k' }
      }),
      40
    ],
    ['image-to-3d textured', spec({ task: 'image-to-3d', images: [{ value: PNG_URI }] }), 30],
    ['meshy-5 preview + refine', spec({ task: 'text-to-3d', prompt: 'x', aiModel: 'meshy-5' }), 15],
    [
      'an unknown preview model costs the most',
      spec({ task: 'text-to-3d', prompt: 'x', aiModel: 'meshy-9', refine: false }),
      20
    ],
    [
      'image-to-3d 8k textures',
      spec({
        task: 'image-to-3d',
        images: [{ value: PNG_URI }],
        params: { texture_resolution: '8k' }
      }),
      35
    ],
    [
      'image-to-3d meshy-5 textured',
      spec({ task: 'image-to-3d', images: [{ value: PNG_URI }], aiModel: 'meshy-5' }),
      15
    ],
    [
      'image-to-3d smart topology, 8k textures',
      spec({
        task: 'image-to-3d',
        images: [{ value: PNG_URI }],
        params: { model_type: 'smart-topology', texture_resolution: '8k' }
      }),
      20
    ],
    [
      'image-to-3d smart topology mesh only',
      spec({
        task: 'image-to-3d',
        images: [{ value: PNG_URI }],
        params: { model_type: 'smart-topology', should_texture: false }
      }),
      5
    ],
    [
      'an unknown image-to-3d model costs the most',
      spec({ task: 'image-to-3d', images: [{ value: PNG_URI }], aiModel: 'meshy-9' }),
      30
    ],
    [
      'multi-image 8k textures',
      spec({
        task: 'multi-image-to-3d',
        images: [{ value: PNG_URI }],
        params: { texture_resolution: '8k' }
      }),
      35
    ],
    [
      'retexture 8k textures',
      spec({
        task: 'retexture',
        prompt: 'x',
        inputTaskId: 't',
        params: { texture_resolution: '8k' }
      }),
      15
    ],
    [
      'multi-image mesh only',
      spec({
        task: 'multi-image-to-3d',
        images: [{ value: PNG_URI }],
        params: { should_texture: false }
      }),
      20
    ],
    ['text-to-texture', spec({ task: 'text-to-texture', prompt: 'x', inputTaskId: 't' }), 10],
    ['remesh', spec({ task: 'remesh', inputTaskId: 't' }), 5],
    ['rigging', spec({ task: 'rigging', inputTaskId: 't' }), 5],
    ['animation', spec({ task: 'animation', inputTaskId: 't', actionId: 1 }), 3],
    ['text-to-image default model', spec({ task: 'text-to-image', prompt: 'x' }), 3],
    [
      'text-to-image pro',
      spec({ task: 'text-to-image', prompt: 'x', aiModel: 'nano-banana-pro' }),
      9
    ],
    [
      'text-to-image model from params',
      spec({ task: 'text-to-image', prompt: 'x', params: { ai_model: 'nano-banana-2' } }),
      6
    ],
    [
      'an unknown image model costs the most',
      spec({ task: 'text-to-image', prompt: 'x', aiModel: 'future-model' }),
      9
    ],
    [
      'image-to-image gpt-image-2',
      spec({
        task: 'image-to-image',
        prompt: 'x',
        aiModel: 'gpt-image-2',
        images: [{ value: PNG_URI }]
      }),
      12
    ]
  ])('%s', (_name, s, credits) => {
    expect(planTask(s).estimate).toBe(credits)
  })
})

const url = (name: string) =>
  `https://assets.meshy.ai/u/tasks/t/output/${name}?Expires=1&Signature=s`

describe('result files', () => {
  const refine: MeshyTask = {
    id: 'r1',
    type: 'text-to-3d-refine',
    status: 'SUCCEEDED',
    model_urls: {
      glb: url('model.glb'),
      fbx: url('model.fbx'),
      obj: url('model.obj'),
      mtl: url('model.mtl'),
      usdz: ''
    },
    thumbnail_url: url('preview.png'),
    texture_urls: [{ base_color: url('texture_0.png'), normal: url('texture_0_normal.png') }]
  }

  test('a refined model: chosen formats (OBJ with its MTL), thumbnail and textures', () => {
    const refs = assetsOf(refine, ['glb', 'obj', 'usdz'], ['model', 'thumbnail', 'textures'])
    expect(refs.map(r => [r.kind, r.fileName, r.expect])).toEqual([
      ['model', 'model.glb', 'glb'],
      ['model', 'model.obj', undefined],
      ['model', 'model.mtl', undefined],
      ['thumbnail', 'thumbnail.png', 'png'],
      ['texture', 'texture-0-base_color.png', 'png'],
      ['texture', 'texture-0-normal.png', 'png']
    ])
    expect(refs[0].url).toBe(url('model.glb'))
  })

  test('download kinds select files; none selects nothing', () => {
    expect(assetsOf(refine, ['glb'], ['thumbnail']).map(r => r.fileName)).toEqual(['thumbnail.png'])
    expect(assetsOf(refine, ['glb'], [])).toEqual([])
  })

  const rig: MeshyTask = {
    id: 'rig1',
    type: 'rig',
    status: 'SUCCEEDED',
    result: {
      rigged_character_glb_url: url('Character_output.glb'),
      rigged_character_fbx_url: url('Character_output.fbx'),
      basic_animations: {
        walking_glb_url: url('Animation_Walking_withSkin.glb'),
        walking_fbx_url: url('Animation_Walking_withSkin.fbx'),
        walking_armature_glb_url: url('Animation_Walking_armature.glb'),
        running_glb_url: url('Animation_Running_withSkin.glb'),
        running_fbx_url: url('Animation_Running_withSkin.fbx'),
        running_armature_glb_url: url('Animation_Running_armature.glb')
      }
    }
  }

  test('a rig task: the rigged model and its free clips in the chosen formats', () => {
    expect(assetsOf(rig, ['glb'], ['model', 'animations']).map(r => [r.kind, r.fileName])).toEqual([
      ['model', 'rigged.glb'],
      ['animation', 'walking.glb'],
      ['animation', 'walking-armature.glb'],
      ['animation', 'running.glb'],
      ['animation', 'running-armature.glb']
    ])
    expect(assetsOf(rig, ['fbx'], ['model', 'animations']).map(r => r.fileName)).toEqual([
      'rigged.fbx',
      'walking.fbx',
      'running.fbx'
    ])
  })

  const animate: MeshyTask = {
    id: 'a1',
    type: 'animate',
    status: 'SUCCEEDED',
    result: {
      animation_glb_url: url('Animation.glb'),
      animation_fbx_url: url('Animation.fbx'),
      processed_usdz_url: url('Animation.usdz'),
      processed_armature_fbx_url: url('Armature.fbx'),
      processed_animation_fps_fbx_url: url('Animation_fps.fbx')
    }
  }

  test('an animate task: the clip as the model, post-processed files as animations, no duplicates', () => {
    expect(
      assetsOf(animate, ['glb', 'fbx', 'usdz'], ['model', 'animations']).map(r => [
        r.kind,
        r.fileName
      ])
    ).toEqual([
      ['model', 'animation.glb'],
      ['model', 'animation.fbx'],
      ['model', 'animation.usdz'],
      ['animation', 'animation-armature.fbx'],
      ['animation', 'animation-fps.fbx']
    ])
  })

  test('images of text-to-image', () => {
    const t2i: MeshyTask = {
      id: 'i1',
      type: 'text-to-image',
      status: 'SUCCEEDED',
      image_urls: [url('0.png'), url('1.png')]
    }
    expect(
      assetsOf(t2i, ['glb'], ['model', 'thumbnail', 'images']).map(r => [r.fileName, r.expect])
    ).toEqual([
      ['image-0.png', 'image'],
      ['image-1.png', 'image']
    ])
  })

  test('for image tasks the default model download fetches the images', () => {
    const t2i: MeshyTask = {
      id: 'i2',
      type: 'text-to-image',
      status: 'SUCCEEDED',
      model_urls: {},
      image_urls: [url('0.png')]
    }
    expect(assetsOf(t2i, ['glb'], ['model', 'thumbnail']).map(r => r.fileName)).toEqual([
      'image-0.png'
    ])
    expect(assetsOf(t2i, ['glb'], ['thumbnail'])).toEqual([])
    expect(assetsOf(refine, ['glb'], ['model']).map(r => r.kind)).toEqual(['model'])
  })

  test('a failed task has no files', () => {
    const failed: MeshyTask = {
      id: 'f',
      status: 'FAILED',
      model_urls: {},
      task_error: { message: 'x' }
    }
    expect(
      assetsOf(failed, ['glb'], ['model', 'thumbnail', 'textures', 'images', 'animations'])
    ).toEqual([])
  })

  test('urlsOf: every model URL, the first chosen format that exists, and rig results', () => {
    const u = urlsOf(refine, ['usdz', 'fbx', 'glb'])
    expect(u.modelUrls).toEqual({
      glb: url('model.glb'),
      fbx: url('model.fbx'),
      obj: url('model.obj'),
      mtl: url('model.mtl')
    })
    expect(u.modelUrl).toBe(url('model.fbx'))
    expect(u.thumbnailUrl).toBe(url('preview.png'))
    expect(u.textureUrls).toEqual(refine.texture_urls)
    expect(u.imageUrls).toEqual([])
    const r = urlsOf(rig, ['glb'])
    expect(r.modelUrls).toEqual({
      glb: url('Character_output.glb'),
      fbx: url('Character_output.fbx')
    })
    expect(r.modelUrl).toBe(url('Character_output.glb'))
    expect(urlsOf({ id: 'x', status: 'PENDING' }, ['glb']).modelUrl).toBe('')
  })
})

test('each catalogue entry sends its steps to its own resource', () => {
  for (const kind of Object.values(CATALOGUE)) {
    const steps = kind.steps(spec({ task: kind.task, prompt: 'x', inputTaskId: 'abc' }))
    // text-to-3d textures an earlier model through retexture (v2 has no refine of it).
    const own = kind.task === 'text-to-3d' ? kindOf('retexture').resource : kind.resource
    expect(steps.at(-1)?.resource).toEqual(own)
  }
})
