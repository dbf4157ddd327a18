// Render sheets of a batch asset. Before an asset is regenerated, the model its lockfile entry
// lists is drawn too, if it is still in the checkout exactly as recorded: the summary and the PR
// comment then show old beside new. That sheet (`renders/<base>.previous.png`) belongs to this
// run's report only; main removes it once the report is published, so it never lands in a commit.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isGltfPath } from '../assets/model-stats.js'
import { workspaceRelative } from '../assets/paths.js'
import { safeDestination } from '../assets/safe-write.js'
import type { RenderMode } from '../config/render.js'
import { renderModels, sheetPath } from '../render/render-models.js'
import type { SheetSession } from '../render/sheet-session.js'
import type { BatchRow } from '../report/types.js'
import type { DownloadedFile } from '../result.js'
import { recorded } from './asset-quality.js'
import { filesIntact, type LockEntry } from './lockfile.js'

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

/** The sheet and recorded stats of the model an asset had before this run regenerates it. */
export async function previousSheet(
  ctx: SheetContext,
  mode: RenderMode,
  entry: LockEntry | undefined
): Promise<BatchRow['previous']> {
  if (!active(ctx, mode) || !entry) return undefined
  const model = entry.files.find(f => isGltfPath(f.path))
  if (!model || !(await filesIntact(ctx.workspace, [model]))) return undefined
  const abs = join(ctx.workspace, model.path)
  const dest = sheetPath(abs, PREVIOUS_SUFFIX)
  const outcome = await ctx.sheets.render(abs, `${model.path} (before this run)`, dest)
  if (!outcome.drawn) return undefined
  return { sheet: workspaceRelative(ctx.workspace, dest), stats: recorded(model) }
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
