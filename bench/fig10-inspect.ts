// Figure 10: validation plus stats of a 50 MB GLB (a dense textured grid, ~1.8M triangles),
// against a baseline of reading and hashing the same file in the same kind of child process.
// Goals: at most 1.5 s (issue 25; 2 s in issue 13), and at most 150 MB more peak RSS than the
// baseline.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import type { BenchContext } from './context.js'
import { gridModel } from './grid-model.js'
import { mb, median, ms, note, ratio } from './stats.js'
import type { Row } from './table.js'

const TIME_GOAL_MS = 1500
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
    writeFileSync(path, await gridModel(940))
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
      goal: '<= 1.5 s, <= +150 MB RSS',
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
