// Image dimensions from the file's header, without decoding it: a texture's size decides how much
// memory the render page's decoder takes (a 16384² PNG of under a megabyte decodes to 1 GiB, and
// the GPU copies add more), so it is read before the page ever sees the image.

export interface ImageSize {
  format: 'png' | 'jpeg' | 'webp'
  width: number
  height: number
}

/** PNG, JPEG or WebP dimensions from the first bytes; undefined for anything else. */
export function imageSize(head: Uint8Array): ImageSize | undefined {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength)
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR')
    return { format: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b)
  if (
    b.length >= 30 &&
    b.toString('latin1', 0, 4) === 'RIFF' &&
    b.toString('latin1', 8, 12) === 'WEBP'
  )
    return webpSize(b)
  return undefined
}

/** Start-of-frame markers: C0-CF except C4 (Huffman tables), C8 (reserved) and CC (arithmetic). */
function isFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

/** Walks the segments to the first frame header; each step moves forward, so it ends. */
function jpegSize(b: Buffer): ImageSize | undefined {
  let at = 2
  while (at + 9 <= b.length) {
    if (b[at] !== 0xff) return undefined
    const marker = b[at + 1]
    if (marker === 0xff) {
      at += 1 // fill byte
      continue
    }
    if (isFrameMarker(marker)) {
      // A height of 0 defers it to a later DNL marker: unknown here, so refused by the caller.
      return { format: 'jpeg', height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) }
    }
    if (marker === 0xd9 || marker === 0xda) return undefined // end, or scan data before a frame
    // Standalone markers (RSTn, TEM) have no length.
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) at += 2
    else at += 2 + b.readUInt16BE(at + 2)
  }
  return undefined
}

function webpSize(b: Buffer): ImageSize | undefined {
  const chunk = b.toString('latin1', 12, 16)
  if (chunk === 'VP8X') {
    return { format: 'webp', width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) }
  }
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21)
    return { format: 'webp', width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) }
  }
  if (chunk === 'VP8 ') {
    return {
      format: 'webp',
      width: b.readUInt16LE(26) & 0x3fff,
      height: b.readUInt16LE(28) & 0x3fff
    }
  }
  return undefined
}
