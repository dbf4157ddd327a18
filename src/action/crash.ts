// The last line of defence: anything run() did not handle (a bug, a throw in an event handler)
// fails the step through the redacting path, as one `::error::` line with no stack trace, and the
// process ends soon after even if a socket or timer would keep it alive.
import { errorMessage } from '../core/errors.js'
import { safeText } from '../core/redact.js'

// After run() settles, whatever is still open (a trickled body, a stray timer) gets this long.
const EXIT_GRACE_MS = 5_000

/** Writes the failure the way core.setFailed does, without the stack; sets exit code 1. */
export function reportCrash(err: unknown, write: (line: string) => void = toStdout): void {
  process.exitCode = 1
  const message = safeText(`The action stopped unexpectedly: ${errorMessage(err)}`)
  write(`::error::${escapeData(message)}`)
}

function toStdout(line: string): void {
  process.stdout.write(`${line}\n`)
}

/** The runner's command escaping for data (what @actions/core applies). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Routes uncaught errors to reportCrash instead of Node's default stack dump on stderr. */
export function installCrashHandlers(): void {
  const crash = (err: unknown) => {
    reportCrash(err)
    exitSoon()
  }
  process.on('uncaughtException', crash)
  process.on('unhandledRejection', crash)
}

/** Ends the process EXIT_GRACE_MS after run() settled, if something still holds it open. */
export function exitSoon(): void {
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref()
}
