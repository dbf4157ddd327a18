// Render sheets of a batch asset. Before an asset is regenerated, the model its lockfile entry
// lists is drawn too, if it is still in the checkout exactly as recorded: the summary and the PR
// comment then show old beside new. That sheet (`renders/<base>.previous.png`) belongs to this
// run's report only; main removes it once the report is published, so it never lands in a commit.
// Sheets are drawn beside the queue (run-batch.ts), after the asset gave its place back: the old
// model is kept for that as a hard link, which the download's rename over the model leaves alone.
import { link, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { workspaceRelative } from '../../assets/paths.js'
import { safeDestination } from '../../assets/safe-write.js'
import type { RenderMode } from '../../config/render.js'
import { renderModels, sheetPath } from '../../render/render-models.js'
import type { SheetSession } from '../../render/sheet-session.js'
import type { BatchRow } from '../../report/types.js'
import type { DownloadedFile } from '../../core/result.js'
import { recorded } from './asset-quality.js'
import { filesIntact, type LockEntry } from '../lockfile/lockfile.js'
import type { LockedFile } from '../lockfile/lockfile-types.js'

export const PREVIOUS_SUFFIX = '.previous'

export interface SheetContext {
  sheets?: SheetSession
  workspace: string
  outputDir: string
}

function active(
  ctx: SheetContext,
  mode: RenderMode
): ctx is SheetContext & { sheets: SheetSession } {
  return ctx.sheets !== undefined && mode !== 'false'
}

/** The model an asset had before this run, kept to be drawn once the queue has moved on. */
export interface KeptModel {
  model: LockedFile
  /** A hard link beside the model, removed once drawn. */
  snapshot: string
  dest: string
}

/**
 * Keeps the recorded GLB (if still intact) under a hidden name beside it, before this run's
 * download replaces it. A .gltf's buffers would not be kept with it, so only GLBs are.
 */
export async function keepPrevious(
  ctx: SheetContext,
  mode: RenderMode,
  entry: LockEntry | undefined
): Promise<KeptModel | undefined> {
  if (!active(ctx, mode) || !entry) return undefined
  const model = entry.files.find(f => /\.glb$/i.test(f.path))
  if (!model || !(await filesIntact(ctx.workspace, [model]))) return undefined
  const abs = join(ctx.workspace, model.path)
  try {
    const confine = { workspace: ctx.workspace, root: ctx.outputDir }
    const snapshot = await safeDestination(
      confine,
      join(dirname(abs), `.${basename(abs)}.before.glb`)
    )
    await rm(snapshot, { force: true })
    await link(abs, snapshot)
    return { model, snapshot, dest: sheetPath(abs, PREVIOUS_SUFFIX) }
  } catch {
    return undefined // outside the output folder, or a file system without links: no old sheet
  }
}

/** The sheet and recorded stats of the model an asset had before this run regenerated it. */
export async function previousSheet(
  ctx: SheetContext,
  kept: KeptModel
): Promise<BatchRow['previous']> {
  try {
    const shown = `${kept.model.path} (before this run)`
    const outcome = await ctx.sheets?.render(kept.snapshot, shown, kept.dest)
    if (!outcome?.drawn) return undefined
    return { sheet: workspaceRelative(ctx.workspace, kept.dest), stats: recorded(kept.model) }
  } finally {
    await rm(kept.snapshot, { force: true })
  }
}

/** Sheets of this run's models, as files of the run. */
export async function newSheets(
  ctx: SheetContext,
  mode: RenderMode,
  files: DownloadedFile[]
): Promise<DownloadedFile[]> {
  if (!active(ctx, mode)) return []
  return renderModels(ctx.sheets, files, ctx.workspace)
}

/** Removes the "before" sheets once the report has them (the artifact, the preview branch). */
export async function removePreviousSheets(rows: BatchRow[], ctx: SheetContext): Promise<void> {
  for (const row of rows) {
    if (!row.previous) continue
    try {
      const abs = await safeDestination(
        { workspace: ctx.workspace, root: ctx.outputDir },
        row.previous.sheet
      )
      await rm(abs, { force: true })
    } catch {
      // Not where this run wrote it (a link, a changed folder): leave it alone.
    }
  }
}
