// Where we run (repository, run, PR) read from the runner's environment, and the Octokit factory.
// We do not use @actions/github's `context`: it is built from process.env when the module loads,
// which makes it impossible to test and forces the import at start-up.
import { readFile } from 'node:fs/promises'

export interface RunContext {
  eventName: string
  owner: string
  repo: string
  runId: string
  runAttempt: string
  serverUrl: string
  apiUrl: string
  workflow: string
  job: string
  /** The pull request number on pull_request / pull_request_target events. */
  prNumber?: number
}

export const PR_EVENTS = ['pull_request', 'pull_request_target']

export async function readRunContext(env: NodeJS.ProcessEnv): Promise<RunContext> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  return {
    eventName,
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    serverUrl: trimSlash(env.GITHUB_SERVER_URL || 'https://github.com'),
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    prNumber: PR_EVENTS.includes(eventName) ? await readPrNumber(env.GITHUB_EVENT_PATH) : undefined
  }
}

async function readPrNumber(eventPath: string | undefined): Promise<number | undefined> {
  if (!eventPath) return undefined
  try {
    const payload = JSON.parse(await readFile(eventPath, 'utf8')) as {
      number?: unknown
      pull_request?: { number?: unknown }
    }
    const n = Number(payload.pull_request?.number ?? payload.number)
    return Number.isInteger(n) && n > 0 ? n : undefined
  } catch {
    return undefined
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

export function hasRepository(ctx: RunContext): boolean {
  return ctx.owner !== '' && ctx.repo !== ''
}

export function runUrl(ctx: RunContext): string | undefined {
  if (!hasRepository(ctx) || !ctx.runId) return undefined
  const base = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`
  return ctx.runAttempt && ctx.runAttempt !== '1' ? `${base}/attempts/${ctx.runAttempt}` : base
}

export interface OctokitResponse {
  status: number
  data: unknown
  headers: Record<string, unknown>
}

/** The part of Octokit we use: plain routes, so a fake or the real client both fit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<OctokitResponse>
  paginate: {
    iterator(route: string, params?: Record<string, unknown>): AsyncIterable<{ data: unknown }>
  }
}

/** The real client, loaded only when a comment or preview branch is wanted. */
export function octokitFactory(apiUrl: string): (token: string) => Promise<OctokitLike> {
  return async token => {
    const { getOctokit } = await import('@actions/github')
    // Octokit's overloaded, generated types do not reduce to our small route interface.
    return getOctokit(token, { baseUrl: apiUrl }) as unknown as OctokitLike
  }
}

/** The HTTP status of an Octokit RequestError (or anything shaped like it). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
