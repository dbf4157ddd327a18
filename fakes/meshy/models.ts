// Realistic models for the fake, built with glTF-Transform: a textured box (known triangle and
// vertex counts, an embedded PNG base-colour texture of known size), a rigged variant with a
// skin and a walk-like clip for rigging and animation results, an invalid one (a wrong
// accessor max) whose magic bytes still pass, for the validator's error path, a textured barrel
// (more triangles, another shape: a regenerated asset that visibly changed), and a damaged GLB
// (right magic bytes, a JSON chunk no loader can parse) for the render failure path.
import { Document, NodeIO, type Node } from '@gltf-transform/core'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'

/** What the box is, so tests can check exact stats. */
export const BOX = {
  triangles: 12,
  vertices: 24,
  textureSize: 256,
  /** Base colour of the texture (sRGB), for rendering checks. */
  rgb: [217, 130, 43] as const,
  /** Half extent in metres: the box spans -0.5..0.5 on x and z, 0..1 on y. */
  half: 0.5
}

/** The barrel: a 24-sided cylinder with caps, the box's texture, 1 m tall and wide. */
export const BARREL = {
  sides: 24,
  /** 2 per side on the wall, 1 per side on each cap. */
  triangles: 24 * 4
}

export type ModelKind = 'box' | 'invalid' | 'barrel' | 'damaged'

export interface FakeModels {
  box: Buffer
  rigged: Buffer
  invalid: Buffer
  barrel: Buffer
  damaged: Buffer
}

let built: Promise<FakeModels> | undefined

/** Built once per process: every fake server serves the same bytes. */
export function fakeModels(): Promise<FakeModels> {
  built ??= buildAll()
  return built
}

async function buildAll(): Promise<FakeModels> {
  const io = new NodeIO()
  const image = textureBytes()
  const box = Buffer.from(await io.writeBinary(boxDocument(false, image)))
  const rigged = Buffer.from(await io.writeBinary(boxDocument(true, image)))
  const barrel = Buffer.from(await io.writeBinary(boxDocument(false, image, barrelGeometry())))
  return { box, rigged, invalid: breakAccessorMax(box), barrel, damaged: damage(box) }
}

type Geometry = ReturnType<typeof boxGeometry>

function boxDocument(
  rigged: boolean,
  image: Uint8Array,
  geometry: Geometry = boxGeometry()
): Document {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'meshy-action fake server'
  const buffer = doc.createBuffer()
  const { positions, normals, uvs, indices } = geometry
  const prim = doc
    .createPrimitive()
    .setAttribute(
      'POSITION',
      doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer)
    )
    .setAttribute(
      'NORMAL',
      doc.createAccessor().setType('VEC3').setArray(normals).setBuffer(buffer)
    )
    .setAttribute(
      'TEXCOORD_0',
      doc.createAccessor().setType('VEC2').setArray(uvs).setBuffer(buffer)
    )
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer))
    .setMaterial(
      doc
        .createMaterial('Box')
        .setBaseColorTexture(
          doc.createTexture('base_color').setMimeType('image/png').setImage(image)
        )
        .setRoughnessFactor(0.8)
        .setMetallicFactor(0)
    )
  const mesh = doc.createMesh('Box').addPrimitive(prim)
  const node = doc.createNode('Box').setMesh(mesh)
  const scene = doc.createScene('Scene').addChild(node)
  doc.getRoot().setDefaultScene(scene)
  if (rigged) rig(doc, node, scene, positions.length / 3)
  return doc
}

/** Two joints (hips, chest), every vertex bound to hips, and a one-second sway of the chest. */
function rig(
  doc: Document,
  mesh: Node,
  scene: ReturnType<Document['createScene']>,
  count: number
): void {
  const buffer = doc.getRoot().listBuffers()[0]
  const chest = doc.createNode('Chest').setTranslation([0, 0.5, 0])
  const hips = doc.createNode('Hips').addChild(chest)
  scene.addChild(hips)
  const joints = new Uint16Array(count * 4)
  const weights = new Float32Array(count * 4).map((_, i) => (i % 4 === 0 ? 1 : 0))
  const prim = mesh.getMesh()!.listPrimitives()[0]
  prim.setAttribute(
    'JOINTS_0',
    doc.createAccessor().setType('VEC4').setArray(joints).setBuffer(buffer)
  )
  prim.setAttribute(
    'WEIGHTS_0',
    doc.createAccessor().setType('VEC4').setArray(weights).setBuffer(buffer)
  )
  const inverse = new Float32Array([
    1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, -0.5, 0,
    1
  ])
  const skin = doc
    .createSkin('Armature')
    .addJoint(hips)
    .addJoint(chest)
    .setSkeleton(hips)
    .setInverseBindMatrices(
      doc.createAccessor().setType('MAT4').setArray(inverse).setBuffer(buffer)
    )
  mesh.setSkin(skin)
  const times = doc
    .createAccessor()
    .setType('SCALAR')
    .setArray(new Float32Array([0, 0.5, 1]))
    .setBuffer(buffer)
  const s = Math.sin(0.1)
  const c = Math.cos(0.1)
  const turns = new Float32Array([0, 0, 0, 1, 0, 0, s, c, 0, 0, 0, 1])
  const sampler = doc
    .createAnimationSampler()
    .setInput(times)
    .setOutput(doc.createAccessor().setType('VEC4').setArray(turns).setBuffer(buffer))
  const channel = doc
    .createAnimationChannel()
    .setTargetNode(chest)
    .setTargetPath('rotation')
    .setSampler(sampler)
  doc.createAnimation('Walking').addSampler(sampler).addChannel(channel)
}

/** A unit box standing on the ground: 6 faces × 4 vertices, 2 triangles each. */
function boxGeometry() {
  const faces: Array<{ n: number[]; u: number[]; v: number[] }> = [
    { n: [1, 0, 0], u: [0, 0, -1], v: [0, 1, 0] },
    { n: [-1, 0, 0], u: [0, 0, 1], v: [0, 1, 0] },
    { n: [0, 1, 0], u: [1, 0, 0], v: [0, 0, -1] },
    { n: [0, -1, 0], u: [1, 0, 0], v: [0, 0, 1] },
    { n: [0, 0, 1], u: [1, 0, 0], v: [0, 1, 0] },
    { n: [0, 0, -1], u: [-1, 0, 0], v: [0, 1, 0] }
  ]
  const positions: number[] = []
  const normals: number[] = []
  const uvs: number[] = []
  const indices: number[] = []
  for (const [f, { n, u, v }] of faces.entries()) {
    for (const [su, sv] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1]
    ]) {
      const p = [0, 1, 2].map(i => BOX.half * (n[i] + su * u[i] + sv * v[i]))
      positions.push(p[0], p[1] + BOX.half, p[2])
      normals.push(...n)
      uvs.push((su + 1) / 2, 1 - (sv + 1) / 2)
    }
    const b = f * 4
    indices.push(b, b + 1, b + 2, b, b + 2, b + 3)
  }
  return {
    positions: new Float32Array(positions),
    normals: new Float32Array(normals),
    uvs: new Float32Array(uvs),
    indices: new Uint16Array(indices)
  }
}

/** A cylinder standing on the ground (y 0..1, radius 0.5): a wall strip and two fan caps. */
function barrelGeometry(): Geometry {
  const n = BARREL.sides
  const positions: number[] = []
  const normals: number[] = []
  const uvs: number[] = []
  const indices: number[] = []
  for (let i = 0; i <= n; i++) {
    const a = (i / n) * Math.PI * 2
    const [x, z] = [Math.sin(a), Math.cos(a)]
    for (const y of [0, 1]) {
      positions.push(x * BOX.half, y, z * BOX.half)
      normals.push(x, 0, z)
      uvs.push(i / n, 1 - y)
    }
  }
  for (let i = 0; i < n; i++) {
    const b = i * 2
    indices.push(b, b + 2, b + 1, b + 1, b + 2, b + 3)
  }
  for (const [y, ny] of [
    [1, 1],
    [0, -1]
  ]) {
    const centre = positions.length / 3
    positions.push(0, y, 0)
    normals.push(0, ny, 0)
    uvs.push(0.5, 0.5)
    for (let i = 0; i <= n; i++) {
      const a = (i / n) * Math.PI * 2
      positions.push(Math.sin(a) * BOX.half, y, Math.cos(a) * BOX.half)
      normals.push(0, ny, 0)
      uvs.push(0.5 + Math.sin(a) / 2, 0.5 + Math.cos(a) / 2)
    }
    for (let i = 0; i < n; i++) {
      const [p, q] = [centre + 1 + i, centre + 2 + i]
      if (ny > 0) indices.push(centre, p, q)
      else indices.push(centre, q, p)
    }
  }
  return {
    positions: new Float32Array(positions),
    normals: new Float32Array(normals),
    uvs: new Float32Array(uvs),
    indices: new Uint16Array(indices)
  }
}

/** The box's bytes with its JSON chunk overwritten by '#': a GLB header that leads nowhere. */
function damage(glb: Buffer): Buffer {
  const copy = Buffer.from(glb)
  copy.fill('#', 20, 20 + copy.readUInt32LE(12))
  return copy
}

/** The base colour with a faint grid, so a texture is visibly applied. */
/**
 * Encoding the PNG is most of the build (pngjs tries every filter on every row), and each jest
 * test file builds the fake anew: the three models share one encoding, and the files of one
 * jest run share it through the run's private temp directory (harness/temp-guard-setup.mjs).
 */
function textureBytes(): Uint8Array {
  const dir = process.env.MESHY_TEST_TMPDIR
  if (!dir) return texture()
  const path = join(dir, 'fake-box-texture.png')
  try {
    return new Uint8Array(readFileSync(path))
  } catch {
    // The run's first fake: encode it and leave it for the others (whole, by a rename).
    const bytes = texture()
    writeFileSync(`${path}.${process.pid}`, bytes)
    renameSync(`${path}.${process.pid}`, path)
    return bytes
  }
}

function texture(): Uint8Array {
  const size = BOX.textureSize
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const line = x % 32 === 0 || y % 32 === 0 ? 0.85 : 1
      const i = (y * size + x) * 4
      png.data[i] = Math.round(BOX.rgb[0] * line)
      png.data[i + 1] = Math.round(BOX.rgb[1] * line)
      png.data[i + 2] = Math.round(BOX.rgb[2] * line)
      png.data[i + 3] = 255
    }
  }
  return new Uint8Array(PNG.sync.write(png))
}

/** Same bytes but POSITION's max claims a smaller box: ACCESSOR_MAX_MISMATCH for the validator. */
function breakAccessorMax(glb: Buffer): Buffer {
  const jsonLength = glb.readUInt32LE(12)
  const json = JSON.parse(glb.subarray(20, 20 + jsonLength).toString('utf8')) as {
    accessors: Array<{ max?: number[] }>
  }
  json.accessors[0].max = [0.1, 0.1, 0.1]
  const text = JSON.stringify(json)
  const padded = Buffer.from(text.padEnd(Math.ceil(text.length / 4) * 4, ' '), 'utf8')
  const rest = glb.subarray(20 + jsonLength)
  const header = Buffer.alloc(20)
  header.write('glTF', 0, 'latin1')
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(20 + padded.length + rest.length, 8)
  header.writeUInt32LE(padded.length, 12)
  header.writeUInt32LE(0x4e4f534a, 16)
  return Buffer.concat([header, padded, rest])
}
