// The fake's reading of Meshy's v2 pipeline routes (convert, resize, UV unwrap, printability,
// text to motion; meshy-v2 reference §2.2): their fields and the rules their pages state. Its own
// reading, not the action's catalogue, so a test catches the action sending what Meshy refuses.
import {
  ANALYZE_SOURCE_TYPES,
  CONVERT_SOURCE_TYPES,
  REPAIR_SOURCE_TYPES,
  RESIZE_SOURCE_TYPES,
  UV_UNWRAP_SOURCE_TYPES
} from './catalog.js'
import { inputTask, type Rejection, type TaskLookup } from './validation.js'

type Body = Record<string, unknown>
type Check = (body: Body, ctx: { lookup: TaskLookup }) => Rejection | undefined

/**
 * UV unwrap's face cap. Meshy's v2 number is unconfirmed (v1-era notes: 40,000); the fake uses
 * that one and, like Meshy, names it in the 400.
 */
export const UV_UNWRAP_FACE_CAP = 40_000

const bad = (code: string, message: string): Rejection => ({
  status: 400,
  message,
  code,
  type: 'invalid_input'
})

function present(body: Body, field: string): boolean {
  return body[field] !== undefined && body[field] !== null && body[field] !== ''
}

/** An earlier task of an accepted type, or a model URL: one of them, never both. */
function source(body: Body, lookup: TaskLookup, types: string[]): Rejection | undefined {
  if (present(body, 'input_task_id') && present(body, 'model_url'))
    return bad('parameters_conflict', 'input_task_id and model_url cannot both be sent')
  if (present(body, 'input_task_id'))
    return inputTask(body.input_task_id, 'input_task_id', types, lookup)
  return present(body, 'model_url')
    ? undefined
    : bad('missing_parameter', 'Missing model_url or input_task_id')
}

const SIZES = ['resize_height', 'resize_longest_side', 'auto_size']

function resize(body: Body, ctx: { lookup: TaskLookup }): Rejection | undefined {
  const sizes = SIZES.filter(field => body[field] !== undefined)
  if (sizes.length > 1)
    return bad('parameters_conflict', `Send exactly one size parameter, got ${sizes.join(', ')}`)
  for (const field of ['resize_height', 'resize_longest_side']) {
    const value = body[field]
    if (value !== undefined && !(typeof value === 'number' && value > 0))
      return bad('invalid_parameter', `${field} must be a positive number of metres`)
  }
  if (sizes.length === 0 && !present(body, 'origin_at'))
    return bad('missing_parameter', 'Send a size parameter or origin_at')
  return source(body, ctx.lookup, RESIZE_SOURCE_TYPES)
}

/** GLB only: by a data URI's magic bytes, or a URL's extension. */
function glbOnly(url: unknown): Rejection | undefined {
  if (typeof url !== 'string') return undefined
  const data = /^data:[^,]*;base64,(.*)$/s.exec(url)
  const head = data ? Buffer.from(data[1].slice(0, 8), 'base64').toString('latin1') : ''
  const ext = /\.([A-Za-z0-9]+)(?:[?#]|$)/.exec(url)?.[1]?.toLowerCase()
  const glb = data ? head.startsWith('glTF') : ext === undefined || ext === 'glb'
  return glb ? undefined : bad('invalid_parameter', 'UV unwrap accepts GLB only: convert first')
}

/** A GLB data URI's triangle count, from its accessors (indices / 3, else positions / 3). */
function triangles(url: unknown): number | undefined {
  if (typeof url !== 'string') return undefined
  const data = /^data:[^,]*;base64,(.*)$/s.exec(url)
  if (!data) return undefined
  const glb = Buffer.from(data[1], 'base64')
  if (glb.length < 20 || glb.toString('latin1', 0, 4) !== 'glTF') return undefined
  let json: {
    meshes?: Array<{ primitives?: Array<{ indices?: number; attributes?: { POSITION?: number } }> }>
    accessors?: Array<{ count?: number }>
  }
  try {
    json = JSON.parse(glb.toString('utf8', 20, 20 + glb.readUInt32LE(12))) as typeof json
  } catch {
    return undefined // not readable: Meshy would fail the task later, not refuse it here
  }
  let count = 0
  for (const prim of (json.meshes ?? []).flatMap(m => m.primitives ?? [])) {
    const accessor = prim.indices ?? prim.attributes?.POSITION
    count += Math.floor((json.accessors?.[accessor ?? -1]?.count ?? 0) / 3)
  }
  return count
}

function uvUnwrap(body: Body, ctx: { lookup: TaskLookup }): Rejection | undefined {
  const problem = source(body, ctx.lookup, UV_UNWRAP_SOURCE_TYPES) ?? glbOnly(body.model_url)
  if (problem) return problem
  const faces = triangles(body.model_url)
  return faces !== undefined && faces > UV_UNWRAP_FACE_CAP
    ? bad(
        'invalid_parameter',
        `The model has ${faces} faces; UV unwrap takes at most ${UV_UNWRAP_FACE_CAP}. Remesh it first.`
      )
    : undefined
}

/** Analysis needs a Meshy-made model: other tasks are not found (404), as on Meshy. */
function analyze(body: Body, ctx: { lookup: TaskLookup }): Rejection | undefined {
  const id = body.input_task_id
  const found = typeof id === 'string' ? ctx.lookup(id) : undefined
  if (found && !ANALYZE_SOURCE_TYPES.includes(found.task.type))
    return { status: 404, message: `No Meshy-made model in task ${String(id)}`, code: 'not_found' }
  return source(body, ctx.lookup, ANALYZE_SOURCE_TYPES)
}

function textToMotion(body: Body): Rejection | undefined {
  if (typeof body.prompt !== 'string' || body.prompt === '')
    return bad('missing_parameter', 'Missing prompt')
  if (body.prompt.length > 400) return bad('invalid_parameter', 'prompt: at most 400 characters')
  const d = body.duration
  if (!(typeof d === 'number' && d >= 2 && d <= 10 && (d * 2) % 1 === 0))
    return bad('invalid_parameter', 'duration: 2 to 10 seconds in steps of 0.5')
  if (body.mode !== undefined && body.mode !== 'prime' && body.mode !== 'swift')
    return bad('invalid_parameter', `Invalid mode: ${String(body.mode)}`)
  return undefined
}

const FORMATS = ['glb', 'fbx', 'usdz', '3mf', 'stl', 'obj', 'blend']

function convert(body: Body, ctx: { lookup: TaskLookup }): Rejection | undefined {
  const formats = body.target_formats
  if (!Array.isArray(formats) || formats.length === 0)
    return bad('missing_parameter', 'target_formats is required')
  const wrong = formats.find(f => !FORMATS.includes(String(f)))
  if (wrong !== undefined)
    return bad('invalid_parameter', `Invalid target format: ${String(wrong)}`)
  return source(body, ctx.lookup, CONVERT_SOURCE_TYPES)
}

export const PIPELINE_FIELDS = {
  '/openapi/v2/convert': ['input_task_id', 'model_url', 'target_formats'],
  '/openapi/v2/resize': ['input_task_id', 'model_url', ...SIZES, 'origin_at'],
  '/openapi/v2/uv-unwrap': ['input_task_id', 'model_url'],
  // Printer type and size exist on Meshy's page under names not read: not accepted here.
  '/openapi/v2/print/analyze': ['input_task_id', 'model_url'],
  '/openapi/v2/print/repair': ['input_task_id', 'model_url'],
  '/openapi/v2/text-to-motion': ['prompt', 'duration', 'mode']
} as const

export const PIPELINE_CHECKS: Record<keyof typeof PIPELINE_FIELDS, Check> = {
  '/openapi/v2/convert': convert,
  '/openapi/v2/resize': resize,
  '/openapi/v2/uv-unwrap': uvUnwrap,
  '/openapi/v2/print/analyze': analyze,
  '/openapi/v2/print/repair': (body, ctx) => source(body, ctx.lookup, REPAIR_SOURCE_TYPES),
  '/openapi/v2/text-to-motion': textToMotion
}
