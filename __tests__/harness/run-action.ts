// Runs the bundled action (node dist/index.js) the way the GitHub runner does: INPUT_* variables
// with hyphens kept and action.yml defaults applied, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
// a workspace folder. Used by the end-to-end tests, the demo and the benchmarks.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { removeTempDir, tempDir } from './temp-dirs.js'

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..')

/**
 * The bundle to run: in jest, the one the e2e project's global setup built from the sources
 * (harness/bundle-setup.mjs); for the demo and the bench, the committed dist/.
 */
export function distDir(): string {
  const fresh = process.env.MESHY_TEST_DIST
  if (fresh) return fresh
  if (process.env.JEST_WORKER_ID) {
    throw new Error(
      'this suite runs the bundled action: list it under E2E in jest.config.js, whose global ' +
        'setup bundles the sources (a unit suite would run whatever dist/ holds)'
    )
  }
  return join(REPO_ROOT, 'dist')
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** What the step saved for its post step (core.saveState), name to value. */
  state: Record<string, string>
  workspace: string
  /** ms from spawn to exit. */
  elapsedMs: number
}

export interface RunOptions {
  inputs: Record<string, string>
  env?: Record<string, string>
  workspace?: string
  entry?: string
  timeoutMs?: number
  /** Called with the child's pid once spawned (benchmarks sample its memory). */
  onSpawn?: (pid: number) => void
  /** Called with all the child printed so far, as it prints (tests wait for a line). */
  onStdout?: (stdout: string) => void
}

/**
 * Inputs whose action.yml default the tests change: drawing render sheets takes a browser start
 * and about a second per model, so only the render tests (which set `render`) pay for it.
 */
const TEST_DEFAULTS: Record<string, string> = { render: 'false' }

function actionDefaults(): Record<string, string> {
  const meta = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(meta.inputs)) {
    // The runner evaluates expressions; the only one in our defaults is the job token.
    out[name] = (spec.default ?? '').replace('${{ github.token }}', 'ghs_faketoken_for_tests')
  }
  return { ...out, ...TEST_DEFAULTS }
}

export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2\n/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

/** A workspace folder; removed with the other temp folders (removeTempDirs). */
export function newWorkspace(): string {
  return tempDir('ws')
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const workspace = options.workspace ?? newWorkspace()
  const runnerDir = tempDir('runner')
  const outputFile = join(runnerDir, 'output.txt')
  const summaryFile = join(runnerDir, 'summary.md')
  const stateFile = join(runnerDir, 'state.txt')
  writeFileSync(outputFile, '')
  writeFileSync(stateFile, '')
  writeFileSync(summaryFile, '')
  const inputs = { ...actionDefaults(), ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    // The action runs from the workspace folder, so a relative CA path must be made absolute.
    NODE_EXTRA_CA_CERTS: resolve(REPO_ROOT, process.env.NODE_EXTRA_CA_CERTS ?? '.test-ca/ca.pem'),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_STATE: stateFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/assets',
    GITHUB_RUN_ID: '1234',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_WORKFLOW: 'assets',
    GITHUB_JOB: 'generate',
    RUNNER_TEMP: runnerDir,
    // Anything the action puts in the temp directory lands where the test run checks for leftovers.
    TMPDIR: tmpdir(),
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const started = performance.now()
  const child = spawn(process.execPath, [options.entry ?? join(distDir(), 'index.js')], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  if (child.pid) options.onSpawn?.(child.pid)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => {
    stdout += d
    options.onStdout?.(stdout)
  })
  child.stderr.on('data', d => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
  const code = await new Promise<number | null>(done => child.on('close', c => done(c)))
  clearTimeout(timer)
  const elapsedMs = performance.now() - started
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : ''
  const state = parseOutputFile(readFileSync(stateFile, 'utf8'))
  removeTempDir(runnerDir)
  return { code, stdout, stderr, outputs, summary, state, workspace, elapsedMs }
}
