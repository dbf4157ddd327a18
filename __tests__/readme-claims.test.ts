// Issue 23: what the README says about the three workflows is what the action does. Each claim
// here is paired with the test that shows the behaviour (named in the comment above it).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { runInProcess } from './harness/in-process.js'
import { REPO_ROOT } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

/** The paragraph of README.md that starts with `start` (bold lead-ins start most of them). */
function paragraph(start: string): string {
  const at = readme.indexOf(start)
  expect(at).toBeGreaterThanOrEqual(0)
  return readme.slice(at, readme.indexOf('\n\n', at))
}

// queue-wait.test.ts: a single task waits for a free slot until its deadline.
test('Troubleshooting: a single-task step waits on a full queue, it does not fail at once', () => {
  const text = paragraph('**`Meshy answered 429 [pending_task_limit_reached]`').replace(/\s+/g, ' ')
  expect(text).not.toMatch(/fails at once/)
  expect(text).toMatch(/a single-task step and a manifest run both wait/)
  expect(text).toMatch(/until `timeout-minutes`/)
})

// batch-deadline.test.ts: no create after the deadline, one message.
test('the batch section says what timeout-minutes does to a manifest run', () => {
  const text = paragraph('**At `timeout-minutes`**').replace(/\s+/g, ' ')
  expect(text).toMatch(/sends no new create/)
  expect(text).toMatch(/not started: out of time/)
  expect(text).toMatch(/re-run: the lockfile resumes/)
})

// The run below: without preview-branch there is no picture in the summary.
test('the README promises pictures only with preview-branch', () => {
  const summary = paragraph('Every run writes a **job summary**').replace(/\s+/g, ' ')
  expect(summary).toMatch(/Pictures .* appear only with `preview-branch`/)
  expect(summary).toMatch(/show no picture/)
  const comment = paragraph('`pr-comment: true` keeps **one sticky comment**').replace(/\s+/g, ' ')
  expect(comment).toMatch(/with `preview-branch` the render sheet or thumbnail/)
  const sheets = paragraph('The sheet is written to').replace(/\s+/g, ' ')
  expect(sheets).not.toMatch(/shows Meshy's thumbnail/)
})

describe('without preview-branch', () => {
  let fake: FakeMeshy
  beforeAll(async () => {
    fake = await startFakeMeshy({ durationMs: 100 })
  })
  afterAll(() => fake.close())

  test('the summary of a run shows no picture', async () => {
    const run = await runInProcess(fake.url, tempDir('claims'), {
      task: 'text-to-3d',
      prompt: 'a crate'
    })
    expect(run.failed).toEqual([])
    expect(run.summary).not.toContain('<img')
  })
})
