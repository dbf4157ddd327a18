// Which downloaded files get a render sheet, and where it goes: every glTF/GLB model (a preview,
// a refine, a rigged character; animation clips are not drawn) gets
// `<its folder>/renders/<model base name>.png`. One sheet per base name and folder: when a task
// has both model.glb and model.gltf, the GLB is drawn.
import { stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { isGltfPath } from '../assets/model-stats.js'
import { workspaceRelative } from '../assets/paths.js'
import type { DownloadedFile } from '../core/result.js'
import type { SheetSession } from './sheet-session.js'

export const RENDER_FOLDER = 'renders'

export function modelsToRender(files: DownloadedFile[]): DownloadedFile[] {
  const chosen = new Map<string, DownloadedFile>()
  for (const file of files) {
    if (file.kind !== 'model' || !isGltfPath(file.path)) continue
    const key = sheetPath(file.absPath)
    const held = chosen.get(key)
    if (!held || (/\.gltf$/i.test(held.path) && /\.glb$/i.test(file.path))) chosen.set(key, file)
  }
  return [...chosen.values()]
}

/** `<folder>/renders/<base>.png` for a model at `<folder>/<base>.<ext>`. */
export function sheetPath(modelPath: string, suffix = ''): string {
  const base = basename(modelPath, extname(modelPath))
  return join(dirname(modelPath), RENDER_FOLDER, `${base}${suffix}.png`)
}

/** Draws each model's sheet; returns the sheets written, as files of the run. */
export async function renderModels(
  session: SheetSession,
  files: DownloadedFile[],
  workspace: string
): Promise<DownloadedFile[]> {
  const sheets: DownloadedFile[] = []
  for (const model of modelsToRender(files)) {
    const dest = sheetPath(model.absPath)
    const outcome = await session.render(model.absPath, model.path, dest)
    if (!outcome.drawn) {
      if (outcome.why) model.renderNote = outcome.why
      continue
    }
    const { size } = await stat(dest)
    sheets.push({
      kind: 'render',
      label: 'render sheet',
      path: workspaceRelative(workspace, dest),
      absPath: dest,
      bytes: size,
      taskId: model.taskId,
      shows: model.path
    })
  }
  return sheets
}
