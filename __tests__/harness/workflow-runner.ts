// Runs a README workflow the way a runner would, against the fakes: its steps in order, `if:`
// and `${{ }}` evaluated (harness/expressions.ts), `run:` steps in bash, the meshy-action steps
// as the bundled action (dist/index.js) with their `with:` inputs. The repository is a real git
// repository (harness/git-repo.ts); checkout clones it, create-pull-request commits and
// pushes a branch and records the pull request. Other actions are refused, so a snippet that
// starts using one fails here until the runner knows what it does.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { condition, interpolate, type ExpressionContext, type Value } from './expressions.js'
import { git, GIT_ENV, type Repo } from './git-repo.js'
import { newWorkspace, runAction, type ActionRun } from './run-action.js'
import type { Snippet } from './snippets.js'
import { tempDir } from './temp-dirs.js'

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
  /** The step may fail without failing the job (`continue-on-error: true`). */
  continueOnError?: boolean
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
    const continueOnError = step['continue-on-error'] === true
    runs.push({
      id: step.id,
      uses: step.uses,
      run: step.run,
      ...run,
      skipped: false,
      continueOnError
    })
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
  // actions/checkout fetches one commit of `ref` into `path` (the workspace by default); a ref
  // that does not exist fails the step (continue-on-error decides what that means).
  const dir = resolve(step.workspace, withs.path || '.')
  const clone = spawnSync('git', ['clone', '-q', '--depth=1', '--branch', ref, repo.url, dir], {
    env: GIT_ENV
  })
  if (clone.status !== 0) return { ok: false, outputs: {}, log: `no ref ${ref} to check out` }
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
  // body-path is relative to the workspace unless absolute (summary-file is absolute).
  const bodyPath = withs['body-path'] && resolve(ws, withs['body-path'])
  const body =
    bodyPath && existsSync(bodyPath) ? readFileSync(bodyPath, 'utf8') : (withs.body ?? '')
  const pr = repo.openPr(branch, withs.title || 'Changes by create-pull-request action', body)
  return {
    ok: true,
    outputs: { 'pull-request-number': String(pr.number), 'pull-request-branch': branch },
    log: staged ? `committed to ${branch}` : `${branch}: nothing new to commit`
  }
}
