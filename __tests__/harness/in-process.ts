// run() in this process against a fake Meshy, with the inputs a workflow step would pass: the
// log, the outputs and the failure are collected for the test. Faster than spawning dist/.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { systemClock, type Clock } from '../../src/core/clock.js'
import { run } from '../../src/action/main.js'
import { clearSecrets } from '../../src/core/redact.js'
import { FAKE_API_KEY } from '../../fakes/meshy/index.js'
import { fakeDeps } from './fake-deps.js'
import { tempDir } from './temp-dirs.js'

export interface InProcessRun {
  log: string[]
  outputs: Record<string, string>
  failed: string[]
  summary: string
}

export async function runInProcess(
  baseUrl: string,
  workspace: string,
  inputs: Record<string, string>,
  clock: Clock = systemClock
): Promise<InProcessRun> {
  const summaryFile = join(tempDir('summary'), 'summary.md')
  writeFileSync(summaryFile, '')
  const all: Record<string, string> = {
    'base-url': baseUrl,
    'api-key': FAKE_API_KEY,
    'timeout-minutes': '5',
    summary: 'true',
    render: 'false',
    ...inputs
  }
  const env = { GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile }
  const { deps, lines, outputs, failed } = fakeDeps(all, env, { clock })
  try {
    await run(deps)
  } finally {
    clearSecrets()
  }
  const log = lines.filter(l => !l.startsWith('setSecret: '))
  return { log, outputs, failed, summary: readFileSync(summaryFile, 'utf8') }
}
