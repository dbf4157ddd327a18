// Generated models usually live in Git LFS. A checkout without `lfs: true` leaves each of them as
// a small pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). Comparing a
// pointer's bytes with the lockfile's hash would say "changed" and pay to generate again; but a
// pointer whose oid and size are the lockfile's record means the file is in LFS exactly as
// generated, only not checked out here.
import { lstat, readFile } from 'node:fs/promises'
import { safeDestination } from '../../assets/safe-write.js'
import type { Logger } from '../../core/log.js'
import type { LockedFile } from './lockfile.js'

/** The spec caps pointer files below 1024 bytes; anything larger is not one. */
const POINTER_MAX_BYTES = 1024
const VERSION_LINE = 'version https://git-lfs.github.com/spec/v1'

export interface LfsPointer {
  oid: string
  size: number
}

/** The oid (sha256, hex) and size of a pointer file's text, or undefined when it is not one. */
export function parseLfsPointer(text: string): LfsPointer | undefined {
  const lines = text.split('\n')
  if (lines[0] !== VERSION_LINE) return undefined
  const oid = lines.find(l => l.startsWith('oid sha256:'))?.slice('oid sha256:'.length)
  const size = lines.find(l => l.startsWith('size '))?.slice('size '.length)
  if (!oid || !/^[0-9a-f]{64}$/.test(oid) || !size || !/^\d+$/.test(size)) return undefined
  return { oid, size: Number(size) }
}

/**
 * True when the recorded file is, on disk, an LFS pointer to exactly the recorded bytes. Read
 * under the same rules as filesIntact: inside the workspace, no link on the way, a regular file.
 */
export async function isLfsPointerOf(workspace: string, file: LockedFile): Promise<boolean> {
  try {
    const abs = await safeDestination({ workspace, root: workspace }, file.path)
    const st = await lstat(abs)
    if (!st.isFile() || st.size >= POINTER_MAX_BYTES || st.size === file.bytes) return false
    const pointer = parseLfsPointer(await readFile(abs, 'utf8'))
    return pointer?.oid === file.sha256 && pointer.size === file.bytes
  } catch {
    return false
  }
}

export const LFS_REASON = 'unchanged; in Git LFS, not checked out here'

/** One notice for every asset left alone because its files are LFS pointers. */
export function noticeLfsPointers(assets: { inLfs?: boolean }[], logger: Logger): void {
  const n = assets.filter(a => a.inLfs).length
  if (n === 0) return
  const message =
    `${n} unchanged asset${n === 1 ? ' has its' : 's have their'} files in Git LFS, not checked ` +
    'out (pointer files whose oid and size match the lockfile): nothing is downloaded or ' +
    'created for them. Check out with `lfs: true` (actions/checkout) to have the files themselves.'
  if (logger.notice) logger.notice(message)
  else logger.info(message)
}
