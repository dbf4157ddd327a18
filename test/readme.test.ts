// The README's inputs and outputs tables are generated from action.yml and must not drift.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { updateReadme } from '../scripts/readme-tables.js'
import { REPO_ROOT } from './harness/run-action.js'

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

test('action.yml declares every input and output of the contract', () => {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8'))
  const contract = readFileSync(join(REPO_ROOT, '..', 'shared', 'action-contract.md'), 'utf8')
  const section = (title: string) => contract.split(`## ${title}`)[1].split('\n## ')[0]
  const names = (text: string) => [...text.matchAll(/^\| `([a-z-]+)`/gm)].map(m => m[1])
  const outputs = section('Outputs').replace(
    '`artifact-id`, `artifact-url`',
    '`artifact-id` | |\n| `artifact-url`'
  )
  // comment-key is our one addition (issue 4: a key for several comments in one job).
  const extensions = ['comment-key']
  expect(Object.keys(meta.inputs).sort()).toEqual(
    [...names(section('Inputs')), ...extensions].sort()
  )
  expect(Object.keys(meta.outputs).sort()).toEqual(names(outputs).sort())
  expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})
