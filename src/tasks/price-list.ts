// Meshy's API prices in credits — the ONE table. It drives the action's estimate (catalogue.ts),
// the fake Meshy's charges (fakes/meshy) and the costs table of docs/credits.md
// (scripts/readme-tables.ts), so the three cannot drift apart. Sources: docs/meshy-rules.md
// ("Prices"). Estimates only: the real cost is the task's `consumed_credits`. The estimate guards
// `max-credits`, a promise, so it must never be lower than Meshy's charge: an unknown model is
// priced at the highest known price for its task.
//
// Every rule reads the request BODY (what is actually sent, params included), so the estimate of
// a step and the fake's charge for the same request are the same function of the same input.

type Body = Record<string, unknown>

export const PRICES = {
  /** Text to 3D preview, Meshy-6 class models (meshy-6, meshy-7, meshy-7.1, latest). */
  preview: 20,
  /** Text to 3D preview with meshy-5, meshy-6-lite or smart topology. */
  previewLow: 5,
  /** Added for geometry_resolution 2k/4k (or the older ultra_mode). */
  highGeometry: 5,
  refine: 10,
  /** Added for texture_resolution 8k (changelog 2026-07-21): 10 → 15 on every texturing step. */
  texture8k: 5,
  /** Image/multi-image to 3D with a Meshy-6 class model. */
  imageTo3d: { meshOnly: 20, textured: 30 },
  /** Image/multi-image to 3D with meshy-5 or smart topology (meshy-t1, meshy-t2, meshy-t2.5). */
  imageTo3dLow: { meshOnly: 5, textured: 15 },
  retexture: 10,
  remesh: 5,
  rigging: 5,
  animation: 3,
  /** The v2 pipeline routes (meshy-v2 reference §7). Analysis is free. */
  convert: 1,
  resize: 1,
  uvUnwrap: 5,
  printAnalyze: 0,
  printRepair: 10,
  /** Text to motion: 10 for prime (documented); swift's price is not, so it is charged as prime. */
  textToMotion: 10,
  /** Text to image / image to image per ai_model: [text-to-image, image-to-image]. */
  imageModels: {
    'nano-banana': [3, 3],
    'nano-banana-2': [6, 6],
    'nano-banana-2-lite': [3, 3],
    'nano-banana-pro': [9, 9],
    'gpt-image-2': [9, 12],
    'gpt-image-2-5-flare': [9, 12],
    'gpt-image-2-5-sunburst': [9, 12],
    // v2 documents nano-banana-2-1 at 4; the gpt-image-2-6 prices are unpublished: the highest known.
    'nano-banana-2-1': [4, 4],
    'gpt-image-2-6-flare': [9, 12],
    'gpt-image-2-6-sunburst': [9, 12]
  } as Readonly<Record<string, readonly [number, number]>>
} as const

/** ai_model values Meshy prices below its Meshy-6 class on text-to-3d previews. */
export const LOW_PREVIEW_MODELS = ['meshy-5', 'meshy-6-lite', 'meshy-t1', 'meshy-t2', 'meshy-t2.5']
/** ai_model values Meshy prices below its Meshy-6 class on image/multi-image to 3D. */
export const LOW_IMAGE_TO_3D_MODELS = [
  'meshy-5',
  'meshy-6-lite',
  'meshy-t1',
  'meshy-t2',
  'meshy-t2.5'
]

/** The image models Meshy knows (text-to-image, image-to-image); the fake accepts only these. */
export const IMAGE_AI_MODELS = Object.keys(PRICES.imageModels)

/** The default ai_model of text/image-to-image (Meshy requires one; listed on v2, the cheapest). */
export const DEFAULT_IMAGE_MODEL = 'nano-banana'

function highGeometry(body: Body): number {
  const res = body.geometry_resolution
  return res === '2k' || res === '4k' || body.ultra_mode === true ? PRICES.highGeometry : 0
}

function texture8k(body: Body): number {
  return body.texture_resolution === '8k' ? PRICES.texture8k : 0
}

/** Smart topology uses its own models whatever ai_model says; they share the low price. */
function isLow(body: Body, lowModels: readonly string[]): boolean {
  return body.model_type === 'smart-topology' || lowModels.includes(String(body.ai_model ?? ''))
}

function imageTo3d(body: Body): number {
  const table = isLow(body, LOW_IMAGE_TO_3D_MODELS) ? PRICES.imageTo3dLow : PRICES.imageTo3d
  if (body.should_texture === false) return table.meshOnly + highGeometry(body)
  return table.textured + texture8k(body) + highGeometry(body)
}

/** An unknown image model costs the most expensive known one. */
function imageModel(body: Body, column: 0 | 1): number {
  const row = PRICES.imageModels[String(body.ai_model ?? DEFAULT_IMAGE_MODEL)]
  return row ? row[column] : Math.max(...Object.values(PRICES.imageModels).map(r => r[column]))
}

function preview(body: Body): number {
  return (isLow(body, LOW_PREVIEW_MODELS) ? PRICES.previewLow : PRICES.preview) + highGeometry(body)
}

function refine(body: Body): number {
  return PRICES.refine + texture8k(body)
}

/**
 * One-call text-to-3d (v2). Meshy publishes no price for it, so the estimate is the highest
 * documented price of the same result: preview, plus refine when it is textured. Never below
 * Meshy's charge, so max-credits keeps its promise (docs/meshy-rules.md, "Prices").
 */
function textTo3d(body: Body): number {
  return preview(body) + (body.should_texture === false ? 0 : refine(body))
}

const RULES: Record<string, (body: Body) => number> = {
  'text-to-3d': textTo3d,
  'text-to-3d-preview': preview,
  'text-to-3d-refine': refine,
  'image-to-3d': imageTo3d,
  'multi-image-to-3d': imageTo3d,
  retexture: body => PRICES.retexture + texture8k(body),
  remesh: () => PRICES.remesh,
  rig: () => PRICES.rigging,
  // action_ids is charged per animation (ANI).
  animate: body =>
    PRICES.animation * (Array.isArray(body.action_ids) ? Math.max(1, body.action_ids.length) : 1),
  convert: () => PRICES.convert,
  resize: () => PRICES.resize,
  'uv-unwrap': () => PRICES.uvUnwrap,
  'print-analyze': () => PRICES.printAnalyze,
  'print-repair': () => PRICES.printRepair,
  'text-to-motion': () => PRICES.textToMotion,
  'text-to-image': body => imageModel(body, 0),
  'image-to-image': body => imageModel(body, 1)
}

/** Meshy task types this table prices. */
export const PRICED_TYPES = Object.keys(RULES)

/**
 * Credits Meshy charges for one create request of the given Meshy task `type`, or undefined
 * for a type this table does not know.
 */
export function creditsFor(meshyType: string, body: Body): number | undefined {
  return RULES[meshyType]?.(body)
}

/** The table as rows of docs/credits.md: what is made, under which condition, and its credits. */
export function costRows(): Array<[string, string, string]> {
  const p = PRICES
  const image = (name: string, i: 0 | 1) =>
    Object.entries(p.imageModels).map(([m, r]): [string, string, string] => [name, m, `${r[i]}`])
  return [
    [
      'text-to-3d, textured / refine: false',
      'meshy-6, meshy-7.1, latest (the default), any other model',
      `${p.preview + p.refine} / ${p.preview}`
    ],
    [
      'text-to-3d, textured / refine: false',
      `${LOW_PREVIEW_MODELS.join(', ')}`,
      `${p.previewLow + p.refine} / ${p.previewLow}`
    ],
    [
      'text-to-3d, image/multi-image-to-3d',
      'geometry_resolution 2k or 4k (or ultra_mode)',
      `+${p.highGeometry}`
    ],
    [
      'image-to-3d, multi-image-to-3d',
      'Meshy-6 class or unknown model, textured / should_texture false',
      `${p.imageTo3d.textured} / ${p.imageTo3d.meshOnly}`
    ],
    [
      'image-to-3d, multi-image-to-3d',
      `${LOW_IMAGE_TO_3D_MODELS.join(', ')} or smart-topology, textured / should_texture false`,
      `${p.imageTo3dLow.textured} / ${p.imageTo3dLow.meshOnly}`
    ],
    ['retexture, text-to-texture', 'any model', `${p.retexture}`],
    [
      'textured text-to-3d, retexture, image-to-3d, multi-image-to-3d',
      'texture_resolution 8k',
      `+${p.texture8k}`
    ],
    ['remesh', '', `${p.remesh}`],
    ['rigging', '', `${p.rigging}`],
    ['animation', 'per animation (action_ids: each one)', `${p.animation}`],
    ['convert', '', `${p.convert}`],
    ['resize', '', `${p.resize}`],
    ['uv-unwrap', '', `${p.uvUnwrap}`],
    ['print-analyze', '', `${p.printAnalyze}`],
    ['print-repair', '', `${p.printRepair}`],
    ['text-to-motion', 'prime, or swift (its price is not published)', `${p.textToMotion}`],
    ...image('text-to-image', 0),
    [
      'text-to-image',
      'any other model',
      `${Math.max(...Object.values(p.imageModels).map(r => r[0]))}`
    ],
    ...image('image-to-image', 1),
    [
      'image-to-image',
      'any other model',
      `${Math.max(...Object.values(p.imageModels).map(r => r[1]))}`
    ]
  ]
}
