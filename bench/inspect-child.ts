// Child of figure 10: one pass over a GLB, then prints its wall time and peak RSS as JSON.
// `hash` is the baseline (the lockfile's sha256 read of the same bytes); `inspect` is the stats
// and glTF-Validator (in its worker, which also takes the sha256), as the action runs them after
// a download. Running from the sources, the worker script is bundled on first use: a warm-up on
// a tiny model does that before the clock starts (the action ships it built).
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { fileSha256 } from '../src/assets/file-hash.js'
import { inspectModel } from '../src/assets/model-stats.js'
import { tinyGlb } from '../__tests__/harness/fixtures.js'

const [mode, path] = process.argv.slice(2)
const bytes = statSync(path).size
if (mode !== 'hash') {
  const tiny = `${path}.warm-up.glb`
  writeFileSync(tiny, tinyGlb())
  await inspectModel(tiny, 'tiny.glb', statSync(tiny).size, { validate: true })
  rmSync(tiny)
}
const started = performance.now()
const detail =
  mode === 'hash'
    ? await fileSha256(path)
    : (await inspectModel(path, 'bench.glb', bytes, { validate: true })).triangles
const ms = performance.now() - started
const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
process.stdout.write(JSON.stringify({ ms, peakBytes: Number(hwm?.[1] ?? 0) * 1024, detail }) + '\n')
