// World-space bounds from glTF JSON alone (gltf-bounds.ts): accessor min/max through each node's
// world matrix, children after parents, TRS in glTF's order, and no loop on a cyclic node graph.
import { sceneBounds, type GltfJson } from '../src/assets/gltf-bounds.js'

const unitBox = { min: [-0.5, 0, -0.5], max: [0.5, 1, 0.5] }
const mesh = { primitives: [{ attributes: { POSITION: 0 } }] }
const round = (b: { min: number[]; max: number[] } | undefined) =>
  b && { min: b.min.map(n => +n.toFixed(6) + 0), max: b.max.map(n => +n.toFixed(6) + 0) }

test('a mesh at the root: its accessor box', () => {
  const json: GltfJson = {
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [mesh],
    accessors: [unitBox]
  }
  expect(round(sceneBounds(json))).toEqual(unitBox)
})

test('translation, scale and a quarter turn about X, applied parent first', () => {
  const quarterX = [Math.SQRT1_2, 0, 0, Math.SQRT1_2] // +90° about X: y -> z, z -> -y
  const json: GltfJson = {
    scenes: [{ nodes: [0] }],
    nodes: [
      { translation: [10, 0, 0], children: [1] },
      { rotation: quarterX, scale: [2, 2, 2], mesh: 0 }
    ],
    meshes: [mesh],
    accessors: [unitBox]
  }
  expect(round(sceneBounds(json))).toEqual({ min: [9, -1, 0], max: [11, 1, 2] })
})

test('a node matrix wins over TRS', () => {
  const matrix = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 5, 0, 1]
  const json: GltfJson = {
    scenes: [{ nodes: [0] }],
    nodes: [{ matrix, translation: [100, 100, 100], mesh: 0 }],
    meshes: [mesh],
    accessors: [unitBox]
  }
  expect(round(sceneBounds(json))).toEqual({ min: [-0.5, 5, -0.5], max: [0.5, 6, 0.5] })
})

test('no usable min/max, or a cyclic graph: no box, and no endless walk', () => {
  const noMinMax: GltfJson = {
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [mesh],
    accessors: [{}]
  }
  expect(sceneBounds(noMinMax)).toBeUndefined()
  const cyclic: GltfJson = {
    scenes: [{ nodes: [0] }],
    nodes: [{ children: [1] }, { children: [0], mesh: 0 }],
    meshes: [mesh],
    accessors: [unitBox]
  }
  expect(round(sceneBounds(cyclic))).toEqual(unitBox)
})
