// GitHub takes at most 1 MB of step outputs per job, and a job whose outputs are larger fails.
// `result`, `manifest-results`, `model-stats` and `plan` grow with the run (a batch of a thousand
// assets), so their full values also go to JSON files named by `*-file` outputs, and a plain
// output above OUTPUT_CAP becomes a short stand-in that points at its file, with a warning.
import { join, relative, sep } from 'node:path'
import { writeFileSafely } from '../assets/safe-write.js'
import type { Config } from '../config/types.js'
import { errorMessage } from '../core/errors.js'
import type { Logger } from '../core/log.js'
import { stripSecrets } from '../core/redact.js'

/** The outputs that may be large, each written to `<name>.json` and named by `<name>-file`. */
export const LARGE_OUTPUTS = ['result', 'manifest-results', 'model-stats', 'plan'] as const

/** Bytes a plain large output may hold; four of them stay well inside GitHub's 1 MB a job. */
export const OUTPUT_CAP = 64 * 1024

/** Under the output folder; the folder ignores itself in git (it is rewritten every run). */
export const OUTPUT_FILES_DIR = '.meshy-outputs'

/**
 * Writes each non-empty large output to its file and returns the `*-file` outputs
 * (workspace-relative paths). A write that fails is a warning: the plain outputs still follow.
 */
export async function writeOutputFiles(
  values: Record<string, string>,
  config: Pick<Config, 'workspace' | 'outputDir'>,
  logger: Logger
): Promise<Record<string, string>> {
  const conf = { workspace: config.workspace, root: config.outputDir }
  const dir = join(config.outputDir, OUTPUT_FILES_DIR)
  const files: Record<string, string> = {}
  try {
    for (const name of LARGE_OUTPUTS) {
      if (!values[name]) continue
      if (Object.keys(files).length === 0) {
        await writeFileSafely(conf, join(dir, '.gitignore'), '*\n')
      }
      const path = join(dir, `${name}.json`)
      await writeFileSafely(conf, path, stripSecrets(values[name]))
      files[`${name}-file`] = relative(config.workspace, path).split(sep).join('/')
    }
  } catch (err) {
    logger.warning(`Could not write the output files: ${errorMessage(err)}`)
  }
  return files
}

/** Replaces each large output above the cap by a stand-in naming its file, with a warning. */
export function capLargeOutputs(outputs: Record<string, string>, warn: (m: string) => void): void {
  for (const name of LARGE_OUTPUTS) {
    const bytes = Buffer.byteLength(outputs[name] ?? '')
    if (bytes <= OUTPUT_CAP) continue
    const file = outputs[`${name}-file`] ?? null
    outputs[name] = JSON.stringify({ cut: true, bytes, file })
    warn(
      `The output ${name} is ${bytes} bytes, over the ${OUTPUT_CAP} this action puts in one ` +
        'output (GitHub takes 1 MB for all outputs of a job), so it holds a short stand-in: ' +
        (file ? `read the full value from ${name}-file (${file}).` : 'the full value is lost.')
    )
  }
}
