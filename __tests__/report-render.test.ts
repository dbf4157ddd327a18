// Renders one realistic summary and PR comment. `PRINT_SUMMARY=1` prints them, so what users
// see can be pasted into notes:
//   PRINT_SUMMARY=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/report-render.test.ts
import { commentMarker, renderComment } from '../src/report/comment.js'
import type { RunContext } from '../src/report/github.js'
import { renderSummary } from '../src/report/summary.js'
import { config, refineTask, singleRun, workspace } from '../fakes/results/run-fixture.js'

const ctx: RunContext = {
  eventName: 'pull_request',
  owner: 'octo',
  repo: 'assets',
  runId: '987654',
  runAttempt: '1',
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  workflow: 'Assets',
  job: 'generate',
  prNumber: 7
}

function balanced(html: string, tag: string): boolean {
  const open = html.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0
  return open === (html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0)
}

it('renders a summary and a comment a reader can check by eye', async () => {
  const ws = await workspace()
  const task = refineTask(undefined, 'a weathered oak dining chair <script>alert(1)</script>')
  const result = await singleRun(ws, task)
  const links = {
    runUrl: 'https://github.com/octo/assets/actions/runs/987654',
    artifactUrl: 'https://github.com/octo/assets/actions/runs/987654/artifacts/4242',
    previewUrls: {
      [task.id]: `https://github.com/octo/assets/raw/refs/heads/meshy-previews/meshy-previews/pr-7/${task.id}/thumbnail.png`
    }
  }
  const input = { config: config(ws), result, task: 'text-to-3d', estimate: 30 }
  const summary = renderSummary(input, links)
  const comment = renderComment(input, links, commentMarker(ctx, ''))
  for (const html of [summary, comment]) {
    for (const tag of ['table', 'tr', 'td', 'p', 'code']) expect(balanced(html, tag)).toBe(true)
    expect(html).not.toContain('<script>')
  }
  if (process.env.PRINT_SUMMARY) {
    console.log(`----- summary -----\n${summary}\n----- comment -----\n${comment}`)
  }
})
