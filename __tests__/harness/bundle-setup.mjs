// Jest globalSetup of the e2e project: bundles the sources once per run, into the run's private
// temp directory, so the end-to-end suites run what the sources build today rather than a dist/
// that may be older than them. The suites find it through MESHY_TEST_DIST (distDir() in
// harness/run-action.ts); dist-fresh.test.ts compares it with the committed dist/.
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import setupTempGuard from './temp-guard-setup.mjs'

const ROOT = resolve(import.meta.dirname, '..', '..')

export default function setup() {
  // Project hooks run before the run's own globalSetup: make the private temp directory first.
  setupTempGuard()
  const out = join(process.env.MESHY_TEST_TMPDIR, 'bundle')
  const started = Date.now()
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), out], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit']
  })
  process.env.MESHY_TEST_DIST = out
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stderr.write(`\ne2e: bundled the sources into ${out} in ${seconds} s\n`)
}
