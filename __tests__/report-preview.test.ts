import { readFile } from 'node:fs/promises'
import { memoryLogger } from '../src/core/log.js'
import { publishReport } from '../src/report/index.js'
import { FakeGitHub } from '../fakes/github/server.js'
import {
  config,
  prEnv,
  refineTask,
  singleRun,
  workspace,
  type Workspace
} from '../fakes/results/run-fixture.js'

const TOKEN = 'ghs_installation_token_for_tests'
const BRANCH = 'assets/previews'

describe('preview-branch (git data API through the real Octokit)', () => {
  let gh: FakeGitHub
  let ws: Workspace

  beforeEach(async () => {
    gh = await new FakeGitHub({ tokens: { [TOKEN]: 'installation' } }).start()
    ws = await workspace()
  })
  afterEach(() => gh.close())

  async function run(taskId: string, pr = 7, event = 'pull_request') {
    const logger = memoryLogger()
    const env = await prEnv(ws, gh.url, pr, event)
    const result = await singleRun(ws, refineTask(taskId, 'a red chair'))
    const cfg = config(ws, {
      prComment: true,
      summary: true,
      githubToken: TOKEN,
      previewBranch: BRANCH
    })
    const outcome = await publishReport({ config: cfg, result }, { env, logger })
    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8')
    return { outcome, logger, result, summary }
  }

  it('creates the branch as an orphan, commits the thumbnail, and the comment and summary show it', async () => {
    const { outcome, result, logger, summary } = await run('task-aaa')
    const path = 'meshy-previews/pr-7/task-aaa/thumbnail.png'
    const thumbnail = result.files.find(f => f.kind === 'thumbnail')
    expect(gh.fileAt(BRANCH, path)).toEqual(await readFile(thumbnail?.absPath as string))
    const head = gh.refs.get(`refs/heads/${BRANCH}`) as string
    expect(gh.commits.get(head)?.parents).toEqual([])
    const url = `https://github.com/octo/assets/raw/refs/heads/assets/previews/${path}`
    expect(outcome.previewUrls).toEqual({ 'task-aaa': url })
    expect(gh.comments[0].body).toContain(`<img src="${url}"`)
    expect(summary).toContain(`<img src="${url}"`)
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
    const writes = gh.requests.filter(r => r.path.includes('/git/') && r.method !== 'GET')
    expect(writes.map(r => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo/assets/git/blobs',
      'POST /repos/octo/assets/git/trees',
      'POST /repos/octo/assets/git/commits',
      'POST /repos/octo/assets/git/refs'
    ])
  })

  it('adds one commit per run on top of the branch, keeping earlier previews', async () => {
    await run('task-aaa', 3)
    const first = gh.refs.get(`refs/heads/${BRANCH}`) as string
    await run('task-bbb', 7)
    const second = gh.refs.get(`refs/heads/${BRANCH}`) as string
    expect(gh.commits.get(second)?.parents).toEqual([first])
    expect(gh.fileAt(BRANCH, 'meshy-previews/pr-3/task-aaa/thumbnail.png')).toBeDefined()
    expect(gh.fileAt(BRANCH, 'meshy-previews/pr-7/task-bbb/thumbnail.png')).toBeDefined()
    expect(gh.commits.size).toBe(2)
  })

  it('retries on top of a branch moved by a racing run (no force push)', async () => {
    await run('task-aaa', 3)
    let raced = ''
    gh.beforeRefUpdate = () => (raced = gh.advanceBranch(BRANCH))
    const { logger } = await run('task-bbb', 7)
    const head = gh.refs.get(`refs/heads/${BRANCH}`) as string
    expect(raced).not.toBe('')
    expect(gh.commits.get(head)?.parents).toEqual([raced])
    expect(gh.fileAt(BRANCH, 'meshy-previews/pr-7/task-bbb/thumbnail.png')).toBeDefined()
    expect(
      gh.requests
        .filter(r => r.method === 'PATCH')
        .every(r => (r.body as { force?: boolean }).force === false)
    ).toBe(true)
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })

  it('uses run-<id> paths outside pull requests', async () => {
    const { outcome } = await run('task-ccc', 7, 'workflow_dispatch')
    expect(Object.values(outcome.previewUrls ?? {})[0]).toMatch(
      /meshy-previews\/run-987654\/task-ccc\/thumbnail\.png$/
    )
  })

  it('warns with the contents permission on 403 and still writes the comment, without images', async () => {
    gh.forbid.add('contents')
    const { outcome, logger } = await run('task-ddd')
    expect(outcome.previewUrls).toBeUndefined()
    const warnings = logger.lines.filter(l => l.startsWith('warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('permissions:\n  contents: write')
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).not.toContain('<img')
  })
})
