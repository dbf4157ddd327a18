// The inputs of the lockfile-merge action (merge/action.yml), read and checked here like the main
// action's: every problem is a ConfigurationError naming the input and what it accepts.
import { PathEscapeError, resolveInWorkspace } from '../assets/paths.js'
import { ConfigurationError } from '../core/errors.js'
import { DEFAULT_LOCKFILE } from './lockfile-path.js'
import { parseLines } from './parse.js'

export interface MergeConfig {
  workspace: string
  /** Paths or globs relative to the workspace, one per line of `lockfiles`. */
  patterns: string[]
  /** Absolute path of the merged lockfile, inside the workspace. */
  output: string
}

export function readMergeConfig(
  getInput: (name: string) => string,
  env: NodeJS.ProcessEnv
): MergeConfig {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const patterns = parseLines(getInput('lockfiles'))
  if (patterns.length === 0) {
    throw new ConfigurationError('lockfiles', 'give one or more paths or globs, one per line')
  }
  const path = (getInput('output') ?? '').trim() || DEFAULT_LOCKFILE
  return { workspace, patterns, output: outputPath(workspace, path) }
}

function outputPath(workspace: string, path: string): string {
  try {
    return resolveInWorkspace(workspace, path)
  } catch (err) {
    if (!(err instanceof PathEscapeError)) throw err
    throw new ConfigurationError(
      'output',
      `'${path}' is outside the workspace. Use a path relative to the workspace, such as ${DEFAULT_LOCKFILE}.`
    )
  }
}

/** A pattern list that matched no file: named like any other bad input. */
export function nothingMatched(patterns: string[]): ConfigurationError {
  return new ConfigurationError('lockfiles', `nothing matched ${patterns.join(', ')}`)
}
