// The two-stage workflow for pull requests from forks, step by step against the fake GitHub API.
// Stage 1, the bundled action on a fork's pull request (test mode, no secret, a read-only token):
// the comment cannot be posted, so comment-file holds it, with its picture beside it. Stage 2,
// docs/reporting.md's own `workflow_run` script run as actions/github-script runs it (the real
// Octokit): it checks the artifact, commits the picture to meshy-previews and posts the sticky
// comment.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join } from 'node:path'
import { getOctokit } from '@actions/github'
import { startFakeMeshy, type FakeMeshy } from '../fakes/meshy/index.js'
import { FakeGitHub } from '../fakes/github/server.js'
import { REPO_ROOT, newWorkspace, runAction } from './harness/run-action.js'
import { tempDir } from './harness/temp-dirs.js'

const TOKEN = 'ghs_fork_pr_read_only_token'
const HEAD_SHA = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed'
let fake: FakeMeshy
let gh: FakeGitHub

beforeAll(async () => {
  fake = await startFakeMeshy({ durationMs: 300, keepAliveMs: 200 })
  gh = await new FakeGitHub({ tokens: { [TOKEN]: 'installation' } }).start()
})
afterAll(async () => {
  await fake.close()
  await gh.close()
})

/** The stage-2 script of docs/reporting.md: the `script: |` block of the workflow_run snippet. */
function stageTwoScript(): string {
  const readme = readFileSync(join(REPO_ROOT, 'docs', 'reporting.md'), 'utf8')
  const start = readme.indexOf('on:\n  workflow_run:')
  const script = readme.indexOf('          script: |\n', start)
  const end = readme.indexOf('```', script)
  expect(start > 0 && script > start).toBe(true)
  return readme
    .slice(script + '          script: |\n'.length, end)
    .split('\n')
    .map(line => line.slice(12))
    .join('\n')
}

/** Runs a github-script body: `require`, `github`, `context` as that action provides them. */
async function githubScript(script: string, cwd: string, headSha: string): Promise<void> {
  const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs')
  const at = (p: string) => (isAbsolute(p) ? p : join(cwd, p))
  const require = (name: string) =>
    name === 'fs'
      ? { readFileSync: (p: string, enc?: BufferEncoding) => fs.readFileSync(at(p), enc) }
      : undefined
  const github = getOctokit(TOKEN, { baseUrl: gh.url })
  const context = {
    repo: { owner: 'octo', repo: 'assets' },
    serverUrl: 'https://github.com',
    payload: { workflow_run: { head_sha: headSha, event: 'pull_request' } }
  }
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>
  await new AsyncFunction('require', 'github', 'context', script)(require, github, context)
}

async function stageOne(): Promise<{ workspace: string; commentFile: string; stdout: string }> {
  const workspace = newWorkspace()
  const event = join(dirname(workspace), `event-fork-${Date.now()}.json`)
  writeFileSync(
    event,
    JSON.stringify({
      number: 12,
      pull_request: {
        number: 12,
        head: { sha: HEAD_SHA, repo: { full_name: 'mallory/assets' } },
        base: { repo: { full_name: 'octo/assets' } }
      }
    })
  )
  gh.forbid.add('comments')
  gh.forbid.add('contents')
  const run = await runAction({
    workspace,
    inputs: {
      'base-url': fake.url,
      'test-mode': 'true',
      task: 'text-to-3d',
      prompt: 'a lighthouse',
      refine: 'false',
      'pr-comment': 'true',
      'github-token': TOKEN
    },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url }
  })
  gh.forbid.clear()
  expect(run.code).toBe(0)
  return { workspace, commentFile: run.outputs['comment-file'], stdout: run.stdout }
}

test('stage 1 writes the comment and its picture; stage 2 posts it, picture hosted', async () => {
  const one = await stageOne()
  expect(gh.comments).toHaveLength(0)
  expect(one.stdout).toMatch(/::warning::Could not write the PR comment \(HTTP 403/)
  expect(one.stdout).toContain('saved in meshy-output/.meshy-comment/comment.md (comment-file)')
  expect(one.commentFile).toBe('meshy-output/.meshy-comment/comment.md')
  const folder = join(one.workspace, dirname(one.commentFile))
  const body = readFileSync(join(one.workspace, one.commentFile), 'utf8')
  expect(body).toMatch(/^<!-- meshy-action:assets:generate -->\n/)
  expect(body).toContain('src="./picture-1.png"')
  expect(readFileSync(join(folder, 'picture-1.png')).subarray(1, 4).toString()).toBe('PNG')
  expect(JSON.parse(readFileSync(join(folder, 'comment.json'), 'utf8')).pr).toBe(12)

  // The artifact, as download-artifact lays it out in the second workflow's workspace.
  const second = tempDir('ws-trusted')
  cpSync(folder, join(second, 'meshy-comment'), { recursive: true })
  gh.pulls.set(12, { headSha: HEAD_SHA })
  await githubScript(stageTwoScript(), second, HEAD_SHA)

  expect(gh.comments).toHaveLength(1)
  const posted = gh.comments[0]
  expect(posted.issue).toBe(12)
  expect(posted.user.login).toBe('github-actions[bot]')
  expect(posted.body).not.toContain('./picture-1.png')
  const raw =
    /https:\/\/github\.com\/octo\/assets\/raw\/([0-9a-f]+)\/fork-pr-12\/picture-1\.png/.exec(
      posted.body
    )
  expect(raw).not.toBeNull()
  expect(gh.fileAt('meshy-previews', 'fork-pr-12/picture-1.png')).toEqual(
    readFileSync(join(folder, 'picture-1.png'))
  )

  // A second run of stage 2 updates the same sticky comment.
  await githubScript(stageTwoScript(), second, HEAD_SHA)
  expect(gh.comments).toHaveLength(1)
}, 60_000)

test('stage 2 refuses an artifact that names a pull request the run did not build', async () => {
  const one = await stageOne()
  const second = tempDir('ws-trusted')
  cpSync(join(one.workspace, dirname(one.commentFile)), join(second, 'meshy-comment'), {
    recursive: true
  })
  gh.pulls.set(12, { headSha: 'another-head' })
  const before = gh.comments.length
  await expect(githubScript(stageTwoScript(), second, HEAD_SHA)).rejects.toThrow(
    /names a pull request that run did not build/
  )
  writeFileSync(join(second, 'meshy-comment', 'comment.md'), '@everyone <img src=x>')
  gh.pulls.set(12, { headSha: HEAD_SHA })
  await expect(githubScript(stageTwoScript(), second, HEAD_SHA)).rejects.toThrow(
    /holds no meshy-action comment/
  )
  expect(gh.comments).toHaveLength(before)
}, 60_000)
