import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { memoryLogger } from '../src/core/log.js'
import { publishReport, type BatchRow } from '../src/report/index.js'
import { escapeHtml, text } from '../src/report/markdown.js'
import { renderSummary, SUMMARY_BUDGET } from '../src/report/summary.js'
import {
  config,
  prEnv,
  refineTask,
  SIGNATURE,
  singleRun,
  workspace
} from '../fakes/results/run-fixture.js'

const KEY = 'msy_fake_secret_key_0123456789abcdef'

/** The summary as GitHub renders it (cmark-gfm with its autolinks), or undefined without it. */
function gfmHtml(markdown: string): string | undefined {
  try {
    return execFileSync('cmark-gfm', ['--unsafe', '-e', 'autolink', '-e', 'table'], {
      input: markdown,
      encoding: 'utf8'
    })
  } catch {
    return undefined
  }
}

describe('job summary', () => {
  it('writes a heading, a task table with files and sizes, expiry and run link', async () => {
    const ws = await workspace()
    const result = await singleRun(ws)
    const env = await prEnv(ws, 'http://127.0.0.1:9')
    const logger = memoryLogger()
    await publishReport(
      { config: config(ws, { summary: true }), result, task: 'text-to-3d', estimate: 30 },
      { env, logger }
    )
    const md = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8')
    expect(md).toMatch(/^## 🧊 Meshy: text-to-3d/)
    expect(md).toContain('10 credits')
    expect(md).toContain('estimated 30')
    expect(md).toContain('<th align="left">Type</th><td>text-to-3d-refine</td>')
    expect(md).toContain('✅ SUCCEEDED')
    expect(md).toContain('3 min 31 s')
    expect(md).toContain('<code>meshy-output/model.glb</code> (2.0 KiB)')
    expect(md).toMatch(/<code>meshy-output\/thumbnail\.png<\/code> \(\d+ B\)/)
    expect(md).toContain("Meshy's signed links expire at 2025-09-11T04:48:21Z")
    expect(md).toContain('<a href="https://github.com/octo/assets/actions/runs/987654">run</a>')
    // Meshy's URLs appear as text (origin + path) only.
    expect(md).toContain('https&#58;//assets.meshy.ai/u-123/tasks/')
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })

  it('keeps a hostile prompt inert: no tag, no command line, no link, no signature, no key', async () => {
    const ws = await workspace()
    const result = await singleRun(
      ws,
      refineTask(undefined, `${KEY} <img src=x onerror=alert(1)>\n\n::set-output name=x::y`)
    )
    const md = renderSummary({ config: config(ws), result }, {})
    expect(md).not.toContain('<img src=x')
    expect(md).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;')
    expect(md.split('\n').some(line => line.trimStart().startsWith('::'))).toBe(false)
    expect(md).toContain('&#58;&#58;set-output')
    expect(md).not.toContain(SIGNATURE)
    expect(md).not.toContain('Expires=')
    expect(md).not.toContain(KEY)
    // Without a preview branch there is no <img> at all (a signed thumbnail would leak access).
    expect(md).not.toMatch(/<img /)
    // The default fixture prompt's Markdown link, mention and reference stay text.
    const md2 = renderSummary({ config: config(ws), result: await singleRun(ws) }, {})
    expect(md2).not.toContain('[click](')
    expect(md2).toContain('@\u200doctocat')
    expect(md2).not.toContain('&#64;')
    // A blank line would end the HTML block and let Markdown run: the prompt stays on one line.
    expect(md2).toMatch(
      /<th align="left">Prompt<\/th><td>a chair [^\n]*set-output[^\n]*#\u200d1<\/td>/
    )
  })

  // Issue 24 item 10: `&#64;name` is reported to still notify on GitHub; a zero-width joiner
  // after the sign breaks mentions and references alike.
  it('breaks @mentions and #references with a zero-width joiner, not an entity', () => {
    const out = text('ping @acme/everyone and @octocat about #123, mail a@b.example')
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out).not.toMatch(/#[0-9]/)
    expect(out).not.toContain('&#64;')
    expect(out).not.toContain('&#35;')
    expect(out.replaceAll('\u200d', '').replace(/&#\d+;/g, '')).toBe(
      'ping @acme/everyone and @octocat about #123, mail a@b.example'
    )
  })

  // Issue 24 item 9: GitHub autolinks `www.` text in a Markdown heading.
  it("keeps the API's task type out of the task heading", async () => {
    const ws = await workspace()
    const task = { ...refineTask(), type: 'www.evil-meshy.example/login' }
    const md = renderSummary({ config: config(ws), result: await singleRun(ws, task) }, {})
    const headings = md.split('\n').filter(line => line.startsWith('#'))
    expect(headings.length).toBeGreaterThan(1)
    for (const line of headings) expect(line).not.toMatch(/evil|www/)
    expect(md).toMatch(/<th align="left">Type<\/th><td>www\.evil-meshy\.example\/login<\/td>/)
    // GitHub's engine, where installed (CI has it): the type is nowhere a link.
    const html = gfmHtml(md)
    if (html !== undefined) {
      expect(html).toContain('www.evil-meshy.example/login')
      expect(html).not.toMatch(/<a [^>]*evil-meshy/)
    }
  })

  it('escapes every Markdown/HTML-active character', () => {
    const escaped = escapeHtml('<a href="x">&\'`*_[]()!#|~\\@:$</a>')
    expect(escaped.replace(/&#\d+;/g, '')).toBe('a href=x#\u200d@\u200d/a')
    expect(text('a\n\nb')).toBe('a b')
  })

  it('shows one row per batch asset and stays under the budget with a note', async () => {
    const ws = await workspace()
    const result = await singleRun(ws)
    // One task and one model per asset, as a batch run has them: 5,000 detail blocks (several
    // MiB) and 5,000 table rows, far more than the budget holds.
    const id = (i: number) => `01a07f61-6956-7630-a9a5-${String(i).padStart(12, '0')}`
    const tasks = Array.from({ length: 5000 }, (_, i) => ({
      ...result.tasks[0],
      task: refineTask(id(i))
    }))
    const files = tasks.map((t, i) => ({
      ...result.files[0],
      path: `meshy-output/asset-${i}/model.glb`,
      taskId: t.task.id
    }))
    const batch: BatchRow[] = tasks.map((t, i) => ({
      name: `asset-${i}-${'x'.repeat(60)}`,
      status: i % 4 === 0 ? 'failed' : 'generated',
      credits: 10,
      taskIds: [t.task.id],
      files: [files[i].path],
      error: i % 4 === 0 ? 'NoMoreConcurrentTasks <b>' : undefined
    }))
    const md = renderSummary({ config: config(ws), result: { tasks, files }, batch }, {})
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_BUDGET)
    // The budget is used, not just respected: the table and some detail blocks fill it.
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_BUDGET * 0.75)
    expect(md).toContain('<td><strong>asset-0-')
    expect(md).toContain('❌ failed<br>NoMoreConcurrentTasks &#60;b&#62;')
    expect(md).toContain(`<code>${id(0)}</code>`)
    expect(md).toMatch(/… \d+ more/)
    expect(md).toMatch(/\d+ more section\(s\) left out/)
  })

  it('does nothing without GITHUB_STEP_SUMMARY and never throws', async () => {
    const ws = await workspace()
    const logger = memoryLogger()
    const outcome = await publishReport(
      { config: config(ws, { summary: true }), result: await singleRun(ws) },
      { env: {}, logger }
    )
    expect(outcome).toEqual({})
    expect(logger.lines.some(l => l.startsWith('warning'))).toBe(false)
  })
})
