// run() in this process against a fake Meshy, with the inputs a workflow step would pass: the
// log, the outputs and the failure are collected for the test. Faster than spawning dist/.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { systemClock, type Clock } from '../../src/clock.js'
import type { Deps } from '../../src/deps.js'
import { run } from '../../src/main.js'
import { createTransport } from '../../src/meshy/transport.js'
import { clearSecrets } from '../../src/redact.js'
import { FAKE_API_KEY } from '../../fakes/meshy/index.js'
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
  const log: string[] = []
  const outputs: Record<string, string> = {}
  const failed: string[] = []
  const summaryFile = join(tempDir('summary'), 'summary.md')
  writeFileSync(summaryFile, '')
  const line = (level: string) => (m: string) => void log.push(`${level}: ${m}`)
  const all: Record<string, string> = {
    'base-url': baseUrl,
    'api-key': FAKE_API_KEY,
    'timeout-minutes': '5',
    summary: 'true',
    render: 'false',
    ...inputs
  }
  const deps: Deps = {
    core: {
      getInput: name => all[name] ?? '',
      setSecret: () => undefined,
      setOutput: (name, value) => void (outputs[name] = value),
      setFailed: message => void failed.push(message),
      log: {
        debug: line('debug'),
        info: line('info'),
        warning: line('warning'),
        error: line('error')
      }
    },
    env: { GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summaryFile },
    clock,
    transport: createTransport()
  }
  try {
    await run(deps)
  } finally {
    clearSecrets()
  }
  return { log, outputs, failed, summary: readFileSync(summaryFile, 'utf8') }
}
