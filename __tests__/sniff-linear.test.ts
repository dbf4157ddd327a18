// Issue 24 item 3: the file-type sniffers see bytes from asset hosts and from the checkout (a
// manifest's `image:` in a keyless plan, which forks may run). A pattern with nested quantifiers
// blocked the event loop for good on 64 bytes, so no deadline could fire. Each worst case runs in
// a child process with a time limit; a stuck pattern is killed, and the test fails, instead of
// hanging the suite. The limit is generous (a busy 2-core runner starts tsx in 1-3 s); the
// exponential pattern needs far longer than any limit for the 60-space input alone.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { worstSniffInputs } from './harness/worst-inputs.js'
import { newWorkspace, runAction } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

const LIMIT_MS = 30_000

test('every sniffer returns on worst-case inputs (a child that must finish in time)', () => {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '__tests__/sniff-child.ts', tempDir('sniff')],
    { timeout: LIMIT_MS, killSignal: 'SIGKILL', encoding: 'utf8' }
  )
  expect(child.signal).toBeNull()
  expect(child.status).toBe(0)
  expect(child.stdout.trim().split('\n')).toEqual(worstSniffInputs().map(([n]) => `done ${n}`))
}, 40_000)

test('a keyless plan of a manifest whose image is the worst case ends in time', async () => {
  const workspace = newWorkspace()
  const [, worst] = worstSniffInputs()[0]
  writeFileSync(join(workspace, 'mascot.png'), worst, 'latin1')
  writeFileSync(
    join(workspace, 'meshy.yml'),
    'assets:\n  mascot:\n    task: image-to-3d\n    image: mascot.png\n'
  )
  const run = await runAction({
    workspace,
    inputs: { manifest: 'meshy.yml', 'dry-run': 'true' },
    timeoutMs: LIMIT_MS
  })
  // Killed by the harness: code null. Finished: the plan refuses the file that is no image.
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/mascot\.png' is not a PNG, JPEG or WebP image/)
}, 40_000)
