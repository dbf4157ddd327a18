// Models whose textures declare a size in their header: a GLB holding one triangle with UVs and
// one image as its base colour, the image given as bytes. Only headers are needed to state a
// size (the rest of a 16384² image is left out: a test must never decode one).
import { deflateSync } from 'node:zlib'

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  // The CRC is not checked by anything that reads only the header; zeros keep this short.
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)])
}

/** A PNG signature and IHDR claiming width × height (RGBA), a scrap of IDAT, and IEND. */
export function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** A baseline JPEG's first segments: SOI, an APP0 of `padding` bytes, then SOF0 with the size. */
export function jpegClaiming(width: number, height: number, padding = 16): Buffer {
  const app0 = Buffer.alloc(4 + padding)
  app0.set([0xff, 0xe0])
  app0.writeUInt16BE(padding + 2, 2)
  const sof = Buffer.from([0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
  sof.writeUInt16BE(height, 5)
  sof.writeUInt16BE(width, 7)
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof])
}

/** A WebP (VP8X form) claiming width × height. */
export function webpClaiming(width: number, height: number): Buffer {
  const b = Buffer.alloc(30)
  b.write('RIFF', 0, 'latin1')
  b.writeUInt32LE(22, 4)
  b.write('WEBPVP8X', 8, 'latin1')
  b.writeUInt32LE(10, 16)
  b.writeUIntLE(width - 1, 24, 3)
  b.writeUIntLE(height - 1, 27, 3)
  return b
}

const pad4 = (b: Buffer) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)])

/** A GLB: one textured triangle whose base colour is `image`. */
export function glbWithTexture(image: Buffer, mimeType = 'image/png'): Buffer {
  const positions = Buffer.from(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]).buffer)
  const uvs = Buffer.from(new Float32Array([0, 0, 1, 0, 0, 1]).buffer)
  const bin = pad4(Buffer.concat([positions, uvs, image]))
  const json = {
    asset: { version: '2.0' },
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0, TEXCOORD_0: 1 }, material: 0 }] }],
    materials: [{ pbrMetallicRoughness: { baseColorTexture: { index: 0 } } }],
    textures: [{ source: 0 }],
    images: [{ bufferView: 2, mimeType }],
    accessors: [
      {
        bufferView: 0,
        componentType: 5126,
        count: 3,
        type: 'VEC3',
        min: [0, 0, 0],
        max: [1, 1, 0]
      },
      { bufferView: 1, componentType: 5126, count: 3, type: 'VEC2' }
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: 36 },
      { buffer: 0, byteOffset: 36, byteLength: 24 },
      { buffer: 0, byteOffset: 60, byteLength: image.length }
    ],
    buffers: [{ byteLength: bin.length }]
  }
  const text = Buffer.from(JSON.stringify(json))
  const jsonChunk = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4, 0x20)])
  const header = Buffer.alloc(12)
  header.write('glTF', 0, 'latin1')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(12 + 8 + jsonChunk.length + 8 + bin.length, 8)
  const head = (length: number, type: string) => {
    const b = Buffer.alloc(8)
    b.writeUInt32LE(length, 0)
    b.write(type, 4, 'latin1')
    return b
  }
  return Buffer.concat([
    header,
    head(jsonChunk.length, 'JSON'),
    jsonChunk,
    head(bin.length, 'BIN\0'),
    bin
  ])
}
