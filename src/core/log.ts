// The logger seen by every module. The default one writes through @actions/core; tests pass
// one that records lines. Either way, text goes through safeText() first (see createLogger).
import { AsyncLocalStorage } from 'node:async_hooks'
import { safeText } from './redact.js'

/** A line of a checked-in file that an annotation points at (shown on a pull request's diff). */
export interface SourcePlace {
  /** Workspace-relative, with forward slashes. */
  file: string
  line?: number
}

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, place?: SourcePlace): void
  error(message: string, place?: SourcePlace): void
  /** A notice annotation; sinks without one write an info line. */
  notice?(message: string): void
  /**
   * Lines folded under a title in the runner's log. Only for lines that are not interleaved with
   * others (a batch's per-asset detail at the end); without it the lines are written flat.
   */
  group?(title: string, write: () => void): void
}

// Batch assets run interleaved. Each runs inside a label, so every line it causes, down to a
// retry in the API client, starts with the asset's name: `prop-3 · Downloaded …`.
const labels = new AsyncLocalStorage<string>()
const SEPARATOR = ' · '

/** Runs `fn` with every line logged inside it (by these loggers) starting with `label · `. */
export function withLogLabel<T>(label: string, fn: () => Promise<T>): Promise<T> {
  return labels.run(label, fn)
}

/** Runs `fn` without the current label: for lines about the whole batch. */
export function withoutLogLabel<T>(fn: () => T): T {
  return labels.exit(fn)
}

function labelled(message: string): string {
  const label = labels.getStore()
  if (label === undefined || message.startsWith(label + SEPARATOR)) return message
  return `${label}${SEPARATOR}${message}`
}

/** Wraps a raw sink so nothing reaches it unredacted or able to issue workflow commands. */
export function createLogger(sink: Logger): Logger {
  return {
    debug: m => sink.debug(safeText(labelled(m))),
    info: m => sink.info(safeText(labelled(m))),
    warning: (m, place) => sink.warning(safeText(labelled(m)), place),
    error: (m, place) => sink.error(safeText(labelled(m)), place),
    notice: m => (sink.notice ?? sink.info).call(sink, safeText(labelled(m))),
    group: (title, write) => (sink.group ? sink.group(safeText(labelled(title)), write) : write())
  }
}

/** A logger that remembers lines: for tests and for quiet library use. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (level: string) => (m: string, place?: SourcePlace) =>
    void lines.push(
      `${level}: ${labelled(m)}${place ? ` [${place.file}:${place.line ?? ''}]` : ''}`
    )
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    warning: push('warning'),
    error: push('error'),
    notice: push('notice'),
    group: (title, write) => {
      push('group')(title)
      try {
        write()
      } finally {
        lines.push('endgroup')
      }
    }
  }
}
