// Child process for figure 3: the action's own downloader (src/assets/download.ts with the real
// transport) fetching one URL. Times only downloadFile, so tsx start-up is not counted.
//   node --import tsx bench/download-child.ts <url> <dest>
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
