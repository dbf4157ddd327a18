// Browser discovery on the runners GitHub offers: Windows and macOS install Chrome outside PATH.
// Each platform's paths are built and checked with that platform's path flavour (node:path win32
// or posix), whatever this test runs on; the file system is a set of paths that exist.
import { posix, win32 } from 'node:path'
import { chooseBrowser, installLocations, type BrowserHost } from '../src/render/browser-choice.js'

function host(platform: NodeJS.Platform, files: string[]): BrowserHost {
  const present = new Set(files)
  return { platform, isExecutable: path => present.has(path) }
}

const WIN_ENV = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\runneradmin\\AppData\\Local',
  PATH: 'C:\\Windows\\system32;C:\\hostedtoolcache\\windows\\node\\24.0.0\\x64'
}
const MAC_ENV = { HOME: '/Users/runner', PATH: '/usr/local/bin:/usr/bin:/bin' }

describe('Windows', () => {
  const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'

  test('finds Chrome where windows-latest installs it', () => {
    const choice = chooseBrowser('', WIN_ENV, 'D:\\a\\repo', host('win32', [chrome]))
    expect(choice).toEqual({ executable: chrome, searched: 'install locations' })
    expect(win32.isAbsolute(choice.executable ?? '')).toBe(true)
  })

  test('also the 32-bit and the per-user installs, in that order', () => {
    const x86 = 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'
    const user = 'C:\\Users\\runneradmin\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(chooseBrowser('', WIN_ENV, 'D:\\a', host('win32', [user, x86])).executable).toBe(x86)
    expect(chooseBrowser('', WIN_ENV, 'D:\\a', host('win32', [user])).executable).toBe(user)
    expect(installLocations('win32', WIN_ENV)).toContain(
      'C:\\Users\\runneradmin\\AppData\\Local\\Chromium\\Application\\chrome.exe'
    )
  })

  test('without PROGRAMFILES set, the usual folders; PATH is split on ; with .exe names', () => {
    expect(installLocations('win32', {})[0]).toBe(chrome)
    const onPath = win32.join('C:\\tools\\chromium', 'chromium.exe')
    const env = { PATH: 'C:\\Windows;C:\\tools\\chromium' }
    expect(chooseBrowser('', env, 'D:\\a', host('win32', [onPath, chrome]))).toEqual({
      executable: onPath,
      searched: 'PATH'
    })
  })

  test('when nothing is found, the message lists the Windows locations searched', () => {
    const choice = chooseBrowser('', WIN_ENV, 'D:\\a', host('win32', []))
    expect(choice.executable).toBeUndefined()
    expect(choice.searched).toContain(chrome)
  })
})

describe('macOS', () => {
  const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
  const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium'

  test('finds Chrome, else Chromium, in /Applications', () => {
    expect(
      chooseBrowser('', MAC_ENV, '/Users/runner/work', host('darwin', [chromium, chrome]))
    ).toEqual({ executable: chrome, searched: 'install locations' })
    expect(chooseBrowser('', MAC_ENV, '/w', host('darwin', [chromium])).executable).toBe(chromium)
  })

  test("and in the user's own Applications folder", () => {
    const user = posix.join(
      '/Users/runner/Applications',
      'Google Chrome.app/Contents/MacOS/Google Chrome'
    )
    expect(chooseBrowser('', MAC_ENV, '/w', host('darwin', [user])).executable).toBe(user)
  })

  test('PATH still wins, split on :', () => {
    const onPath = '/usr/local/bin/chromium'
    expect(chooseBrowser('', MAC_ENV, '/w', host('darwin', [onPath, chrome])).executable).toBe(
      onPath
    )
  })
})

test('Linux looks only on PATH (packages put the browser there)', () => {
  expect(installLocations('linux', MAC_ENV)).toEqual([])
  expect(chooseBrowser('', MAC_ENV, '/w', host('linux', [])).searched).toBe(
    'chrome-path (empty), CHROME_PATH (unset), google-chrome, google-chrome-stable, chromium, chromium-browser on PATH'
  )
})
