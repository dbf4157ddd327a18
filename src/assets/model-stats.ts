// What a downloaded model weighs and whether it is valid glTF: Khronos glTF-Validator for the
// verdict and the rendered counts, glTF-Transform for meshes, textures and bounds. Both load on
// first use, so a run that downloads no glTF pays nothing for them at start-up. A file neither
// can read gets a validation error in its report, never a crash.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

export type Severity = 'error' | 'warning' | 'info' | 'hint'

export interface ValidationMessage {
  code: string
  severity: Severity
  pointer: string
  message: string
}

export interface Validation {
  errors: number
  warnings: number
  infos: number
  hints: number
  /** At most MAX_MESSAGES, errors first. */
  messages: ValidationMessage[]
}

export interface ModelStats {
  path: string
  bytes: number
  triangles?: number
  vertices?: number
  meshes?: number
  materials?: number
  textures?: number
  'max-texture-size'?: number
  bounds?: { min: number[]; max: number[] }
  /** Absent for formats glTF tools cannot read, and with `validate: off`. */
  validation?: Validation
}

export const MAX_MESSAGES = 20
/** Past this a file is only measured: reading it whole could exhaust the runner's memory. */
export const MAX_INSPECT_BYTES = 512 * 1024 * 1024

export function isGltfPath(path: string): boolean {
  return /\.(glb|gltf)$/i.test(path)
}

/** Stats of one model file; glTF/GLB files are parsed and (unless `validate` is false) validated. */
export async function inspectModel(
  absPath: string,
  relPath: string,
  bytes: number,
  opts: { validate: boolean }
): Promise<ModelStats> {
  const stats: ModelStats = { path: relPath, bytes }
  if (!isGltfPath(absPath)) return stats
  if (bytes > MAX_INSPECT_BYTES) {
    if (opts.validate)
      stats.validation = single('FILE_TOO_LARGE', 'info', 'not inspected: too large')
    return stats
  }
  const data = new Uint8Array(await readFile(absPath))
  const report = await validatorReport(data)
  if (opts.validate) stats.validation = report.validation
  Object.assign(stats, report.counts, await structure(data))
  return stats
}

interface ValidatorInfo {
  totalTriangleCount?: number
  totalVertexCount?: number
  materialCount?: number
  resources?: Array<{ pointer?: string; image?: { width?: number; height?: number } }>
}
interface ValidatorIssue {
  code?: string
  severity?: number
  pointer?: string
  message?: string
}
interface ValidatorReport {
  info?: ValidatorInfo
  issues?: {
    numErrors?: number
    numWarnings?: number
    numInfos?: number
    numHints?: number
    messages?: ValidatorIssue[]
  }
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint']

async function validatorReport(
  data: Uint8Array
): Promise<{ validation: Validation; counts: Partial<ModelStats> }> {
  let report: ValidatorReport
  try {
    provideRequire()
    const validator = await import('gltf-validator')
    report = (await validator.validateBytes(data, {
      maxIssues: 200,
      // Meshy's GLBs are self-contained; an external reference is never fetched from a download.
      externalResourceFunction: () => Promise.reject(new Error('external resources are not loaded'))
    })) as ValidatorReport
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    return { validation: single('UNREADABLE', 'error', `not a readable glTF: ${why}`), counts: {} }
  }
  const issues = report.issues ?? {}
  const messages = (issues.messages ?? [])
    .map(m => ({
      code: String(m.code ?? ''),
      severity: SEVERITIES[m.severity ?? 0] ?? 'error',
      pointer: String(m.pointer ?? ''),
      message: String(m.message ?? '')
    }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
    .slice(0, MAX_MESSAGES)
  const info = report.info ?? {}
  const sizes = (info.resources ?? [])
    .map(r => Math.max(r.image?.width ?? 0, r.image?.height ?? 0))
    .filter(n => n > 0)
  return {
    validation: {
      errors: issues.numErrors ?? 0,
      warnings: issues.numWarnings ?? 0,
      infos: issues.numInfos ?? 0,
      hints: issues.numHints ?? 0,
      messages
    },
    counts: {
      triangles: info.totalTriangleCount,
      vertices: info.totalVertexCount,
      materials: info.materialCount,
      ...(sizes.length ? { 'max-texture-size': Math.max(...sizes) } : {})
    }
  }
}

/** Meshes, textures (and their largest side when the validator could not read it), bounds. */
async function structure(data: Uint8Array): Promise<Partial<ModelStats>> {
  try {
    const { NodeIO, getBounds, ImageUtils } = await import('@gltf-transform/core')
    const doc = await new NodeIO().readBinary(data)
    const root = doc.getRoot()
    const textures = root.listTextures()
    const sides = textures.map(t => {
      const size = t.getImage() ? ImageUtils.getSize(t.getImage()!, t.getMimeType()) : null
      return size ? Math.max(size[0], size[1]) : 0
    })
    const scene = root.getDefaultScene() ?? root.listScenes()[0]
    const box = scene ? getBounds(scene) : undefined
    const finite = box && [...box.min, ...box.max].every(Number.isFinite)
    return {
      meshes: root.listMeshes().length,
      textures: textures.length,
      ...(sides.some(s => s > 0) ? { 'max-texture-size': Math.max(...sides) } : {}),
      ...(finite ? { bounds: { min: [...box.min], max: [...box.max] } } : {})
    }
  } catch {
    return {} // the validator's report already says why the file cannot be read
  }
}

/**
 * The validator is Dart compiled to JavaScript; its Node preamble looks up a global `require`
 * (for 'url'), which an ES module bundle does not define.
 */
function provideRequire(): void {
  const scope = globalThis as { require?: NodeJS.Require }
  scope.require ??= createRequire(import.meta.url)
}

function single(code: string, severity: Severity, message: string): Validation {
  return {
    errors: severity === 'error' ? 1 : 0,
    warnings: 0,
    infos: severity === 'info' ? 1 : 0,
    hints: 0,
    messages: [{ code, severity, pointer: '', message }]
  }
}
