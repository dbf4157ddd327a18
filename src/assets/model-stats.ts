// What a downloaded model weighs and whether it is valid glTF: Khronos glTF-Validator for the
// verdict and the rendered counts, glTF-Transform's GLB reader for meshes, textures and bounds. Both load on
// first use, so a run that downloads no glTF pays nothing for them at start-up. A file neither
// can read gets a validation error in its report, never a crash.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { sceneBounds, type GltfJson } from './gltf-bounds.js'

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

/**
 * Meshes, textures (and their largest side when the validator could not read it), bounds: from
 * the GLB's JSON and its binary chunk as glTF-Transform's reader splits them, without building its
 * document graph (which cost more time and memory than the validator itself, bench figure 9).
 */
async function structure(data: Uint8Array): Promise<Partial<ModelStats>> {
  try {
    const { NodeIO } = await import('@gltf-transform/core')
    const { json, resources } = await new NodeIO().binaryToJSON(data)
    const gltf = json as GltfJson & GltfImages
    const sides = await textureSides(gltf, resources)
    const bounds = sceneBounds(gltf)
    return {
      meshes: gltf.meshes?.length ?? 0,
      textures: gltf.textures?.length ?? 0,
      ...(sides.some(s => s > 0) ? { 'max-texture-size': Math.max(...sides) } : {}),
      ...(bounds ? { bounds } : {})
    }
  } catch {
    return {} // the validator's report already says why the file cannot be read
  }
}

interface GltfImages {
  textures?: Array<{ source?: number }>
  images?: Array<{ bufferView?: number; mimeType?: string; uri?: string }>
  bufferViews?: Array<{ buffer: number; byteOffset?: number; byteLength: number }>
  buffers?: Array<{ uri?: string }>
}

/** The largest side of each texture's image, 0 where it cannot be read. */
async function textureSides(
  json: GltfImages,
  resources: Record<string, Uint8Array>
): Promise<number[]> {
  const { GLB_BUFFER, ImageUtils } = await import('@gltf-transform/core')
  return (json.textures ?? []).map(texture => {
    const image = json.images?.[texture.source ?? -1]
    const view = json.bufferViews?.[image?.bufferView ?? -1]
    const buffer = view && resources[json.buffers?.[view.buffer]?.uri ?? GLB_BUFFER]
    if (!image?.mimeType || !view || !buffer) return 0
    const offset = view.byteOffset ?? 0
    const bytes = buffer.subarray(offset, offset + view.byteLength)
    const size = ImageUtils.getSize(bytes, image.mimeType)
    return size ? Math.max(size[0], size[1]) : 0
  })
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
