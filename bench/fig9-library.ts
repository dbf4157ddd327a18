// Figure 9 (issue 15): an asset library at scale. 1,000 one-step assets (text-to-3d preview, one
// GLB each) against the fake with a queue of 50 and tasks of 0.9 s, `concurrency: 50`; then the
// same manifest again, unchanged; then 10,000 assets for peak RSS and lockfile bytes per asset.
// The measured process reports its own CPU time, peak RSS and bytes written at exit
// (bench/usage-preload.mjs); the fake runs in the bench's process, so its CPU is not counted.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace } from '../__tests__/harness/run-action.js'
import { runBenchAction, type BenchRun } from './action.js'
import type { BenchContext } from './context.js'
import { mb, ms, note } from './stats.js'
import type { Row } from './table.js'

const QUEUE = 50
const TASK_MS = 900
const SMALL = 1_000
const LARGE = Number(process.env.BENCH_LIBRARY_LARGE ?? 10_000)
const PRELOAD = join(import.meta.dirname, 'usage-preload.mjs')

interface Usage {
  userMicros: number
  systemMicros: number
  maxRssKb: number
  wchar: number
  /** process.memoryUsage() when RSS peaked (sampled every 250 ms). */
  peakMemory?: Record<string, number>
}

interface LibraryRun {
  run: BenchRun
  usage: Usage
  cpuMs: number
  requests: number
  /** Bytes the process wrote that were neither downloads nor its own log/outputs. */
  otherBytes: number
}

function writeManifest(workspace: string, count: number): void {
  const assets: Record<string, Record<string, string>> = {}
  for (let i = 0; i < count; i++) {
    const name = `asset-${String(i).padStart(5, '0')}`
    assets[name] = { prompt: `library asset ${name}` }
  }
  const defaults = { task: 'text-to-3d', refine: false, download: 'model', formats: 'glb' }
  writeFileSync(join(workspace, 'assets.json'), JSON.stringify({ defaults, assets }))
}

function bytesUnder(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size
  }
  return total
}

async function runLibrary(
  ctx: BenchContext,
  fake: FakeMeshy,
  workspace: string,
  downloadsBefore: number
): Promise<LibraryRun> {
  const usageFile = join(workspace, '..', `usage-${process.pid}-${Date.now()}.json`)
  const before = fake.requests.length
  const run = await runBenchAction(
    ctx.entry.file,
    fake,
    { manifest: 'assets.json', concurrency: String(QUEUE) },
    {
      workspace,
      timeoutMs: 1_200_000,
      env: {
        NODE_OPTIONS: `--import ${pathToFileURL(PRELOAD).href}`,
        BENCH_USAGE_FILE: usageFile,
        ...profileEnv(workspace)
      }
    }
  )
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as Usage
  rmSync(usageFile, { force: true })
  const downloads = bytesUnder(join(workspace, 'meshy-output')) - downloadsBefore
  const logBytes = Buffer.byteLength(run.stdout) + Buffer.byteLength(run.stderr)
  const outputs = Object.values(run.outputs).reduce((n, v) => n + Buffer.byteLength(v), 0)
  return {
    run,
    usage,
    cpuMs: (usage.userMicros + usage.systemMicros) / 1000,
    requests: fake.requests.length - before,
    otherBytes: usage.wchar - downloads - logBytes - outputs - Buffer.byteLength(run.summary)
  }
}

/**
 * BENCH_PROFILE_DIR=/tmp/prof: each measured run also writes a V8 CPU profile there, and its
 * memory samples (ms, RSS, heap used, heap total, in MB) beside it.
 */
function profileEnv(workspace: string): Record<string, string> {
  const dir = process.env.BENCH_PROFILE_DIR
  if (!dir) return {}
  const name = `fig9-${readdirSync(workspace).length}-${Date.now()}`
  return {
    BENCH_PROFILE_FILE: join(dir, `${name}.cpuprofile`),
    BENCH_MEMORY_TRACE: join(dir, `${name}.memory.txt`)
  }
}

const idealMs = (count: number): number => Math.ceil(count / QUEUE) * TASK_MS

export async function figure9(ctx: BenchContext): Promise<Row> {
  const fake = await ctx.fake({ durationMs: TASK_MS, queueLimit: QUEUE, balance: 1e9 })
  const small = newWorkspace()
  const large = newWorkspace()
  try {
    writeManifest(small, SMALL)
    const first = await runLibrary(ctx, fake, small, 0)
    if (fake.tasks.size !== SMALL)
      throw new Error(`expected ${SMALL} tasks, found ${fake.tasks.size}`)
    const wallRatio = first.run.elapsedMs / idealMs(SMALL)
    const cpuPerAsset = first.cpuMs / SMALL
    const lockBytesSmall = first.otherBytes / SMALL
    note(
      9,
      `${SMALL} assets: wall ${ms(first.run.elapsedMs)} vs ideal ${ms(idealMs(SMALL))}, ` +
        `CPU ${ms(first.cpuMs)} (${cpuPerAsset.toFixed(2)} ms/asset; user ` +
        `${ms(first.usage.userMicros / 1000)}, sys ${ms(first.usage.systemMicros / 1000)}), peak RSS ` +
        `${mb(first.usage.maxRssKb * 1024)}, ${first.requests} requests, ` +
        `lockfile bytes ${Math.round(lockBytesSmall)}/asset; at peak ${JSON.stringify(first.usage.peakMemory)}`
    )
    const again = await runLibrary(ctx, fake, small, bytesUnder(join(small, 'meshy-output')))
    note(
      9,
      `unchanged re-run: ${ms(again.run.elapsedMs)} (CPU ${ms(again.cpuMs)}), ${again.requests} requests`
    )

    writeManifest(large, LARGE)
    const big = await runLibrary(ctx, fake, large, 0)
    const lockBytesLarge = big.otherBytes / LARGE
    note(
      9,
      `${LARGE} assets: wall ${ms(big.run.elapsedMs)} vs ideal ${ms(idealMs(LARGE))}, ` +
        `CPU ${ms(big.cpuMs)} (${(big.cpuMs / LARGE).toFixed(2)} ms/asset), peak RSS ` +
        `${mb(big.usage.maxRssKb * 1024)}, lockfile bytes ${Math.round(lockBytesLarge)}/asset; ` +
        `at peak ${JSON.stringify(big.usage.peakMemory)}`
    )
    const table = [
      `| figure | measured | goal |`,
      `|---|---|---|`,
      `| action CPU per asset, ${SMALL} one-step assets | ${cpuPerAsset.toFixed(2)} ms | <= 5 ms |`,
      `| wall vs queue-bound ideal, ${SMALL} assets, queue ${QUEUE}, ${TASK_MS / 1000} s tasks | ${wallRatio.toFixed(2)}x (${ms(first.run.elapsedMs)} vs ${ms(idealMs(SMALL))}) | <= 1.2x |`,
      `| peak RSS, ${SMALL} / ${LARGE} assets | ${mb(first.usage.maxRssKb * 1024)} / ${mb(big.usage.maxRssKb * 1024)} | <= 200 MB |`,
      `| unchanged re-run, ${SMALL} assets | ${ms(again.run.elapsedMs)}, ${again.requests} requests | <= 2 s, 0 requests |`,
      `| lockfile bytes written per asset, ${SMALL} / ${LARGE} assets | ${Math.round(lockBytesSmall)} / ${Math.round(lockBytesLarge)} | constant |`
    ]
    for (const line of table) note(9, line)
    const pass =
      cpuPerAsset <= 5 &&
      wallRatio <= 1.2 &&
      Math.max(first.usage.maxRssKb, big.usage.maxRssKb) * 1024 <= 200e6 &&
      again.run.elapsedMs <= 2000 &&
      again.requests === 0 &&
      lockBytesLarge <= lockBytesSmall * 1.5
    return {
      figure: `9 library ${SMALL}/${LARGE} assets, queue ${QUEUE}, ${TASK_MS / 1000} s tasks`,
      goal: '<= 5 ms CPU/asset, <= 1.2x ideal, <= 200 MB, re-run <= 2 s',
      measured:
        `${cpuPerAsset.toFixed(2)} ms/asset, ${wallRatio.toFixed(2)}x, ` +
        `${mb(Math.max(first.usage.maxRssKb, big.usage.maxRssKb) * 1024)}, ` +
        `re-run ${ms(again.run.elapsedMs)}/${again.requests} req`,
      baseline: `ideal ${ms(idealMs(SMALL))}`,
      ratio: `${wallRatio.toFixed(2)}x`,
      pass
    }
  } finally {
    rmSync(small, { recursive: true, force: true })
    rmSync(large, { recursive: true, force: true })
  }
}
