// The Node versions the project promises are the ones CI tests: the lowest that development
// supports (package.json engines) and the one GitHub runs the action on (action.yml, .node-version).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './harness/run-action.js'

const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8')

test('CI tests on the lowest supported Node and on the one the action runs on', () => {
  const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines
  const lowest = Number(/^>=\s*(\d+)/.exec(engines.node)?.[1])
  const runtime = Number(read('.node-version').trim().split('.')[0])
  const action = parse(read('action.yml')) as { runs: { using: string } }
  expect(action.runs.using).toBe(`node${runtime}`)
  const ci = parse(read('.github/workflows/ci.yml')) as {
    jobs: { test: { strategy: { matrix: { node: number[] } } } }
  }
  expect(ci.jobs.test.strategy.matrix.node).toEqual([lowest, runtime])
})
