// A dense test model for the benches: an n×n wavy grid (2(n-1)² triangles; positions, normals
// and UVs, about 56 bytes a vertex), optionally with a size² PNG base-colour texture. Figure 10
// validates a 50 MB one; figure 12 draws a Meshy-weight one.
import { Document, NodeIO } from '@gltf-transform/core'
import { PNG } from 'pngjs'

export async function gridModel(n: number, textureSize = 0): Promise<Uint8Array> {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const pos = new Float32Array(n * n * 3)
  const nor = new Float32Array(n * n * 3)
  const uv = new Float32Array(n * n * 2)
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const i = y * n + x
      pos.set([x / n - 0.5, Math.sin(x / 8) * Math.cos(y / 8) * 0.1, y / n - 0.5], i * 3)
      nor.set([0, 1, 0], i * 3)
      uv.set([x / (n - 1), y / (n - 1)], i * 2)
    }
  }
  const idx = new Uint32Array((n - 1) * (n - 1) * 6)
  let k = 0
  for (let y = 0; y < n - 1; y++) {
    for (let x = 0; x < n - 1; x++) {
      const a = y * n + x
      idx.set([a, a + n, a + 1, a + 1, a + n, a + n + 1], k)
      k += 6
    }
  }
  const acc = (type: 'VEC3' | 'VEC2' | 'SCALAR', array: Float32Array | Uint32Array) =>
    doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  const material = doc.createMaterial('Grid')
  if (textureSize > 0) {
    const png = new PNG({ width: textureSize, height: textureSize })
    for (let i = 0; i < textureSize * textureSize; i++) {
      png.data.set([(i * 7) % 256, 120, 60, 255], i * 4)
    }
    const image = PNG.sync.write(png)
    material.setBaseColorTexture(doc.createTexture().setMimeType('image/png').setImage(image))
  }
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', acc('VEC3', pos))
    .setAttribute('NORMAL', acc('VEC3', nor))
    .setAttribute('TEXCOORD_0', acc('VEC2', uv))
    .setIndices(acc('SCALAR', idx))
    .setMaterial(material)
  doc.createScene().addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(prim)))
  return new NodeIO().writeBinary(doc)
}
