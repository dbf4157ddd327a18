// Request validation of v1's routes as Meshy did it: 400 {"message"} for bad input, 404 for an
// unknown referenced task; unknown extra fields were accepted. The checks every route shares
// (prompt lengths, enums, formats, media) serve v2 too (v2-validation.ts).

import {
  IMAGE_AI_MODELS,
  IMAGE_TASK_TYPES,
  MODEL_TASK_TYPES,
  REMESH_SOURCE_TYPES,
  RETEXTURE_SOURCE_TYPES,
  type ResourcePath
} from './catalog.js'
import type { FakeStatus, FakeTask } from './types.js'

export interface Rejection {
  status: number
  message: string
  /** v2's error code and type; v1 answered with the message alone. */
  code?: string
  type?: string
}

/** Looks up a referenced task and its current status. */
export type TaskLookup = (id: string) => { task: FakeTask; status: FakeStatus } | undefined

type Body = Record<string, unknown>
type Check = (body: Body, lookup: TaskLookup) => Rejection | undefined

const FORMATS = ['glb', 'obj', 'fbx', 'stl', 'usdz', '3mf', 'blend']
const ENUMS: Record<string, string[]> = {
  model_type: ['standard', 'smart-topology', 'lowpoly'],
  topology: ['quad', 'triangle'],
  texture_resolution: ['2k', '4k', '8k'],
  geometry_resolution: ['standard', '2k', '4k'],
  pose_mode: ['a-pose', 't-pose', ''],
  symmetry_mode: ['off', 'auto', 'on'],
  origin_at: ['bottom', 'center']
}
// The 600-character limit covers 3D prompts and texture/style prompts; text-to-image and
// image-to-image document none (docs/meshy-rules.md, "Prompt limits").
const LONG_TEXT = ['prompt', 'texture_prompt', 'text_style_prompt', 'negative_prompt']
const NO_PROMPT_LIMIT: readonly string[] = [
  '/openapi/v1/text-to-image',
  '/openapi/v1/image-to-image'
]
/** Refine's accepted ai_model values (docs/meshy-rules.md, "Refine ai_model"). */
const REFINE_AI_MODELS = ['meshy-6', 'meshy-7', 'meshy-7.1', 'latest']
/** Options an untextured image-to-3d refuses (docs/meshy-rules.md, "Untextured image-to-3d"). */
const TEXTURE_OPTIONS = ['texture_prompt', 'enable_pbr', 'texture_resolution', 'texture_image_url']
const MEDIA_FIELDS = ['image_url', 'texture_image_url', 'image_style_url', 'model_url']
const MEDIA_LISTS = [
  'image_urls',
  'texture_image_urls',
  'multiview_image_urls',
  'reference_image_urls'
]

const bad = (message: string): Rejection => ({ status: 400, message })

export function validate(
  resource: ResourcePath,
  body: Body,
  lookup: TaskLookup
): Rejection | undefined {
  return common(body, !NO_PROMPT_LIMIT.includes(resource)) ?? CHECKS[resource](body, lookup)
}

export function common(body: Body, limited: boolean): Rejection | undefined {
  for (const field of LONG_TEXT) {
    const value = body[field]
    if (value === undefined) continue
    if (typeof value !== 'string') return bad(`Invalid ${field}: must be a string`)
    if (limited && value.length > 600) return bad(`${field} is too long: maximum 600 characters`)
  }
  for (const [field, values] of Object.entries(ENUMS)) {
    if (body[field] !== undefined && !values.includes(body[field] as string)) {
      return bad(`Invalid ${field}: ${String(body[field])}`)
    }
  }
  return formatsCheck(body.target_formats) ?? mediaCheck(body)
}

function formatsCheck(formats: unknown): Rejection | undefined {
  if (formats === undefined) return undefined
  if (!Array.isArray(formats)) return bad('Invalid target_formats: must be an array')
  const wrong = formats.find(f => !FORMATS.includes(f as string))
  return wrong === undefined ? undefined : bad(`Invalid target_formats entry: ${String(wrong)}`)
}

function mediaCheck(body: Body): Rejection | undefined {
  for (const field of MEDIA_FIELDS) {
    if (body[field] !== undefined) {
      const problem = mediaProblem(body[field])
      if (problem) return bad(`Invalid ${field}: ${problem}`)
    }
  }
  for (const field of MEDIA_LISTS) {
    const list = body[field]
    if (list === undefined) continue
    if (!Array.isArray(list)) return bad(`Invalid ${field}: must be an array`)
    const problem = list.map(mediaProblem).find(Boolean)
    if (problem) return bad(`Invalid ${field}: ${problem}`)
  }
  return undefined
}

/** A public URL or a base64 data URI; `data:` without a base64 payload is refused. */
function mediaProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'expected a URL or data URI'
  if (value.startsWith('data:')) {
    return /^data:[\w.+-]+\/[\w.+-]+(;[\w.+-]+=[\w.+-]+)*;base64,[A-Za-z0-9+/]+={0,2}$/.test(value)
      ? undefined
      : 'invalid data URI (expected data:<mime>;base64,<payload>)'
  }
  return /^https?:\/\/[^\s]+$/.test(value) ? undefined : 'unsupported URL'
}

function present(body: Body, field: string): boolean {
  return body[field] !== undefined && body[field] !== null && body[field] !== ''
}

/** A referenced task must exist (404), be SUCCEEDED and have an allowed type (400). */
export function inputTask(
  id: unknown,
  field: string,
  types: string[],
  lookup: TaskLookup
): Rejection | undefined {
  if (typeof id !== 'string') return bad(`Invalid ${field}`)
  const found = lookup(id)
  if (!found) return { status: 404, message: `Task not found: ${id}` }
  if (!types.includes(found.task.type)) {
    return bad(`Invalid ${field}: task type ${found.task.type} is not supported here`)
  }
  if (found.status !== 'SUCCEEDED') return bad(`Task ${id} is not ready (status ${found.status})`)
  return undefined
}

function needsOneOf(body: Body, fields: string[]): Rejection | undefined {
  return fields.some(f => present(body, f)) ? undefined : bad(`Missing ${fields.join(' or ')}`)
}

function textTo3d(body: Body, lookup: TaskLookup): Rejection | undefined {
  if (!present(body, 'mode')) return bad('Missing mode')
  if (body.mode === 'preview') return present(body, 'prompt') ? undefined : bad('Missing prompt')
  if (body.mode !== 'refine') return bad(`Invalid mode: ${String(body.mode)}`)
  if (!present(body, 'preview_task_id')) return bad('Missing preview_task_id')
  const problem = inputTask(body.preview_task_id, 'preview_task_id', ['text-to-3d-preview'], lookup)
  return problem ?? refineModel(body, lookup)
}

/** Refine takes only its own models; a smart-topology preview's refine takes none (inherits). */
function refineModel(body: Body, lookup: TaskLookup): Rejection | undefined {
  if (body.ai_model === undefined) return undefined
  const preview = lookup(String(body.preview_task_id))?.task
  if (preview?.body.model_type === 'smart-topology') {
    return bad(
      `Invalid ai_model: ${String(body.ai_model)}. A refine of a smart-topology preview inherits its model; omit ai_model`
    )
  }
  return REFINE_AI_MODELS.includes(String(body.ai_model))
    ? undefined
    : bad(
        `Invalid ai_model: ${String(body.ai_model)}. Refine accepts ${REFINE_AI_MODELS.join(', ')}`
      )
}

/** should_texture: false refuses every texture option. */
function untextured(body: Body): Rejection | undefined {
  if (body.should_texture !== false) return undefined
  const given = TEXTURE_OPTIONS.find(field => body[field] !== undefined)
  return given ? bad(`${given} requires should_texture to be true`) : undefined
}

function imageTo3d(body: Body, lookup: TaskLookup): Rejection | undefined {
  const texture = untextured(body)
  if (texture) return texture
  if (present(body, 'input_task_id')) {
    const problem = inputTask(body.input_task_id, 'input_task_id', IMAGE_TASK_TYPES, lookup)
    if (problem) return problem
    // Image-to-3d takes exactly one image; a multi-view image task has four.
    const source = lookup(body.input_task_id as string)?.task
    return source?.body.generate_multi_view === true
      ? bad('input_task_id must reference a task with exactly one image')
      : undefined
  }
  return needsOneOf(body, ['image_url', 'input_task_id'])
}

function multiImageTo3d(body: Body, lookup: TaskLookup): Rejection | undefined {
  const texture = untextured(body)
  if (texture) return texture
  if (present(body, 'input_task_id')) {
    return inputTask(body.input_task_id, 'input_task_id', IMAGE_TASK_TYPES, lookup)
  }
  const urls = body.image_urls
  if (!Array.isArray(urls) || urls.length < 1 || urls.length > 4) {
    return bad('image_urls must hold 1 to 4 images')
  }
  return undefined
}

function modelInput(body: Body, lookup: TaskLookup, sources: string[]): Rejection | undefined {
  if (present(body, 'input_task_id')) {
    return inputTask(body.input_task_id, 'input_task_id', sources, lookup)
  }
  return needsOneOf(body, ['model_url', 'input_task_id'])
}

function retexture(body: Body, lookup: TaskLookup): Rejection | undefined {
  return (
    modelInput(body, lookup, RETEXTURE_SOURCE_TYPES) ??
    needsOneOf(body, ['text_style_prompt', 'image_style_url', 'multiview_image_urls'])
  )
}

function rigging(body: Body, lookup: TaskLookup): Rejection | undefined {
  const height = body.height_meters
  if (height !== undefined && !(typeof height === 'number' && height > 0)) {
    return bad('height_meters must be a positive number')
  }
  return glbOnly(body.model_url) ?? modelInput(body, lookup, MODEL_TASK_TYPES)
}

/** Rigging reads a GLB only: a data URI must hold glTF binary, a URL must not name another type. */
function glbOnly(url: unknown): Rejection | undefined {
  if (typeof url !== 'string') return undefined
  const data = /^data:[^,]*;base64,(.*)$/s.exec(url)
  if (data) {
    const head = Buffer.from(data[1].slice(0, 8), 'base64').toString('latin1')
    return head.startsWith('glTF') ? undefined : bad('Invalid model_url: rigging accepts GLB only')
  }
  const ext = /\.([A-Za-z0-9]+)(?:[?#]|$)/.exec(url)?.[1]?.toLowerCase()
  return ext && ext !== 'glb' && ['gltf', 'obj', 'fbx', 'stl', 'usdz', 'blend'].includes(ext)
    ? bad(`Invalid model_url: rigging accepts GLB only, got .${ext}`)
    : undefined
}

function animation(body: Body, lookup: TaskLookup): Rejection | undefined {
  if (!present(body, 'rig_task_id')) return bad('Missing rig_task_id')
  if (!Number.isInteger(body.action_id)) return bad('Missing or invalid action_id')
  return inputTask(body.rig_task_id, 'rig_task_id', ['rig'], lookup)
}

function textToImage(body: Body): Rejection | undefined {
  if (!present(body, 'ai_model')) return bad('Missing ai_model')
  if (!IMAGE_AI_MODELS.includes(body.ai_model as string)) {
    return bad(`Invalid ai_model: ${String(body.ai_model)}`)
  }
  if (!present(body, 'prompt')) return bad('Missing prompt')
  if (body.generate_multi_view === true && body.aspect_ratio !== undefined) {
    return bad('aspect_ratio cannot be used with generate_multi_view')
  }
  return undefined
}

function imageToImage(body: Body): Rejection | undefined {
  const refs = body.reference_image_urls
  if (!Array.isArray(refs) || refs.length < 1 || refs.length > 5) {
    return textToImage(body) ?? bad('reference_image_urls must hold 1 to 5 images')
  }
  return textToImage(body)
}

const CHECKS: Record<ResourcePath, Check> = {
  '/openapi/v2/text-to-3d': textTo3d,
  '/openapi/v1/image-to-3d': imageTo3d,
  '/openapi/v1/multi-image-to-3d': multiImageTo3d,
  '/openapi/v1/remesh': (body, lookup) => modelInput(body, lookup, REMESH_SOURCE_TYPES),
  '/openapi/v1/retexture': retexture,
  '/openapi/v1/rigging': rigging,
  '/openapi/v1/animations': animation,
  '/openapi/v1/text-to-image': textToImage,
  '/openapi/v1/image-to-image': imageToImage
}
