// Reading what the pipeline routes return, where Meshy's pages leave the shape open (issue 28,
// item 5): a report is kept whole, a verdict is read only from the shapes known, and an unknown
// shape never passes the printability gate. The height check's tolerance, both sides.
import { printBreaches } from '../src/assets/quality-gates.js'
import { heightFlags } from '../src/batch/run/asset-quality.js'
import type { MeshyTask } from '../src/meshy/types.js'
import type { DownloadedFile } from '../src/core/result.js'
import { formatCoverage, printableVerdict, reportOf } from '../src/tasks/catalogue.js'

const task = (result: Record<string, unknown>): MeshyTask => ({
  id: 't',
  status: 'SUCCEEDED',
  result
})

test('an output the action has no reading for is kept whole, and no model format is missing', () => {
  const odd = task({ score: 0.4, layers: [{ z: 1 }], preview_url: 'https://x/p.png' })
  expect(reportOf(odd)).toEqual({ score: 0.4, layers: [{ z: 1 }], preview_url: 'https://x/p.png' })
  expect(formatCoverage(odd, ['glb']).missing).toEqual([])
  expect(reportOf(task({ rigged_character_glb_url: 'https://x/r.glb' }))).toBeUndefined()
})

test('the printable verdict is read from the known shapes only', () => {
  expect(printableVerdict(task({ printability: { printable: false } }))).toBe(false)
  expect(printableVerdict(task({ printability: true }))).toBe(true)
  expect(printableVerdict(task({ is_printable: true }))).toBe(true)
  expect(printableVerdict(task({ printability: { printable: 'yes' } }))).toBeUndefined()
  expect(printableVerdict(task({ score: 1 }))).toBeUndefined()
})

test('require-printable passes only a true verdict; without it nothing fails', () => {
  const gates = { validate: 'warn' as const, requirePrintable: true }
  expect(printBreaches(true, gates)).toEqual([])
  expect(printBreaches(false, gates)[0]).toMatch(/not printable/)
  expect(printBreaches(undefined, gates)[0]).toMatch(/no printable verdict/)
  expect(printBreaches(false, { validate: 'warn' })).toEqual([])
})

test('a model within 10 % of its declared height is not flagged; beyond it is', () => {
  const file = (height: number) =>
    ({
      path: 'out/a/model.glb',
      stats: { path: 'out/a/model.glb', bytes: 1, bounds: { min: [0, 0, 0], max: [1, height, 1] } }
    }) as unknown as DownloadedFile
  expect(heightFlags([file(1.8)], 1.8)).toEqual([])
  expect(heightFlags([file(1.97)], 1.8)).toEqual([])
  expect(heightFlags([file(2.0)], 1.8)).toEqual([
    'model.glb is 2 m tall; the manifest declares height 1.8 m'
  ])
  expect(heightFlags([file(1.5)], 1.8)).toHaveLength(1)
  expect(heightFlags([file(5)], undefined)).toEqual([])
})
