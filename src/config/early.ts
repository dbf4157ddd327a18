// What run() needs before, or without, a valid configuration: the workspace folder, whether a
// summary is wanted (a configuration error still writes one), and notices about how inputs were
// read. Lenient on purpose: an invalid value here is reported by readConfig, not twice.
import { parseBoolean } from './parse.js'

type GetInput = (name: string) => string

/** The runner sets GITHUB_WORKSPACE; elsewhere (local runs, other CI) the current folder. */
export function resolveWorkspace(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || process.cwd()
}

/** True unless `summary` is a valid false: a broken configuration still gets its summary. */
export function summaryWanted(getInput: GetInput): boolean {
  return lenientBoolean('summary', getInput('summary'), true)
}

export interface EarlyNotices {
  info: string[]
  warnings: string[]
}

export function earlyNotices(getInput: GetInput, env: NodeJS.ProcessEnv): EarlyNotices {
  const notices: EarlyNotices = { info: [], warnings: [] }
  if (!env.GITHUB_WORKSPACE) {
    notices.info.push(
      `GITHUB_WORKSPACE is not set, so the current folder ${process.cwd()} is used as the workspace: ` +
        'relative paths (image, model, manifest, output-dir) resolve from there.'
    )
  }
  const keyGiven = (getInput('api-key') ?? '').trim() !== '' || !!env.MESHY_API_KEY?.trim()
  if (keyGiven && lenientBoolean('test-mode', getInput('test-mode'), false)) {
    notices.warnings.push(
      "test-mode is true, so the API key that is also set is not used: test mode wins. Meshy's " +
        'public test key returns sample results and spends no credits, and the prompt does not ' +
        'shape the result. Set test-mode: false to generate with your key.'
    )
  }
  return notices
}

function lenientBoolean(input: string, raw: string | undefined, fallback: boolean): boolean {
  try {
    return parseBoolean(input, raw, fallback)
  } catch {
    return fallback
  }
}
