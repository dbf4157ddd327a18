// glTF-Validator's side of a worker thread (validator-run.ts starts it, once per run, and sends
// it one model at a time). The file is read here, once: hashed for the lockfile and handed to the
// validator, so the action's own heap never holds it and the thread can be stopped (its heap
// limit, the run's deadline) without the step.
// Bundled on its own into dist/gltf-validator-worker.cjs (scripts/bundle.mjs).
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { parentPort } from 'node:worker_threads'
import { errorMessage } from '../core/errors.js'

export interface ValidatorJob {
  path: string
  bytes: number
  maxIssues: number
  /**
   * A large GLB's binary chunk, validated as the buffer of its JSON: the validator copies a whole
   * GLB's binary chunk into a buffer of its own (twice the file in memory), but takes an
   * external buffer as it is. The GLB container's own checks are skipped then.
   */
  split?: { jsonLength: number; binStart: number; binLength: number }
}

/** Stands for the GLB's binary chunk: a relative URI, which the validator accepts without a note. */
const BIN_URI = 'glb-binary-chunk.bin'

/** One message per job, answered with its `id`; the validator is loaded once per thread. */
interface Message {
  id: number
  job: ValidatorJob
}

// The validator is Dart compiled to JavaScript; its Node preamble looks up a global `require`
// (for 'url'), which neither an ES module nor a worker's eval'd script defines.
const scope = globalThis as { require?: NodeJS.Require }
// Nothing it prints goes anywhere (validator-run.ts never reads the thread's output): dropped
// here, it is not even queued for the parent.
for (const stream of [process.stdout, process.stderr]) stream.write = () => true
scope.require ??= createRequire(`${process.cwd()}/`)
const loaded = import('gltf-validator')

parentPort?.on('message', ({ id, job }: Message) => {
  validate(job).then(
    answer => parentPort?.postMessage({ id, ...answer }),
    (err: unknown) => parentPort?.postMessage({ id, error: errorMessage(err) })
  )
})

async function validate(job: ValidatorJob): Promise<{ sha256: string; report: unknown }> {
  const validator = await loaded
  const refuse = () => Promise.reject(new Error('external resources are not loaded'))
  const options = { maxIssues: job.maxIssues, externalResourceFunction: refuse }
  const fh = await open(job.path, 'r')
  try {
    // Each part in its own ArrayBuffer: the validator reads a view's buffer from its start.
    const parts = job.split
      ? [
          [0, job.split.binStart],
          [job.split.binStart, job.split.binLength]
        ]
      : [[0, job.bytes]]
    const hash = createHash('sha256')
    const data: Uint8Array[] = []
    for (const [start, length] of parts) data.push(await readPart(fh, start, length, hash))
    const end = parts.at(-1)![0] + parts.at(-1)![1]
    if (end < job.bytes) await readPart(fh, end, job.bytes - end, hash)
    const sha256 = hash.digest('hex')
    let report
    if (!job.split) report = await validator.validateBytes(data[0], options)
    else {
      const text = Buffer.from(data[0].subarray(20, 20 + job.split.jsonLength)).toString('utf8')
      const json = JSON.parse(text)
      json.buffers[0].uri = BIN_URI
      const bin = data[1]
      report = await validator.validateString(JSON.stringify(json), {
        ...options,
        externalResourceFunction: (uri: string) =>
          uri === BIN_URI ? Promise.resolve(bin) : refuse()
      })
    }
    return { sha256, report: { info: report.info, issues: report.issues } }
  } finally {
    await fh.close()
  }
}

async function readPart(
  fh: import('node:fs/promises').FileHandle,
  start: number,
  length: number,
  hash: import('node:crypto').Hash
): Promise<Uint8Array> {
  const out = new Uint8Array(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await fh.read(out, done, Math.min(length - done, 8 << 20), start + done)
    if (bytesRead === 0) throw new Error('the file is shorter than it was')
    done += bytesRead
  }
  hash.update(out)
  return out
}
