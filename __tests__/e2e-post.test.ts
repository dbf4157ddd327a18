// The post step (dist/post/index.js) after the runner SIGKILLed the main step: the main step's
// saved state (GITHUB_STATE, handed to the post step as STATE_<name>) lists the tasks it created,
// and the post step writes the summary that the killed step could not. Run as the runner runs it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { leaksOf } from './harness/leaks.js'
import { distDir, newWorkspace, runAction, type ActionRun } from './harness/run-action.js'

const POST_ENTRY = join(distDir(), 'post', 'index.js')

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 10 * 60_000, keepAliveMs: 200 })
})
afterAll(async () => {
  await fake.close()
})
beforeEach(() => fake.reset())

async function until(check: () => boolean, what: string): Promise<void> {
  const giveUp = Date.now() + 20_000
  while (!check()) {
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

const waiting = () =>
  fake.requests.some(r => r.method === 'GET' && /\/openapi\/v\d\/[^/]+\/[^/]+/.test(r.path))

/** The main step, killed without warning (no signal it could catch) while it waits. */
async function killMidWait(inputs: Record<string, string>, workspace: string): Promise<ActionRun> {
  let pid = 0
  const running = runAction({
    workspace,
    inputs: { 'base-url': fake.url, ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY },
    onSpawn: p => (pid = p)
  })
  await until(waiting, 'the main step to wait on its task')
  await new Promise(resolve => setTimeout(resolve, 200))
  process.kill(pid, 'SIGKILL')
  return running
}

/** The post step, given the main step's inputs and saved state as the runner gives them. */
function runPost(main: ActionRun, inputs: Record<string, string>): Promise<ActionRun> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(main.state)) env[`STATE_${name}`] = value
  return runAction({ workspace: main.workspace, inputs, env, entry: POST_ENTRY })
}

/** The id of the task this test's run created (the fake keeps tasks across tests). */
function createdId(): string {
  const [created] = fake.creates()
  return [...fake.tasks.values()].find(t => t.body === created.body)?.id ?? ''
}

test('single task: the post step reports the created task and the step that collects it', async () => {
  const inputs = { task: 'text-to-3d', prompt: 'a mug' }
  const main = await killMidWait(inputs, newWorkspace())
  expect(main.code).toBeNull()
  expect(main.summary).toBe('')
  const id = createdId()
  expect(Object.values(main.state).join('\n')).toContain(id)
  expect(leaksOf(main, FAKE_API_KEY)).toEqual([])

  const requestsBefore = fake.requests.length
  const post = await runPost(main, inputs)
  expect(post.code).toBe(0)
  expect(post.stdout).toContain(`::warning::The main step stopped before its report`)
  expect(post.stdout).toContain(id)
  expect(post.summary).toContain('before it wrote its report')
  expect(post.summary).toContain(`<code>${id}</code>`)
  expect(post.summary).toMatch(/task-id&#58; /)
  expect(post.summary).toContain(id)
  // The post step asks Meshy nothing (the killed step's stream is closed by now).
  expect(fake.requests.length).toBe(requestsBefore)
})

test('batch: the post step says the lockfile resumes', async () => {
  const workspace = newWorkspace()
  mkdirSync(join(workspace, 'assets'), { recursive: true })
  writeFileSync(
    join(workspace, 'assets', 'meshy.yml'),
    'assets:\n  chair:\n    task: text-to-3d\n    prompt: a chair\n    refine: false\n'
  )
  const inputs = { manifest: 'assets/meshy.yml' }
  const main = await killMidWait(inputs, workspace)
  const id = createdId()
  const post = await runPost(main, inputs)
  expect(post.summary).toContain(`<code>${id}</code>`)
  expect(post.summary).toContain('assets/meshy-lock.json')
  expect(post.summary).toContain('<code>assets/meshy-lock.json.journal</code>')
  expect(post.summary).toMatch(/git add -f/)
  expect(post.stdout).toContain('The lockfile assets/meshy-lock.json resumes them')
  // And the journal is there to resume from: the killed step had recorded the task.
  expect(readFileSync(join(workspace, 'assets', 'meshy-lock.json.journal'), 'utf8')).toContain(id)
})

test('a main step that wrote its own report (here: a timeout) leaves the post step quiet', async () => {
  const inputs = { task: 'text-to-image', prompt: 'a mug', 'timeout-minutes': '0.05' }
  const main = await runAction({
    workspace: newWorkspace(),
    inputs: { 'base-url': fake.url, ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY }
  })
  expect(main.state.meshy_reported).toBe('true')
  const post = await runPost(main, inputs)
  expect(post.code).toBe(0)
  expect(post.summary).toBe('')
  expect(post.stdout).not.toContain('::warning::')
})
