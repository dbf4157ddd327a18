// Every file the action writes (downloads, meshy-result.json, the lockfile) goes through here:
// the destination is checked just before the write, and the write itself is a new temporary file
// in the same folder renamed into place. A checked-out repository is untrusted: a committed
// symlink (`meshy-output/chair -> /home/runner`) must not carry a write, or a delete, outside it.
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats
} from 'node:fs'
import { lstat, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { PathEscapeError } from './paths.js'

/** Where writes may go: `root` (the output folder, or the workspace) inside `workspace`. */
export interface Confinement {
  workspace: string
  root: string
}

/** A symbolic link on the way to a destination (the link itself is never followed). */
export class SymlinkError extends PathEscapeError {}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

function shown(conf: Confinement, path: string): string {
  return relative(resolve(conf.workspace), path).split(sep).join('/') || '.'
}

/**
 * Synchronous on purpose: a metadata call takes microseconds, less than the promise API's trip
 * through the thread pool (and the exception it builds for a missing path), and a batch pays it
 * for every component of every write (bench figure 9). Nothing else runs between the checks.
 */
function lstatNow(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false })
}

/**
 * Checks `path` (absolute, or relative to the workspace) for a write or a delete and returns it
 * resolved: it must lie inside `root`, no existing component from the workspace down to it (the
 * path itself included) may be a symbolic link, and the real path of its folder must be inside
 * the real path of `root`. With `createDirs`, missing folders are made one at a time, each
 * checked as it is made. Throws PathEscapeError (SymlinkError for a link) otherwise.
 */
export async function safeDestination(
  conf: Confinement,
  path: string,
  opts: { createDirs?: boolean } = {}
): Promise<string> {
  const workspace = resolve(conf.workspace)
  const root = resolve(workspace, conf.root)
  const target = resolve(workspace, path)
  if (!inside(workspace, root) || !inside(root, target) || target === root) {
    throw new PathEscapeError(`'${shown(conf, target)}' is outside ${shown(conf, root)}`)
  }
  const known = madeFolderAbove(workspace, target)
  const made: Array<[string, Stats]> = []
  let current = known
  for (const part of relative(known, target).split(sep)) {
    current = join(current, part)
    const last = current === target
    const st = lstatNow(current)
    if (st?.isSymbolicLink()) {
      throw new SymlinkError(
        `'${shown(conf, current)}' is a symbolic link; the action never writes or deletes through ` +
          `a link (one in the checkout could point anywhere). Remove it or choose another path.`
      )
    }
    if (st && !last && !st.isDirectory()) {
      throw new PathEscapeError(`'${shown(conf, current)}' is not a folder`)
    }
    if (!st && !last) {
      if (!opts.createDirs) break
      const fresh = makeFolder(current)
      const now = lstatNow(current)
      if (!now?.isDirectory()) {
        throw new SymlinkError(`'${shown(conf, current)}' became a symbolic link while writing`)
      }
      if (fresh) made.push([current, now])
    }
  }
  // A folder made and checked above already had its real path checked, when it was made.
  if (dirname(target) !== known || known === workspace) checkRealPath(conf, root, target)
  for (const [folder, st] of made) madeFolders.set(folder, { dev: st.dev, ino: st.ino })
  return target
}

/** True when this call made the folder (false: it appeared meanwhile, made by someone else). */
function makeFolder(path: string): boolean {
  try {
    mkdirSync(path)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return false
  }
}

/**
 * Folders this run made itself, each checked (no link on the way, its real path inside the
 * root) when it was made, with the identity it had then. Nothing in the checkout can have put a
 * link on the way to them, so a write below one checks only the folder's identity and what lies
 * below it, not every component from the workspace down again.
 */
const madeFolders = new Map<string, { dev: number; ino: number }>()

/** The deepest folder above `target` that this run made and that is still that folder. */
function madeFolderAbove(workspace: string, target: string): string {
  for (let dir = dirname(target); dir !== workspace && inside(workspace, dir); dir = dirname(dir)) {
    const known = madeFolders.get(dir)
    if (!known) continue
    const st = lstatNow(dir)
    if (st?.isDirectory() && st.dev === known.dev && st.ino === known.ino) return dir
    madeFolders.delete(dir) // replaced since: everything is checked again
    return workspace
  }
  return workspace
}

/**
 * Real paths of the workspace and output folders, once each: a batch writes thousands of files
 * below them. Every call still checks each component for a link (above) and resolves the
 * target's own folder.
 */
const realRoots = new Map<string, string>()

function cachedRealpath(path: string): string | undefined {
  const known = realRoots.get(path)
  if (known !== undefined) return known
  const real = realOrUndefined(path)
  if (real !== undefined) realRoots.set(path, real)
  return real
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path)
  } catch {
    return undefined
  }
}

/** The real path of the nearest existing folder above `target` must be inside real `root`. */
function checkRealPath(conf: Confinement, root: string, target: string): void {
  const realRoot = cachedRealpath(root)
  // No root yet: nothing below it exists to lead elsewhere (and no link above it, checked).
  if (realRoot === undefined) return
  let folder = dirname(target)
  while (folder !== root && !lstatNow(folder)) folder = dirname(folder)
  const realFolder = realpathSync.native(folder)
  const realWorkspace = cachedRealpath(resolve(conf.workspace)) ?? realRoot
  if (!inside(realWorkspace, realRoot) || !inside(realRoot, realFolder)) {
    throw new PathEscapeError(`'${shown(conf, target)}' resolves outside ${shown(conf, root)}`)
  }
}

/**
 * Reads a file of the checkout that the action also writes (the lockfile, its journal) under the
 * same rules as a write: inside the workspace, no symbolic link on the way or at the end, and a
 * regular file. Undefined when there is none yet; PathEscapeError for a path or link refused.
 */
export async function readWorkspaceText(
  workspace: string,
  path: string
): Promise<string | undefined> {
  await safeDestination({ workspace, root: workspace }, path)
  try {
    if (!(await lstat(path)).isFile()) throw new Error('not a regular file')
    return await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

/** A fresh name in the destination's own folder, so the final rename never crosses a device. */
export function tempPathFor(dest: string, suffix = 'tmp'): string {
  return join(dirname(dest), `.${basename(dest)}.${randomBytes(6).toString('hex')}.${suffix}`)
}

/**
 * Renames a finished temporary file over `dest`, checking `dest` first. The rename replaces
 * whatever entry is at `dest`; it never writes through it.
 */
export async function commitTemp(conf: Confinement, temp: string, dest: string): Promise<void> {
  try {
    await safeDestination(conf, dest)
    await rename(temp, dest)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}

/**
 * Writes `data` to `dest` atomically and safely: checked destination, a new temporary file
 * (O_EXCL: never an existing file or link), fsync, checked again, renamed into place. A crash
 * leaves the old file or the new one, never half of one.
 */
export async function writeFileSafely(
  conf: Confinement,
  dest: string,
  data: string | Uint8Array
): Promise<void> {
  await writeThroughTemp(conf, dest, fh => fh.writeFile(data))
}

/** Text gathered into writes of about this many characters. */
const TEXT_BATCH = 1 << 20

/**
 * The same for text made piece by piece (the lockfile): the pieces go out in writes of about
 * 1 MiB, so the whole text is never one string. Returns the bytes written.
 */
export async function writeTextSafely(
  conf: Confinement,
  dest: string,
  pieces: Iterable<string>
): Promise<number> {
  let bytes = 0
  await writeThroughTemp(conf, dest, async fh => {
    let batch: string[] = []
    let size = 0
    const flush = async () => {
      const text = batch.join('')
      batch = []
      size = 0
      bytes += Buffer.byteLength(text)
      await fh.writeFile(text) // from the current position, looping until all is written
    }
    for (const piece of pieces) {
      batch.push(piece)
      size += piece.length
      if (size >= TEXT_BATCH) await flush()
    }
    await flush()
  })
  return bytes
}

async function writeThroughTemp(
  conf: Confinement,
  dest: string,
  write: (fh: FileHandle) => Promise<void>
): Promise<void> {
  const target = await safeDestination(conf, dest, { createDirs: true })
  const temp = tempPathFor(target)
  const fh = await open(temp, 'wx')
  try {
    await write(fh)
    await fh.sync()
  } catch (err) {
    await fh.close()
    await rm(temp, { force: true })
    throw err
  }
  await fh.close()
  await commitTemp(conf, temp, target)
}

/**
 * For the cancellation report only, which must finish inside the runner's grace period without
 * awaiting: the same temporary file, fsync and rename, synchronously. `dest` was checked by
 * safeDestination when the run began; here only the entry itself is checked again (a rename
 * replaces a link, never writes through it, but a link where the file was means tampering).
 */
export function writeFileNowSync(dest: string, data: string): void {
  const st = lstatIfAny(dest)
  if (st?.isSymbolicLink()) throw new SymlinkError(`'${basename(dest)}' is a symbolic link`)
  const temp = tempPathFor(dest)
  const fd = openSync(temp, 'wx')
  try {
    writeSync(fd, data)
    fsyncSync(fd)
    closeSync(fd)
    renameSync(temp, dest)
  } catch (err) {
    rmSync(temp, { force: true })
    throw err
  }
}

function lstatIfAny(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}
