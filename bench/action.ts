// Runs the bundled action against a fake, the way the runner does (__tests__/harness/run-action.ts),
// and fails loudly when the run itself failed: a figure from a broken run means nothing.
import { FAKE_API_KEY, type FakeMeshy } from '../fakes/meshy/index.js'
import { runAction, type ActionRun } from '../__tests__/harness/run-action.js'
import { CA_FILE } from './http.js'

export interface BenchRun extends ActionRun {
  /** Date.now() right after spawn() returned. */
  spawnedAt: number
}

export interface BenchRunOptions {
  onSpawn?: (pid: number) => void
  workspace?: string
  timeoutMs?: number
  /** Extra environment for the action process. */
  env?: Record<string, string>
}

export async function runBenchAction(
  entry: string,
  fake: FakeMeshy,
  inputs: Record<string, string>,
  options: BenchRunOptions = {}
): Promise<BenchRun> {
  let spawnedAt = 0
  const run = await runAction({
    entry,
    inputs: { 'base-url': fake.url, summary: 'false', ...inputs },
    env: { MESHY_API_KEY: FAKE_API_KEY, NODE_EXTRA_CA_CERTS: CA_FILE, ...options.env },
    workspace: options.workspace,
    timeoutMs: options.timeoutMs ?? 300_000,
    onSpawn: pid => {
      spawnedAt = Date.now()
      options.onSpawn?.(pid)
    }
  })
  if (run.code !== 0) {
    const log = `${run.stdout}\n${run.stderr}`.split('\n').filter(l => l.trim())
    throw new Error(`action exited ${run.code}: ${log.slice(-3).join(' / ')}`)
  }
  return { ...run, spawnedAt }
}

/** Requests recorded after `since` (real ms) that concern task `id` (API path or asset path). */
export function requestsAbout(fake: FakeMeshy, id: string, since = 0): FakeMeshy['requests'] {
  return fake.requests.filter(r => r.time >= since && r.path.includes(id))
}
