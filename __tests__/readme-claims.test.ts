// Issue 23: what the README says about the three workflows is what the action does. Each claim
// here is paired with the test that shows the behaviour (named in the comment above it).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from './harness/run-action.js'

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')

/** The paragraph of README.md that starts with `start` (bold lead-ins start most of them). */
function paragraph(start: string): string {
  const at = readme.indexOf(start)
  expect(at).toBeGreaterThanOrEqual(0)
  return readme.slice(at, readme.indexOf('\n\n', at))
}

// queue-wait.test.ts: a single task waits for a free slot until its deadline.
test('Troubleshooting: a single-task step waits on a full queue, it does not fail at once', () => {
  const text = paragraph('**`Meshy answered 429 … NoMoreConcurrentTasks`').replace(/\s+/g, ' ')
  expect(text).not.toMatch(/fails at once/)
  expect(text).toMatch(/single-task step waits for a free slot/)
  expect(text).toMatch(/until `timeout-minutes` runs out/)
})

// batch-deadline.test.ts: no create after the deadline, one message.
test('the batch section says what timeout-minutes does to a manifest run', () => {
  const text = paragraph('**At `timeout-minutes`**').replace(/\s+/g, ' ')
  expect(text).toMatch(/sends no new create/)
  expect(text).toMatch(/not started: out of time/)
  expect(text).toMatch(/re-run: the lockfile resumes/)
})
