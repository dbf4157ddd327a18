// Render sheets through the bundled action, drawn by the system's Chrome or Chromium: the fake's
// textured box and rigged model from four sides, a damaged GLB (a warning, the step passes), and
// the browser lookup (render: true without one fails before any paid request; auto says so once).
// Locally, without a browser, the drawing tests are skipped; in CI (.ci/run installs chromium)
// they must run.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { BOX } from '../fakes/meshy/models.js'
import { colourCount, hueShareByQuadrant, readSheet } from './harness/png-check.js'
import { newWorkspace, runAction, type ActionRun } from './harness/run-action.js'
import { withBrowser } from './harness/browser.js'

let fake: FakeMeshy
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 200 })
})
afterAll(async () => fake.close())
beforeEach(() => {
  fake.reset()
  fake.setModel('box')
})

function run(inputs: Record<string, string>, env: Record<string, string> = {}, workspace?: string) {
  return runAction({
    workspace: workspace ?? newWorkspace(),
    inputs: { 'base-url': fake.url, ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY, ...env },
    timeoutMs: 150_000
  })
}

function sheets(r: ActionRun): string[] {
  return JSON.parse(r.outputs['render-files'] || '[]') as string[]
}

/** 1024² and a picture (not one flat colour), with the box's colour in all four views. */
function expectBoxSheet(r: ActionRun, path: string): void {
  const sheet = readSheet(join(r.workspace, path))
  expect([sheet.width, sheet.height]).toEqual([1024, 1024])
  expect(colourCount(sheet)).toBeGreaterThan(50)
  for (const share of hueShareByQuadrant(sheet, BOX.rgb)) expect(share).toBeGreaterThan(0.05)
}

const NO_BROWSER = { PATH: '/nonexistent', CHROME_PATH: '' }

withBrowser(
  'the textured box and its rigged model each get a sheet; animation clips do not',
  async () => {
    const workspace = newWorkspace()
    const preview = await run(
      { task: 'text-to-3d', prompt: 'a box', refine: 'false', render: 'true' },
      {},
      workspace
    )
    expect(preview.code).toBe(0)
    const id = preview.outputs['task-id']
    expect(sheets(preview)).toEqual([`meshy-output/${id}/renders/model.png`])
    expect(JSON.parse(preview.outputs.files)).toContain(`meshy-output/${id}/renders/model.png`)
    expect(preview.stdout).not.toMatch(/::warning::/)
    expectBoxSheet(preview, sheets(preview)[0])
    // Without preview-branch the summary says where the sheet is.
    expect(preview.summary).toContain(`meshy-output/${id}/renders/model.png`)

    const rig = await run(
      { task: 'rigging', 'input-task-id': id, download: 'model,animations', render: 'true' },
      {},
      workspace
    )
    expect(rig.code).toBe(0)
    const rigId = rig.outputs['task-id']
    expect(sheets(rig)).toEqual([`meshy-output/${rigId}/renders/rigged.png`])
    expectBoxSheet(rig, sheets(rig)[0])
    expect(existsSync(join(workspace, 'meshy-output', rigId, 'renders', 'walking.png'))).toBe(false)
  },
  240_000
)

withBrowser(
  'a damaged GLB is a warning; the step still passes',
  async () => {
    fake.setModel('damaged')
    const r = await run({ task: 'text-to-3d', prompt: 'a box', refine: 'false', render: 'auto' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::Could not render meshy-output\/[^ ]+\/model\.glb: /)
    expect(sheets(r)).toEqual([])
    console.log(r.stdout.split('\n').filter(l => /Render browser/.test(l)))
  },
  120_000
)

test('render: true without a browser fails before any paid request', async () => {
  const r = await run({ task: 'text-to-3d', prompt: 'a box', render: 'true' }, NO_BROWSER)
  expect(r.code).toBe(1)
  expect(r.stdout).toContain("Input 'render': true needs Chrome or Chromium, and none was found")
  expect(fake.creates()).toHaveLength(0)
})

test('render: auto without a browser writes one notice and skips', async () => {
  const r = await run(
    { task: 'text-to-3d', prompt: 'a box', refine: 'false', render: 'auto' },
    NO_BROWSER
  )
  expect(r.code).toBe(0)
  expect(r.stdout.match(/::notice::render: auto found no Chrome or Chromium/g)).toHaveLength(1)
  expect(sheets(r)).toEqual([])
})

test('bad render and chrome-path values fail naming the input, before any request', async () => {
  const bad = await run({ task: 'text-to-3d', prompt: 'a box', render: 'maybe' })
  expect(bad.code).toBe(1)
  expect(bad.stdout).toContain("Input 'render': 'maybe' is not accepted. Use auto")
  const path = await run({ task: 'text-to-3d', prompt: 'a box', 'chrome-path': '/no/chrome' })
  expect(path.code).toBe(1)
  expect(path.stdout).toContain("Input 'chrome-path': '/no/chrome' is not an executable file")
  expect(fake.creates()).toHaveLength(0)
})
