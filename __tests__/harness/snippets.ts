// The ```yaml snippets of README.md and docs/*.md, and what shape each is: the snippet tests lint
// them, and the workflow tests run the three main ones.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from './run-action.js'

export interface Snippet {
  /** Where the snippet starts, e.g. README.md:120 (the line after the fence). */
  file: string
  line: number
  text: string
}

export function yamlSnippets(file: string): Snippet[] {
  const lines = readFileSync(join(REPO_ROOT, file), 'utf8').split('\n')
  const out: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l))
    out.push({ file, line: i + 2, text: lines.slice(i + 1, end).join('\n') })
    i = end
  }
  return out
}

export type Shape = 'workflow' | 'steps' | 'other'

export function shapeOf(text: string): Shape {
  const doc = parse(text) as unknown
  if (doc && typeof doc === 'object' && !Array.isArray(doc) && 'jobs' in doc) return 'workflow'
  const isStep = (s: unknown) => !!s && typeof s === 'object' && ('uses' in s || 'run' in s)
  if (Array.isArray(doc) && doc.length > 0 && doc.every(isStep)) return 'steps'
  return 'other'
}

/** README.md and every docs/*.md: the pages users copy workflows from. */
export const DOCS = [
  'README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
]

export function allSnippets(): Snippet[] {
  return DOCS.flatMap(yamlSnippets)
}

/** The workflow snippet with this `name:`; exactly one must exist. */
export function workflowNamed(name: string): Snippet {
  const found = allSnippets().filter(
    s => shapeOf(s.text) === 'workflow' && (parse(s.text) as { name?: string }).name === name
  )
  if (found.length !== 1) throw new Error(`${found.length} workflow snippets named ${name}`)
  return found[0]
}
