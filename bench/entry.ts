// Which bundle the bench measures: the committed dist/index.js when it is at least as new as
// every source file, else a fresh bundle in a temp dir (the bench never writes dist/).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'
import { tempDir } from '../__tests__/harness/temp-dirs.js'

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs
    newest = Math.max(newest, time)
  }
  return newest
}

export interface Entry {
  file: string
  why: string
}

export function resolveEntry(forceBundle: boolean): Entry {
  if (process.env.BENCH_ENTRY) return { file: process.env.BENCH_ENTRY, why: 'BENCH_ENTRY' }
  const committed = join(REPO_ROOT, 'dist', 'index.js')
  const fresh =
    existsSync(committed) && statSync(committed).mtimeMs >= newestSource(join(REPO_ROOT, 'src'))
  if (fresh && !forceBundle) {
    // The lead may rebuild dist/ while the bench runs (bundle.mjs empties it first): measure a copy.
    const snapshot = tempDir('bench-dist-snapshot')
    cpSync(dirname(committed), snapshot, { recursive: true })
    return {
      file: join(snapshot, 'index.js'),
      why: `dist/ is newer than src/; copied to ${snapshot}`
    }
  }
  const bundled = tempDir('bench-dist')
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bundle.mjs'), bundled], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const why = forceBundle ? '--bundle given' : 'dist/index.js missing or older than src/'
  return { file: join(bundled, 'index.js'), why: `${why}: bundled into ${bundled}` }
}

export function distDir(entry: Entry): string {
  return dirname(entry.file)
}
