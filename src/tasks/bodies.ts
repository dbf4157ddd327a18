// Building blocks for request bodies. Each task kind in catalogue.ts composes these, so the
// rules (send ai_model only when set, target_formats only where taken, params last) live once.
import type { ModelFormat, TaskSpec } from './types.js'

export type Body = Record<string, unknown>

/** Keeps a field only when it has a value: empty inputs leave Meshy's own defaults. */
export function optional(key: string, value: string | undefined): Body {
  return value ? { [key]: value } : {}
}

/** The chosen formats this endpoint can build, as Meshy's target_formats. */
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

/** Params go last; conflicts with explicit inputs were rejected when the spec was built. */
export function withParams(body: Body, params: Body, drop: readonly string[] = []): Body {
  const extra = Object.fromEntries(Object.entries(params).filter(([k]) => !drop.includes(k)))
  return { ...body, ...extra }
}

// text-to-3d sends params to two requests; fields only one mode knows go only there, so a
// preview never receives e.g. enable_pbr and a refine never receives target_polycount.
export const PREVIEW_ONLY_FIELDS = [
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
] as const
export const REFINE_ONLY_FIELDS = [
  'enable_pbr',
  'texture_resolution',
  'hd_texture',
  'texture_image_url',
  'remove_lighting'
] as const
