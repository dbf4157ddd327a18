// Escaping, formatting and size budgets for the summary and the PR comment.
// Both render GitHub-flavoured Markdown with HTML blocks, and neither escapes anything for us,
// so every string that came from a user or from Meshy goes through text() before it is placed.
import { displayUrl, neutraliseCommands, redact } from '../core/redact.js'
import type { TaskRecord } from '../core/result.js'

// Beyond HTML's five: characters that Markdown or GitHub give meaning to even next to HTML
// (links, images, emphasis, tables, code, autolinked `https:`), and the signs of @mentions and
// #references.
const UNSAFE = /[&<>"'`*_[\]()!#|~\\@:{}$]/g
const ZWJ = '\u200d'

/**
 * HTML-escapes a string so it renders as plain text in Markdown and HTML contexts alike. `@` and
 * `#` are the one exception: GitHub is reported to decode `&#64;name` and still notify, so those
 * signs are kept and followed by an invisible zero-width joiner, which no mention, reference or
 * heading survives.
 */
export function escapeHtml(value: string): string {
  return value.replace(UNSAFE, ch =>
    ch === '@' || ch === '#' ? `${ch}${ZWJ}` : `&#${ch.charCodeAt(0)};`
  )
}

/**
 * Untrusted text as one inert line: redacted (keys, signed queries), escaped, with line breaks
 * folded (a blank line would end an HTML block and let Markdown run), and shortened.
 */
export function text(value: unknown, maxChars = 1000): string {
  const flat = redact(String(value ?? ''))
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
  return escapeHtml(shorten(flat, maxChars))
}

/** A Meshy (or other) URL shown as text only: origin and path, never the signed query. */
export function urlText(url: string): string {
  return text(displayUrl(url), 300)
}

/** An href we built ourselves (GitHub run, artifact, preview-branch raw URL). */
export function href(url: string): string {
  return url.replace(/[&<>"']/g, ch => `&#${ch.charCodeAt(0)};`)
}

export function shorten(value: string, maxChars: number): string {
  const chars = Array.from(value)
  return chars.length <= maxChars ? value : `${chars.slice(0, maxChars - 1).join('')}…`
}

export { formatBytes } from '../core/format.js'

/** How long a task took: our own times when we watched it, else Meshy's. */
export function taskDuration(record: TaskRecord): number | undefined {
  if (record.endedAt !== undefined) return record.endedAt - record.startedAt
  const { created_at: created, finished_at: finished } = record.task
  return created && finished ? finished - created : undefined
}

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '–'
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${seconds % 60} s`
}

/** Meshy times are Unix milliseconds; 0 means "not yet". */
export function formatTime(ms: number | undefined): string | undefined {
  if (!ms || !Number.isFinite(ms)) return undefined
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export function statusIcon(status: string): string {
  if (status === 'SUCCEEDED' || status === 'generated' || status === 'unchanged') return '✅'
  if (status === 'resumed') return '🔁'
  if (status === 'FAILED' || status === 'failed') return '❌'
  if (status === 'CANCELED') return '⏹️'
  return '⏳'
}

export interface Budgeted {
  kept: string[]
  dropped: number
}

/** A block, or how to build it: a block past the budget is never built. */
export type Block = string | (() => string)

/** Keeps whole blocks in order while their total UTF-8 size stays within the budget. */
export function takeWithinBudget(blocks: readonly Block[], budgetBytes: number): Budgeted {
  const kept: string[] = []
  let used = 0
  for (const entry of blocks) {
    const block = typeof entry === 'string' ? entry : entry()
    const size = Buffer.byteLength(block, 'utf8')
    if (used + size > budgetBytes) break
    kept.push(block)
    used += size
  }
  return { kept, dropped: blocks.length - kept.length }
}

/** Last line of defence: no line of what we write may start a workflow command. */
export function finalise(markdown: string): string {
  return neutraliseCommands(markdown)
}

/** Shown at the top of the summary and the PR comment when the run used Meshy's test key. */
export function testModeBanner(testMode: boolean): string {
  if (!testMode) return ''
  return (
    "<p><strong>🧪 Test mode: sample results.</strong> Meshy's public test key returned sample " +
    'assets: no credits were spent, and the prompt did not shape the result.</p>\n\n'
  )
}
