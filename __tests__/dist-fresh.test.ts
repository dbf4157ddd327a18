// dist/ is committed (GitHub runs it as is), so it must equal a fresh bundle of the sources.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { REPO_ROOT } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

test('committed dist/ equals a fresh `npm run bundle`', () => {
  const fresh = tempDir('dist')
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bundle.mjs'), fresh], {
    stdio: 'inherit'
  })
  const committed = join(REPO_ROOT, 'dist')
  const names = (dir: string) =>
    listFiles(dir)
      .map(f => relative(dir, f))
      .sort()
  expect(names(committed)).toEqual(names(fresh))
  for (const name of names(fresh)) {
    const same = readFileSync(join(fresh, name)).equals(readFileSync(join(committed, name)))
    if (!same) throw new Error(`dist/${name} is stale: run \`npm run bundle\` and commit dist/`)
  }
}, 180_000)
