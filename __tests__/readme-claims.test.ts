// Issue 23: what the README and its docs pages say about the three workflows is what the action
// does. Each claim here is paired with the test that shows the behaviour (named in the comment
// above it). The claims moved from the README to docs/ with issue 27; they are checked there.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { runInProcess } from './harness/in-process.js'
import { REPO_ROOT } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

/** The paragraph of `file` that starts with `start` (bold lead-ins start most of them). */
function paragraph(file: string, start: string): string {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8')
  const at = text.indexOf(start)
  expect(at).toBeGreaterThanOrEqual(0)
  return text.slice(at, text.indexOf('\n\n', at))
}

// queue-wait.test.ts: a single task waits for a free slot until its deadline.
test('Troubleshooting: a single-task step waits on a full queue, it does not fail at once', () => {
  const text = paragraph(
    'docs/troubleshooting.md',
    '**`Meshy answered 429 [pending_task_limit_reached]`'
  ).replace(/\s+/g, ' ')
  expect(text).not.toMatch(/fails at once/)
  expect(text).toMatch(/a single-task step and a manifest run both wait/)
  expect(text).toMatch(/until `timeout-minutes`/)
})

// batch-deadline.test.ts: no create after the deadline, one message.
test('the batch page says what timeout-minutes does to a manifest run', () => {
  const text = paragraph('docs/batch.md', '**At `timeout-minutes`**').replace(/\s+/g, ' ')
  expect(text).toMatch(/sends no new create/)
  expect(text).toMatch(/not started: out of time/)
  expect(text).toMatch(/re-run: the lockfile resumes/)
})

// The run below: without preview-branch there is no picture in the summary.
test('the docs promise pictures only with preview-branch', () => {
  const summary = paragraph('docs/reporting.md', 'Every run writes a **job summary**').replace(
    /\s+/g,
    ' '
  )
  expect(summary).toMatch(/Pictures .* appear only with `preview-branch`/)
  expect(summary).toMatch(/show no picture/)
  const comment = paragraph(
    'docs/reporting.md',
    '`pr-comment: true` keeps **one sticky comment**'
  ).replace(/\s+/g, ' ')
  expect(comment).toMatch(/with `preview-branch` the render sheet or thumbnail/)
  const sheets = paragraph('docs/reporting.md', 'The sheet is written to').replace(/\s+/g, ' ')
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
