// Finds the render page's script. The bundle ships it as render-page.js beside its own chunks
// (scripts/bundle.mjs builds it with esbuild); running from the sources (tests of src/, the
// bench), it is built from page/main.ts on first use, with esbuild from devDependencies.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PAGE_SCRIPT = 'render-page.js'

let cached: Promise<string> | undefined

export function pageScript(): Promise<string> {
  cached ??= load()
  return cached
}

async function load(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url))
  const shipped = join(here, PAGE_SCRIPT)
  if (existsSync(shipped)) return readFile(shipped, 'utf8')
  const source = join(here, 'page', 'main.ts')
  if (!existsSync(source)) throw new Error(`${PAGE_SCRIPT} is missing beside the action's bundle`)
  // A variable specifier: the bundler must not pull esbuild into the action.
  const tool = 'esbuild'
  const esbuild = (await import(tool)) as typeof import('esbuild')
  const built = await esbuild.build({ ...PAGE_BUILD, entryPoints: [source], write: false })
  return built.outputFiles[0].text
}

/** The same options scripts/bundle.mjs uses for dist/render-page.js. */
export const PAGE_BUILD = {
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'chrome110',
  legalComments: 'none',
  logLevel: 'silent'
} as const
