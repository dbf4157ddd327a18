// Figure 12: render sheets (issue 14). One browser per run, so its start is paid once and what
// grows with the number of models is the time per sheet after it: the goal is at most 4 s per
// model on a 2-core machine with software GL (SwiftShader). Models: the fake's textured box, its
// rigged variant, the barrel, and a denser one closer to a Meshy model (~100k triangles, a
// 1024 px texture). Baseline, in the same command: a bare browser start with the same flags plus
// a blank-page screenshot, what any headless-Chrome step costs.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, NodeIO } from '@gltf-transform/core'
import { PNG } from 'pngjs'
import { fakeModels } from '../fakes/meshy/models.js'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import { tempDir } from '../__tests__/harness/temp-dirs.js'
import { chooseBrowser } from '../src/render/browser-choice.js'
import type { BenchContext } from './context.js'
import { median, ms, note, ratio } from './stats.js'
import type { Row } from './table.js'

const GOAL_MS = 4000
const ROUNDS = 3

interface ChildResult {
  bare: number[]
  start: number[]
  sheets: Record<string, number[]>
}

export async function figure12(_ctx: BenchContext): Promise<Row> {
  const executable = chooseBrowser('', process.env, REPO_ROOT).executable
  if (!executable) throw new Error('no Chrome or Chromium found (CHROME_PATH or PATH)')
  const dir = tempDir('bench-render')
  const models = await fakeModels()
  const files: Record<string, Uint8Array> = {
    'box.glb': models.box,
    'rigged.glb': models.rigged,
    'barrel.glb': models.barrel,
    'dense.glb': await denseModel(225, 1024)
  }
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes)
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx')
  const out = execFileSync(
    tsx,
    [
      join(REPO_ROOT, 'bench', 'render-child.ts'),
      executable,
      String(ROUNDS),
      ...Object.keys(files).map(n => join(dir, n))
    ],
    { encoding: 'utf8', timeout: 600_000 }
  )
  const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult
  const perModel = Object.values(result.sheets).flat()
  const worstModel = Math.max(...Object.values(result.sheets).map(median))
  const each = median(perModel)
  const start = median(result.start)
  const bare = median(result.bare)
  note(12, `browser ${executable}, ${ROUNDS} rounds of ${Object.keys(files).length} models`)
  note(12, `bare start + blank screenshot: ${result.bare.map(ms).join(', ')}`)
  note(12, `render browser start (page and lighting ready): ${result.start.map(ms).join(', ')}`)
  for (const [path, times] of Object.entries(result.sheets)) {
    note(12, `${path.split('/').pop()}: ${times.map(ms).join(', ')}`)
  }
  return {
    figure: '12 render sheet per model',
    goal: '<= 4 s/model after start',
    measured: `${ms(each)}/model (slowest model ${ms(worstModel)}), start ${ms(start)} once`,
    baseline: `${ms(bare)} (bare browser start + blank screenshot)`,
    ratio: ratio(each, bare),
    pass: worstModel <= GOAL_MS
  }
}

/** An n×n wavy grid (2(n-1)² triangles) with a size² texture: a Meshy-like weight. */
async function denseModel(n: number, size: number): Promise<Uint8Array> {
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
  const png = new PNG({ width: size, height: size })
  for (let i = 0; i < size * size; i++) png.data.set([(i * 7) % 256, 120, 60, 255], i * 4)
  const acc = (type: 'VEC3' | 'VEC2' | 'SCALAR', array: Float32Array | Uint32Array) =>
    doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  const texture = doc.createTexture().setMimeType('image/png').setImage(PNG.sync.write(png))
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', acc('VEC3', pos))
    .setAttribute('NORMAL', acc('VEC3', nor))
    .setAttribute('TEXCOORD_0', acc('VEC2', uv))
    .setIndices(acc('SCALAR', idx))
    .setMaterial(doc.createMaterial('Dense').setBaseColorTexture(texture))
  doc.createScene().addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(prim)))
  return new NodeIO().writeBinary(doc)
}
