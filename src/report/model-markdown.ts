// A model's stats in one line for the summary and the comment: counts, largest texture, size in
// metres (glTF units are metres), and the validator's verdict, with a broken budget marked next
// to the stat it breaks.
import type { ModelStats } from '../assets/model-stats.js'
import type { QualityGates } from '../assets/quality-gates.js'
import { formatBytes, text } from './markdown.js'

type Stats = Partial<ModelStats> & Pick<ModelStats, 'path' | 'bytes'>

export function modelFacts(stats: Stats, gates?: QualityGates): string {
  const over = (value: number | undefined, limit: number | undefined) =>
    value !== undefined && limit !== undefined && value > limit ? ` ❌ over ${fmt(limit)}` : ''
  const facts: string[] = [`${formatBytes(stats.bytes)}${over(stats.bytes, gates?.maxFileSize)}`]
  if (stats.triangles !== undefined)
    facts.push(`${fmt(stats.triangles)} triangles${over(stats.triangles, gates?.maxTriangles)}`)
  if (stats.vertices !== undefined) facts.push(`${fmt(stats.vertices)} vertices`)
  if (stats.materials !== undefined) facts.push(plural(stats.materials, 'material'))
  if (stats.textures !== undefined) {
    const side = stats['max-texture-size']
    const largest = side ? ` (largest ${side} px${over(side, gates?.maxTextureSize)})` : ''
    facts.push(`${plural(stats.textures, 'texture')}${largest}`)
  }
  const size = dimensions(stats.bounds)
  if (size) facts.push(size)
  const verdict = validationVerdict(stats)
  if (verdict) facts.push(verdict)
  return facts.join(' · ')
}

/** ✅ valid, ⚠️ 2 warnings (CODE), ❌ 1 error (CODE, CODE). */
export function validationVerdict(stats: Pick<ModelStats, 'validation'>): string {
  const v = stats.validation
  if (!v) return ''
  const codes = (severity: string) => {
    const list = [...new Set(v.messages.filter(m => m.severity === severity).map(m => m.code))]
    return list.length ? ` (${text(list.slice(0, 3).join(', '), 120)})` : ''
  }
  if (v.errors > 0) return `❌ ${plural(v.errors, 'error')}${codes('error')}`
  if (v.warnings > 0) return `⚠️ ${plural(v.warnings, 'warning')}${codes('warning')}`
  return '✅ valid glTF'
}

function dimensions(bounds: ModelStats['bounds']): string {
  if (!bounds) return ''
  const size = bounds.max.map((max, i) => max - bounds.min[i])
  if (size.length !== 3 || !size.every(Number.isFinite)) return ''
  return `${size.map(s => s.toFixed(2)).join(' × ')} m`
}

function plural(n: number, noun: string): string {
  return `${fmt(n)} ${noun}${n === 1 ? '' : 's'}`
}

function fmt(n: number): string {
  return n.toLocaleString('en-US')
}
