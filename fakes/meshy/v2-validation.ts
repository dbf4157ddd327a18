// Meshy API v2's request rules as its pages document them (docs/meshy-rules.md): a field a route
// does not define is 400, so are v1 names it replaced (even as null), conflicting fields,
// retired models, and `mode` on text-to-3d once v1 is switched off. Field lists are the fake's
// own reading of Meshy's pages, not the action's catalogue, so a test catches the action
// sending something Meshy would refuse.
import { findModel, lifecycle, type ModelRole } from '../../src/tasks/models.js'
import {
  IMAGE_AI_MODELS,
  IMAGE_TASK_TYPES,
  MODEL_TASK_TYPES,
  V2_REMESH_SOURCE_TYPES,
  V2_RETEXTURE_SOURCE_TYPES,
  type V2Route
} from './catalog.js'
import { common, inputTask, type Rejection, type TaskLookup } from './validation.js'
import { PIPELINE_CHECKS, PIPELINE_FIELDS } from './v2-pipeline.js'

type Body = Record<string, unknown>

export interface V2Context {
  lookup: TaskLookup
  /** Real ms: which models are retired. */
  today: number
  /** false: requests with `mode` are refused, as from 15 March 2027. */
  v1: boolean
}

const bad = (code: string, message: string): Rejection => ({
  status: 400,
  message,
  code,
  type: 'invalid_input'
})

const GENERATION = [
  'ai_model',
  'target_formats',
  'should_texture',
  'texture_model',
  'texture_prompt',
  'texture_image_url',
  'enable_pbr',
  'texture_resolution',
  'remove_lighting',
  'geometry_resolution',
  'should_remesh',
  'topology',
  'target_polycount',
  'decimation_mode',
  'symmetry_mode',
  'pose_mode',
  'seed',
  'moderation'
]
const TEXTURE_OPTIONS = [
  'texture_model',
  'texture_prompt',
  'texture_image_url',
  'enable_pbr',
  'texture_resolution'
]
const TEXTURE_MODELS = ['meshy-7', 'meshy-n1', 'meshy-6-lite']

const FIELDS: Record<V2Route, readonly string[]> = {
  '/openapi/v2/text-to-3d': ['prompt', 'mode', 'preview_task_id', ...GENERATION],
  '/openapi/v2/image-to-3d': ['image_url', 'input_task_id', ...GENERATION],
  '/openapi/v2/multi-image-to-3d': [
    'image_urls',
    'input_task_id',
    'texture_image_urls',
    ...GENERATION
  ],
  '/openapi/v2/retexture': [
    'input_task_id',
    'model_url',
    'texture_model',
    'texture_prompt',
    'texture_image_url',
    'uv_mode',
    'texture_resolution',
    'target_formats',
    'enable_pbr',
    'remove_lighting'
  ],
  '/openapi/v2/remesh': [
    'input_task_id',
    'model_url',
    'target_formats',
    'topology',
    'target_polycount'
  ],
  '/openapi/v2/rigging': ['input_task_id', 'model_url', 'height_meters', 'skeleton_template'],
  '/openapi/v2/animations': [
    'rig_task_id',
    'action_id',
    'action_ids',
    'motion_task_id',
    'post_process'
  ],
  '/openapi/v2/text-to-image': ['ai_model', 'prompt', 'aspect_ratio', 'generate_multi_view'],
  '/openapi/v2/image-to-image': ['ai_model', 'prompt', 'reference_image_urls', 'input_task_id'],
  ...PIPELINE_FIELDS
}

export function validateV2(route: V2Route, body: Body, ctx: V2Context): Rejection | undefined {
  const unknown = Object.keys(body).find(key => !FIELDS[route].includes(key))
  if (unknown !== undefined) return bad('unknown_parameter', `Unknown parameter: ${unknown}`)
  const limited = !route.endsWith('-image') // image routes document no prompt limit
  return common(body, limited) ?? retired(body, ctx.today) ?? CHECKS[route](body, ctx)
}

function present(body: Body, field: string): boolean {
  return body[field] !== undefined && body[field] !== null && body[field] !== ''
}

function retired(body: Body, today: number): Rejection | undefined {
  for (const role of ['ai_model', 'texture_model'] as ModelRole[]) {
    const name = body[role]
    if (typeof name !== 'string') continue
    const life = lifecycle(findModel(role, name), today)
    if (life.state === 'retired') {
      return bad('model_retired', `${role} ${name} was retired on ${life.date}`)
    }
  }
  return undefined
}

function oneSource(body: Body, field: string): Rejection | undefined {
  if (present(body, 'input_task_id') && present(body, field)) {
    return bad('parameters_conflict', `input_task_id and ${field} cannot both be sent`)
  }
  return present(body, 'input_task_id') || present(body, field)
    ? undefined
    : bad('missing_parameter', `Missing ${field} or input_task_id`)
}

/** A textured request names its texture model; a mesh-only one takes no texture option. */
function texturing(body: Body, models = TEXTURE_MODELS): Rejection | undefined {
  if (present(body, 'texture_prompt') && present(body, 'texture_image_url')) {
    return bad('parameters_conflict', 'texture_prompt and texture_image_url are mutually exclusive')
  }
  if (body.should_texture === false) {
    const given = TEXTURE_OPTIONS.find(field => body[field] !== undefined)
    return given
      ? bad('parameters_conflict', `${given} requires should_texture to be true`)
      : undefined
  }
  if (!present(body, 'texture_model'))
    return bad('missing_parameter', 'texture_model is required for a textured model')
  return models.includes(String(body.texture_model))
    ? undefined
    : bad('invalid_parameter', `Invalid texture_model: ${String(body.texture_model)}`)
}

function textTo3d(body: Body, ctx: V2Context): Rejection | undefined {
  if (body.mode !== undefined) {
    if (!ctx.v1)
      return bad('invalid_parameter', 'mode is no longer supported: create the model in one call')
    return undefined // the v1-era two-step form: validation.ts checks it
  }
  if (!present(body, 'prompt')) return bad('missing_parameter', 'Missing prompt')
  return texturing(body)
}

function fromImages(body: Body, ctx: V2Context, field: string, models?: string[]) {
  const problem = oneSource(body, field) ?? texturing(body, models)
  if (problem || !present(body, 'input_task_id')) return problem
  return inputTask(body.input_task_id, 'input_task_id', IMAGE_TASK_TYPES, ctx.lookup)
}

function multiImage(body: Body, ctx: V2Context): Rejection | undefined {
  const urls = body.image_urls
  if (
    !present(body, 'input_task_id') &&
    (!Array.isArray(urls) || urls.length < 1 || urls.length > 4)
  ) {
    return bad('invalid_parameter', 'image_urls must hold 1 to 4 images')
  }
  return fromImages(body, ctx, 'image_urls', ['meshy-7', 'meshy-n1'])
}

function modelInput(body: Body, ctx: V2Context, sources: string[]): Rejection | undefined {
  const problem = oneSource(body, 'model_url')
  if (problem || !present(body, 'input_task_id')) return problem
  return inputTask(body.input_task_id, 'input_task_id', sources, ctx.lookup)
}

function retexture(body: Body, ctx: V2Context): Rejection | undefined {
  const style = present(body, 'texture_prompt') || present(body, 'texture_image_url')
  return (
    modelInput(body, ctx, V2_RETEXTURE_SOURCE_TYPES) ??
    (style ? undefined : bad('missing_parameter', 'Missing texture_prompt or texture_image_url')) ??
    texturing(body)
  )
}

function animation(body: Body, ctx: V2Context): Rejection | undefined {
  if (!present(body, 'rig_task_id')) return bad('missing_parameter', 'Missing rig_task_id')
  const chosen = ['action_id', 'action_ids', 'motion_task_id'].filter(f => body[f] !== undefined)
  if (chosen.length === 0) return bad('missing_parameter', 'action_id is required')
  if (chosen.length > 1) return bad('parameters_conflict', `Send one of ${chosen.join(', ')}`)
  if (body.action_id !== undefined && !Number.isInteger(body.action_id))
    return bad('invalid_parameter', 'Invalid action_id')
  if (body.motion_task_id !== undefined) {
    // A text-to-motion clip plays on the rig (Meshy's text-to-motion page).
    const problem = inputTask(body.motion_task_id, 'motion_task_id', ['text-to-motion'], ctx.lookup)
    if (problem) return problem
  }
  const found = ctx.lookup(String(body.rig_task_id))
  if (!found)
    return {
      status: 404,
      message: `Task not found: ${String(body.rig_task_id)}`,
      code: 'not_found',
      type: 'not_found'
    }
  if (found.task.type !== 'rig')
    return bad('input_task_unsupported', 'rig_task_id must name a rigging task')
  return found.status === 'SUCCEEDED'
    ? undefined
    : bad('input_task_not_ready', `The rigging task is ${found.status}`)
}

function rigging(body: Body, ctx: V2Context): Rejection | undefined {
  const height = body.height_meters
  if (height !== undefined && !(typeof height === 'number' && height > 0)) {
    return bad('invalid_parameter', 'height_meters must be a positive number')
  }
  return modelInput(body, ctx, MODEL_TASK_TYPES)
}

function imageModel(body: Body): Rejection | undefined {
  if (!present(body, 'ai_model')) return bad('missing_parameter', 'Missing ai_model')
  if (!IMAGE_AI_MODELS.includes(body.ai_model as string))
    return bad('invalid_parameter', `Invalid ai_model: ${String(body.ai_model)}`)
  return present(body, 'prompt') ? undefined : bad('missing_parameter', 'Missing prompt')
}

function imageToImage(body: Body, ctx: V2Context): Rejection | undefined {
  const refs = body.reference_image_urls
  if (present(body, 'input_task_id'))
    return (
      imageModel(body) ??
      inputTask(body.input_task_id, 'input_task_id', IMAGE_TASK_TYPES, ctx.lookup)
    )
  if (!Array.isArray(refs) || refs.length < 1 || refs.length > 5)
    return bad('invalid_parameter', 'reference_image_urls must hold 1 to 5 images')
  return imageModel(body)
}

const CHECKS: Record<V2Route, (body: Body, ctx: V2Context) => Rejection | undefined> = {
  '/openapi/v2/text-to-3d': textTo3d,
  '/openapi/v2/image-to-3d': (body, ctx) => fromImages(body, ctx, 'image_url'),
  '/openapi/v2/multi-image-to-3d': multiImage,
  '/openapi/v2/retexture': retexture,
  '/openapi/v2/remesh': (body, ctx) => modelInput(body, ctx, V2_REMESH_SOURCE_TYPES),
  '/openapi/v2/rigging': rigging,
  '/openapi/v2/animations': animation,
  '/openapi/v2/text-to-image': imageModel,
  '/openapi/v2/image-to-image': imageToImage,
  ...PIPELINE_CHECKS
}
