// GitHub shows at most 10 error and 10 warning annotations per step and drops the rest. So the
// first ones of each kind go out as annotations, the rest only as log lines, and one last
// annotation per kind counts them ("and N more: see the job summary"), where they are listed.
// Errors keep a slot for the step's failure message (core.setFailed), written after all others.
import { summaryWanted } from '../config/early.js'
import type { Deps } from './deps.js'
import type { Logger, SourcePlace } from '../core/log.js'
import { text } from '../report/markdown.js'
import { writeSummaryNow } from '../report/summary.js'

/** Annotations per kind that pass through: with the fold (and for errors the failure) they make 10. */
export const LIVE_ANNOTATIONS = { error: 8, warning: 9 } as const

type Kind = keyof typeof LIVE_ANNOTATIONS

export interface Folded {
  error: string[]
  warning: string[]
}

export interface AnnotationFold {
  /** The sink to log through: annotations up to the limit, plain lines after. */
  logger: Logger
  /** Writes the counting annotation of each kind that overflowed; returns what was folded. Once. */
  close(where: 'the job summary' | 'the log above'): Folded
}

export function foldAnnotations(sink: Logger): AnnotationFold {
  const folded: Folded = { error: [], warning: [] }
  const sent = { error: 0, warning: 0 }
  const annotate = (kind: Kind) => (message: string, place?: SourcePlace) => {
    if (sent[kind] < LIVE_ANNOTATIONS[kind]) {
      sent[kind] += 1
      sink[kind](message, place)
      return
    }
    folded[kind].push(message)
    sink.info(`${kind}: ${message}`)
  }
  let closed = false
  return {
    logger: { ...sink, error: annotate('error'), warning: annotate('warning') },
    close: where => {
      // Once: the cancellation report closes early, and run() closes again as it unwinds.
      if (closed) return { error: [], warning: [] }
      closed = true
      for (const kind of ['error', 'warning'] as const) {
        const n = folded[kind].length
        if (n > 0) sink[kind](`… and ${n} more ${kind}${n === 1 ? '' : 's'}: see ${where}.`)
      }
      return folded
    }
  }
}

/** At the end of run(): the counting annotations, and the folded messages in the job summary. */
export function closeAnnotations(fold: AnnotationFold, deps: Pick<Deps, 'core' | 'env'>): void {
  const toSummary =
    summaryWanted(name => deps.core.getInput(name)) && !!deps.env.GITHUB_STEP_SUMMARY
  const folded = fold.close(toSummary ? 'the job summary' : 'the log above')
  if (!toSummary || folded.error.length + folded.warning.length === 0) return
  try {
    writeSummaryNow(foldedMarkdown(folded), deps.env)
  } catch {
    // The messages are in the log already; a summary that cannot be written is no new problem.
  }
}

/** Folded messages beyond this many per kind are only counted: the summary has its own budget. */
const SHOWN_PER_KIND = 100

function foldedMarkdown(folded: Folded): string {
  const block = (kind: 'error' | 'warning', icon: string): string => {
    const all = folded[kind]
    if (all.length === 0) return ''
    const rows = all.slice(0, SHOWN_PER_KIND).map(m => `<li>${icon} ${text(m, 500)}</li>`)
    const more = all.length - rows.length
    if (more > 0) rows.push(`<li>… ${more} more in the log</li>`)
    return `<ul>\n${rows.join('\n')}\n</ul>\n`
  }
  const n = folded.error.length + folded.warning.length
  return (
    `<details><summary>${n} more annotation(s) than GitHub shows for one step</summary>\n\n` +
    `${block('error', '❌')}${block('warning', '⚠️')}</details>\n\n`
  )
}
