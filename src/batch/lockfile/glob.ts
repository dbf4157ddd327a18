// A small glob for the merge action's `lockfiles` input (`*`, `?`, `**`), so it needs no extra
// dependency. Patterns are relative to `cwd`; results are sorted absolute paths of files.
import { readdir } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'

export async function expandGlobs(patterns: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  for (const pattern of patterns) {
    const abs = isAbsolute(pattern) ? pattern : resolve(cwd, pattern)
    if (!/[*?]/.test(abs)) {
      found.add(abs)
      continue
    }
    const parts = abs.split('/')
    const fixed = parts.findIndex(p => /[*?]/.test(p))
    const root = parts.slice(0, fixed).join('/') || '/'
    for (const file of await walk(root, parts.slice(fixed))) found.add(file)
  }
  return [...found].sort()
}

async function walk(dir: string, rest: string[]): Promise<string[]> {
  if (rest.length === 0) return []
  const [head, ...tail] = rest
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const out: string[] = []
  if (head === '**') {
    out.push(...(await walk(dir, tail)))
    for (const e of entries) if (e.isDirectory()) out.push(...(await walk(join(dir, e.name), rest)))
    return out
  }
  const re = segmentRegExp(head)
  for (const e of entries) {
    if (!re.test(e.name)) continue
    const path = join(dir, e.name)
    if (tail.length === 0 && e.isFile()) out.push(path)
    else if (tail.length > 0 && e.isDirectory()) out.push(...(await walk(path, tail)))
  }
  return out
}

function segmentRegExp(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
  return new RegExp(`^${body}$`)
}
