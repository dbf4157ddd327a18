// Meshy's task resources, task types and prices (meshy-api.md §2, §10).

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

export const MODEL_TASK_TYPES = [
  'text-to-3d-preview',
  'text-to-3d-refine',
  'image-to-3d',
  'multi-image-to-3d',
  'remesh',
  'retexture'
]

export const IMAGE_TASK_TYPES = ['text-to-image', 'image-to-image']

const IMAGE_MODEL_PRICES: Record<string, [number, number]> = {
  'nano-banana': [3, 3],
  'nano-banana-2': [6, 6],
  'nano-banana-2-lite': [3, 3],
  'nano-banana-pro': [9, 9],
  'gpt-image-2': [9, 12],
  'gpt-image-2-5-flare': [9, 12],
  'gpt-image-2-5-sunburst': [9, 12]
}

export const IMAGE_AI_MODELS = Object.keys(IMAGE_MODEL_PRICES)

/** Credits charged when the task succeeds (AGENT Jun 2026 + changelog). */
export function price(type: string, body: Record<string, unknown>): number {
  switch (type) {
    case 'text-to-3d-preview':
      return body.model_type === 'smart-topology' || body.ai_model === 'meshy-6-lite' ? 5 : 20
    case 'text-to-3d-refine':
      return body.texture_resolution === '8k' ? 15 : 10
    case 'image-to-3d':
    case 'multi-image-to-3d':
      return body.should_texture === false ? 20 : 30
    case 'retexture':
      return 10
    case 'remesh':
    case 'rig':
      return 5
    case 'animate':
      return 3
    case 'text-to-image':
    case 'image-to-image': {
      const prices = IMAGE_MODEL_PRICES[String(body.ai_model)] ?? [3, 3]
      return type === 'text-to-image' ? prices[0] : prices[1]
    }
    default:
      return 0
  }
}
