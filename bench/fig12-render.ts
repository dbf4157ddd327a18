// Figure 12: render sheets (issue 14). One browser per run, so its start is paid once and what
// grows with the number of models is the time per sheet after it: the goal is at most 4 s per
// model on a 2-core machine with software GL (SwiftShader). Models: the fake's textured box, its
// rigged variant, the barrel, and a denser one closer to a Meshy model (~100k triangles, a
// 1024 px texture). Baseline, in the same command: a bare browser start with the same flags plus
// a blank-page screenshot, what any headless-Chrome step costs.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fakeModels } from '../fakes/meshy/models.js'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import { tempDir } from '../__tests__/harness/temp-dirs.js'
import { chooseBrowser } from '../src/render/browser-choice.js'
import type { BenchContext } from './context.js'
import { gridModel } from './grid-model.js'
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
    'dense.glb': await gridModel(225, 1024)
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
