// Recognises file types by their first bytes, never by name or Content-Type header.

export type SniffedType =
  'png' | 'jpeg' | 'webp' | 'glb' | 'gltf' | 'obj' | 'fbx' | 'stl' | 'zip' | 'unknown'

export const MIME_TYPES: Record<SniffedType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  glb: 'model/gltf-binary',
  gltf: 'model/gltf+json',
  obj: 'application/octet-stream',
  fbx: 'application/octet-stream',
  stl: 'application/octet-stream',
  zip: 'application/zip',
  unknown: 'application/octet-stream'
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]

function startsWith(head: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b)
}

// Some line starts (after spaces) with an OBJ keyword. Every pattern here has a single quantifier
// per position, none nested: bytes from an asset host or a checkout are matched in linear time
// (a nested `(a|\s*)*` took exponential time on 64 bytes of spaces and blocked every deadline).
const OBJ_LINE = /^[ \t\r\f\v]*(?:v|vn|vt|o|g|mtllib|usemtl|f)\s/m

/** Looks at up to the first 512 bytes of a file. */
export function sniff(head: Uint8Array): SniffedType {
  if (startsWith(head, PNG)) return 'png'
  if (startsWith(head, JPEG)) return 'jpeg'
  if (isWebp(head)) return 'webp'
  const text = Buffer.from(head.subarray(0, 512)).toString('latin1')
  // RIFF container, 4 size bytes, then the WEBP form type.
  if (text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP') return 'webp'
  if (text.startsWith('glTF')) return 'glb'
  if (text.startsWith('Kaydara FBX Binary')) return 'fbx'
  if (text.startsWith('PK\u0003\u0004')) return 'zip'
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (trimmed.startsWith('{') && /"asset"\s*:/.test(trimmed)) return 'gltf'
  if (/^solid\s/i.test(trimmed)) return 'stl'
  if (/^; FBX \d/.test(trimmed)) return 'fbx'
  if (OBJ_LINE.test(trimmed) && !text.includes('\0')) return 'obj'
  // A binary STL: an 80-byte header then a little-endian triangle count that fits the size
  // is only checkable with the length; callers pass the length through isBinaryStl().
  return 'unknown'
}

/** RIFF, a 4-byte size, then WEBP. */
function isWebp(head: Uint8Array): boolean {
  const text = Buffer.from(head.subarray(0, 12)).toString('latin1')
  return text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP'
}

/** A result file's expected content, for the formats that have magic bytes. */
export type ExpectedType = 'glb' | 'fbx' | 'zip' | 'png' | 'jpeg' | 'webp' | 'image'

// usdz and 3mf are zip archives; OBJ, MTL, STL (ASCII or binary) and blend have no check here.
const BY_EXTENSION: Record<string, ExpectedType> = {
  glb: 'glb',
  fbx: 'fbx',
  usdz: 'zip',
  '3mf': 'zip',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  webp: 'webp'
}

/** What a file named like this must start with, or undefined when its format has no magic. */
export function expectedFromName(fileName: string): ExpectedType | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  return ext === undefined ? undefined : BY_EXTENSION[ext]
}

/** Whether a sniffed type satisfies an expectation ('image' takes PNG, JPEG or WebP). */
export function satisfies(found: SniffedType, expected: ExpectedType): boolean {
  if (expected === 'image') return found === 'png' || found === 'jpeg' || found === 'webp'
  return found === expected
}

/** A binary STL has no magic: 80-byte header, uint32 count, 50 bytes per triangle. */
export function isBinaryStl(head: Uint8Array, size: number): boolean {
  if (head.length < 84 || size < 84) return false
  const count = Buffer.from(head).readUInt32LE(80)
  return 84 + count * 50 === size
}

/** The image types Meshy takes as input (v2: JPG, PNG or WebP). */
export function isImage(type: SniffedType): boolean {
  return type === 'png' || type === 'jpeg' || type === 'webp'
}

export function isModel(type: SniffedType): boolean {
  return type === 'glb' || type === 'gltf' || type === 'obj' || type === 'fbx' || type === 'stl'
}
