// Figure 7: bundle size, per file, and whether the optional parts (artifact upload, Octokit,
// glTF tools, puppeteer-core for render sheets; three.js is only in render-page.js, which runs in
// the browser) sit in lazily loaded chunks rather than in index.js itself. Each part is found by
// a string only its own code contains (a class definition or a user-agent literal), so the
// dynamic import() call sites in our code do not count as the part being present.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { BenchContext } from './context.js'
import { distDir } from './entry.js'
import { mb, note } from './stats.js'
import type { Row } from './table.js'

const PARTS: Record<string, RegExp> = {
  '@actions/artifact': /class DefaultArtifactClient\b/,
  Octokit: /octokit-core\.js\//,
  // glTF-Validator ships as its own worker script (dist/gltf-validator-worker.cjs).
  'glTF tools': /glTF-Transform |validatorVersion/,
  'puppeteer-core': /class CdpBrowser\b/,
  'three.js': /THREE\.WebGLRenderer/,
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
    .filter(f => /\.c?js$/.test(f) && part.test(readFileSync(f, 'utf8')))
    .map(f => relative(dir, f))
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
  let lazy = true
  for (const [name, marker] of Object.entries(PARTS)) {
    const found = whereIs(marker, files, dir)
    const inMain = found.includes('index.js')
    if (inMain && name !== 'browser download code') lazy = false
    const where =
      found.length === 0 ? 'not bundled' : inMain ? 'STATIC in index.js' : found.join('+')
    note(7, `${name}: ${where}`)
  }
  const main = statSync(join(dir, 'index.js')).size
  return {
    figure: '7 bundle size of dist/',
    goal: 'report; optional parts lazy',
    measured: `index.js ${mb(main)}; all ${files.length} files ${mb(total)}`,
    baseline: '-',
    ratio: '-',
    pass: lazy
  }
}
