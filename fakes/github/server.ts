// A loopback imitation of the GitHub REST endpoints the report uses: issue comments (with
// Link-header pagination), GET /user, the git data API, and a pull request's head commit (which
// the fork workflow checks). It records every request so tests can assert on what Octokit sent.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface User {
  login: string
  type: 'User' | 'Bot'
}

export interface Comment {
  id: number
  issue: number
  body: string
  user: User
  html_url: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  authorization?: string
}

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  /** token → identity; 'installation' tokens act as github-actions[bot] and may not GET /user. */
  tokens?: Record<string, User | 'installation'>
}

export const ACTIONS_BOT: User = { login: 'github-actions[bot]', type: 'Bot' }
const FORBIDDEN = { message: 'Resource not accessible by integration', status: '403' }

type Reply = [number, unknown, Record<string, string>?]

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments: Comment[] = []
  /** Parts answered with 403 (a fork PR's read-only token, a missing permission). */
  readonly forbid = new Set<'comments' | 'contents'>()
  readonly blobs = new Map<string, Buffer>()
  readonly trees = new Map<string, Map<string, string>>()
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>()
  readonly refs = new Map<string, string>()
  /** Pull request number → its head commit, for GET /repos/{o}/{r}/pulls/{n}. */
  readonly pulls = new Map<number, { headSha: string }>()
  /** Called once before the next ref update: lets a test move the branch (a racing run). */
  beforeRefUpdate?: () => void
  url = ''
  private nextId = 1000
  private readonly server = createServer((req, res) => void this.handle(req, res))

  constructor(readonly options: FakeGitHubOptions = {}) {}

  get owner(): string {
    return this.options.owner ?? 'octo'
  }
  get repo(): string {
    return this.options.repo ?? 'assets'
  }

  async start(): Promise<this> {
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  /** A comment written by someone else (e.g. a user pasting our marker). */
  plantComment(issue: number, body: string, user: User): Comment {
    const comment = this.newComment(issue, body, user)
    this.comments.push(comment)
    return comment
  }

  /** The bytes of `path` at the head of `branch`, as a checkout would see them. */
  fileAt(branch: string, path: string): Buffer | undefined {
    const head = this.refs.get(`refs/heads/${branch}`)
    const tree = head ? this.trees.get(this.commits.get(head)?.tree ?? '') : undefined
    const blob = tree?.get(path)
    return blob ? this.blobs.get(blob) : undefined
  }

  /** Another writer's commit on `branch` (empty change), as a racing matrix leg would make. */
  advanceBranch(branch: string): string {
    const ref = `refs/heads/${branch}`
    const parent = this.refs.get(ref) as string
    const commit = {
      tree: this.commits.get(parent)?.tree ?? '',
      parents: [parent],
      message: 'race'
    }
    const sha = gitSha('commit', Buffer.from(JSON.stringify(commit) + this.nextId++))
    this.commits.set(sha, commit)
    this.refs.set(ref, sha)
    return sha
  }

  private newComment(issue: number, body: string, user: User): Comment {
    const id = this.nextId++
    const html_url = `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`
    return { id, issue, body, user, html_url }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const raw = await readBody(req)
    const body = raw ? (JSON.parse(raw) as unknown) : undefined
    const authorization = req.headers.authorization
    const record = {
      method: req.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization
    }
    this.requests.push(record)
    const [status, payload, headers] = this.route(record)
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(payload === undefined ? '' : JSON.stringify(payload))
  }

  private identity(authorization: string | undefined): User | 'installation' | undefined {
    const token = authorization?.replace(/^(token|bearer)\s+/i, '') ?? ''
    return this.options.tokens?.[token]
  }

  private route(r: RecordedRequest): Reply {
    const who = this.identity(r.authorization)
    if (!who) return [401, { message: 'Bad credentials' }]
    if (r.method === 'GET' && r.path === '/user') {
      return who === 'installation' ? [403, FORBIDDEN] : [200, { ...who, id: 1 }]
    }
    const prefix = `/repos/${this.owner}/${this.repo}/`
    if (!r.path.startsWith(prefix)) return [404, { message: 'Not Found' }]
    const rest = r.path.slice(prefix.length).split('/').map(decodeURIComponent).join('/')
    const author = who === 'installation' ? ACTIONS_BOT : who
    if (rest.startsWith('issues/')) return this.issues(r, rest, author)
    if (rest.startsWith('git/')) return this.git(r, rest)
    const pull = /^pulls\/(\d+)$/.exec(rest)
    const pr = pull && r.method === 'GET' ? this.pulls.get(Number(pull[1])) : undefined
    if (pull && pr) return [200, { number: Number(pull[1]), head: { sha: pr.headSha } }]
    return [404, { message: 'Not Found' }]
  }

  private issues(r: RecordedRequest, rest: string, author: User): Reply {
    const list = /^issues\/(\d+)\/comments$/.exec(rest)
    if (list && r.method === 'GET') return this.listComments(Number(list[1]), r)
    if (this.forbid.has('comments')) return [403, FORBIDDEN]
    const body = (r.body as { body?: string } | undefined)?.body ?? ''
    if (list && r.method === 'POST') {
      const comment = this.newComment(Number(list[1]), body, author)
      this.comments.push(comment)
      return [201, comment]
    }
    const one = /^issues\/comments\/(\d+)$/.exec(rest)
    const comment = one ? this.comments.find(c => c.id === Number(one[1])) : undefined
    if (one && r.method === 'PATCH') {
      if (!comment) return [404, { message: 'Not Found' }]
      if (comment.user.login !== author.login) return [403, FORBIDDEN]
      comment.body = body
      return [200, comment]
    }
    return [404, { message: 'Not Found' }]
  }

  private listComments(issue: number, r: RecordedRequest): Reply {
    const perPage = Math.min(Number(r.query.get('per_page') ?? 30), 100)
    const page = Number(r.query.get('page') ?? 1)
    const all = this.comments.filter(c => c.issue === issue)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = (p: number, rel: string) =>
      `<${this.url}${r.path}?per_page=${perPage}&page=${p}>; rel="${rel}"`
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])
    ]
    const slice = all.slice((page - 1) * perPage, page * perPage)
    return [200, slice, links.length ? { link: links.join(', ') } : {}]
  }

  private git(r: RecordedRequest, rest: string): Reply {
    const refGet = /^git\/ref\/(heads\/.+)$/.exec(rest)
    if (refGet && r.method === 'GET') {
      const sha = this.refs.get(`refs/${refGet[1]}`)
      return sha
        ? [200, { ref: `refs/${refGet[1]}`, object: { sha, type: 'commit' } }]
        : [404, { message: 'Not Found' }]
    }
    const commitGet = /^git\/commits\/([0-9a-f]+)$/.exec(rest)
    if (commitGet && r.method === 'GET') {
      const commit = this.commits.get(commitGet[1])
      return commit
        ? [
            200,
            {
              sha: commitGet[1],
              tree: { sha: commit.tree },
              parents: commit.parents.map(sha => ({ sha }))
            }
          ]
        : [404, { message: 'Not Found' }]
    }
    if (this.forbid.has('contents')) return [403, FORBIDDEN]
    const b = (r.body ?? {}) as Record<string, unknown>
    if (rest === 'git/blobs' && r.method === 'POST') {
      const bytes = Buffer.from(String(b.content), b.encoding === 'base64' ? 'base64' : 'utf8')
      const sha = gitSha('blob', bytes)
      this.blobs.set(sha, bytes)
      return [201, { sha }]
    }
    if (rest === 'git/trees' && r.method === 'POST') return this.createTree(b)
    if (rest === 'git/commits' && r.method === 'POST') {
      const commit = {
        tree: String(b.tree),
        parents: (b.parents as string[]) ?? [],
        message: String(b.message)
      }
      if (!this.trees.has(commit.tree)) return [422, { message: 'Tree not found' }]
      const sha = gitSha('commit', Buffer.from(JSON.stringify(commit) + this.nextId++))
      this.commits.set(sha, commit)
      return [201, { sha, tree: { sha: commit.tree } }]
    }
    if (rest === 'git/refs' && r.method === 'POST') {
      const ref = String(b.ref)
      if (this.refs.has(ref)) return [422, { message: 'Reference already exists' }]
      this.refs.set(ref, String(b.sha))
      return [201, { ref, object: { sha: b.sha } }]
    }
    const refPatch = /^git\/refs\/(heads\/.+)$/.exec(rest)
    if (refPatch && r.method === 'PATCH') {
      const hook = this.beforeRefUpdate
      this.beforeRefUpdate = undefined
      hook?.()
      const ref = `refs/${refPatch[1]}`
      const current = this.refs.get(ref)
      if (!current) return [422, { message: 'Reference does not exist' }]
      const next = String(b.sha)
      if (!b.force && !this.commits.get(next)?.parents.includes(current)) {
        return [422, { message: 'Update is not a fast forward' }]
      }
      this.refs.set(ref, next)
      return [200, { ref, object: { sha: next } }]
    }
    return [404, { message: 'Not Found' }]
  }

  private createTree(b: Record<string, unknown>): Reply {
    const base = b.base_tree ? this.trees.get(String(b.base_tree)) : new Map<string, string>()
    if (!base) return [422, { message: 'base_tree not found' }]
    const tree = new Map(base)
    for (const entry of (b.tree as Array<{ path: string; sha: string; type: string }>) ?? []) {
      if (entry.type !== 'blob' || !this.blobs.has(entry.sha))
        return [422, { message: 'bad entry' }]
      tree.set(entry.path, entry.sha)
    }
    const sha = gitSha('tree', Buffer.from(JSON.stringify([...tree].sort())))
    this.trees.set(sha, tree)
    return [201, { sha }]
  }
}

function gitSha(kind: string, bytes: Buffer): string {
  return createHash('sha1').update(`${kind} ${bytes.length}\0`).update(bytes).digest('hex')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
