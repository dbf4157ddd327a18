// Issue 23, C3/C4: the batch PR comment reads like the summary. Unchanged assets fold into one
// row; each asset's row names its tasks, why it ran, its credits and its file (linked to the
// artifact); and a render sheet is shown wide enough for its view labels to be read.
import { LABEL_PX, SHEET_SIZE } from '../src/render/page-html.js'
import { renderComment } from '../src/report/comment.js'
import type { BatchRow, ReportInput } from '../src/report/types.js'
import { config, workspace, type Workspace } from '../fakes/results/run-fixture.js'

const MARKER = '<!-- meshy-action:Assets:generate -->'
const ARTIFACT = 'https://github.com/octo/assets/actions/runs/1/artifacts/9'
const SHEET_URL = 'https://github.com/octo/assets/raw/refs/heads/meshy-previews/crate.png'
const ID = '0190c7d2-0000-7000-8000-0000000000aa'

let ws: Workspace
beforeAll(async () => {
  ws = await workspace()
})

function input(): ReportInput {
  const unchanged: BatchRow[] = Array.from({ length: 8 }, (_, i) => ({
    name: `prop-${i}`,
    status: 'unchanged',
    credits: 0,
    taskIds: [`0190c7d2-0000-7000-8000-00000000000${i}`],
    files: [`meshy-output/prop-${i}/model.glb`]
  }))
  const crate: BatchRow = {
    name: 'crate',
    status: 'generated',
    credits: 30,
    taskIds: [ID],
    files: ['meshy-output/crate/model.glb'],
    why: 'prompt changed',
    sheet: 'meshy-output/crate/renders/model.png',
    previous: {
      sheet: 'meshy-output/crate/renders/model.previous.png',
      stats: { path: 'meshy-output/crate/model.glb', bytes: 100 }
    }
  }
  const model = {
    kind: 'model' as const,
    label: 'glb',
    path: 'meshy-output/crate/model.glb',
    absPath: '/x',
    bytes: 2048,
    taskId: ID
  }
  return {
    config: config(ws),
    result: { tasks: [], files: [model] },
    batch: [...unchanged, crate]
  }
}

const links = {
  artifactUrl: ARTIFACT,
  sheetUrls: {
    'meshy-output/crate/renders/model.png': SHEET_URL,
    'meshy-output/crate/renders/model.previous.png': SHEET_URL.replace('.png', '.previous.png')
  }
}

test('unchanged assets fold into one row, as in the summary', () => {
  const body = renderComment(input(), links, MARKER)
  expect(body).toMatch(/8 unchanged \(no request, no credits\)/)
  expect(body.match(/<tr>/g)!.length).toBeLessThan(8)
})

test("an asset's row ties its task to it, says why, its credits, and links its file", () => {
  const body = renderComment(input(), links, MARKER)
  const row = body.split('<tr>').find(r => r.includes('<strong>crate</strong>'))!
  expect(row).toContain(ID)
  expect(row).toContain('prompt changed')
  expect(row).toMatch(/>30</)
  expect(row).toContain(`<a href="${ARTIFACT}">model.glb</a>`)
  // No separate list of tasks that does not say whose they are.
  expect(body).not.toContain('<th>Task</th>')
})

test('every render sheet in the comment is wide enough to read its view labels', () => {
  const body = renderComment(input(), links, MARKER)
  const widths = [...body.matchAll(/<img [^>]*width="(\d+)"/g)].map(m => Number(m[1]))
  expect(widths.length).toBeGreaterThanOrEqual(3)
  for (const width of widths) expect((width * LABEL_PX) / SHEET_SIZE).toBeGreaterThanOrEqual(10)
})

test("a single task's files link to the artifact too", () => {
  const one = input()
  const task = { id: ID, status: 'SUCCEEDED', type: 'text-to-3d' }
  const single: ReportInput = {
    ...one,
    batch: undefined,
    result: {
      ...one.result,
      tasks: [
        { task, resource: { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' }, startedAt: 0 }
      ]
    }
  }
  expect(renderComment(single, links, MARKER)).toContain(`<a href="${ARTIFACT}">glb</a>`)
})
