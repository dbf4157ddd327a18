// What a downloaded model weighs and whether it is valid glTF. The stats come from the file's
// JSON and a few bytes of each embedded image (glb-layout.ts, image-size.ts), never from the
// whole file; Khronos glTF-Validator gives the verdict in a worker thread with a stated memory
// limit that the deadline can stop (validator-run.ts). With `validate: off` only the JSON and
// image headers are read. A file that cannot be read gets a validation error, never a crash.
import { open, type FileHandle } from 'node:fs/promises'
import { sceneBounds, type GltfJson } from './gltf-bounds.js'
import { meshCounts, oversizedAccessor, type CountsJson } from './gltf-counts.js'
import { LayoutError, readAt, readLayout, type GltfLayout } from './glb-layout.js'
import { imageSize } from './image-size.js'
import { MAX_VALIDATE_BYTES, WHOLE_GLB_BYTES, runValidator } from './validator-run.js'
import type { ValidatorJob } from './validator-worker.js'

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

export function isGltfPath(path: string): boolean {
  return /\.(glb|gltf)$/i.test(path)
}

export interface InspectOptions {
  validate: boolean
  /** How long the validator may run; it is stopped after that (the run's deadline). */
  timeoutMs?: number
}

/** Stats of one model file; glTF/GLB files are measured and (unless `validate` is false) validated. */
export async function inspectModel(
  absPath: string,
  relPath: string,
  bytes: number,
  opts: InspectOptions
): Promise<ModelStats> {
  return (await inspectModelFile(absPath, relPath, bytes, opts)).stats
}

/**
 * The stats, and the file's sha256 when the validator read the whole file anyway (so the
 * lockfile need not read it again).
 */
export async function inspectModelFile(
  absPath: string,
  relPath: string,
  bytes: number,
  opts: InspectOptions
): Promise<{ stats: ModelStats; sha256?: string }> {
  const stats: ModelStats = { path: relPath, bytes }
  if (!isGltfPath(absPath)) return { stats }
  let layout: GltfLayout
  const fh = await open(absPath, 'r')
  try {
    layout = await readLayout(fh, bytes, /\.glb$/i.test(absPath))
    const oversized = oversizedAccessor(layout.json as CountsJson, bytes)
    if (oversized) {
      if (opts.validate) stats.validation = single('ACCESSOR_TOO_LARGE', 'error', oversized)
      return { stats: { ...stats, ...(await structure(fh, layout, false)) } }
    }
    Object.assign(stats, await structure(fh, layout, true))
  } catch (err) {
    if (!(err instanceof LayoutError)) throw err
    if (opts.validate)
      stats.validation = single('UNREADABLE', 'error', `not a readable glTF: ${err.message}`)
    return { stats }
  } finally {
    await fh.close()
  }
  if (!opts.validate) return { stats }
  if (bytes > MAX_VALIDATE_BYTES) {
    const mib = MAX_VALIDATE_BYTES / 1024 / 1024
    stats.validation = single('FILE_TOO_LARGE', 'info', `not validated: over ${mib} MiB`)
    return { stats }
  }
  const job = { path: absPath, bytes, maxIssues: 200, ...splitOf(layout, bytes) }
  return validated(job, stats, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS)
}

/** A large GLB whose buffer 0 is its binary chunk is validated as JSON plus that chunk. */
function splitOf(layout: GltfLayout, bytes: number): Pick<ValidatorJob, 'split'> {
  const buffers = (layout.json as { buffers?: unknown }).buffers
  const first = Array.isArray(buffers) ? (buffers[0] as { uri?: unknown } | undefined) : undefined
  const embedded = first !== null && typeof first === 'object' && first.uri === undefined
  if (bytes <= WHOLE_GLB_BYTES || !layout.bin || !embedded) return {}
  const jsonLength = layout.bin.start - 28
  return { split: { jsonLength, binStart: layout.bin.start, binLength: layout.bin.length } }
}

/** Used when a caller has no deadline of its own (tests, the bench). */
const DEFAULT_TIMEOUT_MS = 10 * 60_000

async function validated(
  job: ValidatorJob,
  stats: ModelStats,
  timeoutMs: number
): Promise<{ stats: ModelStats; sha256?: string }> {
  const outcome = await runValidator(job, { timeoutMs })
  if ('failure' in outcome) {
    const code = { timeout: 'VALIDATOR_TIMEOUT', memory: 'VALIDATOR_MEMORY', crash: 'UNREADABLE' }
    // Out of memory is the validator's limit, not a finding about the file.
    const severity = outcome.failure === 'memory' ? 'info' : 'error'
    return {
      stats: { ...stats, validation: single(code[outcome.failure], severity, outcome.message) }
    }
  }
  const report = outcome.report as ValidatorReport
  return { stats: { ...stats, validation: validationOf(report) }, sha256: outcome.sha256 }
}

interface ValidatorIssue {
  code?: string
  severity?: number
  pointer?: string
  message?: string
}
interface ValidatorReport {
  issues?: {
    numErrors?: number
    numWarnings?: number
    numInfos?: number
    numHints?: number
    messages?: ValidatorIssue[]
  }
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint']

function validationOf(report: ValidatorReport): Validation {
  const issues = report?.issues ?? {}
  const messages = (Array.isArray(issues.messages) ? issues.messages : [])
    .map(m => ({
      code: String(m.code ?? ''),
      severity: SEVERITIES[m.severity ?? 0] ?? 'error',
      pointer: String(m.pointer ?? ''),
      message: String(m.message ?? '')
    }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
    .slice(0, MAX_MESSAGES)
  return {
    errors: Number(issues.numErrors ?? 0),
    warnings: Number(issues.numWarnings ?? 0),
    infos: Number(issues.numInfos ?? 0),
    hints: Number(issues.numHints ?? 0),
    messages
  }
}

interface GltfParts extends GltfJson {
  materials?: unknown[]
  textures?: Array<{ source?: number }>
  images?: Array<{ bufferView?: number }>
  bufferViews?: Array<{ buffer?: number; byteOffset?: number; byteLength?: number }>
}

/** Counts (unless the accessors lie), meshes, materials, textures and their largest side, bounds. */
async function structure(
  fh: FileHandle,
  layout: GltfLayout,
  counted: boolean
): Promise<Partial<ModelStats>> {
  const gltf = (layout.json && typeof layout.json === 'object' ? layout.json : {}) as GltfParts
  const sides = await textureSides(fh, layout, gltf)
  const bounds = boundsOf(gltf)
  return {
    ...(counted ? meshCounts(gltf as CountsJson) : {}),
    meshes: arrayLength(gltf.meshes),
    materials: arrayLength(gltf.materials),
    textures: arrayLength(gltf.textures),
    ...(sides.some(s => s > 0) ? { 'max-texture-size': Math.max(...sides) } : {}),
    ...(bounds ? { bounds } : {})
  }
}

/** The largest side of each texture's image, 0 where it cannot be read. */
async function textureSides(
  fh: FileHandle,
  layout: GltfLayout,
  gltf: GltfParts
): Promise<number[]> {
  const sides: number[] = []
  const textures = Array.isArray(gltf.textures) ? gltf.textures : []
  const seen = new Map<number, number>()
  for (const texture of textures) {
    const source = texture?.source
    if (typeof source !== 'number') continue
    if (!seen.has(source)) seen.set(source, await imageSide(fh, layout, gltf, source))
    sides.push(seen.get(source) ?? 0)
  }
  return sides
}

async function imageSide(
  fh: FileHandle,
  layout: GltfLayout,
  gltf: GltfParts,
  image: number
): Promise<number> {
  const view = gltf.bufferViews?.[gltf.images?.[image]?.bufferView ?? -1]
  // Only the GLB's own binary chunk is read: a URI is never followed from a download.
  if (!layout.bin || !view || (view.buffer ?? 0) !== 0) return 0
  const offset = Number(view.byteOffset ?? 0)
  const length = Number(view.byteLength)
  if (!(offset >= 0 && length > 0 && offset + length <= layout.bin.length)) return 0
  const start = layout.bin.start + offset
  const size = await imageSize(
    (at, n) => readAt(fh, start + at, Math.max(0, Math.min(n, length - at))),
    length
  )
  return size ? Math.max(size.width, size.height) : 0
}

/** A JSON of the wrong shape (say `nodes: 5`) has no bounds; its validation says why. */
function boundsOf(gltf: GltfParts): ReturnType<typeof sceneBounds> {
  try {
    return sceneBounds(gltf)
  } catch {
    return undefined
  }
}

function arrayLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0
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
