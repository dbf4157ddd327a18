// The pipeline's decisions, with a stub client (no sockets): what happens after a lost create,
// with wait: false, when a step fails, and on pick-up. Wire behaviour stays in the HTTPS-fake suites.
import { blankSpec } from '../src/config/task-spec.js'
import type { TaskSpec } from '../src/config/types.js'
import { MeshyApiError, SubmissionUnknownError, TaskFailedError } from '../src/core/errors.js'
import { memoryLogger } from '../src/core/log.js'
import type { MeshyTask, Resource } from '../src/meshy/types.js'
import type { Transport } from '../src/meshy/transport.js'
import {
  createOnce,
  executeSpec,
  pickUpTask,
  type PipelineClient,
  type PipelineDeps
} from '../src/run/pipeline.js'
import { recordingClock } from './harness/clock.js'

const TEXT_TO_3D: Resource = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' }

/** A client whose answers each test sets; it records every call. */
function stubClient(over: Partial<PipelineClient> = {}) {
  const calls: string[] = []
  const unexpected = (name: string) => () => {
    throw new Error(`unexpected ${name}`)
  }
  const client: PipelineClient = {
    create: over.create ?? unexpected('create'),
    get: over.get ?? unexpected('get'),
    list: over.list ?? (async () => []),
    stream: over.stream ?? unexpected('stream'),
    balance: over.balance ?? unexpected('balance')
  }
  const recorded = Object.fromEntries(
    Object.entries(client).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        calls.push(name)
        return (fn as (...a: unknown[]) => unknown)(...args)
      }
    ])
  ) as unknown as PipelineClient
  return { client: recorded, calls }
}

function deps(client: PipelineClient): PipelineDeps & { logger: ReturnType<typeof memoryLogger> } {
  const transport: Transport = {
    request: () => Promise.reject(new Error('no download expected'))
  } as unknown as Transport
  return { client, transport, clock: recordingClock(), logger: memoryLogger() }
}

const task = (id: string, status: string, extra: Partial<MeshyTask> = {}): MeshyTask => ({
  id,
  status,
  ...extra
})

function spec(refine: boolean): TaskSpec {
  return {
    ...blankSpec('text-to-3d', { formats: ['glb'], formatsExplicit: false, download: [] }),
    prompt: 'a chair',
    refine
  }
}

const run = (d: PipelineDeps, s: TaskSpec, wait = true) =>
  executeSpec(d, {
    spec: s,
    workspace: '/nowhere',
    outputDir: '/nowhere/out',
    fileDir: () => '/nowhere/out',
    deadline: Date.now() + 60_000,
    wait
  })

describe('createOnce', () => {
  test('a lost create whose task is in the list is adopted, never sent again', async () => {
    const { client, calls } = stubClient({
      create: async () => {
        throw new SubmissionUnknownError('reply lost')
      },
      list: async () => [
        task('made-by-lost-post', 'PENDING', { created_at: Date.now(), prompt: 'a chair' })
      ]
    })
    const created = await createOnce(
      deps(client),
      TEXT_TO_3D,
      { prompt: 'a chair' },
      Date.now() + 1000
    )
    expect(created.id).toBe('made-by-lost-post')
    expect(calls.filter(c => c === 'create')).toHaveLength(1)
  })

  test('a lost create with no task to adopt fails saying it was not resent', async () => {
    const { client, calls } = stubClient({
      create: async () => {
        throw new SubmissionUnknownError('reply lost')
      }
    })
    // A deadline under the reconcile pause: one look at the list, no real sleeping.
    const error = await createOnce(deps(client), TEXT_TO_3D, { prompt: 'x' }, Date.now() + 1000)
      .then(() => undefined)
      .catch((err: unknown) => err)
    expect(error).toBeInstanceOf(SubmissionUnknownError)
    expect((error as Error).message).toMatch(/NOT sent again/)
    expect(calls).toEqual(['create', 'list'])
  })

  test('any other create failure is thrown as it is, without a list lookup', async () => {
    const refused = new MeshyApiError(402, 'NotEnoughCredits', 'POST', '/openapi/v2/text-to-3d')
    const { client, calls } = stubClient({
      create: async () => {
        throw refused
      }
    })
    await expect(createOnce(deps(client), TEXT_TO_3D, {}, Date.now() + 1000)).rejects.toBe(refused)
    expect(calls).toEqual(['create'])
  })
})

describe('executeSpec', () => {
  test('wait: false returns after the create with the task its reply holds', async () => {
    const { client, calls } = stubClient({
      create: async () => task('model-1', 'PENDING')
    })
    const result = await run(deps(client), spec(true), false)
    expect(result.error).toBeUndefined()
    expect(result.tasks.map(t => [t.task.id, t.task.status])).toEqual([['model-1', 'PENDING']])
    expect(calls).toEqual(['create'])
  })

  test('a failed task ends the run with its error and downloads nothing', async () => {
    const { client, calls } = stubClient({
      create: async () => task('model-1', 'PENDING'),
      stream: async () =>
        task('model-1', 'FAILED', { task_error: { message: 'bad prompt', code: 'E1' } })
    })
    const result = await run(deps(client), spec(true))
    expect(result.error).toBeInstanceOf(TaskFailedError)
    expect(result.error?.message).toMatch(/model-1 FAILED: bad prompt/)
    expect(calls).toEqual(['create', 'stream'])
    expect(result.files).toEqual([])
  })

  test('a create reply that is already final is used as is: no wait, no read', async () => {
    const { client, calls } = stubClient({
      create: async () => task('model-1', 'FAILED', { task_error: { message: 'refused at once' } })
    })
    const result = await run(deps(client), spec(true))
    expect(result.error?.message).toMatch(/model-1 FAILED: refused at once/)
    expect(calls).toEqual(['create'])
  })

  test('texturing an earlier model reads that task (free) for its prompt, then creates once', async () => {
    const bodies: Record<string, unknown>[] = []
    const { client, calls } = stubClient({
      get: async id => task(id, 'SUCCEEDED', { input: { prompt: 'an old chair' } }),
      create: async (_r, body) => (bodies.push(body), task('textured-1', 'PENDING')),
      stream: async id => task(id, 'FAILED')
    })
    const textured: TaskSpec = { ...spec(true), prompt: '', inputTaskId: 'mesh-0' }
    await run(deps(client), textured)
    expect(calls).toEqual(['get', 'create', 'stream'])
    expect(bodies[0]).toMatchObject({ input_task_id: 'mesh-0', texture_prompt: 'an old chair' })
  })

  test('ids of steps already created are picked up, not created again', async () => {
    const { client, calls } = stubClient({
      stream: async id => task(id, 'FAILED')
    })
    const result = await executeSpec(deps(client), {
      spec: spec(true),
      workspace: '/nowhere',
      outputDir: '/nowhere/out',
      fileDir: () => '/nowhere/out',
      deadline: Date.now() + 60_000,
      wait: true,
      existing: ['model-0']
    })
    expect(result.tasks.map(t => t.task.id)).toEqual(['model-0'])
    expect(calls).toEqual(['stream'])
  })
})

describe('pickUpTask', () => {
  const pickUp = (d: PipelineDeps, wait: boolean) =>
    pickUpTask(d, {
      taskId: 'done-1',
      spec: { formats: ['glb'], download: [] },
      workspace: '/nowhere',
      outputDir: '/nowhere/out',
      fileDir: () => '/nowhere/out',
      deadline: Date.now() + 60_000,
      wait
    })

  test('a finished task is collected without waiting and without any create', async () => {
    const { client, calls } = stubClient({ get: async () => task('done-1', 'SUCCEEDED') })
    const result = await pickUp(deps(client), true)
    expect(result.error).toBeUndefined()
    expect(calls).toEqual(['get'])
  })

  test('a running task is waited for; wait: false only looks', async () => {
    const running = stubClient({
      get: async () => task('done-1', 'IN_PROGRESS'),
      stream: async () => task('done-1', 'CANCELED')
    })
    const result = await pickUp(deps(running.client), true)
    expect(result.error).toBeInstanceOf(TaskFailedError)
    expect(running.calls).toEqual(['get', 'stream'])
    const look = stubClient({ get: async () => task('done-1', 'IN_PROGRESS') })
    expect((await pickUp(deps(look.client), false)).error).toBeUndefined()
    expect(look.calls).toEqual(['get'])
  })

  test('any task is read through the one task route, its type picks its kind', async () => {
    const { client, calls } = stubClient({
      get: async () => task('done-1', 'SUCCEEDED', { type: 'rig' })
    })
    const result = await pickUp(deps(client), true)
    expect(calls).toEqual(['get'])
    expect(result.tasks[0].resource.path).toBe('rigging')
  })
})
