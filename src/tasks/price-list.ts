// Meshy's API prices in credits — the ONE place to update when Meshy changes them.
// Source: shared/reference/meshy-api.md §10 (Meshy's official agent reference, Jun 2026, plus the
// API changelog and meshy-cli's image model list, Nov 2026). Estimates only: the real cost is the
// task's `consumed_credits`. Where a price is unknown we assume the highest known one, because
// the estimate guards `max-credits`, and under-estimating would let a run overspend.
import type { TaskSpec } from './types.js'

export const PRICES = {
  /** Text to 3D preview with meshy-6/7/latest; 5 with smart-topology or meshy-6-lite. */
  preview: 20,
  previewLite: 5,
  /** Added for geometry_resolution 2k/4k (or the older ultra_mode). */
  highGeometry: 5,
  refine: 10,
  refine8k: 15,
  imageTo3dTextured: 30,
  imageTo3dMeshOnly: 20,
  retexture: 10,
  remesh: 5,
  rigging: 5,
  animation: 3,
  /** Text to image per ai_model. */
  textToImage: { 'nano-banana': 3, 'nano-banana-2': 6, 'nano-banana-pro': 9, 'gpt-image-2': 9 },
  /** Image to image per ai_model. */
  imageToImage: { 'nano-banana': 3, 'nano-banana-2': 6, 'nano-banana-pro': 9, 'gpt-image-2': 12 }
} as const

/** The default ai_model of text/image-to-image (Meshy requires one; this is the cheapest). */
export const DEFAULT_IMAGE_MODEL = 'nano-banana'

/** Looks a model up in a per-model table; unknown models cost the most expensive known one. */
export function perModel(table: Readonly<Record<string, number>>, model: string): number {
  return table[model] ?? Math.max(...Object.values(table))
}

// Price rules per step. They read only the spec, so the estimate needs no network.

function param(spec: TaskSpec, key: string): unknown {
  return spec.params[key]
}

function highGeometry(spec: TaskSpec): number {
  const res = param(spec, 'geometry_resolution')
  return res === '2k' || res === '4k' || param(spec, 'ultra_mode') === true
    ? PRICES.highGeometry
    : 0
}

export function previewCredits(spec: TaskSpec): number {
  const lite = param(spec, 'model_type') === 'smart-topology' || spec.aiModel === 'meshy-6-lite'
  return (lite ? PRICES.previewLite : PRICES.preview) + highGeometry(spec)
}

export function refineCredits(spec: TaskSpec): number {
  return param(spec, 'texture_resolution') === '8k' ? PRICES.refine8k : PRICES.refine
}

export function imageTo3dCredits(spec: TaskSpec): number {
  const meshOnly = param(spec, 'should_texture') === false
  return (meshOnly ? PRICES.imageTo3dMeshOnly : PRICES.imageTo3dTextured) + highGeometry(spec)
}

export function imageModelCredits(table: Readonly<Record<string, number>>, spec: TaskSpec): number {
  const model = spec.aiModel || String(param(spec, 'ai_model') ?? '') || DEFAULT_IMAGE_MODEL
  return perModel(table, model)
}
