// Child of figure 10: one pass over a GLB, then prints its wall time and peak RSS as JSON.
// `hash` is the baseline (the lockfile's sha256 read of the same bytes); `inspect` is
// glTF-Validator plus glTF-Transform stats, as the action runs them after a download.
import { readFileSync, statSync } from 'node:fs'
import { fileSha256 } from '../src/assets/file-hash.js'
import { inspectModel } from '../src/assets/model-stats.js'

const [mode, path] = process.argv.slice(2)
const bytes = statSync(path).size
const started = performance.now()
const detail =
  mode === 'hash'
    ? await fileSha256(path)
    : (await inspectModel(path, 'bench.glb', bytes, { validate: true })).triangles
const ms = performance.now() - started
const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
process.stdout.write(JSON.stringify({ ms, peakBytes: Number(hwm?.[1] ?? 0) * 1024, detail }) + '\n')
