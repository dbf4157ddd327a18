// The render inputs: whether to draw each downloaded model from four sides in a headless
// Chrome, and which browser. Like the quality keys they change nothing that is asked of Meshy, so
// `render` in a manifest is not part of an asset's request hash.
import { ConfigurationError } from '../core/errors.js'

/** auto: render when a browser is found, else one notice; true: a missing browser is an error. */
export type RenderMode = 'auto' | 'true' | 'false'

export interface RenderSettings {
  mode: RenderMode
  /** The browser named by `chrome-path` ('' when unset: CHROME_PATH, then PATH, are searched). */
  chromePath: string
}

export const RENDER_MODES: readonly RenderMode[] = ['auto', 'true', 'false']

/** `render` from an input (text) or a manifest (YAML may give a boolean). Empty gives auto. */
export function parseRenderMode(input: string, raw: unknown): RenderMode {
  const word =
    raw === undefined || raw === null
      ? ''
      : String(raw as string | boolean)
          .trim()
          .toLowerCase()
  if (word === '') return 'auto'
  if ((RENDER_MODES as readonly string[]).includes(word)) return word as RenderMode
  throw new ConfigurationError(
    input,
    `'${String(raw as string)}' is not accepted. Use auto (render when Chrome or Chromium is found), true (a missing browser fails the step) or false.`
  )
}

export function parseRender(render: string, chromePath: string): RenderSettings {
  return { mode: parseRenderMode('render', render), chromePath: chromePath.trim() }
}
