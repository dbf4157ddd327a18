// Budgets per asset. A generated asset is judged on the stats of this run's downloads; an
// unchanged one on the stats its lockfile entry recorded, so a re-run checks again with no
// request, and raising a limit makes the next run pass without regenerating anything.
import { extname } from 'node:path'
import type { ModelStats } from '../assets/model-stats.js'
import {
  gateBreaches,
  printBreaches,
  gatedStats,
  type GatedStats,
  type QualityGates
} from '../assets/quality-gates.js'
import { MODEL_FORMATS } from '../config/types.js'
import type { BatchRow } from '../report/types.js'
import type { DownloadedFile } from '../result.js'
import type { LockedFile } from './lockfile.js'

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
