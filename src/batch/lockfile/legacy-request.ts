// The requests release 1.0 sent on Meshy's API v1 (and text-to-3d's two-step v2 `mode`
// requests), frozen. Lockfiles written by that release hold hashes of these requests; a
// manifest asset whose v1-era hash still matches is unchanged, so the move to v2 regenerates
// (and pays for) nothing. Only the hash reads this file: nothing here is ever sent.
import type { TaskSpec } from '../../config/types.js'
import type { MeshyTask } from '../../meshy/types.js'

type Body = Record<string, unknown>

export interface LegacyStep {
  /** `v1/remesh`, `v2/text-to-3d`: as release 1.0 wrote it into the hash. */
  route: string
  body(previous?: MeshyTask): Body
}

const MESH = ['glb', 'obj', 'fbx', 'stl', 'usdz', '3mf']
const REMESH = ['glb', 'fbx', 'obj', 'usdz', 'blend', 'stl', '3mf']
// Release 1.0 sent fields only one text-to-3d mode knows to that mode alone.
const PREVIEW_ONLY = [
  'model_type',
  'should_remesh',
  'topology',
  'target_polycount',
  'decimation_mode',
  'pose_mode',
  'is_a_t_pose',
  'symmetry_mode',
  'art_style',
  'negative_prompt',
  'seed',
  'geometry_resolution',
  'ultra_mode'
]
const REFINE_ONLY = [
  'enable_pbr',
  'texture_resolution',
  'hd_texture',
  'texture_image_url',
  'remove_lighting'
]
const REFINE_MODELS = ['meshy-5', 'meshy-6', 'meshy-7', 'latest']

const opt = (key: string, value: string | undefined): Body => (value ? { [key]: value } : {})
const formats = (spec: TaskSpec, allowed: string[]): Body => {
  const chosen = spec.formats.filter(f => allowed.includes(f))
  return chosen.length > 0 ? { target_formats: chosen } : {}
}
const source = (spec: TaskSpec): Body =>
  spec.inputTaskId ? { input_task_id: spec.inputTaskId } : opt('model_url', spec.model?.value)
const withParams = (body: Body, params: Body, drop: string[] = []): Body => ({
  ...body,
  ...Object.fromEntries(Object.entries(params).filter(([k]) => !drop.includes(k)))
})

function textTo3d(spec: TaskSpec): LegacyStep[] {
  const common = { ...opt('ai_model', spec.aiModel), ...formats(spec, MESH) }
  const preview: LegacyStep = {
    route: 'v2/text-to-3d',
    body: () =>
      withParams({ mode: 'preview', prompt: spec.prompt, ...common }, spec.params, REFINE_ONLY)
  }
  const refine: LegacyStep = {
    route: 'v2/text-to-3d',
    body: previous => {
      const body = withParams(
        {
          mode: 'refine',
          preview_task_id: spec.inputTaskId || previous?.id,
          ...opt('texture_prompt', spec.texturePrompt),
          ...common
        },
        spec.params,
        PREVIEW_ONLY
      )
      const model = body.ai_model
      const smart = spec.params.model_type === 'smart-topology'
      if (model !== undefined && (smart || !REFINE_MODELS.includes(String(model))))
        delete body.ai_model
      return body
    }
  }
  if (spec.inputTaskId) return [refine]
  return spec.refine ? [preview, refine] : [preview]
}

const one = (route: string, body: (spec: TaskSpec) => Body) => (spec: TaskSpec) => [
  { route, body: () => withParams(body(spec), spec.params) }
]

const imageTo3d = (images: (spec: TaskSpec) => Body) => (spec: TaskSpec) => ({
  ...(spec.inputTaskId ? { input_task_id: spec.inputTaskId } : images(spec)),
  ...opt('texture_prompt', spec.texturePrompt),
  ...opt('ai_model', spec.aiModel),
  ...formats(spec, MESH)
})

const retexture = (spec: TaskSpec): Body => ({
  ...source(spec),
  ...(spec.prompt
    ? { text_style_prompt: spec.prompt }
    : opt('image_style_url', spec.images[0]?.value)),
  ...opt('ai_model', spec.aiModel),
  ...formats(spec, MESH)
})

const image = (spec: TaskSpec): Body => ({
  ai_model: spec.aiModel || 'nano-banana',
  prompt: spec.prompt
})

const LEGACY: Record<string, (spec: TaskSpec) => LegacyStep[]> = {
  'text-to-3d': textTo3d,
  'image-to-3d': one(
    'v1/image-to-3d',
    imageTo3d(s => opt('image_url', s.images[0]?.value))
  ),
  'multi-image-to-3d': one(
    'v1/multi-image-to-3d',
    imageTo3d(s => ({ image_urls: s.images.map(i => i.value) }))
  ),
  'text-to-texture': one('v1/retexture', retexture),
  retexture: one('v1/retexture', retexture),
  remesh: one('v1/remesh', s => ({ ...source(s), ...formats(s, REMESH) })),
  rigging: one('v1/rigging', source),
  animation: one('v1/animations', s => ({ rig_task_id: s.inputTaskId, action_id: s.actionId })),
  'text-to-image': one('v1/text-to-image', image),
  'image-to-image': one('v1/image-to-image', s => ({
    ...image(s),
    reference_image_urls: s.images.map(i => i.value)
  }))
}

/**
 * The requests release 1.0 would have sent for this spec, or undefined when the spec uses
 * something that release did not have (texture-model), or is a task type it did not know.
 */
export function legacySteps(spec: TaskSpec): LegacyStep[] | undefined {
  if (spec.textureModel) return undefined
  return LEGACY[spec.task]?.(spec)
}
