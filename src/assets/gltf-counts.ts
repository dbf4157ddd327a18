// Triangle and vertex counts from a glTF's accessors, counted as glTF-Validator counts them (per
// primitive of each mesh), and the check that keeps a lying file away from the validator: an
// accessor may not declare more element bytes than the whole file holds. A 2 KB GLB whose sparse
// accessors declare 2^32-1 elements kept the validator busy for over an hour (issue 24).

interface Accessor {
  count?: unknown
  componentType?: unknown
  type?: unknown
  sparse?: { count?: unknown; indices?: { componentType?: unknown } }
}
interface Primitive {
  attributes?: Record<string, unknown>
  indices?: unknown
  mode?: unknown
}
export interface CountsJson {
  accessors?: unknown
  meshes?: unknown
}

const COMPONENT_BYTES: Record<number, number> = {
  5120: 1,
  5121: 1,
  5122: 2,
  5123: 2,
  5125: 4,
  5126: 4
}
const COMPONENTS: Record<string, number> = {
  SCALAR: 1,
  VEC2: 2,
  VEC3: 3,
  VEC4: 4,
  MAT2: 4,
  MAT3: 9,
  MAT4: 16
}

/** A sentence naming the first accessor that declares more than `fileBytes` can hold. */
export function oversizedAccessor(json: CountsJson, fileBytes: number): string | undefined {
  const accessors = list<Accessor>(json.accessors)
  for (let i = 0; i < accessors.length; i++) {
    const a = accessors[i]
    const element = elementBytes(a)
    const count = a.count
    if (!isCount(count)) return `accessor ${i} declares a count of ${String(count)}`
    if (count * element > fileBytes) {
      return `accessor ${i} declares ${count} elements (${count * element} bytes) in a file of ${fileBytes} bytes`
    }
    const sparse = a.sparse?.count
    if (a.sparse === undefined) continue
    const index = COMPONENT_BYTES[Number(a.sparse.indices?.componentType)] ?? 1
    if (!isCount(sparse) || sparse * (element + index) > fileBytes) {
      return `accessor ${i} declares ${String(sparse)} sparse elements in a file of ${fileBytes} bytes`
    }
  }
  return undefined
}

export interface Counts {
  triangles: number
  vertices: number
}

/** Sums over every primitive: POSITION's count, and triangles by the primitive's mode. */
export function meshCounts(json: CountsJson): Counts {
  const accessors = list<Accessor>(json.accessors)
  const countOf = (index: unknown): number | undefined => {
    const count = typeof index === 'number' ? accessors[index]?.count : undefined
    return isCount(count) ? count : undefined
  }
  const out: Counts = { triangles: 0, vertices: 0 }
  for (const mesh of list<{ primitives?: unknown }>(json.meshes)) {
    for (const p of list<Primitive>(mesh?.primitives)) {
      const vertices = countOf(p?.attributes?.POSITION)
      if (vertices === undefined) continue
      out.vertices += vertices
      const drawn = p.indices === undefined ? vertices : (countOf(p.indices) ?? 0)
      out.triangles += trianglesOf(p.mode ?? 4, drawn)
    }
  }
  return out
}

function trianglesOf(mode: unknown, drawn: number): number {
  if (mode === 4) return Math.floor(drawn / 3)
  if (mode === 5 || mode === 6) return Math.max(0, drawn - 2) // strip, fan
  return 0 // points and lines draw no triangles
}

function elementBytes(a: Accessor): number {
  const component = COMPONENT_BYTES[Number(a.componentType)] ?? 1
  return component * (COMPONENTS[String(a.type)] ?? 1)
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : []
}
