// Where the API key comes from, and a message that helps when there is none — most often on
// a fork's pull request or a Dependabot run, where GitHub withholds secrets.
import { readFileSync } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'
import { TEST_MODE_KEY } from '../core/redact.js'

/** The keys given, trimmed, in the order they are used: the `api-key` input, then MESHY_API_KEY. */
function keysGiven(input: string, env: NodeJS.ProcessEnv): string[] {
  return [input, env.MESHY_API_KEY ?? ''].map(k => k.trim()).filter(k => k !== '')
}

/**
 * Hands every key given to `mask` before anything else reads an input, so no later error or log
 * line can print one. Both are masked: the one not used is still a secret.
 */
export function maskApiKeys(
  getInput: (name: string) => string,
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): void {
  for (const key of keysGiven(getInput('api-key') ?? '', env)) mask(key)
}

/**
 * The key to use; '' only when `optional` (a dry run needs none, and a manifest may ask for a
 * dry run in its defaults, which is known only once it is read: see missingKeyError).
 */
export function resolveApiKey(
  input: string,
  testMode: boolean,
  env: NodeJS.ProcessEnv,
  optional = false
): string {
  if (testMode) return TEST_MODE_KEY
  const [key] = keysGiven(input, env)
  if (key || optional) return key ?? ''
  throw missingKeyError(env)
}

export function missingKeyError(env: NodeJS.ProcessEnv): ConfigurationError {
  let message =
    'no Meshy API key was given. Add the key as a repository secret and pass it with ' +
    '`api-key: ${{ secrets.MESHY_API_KEY }}` (or set the MESHY_API_KEY environment variable).'
  if (secretsWithheld(env)) {
    message +=
      ' This run cannot see secrets: GitHub does not pass them to pull requests from forks or to ' +
      "Dependabot runs. Use `test-mode: true` there (Meshy's public test key: no credits, sample results)."
  } else {
    message += ' To try the action without a key, set `test-mode: true`.'
  }
  message += ' A plan only (`dry-run: true`) needs no key.'
  return new ConfigurationError('api-key', message)
}

function secretsWithheld(env: NodeJS.ProcessEnv): boolean {
  if (env.GITHUB_ACTOR === 'dependabot[bot]') return true
  const event = env.GITHUB_EVENT_NAME
  if (event !== 'pull_request' && event !== 'pull_request_target') return false
  return isForkPullRequest(env.GITHUB_EVENT_PATH)
}

interface PullRequestEvent {
  pull_request?: {
    head?: { repo?: { full_name?: string } | null }
    base?: { repo?: { full_name?: string } }
  }
}

function isForkPullRequest(eventPath: string | undefined): boolean {
  return forkHead(eventPath) !== undefined
}

/** The fork's name ('(deleted fork)' when gone) when the event's PR comes from a fork. */
function forkHead(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as PullRequestEvent
    const head = event.pull_request?.head?.repo?.full_name
    const base = event.pull_request?.base?.repo?.full_name
    // A deleted fork has head.repo null: still a fork.
    if (base === undefined || head === base) return undefined
    return typeof head === 'string' ? head : '(deleted fork)'
  } catch {
    return undefined
  }
}

/**
 * pull_request_target runs the BASE repository's workflow with its secrets and a write token,
 * on a PR a stranger opened. Anything that builds or runs the fork's code in this job can read
 * the key and push with the token, so say so loudly.
 */
export function forkTargetWarning(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'pull_request_target') return undefined
  const fork = forkHead(env.GITHUB_EVENT_PATH)
  if (fork === undefined) return undefined
  return (
    `SECURITY: this is pull_request_target on a pull request from the fork ${fork}. This job holds ` +
    `your Meshy API key and a GITHUB_TOKEN that can write to this repository, next to a ` +
    `stranger's code: if any step checks out or runs the pull request's head (actions/checkout ` +
    `with its ref, npm install, build scripts), that code can spend your credits and push with the ` +
    `token. See docs/security.md, "pull_request_target and forks", for a safe setup.`
  )
}

/** Meshy keys start with `msy`; anything else is likely a pasted wrong secret. */
export function keyLooksWrong(key: string): boolean {
  return !key.startsWith('msy')
}
