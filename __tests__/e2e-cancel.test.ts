// Cancellation through the bundled action: the runner sends SIGINT while the step waits on a
// task. Before the runner escalates to SIGTERM (7.5 s later) the step must have set its outputs,
// written a short summary, and said that the task keeps running at Meshy and how to collect it;
// in batch mode, that the lockfile resumes.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { newWorkspace, runAction, type ActionRun } from './harness/run-action.js'
import { until } from './harness/until.js'

let fake: FakeMeshy
const workspaces: string[] = []
beforeAll(async () => {
  // Tasks that outlast the test: the step is always cancelled mid-wait.
  fake = await startFakeMeshy({ durationMs: 10 * 60_000, keepAliveMs: 200 })
})
afterAll(async () => {
  await fake.close()
  for (const ws of workspaces) rmSync(ws, { recursive: true, force: true })
})
beforeEach(() => fake.reset())

/** The step has printed its task's first state: it waits on a task it knows. */
const waiting = (stdout: string) => /: (PENDING|IN_PROGRESS) \d+%/.test(stdout)

/** What the runner does on cancel: SIGINT; SIGTERM 7.5 s later; the kill 2.5 s after that. */
const RUNNER_ESCALATION: Array<[NodeJS.Signals, number]> = [
  ['SIGTERM', 7500],
  ['SIGKILL', 10_000]
]

/**
 * Runs the action and cancels it as the runner does once `ready` (default: it waits on its first
 * task); resolves with the run and the signals it took to end it. A step that ends on SIGINT
 * alone finished its work inside the runner's grace, however slow the machine.
 */
async function cancelMidWait(
  inputs: Record<string, string>,
  workspace = newWorkspace(),
  ready: (stdout: string) => boolean = waiting
): Promise<{ run: ActionRun; signals: NodeJS.Signals[] }> {
  workspaces.push(workspace)
  let pid = 0
  let printed = ''
  const running = runAction({
    workspace,
    inputs: { 'base-url': fake.url, ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY },
    onSpawn: p => (pid = p),
    onStdout: out => (printed = out)
  })
  await until('the moment to cancel', () => ready(printed))
  const signals: NodeJS.Signals[] = ['SIGINT']
  process.kill(pid, 'SIGINT')
  const timers = RUNNER_ESCALATION.map(([signal, ms]) =>
    setTimeout(() => {
      signals.push(signal)
      process.kill(pid, signal)
    }, ms)
  )
  const run = await running
  for (const timer of timers) clearTimeout(timer)
  return { run, signals }
}

test('single task: outputs, summary and how to collect the running task, before the runner escalates', async () => {
  const { run, signals } = await cancelMidWait({ task: 'text-to-3d', prompt: 'a mug' })
  expect(signals).toEqual(['SIGINT'])
  expect(run.code).not.toBe(0)
  const [created] = fake.creates()
  const id = [...fake.tasks.values()].find(t => t.body === created.body)?.id ?? ''
  expect(id).toMatch(/\w/)
  // Outputs known so far.
  expect(run.outputs['task-id']).toBe(id)
  expect(JSON.parse(run.outputs['task-ids'])).toEqual([id])
  expect(['PENDING', 'IN_PROGRESS']).toContain(run.outputs.status)
  // The log names the task, says it keeps running and charging, and gives the exact step.
  expect(run.stdout).toContain(`Meshy task ${id}`)
  expect(run.stdout).toMatch(/keeps running at Meshy, and is charged for/)
  expect(run.stdout).toContain(`task-id: ${id}`)
  expect(run.stdout).toContain('uses: meshy-action/meshy-action@v1')
  // A short summary.
  expect(run.summary).toContain('cancelled (SIGINT)')
  expect(run.summary).toContain(id)
  expect(run.summary).toMatch(/task-id&#58; /)
  // Only the preview was created: cancelling saved the refine, not the preview.
  expect(fake.creates()).toHaveLength(1)
})

test('batch: says the lockfile is consistent and the next run resumes', async () => {
  const workspace = newWorkspace()
  mkdirSync(join(workspace, 'assets'), { recursive: true })
  writeFileSync(
    join(workspace, 'assets', 'meshy.yml'),
    'assets:\n  chair:\n    task: text-to-3d\n    prompt: a chair\n    refine: false\n'
  )
  const { run, signals } = await cancelMidWait({ manifest: 'assets/meshy.yml' }, workspace)
  expect(signals).toEqual(['SIGINT'])
  const id = run.outputs['task-id']
  expect(id).toMatch(/\w/)
  expect(run.stdout).toContain('The lockfile assets/meshy-lock.json is consistent')
  expect(run.stdout).toMatch(/next run with this manifest resumes/)
  expect(run.stdout).toContain(`task-id: ${id}`)
  expect(run.summary).toContain('assets/meshy-lock.json')
  // And it is: the lockfile holds the running task, so the next run would not pay again, and a
  // step that commits it after the cancellation commits that id (no journal is left to carry).
  expect(readFileSync(join(workspace, 'assets', 'meshy-lock.json'), 'utf8')).toContain(id)
  expect(existsSync(join(workspace, 'assets', 'meshy-lock.json.journal'))).toBe(false)
})

test('a create still in flight is named: Meshy may have made a task the run never heard of', async () => {
  fake.inject({ method: 'POST', fault: { kind: 'delay', ms: 3000 } })
  const { run, signals } = await cancelMidWait(
    { task: 'text-to-3d', prompt: 'a lamp' },
    undefined,
    () => fake.creates().length > 0
  )
  expect(signals).toEqual(['SIGINT'])
  expect(run.outputs['task-id']).toBe('')
  expect(run.stdout).toMatch(/create request to \/openapi\/v2\/text-to-3d was sent/)
  expect(run.stdout).toMatch(/may have created/)
  expect(run.summary).toMatch(/may have created/)
})
