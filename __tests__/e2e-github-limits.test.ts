// GitHub's size limits at 1,000 assets, through the bundled action on a pull request: step outputs
// (1 MB per job: the plan becomes a stand-in naming plan-file), the job summary (1 MiB per step)
// and the PR comment (65,536 characters). A dry run: the whole plan, no request to Meshy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub } from '../fakes/github/server.js'
import { OUTPUT_CAP } from '../src/report/output-files.js'
import { newWorkspace, runAction } from './harness/run-action.js'

const TOKEN = 'ghs_installation_token_for_limits'
const ASSETS = 1000
let gh: FakeGitHub

beforeAll(async () => {
  gh = await new FakeGitHub({ tokens: { [TOKEN]: 'installation' } }).start()
})
afterAll(async () => gh.close())

function manifest(): string {
  const lines = ['assets:']
  for (let i = 0; i < ASSETS; i++) {
    lines.push(`  prop-${String(i).padStart(4, '0')}-weathered-oak-crate:`)
    lines.push('    task: text-to-3d')
    lines.push(`    prompt: a weathered oak crate number ${i} with iron bands`)
  }
  return `${lines.join('\n')}\n`
}

test('a 1,000-asset plan: outputs, summary and comment stay inside GitHub limits', async () => {
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
    inputs: {
      manifest: 'assets/meshy.yml',
      'dry-run': 'true',
      'pr-comment': 'true',
      'github-token': TOKEN
    },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url }
  })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)

  // Outputs: all of them together far below GitHub's 1 MB per job.
  const outputBytes = Object.entries(run.outputs).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value),
    0
  )
  expect(outputBytes).toBeLessThan(1_000_000)
  for (const value of Object.values(run.outputs)) {
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(OUTPUT_CAP)
  }
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
