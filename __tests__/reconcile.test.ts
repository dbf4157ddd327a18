// Lost create replies: the task the request made is found in the list and adopted; nothing that
// contradicts the request, predates it, or belongs to someone else already is ever adopted.
import { systemClock } from '../src/core/clock.js'
import { SubmissionUnknownError } from '../src/core/errors.js'
import { MeshyClient } from '../src/meshy/client.js'
import { adoptLostCreate, pickMatch } from '../src/meshy/reconcile.js'
import { createTransport } from '../src/meshy/transport.js'
import type { MeshyTask, Resource } from '../src/meshy/types.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'

const T3D: Resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' }
let fake: FakeMeshy
let client: MeshyClient

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300 })
  client = new MeshyClient({
    baseUrl: fake.url,
    apiKey: FAKE_API_KEY,
    transport: createTransport(),
    clock: systemClock
  })
})
afterAll(() => fake.close())

const deadline = () => Date.now() + 60_000
const fast = { attempts: 2, retryDelayMs: 50, clock: systemClock }

test('a create whose reply was dropped is adopted from the list, and sent only once', async () => {
  const body = { should_texture: false, prompt: 'a lost lantern', target_formats: ['glb'] }
  // Noise: same resource, other prompts, created around the same time.
  await client.create(
    T3D,
    { prompt: 'another lantern', should_texture: false },
    { deadline: deadline() }
  )
  fake.inject({
    method: 'POST',
    path: '/openapi/v2/text-to-3d',
    fault: { kind: 'drop-after-create' }
  })
  const sentAt = Date.now()
  await expect(client.create(T3D, body, { deadline: deadline() })).rejects.toThrow(
    SubmissionUnknownError
  )
  await client.create(
    T3D,
    { prompt: 'a third lantern', should_texture: false },
    { deadline: deadline() }
  )
  const creates = fake
    .creates()
    .filter(c => (c.body as { prompt: string }).prompt === 'a lost lantern')
  expect(creates).toHaveLength(1)
  const adopted = await adoptLostCreate(client, T3D, body, sentAt, deadline(), fast)
  expect(adopted?.input?.prompt).toBe('a lost lantern')
  expect(fake.tasks.get(adopted!.id)).toBeDefined()
  // Excluded (already claimed) ids are never adopted again.
  expect(
    await adoptLostCreate(client, T3D, body, sentAt, deadline(), {
      ...fast,
      exclude: [adopted!.id]
    })
  ).toBeUndefined()
  // A request sent after the task was made cannot have made it.
  expect(
    await adoptLostCreate(client, T3D, body, Date.now() + 60_000, deadline(), fast)
  ).toBeUndefined()
})

const task = (id: string, created: number, extra: Record<string, unknown> = {}): MeshyTask => ({
  id,
  status: 'PENDING',
  created_at: created,
  ...extra
})

test('matching rules: contradictions rule a task out; no evidence and several candidates is ambiguous', () => {
  const body = { mode: 'refine', preview_task_id: 'p1', image_url: 'data:image/png;base64,AAAA' }
  const tasks = [
    task('late', 5000, { mode: 'refine', preview_task_id: 'p1' }),
    task('early', 2000, { mode: 'refine', preview_task_id: 'p1' }),
    task('other', 2500, { mode: 'refine', preview_task_id: 'p2' }),
    task('old', 10, { mode: 'refine', preview_task_id: 'p1' })
  ]
  expect(pickMatch(tasks, body, 1000, 9000)).toMatchObject({ id: 'early' })
  expect(pickMatch([tasks[2]], body, 1000, 9000)).toBe('none')
  const bare = { model_url: 'data:model/gltf-binary;base64,AAAA' } // nothing echoed to compare
  expect(pickMatch([task('a', 2000), task('b', 3000)], bare, 1000, 9000)).toBe('ambiguous')
  expect(pickMatch([task('a', 2000)], bare, 1000, 9000)).toMatchObject({ id: 'a' })
})
