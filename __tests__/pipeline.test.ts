// The pipeline's decisions, with a stub client (no sockets): what happens after a lost create,
// with wait: false, when a step fails, and on pick-up. Wire behaviour stays in the HTTPS-fake suites.
import { blankSpec } from '../src/config/task-spec.js'
import type { TaskSpec } from '../src/config/types.js'
import { MeshyApiError, SubmissionUnknownError, TaskFailedError } from '../src/errors.js'
import { memoryLogger } from '../src/log.js'
import type { MeshyTask, Resource } from '../src/meshy/types.js'
import type { Transport } from '../src/meshy/transport.js'
import {
  createOnce,
  executeSpec,
  findTaskResource,
  pickUpTask,
  type PipelineClient,
  type PipelineDeps
} from '../src/pipeline.js'
import { allResources } from '../src/tasks/catalogue.js'
import { recordingClock } from './harness/clock.js'

const TEXT_TO_3D: Resource = { version: 'v2', path: 'text-to-3d' }

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
    const id = await createOnce(deps(client), TEXT_TO_3D, { prompt: 'a chair' }, Date.now() + 1000)
    expect(id).toBe('made-by-lost-post')
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
  test('wait: false returns after the first create with its current state', async () => {
    const { client, calls } = stubClient({
      create: async () => 'preview-1',
      get: async () => task('preview-1', 'IN_PROGRESS')
    })
    const result = await run(deps(client), spec(true), false)
    expect(result.error).toBeUndefined()
    expect(result.tasks.map(t => [t.task.id, t.task.status])).toEqual([
      ['preview-1', 'IN_PROGRESS']
    ])
    expect(calls).toEqual(['create', 'get'])
  })

  test('a failed step ends the run with its error and creates no later step', async () => {
    const { client, calls } = stubClient({
      create: async () => 'preview-1',
      stream: async () =>
        task('preview-1', 'FAILED', { task_error: { message: 'bad prompt', code: 'E1' } })
    })
    const result = await run(deps(client), spec(true))
    expect(result.error).toBeInstanceOf(TaskFailedError)
    expect(result.error?.message).toMatch(/preview-1 FAILED: bad prompt/)
    expect(calls).toEqual(['create', 'stream'])
    expect(result.files).toEqual([])
  })

  test('each step starts from the task before it, and every task is recorded', async () => {
    const bodies: Record<string, unknown>[] = []
    let n = 0
    const { client } = stubClient({
      create: async (_r, body) => (bodies.push(body), `step-${++n}`),
      stream: async (_r, id) => task(id, 'SUCCEEDED')
    })
    const result = await run(deps(client), spec(true))
    expect(result.error).toBeUndefined()
    expect(result.tasks.map(t => t.task.id)).toEqual(['step-1', 'step-2'])
    expect(bodies[1]).toMatchObject({ mode: 'refine', preview_task_id: 'step-1' })
  })

  test('ids of steps already created are picked up, not created again', async () => {
    const { client, calls } = stubClient({
      create: async () => 'refine-1',
      stream: async (_r, id) => task(id, 'SUCCEEDED')
    })
    const result = await executeSpec(deps(client), {
      spec: spec(true),
      workspace: '/nowhere',
      outputDir: '/nowhere/out',
      fileDir: () => '/nowhere/out',
      deadline: Date.now() + 60_000,
      wait: true,
      existing: ['preview-0']
    })
    expect(result.tasks.map(t => t.task.id)).toEqual(['preview-0', 'refine-1'])
    expect(calls).toEqual(['stream', 'create', 'stream'])
  })
})

describe('pickUpTask', () => {
  const pickUp = (d: PipelineDeps, wait: boolean) =>
    pickUpTask(d, {
      taskId: 'done-1',
      resource: TEXT_TO_3D,
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

  test('findTaskResource tries each resource until one knows the id', async () => {
    const target = allResources()[2]
    const tried: string[] = []
    const { client } = stubClient({
      get: async resource => {
        tried.push(resource.path)
        if (resource !== target) throw new MeshyApiError(404, 'NotFound', 'GET', resource.path)
        return task('x', 'SUCCEEDED')
      }
    })
    expect(await findTaskResource(client, 'x', Date.now() + 1000)).toBe(target)
    expect(tried).toEqual(
      allResources()
        .slice(0, 3)
        .map(r => r.path)
    )
  })
})
