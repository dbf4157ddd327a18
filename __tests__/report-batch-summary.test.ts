// The batch job summary as GitHub shows it: rendered to HTML by cmark-gfm (the engine GitHub
// uses; Debian package `cmark-gfm`) and checked for structure: one row per asset, failed first,
// then regenerated, then unchanged collapsed into a count; per-task detail folded per asset.
// Without cmark-gfm the test is skipped, except in CI (.ci/run installs it), where it must run.
// `BATCH_SUMMARY_HTML=<dir>` also writes the HTML page (with local images) to look at.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import type { MeshyTask } from '../src/meshy/types.js'
import type { BatchRow, ReportInput } from '../src/report/index.js'
import { renderSummary } from '../src/report/summary.js'
import type { RunResult, TaskRecord } from '../src/core/result.js'
import { config, SIGNATURE, type Workspace } from '../fakes/results/run-fixture.js'
import { BROWSER } from './harness/browser.js'
import { screenshot } from './harness/comment-screenshot.js'
import { keepDocsImage, stableSource } from './harness/docs-images.js'

const CMARK = findCmark()
const ws: Workspace = { dir: '/work/ws', outputDir: '/work/ws/meshy-output' }

function findCmark(): string | undefined {
  try {
    execFileSync('cmark-gfm', ['--version'], { stdio: 'ignore' })
    return 'cmark-gfm'
  } catch {
    if (process.env.CI) throw new Error('cmark-gfm is missing in CI: .ci/run must install it')
    return undefined
  }
}

/** GitHub's flavour: tables, autolinks, the tag filter; raw HTML kept (GitHub sanitises later). */
function toHtml(markdown: string): string {
  return execFileSync(
    CMARK ?? 'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough'],
    { input: markdown, encoding: 'utf8' }
  )
}

let seq = 0
function task(type: string, status = 'SUCCEEDED', credits = 20): MeshyTask {
  const id = `01a2${String(++seq).padStart(4, '0')}-526a-7c3e-9f0a-5b8c2d1e4f60`
  const url = (f: string) => `https://assets.meshy.ai/u-1/tasks/${id}/output/${f}?${SIGNATURE}`
  return {
    id,
    type,
    status,
    progress: 100,
    consumed_credits: status === 'SUCCEEDED' ? credits : 0,
    created_at: 1757306688000,
    finished_at: 1757306688000 + 95_000,
    expires_at: 1757566101300,
    model_urls: status === 'SUCCEEDED' ? { glb: url('model.glb') } : {},
    ...(status === 'SUCCEEDED' ? { thumbnail_url: url('preview.png') } : {}),
    task_error: { message: status === 'SUCCEEDED' ? '' : 'The prompt was refused' }
  }
}

interface Built {
  input: ReportInput
  previewUrls: Record<string, string>
}

function batch(): Built {
  const records: TaskRecord[] = []
  const files: RunResult['files'] = []
  const rows: BatchRow[] = []
  const previewUrls: Record<string, string> = {}
  const add = (name: string, status: BatchRow['status'], tasks: MeshyTask[], error?: string) => {
    for (const t of tasks) {
      records.push({
        task: t,
        resource: { version: 'v2', path: 'text-to-3d', type: 'text-to-3d' },
        startedAt: 0,
        endedAt: 95_000
      })
    }
    const last = tasks.at(-1)
    if (last && last.status === 'SUCCEEDED') {
      files.push({
        kind: 'model',
        label: 'glb',
        path: `meshy-output/${name}/model.glb`,
        absPath: `${ws.outputDir}/${name}/model.glb`,
        bytes: 1_258_291,
        taskId: last.id
      })
      previewUrls[tasks[0].id] =
        `https://github.com/octo/assets/raw/refs/heads/meshy-previews/pr-7/${tasks[0].id}/thumbnail.png`
    }
    rows.push({
      name,
      status,
      credits: tasks.reduce((s, t) => s + (Number(t.consumed_credits) || 0), 0),
      taskIds: tasks.map(t => t.id),
      files: files.filter(f => tasks.some(t => t.id === f.taskId)).map(f => f.path),
      ...(error ? { error } : {})
    })
  }
  // Manifest order mixes them; the summary sorts.
  add('prop-1', 'unchanged', [])
  add('prop-2', 'generated', [
    task('text-to-3d-preview'),
    task('text-to-3d-refine', 'SUCCEEDED', 10)
  ])
  add('prop-3', 'failed', [task('text-to-3d-preview', 'FAILED')], 'The prompt was refused')
  for (let i = 4; i <= 9; i++) add(`prop-${i}`, 'unchanged', [])
  add('prop-10', 'resumed', [
    task('text-to-3d-preview'),
    task('text-to-3d-refine', 'SUCCEEDED', 10)
  ])
  const input: ReportInput = {
    config: config(ws, { summary: true }),
    result: { tasks: records, files, error: new Error('1 of 10 assets failed') },
    batch: rows
  }
  return { input, previewUrls }
}

const rowsOf = (html: string): string[] => {
  const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'))
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(m => m[1])
}
const nameOf = (row: string) => /<strong>([^<]+)<\/strong>/.exec(row)?.[1] ?? row

const maybe = CMARK ? test : test.skip

maybe('one row per asset, failed first, then regenerated, unchanged as one count', () => {
  const { input, previewUrls } = batch()
  const html = toHtml(renderSummary(input, { previewUrls }))
  const [header, ...rows] = rowsOf(html)
  expect(header.replace(/\s+/g, '')).toBe(
    '<th>Preview</th><th>Asset</th><th>Status</th><th>Credits</th><th>Model</th>'
  )
  expect(rows.slice(0, 3).map(nameOf)).toEqual(['prop-3', 'prop-2', 'prop-10'])
  expect(rows).toHaveLength(4)
  expect(rows[0]).toContain('❌ failed')
  expect(rows[0]).toContain('The prompt was refused')
  // The preview-branch image and the model size, in the row itself.
  expect(rows[1]).toMatch(
    /<img src="https:\/\/github\.com\/octo\/assets\/raw\/[^"]+thumbnail\.png"/
  )
  expect(rows[1]).toContain('glb 1.2 MiB')
  expect(rows[1]).toMatch(/<td align="right">30<\/td>/)
  // Seven unchanged assets collapse into one counted row that folds their names away.
  expect(rows[3]).toMatch(/<details><summary>✅ 7 unchanged/)
  expect(rows[3]).toContain('<code>prop-9</code>')
})

maybe('per-task detail sits in one collapsed <details> per asset that ran', () => {
  const { input, previewUrls } = batch()
  const html = toHtml(renderSummary(input, { previewUrls }))
  const blocks = [...html.matchAll(/<details>([\s\S]*?)<\/details>/g)].map(m => m[1])
  // The unchanged count, then one per asset that ran, in the table's order.
  const perAsset = blocks.filter(b => b.includes('task(s)'))
  expect(perAsset.map(nameOf)).toEqual(['prop-3', 'prop-2', 'prop-10'])
  expect(html).not.toMatch(/<details open/)
  const prop2 = perAsset[1]
  expect(prop2).toMatch(
    /<summary><strong>prop-2<\/strong>: 2 task\(s\), 30 credits, 3 min 10 s<\/summary>/
  )
  expect(prop2).toContain(input.batch?.[1].taskIds[0])
  expect(prop2).toContain('meshy-output/prop-2/model.glb')
  expect(prop2).toContain('https&#58;//assets.meshy.ai/u-1/tasks/')
  // Meshy's signed links: shown as text, never with their signature, never as links.
  expect(html).not.toContain(SIGNATURE)
  expect(html).not.toMatch(/href="https:\/\/assets\.meshy\.ai/)
  // All of it stayed HTML: nothing fell back to Markdown code blocks or escaped tags.
  expect(html).not.toMatch(/<pre>|&lt;(table|tr|td|details)/)
  writePage(html, previewUrls)
})

// The README's picture of the batch summary is this summary, drawn as GitHub shows it.
const drawn = CMARK && BROWSER ? test : test.skip
drawn(
  'docs/batch-summary.png is this summary',
  async () => {
    const { input, previewUrls } = batch()
    const html = toHtml(renderSummary(input, { previewUrls }))
    const images = Object.values(previewUrls).map(
      (url, i) =>
        [
          url.replace(/&/g, '&amp;'),
          `data:image/png;base64,${thumbnail(i).toString('base64')}`
        ] as const
    )
    const png = await screenshot(BROWSER!, summaryPage(html, images))
    expect(PNG.sync.read(png).width).toBeGreaterThan(800)
    keepDocsImage('docs/batch-summary.png', png, stableSource(html))
  },
  60_000
)

/** For looking at it: the HTML page with the preview URLs pointed at local images. */
function writePage(html: string, previewUrls: Record<string, string>): void {
  const dir = process.env.BATCH_SUMMARY_HTML
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  const images = Object.values(previewUrls).map((url, i) => {
    const file = `thumb-${i}.png`
    writeFileSync(join(dir, file), thumbnail(i))
    return [url.replace(/&/g, '&amp;'), file] as const
  })
  writeFileSync(join(dir, 'index.html'), summaryPage(html, images))
}

/** The summary's HTML in a GitHub-like page (inside a .box, which the screenshot frames). */
function summaryPage(html: string, images: ReadonlyArray<readonly [string, string]>): string {
  let page = html
  for (const [url, local] of images) page = page.split(url).join(local)
  const style =
    'body{font:14px -apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:900px;margin:16px;color:#1f2328}' +
    'table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d1d9e0;padding:6px 10px;vertical-align:middle}' +
    'tr:nth-child(2n){background:#f6f8fa}code{font-size:12px;background:#eff1f3;padding:1px 4px;border-radius:4px}' +
    'details{margin:6px 0}summary{cursor:pointer}h2{border-bottom:1px solid #d1d9e0;padding-bottom:6px}' +
    '.box{width:880px;padding:8px 12px;background:#fff}'
  return `<!doctype html><meta charset="utf-8"><style>${style}</style><div class="box">${page}</div>`
}

function thumbnail(seed: number): Buffer {
  const png = new PNG({ width: 96, height: 96 })
  for (let y = 0; y < 96; y++) {
    for (let x = 0; x < 96; x++) {
      const i = (y * 96 + x) * 4
      const d = Math.hypot(x - 48, y - 44) < 30 - seed * 4
      png.data[i] = d ? 180 - seed * 40 : 235
      png.data[i + 1] = d ? 120 + seed * 30 : 238
      png.data[i + 2] = d ? 60 + seed * 60 : 242
      png.data[i + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

// Issue 24 item 4: a model that was not drawn (a texture over the limit) says so on its row.
test("a model's render note shows on its asset's row", () => {
  const { input } = batch()
  const model = input.result.files.find(f => f.path === 'meshy-output/prop-2/model.glb')!
  model.renderNote = 'texture 0 is 16384×16384 px, above the 8192 px limit'
  const md = renderSummary(input, {})
  const row = md.split('\n').find(line => line.includes('<strong>prop-2</strong>'))
  expect(row).toContain('⚠️ not drawn: texture 0 is 16384×16384 px, above the 8192 px limit')
})
