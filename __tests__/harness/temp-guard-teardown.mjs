// Jest globalTeardown: fails the run when a test left a meshy-* folder or file behind in the
// temp directory (tests make them with harness/temp-dirs.ts, which removes them after each
// file). The run's private temp directory goes either way, so nothing outlives the run.
import { readdirSync, rmSync } from 'node:fs'

export default function teardown() {
  const runTemp = process.env.MESHY_TEST_TMPDIR
  if (!runTemp) return
  const leftovers = readdirSync(runTemp).filter(name => name.startsWith('meshy-'))
  rmSync(runTemp, { recursive: true, force: true })
  process.env.TMPDIR = process.env.MESHY_TEST_OUTER_TMPDIR
  if (leftovers.length > 0) {
    throw new Error(
      `The tests left ${leftovers.length} temp entries behind: ${leftovers.slice(0, 10).join(', ')}` +
        ' — make them with tempDir() (__tests__/harness/temp-dirs.ts), which removes them after each test file'
    )
  }
}
