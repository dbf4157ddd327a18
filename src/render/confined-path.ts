// One rule for the files of a model that the render may read: a regular file whose real path lies
// inside the real path of the model's folder. Links are resolved on every component, so neither
// `..` nor a committed folder link (`lnk -> /proc/self`) leads out; a link as the file is refused.
import { lstat, realpath } from 'node:fs/promises'
import { isAbsolute, relative } from 'node:path'

/** The real path of `file` when it is a regular file inside the real path of `folder`. */
export async function confinedFile(folder: string, file: string): Promise<string | undefined> {
  if (!within(folder, file)) return undefined
  const [realFolder, real, st] = await Promise.all([
    realpath(folder).catch(() => undefined),
    realpath(file).catch(() => undefined),
    lstat(file).catch(() => undefined)
  ])
  if (!realFolder || !real || !st?.isFile() || !within(realFolder, real)) return undefined
  return real
}

function within(folder: string, file: string): boolean {
  const inside = relative(folder, file)
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
}
