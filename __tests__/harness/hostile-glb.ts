// Hostile models for the validator's limits (issue 24 item 5): a tiny GLB whose accessors
// declare far more elements than its bytes can hold.

/** A GLB with a JSON chunk and a binary chunk of `bin` bytes. */
export function glb(json: unknown, bin: Buffer): Buffer {
  let text = JSON.stringify(json)
  while (text.length % 4) text += ' '
  const jsonChunk = Buffer.from(text)
  const total = 12 + 8 + jsonChunk.length + 8 + bin.length
  const out = Buffer.alloc(total)
  out.write('glTF', 0, 'latin1')
  out.writeUInt32LE(2, 4)
  out.writeUInt32LE(total, 8)
  out.writeUInt32LE(jsonChunk.length, 12)
  out.writeUInt32LE(0x4e4f534a, 16) // JSON
  jsonChunk.copy(out, 20)
  const at = 20 + jsonChunk.length
  out.writeUInt32LE(bin.length, at)
  out.writeUInt32LE(0x004e4942, at + 4) // BIN\0
  bin.copy(out, at + 8)
  return out
}

/**
 * About 2 KB: one real triangle, plus eight sparse accessors (morph targets of it) that each
 * declare 2^32-1 elements. glTF-Validator walks every declared element: over an hour of CPU.
 */
export function sparseBombGlb(): Buffer {
  const bin = Buffer.alloc(48)
  ;[0, 0, 0, 1, 0, 0, 0, 1, 0].forEach((v, i) => bin.writeFloatLE(v, i * 4))
  const bomb = {
    componentType: 5126,
    count: 2 ** 32 - 1,
    type: 'VEC3',
    sparse: {
      count: 1,
      indices: { bufferView: 1, componentType: 5125 },
      values: { bufferView: 2 }
    }
  }
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [
      {
        primitives: [
          {
            attributes: { POSITION: 0 },
            targets: [1, 2, 3, 4, 5, 6, 7, 8].map(a => ({ POSITION: a }))
          }
        ]
      }
    ],
    accessors: [
      {
        bufferView: 0,
        componentType: 5126,
        count: 3,
        type: 'VEC3',
        min: [0, 0, 0],
        max: [1, 1, 0]
      },
      ...Array.from({ length: 8 }, () => bomb)
    ],
    bufferViews: [
      { buffer: 0, byteLength: 36 },
      { buffer: 0, byteOffset: 36, byteLength: 4 },
      { buffer: 0, byteOffset: 36, byteLength: 12 }
    ],
    buffers: [{ byteLength: 48 }]
  }
  return glb(json, bin)
}
