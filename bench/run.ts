// `npm run bench [-- --only 1,3] [-- --bundle]`: measures the figures of issue 6 against the
// fake Meshy server on loopback and prints one table. See bench/README.md.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import { removeTempDirs } from '../__tests__/harness/temp-dirs.js'
import { createContext, type BenchContext } from './context.js'
import { resolveEntry } from './entry.js'
import { figure1 } from './fig1-latency.js'
import { figure2 } from './fig2-requests.js'
import { figure3 } from './fig3-download.js'
import { figure4 } from './fig4-rss.js'
import { figure5 } from './fig5-batch.js'
import { figure6 } from './fig6-cold-start.js'
import { figure7 } from './fig7-bundle.js'
import { figure8 } from './fig8-first-asset.js'
import { figure10 } from './fig10-inspect.js'
import { figure11 } from './fig11-manifest.js'
import { figure9 } from './fig9-library.js'
import { figure12 } from './fig12-render.js'
import { figure13 } from './fig13-large-model.js'
import { figure14 } from './fig14-sheets-queue.js'
import { failedRow, formatTable, type Row } from './table.js'

interface Figure {
  goal: string
  name: string
  measure: (ctx: BenchContext) => Promise<Row>
}

const FIGURES: Record<number, Figure> = {
  1: { name: '1 completion-detection latency', goal: '<= 50 ms', measure: figure1 },
  2: { name: '2 API requests while waiting', goal: '<= 3', measure: figure2 },
  3: { name: '3 download 500 MB throughput', goal: '>= 0.8x curl', measure: figure3 },
  4: { name: '4 peak RSS 50 vs 500 MB', goal: '<= 150 MB, flat', measure: figure4 },
  5: { name: '5 batch 100 assets', goal: '<= 1.15x (10 x D)', measure: figure5 },
  6: { name: '6 cold start', goal: '<= 300 ms', measure: figure6 },
  7: { name: '7 bundle size', goal: 'report; optional parts lazy', measure: figure7 },
  8: { name: '8 first asset done', goal: '<= 0.75x old share, same total', measure: figure8 },
  9: { name: '9 asset library at scale', goal: '<= 5 ms CPU/asset, <= 1.2x', measure: figure9 },
  10: {
    name: '10 validate + stats 50 MB GLB',
    goal: '<= 1.5 s, <= +150 MB RSS',
    measure: figure10
  },
  11: { name: '11 manifest validation', goal: '< 1 s', measure: figure11 },
  12: { name: '12 render sheet per model', goal: '<= 4 s/model after start', measure: figure12 },
  13: { name: '13 peak RSS 200 MB GLB', goal: '<= 150 / 400 MB', measure: figure13 },
  14: { name: '14 last create, sheets on vs off', goal: 'within 10%', measure: figure14 }
}

function parseArgs(argv: string[]): { only: number[]; bundle: boolean } {
  let only = Object.keys(FIGURES).map(Number)
  let bundle = false
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--bundle') bundle = true
    else if (argv[i] === '--only') only = argv[++i].split(',').map(Number)
    else throw new Error(`unknown argument ${argv[i]} (use --only 1,3 and/or --bundle)`)
  }
  const unknown = only.filter(n => !FIGURES[n])
  if (unknown.length) throw new Error(`no figure ${unknown.join(', ')} (1-14)`)
  return { only, bundle }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'test-ca.mjs')], { stdio: 'ignore' })
  const entry = resolveEntry(args.bundle)
  console.log(`Measuring ${entry.file} (${entry.why}), node ${process.version}\n`)
  const rows: Row[] = []
  for (const n of args.only) {
    const figure = FIGURES[n]
    const ctx = createContext(entry)
    const started = performance.now()
    try {
      rows.push(await figure.measure(ctx))
    } catch (error) {
      console.log(`[fig ${n}] FAILED: ${error instanceof Error ? error.stack : String(error)}`)
      rows.push(failedRow(figure.name, figure.goal, error))
    } finally {
      await ctx.closeAll()
    }
    console.log(`[fig ${n}] done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  console.log(`\n${formatTable(rows)}`)
  removeTempDirs()
  // Exit explicitly: a child killed mid-figure can leave a socket that would keep us waiting.
  process.exit(rows.every(r => r.pass !== false) ? 0 : 1)
}

await main()
