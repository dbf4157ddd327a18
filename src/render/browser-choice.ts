// Which browser renders: `chrome-path`, else CHROME_PATH, else the usual names on PATH (GitHub's
// ubuntu runners have google-chrome; Debian and Ubuntu packages install chromium or
// chromium-browser). Only executables are taken; nothing is downloaded.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'

export const BROWSER_NAMES = [
  'google-chrome',
  'google-chrome-stable',
  'chromium',
  'chromium-browser'
]

export interface BrowserChoice {
  /** Absolute path of the browser, when one was found. */
  executable?: string
  /** Where it was looked for, for the notice or the error that says so. */
  searched: string
}

export function chooseBrowser(
  chromePath: string,
  env: NodeJS.ProcessEnv,
  workspace: string
): BrowserChoice {
  if (chromePath) {
    const path = isAbsolute(chromePath) ? chromePath : resolve(workspace, chromePath)
    if (!isExecutable(path)) {
      throw new ConfigurationError(
        'chrome-path',
        `'${chromePath}' is not an executable file. Use the path of Chrome or Chromium (e.g. /usr/bin/chromium), or leave it empty to search CHROME_PATH and PATH.`
      )
    }
    return { executable: path, searched: 'chrome-path' }
  }
  const fromEnv = env.CHROME_PATH?.trim()
  if (fromEnv && isExecutable(fromEnv)) return { executable: fromEnv, searched: 'CHROME_PATH' }
  const dirs = (env.PATH ?? '').split(delimiter).filter(d => isAbsolute(d))
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name)
      if (isExecutable(path)) return { executable: path, searched: 'PATH' }
    }
  }
  const envPart = fromEnv ? `CHROME_PATH (${fromEnv}, not executable), ` : 'CHROME_PATH (unset), '
  return { searched: `chrome-path (empty), ${envPart}${BROWSER_NAMES.join(', ')} on PATH` }
}

/** The error for `render: true` when no browser exists: raised before any paid request. */
export function noBrowserError(choice: BrowserChoice, where = 'render'): ConfigurationError {
  return new ConfigurationError(
    where,
    `true needs Chrome or Chromium, and none was found (searched ${choice.searched}). Install one ` +
      `(GitHub's ubuntu runners have google-chrome; on Debian: apt-get install chromium), set ` +
      `chrome-path, or use render: auto to skip rendering when no browser exists.`
  )
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).isFile()
  } catch {
    return false
  }
}
