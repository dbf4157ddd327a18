// sha256 of a file on disk, read in large blocks. Downloads do not hash while they stream (that
// slowed them by a fifth, bench figure 3); the few records that need a digest (the lockfile,
// the artifact's meshy-result.json) read the file back from the page cache once, or take it from
// glTF-Validator's worker, which reads a model whole anyway.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'

/** Files up to this size are read in one call: a stream costs more than the read itself. */
const SMALL_FILE = 4 << 20

export async function fileSha256(path: string): Promise<string> {
  if ((await stat(path)).size <= SMALL_FILE) {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  }
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer)
  }
  return hash.digest('hex')
}

/** A file's sha256, read from disk at most once per record: the lockfile and the artifact share it. */
export async function fileDigest(file: { absPath: string; sha256?: string }): Promise<string> {
  file.sha256 ??= await fileSha256(file.absPath)
  return file.sha256
}
