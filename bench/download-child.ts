// Child process for figure 3: the action's own downloader (src/assets/download.ts with the real
// transport) fetching one URL. fig3-download.ts bundles it with ncc, as dist/ is built, and runs
//   node /tmp/meshy-bench-download-child/index.js <url> <dest>
// Times only downloadFile, so process start-up is not counted.
import { downloadFile } from '../src/assets/download.js'
import { systemClock } from '../src/clock.js'
import { createTransport } from '../src/meshy/transport.js'

const [url, dest] = process.argv.slice(2)
const started = performance.now()
const result = await downloadFile(
  { url, dest, expect: 'glb' },
  { transport: createTransport(), clock: systemClock, deadline: Date.now() + 600_000 }
)
const elapsedMs = performance.now() - started
process.stdout.write(`${JSON.stringify({ bytes: result.bytes, elapsedMs })}\n`)
