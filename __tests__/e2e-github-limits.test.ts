// GitHub's size limits at 1,000 assets, through the bundled action on a pull request: step outputs
// (1 MB per job: a large output becomes a stand-in naming its *-file), the job summary (1 MiB per
// step) and the PR comment (65,536 characters). A dry run (the whole plan, no request to Meshy),
// and a real run of the same 1,000 assets against the fake Meshy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../fakes/github/server.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { OUTPUT_CAP } from '../src/report/output-files.js'
import { newWorkspace, runAction } from './harness/run-action.js'

const TOKEN = 'ghs_installation_token_for_limits'
const ASSETS = 1000
let gh: FakeGitHub
let fake: FakeMeshy

beforeAll(async () => {
  gh = await new FakeGitHub({ tokens: { [TOKEN]: 'installation' } }).start()
  fake = await startFakeMeshy({ durationMs: 50, keepAliveMs: 100, balance: 1_000_000 })
})
afterAll(async () => {
  await gh.close()
  await fake.close()
})

function manifest(): string {
  const lines = ['defaults:', '  refine: false', '  download: model', 'assets:']
  for (let i = 0; i < ASSETS; i++) {
    lines.push(`  prop-${String(i).padStart(4, '0')}-weathered-oak-crate:`)
    lines.push('    task: text-to-3d')
    lines.push(`    prompt: a weathered oak crate number ${i} with iron bands`)
  }
  return `${lines.join('\n')}\n`
}

/** The bundled action on pull request 7 with a 1,000-asset manifest and a PR comment. */
async function prRun(extra: Record<string, string>, env: Record<string, string> = {}) {
  const workspace = newWorkspace()
  mkdirSync(join(workspace, 'assets'), { recursive: true })
  writeFileSync(join(workspace, 'assets', 'meshy.yml'), manifest())
  const event = join(workspace, '..', `event-limits-${Date.now()}.json`)
  const repo = { full_name: 'octo/assets' }
  writeFileSync(
    event,
    JSON.stringify({ number: 7, pull_request: { number: 7, head: { repo }, base: { repo } } })
  )
  const run = await runAction({
    workspace,
    inputs: { manifest: 'assets/meshy.yml', 'pr-comment': 'true', 'github-token': TOKEN, ...extra },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: gh.url,
      ...env
    },
    timeoutMs: 180_000
  })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return { run, workspace }
}

/** All outputs together far below GitHub's 1 MB per job, and each under the cap. */
function expectOutputsWithinLimits(outputs: Record<string, string>): void {
  const outputBytes = Object.entries(outputs).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value),
    0
  )
  expect(outputBytes).toBeLessThan(1_000_000)
  for (const value of Object.values(outputs)) {
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(OUTPUT_CAP)
  }
}

test('a 1,000-asset plan: outputs, summary and comment stay inside GitHub limits', async () => {
  const { run, workspace } = await prRun({ 'dry-run': 'true' })
  expectOutputsWithinLimits(run.outputs)
  // The plan was cut with a warning, and its file holds the whole of it.
  const planFile = run.outputs['plan-file']
  expect(planFile).toBe('meshy-output/.meshy-outputs/plan.json')
  const standIn = JSON.parse(run.outputs.plan) as { cut: boolean; bytes: number; file: string }
  expect(standIn).toEqual({ cut: true, bytes: expect.any(Number), file: planFile })
  expect(standIn.bytes).toBeGreaterThan(OUTPUT_CAP)
  expect(run.stdout).toMatch(/::warning::The output plan is \d+ bytes, over the 65536/)
  const full = JSON.parse(readFileSync(join(workspace, planFile), 'utf8')) as {
    assets: Record<string, unknown>
  }
  expect(Object.keys(full.assets)).toHaveLength(ASSETS)
  expect(Buffer.byteLength(JSON.stringify(full))).toBe(standIn.bytes)
  // The folder of output files keeps itself out of git.
  expect(
    readFileSync(join(workspace, 'meshy-output', '.meshy-outputs', '.gitignore'), 'utf8')
  ).toBe('*\n')

  // The job summary: under 1 MiB per step (the action's own budget is a quarter of that).
  expect(run.summary).toContain('Meshy plan (dry run)')
  expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
  // The PR comment: under GitHub's 65,536 characters.
  expect(gh.comments).toHaveLength(1)
  expect(gh.comments[0].body.length).toBeLessThan(65_536)
}, 120_000)

test('a real 1,000-asset run: manifest-results goes to its file, everything inside the limits', async () => {
  const { run, workspace } = await prRun(
    { 'base-url': fake.url, concurrency: '100' },
    {
      MESHY_API_KEY: FAKE_API_KEY
    }
  )
  expect(fake.creates()).toHaveLength(ASSETS)
  expectOutputsWithinLimits(run.outputs)
  const file = run.outputs['manifest-results-file']
  expect(file).toBe('meshy-output/.meshy-outputs/manifest-results.json')
  expect(JSON.parse(run.outputs['manifest-results'])).toMatchObject({ cut: true, file })
  const results = JSON.parse(readFileSync(join(workspace, file), 'utf8')) as Record<
    string,
    { status: string }
  >
  expect(Object.values(results).filter(r => r.status === 'generated')).toHaveLength(ASSETS)
  expect(JSON.parse(run.outputs['task-ids'])).toHaveLength(ASSETS)
  expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
  const comment = gh.comments.find(c => !c.body.includes(':plan'))
  expect(comment?.body.length).toBeLessThan(65_536)
}, 180_000)
