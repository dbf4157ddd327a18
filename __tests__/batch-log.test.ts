// A batch log a person can follow: every line of an asset starts with its name, task ids are
// short (the line already says which asset), and one progress line says where the batch stands,
// paced by the (injected) clock. Single-task mode keeps its lines.
import type { Clock } from '../src/core/clock.js'
import { memoryLogger, withLogLabel } from '../src/core/log.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { run } from '../src/action/main.js'
import { FAKE_API_KEY } from '../fakes/meshy/index.js'
import {
  BatchProgress,
  estimateLeftMs,
  formatProgressLine,
  PROGRESS_INTERVAL_MS
} from '../src/batch/run/progress-line.js'
import type { BatchRow } from '../src/report/index.js'
import { batchConfig, batchFixture, pipelineDeps, writeManifest } from './batch-support.js'
import { fakeDeps, logged } from './harness/fake-deps.js'

const fx = batchFixture({ queueLimit: 3, durationMs: 600, keepAliveMs: 200 })

const MANIFEST = `defaults:
  task: text-to-3d
  refine: true
assets:
  prop-1:
    prompt: a brass lantern
  prop-2:
    prompt: a wooden crate
`

test('every line of a batch asset starts with its name; progress lines show a short id', async () => {
  writeManifest(fx.workspace, MANIFEST)
  const deps = pipelineDeps(fx.fake.url)
  const outcome = await runBatch(batchConfig(fx.workspace, fx.fake.url), deps)
  expect(outcome.failed).toBe(0)
  const all = deps.logger.lines.map(l => l.replace(/^\w+: /, ''))
  // The live lines, then the per-asset detail, each asset in its own group.
  const detailAt = deps.logger.lines.findIndex(l => l.startsWith('group: '))
  const [plan, ...rest] = all.slice(0, detailAt)
  const detail = deps.logger.lines.slice(detailAt)
  expect(detail.filter(l => l.startsWith('group: '))).toEqual([
    expect.stringMatching(/^group: prop-1: generated, \d+ credits, 1 task\(s\)$/),
    expect.stringMatching(/^group: prop-2: generated, \d+ credits, 1 task\(s\)$/)
  ])
  expect(detail.filter(l => l === 'endgroup')).toHaveLength(2)
  expect(detail[1]).toMatch(/^info: text-to-3d [0-9a-f-]{36}: SUCCEEDED in \d+ s$/)
  expect(detail).toContainEqual(
    expect.stringMatching(/^info: meshy-output\/prop-1\/model\.glb \(\d+\.\d KiB\)$/)
  )
  expect(plan).toMatch(/^Batch: 2 assets: 2 to generate/)
  for (const line of rest) expect(line).toMatch(/^(prop-[12] · |Batch: \d+\/2 done)/)
  const progress = rest.filter(l => / text-to-3d [0-9a-f]{8}…: /.test(l))
  expect(progress.length).toBeGreaterThan(0)
  for (const line of progress) {
    expect(line).toMatch(/^prop-[12] · text-to-3d [0-9a-f]{8}…: [A-Z_]+ \d+%/)
  }
  expect(rest).toContainEqual(
    expect.stringMatching(/^prop-1 · Downloaded meshy-output\/prop-1\/model\.glb \(\d/)
  )
  // One progress line per finished asset, the last one complete and without an estimate.
  const batchLines = rest.filter(l => l.startsWith('Batch: '))
  expect(batchLines).toHaveLength(2)
  expect(batchLines[0]).toMatch(
    /^Batch: 1\/2 done, 1 running, 0 waiting; \d+ credits so far; (under a minute|about \d+ min) left$/
  )
  expect(batchLines[1]).toMatch(/^Batch: 2\/2 done, 0 running, 0 waiting; \d+ credits so far$/)
})

test('single-task mode keeps full task ids and no asset name', async () => {
  const single: Record<string, string> = {
    'base-url': fx.fake.url,
    'api-key': FAKE_API_KEY,
    task: 'text-to-3d',
    prompt: 'a single mug',
    refine: 'false',
    summary: 'false'
  }
  const { deps, lines: all, failed } = fakeDeps(single, { GITHUB_WORKSPACE: fx.workspace })
  await run(deps)
  expect(failed).toEqual([])
  const lines = logged(all, 'info', 'warning', 'error')
  const created = lines.find(l => l.startsWith('Created Meshy task '))
  const id = created?.split(' ')[3] ?? ''
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  expect(lines).toContainEqual(expect.stringMatching(`^text-to-3d ${id}: [A-Z_]+ \\d+%`))
  expect(lines.join('\n')).not.toMatch(/ · |^Batch: /m)
})

describe('progress line', () => {
  test('reads as the issue shows it', () => {
    const line = formatProgressLine({
      total: 100,
      done: 37,
      failed: 2,
      running: 10,
      waiting: 53,
      credits: 1140,
      leftMs: 12 * 60_000
    })
    expect(line).toBe(
      'Batch: 37/100 done (2 failed), 10 running, 53 waiting; 1,140 credits so far; about 12 min left'
    )
  })

  test('estimates from the pace of this run, over the queue slots', () => {
    // 100 one-minute assets, 10 slots: after the first round, 90 wait, 9 are nearly done.
    expect(estimateLeftMs(60_000, Array(9).fill(59_000), 90, 10)).toBeCloseTo(9 * 60_000, -4)
    // Nothing waits: the longest remainder, not the mean share, bounds it.
    expect(estimateLeftMs(60_000, [0], 0, 10)).toBe(60_000)
  })

  test('a line per finished asset, else at most one per 30 s; no estimate before a finish', () => {
    const clock = manualClock()
    const logger = memoryLogger()
    const progress = new BatchProgress(3, 2, clock, logger)
    const watched = progress.watch(logger)
    progress.active('a')
    progress.active('b')
    clock.advance(PROGRESS_INTERVAL_MS - 1)
    watched.info('a line from an asset')
    expect(batchLines(logger)).toEqual([])
    clock.advance(1)
    watched.info('another line')
    expect(batchLines(logger)).toEqual(['Batch: 0/3 done, 2 running, 1 waiting; 0 credits so far'])
    watched.info('a line right after')
    expect(batchLines(logger)).toHaveLength(1)
    clock.advance(10_000)
    progress.finished(row('a', 'generated', 40))
    expect(batchLines(logger)[1]).toBe(
      'Batch: 1/3 done, 1 running, 1 waiting; 40 credits so far; about 1 min left'
    )
    // The finish reset the pace: the next tick line comes 30 s after it.
    clock.advance(PROGRESS_INTERVAL_MS - 1)
    watched.info('quiet')
    expect(batchLines(logger)).toHaveLength(2)
    progress.finished(row('b', 'failed', 0))
    progress.finished(row('c', 'unchanged', 0)) // counted, but no line of its own
    expect(batchLines(logger)).toEqual([
      'Batch: 0/3 done, 2 running, 1 waiting; 0 credits so far',
      'Batch: 1/3 done, 1 running, 1 waiting; 40 credits so far; about 1 min left',
      'Batch: 2/3 done (1 failed), 0 running, 1 waiting; 40 credits so far; about 1 min left'
    ])
    expect(progress.counts()).toMatchObject({ done: 3, failed: 1, waiting: 0 })
  })

  test('the progress line never carries an asset label', async () => {
    const logger = memoryLogger()
    const progress = new BatchProgress(1, 1, manualClock(), logger)
    await withLogLabel('prop-1', async () => progress.finished(row('prop-1', 'generated', 5)))
    expect(logger.lines).toEqual(['info: Batch: 1/1 done, 0 running, 0 waiting; 5 credits so far'])
  })
})

function manualClock(): Clock & { advance(ms: number): void } {
  let now = 1_000_000
  return {
    now: () => now,
    sleep: () => Promise.reject(new Error('the progress line must not sleep')),
    random: () => 0.5,
    advance: ms => void (now += ms)
  }
}

const batchLines = (logger: { lines: string[] }) =>
  logger.lines.map(l => l.replace(/^info: /, '')).filter(l => l.startsWith('Batch: '))

const row = (name: string, status: BatchRow['status'], credits: number): BatchRow => ({
  name,
  status,
  credits,
  taskIds: [],
  files: []
})
