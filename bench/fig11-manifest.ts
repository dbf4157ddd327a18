// Figure 11: manifest validation is linear in the number of assets (issue 12, item 17). A manifest
// of 5,000 assets whose `from:` chains are 3,000 long is validated (parseManifest: YAML, every
// field, chains and loops) in-process, against a baseline of the same 5,000 assets where every
// chained one starts from the same root (chains 1 long): same fields, same work per asset, so the
// ratio shows what chain length costs. Rounds alternate, after one warm-up of each. The goal is
// judged on CPU time: the bench machine is shared, and waiting for a core is not our cost.
import { parseManifest } from '../src/batch/manifest/manifest.js'
import type { BenchContext } from './context.js'
import { median, ms, note, ratio } from './stats.js'
import type { Row } from './table.js'

const ASSETS = 5000
const CHAIN = 3000
const ROUNDS = 5

/** Chains of `chain` assets; with `flat`, every asset of a chain starts from its first one. */
export function chainedManifest(assets: number, chain: number, flat = false): string {
  const lines = ['defaults:', '  formats: glb', 'assets:']
  for (let i = 0; i < assets; i++) {
    const root = i - (i % chain)
    lines.push(`  asset-${i}:`)
    if (i === root) lines.push('    task: text-to-3d', `    prompt: a carved chair, ${i}`)
    else {
      const from = flat ? root : i - 1
      lines.push('    task: text-to-texture', `    from: asset-${from}`, `    prompt: red ${i}`)
    }
  }
  return `${lines.join('\n')}\n`
}

function timeOnce(text: string): { wall: number; cpu: number } {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const manifest = parseManifest(text, { path: '/bench/meshy.yml', workspace: '/bench' })
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  if (manifest.assets.length !== ASSETS) throw new Error('the manifest did not validate whole')
  return { wall, cpu: (used.user + used.system) / 1000 }
}

export async function figure11(_ctx: BenchContext): Promise<Row> {
  const chained = chainedManifest(ASSETS, CHAIN)
  const flat = chainedManifest(ASSETS, CHAIN, true)
  timeOnce(flat)
  timeOnce(chained)
  const runs = { chained: [] as number[], flat: [] as number[] }
  const walls = { chained: [] as number[], flat: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? (['chained', 'flat'] as const) : (['flat', 'chained'] as const)
    for (const kind of order) {
      const t = timeOnce(kind === 'chained' ? chained : flat)
      runs[kind].push(t.cpu)
      walls[kind].push(t.wall)
      note(11, `${kind}: ${ms(t.wall)} wall, ${ms(t.cpu)} CPU`)
    }
  }
  const measured = median(runs.chained)
  const baseline = median(runs.flat)
  return {
    figure: `11 validate ${ASSETS} assets, chains ${CHAIN}`,
    goal: '< 1 s',
    measured: `${ms(measured)} CPU (${ms(median(walls.chained))} wall)`,
    baseline: `${ms(baseline)} CPU, chains 1 long`,
    ratio: ratio(measured, baseline),
    pass: measured < 1000
  }
}
