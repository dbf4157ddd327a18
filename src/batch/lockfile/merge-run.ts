// The lockfile-merge action (merge/action.yml): merges the lockfiles of a matrix's shards (e.g.
// downloaded from each shard's artifact) into one. Inputs are read by config/merge-inputs.ts;
// output `assets` is the number of assets in the merged file.
import { nothingMatched, readMergeConfig } from '../../config/merge-inputs.js'
import { errorMessage } from '../../core/errors.js'
import { safeText } from '../../core/redact.js'
import { expandGlobs } from './glob.js'
import { mergeLockfileFiles } from './merge.js'

export interface MergeCore {
  getInput(name: string): string
  info(message: string): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
}

export async function runMerge(
  core: MergeCore,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  try {
    const config = readMergeConfig(name => core.getInput(name), env)
    const files = await expandGlobs(config.patterns, config.workspace)
    if (files.length === 0) throw nothingMatched(config.patterns)
    const count = await mergeLockfileFiles(files, config.output, {
      workspace: config.workspace,
      now: Date.now()
    })
    core.info(safeText(`Merged ${files.length} lockfiles (${count} assets) into ${config.output}`))
    core.setOutput('assets', String(count))
  } catch (err) {
    core.setFailed(safeText(errorMessage(err)))
  }
}
