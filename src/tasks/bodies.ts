// Building blocks for request bodies. Each task kind in catalogue.ts composes these, so the
// rules (send ai_model only when set, target_formats only where taken, params last) live once.
import { DEFAULT_TEXTURE_MODEL } from './models.js'
import type { ModelFormat, TaskSpec } from './types.js'

export type Body = Record<string, unknown>

/** Keeps a field only when it has a value: empty inputs leave Meshy's own defaults. */
export function optional(key: string, value: string | undefined): Body {
  return value ? { [key]: value } : {}
}

/**
 * The chosen formats this endpoint can build, as Meshy's target_formats. Always sent: on v2 an
 * endpoint that is not told builds GLB only (v1 built every format).
 */
export function targetFormats(spec: TaskSpec, endpointFormats: readonly ModelFormat[]): Body {
  const formats = spec.formats.filter(f => endpointFormats.includes(f))
  return formats.length > 0 ? { target_formats: formats } : {}
}

/** The model to work on: an earlier task, or the uploaded/linked model. */
export function modelSource(spec: TaskSpec): Body {
  return spec.inputTaskId
    ? { input_task_id: spec.inputTaskId }
    : optional('model_url', spec.model?.value)
}

/** v2 needs a texture model wherever it textures; the user's, else Meshy's example value. */
export function textureModel(spec: TaskSpec): Body {
  return { texture_model: spec.textureModel || DEFAULT_TEXTURE_MODEL }
}

/** Params go last; conflicts with explicit inputs were rejected when the spec was built. */
export function withParams(body: Body, params: Body): Body {
  return { ...body, ...params }
}
