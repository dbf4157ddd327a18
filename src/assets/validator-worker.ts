// glTF-Validator's side of a worker thread (validator-run.ts starts it). The whole file is read
// here, once: hashed for the lockfile and handed to the validator, so the action's own heap never
// holds it and the thread can be stopped (its heap limit, the run's deadline) without the step.
// Bundled on its own into dist/gltf-validator-worker.cjs (scripts/bundle.mjs).
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { parentPort, workerData } from 'node:worker_threads'

interface Job {
  path: string
  maxIssues: number
}

async function main(): Promise<void> {
  const job = workerData as Job
  // The validator is Dart compiled to JavaScript; its Node preamble looks up a global `require`
  // (for 'url'), which neither an ES module nor a worker's eval'd script defines.
  const scope = globalThis as { require?: NodeJS.Require }
  scope.require ??= createRequire(`${process.cwd()}/`)
  const data = await readFile(job.path)
  const sha256 = createHash('sha256').update(data).digest('hex')
  const validator = await import('gltf-validator')
  const report = await validator.validateBytes(
    new Uint8Array(data.buffer, data.byteOffset, data.length),
    {
      maxIssues: job.maxIssues,
      // Meshy's GLBs are self-contained; an external reference is never fetched from a download.
      externalResourceFunction: () => Promise.reject(new Error('external resources are not loaded'))
    }
  )
  parentPort?.postMessage({ sha256, report: { info: report.info, issues: report.issues } })
}

main().catch((err: unknown) => {
  parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) })
})
