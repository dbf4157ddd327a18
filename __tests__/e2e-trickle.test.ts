// Issue 24 item 7: an asset host that declares 100 MB and then sends one byte every 2 s. The old
// run gave downloads 15 minutes beyond timeout-minutes, so the step kept going, a .part file
// stayed and no output was written. Now timeout-minutes ends the download: the partial file is
// removed and the outputs (task-id first) are still written.
import { existsSync, readdirSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join } from 'node:path'
import { runAction } from './harness/run-action.js'
import { startHostileMeshy, succeeded } from './harness/hostile-meshy.js'

function trickle(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(100 * 1024 * 1024)
  })
  res.write('g')
  const timer = setInterval(() => res.write('l'), 2000)
  res.on('close', () => clearInterval(timer))
}

test('timeout-minutes ends a trickled download, removes the .part and writes the outputs', async () => {
  const server = await startHostileMeshy(ctx => succeeded(ctx), trickle)
  try {
    const run = await runAction({
      inputs: {
        'base-url': server.url,
        task: 'text-to-3d',
        prompt: 'a chair',
        refine: 'false',
        // 6 s: the whole step, downloads included.
        'timeout-minutes': '0.1'
      },
      env: { MESHY_API_KEY: 'msy_trickle_test_key_0123456789' },
      timeoutMs: 45_000
    })
    expect(run.code).toBe(1)
    expect(run.elapsedMs).toBeLessThan(30_000)
    expect(run.outputs['task-id']).toBe(server.created[0])
    expect(run.stdout).toMatch(/time limit reached during the download/)
    const out = join(run.workspace, 'meshy-output')
    const left = existsSync(out) ? readdirSync(out, { recursive: true, encoding: 'utf8' }) : []
    expect(left.filter(f => f.includes('.part'))).toEqual([])
  } finally {
    await server.close()
  }
}, 60_000)
