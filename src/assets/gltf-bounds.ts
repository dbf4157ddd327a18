// A model's world-space bounding box from its glTF JSON alone: each mesh's POSITION accessor
// min/max (which the spec requires, and the validator checks) carried through its node's world
// matrix. Building glTF-Transform's whole document graph to walk every vertex cost more time and
// memory than the validator itself at library scale (bench figure 9); corners of the local box
// give the same box for the translations, scales and quarter turns models are exported with.

/** The parts of glTF JSON this reads; everything else is ignored. */
export interface GltfJson {
  scene?: number
  scenes?: Array<{ nodes?: number[] }>
  nodes?: Array<{
    children?: number[]
    mesh?: number
    matrix?: number[]
    translation?: number[]
    rotation?: number[]
    scale?: number[]
  }>
  meshes?: Array<{ primitives?: Array<{ attributes?: Record<string, number> }> }>
  accessors?: Array<{ min?: number[]; max?: number[] }>
}

export interface Bounds {
  min: number[]
  max: number[]
}

/** Column-major 4×4, as glTF stores `matrix`. */
type Mat4 = number[]

const IDENTITY: Mat4 = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]

/** The default scene's box, or undefined when no mesh has a usable POSITION min/max. */
export function sceneBounds(json: GltfJson): Bounds | undefined {
  const scene = json.scenes?.[json.scene ?? 0]
  const box: Bounds = {
    min: [Infinity, Infinity, Infinity],
    max: [-Infinity, -Infinity, -Infinity]
  }
  const visited = new Set<number>() // a node graph with a cycle is invalid; never loop on one
  const visit = (index: number, parent: Mat4): void => {
    const node = json.nodes?.[index]
    if (!node || visited.has(index)) return
    visited.add(index)
    const world = multiply(parent, localMatrix(node))
    if (node.mesh !== undefined) addMesh(json, node.mesh, world, box)
    for (const child of node.children ?? []) visit(child, world)
  }
  for (const root of scene?.nodes ?? []) visit(root, IDENTITY)
  return [...box.min, ...box.max].every(Number.isFinite) ? box : undefined
}

function addMesh(json: GltfJson, mesh: number, world: Mat4, box: Bounds): void {
  for (const primitive of json.meshes?.[mesh]?.primitives ?? []) {
    const position = primitive.attributes?.POSITION
    const accessor = position === undefined ? undefined : json.accessors?.[position]
    const { min, max } = accessor ?? {}
    if (!isVec3(min) || !isVec3(max)) continue
    for (let corner = 0; corner < 8; corner++) {
      const local = [0, 1, 2].map(axis => ((corner >> axis) & 1 ? max[axis] : min[axis]))
      const point = transform(world, local)
      for (let axis = 0; axis < 3; axis++) {
        box.min[axis] = Math.min(box.min[axis], point[axis])
        box.max[axis] = Math.max(box.max[axis], point[axis])
      }
    }
  }
}

function isVec3(v: unknown): v is number[] {
  return Array.isArray(v) && v.length === 3 && v.every(n => typeof n === 'number')
}

/** `matrix` when given, else translation × rotation × scale (glTF's order). */
function localMatrix(node: NonNullable<GltfJson['nodes']>[number]): Mat4 {
  if (node.matrix?.length === 16) return node.matrix
  const [tx, ty, tz] = node.translation ?? [0, 0, 0]
  const [x, y, z, w] = node.rotation ?? [0, 0, 0, 1]
  const [sx, sy, sz] = node.scale ?? [1, 1, 1]
  // Rotation matrix of a unit quaternion, columns scaled by the node's scale.
  return [
    (1 - 2 * (y * y + z * z)) * sx,
    2 * (x * y + z * w) * sx,
    2 * (x * z - y * w) * sx,
    0,
    2 * (x * y - z * w) * sy,
    (1 - 2 * (x * x + z * z)) * sy,
    2 * (y * z + x * w) * sy,
    0,
    2 * (x * z + y * w) * sz,
    2 * (y * z - x * w) * sz,
    (1 - 2 * (x * x + y * y)) * sz,
    0,
    tx,
    ty,
    tz,
    1
  ]
}

function multiply(a: Mat4, b: Mat4): Mat4 {
  const out = new Array<number>(16)
  for (let col = 0; col < 4; col++) {
    for (let row = 0; row < 4; row++) {
      let sum = 0
      for (let k = 0; k < 4; k++) sum += a[k * 4 + row] * b[col * 4 + k]
      out[col * 4 + row] = sum
    }
  }
  return out
}

function transform(m: Mat4, [x, y, z]: number[]): number[] {
  return [0, 1, 2].map(row => m[row] * x + m[4 + row] * y + m[8 + row] * z + m[12 + row])
}
