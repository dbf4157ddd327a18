// Models have a lifecycle (src/tasks/models.ts): a retired model is a configuration error before
// any request, naming Meshy's replacement; one retiring within 30 days warns with its date; the
// day is the run's clock, injected here. meshy-7 stops as a 3D model on 2026-12-31 but stays a
// texture model. Plan mode shows the manifest assets pinned to such a model.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from '../src/core/clock.js'
import { run } from '../src/action/main.js'
import { clearSecrets } from '../src/core/redact.js'
import { lifecycle, findModel } from '../src/tasks/models.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { fakeDeps } from './harness/fake-deps.js'
import { newWorkspace } from './harness/run-action.js'

const DEC_10 = Date.parse('2026-12-10T12:00:00Z')
const JAN_02 = Date.parse('2027-01-02T12:00:00Z')

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 100 })
})
afterAll(() => fake.close())
afterEach(() => {
  fake.reset()
  clearSecrets()
})

/** A clock at `day` that still sleeps in real time (the fake runs in real time). */
function clockAt(day: number): Clock {
  const offset = day - Date.now()
  return {
    now: () => Date.now() + offset,
    sleep: (ms, signal) =>
      new Promise((done, fail) => {
        const timer = setTimeout(done, ms)
        signal?.addEventListener('abort', () => (clearTimeout(timer), fail(signal.reason)))
      }),
    random: Math.random
  }
}

function action(day: number, inputs: Record<string, string>, workspace = newWorkspace()) {
  const given = { 'base-url': fake.url, 'api-key': FAKE_API_KEY, summary: 'false', ...inputs }
  const {
    deps,
    lines: log,
    failed,
    outputs
  } = fakeDeps(given, { GITHUB_WORKSPACE: workspace }, { clock: clockAt(day) })
  return { run: () => run(deps), log, failed, outputs, workspace }
}

test('the table: retired from its day on, retiring within 30 days before, else active', () => {
  const meshy7 = findModel('ai_model', 'meshy-7')
  expect(lifecycle(meshy7, Date.parse('2026-11-01T00:00:00Z')).state).toBe('active')
  expect(lifecycle(meshy7, DEC_10)).toEqual({
    state: 'retiring',
    date: '2026-12-31',
    replacement: 'meshy-7.1'
  })
  expect(lifecycle(meshy7, JAN_02).state).toBe('retired')
  // As a texture model meshy-7 goes on.
  expect(lifecycle(findModel('texture_model', 'meshy-7'), JAN_02).state).toBe('active')
  expect(lifecycle(findModel('ai_model', 'meshy-5'), DEC_10)).toMatchObject({
    state: 'retired',
    replacement: 'meshy-6-lite'
  })
})

test('a retired model fails before any request, naming the replacement', async () => {
  const a = action(DEC_10, {
    task: 'image-to-3d',
    image: 'https://example.com/a.png',
    'ai-model': 'meshy-5'
  })
  await a.run()
  expect(a.failed).toHaveLength(1)
  expect(a.failed[0]).toMatch(
    /Input 'ai-model': meshy-5 was retired by Meshy on 2026-10-10; use meshy-6-lite/
  )
  expect(fake.requests).toEqual([])
})

test('meshy-7 as a 3D model warns with its date in December and fails from 31 December', async () => {
  const inputs = { task: 'text-to-3d', prompt: 'a chair', refine: 'false', 'ai-model': 'meshy-7' }
  const december = action(DEC_10, inputs)
  await december.run()
  expect(december.failed).toEqual([])
  expect(december.log).toContain(
    "warning: Input 'ai-model': meshy-7 is retired by Meshy on 2026-12-31; use meshy-7.1 instead."
  )
  expect(fake.creates()).toHaveLength(1)
  fake.reset()
  const january = action(JAN_02, inputs)
  await january.run()
  expect(january.failed[0]).toMatch(/meshy-7 was retired by Meshy on 2026-12-31; use meshy-7.1/)
  expect(fake.requests).toEqual([])
})

test('a batch asset to generate with a retired model stops the run before any request; plan mode lists it', async () => {
  const workspace = newWorkspace()
  mkdirSync(join(workspace, 'assets'))
  writeFileSync(
    join(workspace, 'assets', 'meshy.yml'),
    'assets:\n  chair:\n    task: text-to-3d\n    prompt: a chair\n    ai-model: meshy-7\n'
  )
  try {
    const plan = action(DEC_10, { manifest: 'assets/meshy.yml', 'dry-run': 'true' }, workspace)
    await plan.run()
    const asset = (JSON.parse(plan.outputs.plan) as { assets: Record<string, { reason: string }> })
      .assets.chair
    expect(asset.reason).toMatch(/meshy-7 is retired by Meshy on 2026-12-31; use meshy-7.1/)
    const late = action(JAN_02, { manifest: 'assets/meshy.yml' }, workspace)
    await late.run()
    expect(late.failed[0]).toMatch(/assets\.chair\.ai-model .*meshy-7 was retired/)
    expect(fake.creates()).toEqual([])
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
})
