// Meshy's task resources, task types and prices (meshy-api.md §2, §10).
import { creditsFor, IMAGE_AI_MODELS as PRICED_IMAGE_MODELS } from '../../src/tasks/price-list.js'

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

export function isResource(path: string): path is ResourcePath {
  return (RESOURCES as readonly string[]).includes(path)
}

/** The task `type` a create request makes. */
export function taskType(resource: ResourcePath, body: Record<string, unknown>): string {
  switch (resource) {
    case '/openapi/v2/text-to-3d':
      return body.mode === 'refine' ? 'text-to-3d-refine' : 'text-to-3d-preview'
    case '/openapi/v1/rigging':
      return 'rig'
    case '/openapi/v1/animations':
      return 'animate'
    default:
      return resource.slice(resource.lastIndexOf('/') + 1)
  }
}

/** Tasks whose result is a model (what rigging may start from). */
export const MODEL_TASK_TYPES = [
  'text-to-3d-preview',
  'text-to-3d-refine',
  'image-to-3d',
  'multi-image-to-3d',
  'remesh',
  'retexture'
]

// Sources Meshy accepts per resource (docs/meshy-rules.md, "Sources"): neither takes a
// multi-image-to-3d task, and neither takes a task of its own kind.
export const RETEXTURE_SOURCE_TYPES = [
  'text-to-3d-preview',
  'text-to-3d-refine',
  'image-to-3d',
  'remesh'
]
export const REMESH_SOURCE_TYPES = [
  'text-to-3d-preview',
  'text-to-3d-refine',
  'image-to-3d',
  'retexture'
]

export const IMAGE_TASK_TYPES = ['text-to-image', 'image-to-image']

/** The image models Meshy knows: those its price table lists. */
export const IMAGE_AI_MODELS: readonly string[] = PRICED_IMAGE_MODELS

/**
 * Credits charged when the task succeeds: the action's own price table (src/tasks/price-list.ts),
 * so the estimate and the charge come from one source and a test can compare them.
 */
export function price(type: string, body: Record<string, unknown>): number {
  return creditsFor(type, body) ?? 0
}
