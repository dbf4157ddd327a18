// Runs the fake Meshy server as its own process (cli.ts under tsx), for the demo and the bench:
// a client measured against it then shares no event loop with the server.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'

const REPO_ROOT = resolve(import.meta.dirname, '..', '..')

export interface FakeProcess {
  url: string
  stop(): void
}

/** `args` are cli.ts flags, e.g. ['--duration', '2500']. */
export async function spawnFakeMeshy(args: string[]): Promise<FakeProcess> {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx')
  const child = spawn(tsx, [join(REPO_ROOT, 'fakes', 'meshy', 'cli.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const line = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout }).once('line', done)
    child.once('exit', code => fail(new Error(`fake server exited with ${code}`)))
  })
  return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.kill('SIGTERM') }
}
