// Where a batch keeps its lockfile: the `lockfile` input, or meshy-lock.json beside the manifest.
// Workspace-relative as the user wrote it; the batch resolves and checks it like any path.
import { dirname, join } from 'node:path'
import type { BatchConfig } from './types.js'

export const DEFAULT_LOCKFILE = 'meshy-lock.json'

export function batchLockfile(config: Pick<BatchConfig, 'lockfile' | 'manifest'>): string {
  return config.lockfile || join(dirname(config.manifest), DEFAULT_LOCKFILE)
}
