// Runs one batch in a child process, so a test can SIGKILL it mid-run.
// Usage: tsx __tests__/batch-child.ts <workspace> <base-url> [concurrency]
import { runBatch } from '../src/batch/run/run-batch.js'
import { batchConfig, pipelineDeps } from './batch-support.js'

const [workspace, baseUrl, concurrency] = process.argv.slice(2)
const outcome = await runBatch(
  batchConfig(workspace, baseUrl, { concurrency: Number(concurrency) || 10 }),
  pipelineDeps(baseUrl)
)
console.log(JSON.stringify({ failed: outcome.failed }))
