// Issue 24 item 12: the repository's own workflows pin every action they take from elsewhere to
// a full commit SHA (a moved tag cannot change what runs) and install with --ignore-scripts (no
// dependency runs code in a job that may hold contents: write); every checkout in the copyable
// examples drops its credentials, since those jobs run the action on untrusted models.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './harness/run-action.js'
import { DOCS } from './harness/snippets.js'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Workflow {
  jobs: Record<string, { steps?: Step[] }>
}

const DIR = join(REPO_ROOT, '.github', 'workflows')
const OWN = readdirSync(DIR).filter(n => /\.ya?ml$/.test(n))

function stepsOf(text: string): Step[] {
  const doc = parse(text) as Workflow | Step[]
  if (Array.isArray(doc)) return doc
  return Object.values(doc.jobs ?? {}).flatMap(job => job.steps ?? [])
}

test('own workflows: every outside action is pinned to a commit SHA, named by a version comment', () => {
  const lines = OWN.flatMap(name =>
    readFileSync(join(DIR, name), 'utf8')
      .split('\n')
      .filter(line => /^\s*(-\s*)?uses:/.test(line) && !/uses:\s*\.\//.test(line))
      .map(line => `${name}: ${line.trim()}`)
  )
  expect(lines.length).toBeGreaterThan(5)
  for (const line of lines) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d/)
})

test('own workflows: npm ci never runs install scripts', () => {
  const installs = OWN.flatMap(name =>
    stepsOf(readFileSync(join(DIR, name), 'utf8'))
      .map(step => step.run ?? '')
      .filter(run => /\bnpm (ci|install|i)\b/.test(run))
  )
  expect(installs.length).toBeGreaterThan(0)
  for (const run of installs) expect(run).toMatch(/--ignore-scripts/)
})

function yamlBlocks(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8')
  return [...text.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map(m => m[1])
}

test('examples: every checkout keeps no credentials', () => {
  const checkouts = DOCS.flatMap(yamlBlocks)
    .filter(block => /actions\/checkout@/.test(block))
    .flatMap(stepsOf)
    .filter(step => step.uses?.startsWith('actions/checkout@'))
  expect(checkouts.length).toBeGreaterThanOrEqual(6)
  for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false)
})
