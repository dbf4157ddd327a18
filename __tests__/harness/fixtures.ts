// Small, real input files for tests: a valid PNG and a valid GLB.
import { PNG } from 'pngjs'

export function tinyPng(seed = 1): Buffer {
  const png = new PNG({ width: 8, height: 8 })
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * seed * 37) & 0xff
  return PNG.sync.write(png)
}

/** A one-triangle glTF 2.0 binary. */
export function tinyGlb(): Buffer {
  const positions = Buffer.alloc(36)
  ;[0, 0, 0, 1, 0, 0, 0, 1, 0].forEach((v, i) => positions.writeFloatLE(v, i * 4))
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 0] }
    ],
    bufferViews: [{ buffer: 0, byteLength: 36 }],
    buffers: [{ byteLength: 36 }]
  }
  let text = JSON.stringify(json)
  while (text.length % 4) text += ' '
  const jsonChunk = Buffer.from(text)
  const total = 12 + 8 + jsonChunk.length + 8 + positions.length
  const out = Buffer.alloc(total)
  out.write('glTF', 0, 'latin1')
  out.writeUInt32LE(2, 4)
  out.writeUInt32LE(total, 8)
  out.writeUInt32LE(jsonChunk.length, 12)
  out.writeUInt32LE(0x4e4f534a, 16)
  jsonChunk.copy(out, 20)
  const bin = 20 + jsonChunk.length
  out.writeUInt32LE(positions.length, bin)
  out.writeUInt32LE(0x004e4942, bin + 4)
  positions.copy(out, bin + 8)
  return out
}
