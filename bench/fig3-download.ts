// Figure 3: download throughput of a 500 MB GLB, the action's downloader against `curl -o` of
// the same signed URL from the same fake, in pairs whose order alternates, so that disk and
// machine effects fall on both alike. A second pair in each round measures the ceiling any Node
// downloader has here: bare node:https dropping the body against `curl -o /dev/null`.
import { execFile } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { buildSync } from 'esbuild'
import { FAKE_API_KEY } from '../fakes/meshy/index.js'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import { tempDir } from '../__tests__/harness/temp-dirs.js'
import type { BenchContext } from './context.js'
import { CA_FILE, requestJson } from './http.js'
import { createPreview } from './poller.js'
import { median, note, sleep } from './stats.js'
import type { Row } from './table.js'

const run = promisify(execFile)
const BYTES = 500 * 1000 * 1000
// Loopback on a small VM is noisy (one run can be 40% off the next): 9 pairs, the ratio taken
// within each pair so a slow spell of the machine falls on both sides of it, and the order
// inside a pair alternated so neither side always runs after the other's disk writes.
const RUNS = 9

/**
 * Bundles download-child.ts with esbuild, as scripts/bundle.mjs builds dist/: the action runs
 * bundled, and under the tsx loader the child measured a fifth slower.
 */
function bundleChild(outDir: string): string {
  const outfile = join(outDir, 'index.mjs')
  buildSync({
    entryPoints: [join(REPO_ROOT, 'bench', 'download-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'\nconst require = __createRequire(import.meta.url)"
    },
    logLevel: 'warning'
  })
  return outfile
}

export async function signedModelUrl(baseUrl: string): Promise<string> {
  const id = await createPreview(baseUrl, 'bench download')
  for (;;) {
    const task = await requestJson(`${baseUrl}/openapi/v2/tasks/${id}`, FAKE_API_KEY)
    if (task.status === 'SUCCEEDED')
      return ((task.output as Record<string, unknown>).model_urls as Record<string, string>).glb
    await new Promise(done => setTimeout(done, 20))
  }
}

interface Timed {
  bytes: number
  elapsedMs: number
}

/** curl's own time_total, so its process start-up is not counted either. */
async function curlOnce(url: string, dest: string): Promise<Timed> {
  const args = ['-sS', '--fail', '--create-dirs', '-o', dest, '--cacert', CA_FILE]
  const { stdout } = await run('/usr/bin/curl', [
    ...args,
    '-w',
    '%{time_total} %{size_download}',
    url
  ])
  const [seconds, bytes] = stdout.trim().split(' ').map(Number)
  await settle(dest)
  return { bytes, elapsedMs: seconds * 1000 }
}

async function childOnce(child: string, url: string, dest: string): Promise<Timed> {
  const { stdout } = await run(process.execPath, [child, url, dest], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_EXTRA_CA_CERTS: CA_FILE }
  })
  await settle(dest)
  return JSON.parse(stdout) as Timed
}

/**
 * Removes a downloaded file and lets the kernel finish with it (`sync`, then a pause), so the
 * next run, of either side, does not pay for this one's disk work.
 */
async function settle(file: string): Promise<void> {
  if (file.endsWith('.glb')) rmSync(file, { force: true })
  await run('sync')
  await sleep(500)
}

/** Runs both sides, `a` first or `b` first; returns each side's speed in MB/s. */
async function pair(
  a: () => Promise<Timed>,
  b: () => Promise<Timed>,
  bFirst: boolean
): Promise<{ a: number; b: number }> {
  const first = bFirst ? await b() : await a()
  const second = bFirst ? await a() : await b()
  const [ta, tb] = bFirst ? [second, first] : [first, second]
  if (ta.bytes !== BYTES || tb.bytes !== BYTES) {
    throw new Error(`short download: ${ta.bytes} / ${tb.bytes}`)
  }
  return { a: mbps(ta), b: mbps(tb) }
}

const mbps = (r: { bytes: number; elapsedMs: number }): number =>
  r.bytes / 1e6 / (r.elapsedMs / 1000)

export async function figure3(ctx: BenchContext): Promise<Row> {
  // Its own process, so the server shares no event loop with the bench's bookkeeping.
  const fake = await ctx.fakeProcess(['--duration', '50', '--model-bytes', String(BYTES)])
  const url = await signedModelUrl(fake.url)
  const child = bundleChild(tempDir('bench-download-child'))
  const dest = tempDir('bench-download')
  const main: Array<{ a: number; b: number }> = []
  const ceiling: Array<{ a: number; b: number }> = []
  for (let i = 0; i < RUNS; i++) {
    const swap = i % 2 === 1
    main.push(
      await pair(
        () => curlOnce(url, join(dest, 'curl.glb')),
        () => childOnce(child, url, join(dest, 'ours.glb')),
        swap
      )
    )
    ceiling.push(
      await pair(
        () => curlOnce(url, '/dev/null'),
        () => childOnce(child, url, '--discard'),
        swap
      )
    )
  }
  const ratios = main.map(p => p.b / p.a)
  const limits = ceiling.map(p => p.b / p.a)
  note(3, `downloadFile MB/s: ${main.map(p => p.b.toFixed(0)).join(', ')}`)
  note(3, `curl -o MB/s: ${main.map(p => p.a.toFixed(0)).join(', ')}`)
  note(3, `ratio in each pair: ${ratios.map(v => v.toFixed(2)).join(', ')}`)
  note(
    3,
    `ceiling, bare node:https dropping the body / curl -o /dev/null: ${limits.map(v => v.toFixed(2)).join(', ')} (median ${median(limits).toFixed(2)}x)`
  )
  note(3, `downloadFile reaches ${(median(ratios) / median(limits)).toFixed(2)} of that ceiling`)
  const r = median(ratios)
  return {
    figure: `3 download 500 MB GLB: throughput (median of ${RUNS} pairs)`,
    goal: '>= 0.8x curl',
    measured: `${median(main.map(p => p.b)).toFixed(0)} MB/s`,
    baseline: `${median(main.map(p => p.a)).toFixed(0)} MB/s (curl -o)`,
    ratio: `${r.toFixed(2)}x`,
    pass: r >= 0.8
  }
}
