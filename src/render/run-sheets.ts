// Render sheets for a single-task run: one session for the run's models, always closed.
import type { Clock } from '../core/clock.js'
import type { RenderMode } from '../config/render.js'
import type { Logger } from '../core/log.js'
import type { DownloadedFile } from '../core/result.js'
import type { BrowserChoice } from './browser-choice.js'
import { modelsToRender, renderModels } from './render-models.js'
import { SheetSession } from './sheet-session.js'

export interface SheetRun {
  mode: RenderMode
  choice: BrowserChoice
  workspace: string
  outputDir: string
  logger: Logger
  clock: Clock
  deadline: number
}

export function sheetSession(run: SheetRun): SheetSession {
  return new SheetSession({
    choice: run.choice,
    confine: { workspace: run.workspace, root: run.outputDir },
    logger: run.logger,
    clock: run.clock,
    deadline: run.deadline
  })
}

/** The sheets of the models among `files` (none with render: false or without a model). */
export async function renderRunModels(
  run: SheetRun,
  files: DownloadedFile[]
): Promise<DownloadedFile[]> {
  if (run.mode === 'false' || modelsToRender(files).length === 0) return []
  const session = sheetSession(run)
  try {
    return await renderModels(session, files, run.workspace)
  } finally {
    await session.close()
  }
}
