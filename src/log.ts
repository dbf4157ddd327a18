// The logger seen by every module. The default one writes through @actions/core; tests pass
// one that records lines. Either way, text goes through safeText() first (see createLogger).
import { safeText } from './redact.js'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
}

/** Wraps a raw sink so nothing reaches it unredacted or able to issue workflow commands. */
export function createLogger(sink: Logger): Logger {
  return {
    debug: m => sink.debug(safeText(m)),
    info: m => sink.info(safeText(m)),
    warning: m => sink.warning(safeText(m)),
    error: m => sink.error(safeText(m))
  }
}

/** A logger that remembers lines: for tests and for quiet library use. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (level: string) => (m: string) => void lines.push(`${level}: ${m}`)
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    warning: push('warning'),
    error: push('error')
  }
}
