// Rules of the v2 pipeline routes (resize, text-to-motion) that a spec's shape cannot say, checked
// before any request (docs/meshy-rules.md, "API v2"). Pure: each takes the spec and the catalogue's
// `fail`, which names the input and never returns.
import type { TaskSpec } from './types.js'

type Fail = (input: string, message: string) => never

/**
 * Size fields of resize: Meshy documents resize_height and refuses more than one size (400); the
 * other two names are read by analogy with v1 remesh's (unconfirmed).
 */
export const RESIZE_SIZE_FIELDS = ['resize_height', 'resize_longest_side', 'auto_size'] as const

/** Resize takes exactly one size, or none when it only moves the origin. */
export function checkResize(spec: TaskSpec, fail: Fail): void {
  const sizes = [
    ...(spec.height !== undefined ? ['height'] : []),
    ...RESIZE_SIZE_FIELDS.filter(field => spec.params[field] !== undefined)
  ]
  const where = spec.height !== undefined && sizes.length === 1 ? 'height' : 'params'
  if (sizes.length > 1) {
    fail(
      where,
      `resize takes exactly one size; got ${sizes.join(' and ')} (Meshy answers 400). Keep one.`
    )
  }
  const origin = spec.origin !== undefined || spec.params.origin_at !== undefined
  if (sizes.length === 0 && !origin) {
    fail(
      'height',
      'resize needs a size or an origin: height (metres, e.g. 1.8), origin (e.g. bottom), or params resize_longest_side / auto_size.'
    )
  }
}

export const MOTION_PROMPT_MAX_CHARS = 400
const MOTION_MODES = ['prime', 'swift'] as const
/** What each motion mode makes (Meshy's text-to-motion page). */
const MOTION_FORMAT: Record<(typeof MOTION_MODES)[number], 'fbx' | 'bvh'> = {
  prime: 'fbx',
  swift: 'bvh'
}

/** 2 to 10 seconds in steps of 0.5, required; mode prime (FBX) or swift (BVH). */
export function checkMotion(spec: TaskSpec, fail: Fail): void {
  const duration = spec.params.duration
  const ok =
    typeof duration === 'number' && duration >= 2 && duration <= 10 && (duration * 2) % 1 === 0
  if (!ok) {
    const got = duration === undefined ? 'none' : JSON.stringify(duration)
    fail(
      'params',
      `text-to-motion needs duration: seconds from 2 to 10 in steps of 0.5 (e.g. params: {"duration": 4}); got ${got}.`
    )
  }
  const mode = spec.params.mode ?? 'prime'
  if (!MOTION_MODES.includes(mode as never)) {
    fail('params', `mode '${String(mode)}' is not a motion mode. Use prime (FBX) or swift (BVH).`)
  }
  const format = MOTION_FORMAT[mode as keyof typeof MOTION_FORMAT]
  if (!spec.formats.includes(format)) {
    fail(
      'formats',
      `text-to-motion in mode ${String(mode)} makes a ${format.toUpperCase()} clip only. Set formats: ${format}.`
    )
  }
}
