// Finds a secret anywhere a run could have put it: log lines, outputs, summary, files on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionRun } from './run-action.js'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Every place the secret appears, except the runner's own ::add-mask:: command. */
export function leaksOf(run: ActionRun, secret: string, extraDirs: string[] = []): string[] {
  const found: string[] = []
  const lines = `${run.stdout}\n${run.stderr}`.split('\n')
  for (const line of lines) {
    if (line.startsWith('::add-mask::')) continue
    if (line.includes(secret)) found.push(`log: ${line}`)
  }
  for (const [name, value] of Object.entries(run.outputs)) {
    if (value.includes(secret)) found.push(`output ${name}`)
  }
  if (run.summary.includes(secret)) found.push('summary')
  for (const [name, value] of Object.entries(run.state)) {
    if (value.includes(secret)) found.push(`state ${name}`)
  }
  for (const dir of [run.workspace, ...extraDirs]) {
    for (const file of filesUnder(dir)) {
      if (readFileSync(file).includes(secret)) found.push(`file ${file}`)
    }
  }
  return found
}
