// Issue 23, E: the README's workflows, run as users copy them. Every workflow snippet's
// meshy-action steps (README.md and docs/*.md) use only inputs and outputs the action declares;
// the README's three main workflows run step by step (harness/workflow-runner.ts) against the
// fake Meshy and the fake GitHub: the quick start, the nightly library on nights without a merge
// (the second pays nothing), and the pull request preview (its comment has its pictures). A
// snippet that stops working fails here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { FakeGitHub } from '../fakes/github/server.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { BROWSER } from './harness/browser.js'
import { REPO_ROOT } from './harness/run-action.js'
import { allSnippets, shapeOf, workflowNamed, type Snippet } from './harness/snippets.js'
import { condition, interpolate } from './harness/expressions.js'
import { Repo } from './harness/git-repo.js'
import { runWorkflow, type JobRun, type Services } from './harness/workflow-runner.js'

const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const PREVIEWS = 'https://github.com/octo/assets/raw/refs/heads/meshy-previews/'

let fake: FakeMeshy
let gh: FakeGitHub
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 200 })
  gh = await new FakeGitHub({
    tokens: { ghs_faketoken_for_tests: 'installation', ghs_app_token_for_tests: 'installation' }
  }).start()
})
afterAll(async () => {
  await fake.close()
  await gh.close()
})

function services(actionInputs: Record<string, string> = {}): Services {
  return {
    actionInputs: { 'base-url': fake.url, ...actionInputs },
    actionEnv: { GITHUB_API_URL: gh.url },
    secrets: { MESHY_API_KEY: FAKE_API_KEY, ASSETS_BOT_PRIVATE_KEY: 'fake-private-key' },
    vars: { ASSETS_BOT_APP_ID: '12345' }
  }
}

interface RawStep {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

function stepsOf(
  snippet: Snippet
): Array<{ steps: RawStep[]; permissions?: Record<string, string> }> {
  const doc = parse(snippet.text) as {
    permissions?: Record<string, string>
    jobs?: Record<string, { steps?: RawStep[]; permissions?: Record<string, string> }>
  }
  if (shapeOf(snippet.text) === 'steps') return [{ steps: doc as unknown as RawStep[] }]
  return Object.values(doc.jobs ?? {}).map(job => ({
    steps: job.steps ?? [],
    permissions: job.permissions ?? doc.permissions
  }))
}

const isOurs = (s: RawStep) => /^meshy-action\/meshy-action@/.test(s.uses ?? '')

test('every workflow in README.md and docs/ uses only declared inputs and outputs', () => {
  const runnable = allSnippets().filter(s => shapeOf(s.text) !== 'other')
  expect(runnable.length).toBeGreaterThanOrEqual(12)
  const problems: string[] = []
  for (const snippet of runnable) {
    for (const job of stepsOf(snippet)) {
      const ours = new Set(job.steps.filter(isOurs).flatMap(s => (s.id ? [s.id] : [])))
      for (const step of job.steps.filter(isOurs)) {
        for (const key of Object.keys(step.with ?? {}))
          if (!(key in meta.inputs)) problems.push(`${snippet.file}:${snippet.line}: input ${key}`)
        // A picture needs somewhere to be committed: preview-branch needs contents: write.
        if (
          step.with?.['preview-branch'] &&
          job.permissions &&
          job.permissions.contents !== 'write'
        )
          problems.push(`${snippet.file}:${snippet.line}: preview-branch without contents: write`)
      }
      for (const [, id, name] of snippet.text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g))
        if (ours.has(id) && !(name in meta.outputs))
          problems.push(`${snippet.file}:${snippet.line}: output ${name}`)
    }
  }
  expect(problems).toEqual([])
})

test("the three main workflows are the README's own snippets", () => {
  for (const name of ['generate-asset', 'assets-nightly', 'asset-preview'])
    expect(workflowNamed(name).file).toBe('README.md')
})

function expectAllRan(job: JobRun): void {
  const failed = job.steps
    .filter(s => !s.ok && !s.continueOnError)
    .map(s => `${s.uses ?? s.run}: ${s.log}`)
  expect(failed).toEqual([])
}

test('the quick start: one step makes the model the next step lists', async () => {
  const repo = new Repo({ 'README.md': 'assets\n' })
  const before = fake.creates().length
  const [job] = await runWorkflow(workflowNamed('generate-asset'), repo, services(), {
    event: 'workflow_dispatch'
  })
  expectAllRan(job)
  const ours = job.steps.find(s => s.action)!
  expect(ours.outputs['model-file']).toMatch(/\.glb$/)
  expect(job.steps.at(-1)!.log).toContain(ours.outputs['model-file'])
  expect(fake.creates().length).toBeGreaterThan(before)
}, 120_000)

const MANIFEST = [
  'defaults:',
  '  task: text-to-3d',
  'assets:',
  '  crate:',
  '    prompt: a wooden crate',
  '  lantern:',
  '    prompt: a brass lantern',
  ''
].join('\n')

/** The prompts of the creates the fake received since the `from`-th. */
function promptsSince(from: number): string[] {
  return fake
    .creates()
    .slice(from)
    .flatMap(r => {
      const prompt = (r.body as { prompt?: unknown }).prompt
      return typeof prompt === 'string' ? [prompt] : []
    })
}

describe('the nightly library', () => {
  const repo = new Repo({ 'assets/meshy.yml': MANIFEST, '.gitignore': '*.journal\n' })
  const nightly = workflowNamed('assets-nightly')
  const night = (inputs: Record<string, string> = {}) =>
    runWorkflow(nightly, repo, services(inputs), { event: 'schedule' }).then(([job]) => job)

  test('night one opens the pull request; night two, not merged, pays for nothing', async () => {
    const before = fake.creates().length
    const first = await night()
    expectAllRan(first)
    expect(promptsSince(before)).toEqual(
      expect.arrayContaining(['a wooden crate', 'a brass lantern'])
    )
    const pr = repo.prs.get('meshy/nightly')!
    expect(pr.state).toBe('open')
    // The description is the run's summary: each asset, why it ran, its credits.
    expect(pr.body).toMatch(/crate/)
    expect(pr.body).toMatch(/new asset/)
    expect(pr.body.length).toBeLessThan(65_536)
    const files = repo.files('meshy/nightly')
    expect(files).toContain('assets/meshy-lock.json')
    expect(files.filter(f => f.endsWith('model.glb'))).toHaveLength(2)
    expect(files.filter(f => f.includes('/renders/'))).toEqual([])

    const body = pr.body
    const after = fake.creates().length
    const second = await night()
    expectAllRan(second)
    expect(promptsSince(after)).toEqual([])
    const ours = second.steps.find(s => s.action)!
    expect(ours.outputs.credits).toBe('0')
    // The PR is left as its reviewer saw it.
    expect(repo.prs.get('meshy/nightly')!.body).toBe(body)
  }, 240_000)

  test('a first large run on purpose: max-credits comes from the Run workflow form', async () => {
    const fresh = new Repo({ 'assets/meshy.yml': MANIFEST })
    const before = fake.creates().length
    const dispatch = (budget: string) =>
      runWorkflow(nightly, fresh, services(), {
        event: 'workflow_dispatch',
        inputs: { 'max-credits': budget }
      }).then(([job]) => job)
    const refused = await dispatch('1')
    const step = refused.steps.find(s => s.action)!
    expect(step.ok).toBe(false)
    expect(step.action!.stdout).toMatch(/max-credits/)
    expect(fake.creates().length).toBe(before)
    expect(fresh.prs.size).toBe(0)
  }, 120_000)

  // Needs a browser for the render sheets; it runs after the test above (same repository).
  const withSheets = BROWSER ? test : test.skip
  withSheets(
    'after a merge, a changed prompt shows old | new, why and the credits',
    async () => {
      repo.merge('meshy/nightly')
      repo.commit(
        'main',
        { 'assets/meshy.yml': MANIFEST.replace('a wooden crate', 'an iron-bound crate') },
        'crate: iron'
      )
      const before = fake.creates().length
      const third = await night({ render: 'auto' })
      expectAllRan(third)
      expect(new Set(promptsSince(before))).toEqual(new Set(['an iron-bound crate']))
      const pr = repo.prs.get('meshy/nightly')!
      expect(pr.state).toBe('open')
      expect(pr.body).toMatch(/prompt changed/)
      const crateRow = pr.body.split('<tr>').find(r => r.includes('<strong>crate</strong>'))!
      expect(crateRow).toMatch(/<td align="right">[1-9]\d*<\/td>/)
      // Old and new sheets, committed to the preview branch the description links to.
      const images = [...pr.body.matchAll(/src="([^"]+)"/g)].map(m => m[1])
      const sheets = images.filter(u => u.startsWith(PREVIEWS) && u.includes('crate'))
      expect(sheets.some(u => u.includes('previous'))).toBe(true)
      expect(sheets.some(u => !u.includes('previous'))).toBe(true)
      for (const url of sheets) {
        const path = url.slice(PREVIEWS.length).split('/').map(decodeURIComponent).join('/')
        expect(gh.fileAt('meshy-previews', path)).toBeDefined()
      }
    },
    240_000
  )
})

test('the pull request preview sends the changed prompt file, and its comment has its picture', async () => {
  const repo = new Repo({ 'assets/prompts/lighthouse.txt': 'a lighthouse\n' })
  repo.commit(
    'lighthouse',
    { 'assets/prompts/lighthouse.txt': 'a red and white striped lighthouse\n' },
    'stripes'
  )
  const [job] = await runWorkflow(workflowNamed('asset-preview'), repo, services(), {
    event: 'pull_request',
    pr: { number: 7, head: 'lighthouse' }
  })
  expectAllRan(job)
  const prompts = fake.creates().map(r => (r.body as { prompt?: string }).prompt)
  expect(prompts).toContain('a red and white striped lighthouse')
  const comment = gh.comments.find(c => c.issue === 7)
  expect(comment).toBeDefined()
  const images = [...comment!.body.matchAll(/<img src="([^"]+)"/g)].map(m => m[1])
  expect(images.length).toBeGreaterThan(0)
  for (const url of images) {
    expect(url.startsWith(PREVIEWS)).toBe(true)
    const path = url.slice(PREVIEWS.length).split('/').map(decodeURIComponent).join('/')
    expect(gh.fileAt('meshy-previews', path)).toBeDefined()
  }
}, 120_000)

describe('the runner itself', () => {
  const ctx = {
    status: 'success' as const,
    contexts: { inputs: {}, steps: { meshy: { outputs: { credits: '0' } } } }
  }
  test('evaluates what the snippets use, as GitHub does', () => {
    expect(interpolate('${{ inputs.max-credits || 500 }}', ctx)).toBe('500')
    expect(condition("always() && steps.meshy.outputs.credits != '0'", ctx)).toBe(false)
    expect(condition(undefined, { ...ctx, status: 'failure' })).toBe(false)
  })
  test('refuses what it does not know, so a new construct fails the test', () => {
    expect(() => interpolate('${{ hashFiles() }}', ctx)).toThrow(/unknown function/)
    expect(() => interpolate('${{ matrix.shard }}', ctx)).toThrow(/unknown context/)
  })
})
