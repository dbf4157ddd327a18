// The plan as a reviewer reads it: the sentence, the table's order, escaping, the unchanged
// count, and its own sticky comment that a later real run of the same PR leaves alone.
import { memoryLogger } from '../src/core/log.js'
import { batchPlan, planSentence, singleTaskPlan, type AssetPlan } from '../src/plan/run-plan.js'
import { publishReport, type ReportDeps } from '../src/report/index.js'
import { planTable } from '../src/report/plan-markdown.js'
import { renderSummary } from '../src/report/summary.js'
import { blankSpec } from '../src/config/task-spec.js'
import { FakeGitHub } from '../fakes/github/server.js'
import {
  config,
  prEnv,
  singleRun,
  workspace,
  type Workspace
} from '../fakes/results/run-fixture.js'

const gen = (estimate: number, reason = 'new asset'): AssetPlan => ({
  action: 'generate',
  estimate,
  reason
})
const same: AssetPlan = { action: 'unchanged', estimate: 0, reason: 'unchanged' }

test('the sentence counts what merging would do', () => {
  const assets: Record<string, AssetPlan> = {
    a: gen(30),
    b: gen(30),
    c: gen(30),
    d: { action: 'download', estimate: 0, reason: 'model file missing' },
    e: { action: 'remove', estimate: 0, reason: 'removed' },
    f: { action: 'remove', estimate: 0, reason: 'removed' },
    ...Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`u${i}`, same]))
  }
  expect(planSentence(batchPlan(assets, null))).toBe(
    'Merging this will generate 3 assets (about 90 credits), download 1 again, and remove 2; 41 unchanged.'
  )
  expect(planSentence(batchPlan({ a: same }, 5))).toBe(
    'Merging this changes nothing: 1 unchanged; no credits would be spent.'
  )
  expect(planSentence(batchPlan({ a: gen(20), b: same }, null))).toBe(
    'Merging this will generate 1 asset (about 20 credits); 1 unchanged.'
  )
})

test('a single task lists its steps; picking up creates nothing', () => {
  const selection = { formats: ['glb' as const], formatsExplicit: false, download: [] }
  const spec = { ...blankSpec('text-to-3d', selection), prompt: 'a chair', refine: false }
  const plan = singleTaskPlan(spec, null)
  expect(plan.tasks?.map(t => t.step)).toEqual(['text-to-3d'])
  expect(plan.estimate).toBe(plan.tasks?.[0].estimate)
  expect(planSentence(singleTaskPlan(undefined, 10))).toMatch(/no task/)
})

test('spending rows come first, unchanged ones fold into a count, text is escaped', () => {
  const plan = batchPlan(
    {
      keep: same,
      gone: { action: 'remove', estimate: 0, reason: 'removed from the manifest' },
      '<img src=x>': gen(20, 'prompt changed | *bold*')
    },
    null
  )
  const html = planTable(plan, 10_000)
  expect(html.indexOf('generate')).toBeLessThan(html.indexOf('remove'))
  expect(html).toContain('<details><summary>1 unchanged</summary>')
  expect(html).not.toContain('<img src=x>')
  expect(html).toContain('prompt changed &#124; &#42;bold&#42;')
})

describe('the plan on the pull request', () => {
  let gh: FakeGitHub
  let ws: Workspace
  const TOKEN = 'ghs_installation_token_for_tests'
  beforeEach(async () => {
    gh = await new FakeGitHub({ tokens: { [TOKEN]: 'installation' } }).start()
    ws = await workspace()
  })
  afterEach(() => gh.close())

  it('has its own sticky comment; a later real run writes another instead of overwriting it', async () => {
    const deps: ReportDeps = {
      env: await prEnv(ws, gh.url, 7, 'pull_request'),
      logger: memoryLogger()
    }
    const cfg = config(ws, { prComment: true, githubToken: TOKEN, summary: false })
    const plan = batchPlan({ chair: gen(20, 'prompt changed') }, null)
    const empty = { tasks: [], files: [] }
    await publishReport({ config: cfg, result: empty, plan }, deps)
    await publishReport({ config: cfg, result: empty, plan }, deps)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('Meshy plan (dry run)')
    expect(gh.comments[0].body).toContain('prompt changed')

    await publishReport({ config: cfg, result: await singleRun(ws) }, deps)
    expect(gh.comments).toHaveLength(2)
    expect(gh.comments[0].body).toContain('Meshy plan (dry run)')
    expect(gh.comments[1].body).not.toContain('Meshy plan')
  })

  it('the job summary shows the plan and a refusal above it', () => {
    const plan = batchPlan({ chair: gen(20) }, 3)
    const error = new Error("Input 'max-credits': over the limit of 1")
    const md = renderSummary(
      { config: config(ws), result: { tasks: [], files: [], error }, plan },
      {}
    )
    expect(md).toMatch(/^## 🧊 Meshy plan \(dry run\)/)
    expect(md).toContain('❌')
    expect(md).toContain('balance 3 credits')
    expect(md).toContain('<td>chair</td>')
  })
})
