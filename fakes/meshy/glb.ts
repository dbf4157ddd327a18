// A valid glTF 2.0 binary (one triangle) whose BIN chunk is padded with zeros to reach a target
// size. Only the head is built in memory; the zero padding is streamed by the caller.

const TRIANGLE = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])
const TRIANGLE_BYTES = TRIANGLE.byteLength // 36, already 4-aligned

export interface GlbLayout {
  /** GLB header + JSON chunk + BIN chunk header + the triangle data. */
  head: Buffer
  /** Zero bytes that follow `head` (the rest of the BIN chunk). */
  zeros: number
  total: number
}

function gltfJson(binLength: number): Buffer {
  const json = {
    asset: { version: '2.0', generator: 'meshy-action fake server' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0, name: 'Triangle' }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, mode: 4 }] }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 0] }
    ],
    bufferViews: [{ buffer: 0, byteOffset: 0, byteLength: TRIANGLE_BYTES, target: 34962 }],
    buffers: [{ byteLength: binLength }]
  }
  const text = JSON.stringify(json)
  // JSON chunk must be 4-aligned, padded with spaces (glTF spec §4.4.3.3).
  return Buffer.from(text.padEnd(Math.ceil(text.length / 4) * 4, ' '), 'utf8')
}

/** Layout of a GLB of about `targetBytes` (never smaller than the bare triangle). */
export function glbLayout(targetBytes: number): GlbLayout {
  let binLength = TRIANGLE_BYTES
  let json = gltfJson(binLength)
  // The BIN length is written inside the JSON, so settle both (converges in two rounds).
  for (let i = 0; i < 3; i++) {
    const room = targetBytes - 12 - 8 - json.length - 8
    binLength = Math.max(TRIANGLE_BYTES, Math.floor(room / 4) * 4)
    json = gltfJson(binLength)
  }
  const total = 12 + 8 + json.length + 8 + binLength
  const header = Buffer.alloc(12)
  header.write('glTF', 0, 'latin1')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(total, 8)
  const jsonHeader = Buffer.alloc(8)
  jsonHeader.writeUInt32LE(json.length, 0)
  jsonHeader.writeUInt32LE(0x4e4f534a, 4) // 'JSON'
  const binHeader = Buffer.alloc(8)
  binHeader.writeUInt32LE(binLength, 0)
  binHeader.writeUInt32LE(0x004e4942, 4) // 'BIN\0'
  const triangle = Buffer.from(TRIANGLE.buffer)
  const head = Buffer.concat([header, jsonHeader, json, binHeader, triangle])
  return { head, zeros: binLength - TRIANGLE_BYTES, total }
}
