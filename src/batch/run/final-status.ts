// The status an asset's lockfile entry keeps when its run ends. Pure, so every branch is tested
// by a table (__tests__/batch-final-status.test.ts); run-asset.ts writes what this decides.
import {
  DeadlineError,
  MeshyApiError,
  OutOfCreditsError,
  OutOfTimeError,
  SubmissionUnknownError,
  TaskFailedError
} from '../../core/errors.js'
import type { RunResult } from '../../core/result.js'
import { lockStatus, type LockEntry, type LockStatus } from '../lockfile/lockfile.js'

/**
 * Anything that may still finish at Meshy stays IN_PROGRESS, so the next run picks it up rather
 * than paying again; only what is certainly over becomes SUCCEEDED, FAILED or CANCELED.
 */
export function finalStatus(
  entry: Pick<LockEntry, 'pending' | 'task-ids'>,
  result: RunResult
): LockStatus {
  const err = result.error
  const last = result.tasks.at(-1)?.task
  if (!err) return last ? lockStatus(last.status) : 'SUCCEEDED'
  if (err instanceof TaskFailedError) return lockStatus(err.status)
  // Its first steps exist at Meshy: the next run picks them up and creates the rest.
  if (err instanceof OutOfCreditsError || err instanceof OutOfTimeError) return 'IN_PROGRESS'
  if (err instanceof DeadlineError || err instanceof SubmissionUnknownError || entry.pending)
    return 'IN_PROGRESS'
  if (err instanceof MeshyApiError && err.status === 404) return 'FAILED' // the task is gone: start over
  if (last && last.status !== 'SUCCEEDED' && last.status !== 'FAILED' && last.status !== 'CANCELED')
    return 'IN_PROGRESS'
  // All steps succeeded but a download failed: keep SUCCEEDED; the error makes the next run fetch again.
  if (
    last?.status === 'SUCCEEDED' &&
    entry['task-ids'].length === result.tasks.length &&
    result.tasks.length > 0
  ) {
    return 'SUCCEEDED'
  }
  return 'FAILED'
}
