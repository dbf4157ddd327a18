// Shared helpers for the batch tests: a temp workspace, a Config for batch mode, and pipeline
// deps talking to the HTTPS fake through the real transport and client.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { systemClock } from '../src/clock.js'
import type { BatchConfig } from '../src/config/types.js'
import { memoryLogger } from '../src/log.js'
import { MeshyClient } from '../src/meshy/client.js'
import { createTransport } from '../src/meshy/transport.js'
import type { PipelineDeps } from '../src/pipeline.js'
import {
  FAKE_API_KEY,
  startFakeMeshy,
  type FakeMeshy,
  type FakeMeshyOptions
} from '../fakes/meshy/index.js'
import { tempDir } from './harness/temp-dirs.js'

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

export function batchConfig(
  workspace: string,
  baseUrl: string,
  extra: Partial<BatchConfig> = {}
): BatchConfig {
  return {
    mode: 'batch',
    apiKey: FAKE_API_KEY,
    testMode: false,
    baseUrl,
    wait: true,
    timeoutMs: 5 * 60_000,
    workspace,
    outputDir: join(workspace, 'meshy-output'),
    summary: false,
    githubToken: '',
    prComment: false,
    commentKey: '',
    artifactName: '',
    manifest: 'assets/meshy.yml',
    lockfile: '',
    selection: { formats: ['glb'], formatsExplicit: false, download: ['model', 'thumbnail'] },
    previewBranch: '',
    dryRun: false,
    quality: { validate: 'warn' },
    ...extra
  }
}

export function pipelineDeps(
  baseUrl: string
): PipelineDeps & { logger: ReturnType<typeof memoryLogger> } {
  const logger = memoryLogger()
  const transport = createTransport()
  const client = new MeshyClient({
    baseUrl,
    apiKey: FAKE_API_KEY,
    transport,
    clock: systemClock,
    logger
  })
  return { client, transport, clock: systemClock, logger }
}

/** A manifest of `count` cheap single-step assets (text-to-3d preview only). */
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
