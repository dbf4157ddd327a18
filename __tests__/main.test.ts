// run() with its dependencies handed in: no module mocks, no child process.
import { run } from '../src/action/main.js'
import { clearSecrets } from '../src/core/redact.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { fakeDeps } from './harness/fake-deps.js'
import { newWorkspace } from './harness/run-action.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 100 })
})
afterAll(async () => fake.close())
afterEach(() => clearSecrets())

/** run()'s dependencies with these inputs, in a fresh workspace. */
function depsFor(inputs: Record<string, string>) {
  return fakeDeps(inputs, { GITHUB_WORKSPACE: newWorkspace() })
}

const base = () => ({
  'base-url': fake.url,
  'api-key': FAKE_API_KEY,
  formats: 'glb',
  download: 'model,thumbnail',
  'output-dir': 'meshy-output',
  'timeout-minutes': '5',
  summary: 'false'
})

test('masks the key before anything else, then runs the task and sets outputs', async () => {
  const {
    deps,
    lines: calls,
    outputs,
    failed
  } = depsFor({
    ...base(),
    task: 'text-to-3d',
    prompt: 'a mug',
    refine: 'false'
  })
  await run(deps)
  expect(failed).toEqual([])
  expect(calls[0]).toBe(`setSecret: ${FAKE_API_KEY}`)
  expect(calls.slice(1).join('\n')).not.toContain(FAKE_API_KEY)
  expect(outputs.status).toBe('SUCCEEDED')
  expect(JSON.parse(outputs.files)).toHaveLength(2)
})

test('a failed task still sets the outputs, then fails the step once', async () => {
  fake.outcome({
    status: 'FAILED',
    taskError: { type: 'server_error', message: 'Internal server error.' }
  })
  const { deps, outputs, failed } = depsFor({
    ...base(),
    task: 'text-to-3d',
    prompt: 'a mug',
    refine: 'false'
  })
  await run(deps)
  expect(failed).toHaveLength(1)
  expect(failed[0]).toContain('Internal server error.')
  expect(outputs.status).toBe('FAILED')
  expect(outputs['task-id']).toMatch(/\w/)
  expect(outputs.credits).toBe('0')
})

test('a configuration error fails before any request and sets no outputs', async () => {
  fake.reset()
  const { deps, outputs, failed } = depsFor({ ...base(), task: 'text-to-3d', prompt: '' })
  await run(deps)
  expect(failed[0]).toMatch(/^Input 'prompt'/)
  expect(outputs).toEqual({})
  expect(fake.requests).toHaveLength(0)
})
