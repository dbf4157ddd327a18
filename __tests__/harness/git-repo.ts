// The repository a README workflow runs against: a bare "origin" on disk with a main branch,
// plus the pull requests opened on it (GitHub's side of peter-evans/create-pull-request).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { tempDir } from './temp-dirs.js'

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'runner',
  GIT_AUTHOR_EMAIL: 'runner@example.com',
  GIT_COMMITTER_NAME: 'runner',
  GIT_COMMITTER_EMAIL: 'runner@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

export interface PullRequest {
  number: number
  branch: string
  title: string
  body: string
  state: 'open' | 'merged'
}

/** The repository: a bare origin with a `main` branch, and the pull requests opened on it. */
export class Repo {
  readonly origin = join(tempDir('origin'), 'origin.git')
  readonly prs = new Map<string, PullRequest>()
  private nextPr = 1

  constructor(files: Record<string, string>) {
    git(dirname(this.origin), 'init', '-q', '--bare', '-b', 'main', this.origin)
    this.commit('main', files, 'initial commit')
  }

  get url(): string {
    return `file://${this.origin}`
  }

  /** Commits file changes (null deletes) on `branch`, as a person pushing would. */
  commit(branch: string, files: Record<string, string | null>, message: string): void {
    const dir = tempDir('push')
    const exists = git(dir, 'ls-remote', '--heads', this.url, branch).trim() !== ''
    if (exists) git(dir, 'clone', '-q', '--branch', branch, this.url, '.')
    else git(dir, 'init', '-q', '-b', branch)
    for (const [path, text] of Object.entries(files)) {
      if (text === null) git(dir, 'rm', '-q', '-r', path)
      else {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
    }
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', message)
    git(dir, 'push', '-q', this.url, `HEAD:refs/heads/${branch}`)
  }

  /** Merges a pull request: main takes its branch, and the branch is deleted. */
  merge(branch: string): void {
    const dir = tempDir('merge')
    git(dir, 'clone', '-q', '--branch', branch, this.url, '.')
    git(dir, 'push', '-q', '-f', this.url, `HEAD:refs/heads/main`, `:refs/heads/${branch}`)
    this.prs.get(branch)!.state = 'merged'
  }

  /** A file on a branch, or undefined. */
  show(branch: string, path: string): string | undefined {
    const r = spawnSync('git', ['--git-dir', this.origin, 'show', `${branch}:${path}`], {
      encoding: 'utf8'
    })
    return r.status === 0 ? r.stdout : undefined
  }

  files(branch: string): string[] {
    return git(
      dirname(this.origin),
      '--git-dir',
      this.origin,
      'ls-tree',
      '-r',
      '--name-only',
      branch
    )
      .split('\n')
      .filter(Boolean)
  }

  openPr(branch: string, title: string, body: string): PullRequest {
    const existing = this.prs.get(branch)
    if (existing?.state === 'open') return Object.assign(existing, { title, body })
    const pr: PullRequest = { number: this.nextPr++, branch, title, body, state: 'open' }
    this.prs.set(branch, pr)
    return pr
  }
}
