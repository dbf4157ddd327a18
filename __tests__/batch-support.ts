// Shared helpers for the batch tests: a temp workspace, a Config for batch mode, and pipeline
// deps talking to the HTTPS fake through the real transport and client.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startFakeMeshy, type FakeMeshy, type FakeMeshyOptions } from '../fakes/meshy/index.js'
import { tempDir } from './harness/temp-dirs.js'

export { batchConfig, pipelineDeps } from './harness/batch-run.js'

export function tempWorkspace(): string {
  return tempDir('batch')
}

/** One fake and one workspace for a whole test file, closed and removed after it. */
export function batchFixture(options: FakeMeshyOptions): { fake: FakeMeshy; workspace: string } {
  const fixture = {} as { fake: FakeMeshy; workspace: string }
  beforeAll(async () => {
    fixture.fake = await startFakeMeshy(options)
    fixture.workspace = tempWorkspace()
  })
  afterAll(async () => {
    await fixture.fake.close()
    rmSync(fixture.workspace, { recursive: true, force: true })
  })
  return fixture
}

export function cheapManifest(
  count: number,
  prompt = (i: number) => `test asset number ${i}`
): string {
  const lines = ['defaults:', '  task: text-to-3d', '  refine: false', 'assets:']
  for (let i = 0; i < count; i++) lines.push(`  asset-${i}:`, `    prompt: ${prompt(i)}`)
  return lines.join('\n') + '\n'
}

export function writeManifest(workspace: string, text: string, name = 'assets/meshy.yml'): void {
  const path = join(workspace, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
