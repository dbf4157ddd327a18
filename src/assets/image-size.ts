// An embedded texture's width and height from its first bytes: PNG, JPEG, WebP and KTX2 say
// their size in a header, so a 4K texture is measured by reading a few bytes, not decoding it.
// The format is told by its magic bytes; a model's `mimeType` is not trusted for that.

/** Reads up to `length` bytes at `offset` inside the image (fewer at its end). */
export type ImageReader = (offset: number, length: number) => Promise<Buffer>

export const HEAD_BYTES = 64

export interface ImageSize {
  format: 'png' | 'jpeg' | 'webp' | 'ktx2'
  width: number
  height: number
}

/** The size an image's header states, or undefined for an unknown or damaged header. */
export async function imageSize(read: ImageReader, length: number): Promise<ImageSize | undefined> {
  const head = await read(0, Math.min(HEAD_BYTES, length))
  const size = (format: ImageSize['format'], [width, height]: [number, number]) => ({
    format,
    width,
    height
  })
  if (isPng(head))
    return head.length >= 24
      ? size('png', [head.readUInt32BE(16), head.readUInt32BE(20)])
      : undefined
  if (head[0] === 0xff && head[1] === 0xd8) {
    const found = await jpegSize(read, length)
    return found && size('jpeg', found)
  }
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') {
    const found = webpSize(head)
    return found && size('webp', found)
  }
  if (head.toString('latin1', 1, 7) === 'KTX 20' && head.length >= 28) {
    return size('ktx2', [head.readUInt32LE(20), head.readUInt32LE(24)])
  }
  return undefined
}

/** A reader over bytes already in memory (an image's head read in one go). */
export function bytesReader(bytes: Buffer): ImageReader {
  return async (offset, length) => bytes.subarray(offset, offset + length)
}

function isPng(b: Buffer): boolean {
  return (
    b.length >= 16 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR'
  )
}

/** Walks the JPEG's segments (one small read each) to its start-of-frame marker. */
async function jpegSize(read: ImageReader, length: number): Promise<[number, number] | undefined> {
  let at = 2
  for (let segments = 0; segments < 1000 && at + 9 <= length; segments++) {
    const seg = await read(at, 9)
    if (seg.length < 4 || seg[0] !== 0xff) return undefined
    const marker = seg[1]
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame) return seg.length >= 9 ? [seg.readUInt16BE(7), seg.readUInt16BE(5)] : undefined
    if (marker === 0xd9 || marker === 0xda) return undefined // end, or scan data before a frame
    // Standalone markers (RSTn, TEM) have no length.
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) at += 2
    else at += 2 + seg.readUInt16BE(2)
  }
  return undefined
}

function webpSize(b: Buffer): [number, number] | undefined {
  const kind = b.toString('latin1', 12, 16)
  if (kind === 'VP8 ' && b.length >= 30) {
    return [b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff]
  }
  if (kind === 'VP8L' && b.length >= 25) {
    const bits = b.readUInt32LE(21)
    return [(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1]
  }
  if (kind === 'VP8X' && b.length >= 30) return [b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1]
  return undefined
}
