// One answer to a full queue in both modes (queue-wait.ts): Meshy's v2 codes, not its wording,
// decide; pending_task_limit_reached and concurrent_task_limit_reached both wait and resend the
// same create; a Retry-After is honoured in a batch too; rate_limit_exceeded is the client's
// resend after Retry-After. The recording clock makes the waits instant and visible.
import { rmSync } from 'node:fs'
import { runBatch } from '../src/batch/run/run-batch.js'
import { MeshyApiError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import { MeshyClient } from '../src/meshy/client.js'
import { createTransport } from '../src/meshy/transport.js'
import { queueFullDelay } from '../src/run/queue-wait.js'
import {
  FAKE_API_KEY,
  queueFullFault,
  rateLimitFault,
  startFakeMeshy,
  type FakeMeshy
} from '../fakes/meshy/index.js'
import { batchConfig, cheapManifest, tempWorkspace, writeManifest } from './batch-support.js'
import { recordingClock } from './harness/clock.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 100 })
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.reset()
  fake.disarm()
})

function deps() {
  const clock = recordingClock()
  const transport = createTransport()
  const client = new MeshyClient({ baseUrl: fake.url, apiKey: FAKE_API_KEY, transport, clock })
  return { client, transport, clock, logger: memoryLogger() }
}

const err429 = (code: string | undefined, message = '', type = 'rate_limited') =>
  new MeshyApiError(429, message, 'POST', '/openapi/v2/text-to-3d', { code, type })

test('the v2 codes decide, never the message text', () => {
  expect(err429('pending_task_limit_reached').isQueueFull).toBe(true)
  expect(err429('concurrent_task_limit_reached').isQueueFull).toBe(true)
  expect(err429('rate_limit_exceeded', 'NoMoreConcurrentTasks').isQueueFull).toBe(false)
  expect(err429('rate_limit_exceeded').isRateLimit).toBe(true)
  // A code Meshy adds later, of type rate_limited, waits as a full queue would (safe side).
  expect(err429('some_new_limit').isQueueFull).toBe(true)
  // v1's wording still counts while v1 answers without a code.
  expect(err429(undefined, 'NoMorePendingTasks', '').isQueueFull).toBe(true)
})

test('one delay rule: Retry-After when sent, else a growing backoff', () => {
  const withHeader = new MeshyApiError(429, '', 'POST', '/p', {
    code: 'pending_task_limit_reached',
    retryAfterMs: 7000
  })
  expect(queueFullDelay(3, withHeader, () => 0.5)).toBe(7000)
  const bare = err429('pending_task_limit_reached')
  expect(queueFullDelay(2, bare, () => 0.5)).toBeGreaterThan(queueFullDelay(1, bare, () => 0.5))
})

test.each(['pending_task_limit_reached', 'concurrent_task_limit_reached'])(
  'a batch waits out %s with the shared policy, honouring Retry-After',
  async code => {
    const workspace = tempWorkspace()
    try {
      writeManifest(workspace, cheapManifest(1))
      fake.inject({ ...queueFullFault(2, '9', code), path: '/openapi/v2/text-to-3d' })
      const d = deps()
      const config = batchConfig(workspace, fake.url, { concurrency: 1 })
      const outcome = await runBatch(config, d)
      expect(outcome.failed).toBe(0)
      expect(fake.creates()).toHaveLength(3)
      expect(fake.tasks.size).toBeGreaterThanOrEqual(1)
      // Both waits took Meshy's 9 s, as single-task mode does.
      expect(d.clock.sleeps.filter(ms => ms === 9000)).toHaveLength(2)
      expect(d.logger.lines.join('\n')).toContain(`Meshy's queue is full (${code})`)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  }
)

test('rate_limit_exceeded on a create is resent after its Retry-After: one task', async () => {
  const d = deps()
  fake.inject(rateLimitFault(1, '3', 'POST'))
  const before = fake.tasks.size
  const resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' } as const
  const task = await d.client.create(
    resource,
    { prompt: 'a mug', should_texture: false },
    { deadline: Date.now() + 60_000 }
  )
  expect(task.status).toMatch(/PENDING|IN_PROGRESS/)
  expect(d.clock.sleeps).toEqual([3000])
  expect(fake.tasks.size).toBe(before + 1)
})
