// Where a finished task keeps its files. Meshy spreads them over model_urls, thumbnail_url,
// texture_urls, image_urls and (rig/animate tasks) `result`; this maps them to what the user
// asked for, with stable local file names.
import { MODEL_FORMATS, type DownloadKind, type ModelFormat } from './types.js'
import type { MeshyTask } from '../meshy/types.js'

export interface AssetRef {
  kind: 'model' | 'thumbnail' | 'texture' | 'image' | 'animation'
  label: string
  url: string
  /** e.g. model.glb, thumbnail.png, texture-0-base_color.png, image-0.png, rigged.glb, walking.glb */
  fileName: string
  /**
   * Magic bytes the download must have. 'image': PNG, JPEG or WebP, and the file is named after
   * the type found (Meshy promises PNG only with remove_background).
   */
  expect?: 'glb' | 'png' | 'jpeg' | 'image'
}

/**
 * The extension an image download takes, by the type its bytes show (Meshy answers PNG, JPEG or
 * WebP). The downloader renames images with this table and the lockfile check accepts its values,
 * so a name one writes is never a name the other refuses.
 */
export const IMAGE_EXTENSIONS = { png: 'png', jpeg: 'jpg', webp: 'webp' } as const
export type ImageType = keyof typeof IMAGE_EXTENSIONS

/** `image-0.png` downloaded as a JPEG is kept as `image-0.jpg`. */
export function imageFileName(name: string, type: ImageType): string {
  return name.replace(/(\.[A-Za-z0-9]+)?$/, `.${IMAGE_EXTENSIONS[type]}`)
}

/**
 * Every file name this action gives a download: a name of [a-z0-9_-] (texture map and clip names
 * come from Meshy's field names, so nothing else may pass: no path, no dot, no case clash) and an
 * extension it writes. Deletions of superseded files are limited to such names too.
 */
const PRODUCED_EXTENSIONS = [...MODEL_FORMATS, 'mtl', ...Object.values(IMAGE_EXTENSIONS)]
const PRODUCED_FILE = new RegExp(`^[a-z0-9_-]+\\.(${[...new Set(PRODUCED_EXTENSIONS)].join('|')})$`)

export function isProducedFileName(name: string): boolean {
  return PRODUCED_FILE.test(name)
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function resultOf(task: MeshyTask): Record<string, unknown> {
  return task.result && typeof task.result === 'object' ? task.result : {}
}

function expectFor(format: string): 'glb' | undefined {
  return format === 'glb' ? 'glb' : undefined
}

/** The main model file of a task in one format, with the local name it gets. */
function modelFile(task: MeshyTask, format: string): { url: string; name: string } | undefined {
  const result = resultOf(task)
  const candidates: Array<[string, string]> = [
    [text(task.model_urls?.[format]), `model.${format}`],
    [text(result[`rigged_character_${format}_url`]), `rigged.${format}`],
    [text(result[`animation_${format}_url`]), `animation.${format}`],
    [text(result[`processed_${format}_url`]), `animation.${format}`]
  ]
  const hit = candidates.find(([url]) => url !== '')
  return hit && { url: hit[0], name: hit[1] }
}

function models(task: MeshyTask, formats: readonly ModelFormat[]): AssetRef[] {
  const refs: AssetRef[] = []
  for (const format of formats) {
    const file = modelFile(task, format)
    if (!file) continue
    refs.push({
      kind: 'model',
      label: `${format.toUpperCase()} model`,
      url: file.url,
      fileName: file.name,
      expect: expectFor(format)
    })
    // An OBJ without its material file loses its textures.
    const mtl = text(task.model_urls?.mtl)
    if (format === 'obj' && mtl)
      refs.push({ kind: 'model', label: 'OBJ materials', url: mtl, fileName: 'model.mtl' })
  }
  return refs
}

function thumbnail(task: MeshyTask): AssetRef[] {
  const url = text(task.thumbnail_url)
  return url
    ? [{ kind: 'thumbnail', label: 'thumbnail', url, fileName: 'thumbnail.png', expect: 'png' }]
    : []
}

function textures(task: MeshyTask): AssetRef[] {
  return (task.texture_urls ?? []).flatMap((set, i) =>
    Object.entries(set ?? {})
      .filter(([, url]) => text(url) !== '')
      .map(([map, url]): AssetRef => ({
        kind: 'texture',
        label: `texture ${i} ${map}`,
        url,
        // Not cleaned up: a map name outside [a-z0-9_-] is refused before the download.
        fileName: `texture-${i}-${map}.png`,
        expect: 'png'
      }))
  )
}

function images(task: MeshyTask): AssetRef[] {
  return (task.image_urls ?? [])
    .filter(url => text(url) !== '')
    .map((url, i): AssetRef => ({
      kind: 'image',
      label: `image ${i}`,
      url,
      fileName: `image-${i}.png`,
      expect: 'image'
    }))
}

const CLIP_FIELD = /^(.+?)_(glb|fbx|usdz)_url$/

/** `processed_animation_fps` → animation-fps, `processed_armature` → animation-armature. */
function clipName(field: string, fromResult: boolean): string | undefined {
  if (!fromResult) return field
  if (field === 'animation') return 'animation'
  if (field.startsWith('processed'))
    return 'animation' + field.slice('processed'.length).replace(/^_animation/, '')
  return undefined
}

/**
 * Animation clips in the chosen formats: a rig task's free walking/running clips
 * (`walking_armature_glb_url` → walking-armature.glb) and an animate task's results, including
 * post-processed ones (`processed_usdz_url` → animation.usdz).
 */
function animations(task: MeshyTask, formats: readonly ModelFormat[]): AssetRef[] {
  const result = resultOf(task)
  const basic =
    result.basic_animations && typeof result.basic_animations === 'object'
      ? result.basic_animations
      : {}
  const fields = [
    ...Object.entries(basic).map(([k, v]) => [k, v, false] as const),
    ...Object.entries(result).map(([k, v]) => [k, v, true] as const)
  ]
  const refs: AssetRef[] = []
  for (const [key, value, fromResult] of fields) {
    const match = CLIP_FIELD.exec(key)
    const name = match && clipName(match[1], fromResult)
    const url = text(value)
    if (!match || !name || !url || !formats.includes(match[2] as ModelFormat)) continue
    const base = name.replace(/_/g, '-')
    const format = match[2]
    refs.push({
      kind: 'animation',
      label: `${base} animation (${format})`,
      url,
      fileName: `${base}.${format}`,
      expect: expectFor(format)
    })
  }
  return refs
}

/** For text/image-to-image the images are the product, so `model` (the default) fetches them. */
function imagesAreTheModel(task: MeshyTask, kinds: DownloadKind[]): boolean {
  return (
    kinds.includes('model') &&
    Object.values(task.model_urls ?? {}).every(url => !url) &&
    !task.result
  )
}

/** The files of `task` that `kinds` asks for, in `formats`, without duplicates. */
export function assetsOf(
  task: MeshyTask,
  formats: ModelFormat[],
  kinds: DownloadKind[]
): AssetRef[] {
  const all: AssetRef[] = [
    ...(kinds.includes('model') ? models(task, formats) : []),
    ...(kinds.includes('thumbnail') ? thumbnail(task) : []),
    ...(kinds.includes('textures') ? textures(task) : []),
    ...(kinds.includes('images') || imagesAreTheModel(task, kinds) ? images(task) : []),
    ...(kinds.includes('animations') ? animations(task, formats) : [])
  ]
  const seen = new Set<string>()
  return all.filter(ref => {
    const key = ref.url.split('?')[0]
    if (seen.has(ref.fileName) || seen.has(key)) return false
    seen.add(ref.fileName)
    seen.add(key)
    return true
  })
}

/**
 * The result URLs for outputs. modelUrls holds every model file the task has (users may want
 * a URL they did not download); modelUrl is the first of the chosen formats that exists.
 */
export function urlsOf(
  task: MeshyTask,
  formats: ModelFormat[]
): {
  modelUrls: Record<string, string>
  modelUrl: string
  thumbnailUrl: string
  textureUrls: Array<Record<string, string>>
  imageUrls: string[]
} {
  const modelUrls: Record<string, string> = {}
  for (const [format, url] of Object.entries(task.model_urls ?? {}))
    if (text(url)) modelUrls[format] = url
  for (const format of ['glb', 'fbx', 'usdz']) {
    const file = modelFile(task, format)
    if (file && !modelUrls[format]) modelUrls[format] = file.url
  }
  const first = formats.find(f => modelUrls[f])
  return {
    modelUrls,
    modelUrl: first ? modelUrls[first] : '',
    thumbnailUrl: text(task.thumbnail_url),
    textureUrls: task.texture_urls ?? [],
    imageUrls: task.image_urls ?? []
  }
}

/** Keys of `result` the action reads as files (rigged models, animation clips). */
const FILE_KEY = /^basic_animations$|_(glb|fbx|usdz)_url$/

/**
 * What a task's `output` holds besides files: a printability report, or a shape Meshy has not
 * documented. Kept whole so the summary can show it as JSON; undefined when there is none.
 */
export function reportOf(task: MeshyTask): Record<string, unknown> | undefined {
  const rest = Object.entries(resultOf(task)).filter(([key]) => !FILE_KEY.test(key))
  return rest.length > 0 ? Object.fromEntries(rest) : undefined
}

/**
 * Meshy's printability verdict in an analysis task's report: `printable` at the top or under
 * `printability` (v1's key). The v2 shape is unconfirmed, so anything else is no verdict.
 */
export function printableVerdict(task: MeshyTask): boolean | undefined {
  const result = resultOf(task)
  const nested = result.printability
  if (typeof nested === 'boolean') return nested
  const inner = nested && typeof nested === 'object' ? (nested as Record<string, unknown>) : {}
  for (const value of [inner.printable, inner.is_printable, result.printable, result.is_printable])
    if (typeof value === 'boolean') return value
  return undefined
}

/**
 * The requested model formats the task does not have, and the ones it has. Tasks whose product
 * is images (no model files at all) have nothing to compare and answer no missing formats.
 */
export function formatCoverage(
  task: MeshyTask,
  formats: readonly ModelFormat[]
): { missing: ModelFormat[]; available: string[] } {
  const known: readonly string[] = MODEL_FORMATS
  const available = Object.keys(urlsOf(task, [...formats]).modelUrls).filter(f => known.includes(f))
  // Images or a report are the product of such a task: no model format is missing.
  if (available.length === 0 && ((task.image_urls ?? []).length > 0 || reportOf(task))) {
    return { missing: [], available }
  }
  return { missing: formats.filter(f => !available.includes(f)), available }
}
