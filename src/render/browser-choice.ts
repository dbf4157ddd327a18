// Which browser renders: `chrome-path`, else CHROME_PATH, else the usual names on PATH (GitHub's
// ubuntu runners have google-chrome; Debian and Ubuntu packages install chromium or
// chromium-browser), else where Windows and macOS install Chrome, which is not on PATH there.
// Only executables are taken; nothing is downloaded.
import { accessSync, constants, statSync } from 'node:fs'
import { isAbsolute, posix, resolve, win32 } from 'node:path'
import { ConfigurationError } from '../core/errors.js'

/** The machine looked at: the real one, or in tests another platform's paths and files. */
export interface BrowserHost {
  platform: NodeJS.Platform
  isExecutable(path: string): boolean
}

const THIS_HOST: BrowserHost = { platform: process.platform, isExecutable }

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
  workspace: string,
  host: BrowserHost = THIS_HOST
): BrowserChoice {
  if (chromePath) {
    const path = isAbsolute(chromePath) ? chromePath : resolve(workspace, chromePath)
    if (!host.isExecutable(path)) {
      throw new ConfigurationError(
        'chrome-path',
        `'${chromePath}' is not an executable file. Use the path of Chrome or Chromium (e.g. /usr/bin/chromium), or leave it empty to search CHROME_PATH and PATH.`
      )
    }
    return { executable: path, searched: 'chrome-path' }
  }
  const fromEnv = env.CHROME_PATH?.trim()
  if (fromEnv && host.isExecutable(fromEnv)) return { executable: fromEnv, searched: 'CHROME_PATH' }
  const path = host.platform === 'win32' ? win32 : posix
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(d => path.isAbsolute(d))
  const names = host.platform === 'win32' ? BROWSER_NAMES.map(n => `${n}.exe`) : BROWSER_NAMES
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name)
      if (host.isExecutable(candidate)) return { executable: candidate, searched: 'PATH' }
    }
  }
  const installed = installLocations(host.platform, env)
  const found = installed.find(p => host.isExecutable(p))
  if (found) return { executable: found, searched: 'install locations' }
  const envPart = fromEnv ? `CHROME_PATH (${fromEnv}, not executable), ` : 'CHROME_PATH (unset), '
  const installPart = installed.length ? `, ${installed.join(', ')}` : ''
  return {
    searched: `chrome-path (empty), ${envPart}${BROWSER_NAMES.join(', ')} on PATH${installPart}`
  }
}

/**
 * Where Chrome and Chromium install themselves on Windows (machine-wide, 32-bit, per user) and
 * macOS (system and user Applications folders): GitHub's windows and macos runners have Chrome
 * there. Linux packages put it on PATH.
 */
export function installLocations(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [
      env.PROGRAMFILES || 'C:\\Program Files',
      env['PROGRAMFILES(X86)'] || 'C:\\Program Files (x86)',
      env.LOCALAPPDATA
    ].filter((root): root is string => !!root && win32.isAbsolute(root))
    return [...new Set(roots)].flatMap(root => [
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(root, 'Chromium', 'Application', 'chrome.exe')
    ])
  }
  if (platform === 'darwin') {
    const folders = ['/Applications']
    if (env.HOME && posix.isAbsolute(env.HOME)) folders.push(posix.join(env.HOME, 'Applications'))
    return folders.flatMap(folder => [
      posix.join(folder, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
      posix.join(folder, 'Chromium.app', 'Contents', 'MacOS', 'Chromium')
    ])
  }
  return []
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
