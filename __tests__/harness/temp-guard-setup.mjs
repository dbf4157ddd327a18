// Jest globalSetup: the whole run gets a private temp directory (TMPDIR, inherited by the test
// workers and by every process they start), so the teardown can tell this run's leftovers from
// anything else in the shared temp directory, and remove them all.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup() {
  // The e2e project's setup calls this first (it bundles into the directory); the run's own
  // call then finds it made. The pid tells this run's directory from one a parent run exported.
  if (process.env.MESHY_TEST_TMPDIR_OWNER === String(process.pid)) return
  const runTemp = mkdtempSync(join(tmpdir(), 'meshy-jest-'))
  process.env.MESHY_TEST_OUTER_TMPDIR = tmpdir()
  process.env.MESHY_TEST_TMPDIR = runTemp
  process.env.MESHY_TEST_TMPDIR_OWNER = String(process.pid)
  process.env.TMPDIR = runTemp
}
