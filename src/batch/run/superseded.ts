// Files an earlier run generated that no asset produces any more: an asset removed from the
// manifest, or one regenerated with other formats or downloads. Left alone they would linger in
// the output folder and in every commit of it. Only files the lockfile still describes exactly
// (same size and sha256) are deleted, so nothing a person has edited or replaced is ever lost;
// an asset whose run did not succeed keeps its old files.
import { existsSync } from 'node:fs'
import { rm, rmdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { isGltfPath } from '../../assets/model-stats.js'
import { workspaceRelative } from '../../assets/paths.js'
import { safeDestination } from '../../assets/safe-write.js'
import type { Logger } from '../../core/log.js'
import { sheetPath } from '../../render/render-models.js'
import { isAssetFile } from '../lockfile/lockfile-check.js'
import { filesIntact, type LockedFile, type Lockfile } from '../lockfile/lockfile.js'

/** The files each asset had when the run began, before any entry is rewritten. */
export function lockedFilesByAsset(lock: Lockfile): Map<string, LockedFile[]> {
  return new Map(Object.entries(lock.assets).map(([name, entry]) => [name, [...entry.files]]))
}

export interface Folders {
  workspace: string
  outputDir: string
}

export async function removeSuperseded(
  folders: Folders,
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
      await removeIfIntact(folders, name, file, why, logger)
    }
  }
}

/** Never the repository's own machinery, whatever output-dir is. */
const PROTECTED = /(^|\/)\.git(hub)?(\/|$)/

/**
 * Deletes only what this action could have written for `asset`: a file name it gives, directly in
 * <output-dir>/<asset>/, reached without a symbolic link, with its recorded size and sha256.
 */
async function removeIfIntact(
  folders: Folders,
  asset: string,
  file: LockedFile,
  why: string,
  logger: Logger
): Promise<void> {
  const assetDir = join(folders.outputDir, asset)
  const outputRel = workspaceRelative(folders.workspace, folders.outputDir)
  let abs: string
  try {
    if (!isAssetFile(file.path, asset, outputRel) || PROTECTED.test(file.path)) throw new Error()
    abs = await safeDestination({ workspace: folders.workspace, root: assetDir }, file.path)
  } catch {
    logger.info(`Kept ${file.path} (${why}): not a file this action writes for ${asset}.`)
    return
  }
  if (!existsSync(abs)) return
  if (!(await filesIntact(folders.workspace, [file]))) {
    logger.info(`Kept ${file.path} (${why}): it changed since it was generated.`)
    return
  }
  await rm(abs, { force: true })
  await removeSheetOf(folders, assetDir, abs)
  // The asset's folder goes too once it is empty; a folder with anything else in it stays.
  if (dirname(abs) === assetDir) await rmdir(assetDir).catch(() => undefined)
  logger.info(`Removed ${file.path}: ${why}.`)
}

/** A removed model's render sheet is the action's own picture of it: it goes with the model. */
async function removeSheetOf(folders: Folders, assetDir: string, model: string): Promise<void> {
  if (!isGltfPath(model)) return
  const sheet = sheetPath(model)
  try {
    await rm(await safeDestination({ workspace: folders.workspace, root: assetDir }, sheet), {
      force: true
    })
    await rmdir(dirname(sheet))
  } catch {
    // A link on the way, or other files in renders/: left alone.
  }
}
