import { memoryLogger } from '../src/core/log.js'
import { publishReport, type ReportDeps } from '../src/report/index.js'
import {
  commentSigningKey,
  signComment,
  signatureValid,
  signingKeyIsPublic
} from '../src/report/comment.js'
import { TEST_MODE_KEY } from '../src/core/redact.js'
import { ACTIONS_BOT, FakeGitHub } from '../fakes/github/server.js'
import {
  config,
  prEnv,
  singleRun,
  workspace,
  type Workspace
} from '../fakes/results/run-fixture.js'

const KEY = 'msy_fake_secret_key_0123456789abcdef'
const GITHUB_TOKEN = 'ghs_installation_token_for_tests'
const MARKER = '<!-- meshy-action:Assets:generate -->'

describe('sticky PR comment (real Octokit against a fake GitHub)', () => {
  let gh: FakeGitHub
  let ws: Workspace

  beforeEach(async () => {
    gh = await new FakeGitHub({
      tokens: { [GITHUB_TOKEN]: 'installation', ghp_user_pat: { login: 'alice', type: 'User' } }
    }).start()
    ws = await workspace()
  })
  afterEach(() => gh.close())

  async function run(token = GITHUB_TOKEN, event = 'pull_request', key = '', apiKey = KEY) {
    const logger = memoryLogger()
    const deps: ReportDeps = { env: await prEnv(ws, gh.url, 7, event), logger }
    const cfg = config(ws, { prComment: true, githubToken: token, commentKey: key, apiKey })
    const outcome = await publishReport({ config: cfg, result: await singleRun(ws) }, deps)
    return { outcome, logger }
  }

  it('creates the comment, then updates it in place: one comment after two runs', async () => {
    const first = await run()
    expect(gh.comments).toHaveLength(1)
    expect(first.outcome.commentUrl).toBe(gh.comments[0].html_url)
    const second = await run()
    expect(gh.comments).toHaveLength(1)
    expect(second.outcome.commentUrl).toBe(first.outcome.commentUrl)
    const writes = gh.requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.path}`)
    expect(writes).toEqual([
      'POST /repos/octo/assets/issues/7/comments',
      `PATCH /repos/octo/assets/issues/comments/${gh.comments[0].id}`
    ])
    const body = gh.comments[0].body
    expect(body.startsWith(MARKER)).toBe(true)
    expect(gh.comments[0].user).toEqual(ACTIONS_BOT)
    expect(body).toContain(
      '<a href="https://github.com/octo/assets/actions/runs/987654">workflow run</a>'
    )
    expect(body).toContain('glb 2.0 KiB')
    expect(body).toContain('10 credits')
    expect(body).not.toContain('<img src=x')
    expect(body).toContain('&#60;img src=x onerror=alert&#40;1&#41;&#62;')
    // The prompt's @mention and #reference are broken by a zero-width joiner (issue 24 item 10).
    expect(body).toContain('@\u200doctocat')
    expect(body).not.toMatch(/@[A-Za-z0-9]|(?<!&)#[0-9]|&#64;|&#35;/)
    expect(body.length).toBeLessThan(65_536)
    expect(JSON.stringify(gh.requests)).not.toContain(KEY)
    expect(JSON.stringify(gh.requests)).not.toContain('Signature=')
    // GITHUB_TOKEN may not read /user: the fallback identity was used, without a warning.
    expect(gh.requests.some(r => r.path === '/user')).toBe(true)
    expect(second.logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })

  it('ignores a marker planted by another author, and finds ours on a later page', async () => {
    const planted = gh.plantComment(7, `${MARKER}\nplanted`, { login: 'mallory', type: 'User' })
    const bot = gh.plantComment(7, `${MARKER}\nplanted`, { login: 'renovate[bot]', type: 'Bot' })
    for (let i = 0; i < 120; i++) gh.plantComment(7, `chatter ${i}`, { login: 'bob', type: 'User' })
    await run()
    expect(planted.body).toBe(`${MARKER}\nplanted`)
    expect(bot.body).toBe(`${MARKER}\nplanted`)
    const ours = gh.comments.filter(c => c.user.login === ACTIONS_BOT.login)
    expect(ours).toHaveLength(1)
    await run()
    expect(gh.comments.filter(c => c.user.login === ACTIONS_BOT.login)).toHaveLength(1)
    // Our comment is the 122nd: reaching it took the Link header's next page.
    const pages = gh.requests.filter(r => r.method === 'GET' && r.path.endsWith('/comments'))
    expect(pages.map(r => r.query.get('page') ?? '1')).toEqual(['1', '2', '1', '2'])
    expect(pages.every(r => r.query.get('per_page') === '100')).toBe(true)
  })

  it('does not adopt a github-actions[bot] comment when the token is a user PAT', async () => {
    gh.plantComment(7, MARKER, ACTIONS_BOT)
    gh.plantComment(7, MARKER, { login: 'mallory', type: 'User' })
    const { logger } = await run('ghp_user_pat')
    expect(gh.comments).toHaveLength(3)
    expect(gh.comments[2].user.login).toBe('alice')
    expect(logger.lines.filter(l => l.startsWith('warning'))).toEqual([])
  })

  it('never overwrites another github-actions[bot] comment that quotes our marker (GITHUB_TOKEN)', async () => {
    // Another workflow of the repo echoes user text into a bot comment: same author as ours.
    const quoting = gh.plantComment(7, `${MARKER}\nbuild log: all green`, ACTIONS_BOT)
    await run()
    expect(quoting.body).toBe(`${MARKER}\nbuild log: all green`)
    expect(gh.comments).toHaveLength(2)
    const ours = gh.comments[1]
    expect(ours.body).toMatch(/\n<!-- meshy-action-signature:v1:[0-9a-f]{64} -->$/)
    // Copying our signed marker AND signature line into other text does not make it ours.
    const lines = ours.body.split('\n')
    const copied = gh.plantComment(7, `${lines[0]}\nsomething else\n${lines.at(-1)}`, ACTIONS_BOT)
    const before = copied.body
    await run()
    expect(copied.body).toBe(before)
    expect(gh.comments).toHaveLength(3)
    // Our own signed comment is found and updated in place, not duplicated.
    const patched = gh.requests.filter(r => r.method === 'PATCH').map(r => r.path)
    expect(patched).toEqual([`/repos/octo/assets/issues/comments/${ours.id}`])
  })

  // Issue 24 item 11: what a keyless signature does not prove, stated as a test.
  it('a keyless signature is public: anyone computes it, so only the marker and author decide', async () => {
    expect(signingKeyIsPublic('')).toBe(true)
    expect(signingKeyIsPublic(TEST_MODE_KEY)).toBe(true)
    expect(signingKeyIsPublic(KEY)).toBe(false)
    // Anyone can sign with the public value: a signature check alone would adopt this.
    const forged = signComment(`${MARKER}\nforged`, commentSigningKey(''))
    expect(signatureValid(forged, commentSigningKey(''))).toBe(true)
    // The author check still holds: a user's forged comment is never overwritten.
    const planted = gh.plantComment(7, forged, { login: 'mallory', type: 'User' })
    await run(GITHUB_TOKEN, 'pull_request', '', '')
    expect(planted.body).toBe(forged)
    expect(gh.comments).toHaveLength(2)
  })

  it('the signature needs the API key: another key cannot sign a comment we would adopt', async () => {
    const other = signComment(`${MARKER}\nforged`, commentSigningKey('msy_someone_else_key_000000'))
    const forged = gh.plantComment(7, other, ACTIONS_BOT)
    await run()
    expect(forged.body).toBe(other)
    expect(signatureValid(other, commentSigningKey(KEY))).toBe(false)
    expect(signatureValid(gh.comments[1].body, commentSigningKey(KEY))).toBe(true)
    // The key itself is never in what we write.
    expect(gh.comments[1].body).not.toContain(KEY)
  })

  it('keeps one comment per key when several steps share a job', async () => {
    await run(GITHUB_TOKEN, 'pull_request', 'chair')
    await run(GITHUB_TOKEN, 'pull_request', 'table')
    await run(GITHUB_TOKEN, 'pull_request', 'chair')
    expect(gh.comments.map(c => c.body.split('\n')[0])).toEqual([
      '<!-- meshy-action:Assets:generate:chair -->',
      '<!-- meshy-action:Assets:generate:table -->'
    ])
  })

  it('warns with the exact permissions block on 403 and does not throw', async () => {
    gh.forbid.add('comments')
    const { outcome, logger } = await run(GITHUB_TOKEN, 'pull_request_target')
    expect(outcome.commentUrl).toBeUndefined()
    const warnings = logger.lines.filter(l => l.startsWith('warning'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('HTTP 403')
    expect(warnings[0]).toContain('permissions:\n  pull-requests: write')
    expect(gh.comments).toHaveLength(0)
  })

  it('only gives a notice when the run is not on a pull request', async () => {
    const { outcome, logger } = await run(GITHUB_TOKEN, 'push')
    expect(outcome).toEqual({})
    expect(gh.requests).toHaveLength(0)
    expect(logger.lines).toEqual([
      expect.stringMatching(/^info: pr-comment: this run is not on a pull request \(event "push"\)/)
    ])
  })
})
