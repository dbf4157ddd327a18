// Textures are measured before a model is drawn. The render page decodes every image a model
// names, and a small file can declare a huge one: a 0.8 MB GLB with a 16384×16384 PNG raised the
// machine's memory by over 3 GB. Each image's size is read from its header here, in Node, and a
// model with a texture over the limit (or one whose size cannot be read) is not drawn.
import { open, type FileHandle } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { confinedFile } from './confined-path.js'
import { bytesReader, imageSize } from '../assets/image-size.js'

/** Widest or tallest texture drawn; GPUs commonly stop at 16384, and memory long before. */
export const MAX_TEXTURE_SIDE = 8192
/** All textures of one model together: two of the largest. */
export const MAX_TEXTURE_PIXELS = 2 * MAX_TEXTURE_SIDE * MAX_TEXTURE_SIDE
const MAX_IMAGES = 256
const MAX_JSON_BYTES = 64 << 20
const MAX_CHUNKS = 1024
/** Enough for any header: a JPEG's frame size can follow a few 64 KiB metadata segments. */
const HEAD_BYTES = 256 << 10

interface Gltf {
  images?: Array<{ uri?: unknown; bufferView?: unknown }>
  bufferViews?: Array<{ buffer?: unknown; byteOffset?: unknown; byteLength?: unknown }>
  buffers?: Array<{ uri?: unknown }>
}

interface Source {
  gltf: Gltf
  folder: string
  file: FileHandle
  /** Where a GLB's binary chunk starts; undefined for a .gltf. */
  bin?: number
}

/** Why the model must not be drawn, or undefined when its textures are within the limits. */
export async function textureRefusal(modelPath: string): Promise<string | undefined> {
  const file = await open(modelPath, 'r')
  try {
    const source = await readModel(file, dirname(modelPath))
    if (source === undefined || typeof source === 'string') return source
    const images = Array.isArray(source.gltf.images) ? source.gltf.images : []
    if (images.length > MAX_IMAGES)
      return `it names ${images.length} images (at most ${MAX_IMAGES})`
    let pixels = 0
    for (const [index, image] of images.entries()) {
      const head = await imageHead(source, image)
      if (head === undefined) continue // out of the page's reach: never loaded
      const size = await imageSize(bytesReader(head), head.length)
      // The page decodes PNG, JPEG and WebP only; KTX2 has no decoder there.
      if (!size || size.format === 'ktx2' || size.width === 0 || size.height === 0)
        return `texture ${index} is not a PNG, JPEG or WebP image with its size in the header`
      if (Math.max(size.width, size.height) > MAX_TEXTURE_SIDE)
        return `texture ${index} is ${size.width}×${size.height} px, above the ${MAX_TEXTURE_SIDE} px limit`
      pixels += size.width * size.height
      if (pixels > MAX_TEXTURE_PIXELS)
        return `its textures hold over ${MAX_TEXTURE_PIXELS / 1e6} million pixels together`
    }
    return undefined
  } finally {
    await file.close()
  }
}

/**
 * The glTF JSON, from a GLB's chunks or a whole .gltf file, read the way three.js reads it (the
 * last JSON and BIN chunks count, in any order). JSON that does not parse here does not parse in
 * the page either, so nothing of it is drawn: no refusal is needed.
 */
async function readModel(file: FileHandle, folder: string): Promise<Source | string | undefined> {
  const header = await readAt(file, 0, 12)
  let text: Buffer | undefined
  let bin: number | undefined
  if (header.toString('latin1', 0, 4) === 'glTF') {
    const end = Math.min(
      header.length === 12 ? header.readUInt32LE(8) : 0,
      (await file.stat()).size
    )
    let at = 12
    for (let chunks = 0; at + 8 <= end; chunks++) {
      if (chunks === MAX_CHUNKS) return `its GLB has more than ${MAX_CHUNKS} chunks`
      const head = await readAt(file, at, 8)
      const length = head.readUInt32LE(0)
      const type = head.toString('latin1', 4, 8)
      if (type === 'JSON') {
        if (length > MAX_JSON_BYTES) return 'its glTF JSON is too large to check'
        text = await readAt(file, at + 8, length)
      } else if (type === 'BIN\0') bin = at + 8
      at += 8 + length
    }
  } else {
    if ((await file.stat()).size > MAX_JSON_BYTES) return 'its glTF JSON is too large to check'
    text = await file.readFile()
  }
  try {
    const gltf = JSON.parse(text?.toString('utf8') ?? '') as Gltf
    return { gltf: gltf && typeof gltf === 'object' ? gltf : {}, folder, file, bin }
  } catch {
    return undefined
  }
}

/** The first bytes of an image, or undefined when the page could not load it. */
async function imageHead(source: Source, image: unknown): Promise<Buffer | undefined> {
  if (!image || typeof image !== 'object') return Buffer.alloc(0)
  const { uri, bufferView } = image as { uri?: unknown; bufferView?: unknown }
  if (typeof uri === 'string') return uriBytes(source, uri, 0, HEAD_BYTES)
  if (typeof bufferView !== 'number') return Buffer.alloc(0)
  const view = source.gltf.bufferViews?.[bufferView]
  const buffer = typeof view?.buffer === 'number' ? source.gltf.buffers?.[view.buffer] : undefined
  if (!view || !buffer) return Buffer.alloc(0)
  const offset = typeof view.byteOffset === 'number' ? view.byteOffset : 0
  const length = Math.min(typeof view.byteLength === 'number' ? view.byteLength : 0, HEAD_BYTES)
  if (typeof buffer.uri === 'string') return uriBytes(source, buffer.uri, offset, length)
  if (source.bin === undefined) return Buffer.alloc(0)
  return readAt(source.file, source.bin + offset, length)
}

/**
 * Bytes of a data URI, or of a file the model server would serve (inside the model's folder);
 * undefined for anything else, which the page is not allowed to fetch.
 */
async function uriBytes(
  source: Source,
  uri: string,
  offset: number,
  length: number
): Promise<Buffer | undefined> {
  const data = /^data:[^,]*?;base64,/i.exec(uri)
  if (data) {
    // Only the base64 characters that cover the wanted bytes are decoded.
    const start = data[0].length + Math.floor(offset / 3) * 4
    const chars = uri.slice(start, start + Math.ceil((length + 3) / 3) * 4)
    return Buffer.from(chars, 'base64').subarray(offset % 3, (offset % 3) + length)
  }
  if (/^data:/i.test(uri)) return Buffer.alloc(0)
  const url = new URL(uri, 'http://model.invalid/m/')
  if (url.origin !== 'http://model.invalid' || !url.pathname.startsWith('/m/')) return undefined
  let rel: string
  try {
    rel = url.pathname.slice(3).split('/').map(decodeURIComponent).join(sep)
  } catch {
    return undefined
  }
  const real = await confinedFile(source.folder, resolve(source.folder, rel))
  if (!real) return undefined
  const file = await open(real, 'r')
  try {
    return await readAt(file, offset, length)
  } finally {
    await file.close()
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(0, length))
  const { bytesRead } = await file.read(buffer, 0, buffer.length, position)
  return buffer.subarray(0, bytesRead)
}
