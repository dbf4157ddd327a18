// The lockfile-merge action (merge/action.yml): merges the lockfiles of a matrix's shards (e.g.
// downloaded from each shard's artifact) into one. Inputs: `lockfiles` (newline-separated paths
// or globs, relative to the workspace) and `output` (the merged file); output `assets`.
import { resolveInWorkspace } from '../assets/paths.js'
import { errorMessage } from '../errors.js'
import { safeText } from '../redact.js'
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
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    const patterns = core
      .getInput('lockfiles')
      .split(/\r?\n/)
      .map(l => l.trim())
      .filter(l => l !== '')
    if (patterns.length === 0)
      throw new Error("Input 'lockfiles': give one or more paths or globs, one per line")
    const files = await expandGlobs(patterns, workspace)
    if (files.length === 0)
      throw new Error(`Input 'lockfiles': nothing matched ${patterns.join(', ')}`)
    const output = resolveInWorkspace(workspace, core.getInput('output') || 'meshy-lock.json')
    const count = await mergeLockfileFiles(files, output)
    core.info(`Merged ${files.length} lockfiles (${count} assets) into ${output}`)
    core.setOutput('assets', String(count))
  } catch (err) {
    core.setFailed(safeText(errorMessage(err)))
  }
}
