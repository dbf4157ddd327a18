// Figure 10: validation plus stats of a 50 MB GLB (a dense textured grid, ~1.8M triangles),
// against a baseline of reading and hashing the same file in the same kind of child process.
// Goals: at most 2 s, and at most 150 MB more peak RSS than the baseline.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, NodeIO } from '@gltf-transform/core'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import type { BenchContext } from './context.js'
import { mb, median, ms, note, ratio } from './stats.js'
import type { Row } from './table.js'

const TIME_GOAL_MS = 2000
const RSS_GOAL = 150e6
const RUNS = 3

interface ChildResult {
  ms: number
  peakBytes: number
}

export async function figure10(_ctx: BenchContext): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'meshy-bench-inspect-'))
  try {
    const path = join(dir, 'grid.glb')
    writeFileSync(path, await denseGrid(940))
    const hash: ChildResult[] = []
    const inspect: ChildResult[] = []
    for (let i = 0; i < RUNS; i++) {
      hash.push(child('hash', path))
      inspect.push(child('inspect', path))
    }
    const t = median(inspect.map(r => r.ms))
    const base = median(hash.map(r => r.ms))
    const extra = median(inspect.map(r => r.peakBytes)) - median(hash.map(r => r.peakBytes))
    note(10, `inspect runs: ${inspect.map(r => `${ms(r.ms)} / ${mb(r.peakBytes)}`).join(', ')}`)
    note(10, `hash runs: ${hash.map(r => `${ms(r.ms)} / ${mb(r.peakBytes)}`).join(', ')}`)
    return {
      figure: '10 validate + stats, 50 MB GLB',
      goal: '<= 2 s, <= +150 MB RSS',
      measured: `${ms(t)}, +${mb(extra)} RSS`,
      baseline: `${ms(base)} (sha256 of the file)`,
      ratio: ratio(t, base),
      pass: t <= TIME_GOAL_MS && extra <= RSS_GOAL
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function child(mode: string, path: string): ChildResult {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx')
  const out = execFileSync(tsx, [join(REPO_ROOT, 'bench', 'inspect-child.ts'), mode, path], {
    encoding: 'utf8'
  })
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult
}

/** n×n vertices, (n-1)²×2 triangles, positions, normals and UVs: about 56 bytes a vertex. */
async function denseGrid(n: number): Promise<Uint8Array> {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const pos = new Float32Array(n * n * 3)
  const nor = new Float32Array(n * n * 3)
  const uv = new Float32Array(n * n * 2)
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const i = y * n + x
      pos.set([x / n, Math.sin(x / 10) * 0.05, y / n], i * 3)
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
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', acc('VEC3', pos))
    .setAttribute('NORMAL', acc('VEC3', nor))
    .setAttribute('TEXCOORD_0', acc('VEC2', uv))
    .setIndices(acc('SCALAR', idx))
    .setMaterial(doc.createMaterial('Grid'))
  doc.createScene().addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(prim)))
  return new NodeIO().writeBinary(doc)
}
