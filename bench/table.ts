// The one table the bench prints: a row per figure, goal next to what was measured and the
// baseline measured in the same run, so a reader never compares against stale numbers.

export interface Row {
  figure: string
  goal: string
  measured: string
  baseline: string
  ratio: string
  pass: boolean | undefined
}

const HEADERS = ['figure', 'goal', 'measured', 'baseline (same run)', 'ratio', 'pass?']

function cells(row: Row): string[] {
  const pass = row.pass === undefined ? 'n/a' : row.pass ? 'yes' : 'NO'
  return [row.figure, row.goal, row.measured, row.baseline, row.ratio, pass]
}

/** A Markdown table, so it pastes into an issue or PR as it is. */
export function formatTable(rows: Row[]): string {
  const lines = [HEADERS, ...rows.map(cells)]
  const widths = HEADERS.map((_, i) => Math.max(...lines.map(l => l[i].length)))
  const fmt = (l: string[]): string => `| ${l.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  const rule = `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`
  return [fmt(HEADERS), rule, ...lines.slice(1).map(fmt)].join('\n')
}

export function failedRow(figure: string, goal: string, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error)
  return {
    figure,
    goal,
    measured: `ERROR: ${message.slice(0, 120)}`,
    baseline: '-',
    ratio: '-',
    pass: false
  }
}
