// Which bundle the bench measures: the committed dist/index.js when it is at least as new as
// every source file, else a fresh bundle in a temp dir (the bench never writes dist/).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { REPO_ROOT } from '../__tests__/harness/run-action.js'

export const TEMP_DIST = '/tmp/meshy-bench-dist'
const SNAPSHOT = '/tmp/meshy-bench-dist-snapshot'

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
    rmSync(SNAPSHOT, { recursive: true, force: true })
    cpSync(dirname(committed), SNAPSHOT, { recursive: true })
    return {
      file: join(SNAPSHOT, 'index.js'),
      why: `dist/ is newer than src/; copied to ${SNAPSHOT}`
    }
  }
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bundle.mjs'), TEMP_DIST], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const why = forceBundle ? '--bundle given' : 'dist/index.js missing or older than src/'
  return { file: join(TEMP_DIST, 'index.js'), why: `${why}: bundled into ${TEMP_DIST}` }
}

export function distDir(entry: Entry): string {
  return dirname(entry.file)
}
