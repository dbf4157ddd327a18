// sha256 of a file on disk, read in large blocks. Downloads do not hash while they stream (that
// slowed them by a fifth, bench figure 3); the few records that need a digest (the lockfile,
// the artifact's meshy-result.json) read the file back from the page cache instead.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer)
  }
  return hash.digest('hex')
}
