// The README's inputs and outputs tables are generated from action.yml and must not drift.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { updateReadme } from '../scripts/readme-tables.js'
import { readConfig } from '../src/config/inputs.js'
import { REPO_ROOT } from './harness/run-action.js'
import { removeTempDir, tempDir } from './harness/temp-dirs.js'

test('README tables match action.yml', () => {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  expect(updateReadme(readme, meta)).toBe(readme)
})

test('README gives the demo and test commands that .ci/run uses', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const ci = readFileSync(join(REPO_ROOT, '.ci', 'run'), 'utf8')
  expect(readme).toContain('npm ci && npm run demo')
  expect(readme).toContain('npm ci && npm test')
  expect(ci).toMatch(/^npm test$/m)
})

test('action.yml declares every input the code reads, and the code reads every input it declares', () => {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  const read = new Set<string>()
  const ws = tempDir('readme')
  try {
    readConfig(
      name => {
        read.add(name)
        return { 'test-mode': 'true', task: 'text-to-3d', prompt: 'a crate' }[name] ?? ''
      },
      { GITHUB_WORKSPACE: ws }
    )
  } finally {
    removeTempDir(ws)
  }
  expect([...read].sort()).toEqual(Object.keys(meta.inputs).sort())
  expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})
