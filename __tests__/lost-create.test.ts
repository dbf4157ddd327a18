// A create whose reply is lost on rigging/animation, where Meshy may have no list endpoint to
// look in: a 404/405 from the list never means "nothing was created". The outcome stays unknown,
// the run says how to check, and no run creates the task again on its own.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Lockfile } from '../src/batch/lockfile/lockfile.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { run } from '../src/action/main.js'
import { clearSecrets } from '../src/core/redact.js'
import { FAKE_API_KEY } from '../fakes/meshy/index.js'
import { batchConfig, batchFixture, pipelineDeps, writeManifest } from './batch-support.js'
import { fakeDeps } from './harness/fake-deps.js'
import { newWorkspace } from './harness/run-action.js'

const RIG = '/openapi/v2/rigging'
const fx = batchFixture({ durationMs: 200, keepAliveMs: 100 })
afterEach(() => {
  clearSecrets()
  fx.fake.disarm()
  fx.fake.reset()
})

const rigPosts = () => fx.fake.requests.filter(r => r.method === 'POST' && r.path === RIG)

/** The create arrives and is billed, but its reply is lost; the list then answers `status`. */
function loseReplyWithoutList(status: number): void {
  fx.fake.inject({ method: 'POST', path: RIG, fault: { kind: 'drop-after-create' } })
  fx.fake.inject({
    method: 'GET',
    path: '/openapi/v2/tasks',
    times: 20,
    fault: {
      kind: 'status',
      status,
      message: status === 405 ? 'MethodNotAllowed' : 'NoMatchingRoute'
    }
  })
}

test.each([404, 405])(
  'single task: list %i → outcome unknown, how to check, no second POST',
  async status => {
    loseReplyWithoutList(status)
    const ws = newWorkspace()
    const given = {
      'base-url': fx.fake.url,
      'api-key': FAKE_API_KEY,
      task: 'rigging',
      model: 'https://example.com/hero.glb',
      'timeout-minutes': '2',
      summary: 'false'
    }
    const { deps, failed } = fakeDeps(given, { GITHUB_WORKSPACE: ws })
    try {
      await run(deps)
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
    expect(rigPosts()).toHaveLength(1)
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatch(/outcome unknown/i)
    expect(failed[0]).toMatch(/NOT sent again/)
    expect(failed[0]).toMatch(/dashboard/)
    expect(failed[0]).toMatch(/task-id/)
  }
)

test('batch: the entry stays outcome unknown across runs and is never created twice', async () => {
  writeManifest(
    fx.workspace,
    'assets:\n  hero:\n    task: rigging\n    model: https://example.com/hero.glb\n'
  )
  const lockPath = join(fx.workspace, 'assets', 'meshy-lock.json')
  const once = async () => {
    const deps = pipelineDeps(fx.fake.url)
    const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url), deps)
    return { outcome, lock: JSON.parse(readFileSync(lockPath, 'utf8')) as Lockfile }
  }
  loseReplyWithoutList(404)
  const first = await once()
  expect(first.outcome.rows[0].status).toBe('failed')
  expect(first.outcome.rows[0].error).toMatch(/outcome unknown[\s\S]*task-id/i)
  expect(first.outcome.rows[0].error).toMatch(/next run looks for its task again/)
  expect(first.lock.assets.hero.status).toBe('IN_PROGRESS')
  expect(first.lock.assets.hero.pending).toBeDefined()

  // The next run looks again, still cannot tell, and still does not create.
  const second = await once()
  expect(second.outcome.rows[0].error).toMatch(/outcome unknown/i)
  expect(second.lock.assets.hero.pending).toBeDefined()
  expect(rigPosts()).toHaveLength(1)
})
