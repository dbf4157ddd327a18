// What a reviewer sees: the sticky PR comment and the job summary with render sheets committed
// to the preview branch, for one task and for a batch whose regenerated asset shows its old model
// beside the new one (the fake's box, then its barrel). The comments are drawn to PNG as GitHub
// would show them; `UPDATE_DOCS_IMAGES=1` copies them to docs/images/ for the README.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { FakeGitHub } from '../fakes/github/server.js'
import { FAKE_API_KEY, startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { BARREL, BOX } from '../fakes/meshy/models.js'
import { commentPage, screenshot } from './harness/comment-screenshot.js'
import { hueShareByQuadrant, type Sheet } from './harness/png-check.js'
import { newWorkspace, runAction } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'
import { BROWSER, withBrowser } from './harness/browser.js'
import { keepDocsImage, stableSource } from './harness/docs-images.js'

const TOKEN = 'ghs_installation_token_for_render'
const BRANCH = 'meshy-previews'
const RAW = `https://github.com/octo/assets/raw/refs/heads/${BRANCH}/`
let fake: FakeMeshy
let gh: FakeGitHub
beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 200, keepAliveMs: 200 })
  gh = await new FakeGitHub({ tokens: { [TOKEN]: 'installation' } }).start()
})
afterAll(async () => {
  await fake.close()
  await gh.close()
})

function prRun(workspace: string, inputs: Record<string, string>, pr: number) {
  const event = join(tempDir('event'), 'event.json')
  writeFileSync(event, JSON.stringify({ number: pr, pull_request: { number: pr } }))
  return runAction({
    workspace,
    inputs: { 'base-url': fake.url, 'github-token': TOKEN, render: 'true', ...inputs },
    env: {
      MESHY_API_KEY: FAKE_API_KEY,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: gh.url
    },
    timeoutMs: 150_000
  })
}

/** Every preview-branch image the text links to, with its committed bytes. */
function committedImages(body: string): Map<string, Buffer> {
  const images = new Map<string, Buffer>()
  for (const [, tail] of body.matchAll(
    /src="https:\/\/github\.com\/octo\/assets\/raw\/refs\/heads\/meshy-previews\/([^"]+)"/g
  )) {
    const bytes = gh.fileAt(BRANCH, tail.split('/').map(decodeURIComponent).join('/'))
    if (bytes) images.set(`${RAW}${tail}`, bytes)
  }
  return images
}

function sheetOf(bytes: Buffer): Sheet {
  const png = PNG.sync.read(bytes)
  return { width: png.width, height: png.height, png }
}

/** The comment as GitHub shows it, as PNG: the README's picture of it (harness/docs-images.ts). */
async function drawComment(body: string, name: string): Promise<void> {
  const png = await screenshot(BROWSER!, commentPage(body, committedImages(body)))
  const shot = PNG.sync.read(png)
  expect(shot.width).toBeGreaterThan(800)
  keepDocsImage(`docs/images/${name}`, png, stableSource(body))
}

withBrowser(
  'one task: the comment and the summary show the sheet from the preview branch',
  async () => {
    const workspace = newWorkspace()
    const r = await prRun(
      workspace,
      {
        task: 'text-to-3d',
        prompt: 'a wooden crate',
        refine: 'false',
        'pr-comment': 'true',
        'preview-branch': BRANCH
      },
      21
    )
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/::warning::/)
    const id = r.outputs['task-id']
    const path = `meshy-previews/pr-21/renders/meshy-output_${id}_renders_model.png`
    const body = gh.comments.find(c => c.issue === 21)!.body
    expect(body).toContain(`${RAW}${path}`)
    expect(r.summary).toContain(`${RAW}${path}`)
    const committed = gh.fileAt(BRANCH, path)!
    expect(committed).toEqual(
      readFileSync(join(workspace, JSON.parse(r.outputs['render-files'])[0]))
    )
    for (const share of hueShareByQuadrant(sheetOf(committed), BOX.rgb)) {
      expect(share).toBeGreaterThan(0.05)
    }
    await drawComment(body, 'pr-comment-render.png')
  },
  180_000
)

const MANIFEST = (crate: string) => `
defaults:
  refine: false
assets:
  crate:
    task: text-to-3d
    prompt: ${crate}
  pallet:
    task: text-to-3d
    prompt: a shipping pallet
`

withBrowser(
  'batch: a regenerated asset shows its old model beside the new one, with the stats change',
  async () => {
    const workspace = newWorkspace()
    mkdirSync(join(workspace, 'assets'))
    const manifest = join(workspace, 'assets', 'meshy.yml')
    writeFileSync(manifest, MANIFEST('a wooden crate'))
    const inputs = { manifest: 'assets/meshy.yml', 'pr-comment': 'true', 'preview-branch': BRANCH }
    const first = await prRun(workspace, { ...inputs, render: 'false' }, 22)
    expect(first.code).toBe(0)

    // The crate is regenerated (new prompt) and Meshy now answers with a barrel.
    writeFileSync(manifest, MANIFEST('a round oak barrel'))
    fake.reset()
    fake.setModel('barrel')
    const second = await prRun(workspace, inputs, 22)
    expect(second.code).toBe(0)
    expect(second.stdout).not.toMatch(/::warning::/)
    expect(fake.creates()).toHaveLength(1)
    expect(JSON.parse(second.outputs['render-files'])).toEqual([
      'meshy-output/crate/renders/model.png'
    ])
    const change = `triangles ${BOX.triangles} → ${BARREL.triangles}`
    expect(second.summary).toContain(change)
    const body = gh.comments.find(c => c.issue === 22)!.body
    expect(body).toContain(change)
    const before = `${RAW}meshy-previews/pr-22/renders/meshy-output_crate_renders_model.previous.png`
    const after = `${RAW}meshy-previews/pr-22/renders/meshy-output_crate_renders_model.png`
    expect(body).toContain(before)
    expect(body).toContain(after)
    expect(second.summary).toContain(before)
    const images = committedImages(body)
    for (const url of [before, after]) {
      for (const share of hueShareByQuadrant(sheetOf(images.get(url)!), BOX.rgb)) {
        expect(share).toBeGreaterThan(0.05)
      }
    }
    // The old sheet served the report; it is not left behind for a commit of the output folder.
    expect(existsSync(join(workspace, 'meshy-output/crate/renders/model.previous.png'))).toBe(false)
    // Nor the link that kept the old model for drawing beside the queue.
    expect(existsSync(join(workspace, 'meshy-output/crate/.model.glb.before.glb'))).toBe(false)
    expect(existsSync(join(workspace, 'meshy-output/crate/renders/model.png'))).toBe(true)
    const lock = readFileSync(join(workspace, 'assets', 'meshy-lock.json'), 'utf8')
    expect(lock).not.toContain('renders/')
    await drawComment(body, 'pr-comment-batch-old-new.png')
  },
  240_000
)
