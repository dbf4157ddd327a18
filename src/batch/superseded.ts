// Files an earlier run generated that no asset produces any more: an asset removed from the
// manifest, or one regenerated with other formats or downloads. Left alone they would linger in
// the output folder and in every commit of it. Only files the lockfile still describes exactly
// (same size and sha256) are deleted, so nothing a person has edited or replaced is ever lost;
// an asset whose run did not succeed keeps its old files.
import { existsSync } from 'node:fs'
import { rm, rmdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { resolveInWorkspace } from '../assets/paths.js'
import type { Logger } from '../log.js'
import { filesIntact, type LockedFile, type Lockfile } from './lockfile.js'

/** The files each asset had when the run began, before any entry is rewritten. */
export function lockedFilesByAsset(lock: Lockfile): Map<string, LockedFile[]> {
  return new Map(Object.entries(lock.assets).map(([name, entry]) => [name, [...entry.files]]))
}

export async function removeSuperseded(
  workspace: string,
  before: Map<string, LockedFile[]>,
  lock: Lockfile,
  logger: Logger
): Promise<void> {
  const stillProduced = new Set(Object.values(lock.assets).flatMap(e => e.files.map(f => f.path)))
  for (const [name, files] of before) {
    const entry = lock.assets[name]
    // Still in the manifest but not (yet) regenerated: its old files are all it has.
    if (entry && (entry.status !== 'SUCCEEDED' || entry.error)) continue
    for (const file of files) {
      if (stillProduced.has(file.path)) continue
      const why = entry ? `no longer produced by ${name}` : `${name} left the manifest`
      await removeIfIntact(workspace, file, why, logger)
    }
  }
}

async function removeIfIntact(
  workspace: string,
  file: LockedFile,
  why: string,
  logger: Logger
): Promise<void> {
  let abs: string
  try {
    abs = resolveInWorkspace(workspace, file.path)
  } catch {
    return // a hand-edited lockfile pointing outside the workspace: never touch it
  }
  if (!existsSync(abs)) return
  if (!(await filesIntact(workspace, [file]))) {
    logger.info(`Kept ${file.path} (${why}): it changed since it was generated.`)
    return
  }
  await rm(abs, { force: true })
  // The asset's folder goes too once it is empty; a folder with anything else in it stays.
  if (dirname(abs) !== workspace) await rmdir(dirname(abs)).catch(() => undefined)
  logger.info(`Removed ${file.path}: ${why}.`)
}
