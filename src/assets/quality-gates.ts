// Budgets a team sets for what it ships: triangles, file size, texture size, and (with
// `validate: error`) a valid glTF. Pure: it reads stats and returns one sentence per breach, so
// single runs, batch runs and unchanged re-runs (from the lockfile's recorded stats) agree.
import type { ModelStats } from './model-stats.js'

export type ValidateMode = 'warn' | 'error' | 'off'

export interface QualityGates {
  validate: ValidateMode
  maxTriangles?: number
  maxFileSize?: number
  maxTextureSize?: number
  /** print-analyze: fail unless Meshy's analysis says the model is printable. */
  requirePrintable?: boolean
}

export const NO_GATES: QualityGates = { validate: 'warn' }

/** The stats a gate reads; the lockfile keeps exactly these per file. */
export type GatedStats = Pick<ModelStats, 'path' | 'bytes' | 'triangles' | 'max-texture-size'> & {
  errors?: number
}

/** e.g. "model.glb: 48,210 triangles is over max-triangles 30,000". */
export function gateBreaches(stats: GatedStats, gates: QualityGates): string[] {
  const name = stats.path.split('/').pop() ?? stats.path
  const out: string[] = []
  const over = (
    value: number | undefined,
    limit: number | undefined,
    what: string,
    input: string
  ) => {
    if (value !== undefined && limit !== undefined && value > limit) {
      out.push(`${name}: ${fmt(value)} ${what} is over ${input} ${fmt(limit)}`)
    }
  }
  over(stats.triangles, gates.maxTriangles, 'triangles', 'max-triangles')
  over(stats.bytes, gates.maxFileSize, 'bytes', 'max-file-size')
  over(stats['max-texture-size'], gates.maxTextureSize, 'px texture', 'max-texture-size')
  if (gates.validate === 'error' && (stats.errors ?? 0) > 0) {
    const n = stats.errors ?? 0
    out.push(`${name}: glTF-Validator found ${fmt(n)} error${n === 1 ? '' : 's'} (validate: error)`)
  }
  return out
}

export function gatedStats(stats: ModelStats): GatedStats {
  return {
    path: stats.path,
    bytes: stats.bytes,
    ...(stats.triangles !== undefined ? { triangles: stats.triangles } : {}),
    ...(stats['max-texture-size'] !== undefined
      ? { 'max-texture-size': stats['max-texture-size'] }
      : {}),
    ...(stats.validation ? { errors: stats.validation.errors } : {})
  }
}

function fmt(n: number): string {
  return n.toLocaleString('en-US')
}

export interface Judgement {
  /** One sentence per budget a model breaks: each fails the step. */
  breaches: string[]
  /** Validator findings to show as warnings (never failing on their own). */
  notes: string[]
}

const NOTES_PER_FILE = 10

export function judgeModels(models: ModelStats[], gates: QualityGates): Judgement {
  const breaches = models.flatMap(m => gateBreaches(gatedStats(m), gates))
  const notes = gates.validate === 'off' ? [] : models.flatMap(validatorNotes)
  return { breaches, notes }
}

/** The validator's errors and warnings as annotation lines, a few per file. */
function validatorNotes(model: ModelStats): string[] {
  const v = model.validation
  if (!v) return []
  const name = model.path.split('/').pop() ?? model.path
  const serious = v.messages.filter(m => m.severity === 'error' || m.severity === 'warning')
  const lines = serious
    .slice(0, NOTES_PER_FILE)
    .map(
      m =>
        `${name}: glTF-Validator ${m.severity} ${m.code}${m.pointer ? ` at ${m.pointer}` : ''}: ${m.message}`
    )
  const rest = v.errors + v.warnings - lines.length
  if (rest > 0) lines.push(`${name}: glTF-Validator found ${rest} more error(s) or warning(s)`)
  return lines
}

/**
 * The printability gate of a print-analyze task: its verdict (results.ts), or undefined when
 * the report holds none the action can read, which fails too (an unknown never passes a gate).
 */
export function printBreaches(verdict: boolean | undefined, gates: QualityGates): string[] {
  if (!gates.requirePrintable || verdict === true) return []
  return verdict === false
    ? ["Meshy's analysis reports the model not printable (require-printable)"]
    : ["Meshy's analysis has no printable verdict the action can read (require-printable)"]
}
