// Runs one batch in a child process and SIGKILLs itself at a chosen step of the lockfile's write
// scheme (published on LOCK_STEPS), so a test can check what the next run makes of exactly that
// moment.
// Usage: tsx __tests__/batch-kill-child.ts <workspace> <base-url> <step> <nth>
//   step: journal-synced | lockfile-written | journal-reset | record-created
import { subscribe } from 'node:diagnostics_channel'
import { LOCK_STEPS, type LockStep } from '../src/batch/lockfile/lock-store.js'
import { runBatch } from '../src/batch/run/run-batch.js'
import { batchConfig, pipelineDeps } from './batch-support.js'

const [workspace, baseUrl, step, nth] = process.argv.slice(2)
let seen = 0
const die = (): void => {
  if (++seen >= Number(nth)) process.kill(process.pid, 'SIGKILL')
}
subscribe(LOCK_STEPS.name, message => {
  const { step: at, entry } = message as LockStep
  // A create Meshy answered, whose task id is about to be recorded.
  const created = at === 'record' && entry?.status === 'IN_PROGRESS' && !entry.pending
  if (at === step || (step === 'record-created' && created)) die()
})
await runBatch(batchConfig(workspace, baseUrl, { concurrency: 6 }), pipelineDeps(baseUrl))
