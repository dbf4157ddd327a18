// Small number helpers shared by the figures.

export function median(values: number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}

export function ratio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '-'
  const r = a / b
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(2)}x`
}

export function sleep(ms: number): Promise<void> {
  return new Promise(done => setTimeout(done, ms))
}

/** One line per detail, so the raw runs behind each median are visible. */
export function note(figure: number, text: string): void {
  console.log(`[fig ${figure}] ${text}`)
}
