// Render sheets in the summary and the PR comment: the sheet itself when the preview branch holds
// it (a URL GitHub can show), else where to find it; and for a regenerated batch asset, old beside
// new with what changed in its stats ("triangles 12 → 96").
import type { ModelStats } from '../assets/model-stats.js'
import type { BatchRow } from './types.js'
import { formatBytes, href, text } from './markdown.js'

type Stats = Partial<ModelStats> & Pick<ModelStats, 'path' | 'bytes'>

export interface SheetLinks {
  /** Sheet path (workspace-relative) → its URL on the preview branch. */
  sheetUrls?: Record<string, string>
  artifactUrl?: string
}

/** The sheet as an image when it has a URL; otherwise its path, and the artifact when there is one. */
export function sheetCell(path: string, alt: string, width: number, links: SheetLinks): string {
  const url = links.sheetUrls?.[path]
  if (url) {
    return `<a href="${href(url)}"><img src="${href(url)}" alt="${text(alt, 200)}" width="${width}"></a>`
  }
  return sheetWhere(path, links)
}

/** The warning in place of a sheet that was not drawn (a texture over the limit, a failed page). */
export function notDrawn(why: string): string {
  return `⚠️ not drawn: ${text(why, 300)}`
}

/** Where a sheet is when it cannot be shown: its path, in the artifact when one was uploaded. */
export function sheetWhere(path: string, links: SheetLinks): string {
  const artifact = links.artifactUrl
    ? ` in the <a href="${href(links.artifactUrl)}">artifact</a>`
    : ''
  return `render sheet <code>${text(path, 300)}</code>${artifact}`
}

/** "triangles 12 → 96 · vertices 24 → 100 · 3.3 KiB → 5.1 KiB": each stat both sides know. */
export function statsChange(before: Stats, after: Stats | undefined): string {
  if (!after) return ''
  const parts: string[] = []
  const pair = (name: string, a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined) return
    parts.push(a === b ? `${name} ${compact(a)} (same)` : `${name} ${compact(a)} → ${compact(b)}`)
  }
  pair('triangles', before.triangles, after.triangles)
  pair('vertices', before.vertices, after.vertices)
  const [a, b] = [formatBytes(before.bytes), formatBytes(after.bytes)]
  parts.push(a === b ? `${a} (same)` : `${a} → ${b}`)
  pair('largest texture', before['max-texture-size'], after['max-texture-size'])
  return parts.join(' · ')
}

/** 12, 12.1k, 3.4M: a count at a glance. */
export function compact(n: number): string {
  if (Math.abs(n) < 1000) return String(n)
  if (Math.abs(n) < 1e6) return `${trim(n / 1e3)}k`
  return `${trim(n / 1e6)}M`
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '')
}

/** Old | new per regenerated asset, for the rows that have a "before" sheet. */
export function comparisonBlock(rows: BatchRow[], links: SheetLinks, width: number): string {
  const pairs = rows.filter(r => r.previous)
  if (pairs.length === 0) return ''
  const body = pairs.map(row => {
    const before = row.previous!
    const change = statsChange(before.stats, row.stats)
    const after = row.sheet
      ? sheetCell(row.sheet, `${row.name} after`, width, links)
      : '<em>not rendered</em>'
    return (
      `<tr><td><strong>${text(row.name, 200)}</strong>${change ? `<br>${change}` : ''}</td>` +
      `<td>${sheetCell(before.sheet, `${row.name} before`, width, links)}</td><td>${after}</td></tr>\n`
    )
  })
  return (
    '<table>\n<tr><th>Regenerated asset</th><th>Before</th><th>After</th></tr>\n' +
    `${body.join('')}</table>\n\n`
  )
}
