// Child process for figure 3. fig3-download.ts bundles it with esbuild, as dist/ is built, and runs
//   node <bundled child>/index.mjs <url> <dest>     the action's downloader
//   node <bundled child>/index.mjs <url> --discard   bare Node, body dropped
// The first is src/assets/download.ts with the real transport. The second is the ceiling for
// any Node downloader on this machine: node:https with nothing done to the body. Only the
// download is timed, not process start-up. Prints {"bytes","elapsedMs"}.
import { get } from 'node:https'
import { downloadFile } from '../src/assets/download.js'
import { systemClock } from '../src/core/clock.js'
import { createTransport } from '../src/meshy/transport.js'

function discard(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, res => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.length))
      res.on('end', () => resolve(bytes))
      res.on('error', reject)
    }).on('error', reject)
  })
}

const [url, dest] = process.argv.slice(2)
const started = performance.now()
const bytes =
  dest === '--discard'
    ? await discard(url)
    : (
        await downloadFile(
          { url, dest, expect: 'glb' },
          { transport: createTransport(), clock: systemClock, deadline: Date.now() + 600_000 }
        )
      ).bytes
const elapsedMs = performance.now() - started
process.stdout.write(`${JSON.stringify({ bytes, elapsedMs })}\n`)
