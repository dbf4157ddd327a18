// dist/ is committed (GitHub runs it as is), so it must equal a fresh bundle of the sources: the
// one the e2e project's global setup built (harness/bundle-setup.mjs), which the other e2e
// suites run.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { distDir, REPO_ROOT } from './harness/run-action.js'

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

test('committed dist/ equals a fresh `npm run bundle`', () => {
  const fresh = distDir()
  const committed = join(REPO_ROOT, 'dist')
  // A bundle compared with itself proves nothing.
  expect(fresh).not.toBe(committed)
  const names = (dir: string) =>
    listFiles(dir)
      .map(f => relative(dir, f))
      .sort()
  expect(names(committed)).toEqual(names(fresh))
  for (const name of names(fresh)) {
    const same = readFileSync(join(fresh, name)).equals(readFileSync(join(committed, name)))
    if (!same) throw new Error(`dist/${name} is stale: run \`npm run bundle\` and commit dist/`)
  }
})
