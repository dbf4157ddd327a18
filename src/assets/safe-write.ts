// Every file the action writes (downloads, meshy-result.json, the lockfile) goes through here:
// the destination is checked just before the write, and the write itself is a new temporary file
// in the same folder renamed into place. A checked-out repository is untrusted: a committed
// symlink (`meshy-output/chair -> /home/runner`) must not carry a write, or a delete, outside it.
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { lstat, mkdir, open, readFile, realpath, rename, rm } from 'node:fs/promises'
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

async function lstatOrNull(path: string): Promise<Awaited<ReturnType<typeof lstat>> | null> {
  try {
    return await lstat(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
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
  const parts = relative(workspace, target).split(sep)
  let current = workspace
  for (const [i, part] of parts.entries()) {
    current = join(current, part)
    const last = i === parts.length - 1
    const st = await lstatOrNull(current)
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
      await mkdir(current).catch(err => {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      })
      if ((await lstat(current)).isSymbolicLink()) {
        throw new SymlinkError(`'${shown(conf, current)}' became a symbolic link while writing`)
      }
    }
  }
  await checkRealPath(conf, root, target)
  return target
}

/**
 * Real paths of the workspace and output folders, once each: a batch writes thousands of files
 * below them. Every call still checks each component for a link (above) and resolves the
 * target's own folder.
 */
const realRoots = new Map<string, string>()

async function cachedRealpath(path: string): Promise<string | undefined> {
  const known = realRoots.get(path)
  if (known !== undefined) return known
  const real = await realpath(path).catch(() => undefined)
  if (real !== undefined) realRoots.set(path, real)
  return real
}

/** The real path of the nearest existing folder above `target` must be inside real `root`. */
async function checkRealPath(conf: Confinement, root: string, target: string): Promise<void> {
  const realRoot = await cachedRealpath(root)
  // No root yet: nothing below it exists to lead elsewhere (and no link above it, checked).
  if (realRoot === undefined) return
  let folder = dirname(target)
  while (folder !== root && !(await lstatOrNull(folder))) folder = dirname(folder)
  const realFolder = await realpath(folder)
  const realWorkspace = (await cachedRealpath(resolve(conf.workspace))) ?? realRoot
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
  const target = await safeDestination(conf, dest, { createDirs: true })
  const temp = tempPathFor(target)
  const fh = await open(temp, 'wx')
  try {
    await fh.writeFile(data)
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
