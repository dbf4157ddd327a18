// dist/licenses.txt: for every package whose code is in a bundled file, its name, its license
// and the text of its license file, sorted by name (a package nested at another version is
// listed once per version).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** `inputs`: the input paths of esbuild's metafiles, relative to `root`. */
export function writeLicenses(root, inputs, file) {
  const dirs = new Set(inputs.flatMap(path => packageDir(path) ?? []))
  const entries = [...dirs].map(dir => entry(join(root, dir)))
  const unique = new Map(entries.map(e => [`${e.name}@${e.version}`, e]))
  const text = [...unique.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
    .map(e => `${e.name}\n${e.license}\n${e.text.trim()}\n`)
    .join('\n')
  writeFileSync(file, text)
}

/** The folder of the innermost package holding `path` (node_modules/a/node_modules/@b/c). */
function packageDir(path) {
  const match = /^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+/.exec(path.replace(/^[^:]*:/, ''))
  return match?.[0]
}

function entry(dir) {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const file = readdirSync(dir).find(f => /^licen[cs]e/i.test(f))
  return {
    name: meta.name,
    version: meta.version ?? '',
    license: typeof meta.license === 'string' ? meta.license : (meta.license?.type ?? ''),
    text: file ? readFileSync(join(dir, file), 'utf8') : ''
  }
}
