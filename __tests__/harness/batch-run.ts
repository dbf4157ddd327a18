// Batch config and pipeline deps against a fake Meshy, without jest: the batch tests and the
// bench's order child both build runs from these.
import { join } from 'node:path'
import { FAKE_API_KEY } from '../../fakes/meshy/index.js'
import { systemClock } from '../../src/core/clock.js'
import type { BatchConfig } from '../../src/config/types.js'
import { memoryLogger } from '../../src/core/log.js'
import { MeshyClient } from '../../src/meshy/client.js'
import { createTransport } from '../../src/meshy/transport.js'
import type { PipelineDeps } from '../../src/run/pipeline.js'

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
    selection: { formats: ['glb'], download: ['model', 'thumbnail'] },
    previewBranch: '',
    dryRun: false,
    quality: { validate: 'warn' },
    render: { mode: 'false', chromePath: '' },
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
