// Meshy's task routes, task types and prices (docs/meshy-rules.md). v2 is what Meshy serves from
// now on; v1's routes answer only while the fake's `v1` switch is on (Meshy stops them on
// 15 March 2027).
import { creditsFor, IMAGE_AI_MODELS as PRICED_IMAGE_MODELS } from '../../src/tasks/price-list.js'

/** v1-era create/read routes (text-to-3d already lived on v2). */
export const RESOURCES = [
  '/openapi/v2/text-to-3d',
  '/openapi/v1/image-to-3d',
  '/openapi/v1/multi-image-to-3d',
  '/openapi/v1/remesh',
  '/openapi/v1/retexture',
  '/openapi/v1/rigging',
  '/openapi/v1/animations',
  '/openapi/v1/text-to-image',
  '/openapi/v1/image-to-image'
] as const

export type ResourcePath = (typeof RESOURCES)[number]

/** v2 create routes: `POST /openapi/v2/<route>`. */
export const V2_ROUTES = [
  '/openapi/v2/text-to-3d',
  '/openapi/v2/image-to-3d',
  '/openapi/v2/multi-image-to-3d',
  '/openapi/v2/remesh',
  '/openapi/v2/retexture',
  '/openapi/v2/rigging',
  '/openapi/v2/animations',
  '/openapi/v2/text-to-image',
  '/openapi/v2/image-to-image',
  '/openapi/v2/convert',
  '/openapi/v2/resize',
  '/openapi/v2/uv-unwrap',
  '/openapi/v2/print/analyze',
  '/openapi/v2/print/repair',
  '/openapi/v2/text-to-motion'
] as const

export type V2Route = (typeof V2_ROUTES)[number]

export function isResource(path: string): path is ResourcePath {
  return (RESOURCES as readonly string[]).includes(path)
}

export function isV2Route(path: string): path is V2Route {
  return (V2_ROUTES as readonly string[]).includes(path)
}

/** The task `type` a create request makes (one-call text-to-3d: 'text-to-3d'). */
export function taskType(route: string, body: Record<string, unknown>): string {
  // print/analyze → print-analyze: Meshy's names for these types are unconfirmed.
  const name = route.replace(/^\/openapi\/v[12]\//, '').replace(/\//g, '-')
  switch (name) {
    case 'text-to-3d':
      if (body.mode === undefined) return 'text-to-3d'
      return body.mode === 'refine' ? 'text-to-3d-refine' : 'text-to-3d-preview'
    case 'rigging':
      return 'rig'
    case 'animations':
      return 'animate'
    default:
      return name
  }
}

/** Tasks whose result is a model (what rigging may start from). */
export const MODEL_TASK_TYPES = [
  'text-to-3d',
  'text-to-3d-preview',
  'text-to-3d-refine',
  'image-to-3d',
  'multi-image-to-3d',
  'remesh',
  'retexture'
]

// Sources Meshy accepts per resource (docs/meshy-rules.md, "Sources"): neither takes a
// multi-image-to-3d task; v2's remesh and retexture take a task of their own kind too.
export const RETEXTURE_SOURCE_TYPES = [
  'text-to-3d',
  'text-to-3d-preview',
  'text-to-3d-refine',
  'image-to-3d',
  'remesh'
]
export const REMESH_SOURCE_TYPES = [
  'text-to-3d',
  'text-to-3d-preview',
  'text-to-3d-refine',
  'image-to-3d',
  'retexture'
]
export const V2_RETEXTURE_SOURCE_TYPES = [...RETEXTURE_SOURCE_TYPES, 'retexture']
export const V2_REMESH_SOURCE_TYPES = [...REMESH_SOURCE_TYPES, 'remesh']

/** Tasks of the v2 pipeline routes whose result is a model file. */
export const PIPELINE_MODEL_TYPES = ['convert', 'resize', 'uv-unwrap', 'print-repair']

// Sources of the v2 pipeline routes (meshy-v2 reference §2.2).
const GENERATED = ['text-to-3d', 'text-to-3d-preview', 'text-to-3d-refine', 'image-to-3d']
export const CONVERT_SOURCE_TYPES = [...GENERATED, 'remesh', 'resize', 'retexture']
export const RESIZE_SOURCE_TYPES = [...GENERATED, 'remesh', 'retexture']
export const UV_UNWRAP_SOURCE_TYPES = [...GENERATED, 'remesh']
/** Convert, resize and remesh of an upload have no Meshy-made model: Meshy answers 404. */
export const ANALYZE_SOURCE_TYPES = [
  ...GENERATED,
  'multi-image-to-3d',
  'retexture',
  'remesh',
  'print-repair'
]
export const REPAIR_SOURCE_TYPES = [...GENERATED, 'remesh', 'retexture', 'print-analyze']

export const IMAGE_TASK_TYPES = ['text-to-image', 'image-to-image']

/** The image models Meshy knows: those its price table lists. */
export const IMAGE_AI_MODELS: readonly string[] = PRICED_IMAGE_MODELS

/**
 * Credits charged for a task: the action's own price table (src/tasks/price-list.ts), so the
 * estimate and the charge come from one source and a test can compare them.
 */
export function price(type: string, body: Record<string, unknown>): number {
  return creditsFor(type, body) ?? 0
}
