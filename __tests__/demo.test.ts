// Issue 23, D1/D2: the first ten minutes. `npm run demo` keeps its model, render sheet (when a
// browser is found) and summary page in a git-ignored folder and prints where they are; the
// local-action settings in .env.example run as documented, against the bundled fake too.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeMeshy } from '../fakes/meshy/index.js'
import { BROWSER } from './harness/browser.js'
import { runInProcess } from './harness/in-process.js'
import { REPO_ROOT } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

test('npm run demo keeps the model, the sheet and a summary page, and says where', () => {
  const out = join(tempDir('demo'), 'demo-output')
  const run = spawnSync(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(REPO_ROOT, 'scripts', 'demo.ts')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, DEMO_OUTPUT: out },
      encoding: 'utf8',
      timeout: 170_000
    }
  )
  expect(run.status).toBe(0)
  const said = (label: string) => new RegExp(`^${label}: +(\\S+)`, 'm').exec(run.stdout)?.[1]
  const model = said('model')!
  expect(model).toMatch(/model\.glb$/)
  expect(statSync(model).size).toBeGreaterThan(0)
  const page = said('summary')!
  expect(page).toBe(join(out, 'summary.html'))
  const html = readFileSync(page, 'utf8')
  expect(html).toMatch(/^<!doctype html>/)
  expect(html).toContain('<h2>')
  if (BROWSER) {
    const sheet = said('sheet')!
    expect(existsSync(sheet)).toBe(true)
    expect(html).toMatch(/<img src="meshy-output\/[^"]+\/renders\/model\.png"/)
  }
}, 180_000)

test('the demo folder and the local-action output folder are git-ignored', () => {
  const ignored = (path: string) =>
    spawnSync('git', ['check-ignore', '-q', path], { cwd: REPO_ROOT }).status === 0
  expect(ignored('demo-output/')).toBe(true)
  expect(ignored('demo-output/local-action/x/model.glb')).toBe(true)
  expect(readFileSync(join(REPO_ROOT, 'scripts', 'demo.ts'), 'utf8')).toContain("'demo-output'")
  execFileSync('git', ['check-ignore', '-q', '.env'], { cwd: REPO_ROOT })
})

/** The KEY=value lines of .env.example; with `fake`, its commented lines for the fake applied. */
function dotenv(fake: boolean): Record<string, string> {
  const lines = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8').split('\n')
  const env: Record<string, string> = {}
  for (const raw of lines) {
    const line = fake ? raw.replace(/^# (INPUT_[A-Z-]+=)/, '$1') : raw
    const m = /^([A-Z_][A-Z0-9_-]*)=(.*)$/.exec(line)
    if (m) env[m[1]] = m[2]
  }
  return env
}

test('.env.example names no workspace folder that does not exist', () => {
  const workspace = dotenv(false).GITHUB_WORKSPACE
  if (workspace !== undefined) expect(existsSync(workspace)).toBe(true)
  expect(dotenv(false)['INPUT_OUTPUT-DIR']).toMatch(/^demo-output\//)
})

test('.env.example, pointed at the bundled fake as it says, runs', async () => {
  const env = dotenv(true)
  const port = Number(/127\.0\.0\.1:(\d+)/.exec(env['INPUT_BASE-URL'])?.[1])
  expect(readFileSync(join(REPO_ROOT, '.env.example'), 'utf8')).toContain(
    `npx tsx fakes/meshy/cli.ts --http --port ${port}`
  )
  // The same server the comment starts (another port: a test must not need a fixed one).
  const fake = await startFakeMeshy({ tls: false, durationMs: 100 })
  try {
    const inputs = Object.fromEntries(
      Object.entries(env)
        .filter(([k]) => k.startsWith('INPUT_'))
        .map(([k, v]) => [k.slice('INPUT_'.length).toLowerCase(), v])
    )
    inputs['base-url'] = inputs['base-url'].replace(String(port), new URL(fake.url).port)
    const ws = tempDir('local-action')
    const run = await runInProcess(fake.url, ws, inputs)
    expect(run.failed).toEqual([])
    expect(run.outputs['model-file']).toMatch(/^demo-output\/local-action\//)
    expect(fake.creates().length).toBeGreaterThan(0)
  } finally {
    await fake.close()
  }
})
