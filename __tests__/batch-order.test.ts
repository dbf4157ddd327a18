// Finish started assets first: a free queue slot goes to a continuation (a chained asset whose
// source finished, or the next step of an asset under way) before a new asset.
import { systemClock } from '../src/core/clock.js'
import { memoryLogger } from '../src/core/log.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { createPool, QueueGate } from '../src/batch/run/scheduler.js'
import { batchConfig, batchFixture, pipelineDeps, writeManifest } from './batch-support.js'

const fx = batchFixture({
  queueLimit: 3,
  durationMs: { 'text-to-3d': 300, retexture: 200 },
  keepAliveMs: 200
})

/** Six meshes, each textured by a chained asset (`from:`) once it is made. */
const sixChains = (): string => {
  const lines = ['assets:']
  for (let i = 1; i <= 6; i++) {
    lines.push(`  prop-${i}:`, '    task: text-to-3d', `    prompt: prop number ${i}`)
    lines.push('    refine: false', `  prop-${i}-red:`, '    task: retexture')
    lines.push(`    from: prop-${i}`, '    prompt: painted red')
  }
  return lines.join('\n') + '\n'
}

/** The order in which the fake saw the creates, as `prop-N mesh|texture`. */
function createOrder(after: number): string[] {
  const tasks = [...fx.fake.tasks.values()].filter(t => t.seq > after).sort((a, b) => a.seq - b.seq)
  const assetOf = new Map<string, string>()
  return tasks.map(t => {
    const prompt = t.type === 'text-to-3d' ? String(t.body.prompt) : ''
    const name = prompt
      ? `prop-${prompt.split(' ').at(-1)}`
      : (assetOf.get(String(t.body.input_task_id)) ?? '?')
    assetOf.set(t.id, name)
    return `${name} ${t.type === 'text-to-3d' ? 'mesh' : 'texture'}`
  })
}

async function runSix(concurrency = 1): Promise<string[]> {
  fx.fake.reset()
  const mark = Math.max(-1, ...[...fx.fake.tasks.values()].map(t => t.seq))
  writeManifest(fx.workspace, sixChains(), `assets-${concurrency}/meshy.yml`)
  const config = batchConfig(fx.workspace, fx.fake.url, {
    concurrency,
    manifest: `assets-${concurrency}/meshy.yml`
  })
  const outcome = await runBatch(config, pipelineDeps(fx.fake.url))
  expect(outcome.failed).toBe(0)
  // The gate kept within the queue: Meshy never had to refuse a create.
  expect(fx.fake.requests.filter(r => r.method === 'POST')).toHaveLength(12)
  return createOrder(mark)
}

test('6 chained pairs, one slot: a finished mesh is textured before the next new mesh starts', async () => {
  const order = await runSix()
  expect(order).toHaveLength(12)
  expect(order.indexOf('prop-1 texture')).toBeLessThan(order.indexOf('prop-3 mesh'))
  expect(order.indexOf('prop-2 texture')).toBeLessThan(order.indexOf('prop-4 mesh'))
})

test('6 chained pairs, three slots: each finished mesh hands its slot to its texture', async () => {
  // Without the hand-over, meshes 4-6 (waiting in line) took the slots of meshes 1-3 before
  // their textures asked, and every mesh ran before any texture.
  const order = await runSix(3)
  expect(order).toHaveLength(12)
  for (const i of [1, 2, 3]) {
    expect(order.indexOf(`prop-${i} texture`)).toBeLessThan(order.indexOf('prop-4 mesh'))
  }
})

describe('queue gate', () => {
  const gate = () => new QueueGate(1, systemClock, memoryLogger())

  test('a released slot goes to a waiting continuation before earlier new waiters', async () => {
    const g = gate()
    const first = await g.acquire('new')
    const granted: string[] = []
    const later = g.acquire('new').then(l => (granted.push('new'), l))
    const cont = g.acquire('continuation').then(l => (granted.push('continuation'), l))
    first.release()
    ;(await cont).release()
    ;(await later).release()
    expect(granted).toEqual(['continuation', 'new'])
    expect(g.inUse).toBe(0)
  })

  test('a lease handed on holds the slot; the old one can no longer free it', async () => {
    const g = new QueueGate(1, systemClock, memoryLogger())
    const first = await g.acquire()
    const passed = first.transfer()
    first.release()
    expect(g.inUse).toBe(1)
    passed.release()
    expect(g.inUse).toBe(0)
    expect(() => first.transfer()).toThrow()
  })

  test('a lease released twice gives back one slot only', async () => {
    const g = new QueueGate(2, systemClock, memoryLogger())
    const a = await g.acquire()
    await g.acquire()
    a.release()
    a.release()
    expect(g.inUse).toBe(1)
  })
})

test('the pool also starts a waiting continuation before new jobs', async () => {
  const pool = createPool(1)
  const started: string[] = []
  let open = (): void => undefined
  const blocker = pool(() => new Promise<void>(r => (open = r)))
  const jobs = [
    pool(async () => void started.push('new')),
    pool(async () => void started.push('chained'), 'continuation')
  ]
  open()
  await Promise.all([blocker, ...jobs])
  expect(started).toEqual(['chained', 'new'])
})
