// Issue 24 item 6 through the bundled action: a keyless plan (which forks may run on a pull
// request) of a 0.4 MB manifest whose aliases expand to 60 million values. The old reader ran for
// minutes and took gigabytes; now the plan refuses the file quickly. The harness kills a run that
// passes its limit (exit code null), which fails the test.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { aliasBomb } from './harness/alias-bomb.js'
import { newWorkspace, runAction } from './harness/run-action.js'

test('a keyless plan refuses an alias bomb within seconds', async () => {
  const workspace = newWorkspace()
  const text = aliasBomb(20_000, 2_999)
  expect(text.length).toBeLessThan(500_000)
  writeFileSync(join(workspace, 'meshy.yml'), text)
  const run = await runAction({
    workspace,
    inputs: { manifest: 'meshy.yml', 'dry-run': 'true' },
    timeoutMs: 30_000
  })
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/aliases expand to more values than a file of this size may hold/)
}, 45_000)
