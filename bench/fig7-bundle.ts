// Figure 7: bundle size, per file, and whether the optional parts (artifact upload, Octokit,
// glTF tools, puppeteer-core for render sheets; three.js is only in render-page.js, which runs in
// the browser) and the libraries start-up never uses (undici, yaml) stay out of the files Node
// loads before the action's first line runs: index.js and the chunks it imports statically
// (the start-up set). Each part is found by a string only its own code contains (a class
// definition or a user-agent literal), so the import() call sites in our code do not count as
// the part being present.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { BenchContext } from './context.js'
import { distDir } from './entry.js'
import { mb, note } from './stats.js'
import type { Row } from './table.js'

/** A class definition as written (`class X`) or as bundled (`X = class`, `X2 = class`). */
function classOf(name: string, tail = ''): RegExp {
  return new RegExp(`class ${name}\\b${tail}|\\b${name}\\d*\\s*=\\s*class\\b${tail}`)
}

const PARTS: Record<string, RegExp> = {
  '@actions/artifact': classOf('DefaultArtifactClient'),
  Octokit: /octokit-core\.js\//,
  // glTF-Validator ships as its own worker script (dist/gltf-validator-worker.cjs).
  'glTF tools': /glTF-Transform |validatorVersion/,
  'puppeteer-core': classOf('CdpBrowser'),
  'three.js': /THREE\.WebGLRenderer/,
  // Only a proxied Octokit or artifact upload uses it (scripts/lazy-packages.mjs).
  undici: classOf('ProxyAgent', ' extends DispatcherBase'),
  // Only `params` and YAML manifests are parsed with it.
  yaml: classOf('YAMLParseError'),
  // @puppeteer/browsers' download and install code, which the action never runs.
  'browser download code': /function getDownloadUrl\b|async function install\b/
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function whereIs(part: RegExp, files: string[], dir: string): string[] {
  return files
    .filter(f => /\.[cm]?js$/.test(f) && part.test(readFileSync(f, 'utf8')))
    .map(f => relative(dir, f))
}

// A static `import ... from "./x.js"` or `import "./x.js"` (not an `import("./x.js")` call).
const STATIC_IMPORT =
  /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']\.\/([^"']+)["']/g

/** index.js and every file it imports statically, in the same folder. */
function startUpSet(dir: string, file = 'index.js', seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const m of readFileSync(join(dir, file), 'utf8').matchAll(STATIC_IMPORT))
    startUpSet(dir, m[1], seen)
  return seen
}

export async function figure7(ctx: BenchContext): Promise<Row> {
  const dir = distDir(ctx.entry)
  const files = filesUnder(dir).sort()
  let total = 0
  for (const file of files) {
    const size = statSync(file).size
    total += size
    note(7, `${relative(dir, file)}: ${size} bytes`)
  }
  const startUp = startUpSet(dir)
  const startUpBytes = [...startUp].reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
  note(7, `start-up set: ${[...startUp].join(', ')}`)
  let lazy = true
  for (const [name, marker] of Object.entries(PARTS)) {
    const found = whereIs(marker, files, dir)
    const atStart = found.filter(f => startUp.has(f))
    if (atStart.length > 0 && name !== 'browser download code') lazy = false
    const where =
      found.length === 0
        ? 'not bundled'
        : atStart.length > 0
          ? `LOADED AT START-UP in ${atStart.join('+')}`
          : found.join('+')
    note(7, `${name}: ${where}`)
  }
  return {
    figure: '7 bundle size of dist/',
    goal: 'report; optional parts lazy',
    measured: `start-up ${mb(startUpBytes)} in ${startUp.size} files; all ${files.length} files ${mb(total)}`,
    baseline: '-',
    ratio: '-',
    pass: lazy
  }
}
