// Runs a README workflow the way a runner would, against the fakes: its steps in order, `if:`
// and `${{ }}` evaluated (harness/expressions.ts), `run:` steps in bash, the meshy-action steps
// as the bundled action (dist/index.js) with their `with:` inputs. The repository is a real git
// repository (a bare "origin" on disk); checkout clones it, create-pull-request commits and
// pushes a branch and records the pull request. Other actions are refused, so a snippet that
// starts using one fails here until the runner knows what it does.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { condition, interpolate, type ExpressionContext, type Value } from './expressions.js'
import { newWorkspace, runAction, type ActionRun } from './run-action.js'
import type { Snippet } from './snippets.js'
import { tempDir } from './temp-dirs.js'

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'runner',
  GIT_AUTHOR_EMAIL: 'runner@example.com',
  GIT_COMMITTER_NAME: 'runner',
  GIT_COMMITTER_EMAIL: 'runner@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

function git(cwd: string, ...args: string[]): string {
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

export interface Trigger {
  event: 'schedule' | 'workflow_dispatch' | 'pull_request' | 'push'
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>
  /** pull_request: the PR's number and head branch. */
  pr?: { number: number; head: string }
}

export interface Services {
  /** Inputs the runner adds to every meshy-action step (base-url of the fake Meshy). */
  actionInputs: Record<string, string>
  /** Environment for the action's process (GITHUB_API_URL of the fake GitHub). */
  actionEnv: Record<string, string>
  secrets: Record<string, string>
  vars: Record<string, string>
}

export interface StepRun {
  id?: string
  uses?: string
  run?: string
  skipped: boolean
  ok: boolean
  outputs: Record<string, string>
  /** The bundled action's run, for meshy-action steps. */
  action?: ActionRun
  log: string
}

export interface JobRun {
  name: string
  permissions: Record<string, string>
  workspace: string
  steps: StepRun[]
  ok: boolean
}

interface RawStep {
  id?: string
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  'continue-on-error'?: boolean
}

interface RawJob {
  permissions?: Record<string, string>
  steps: RawStep[]
}

/** Every job of the workflow, in order; each gets a fresh workspace, as on a fresh runner. */
export async function runWorkflow(
  snippet: Snippet,
  repo: Repo,
  services: Services,
  trigger: Trigger
): Promise<JobRun[]> {
  const doc = parse(snippet.text) as {
    permissions?: Record<string, string>
    jobs: Record<string, RawJob>
  }
  const runs: JobRun[] = []
  for (const [name, job] of Object.entries(doc.jobs)) {
    const permissions = job.permissions ?? doc.permissions ?? {}
    runs.push(await runJob(name, job, permissions, repo, services, trigger))
  }
  return runs
}

function eventPayload(trigger: Trigger): Record<string, Value> {
  if (trigger.event === 'pull_request' && trigger.pr) {
    const pr = { number: trigger.pr.number, head: { ref: trigger.pr.head } }
    return { number: trigger.pr.number, pull_request: pr }
  }
  if (trigger.event === 'workflow_dispatch') return { inputs: trigger.inputs ?? {} }
  return {}
}

async function runJob(
  name: string,
  job: RawJob,
  permissions: Record<string, string>,
  repo: Repo,
  services: Services,
  trigger: Trigger
): Promise<JobRun> {
  const workspace = newWorkspace()
  const temp = tempDir('runner-temp')
  const event = eventPayload(trigger)
  const eventPath = join(temp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(event))
  const steps: Record<string, Value> = {}
  const ctx: ExpressionContext = {
    status: 'success',
    contexts: {
      secrets: services.secrets,
      vars: services.vars,
      inputs: trigger.event === 'workflow_dispatch' ? (trigger.inputs ?? {}) : {},
      github: {
        event_name: trigger.event,
        event,
        token: 'ghs_faketoken_for_tests',
        repository: 'octo/assets',
        workspace
      },
      steps,
      env: {},
      runner: { temp }
    }
  }
  const env = {
    GITHUB_EVENT_NAME: trigger.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/assets',
    RUNNER_TEMP: temp
  }
  const runs: StepRun[] = []
  for (const [index, step] of job.steps.entries()) {
    if (!condition(step.if, ctx)) {
      runs.push({
        id: step.id,
        uses: step.uses,
        run: step.run,
        skipped: true,
        ok: true,
        outputs: {},
        log: ''
      })
      continue
    }
    const withs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)])
    )
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)])
    )
    const stepCtx = {
      workspace,
      temp,
      env: { ...env, GITHUB_ACTION: step.id ?? `step${index}`, ...stepEnv }
    }
    const run =
      step.run !== undefined
        ? runScript(interpolate(step.run, ctx), stepCtx)
        : await runUses(step.uses ?? '', withs, stepCtx, repo, services, trigger)
    runs.push({ id: step.id, uses: step.uses, run: step.run, ...run, skipped: false })
    if (step.id) steps[step.id] = { outputs: run.outputs, outcome: run.ok ? 'success' : 'failure' }
    if (!run.ok && !step['continue-on-error']) ctx.status = 'failure'
  }
  return { name, permissions, workspace, steps: runs, ok: ctx.status === 'success' }
}

interface StepContext {
  workspace: string
  temp: string
  env: Record<string, string>
}

type StepResult = Pick<StepRun, 'ok' | 'outputs' | 'log' | 'action'>

/** `name=value` lines and `name<<DELIM … DELIM` blocks, as the runner reads GITHUB_OUTPUT. */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

function runScript(script: string, step: StepContext): StepResult {
  const output = join(step.temp, `output-${Date.now()}-${Math.random()}.txt`)
  writeFileSync(output, '')
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: step.workspace,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: step.temp,
      ...GIT_ENV,
      ...step.env,
      GITHUB_OUTPUT: output
    },
    encoding: 'utf8'
  })
  return {
    ok: r.status === 0,
    outputs: readOutputs(readFileSync(output, 'utf8')),
    log: `${r.stdout}${r.stderr}`
  }
}

async function runUses(
  uses: string,
  withs: Record<string, string>,
  step: StepContext,
  repo: Repo,
  services: Services,
  trigger: Trigger
): Promise<StepResult> {
  const name = uses.replace(/@.*$/, '')
  if (name === 'meshy-action/meshy-action') {
    const action = await runAction({
      workspace: step.workspace,
      inputs: { ...services.actionInputs, ...withs },
      env: { ...services.actionEnv, ...step.env },
      timeoutMs: 150_000
    })
    return { ok: action.code === 0, outputs: action.outputs, log: action.stdout, action }
  }
  if (name === 'actions/checkout') return checkout(withs, step, repo, trigger)
  if (name === 'peter-evans/create-pull-request') return createPullRequest(withs, step, repo)
  if (name === 'actions/create-github-app-token') {
    return { ok: true, outputs: { token: 'ghs_app_token_for_tests' }, log: '' }
  }
  throw new Error(`the workflow runner does not know ${uses}; teach it what that action does`)
}

function checkout(
  withs: Record<string, string>,
  step: StepContext,
  repo: Repo,
  trigger: Trigger
): StepResult {
  const ref = withs.ref || (trigger.event === 'pull_request' ? trigger.pr!.head : 'main')
  // actions/checkout fetches one commit and keeps the credentials, so later `git fetch` works.
  git(step.workspace, 'clone', '-q', '--depth=1', '--branch', ref, repo.url, '.')
  return { ok: true, outputs: { ref }, log: `checked out ${ref}` }
}

/**
 * peter-evans/create-pull-request: commits the changes under add-paths to `branch` (on top of
 * what was checked out), force-pushes it, and opens or updates the pull request.
 */
function createPullRequest(
  withs: Record<string, string>,
  step: StepContext,
  repo: Repo
): StepResult {
  const ws = step.workspace
  const branch = withs.branch || 'create-pull-request/patch'
  const paths = (withs['add-paths'] ?? '')
    .split(/[\n,]/)
    .map(p => p.trim())
    .filter(Boolean)
  git(ws, 'checkout', '-q', '-B', branch)
  git(ws, 'add', '-A', '--', ...(paths.length ? paths : ['.']))
  const staged = spawnSync('git', ['diff', '--cached', '--quiet'], { cwd: ws }).status !== 0
  if (staged)
    git(
      ws,
      'commit',
      '-q',
      '-m',
      withs['commit-message'] || '[create-pull-request] automated change'
    )
  git(ws, 'push', '-q', '-f', 'origin', `HEAD:refs/heads/${branch}`)
  const bodyPath = withs['body-path']
  const body =
    bodyPath && existsSync(bodyPath) ? readFileSync(bodyPath, 'utf8') : (withs.body ?? '')
  const pr = repo.openPr(branch, withs.title || 'Changes by create-pull-request action', body)
  return {
    ok: true,
    outputs: { 'pull-request-number': String(pr.number), 'pull-request-branch': branch },
    log: staged ? `committed to ${branch}` : `${branch}: nothing new to commit`
  }
}
