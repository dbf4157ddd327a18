// The cancellation report on its own: one report per cancellation however many signals arrive,
// the process ends, and what it says depends on what was under way.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { watchCancellation, type CancelContext } from '../src/action/cancel.js'
import type { Config } from '../src/config/types.js'
import { LiveTasks } from '../src/run/live-tasks.js'
import { memoryLogger } from '../src/core/log.js'
import type { SignalSource } from '../src/core/signals.js'

const T3D = { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' } as const
const ID = '01a220c1-3717-7a6f-84bc-e2832458a868'

let dir: string
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'meshy-cancel-'))))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function fakeSignals() {
  let handler: ((signal: string) => void) | undefined
  const exits: number[] = []
  const source: SignalSource = {
    onSignal: h => {
      handler = h
      return () => (handler = undefined)
    },
    exit: code => void exits.push(code)
  }
  return { source, exits, raise: (s: string) => handler?.(s) }
}

function setUp(config: Partial<Config>) {
  const summary = join(dir, `summary-${Math.random()}.md`)
  writeFileSync(summary, '')
  const outputs: Record<string, string> = {}
  const failed: string[] = []
  const logger = memoryLogger()
  const live = new LiveTasks()
  const signals = fakeSignals()
  const ctx: CancelContext = {
    config: {
      summary: true,
      testMode: false,
      mode: 'create',
      spec: { task: 'text-to-3d', formats: ['glb'] },
      ...config
    } as Config,
    core: { setOutput: (k, v) => void (outputs[k] = v), setFailed: m => void failed.push(m) },
    env: { GITHUB_STEP_SUMMARY: summary },
    logger,
    live,
    signals: signals.source
  }
  const stop = watchCancellation(ctx)
  return {
    ctx,
    outputs,
    failed,
    logger,
    live,
    signals,
    stop,
    summary: () => readFileSync(summary, 'utf8')
  }
}

test('one report and one exit, whatever signals follow', () => {
  const s = setUp({})
  s.live.add({
    task: { id: ID, status: 'IN_PROGRESS', type: 'text-to-3d-preview' },
    resource: T3D,
    startedAt: 0
  })
  s.signals.raise('SIGINT')
  s.signals.raise('SIGTERM')
  expect(s.signals.exits).toEqual([1])
  expect(s.failed).toHaveLength(1)
  expect(s.outputs).toMatchObject({ 'task-id': ID, status: 'IN_PROGRESS' })
  expect(s.summary().match(/cancelled/g)).toHaveLength(1)
})

test('a finished task is not reported as running; nothing under way says nothing was charged', () => {
  const s = setUp({})
  s.live.add({ task: { id: ID, status: 'SUCCEEDED' }, resource: T3D, startedAt: 0 })
  s.signals.raise('SIGTERM')
  expect(s.logger.lines.join('\n')).not.toContain('keeps running')
  const empty = setUp({})
  empty.signals.raise('SIGINT')
  expect(empty.summary()).toContain('No Meshy task had been created yet, so nothing was charged.')
})

test('in test mode the collect step uses test-mode, not a key', () => {
  const s = setUp({ testMode: true })
  s.live.add({ task: { id: ID, status: 'PENDING' }, resource: T3D, startedAt: 0 })
  s.signals.raise('SIGINT')
  const log = s.logger.lines.join('\n')
  expect(log).toContain(`test-mode: true\n    task-id: ${ID}`)
  expect(log).not.toContain('secrets.MESHY_API_KEY')
})

test('after the run ends, a signal is no longer handled', () => {
  const s = setUp({})
  s.stop()
  s.signals.raise('SIGINT')
  expect(s.signals.exits).toEqual([])
})
