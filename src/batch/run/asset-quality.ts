// Budgets per asset. A generated asset is judged on the stats of this run's downloads; an
// unchanged one on the stats its lockfile entry recorded, so a re-run checks again with no
// request, and raising a limit makes the next run pass without regenerating anything.
import { extname } from 'node:path'
import type { ModelStats } from '../../assets/model-stats.js'
import {
  gateBreaches,
  printBreaches,
  gatedStats,
  type GatedStats,
  type QualityGates
} from '../../assets/quality-gates.js'
import { MODEL_FORMATS } from '../../config/types.js'
import type { BatchRow } from '../../report/types.js'
import type { DownloadedFile } from '../../core/result.js'
import type { LockedFile } from '../lockfile/lockfile.js'

type Quality = Pick<BatchRow, 'stats' | 'breaches'>

export function downloadedQuality(files: DownloadedFile[], gates: QualityGates): Quality {
  const models = files.flatMap(f => (f.stats ? [f.stats] : []))
  const first = files.find(f => f.kind === 'model')?.stats
  return judged(models.map(gatedStats), first, gates)
}

export function recordedQuality(files: LockedFile[], gates: QualityGates): Quality {
  const models = files.filter(f => isModelPath(f.path)).map(recorded)
  return judged(models, models[0], gates)
}

function judged(
  models: GatedStats[],
  first: (Partial<ModelStats> & Pick<ModelStats, 'path' | 'bytes'>) | undefined,
  gates: QualityGates
): Quality {
  const breaches = models.flatMap(m => gateBreaches(m, gates))
  return { ...(first ? { stats: first } : {}), ...(breaches.length ? { breaches } : {}) }
}

/** A model's facts as the lockfile recorded them (no request, no reading of the file). */
export function recorded(file: LockedFile): GatedStats & Partial<ModelStats> {
  const { path, bytes, triangles, vertices, errors } = file
  return {
    path,
    bytes,
    ...(triangles !== undefined ? { triangles } : {}),
    ...(vertices !== undefined ? { vertices } : {}),
    ...(file['max-texture-size'] !== undefined
      ? { 'max-texture-size': file['max-texture-size'] }
      : {}),
    ...(errors !== undefined ? { errors } : {})
  }
}

function isModelPath(path: string): boolean {
  return (MODEL_FORMATS as readonly string[]).includes(extname(path).slice(1).toLowerCase())
}

/**
 * A print-analyze asset's printability gate joins its budgets: from this run's task, or from the
 * verdict its lockfile entry recorded, so a re-run checks again with no request.
 */
export function withPrintability(
  quality: Quality,
  analysis: { verdict: boolean | undefined } | undefined,
  gates: QualityGates
): Quality {
  const more = analysis ? printBreaches(analysis.verdict, gates) : []
  if (more.length === 0) return quality
  return { ...quality, breaches: [...(quality.breaches ?? []), ...more] }
}

/** How far a model's height may be from the height its manifest declares before it is flagged. */
export const HEIGHT_TOLERANCE = 0.1

/**
 * The real-world size check of a resize asset: each downloaded glTF model whose bounds (Y up, in
 * metres, as glTF defines) are more than 10 % from the declared `height`. A flag, not a gate:
 * the model was paid for, and the summary says what to look at.
 */
export function heightFlags(files: DownloadedFile[], height: number | undefined): string[] {
  if (height === undefined) return []
  return files.flatMap(file => {
    const bounds = file.stats?.bounds
    if (!bounds || bounds.min.length < 2 || bounds.max.length < 2) return []
    const actual = bounds.max[1] - bounds.min[1]
    if (Math.abs(actual - height) <= height * HEIGHT_TOLERANCE) return []
    const name = file.path.split('/').pop() ?? file.path
    return [`${name} is ${round(actual)} m tall; the manifest declares height ${height} m`]
  })
}

function round(metres: number): string {
  return String(Math.round(metres * 1000) / 1000)
}
